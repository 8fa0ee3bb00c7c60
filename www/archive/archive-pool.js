// The parse workers of imports (archive-parse-worker.js), one per core (at
// most four), started by the archive's worker at its first import, handed
// the wasm module it compiled once, kept warm across imports and ended when
// idle for a while. parse(file) hands a file to the worker with the fewest
// files in hand. Where this thread cannot start workers, start() gives null
// and the import parses here.

import { wasmModule } from './archive-parser.js';
import { trustedScriptURL } from '../element/dom.js';

const IDLE = 30_000;

const URL_ = new URL('./archive-parse-worker.js', import.meta.url).href;

/** The worker URL, through the page's Trusted Types policy where this thread has Trusted Types (null: refused). */
const scriptURL = () => trustedScriptURL('transcript-cards-archive', URL_);
let url;
let pool = null;

export class ParsePool {
  #workers = [];
  #jobs = new Map();
  #ids = 0;

  #idle = 0;

  /** The pool for an import, told the hashes kept already (`known`). Null when no worker can start here. */
  static async start(known) {
    if (typeof Worker !== 'function') return null;
    url ??= scriptURL();
    if (!url) return null;
    try {
      pool ??= new ParsePool(await wasmModule());
    } catch {
      return null;
    }
    clearTimeout(pool.#idle);
    for (const worker of pool.#workers) worker.postMessage({ hashes: known });
    return pool;
  }

  constructor(module) {
    const n = Math.max(1, Math.min(4, navigator.hardwareConcurrency || 2));
    for (let k = 0; k < n; k++) {
      const worker = new Worker(url, { type: 'module' });
      worker.busy = 0;
      worker.postMessage({ module });
      worker.addEventListener('message', ({ data }) => {
        const job = this.#jobs.get(data.id);
        this.#jobs.delete(data.id);
        worker.busy--;
        job?.(data);
      });
      worker.addEventListener('error', (event) => {
        // A worker that failed fails its files, and takes no more.
        worker.busy = Infinity;
        for (const [id, job] of this.#jobs) if (job.worker === worker) { this.#jobs.delete(id); job({ error: `the parse worker failed (${event.message ?? 'it could not start'})` }); }
      });
      this.#workers.push(worker);
    }
  }

  get size() { return this.#workers.length; }

  /** Resolves to {record, part} | {duplicate: hash} | {error: message}; the worker takes files in turn. */
  parse(file) {
    const worker = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    if (worker.busy === Infinity) return Promise.resolve({ error: 'no parse worker is left' });
    const id = ++this.#ids;
    worker.busy++;
    return new Promise((resolve) => {
      resolve.worker = worker;
      this.#jobs.set(id, resolve);
      worker.postMessage({ id, file });
    });
  }

  /** The import is over: the workers stay for the next one, unless none comes soon. */
  release() {
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => {
      for (const worker of this.#workers) worker.terminate();
      if (pool === this) pool = null;
    }, IDLE);
  }
}
