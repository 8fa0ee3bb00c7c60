// A parse worker of the archive's imports (started by the archive's worker,
// one per core, archive-pool.js): for each .txt file it is handed, reads
// it, hashes it (a hash already kept: nothing more), parses it with the
// wasm parser, and makes what the archive keeps of it: the record (its
// parse as the JSON's UTF-8 bytes, archive-store.js) and its share of the search table
// (archive-table.js's recordPart: the folded texts, the facet values). One
// file at a time; the files queued are read meanwhile, READ at a time in
// one read of them all (far faster than a read each), and hashed. Only strings, small arrays
// and the parse's JSON bytes (moved, not copied) go back: no parse object
// is copied between threads.

import { hashText, recordOf, parseOfJson } from './archive-store.js';
import { recordPart } from './archive-table.js';
import { parseJson, useModule } from './archive-parser.js';

let known = new Set();
const queue = [];
let running = false;

/** Files read in one go. */
const READ = 16;
const utf8 = new TextDecoder();

/**
 * Reads the queued files not read yet (READ at most) in one read of a Blob
 * of them all, each then decoded as File.text() does (UTF-8, a BOM
 * dropped); when that read fails (a file gone from the disk), each file is
 * read alone, so only its own job fails.
 */
function readAhead() {
  const group = [];
  for (const job of queue) if (!job.text && group.push(job) === READ) break;
  if (!group.length) return;
  const all = group.length > 1 ? new Blob(group.map((job) => job.file)).arrayBuffer() : null;
  let at = 0;
  for (const job of group) {
    const { file } = job;
    const start = at;
    at += file.size;
    job.text = all ? all.then((buffer) => utf8.decode(new Uint8Array(buffer, start, file.size)), () => file.text()) : file.text();
    // Hashed as soon as read: the digest runs on another thread while this one parses.
    job.hash = job.text.then(hashText);
    job.hash.catch(() => {}); // a failed read is reported by one()
  }
}

async function one({ id, text, hash }) {
  try {
    text = await text;
    if (!text.trim()) throw new Error('the file is empty');
    hash = await hash;
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
    // The jobs read are the queue's front: when the READ-th from here is not, the next ones are read while this one parses.
    if (!queue[Math.min(queue.length, READ) - 1].text) readAhead();
    await one(queue.shift());
  }
  running = false;
}

self.addEventListener('message', ({ data: { id, file, hashes, module } }) => {
  if (module) useModule(module);
  if (hashes) known = new Set(hashes);
  if (!file) return;
  queue.push({ id, file, text: null, hash: null });
  drain();
});
