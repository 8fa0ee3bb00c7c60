// A parse worker of the archive's imports (started by the archive's worker,
// one per core, archive-pool.js): for each .txt file it is handed, reads
// it, hashes it (a hash already kept: nothing more), parses it with the
// wasm parser, and makes what the archive keeps of it: the record (its
// parse as the JSON's UTF-8 bytes, archive-store.js) and its share of the search table
// (archive-table.js's recordPart: the folded texts, the facet values). One
// file at a time, the next one read meanwhile. Only strings, small arrays
// and the parse's JSON bytes (moved, not copied) go back: no parse object
// is copied between threads.

import { hashText, recordOf, parseOfJson } from './archive-store.js';
import { recordPart } from './archive-table.js';
import { parseJson, useModule } from './archive-parser.js';

let known = new Set();
const queue = [];
let running = false;

async function one({ id, file, text }) {
  try {
    text = await text;
    if (!text.trim()) throw new Error('the file is empty');
    const hash = await hashText(text);
    if (known.has(hash)) {
      self.postMessage({ id, duplicate: hash });
      return;
    }
    known.add(hash);
    const json = await parseJson(text);
    const transcript = parseOfJson(json);
    const record = recordOf(hash, text, transcript, { json });
    const part = recordPart(record, transcript);
    self.postMessage({ id, record, part }, [json.buffer]);
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
}

async function drain() {
  if (running) return;
  running = true;
  while (queue.length) {
    const job = queue.shift();
    if (queue[0] && !queue[0].text) queue[0].text = queue[0].file.text(); // the next one read while this one parses
    await one(job);
  }
  running = false;
}

self.addEventListener('message', ({ data: { id, file, hashes, module } }) => {
  if (module) useModule(module);
  if (hashes) known = new Set(hashes);
  if (!file) return;
  queue.push({ id, file, text: queue.length ? null : file.text() });
  drain();
});
