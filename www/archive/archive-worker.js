// The archive's worker, its entry: starts reading the snapshot's head and
// the store's keys at once (then the rest of the table and the index's
// letters), and while the rest of the worker
// (archive-engine.js) loads, answers an open and its first query (no
// filter) from the head alone (archive-view.js); the engine opens on the
// same head meanwhile and takes every other message. Messages: {id, op, …}
// → {id, result} or {id, error}; and the engine's events {event:
// 'progress'|'changed'|'searchable'|'error'|'warning', detail}.

import { getIndexPart, hashes } from './archive-store.js';
import { viewOf, firstAnswer, covers, unfiltered } from './archive-view.js';

const early = Promise.all([getIndexPart('head'), hashes()]);
early.catch(() => {}); // reported by the open that awaits it
// Then the rest of the table, and the index's letters (enough for a first keystroke), for the
// engine: in by the time it asks. After the head, not beside it: the head's read is what an open
// waits for.
const rest = early.then(() => getIndexPart('table')).catch(() => null);
const letters = rest.then(() => getIndexPart('letters')).catch(() => null);
const engine = import('./archive-engine.js');
let opened = null; // the engine's open, once begun
let head = null;
let first = null; // the head's answer to no filter, until a query is asked

/**
 * The answer to the page's first query, from the head, when it asks for no
 * filter (else null: the engine answers it); asked with the open too, so
 * the page has its first results without a second round trip.
 */
function firstQuery({ filters, pin, split }) {
  const kept = first;
  first = null;
  if (!kept || !unfiltered(filters, pin, split)) return null;
  engine.then(({ OPS }) => OPS.asked()); // the engine reads the index now
  return firstAnswer(head, kept);
}

async function handle(op, args) {
  if (op === 'open') {
    const [raw, keys] = await early;
    if (covers(raw, keys)) {
      head = raw;
      first = head.first ?? null;
      head.first = null; // the engine opens without it: it is answered here
      opened = engine.then(({ OPS }) => OPS.open(early, { rest, letters }));
      opened.catch(() => {});
      return { ...viewOf(head, false), answer: firstQuery(args) };
    }
    opened = engine.then(({ OPS }) => OPS.open(early, { rest, letters }));
    return opened;
  }
  if (op === 'query' && first) {
    const answer = firstQuery(args);
    if (answer) return answer;
  }
  await opened;
  const { OPS } = await engine;
  return OPS[op](args);
}

/** What a result's typed arrays are: moved, not copied, to the page. */
function transfers(value, out = []) {
  if (ArrayBuffer.isView(value)) out.push(value.buffer);
  else if (value && typeof value === 'object' && !(value instanceof Blob)) for (const v of Object.values(value)) transfers(v, out);
  return out;
}

self.addEventListener('message', async ({ data: { id, op, ...args } }) => {
  try {
    const result = await handle(op, args);
    const moved = op === 'query' ? result : op === 'open' ? result.answer : null;
    self.postMessage({ id, result }, [...new Set(transfers(moved))]);
  } catch (error) {
    self.postMessage({ id, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
  }
});
