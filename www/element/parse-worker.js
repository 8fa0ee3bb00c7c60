// Web Worker for large pastes: takes the text in pieces (a few MB a
// message), parses it off the main thread, then sends the transcript back as
// a head (everything but the items) and batches of items, so the page can
// show progress and stay responsive while it receives them. For a transcript
// of thousands of cards it also makes the search's share here
// (search-index.js's foldCards with each batch; its facets and the inverted
// index of postings.js with the end, their arrays moved, not copied), so the
// page builds none of it: folding and indexing 30,000 cards on the page's
// thread held it for most of a second.
// It says 'ready' once its script runs (until then, an error event means it
// never started: parser.js parses on its own thread instead). Its wasm starts
// with the first job: from the compiled module the job carries (the one-file
// builds), or fetched beside the glue. A trap in the wasm instance is
// reported as 'crash': the page then ends this worker and starts a fresh one
// for the next parse (parser.js).

import * as glue from '../pkg/transcript_cards.js';
import { foldCards, facetsOf } from '../search/search-index.js';
import { Postings } from '../search/postings.js';
import { isWasmCrash } from './wasm-crash.js';

/** Items a message carries: reading one on the page (with the garbage collection that falls in it) held the thread for 52–74 ms at 500 in half of the 22.9 MB loads, at 200 for 55 ms in a quarter. */
const BATCH = 200;
/** From this many cards, the search's texts and index are made here. */
const INDEX_HERE = 2000;
let ready = null;
const incoming = new Map(); // job id → the pieces of its text so far

self.addEventListener('message', async ({ data: { id, chunk, last, trap, room, wasm } }) => {
  const pieces = incoming.get(id) ?? [];
  pieces.push(chunk);
  if (!last) {
    incoming.set(id, pieces);
    return;
  }
  incoming.delete(id);
  const text = pieces.length === 1 ? pieces[0] : pieces.join('');
  let transcript;
  try {
    ready ??= glue.default(wasm && { module_or_path: wasm });
    await ready;
    transcript = trap ? glue.debugTrap() : glue.parseTranscript(text, room);
  } catch (error) {
    const crash = isWasmCrash(error);
    self.postMessage({ id, type: crash ? 'crash' : 'error', message: String(error?.message ?? error) });
    return;
  }
  const { items } = transcript;
  const index = items.length >= INDEX_HERE;
  transcript.items = [];
  self.postMessage({ id, type: 'head', transcript, total: items.length });
  const texts = [];
  for (let i = 0; i < items.length; i += BATCH) {
    const batch = items.slice(i, i + BATCH);
    const folded = index ? foldCards(batch) : null;
    if (folded) texts.push(...folded.texts);
    self.postMessage({ id, type: 'items', items: batch, folded, total: items.length }, folded ? [folded.questionEnd.buffer, folded.answerAt.buffer] : []);
  }
  if (!index) {
    self.postMessage({ id, type: 'done' });
    return;
  }
  // The page builds its index when the transcript is done: everything it needs comes with it.
  const facets = facetsOf(items, transcript.places);
  const postings = new Postings(texts).toData();
  const moved = [...Object.values(facets).flatMap((f) => [f.offsets.buffer, f.values.buffer]), ...Postings.buffers(postings)];
  self.postMessage({ id, type: 'done', search: { facets, postings } }, moved);
});

self.postMessage({ type: 'ready' });
