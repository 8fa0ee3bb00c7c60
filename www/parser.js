// The page's one way into the Rust parser: parse(text) → Promise<Transcript>.
// The wasm module starts loading once, at import. Small texts parse right here
// (a 30 KB briefing takes a few milliseconds); large ones go to a Web Worker
// (parse-worker.js), which sends the cards back in batches with progress, so
// the page never freezes.

import init, { parseTranscript, version as wasmVersion } from './pkg/transcript_cards.js';

const ready = init();

/** Texts longer than this (in UTF-16 units) are parsed in the worker. */
export const WORKER_THRESHOLD = 256 * 1024;

let worker = null;
let jobs = 0;
const pending = new Map();

/**
 * Parses a transcript. `onProgress({phase: 'parse'|'receive', done, total})`
 * reports a worker parse; `inWorker` forces (true) or forbids (false) the worker.
 */
export async function parse(text, { onProgress = () => {}, inWorker = text.length > WORKER_THRESHOLD } = {}) {
  if (!inWorker) {
    await ready;
    return parseTranscript(text);
  }
  const id = ++jobs;
  const job = { onProgress, transcript: null };
  const done = new Promise((resolve, reject) => Object.assign(job, { resolve, reject }));
  pending.set(id, job);
  onProgress({ phase: 'parse', done: 0, total: 1 });
  startWorker().postMessage({ id, text });
  return done;
}

/** The parser's version (the crate's). */
export async function version() {
  await ready;
  return wasmVersion();
}

function startWorker() {
  if (worker) return worker;
  worker = new Worker(new URL('./parse-worker.js', import.meta.url), { type: 'module' });
  worker.addEventListener('message', ({ data }) => {
    const job = pending.get(data.id);
    if (!job) return;
    if (data.type === 'head') {
      job.transcript = data.transcript;
      job.transcript.items = [];
      job.onProgress({ phase: 'receive', done: 0, total: data.total });
    } else if (data.type === 'items') {
      // push in chunks: spreading 100,000 arguments would overflow the stack
      for (const item of data.items) job.transcript.items.push(item);
      job.onProgress({ phase: 'receive', done: job.transcript.items.length, total: data.total });
    } else if (data.type === 'done') {
      pending.delete(data.id);
      job.resolve(job.transcript);
    } else if (data.type === 'error') {
      pending.delete(data.id);
      job.reject(new Error(data.message));
    }
  });
  worker.addEventListener('error', (event) => {
    for (const job of pending.values()) job.reject(new Error(`parse worker failed: ${event.message}`));
    pending.clear();
    worker = null;
  });
  return worker;
}
