// The archive's worker, its entry: starts reading the snapshot's head and
// the store's keys at once, while the rest of the worker
// (archive-engine.js) loads, so an open waits for one of them, not both;
// then hands each message to the engine. Messages: {id, op, …} → {id,
// result} or {id, error}; and the engine's events {event:
// 'progress'|'changed'|'searchable'|'error'|'warning', detail}.

import { getIndexPart, hashes } from './archive-store.js';

const early = Promise.all([getIndexPart('head'), hashes()]);
early.catch(() => {}); // reported by the open that awaits it
const engine = import('./archive-engine.js');

/** What a result's typed arrays are: moved, not copied, to the page. */
function transfers(value, out = []) {
  if (ArrayBuffer.isView(value)) out.push(value.buffer);
  else if (value && typeof value === 'object' && !(value instanceof Blob)) for (const v of Object.values(value)) transfers(v, out);
  return out;
}

self.addEventListener('message', async ({ data: { id, op, ...args } }) => {
  try {
    const { OPS } = await engine;
    const result = await OPS[op](op === 'open' ? early : args);
    self.postMessage({ id, result }, op === 'query' ? [...new Set(transfers(result))] : []);
  } catch (error) {
    self.postMessage({ id, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
  }
});
