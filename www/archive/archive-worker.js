// The archive's worker: everything heavy the archive page does, off its
// main thread. It opens the snapshot (archive-snapshot.js: the card table
// first, enough for the first results; the texts and inverted index next),
// answers queries (archive-query.js: the cards of a filter set and of the
// pinned one, counts, the timeline), imports (archive-import.js: parsing,
// batched writes), removes, and makes the files (archive-export.js). After
// a change it rebuilds the index, keeps it, and tells the other tabs
// (BroadcastChannel), whose workers then read only what they lack.
//
// Messages: {id, op, …} → {id, result} or {id, error}; and events
// {event: 'progress'|'changed'|'searchable', detail} to the page.

import { TextIndex } from '../search/search-index.js';
import { hashes, remove, clear } from './archive-store.js';
import { loadHead, loadSearch, save, refresh, sortedHashes } from './archive-snapshot.js';
import { ArchiveQuery } from './archive-query.js';
import { importTexts, importCsv, importJsonl, importArchive } from './archive-import.js';
import { resultsCsv, archiveBlob } from './archive-export.js';
import { csvColumns } from './archive-datasets.js';

const channel = new BroadcastChannel('transcript-cards-archive');
const emit = (event, detail) => self.postMessage({ event, detail });

let table = null; // the card table (its `text` once the search part is loaded)
let query = null;
let searchable = Promise.resolve();
let writing = Promise.resolve(); // changes, one after the other
let firstAsked; // resolves when the first query is answered: the search part is read after it
const asked = new Promise((ok) => { firstAsked = ok; });

function use(next, index) {
  table = next;
  query = new ArchiveQuery(table, index);
}

/** What the page holds of the table: the records (with their cards' range) and the facet names. */
function view() {
  let minor = 0;
  for (let i = 0; i < table.size; i++) minor += table.minor[i];
  return { size: table.size, cards: table.size - minor, records: table.records, names: table.names, placeNames: table.placeNames, searchable: query.text !== null };
}

/** The first open: the kept snapshot when it covers the store, else one brought up to date (or built). */
async function open() {
  const head = await loadHead();
  const keys = await hashes();
  if (head && head.hashes.length === keys.length && head.hashes.every((h, k) => h === keys[k])) {
    use(head, null);
    // The first results need the table only: the texts and the index are read once they are out
    // (reading them holds this thread), or at once when that query needs them.
    searchable = Promise.race([asked, new Promise((ok) => setTimeout(ok, 1000))]).then(() => loadSearch(head)).then(async (search) => {
      if (search) {
        table.text = search.text;
        query.text = search.index;
      } else {
        await rebuild(null); // the search part is missing or another tab's: build it
      }
      emit('searchable', {});
    });
    return view();
  }
  const search = head && (await loadSearch(head));
  await rebuild(search ? { ...head, text: search.text } : null);
  return view();
}

/** Brings the table up to date with the store (adding `extra` parts), rebuilds the index, keeps it. */
async function rebuild(base, extra = [], { keep = true } = {}) {
  const total = { n: 0 };
  const { table: next, changed } = await refresh(base, {
    extra,
    onProgress: (done, n) => { total.n = n; if (n > 20) emit('progress', { phase: 'index', done, total: n }); },
  });
  if (!changed && query?.text) return false;
  const index = new TextIndex(null, { prebuilt: next.text });
  // The snapshot only saves time: when it cannot be kept (a full quota), the next open rebuilds it.
  if (keep) await save(next, index).catch((error) => emit('warning', { message: `The search index was not kept (${error.message}); the next open rebuilds it.` }));
  use(next, index);
  return true;
}

/**
 * Runs a change after the ones before, and answers once it is kept; then
 * the table follows the store (the index rebuilt and kept), the page hears
 * of it ('changed'), and so do the other tabs.
 */
function change(work) {
  const run = writing.then(async () => {
    await searchable;
    const result = await work();
    const parts = result?.parts ?? [];
    if (result) {
      delete result.parts;
      result.full = result.full?.message ?? null;
    }
    return { result, parts };
  });
  writing = run.then(async ({ parts }) => {
    await rebuild(table, parts);
    channel.postMessage('changed');
    emit('changed', view());
  }, () => {}).catch((error) => emit('error', { message: error.message }));
  return run.then(({ result }) => result);
}

// Another tab changed the archive: read what this one lacks.
channel.onmessage = () => {
  writing = writing.then(async () => {
    await searchable;
    if (await rebuild(table, [], { keep: false })) emit('changed', view());
  }).catch((error) => emit('error', { message: error.message }));
};

const summary = (r) => ({ shown: r.shown, minor: r.minor.length, counts: r.counts, within: r.within, transcripts: r.transcripts, terms: r.terms });
const needsText = (f) => Boolean(f?.q?.trim());
const earliest = (a, b) => (a && b ? (a < b ? a : b) : '');
const latest = (a, b) => (a && b ? (a > b ? a : b) : '');

/** A filter set's cards (and the pinned set's), their counts and timeline on one axis. */
async function ask({ filters, pin = null, split = '' }) {
  firstAsked();
  if ((needsText(filters) || needsText(pin)) && !query.text) await searchable;
  const cur = query.run(filters);
  const pinned = pin ? query.run(pin) : null;
  const range = pinned ? { from: earliest(filters.from, pin.from), to: latest(filters.to, pin.to) } : { from: filters.from, to: filters.to };
  const timeline = query.timeline(pinned ? [pinned.shown, cur.shown] : [cur.shown], { ...range, split: pinned ? '' : split });
  return { cur: summary(cur), pin: pinned && summary(pinned), timeline };
}

const known = async () => new Set(await hashes());
const progress = (detail) => emit('progress', { phase: 'import', ...detail });

const OPS = {
  open,
  query: ask,
  importTexts: ({ files }) => change(async () => importTexts(files, { known: await known(), onProgress: progress })),
  importCsv: ({ file, mapping, delimiter }) => change(async () => importCsv(await file.text(), mapping, { name: file.name, delimiter, known: await known(), onProgress: progress })),
  importJsonl: ({ file }) => change(async () => importJsonl(await file.text(), { name: file.name, known: await known(), onProgress: progress })),
  importArchive: ({ file }) => change(async () => importArchive(await file.text(), { known: await known(), onProgress: progress })),
  csvColumns: async ({ file }) => csvColumns(await file.slice(0, 256 * 1024).text()),
  remove: ({ hash }) => change(async () => { await remove(hash); return {}; }),
  clear: () => change(async () => { await clear(); return {}; }),
  exportCsv: async ({ filters }) => {
    await searchable;
    const r = query.run(filters);
    return resultsCsv(table, [...r.shown, ...r.minor]);
  },
  exportArchive: async () => { await writing; return archiveBlob(table); },
  hashes: async () => sortedHashes(table),
  /** Resolves once every change asked before is done and the index follows it. */
  settled: () => writing,
};

/** What a result's typed arrays are: moved, not copied, to the page. */
function transfers(value, out = []) {
  if (ArrayBuffer.isView(value)) out.push(value.buffer);
  else if (value && typeof value === 'object' && !(value instanceof Blob)) for (const v of Object.values(value)) transfers(v, out);
  return out;
}

self.addEventListener('message', async ({ data: { id, op, ...args } }) => {
  try {
    const result = await OPS[op](args);
    const moved = op === 'query' ? [...new Set(transfers(result))] : [];
    self.postMessage({ id, result }, moved);
  } catch (error) {
    self.postMessage({ id, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
  }
});
