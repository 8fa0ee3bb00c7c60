// The archive page's way to its worker (archive-worker.js): call(op, args)
// → a promise of the worker's answer; the worker's events (progress,
// changed, searchable) as DOM events on the client. The worker's URL goes
// through a Trusted Types policy of its own ("transcript-cards-archive",
// allowed by archive.html's policy), checked to be that one URL. The page's
// one client is made when this module is evaluated, and takes over the
// worker archive-boot.js started as the page's head was read (else it
// starts one itself).

import { trustedScriptURL } from '../element/dom.js';

const WORKER_URL = new URL('./archive-worker.js', import.meta.url).href;

/** The worker archive-boot.js started as the page's head was read, if it could; its policy, if it made one. */
const boot = globalThis.__tcArchiveBoot?.url === WORKER_URL ? globalThis.__tcArchiveBoot : null;

function scriptURL() {
  const url = boot ? boot.policy?.createScriptURL(WORKER_URL) ?? (globalThis.trustedTypes ? null : WORKER_URL) : trustedScriptURL('transcript-cards-archive', WORKER_URL);
  if (!url) throw new TypeError('Trusted Types refuse the archive worker\'s policy (transcript-cards-archive): the archive cannot start');
  return url;
}

export class ArchiveClient extends EventTarget {
  #worker = boot?.worker ?? new Worker(scriptURL(), { type: 'module' });
  #pending = new Map();
  #ids = 0;

  constructor() {
    super();
    this.#worker.addEventListener('message', ({ data }) => {
      if (data.event) {
        this.dispatchEvent(new CustomEvent(data.event, { detail: data.detail }));
        return;
      }
      const job = this.#pending.get(data.id);
      this.#pending.delete(data.id);
      if (!job) return;
      if (data.error) job.reject(Object.assign(new Error(data.error.message), { name: data.error.name }));
      else job.resolve(data.result);
    });
    this.#worker.addEventListener('error', (event) => this.#failed(event));
    for (const event of boot?.errors ?? []) this.#failed(event);
  }

  /**
   * Reported by the worker (or while archive-boot.js held it): every call
   * waiting fails; when it could not start (an error that is not a script's,
   * ErrorEvent), so does every call after.
   */
  #failed(event) {
    const error = new Error(`The archive's worker failed: ${event.message ?? 'it could not start'}`);
    if (!(event instanceof ErrorEvent)) this.#dead = error;
    for (const job of this.#pending.values()) job.reject(error);
    this.#pending.clear();
  }

  #dead = null;

  /** Asks the worker to do `op`; resolves with its answer. */
  call(op, args = {}) {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = ++this.#ids;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, op, ...args });
    });
  }
}

/** The page's client (and so its worker), started at once. */
export const client = new ArchiveClient();
