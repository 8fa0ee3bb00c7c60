// A parse worker of the archive's imports (started by the archive's worker,
// one per core, archive-import.js's ParsePool): for each .txt file it is
// handed, reads it, hashes it (a hash already kept: nothing more), parses
// it with the wasm parser, and makes what the archive keeps of it: the
// record (its parse as JSON text, archive-store.js) and its share of the
// search table (archive-table.js's recordPart: the folded texts, the facet
// values). Only strings and small arrays go back: no parse object is copied
// between threads.

import { hashText, recordOf } from './archive-store.js';
import { recordPart } from './archive-table.js';
import { parse, useModule } from './archive-parser.js';

let known = new Set();

self.addEventListener('message', async ({ data: { id, file, hashes, module } }) => {
  if (module) useModule(module);
  if (hashes) known = new Set(hashes);
  if (!file) return;
  try {
    const text = await file.text();
    if (!text.trim()) throw new Error('the file is empty');
    const hash = await hashText(text);
    if (known.has(hash)) {
      self.postMessage({ id, duplicate: hash });
      return;
    }
    known.add(hash);
    const transcript = await parse(text);
    const record = recordOf(hash, text, transcript);
    const part = recordPart(record, transcript);
    self.postMessage({ id, record, part });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
});
