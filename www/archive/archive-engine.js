// What the archive's worker does (archive-worker.js is its entry, which
// starts reading before this is loaded): everything heavy the archive page
// does, off its main thread. It opens the snapshot (archive-snapshot.js:
// the card table first, enough for the first results; the inverted index
// next, enough for queries of single words; the folded texts last), answers
// queries (archive-query.js: the cards of a filter set and of the pinned
// one, counts, the timeline), imports (archive-import.js: parse workers,
// batched writes), removes, and makes the files (archive-export.js). After
// a change it rebuilds the index, keeps it, and tells the other tabs
// (BroadcastChannel), whose workers then read only what they lack.

import { TextIndex, TextsPending, PostingsPending } from '../search/search-index.js';
import { hashes, remove, clear } from './archive-store.js';
import { loadHead, loadTable, loadLetters, lettersIndex, loadPostings, loadTexts, save, refresh, sortedHashes } from './archive-snapshot.js';
import { ArchiveQuery } from './archive-query.js';
import { viewOf, covers } from './archive-view.js';
// Imports and exports are loaded when first asked for: an open starts on less.
const importing = () => import('./archive-import.js');
const exporting = () => import('./archive-export.js');

const channel = new BroadcastChannel('transcript-cards-archive');
const emit = (event, detail) => self.postMessage({ event, detail });

let table = null; // the card table (its `text` once the search parts are read)
let query = null;
let searchable = Promise.resolve(); // the inverted index is in
let lettered = Promise.resolve(); // its letters at least: a query of one or two letters a–z is answered
let readable = Promise.resolve(); // the folded texts are in too
// The texts are read right after the inverted index, a part at a time, each in a task of its
// own (archive-snapshot.js's loadTexts): a keystroke meanwhile waits for one part at most.
const nextTask = () => new Promise((ok) => setTimeout(ok));
// The rest of the inverted index is read once the first keystroke is answered, or a query needs
// it, or after a pause: its arrival holds this thread for 20–30 ms, which that keystroke (its
// letters are in) should not wait behind.
let wantPostings;
const postingsWanted = new Promise((ok) => { wantPostings = ok; });
/** The folded texts are in (the index before them asked for now, if it was not). */
const textsIn = () => { wantPostings(); return readable; };
let writing = Promise.resolve(); // changes, one after the other
let firstAsked; // resolves when the first query is answered: the search part is read after it
const asked = new Promise((ok) => { firstAsked = ok; });

function use(next, index) {
  table = next;
  query = new ArchiveQuery(table, index);
}

/** The answer to no filter at all, without its cards (every card but the minor ones: quick to list). */
function answerUnfiltered() {
  const { shown, ...cur } = summary(query.every);
  return { cur, timeline: query.timeline([shown]) };
}

/** What the page holds of the table: the records (with their cards' range) and the facet names. */
const view = () => viewOf(table, query.text !== null && !query.text.partial);

/**
 * The first open: the kept snapshot when it covers the store, else one
 * brought up to date (or built). `early`: the head and the store's keys,
 * read by the entry while this module loaded; `rest` and `letters`: the
 * reads of the rest of the table and of the index's letters it began.
 */
async function open(early, { rest = undefined, letters = undefined } = {}) {
  const [raw, keys] = await early;
  const head = await loadTable(loadHead(raw), rest);
  if (covers(head, keys)) {
    use(head, null);
    // The first results need the table only: the index is read once they are out (reading
    // holds this thread), or at once when that query needs it; its letters first (a tenth of
    // it: enough for a first keystroke); the texts when wanted.
    let letteredNow;
    let searchableNow;
    let readableNow;
    lettered = new Promise((ok) => { letteredNow = ok; });
    searchable = new Promise((ok) => { searchableNow = ok; });
    readable = new Promise((ok) => { readableNow = ok; });
    const ready = () => { letteredNow(); searchableNow(); readableNow(); };
    Promise.race([asked, new Promise((ok) => setTimeout(ok, 1000))]).then(async () => {
      const reading = loadLetters(head, letters);
      query.prepare(); // meanwhile: for the first keystroke
      const lettersIn = await reading;
      if (lettersIn) {
        query.text = lettersIndex(lettersIn);
        letteredNow();
        // Each in a task of its own: a keystroke already sent is answered first.
        for (const q of ['e', 'th']) {
          await nextTask();
          query.prepareSearch(q);
        }
        await Promise.race([postingsWanted, new Promise((ok) => setTimeout(ok, 300))]);
      }
      const index = lettersIn && (await loadPostings(head, lettersIn));
      if (index) {
        query.text = index;
        searchableNow();
        emit('searchable', {});
        const texts = await loadTexts(head, nextTask);
        if (texts) {
          index.setTexts(texts);
          table.text = { texts, questionEnd: index.questionEnd, answerAt: index.answerAt };
          readableNow();
          return;
        }
      }
      await rebuild(null); // the search parts are missing, or another tab's: build them
      emit('searchable', {});
    }).catch((error) => emit('error', { message: `The search index could not be read: ${error.message}` })).finally(ready);
    return view();
  }
  // An older snapshot: its texts are taken, the index is built again from them.
  const lettersIn = head && (await loadLetters(head, letters));
  const texts = lettersIn && (await loadTexts(head));
  await rebuild(texts ? { ...head, text: { texts, questionEnd: lettersIn.questionEnd, answerAt: lettersIn.answerAt } } : null);
  emit('searchable', {});
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
  use(next, index);
  // The snapshot only saves time: when it cannot be kept (a full quota), the next open rebuilds it.
  if (keep) await save(next, index, answerUnfiltered()).catch((error) => emit('warning', { message: `The search index was not kept (${error.message}); the next open rebuilds it.` }));
  return true;
}

/**
 * Runs a change after the ones before, and answers once it is kept; then
 * the table follows the store (the index rebuilt and kept), the page hears
 * of it ('changed'), and so do the other tabs.
 */
function change(work) {
  const run = writing.then(async () => {
    await textsIn();
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
    await textsIn();
    if (await rebuild(table, [], { keep: false })) emit('changed', view());
  }).catch((error) => emit('error', { message: error.message }));
};

const summary = (r) => ({ shown: r.shown, minor: r.minor.length, counts: r.counts, within: r.within, transcripts: r.transcripts, terms: r.terms });
const needsText = (f) => Boolean(f?.q?.trim());
const earliest = (a, b) => (a && b ? (a < b ? a : b) : '');
const latest = (a, b) => (a && b ? (a > b ? a : b) : '');

/**
 * The pinned set's cards (`run`: ask's way to run a filter set): run once,
 * then kept while the reader changes the other set, until the table or its
 * index changes; a copy each time, since an answer's arrays are moved to the
 * page. (Running it again on every keystroke doubled a keystroke's work, and
 * undid the search's narrowing of the other set as the reader types on.)
 */
let pinnedKept = null;
async function pinnedCards(pin, run) {
  const key = JSON.stringify(pin);
  const kept = pinnedKept;
  if (kept && kept.key === key && kept.query === query && kept.text === query.text) return structuredClone(kept.cards);
  const cards = await run(pin);
  pinnedKept = { key, query, text: query.text, cards: structuredClone(cards) };
  return cards;
}

/** A filter set's cards (and the pinned set's), their counts and timeline on one axis. */
async function ask({ filters, pin = null, split = '' }) {
  firstAsked();
  if ((needsText(filters) || needsText(pin)) && !query.text) await lettered;
  // A term other than one or two letters waits for the rest of the index; a phrase, or a
  // term of several scripts, is checked in the texts: wait for them if need be.
  const run = async (f) => {
    for (let waits = 0; ; waits++) {
      try {
        return query.run(f);
      } catch (error) {
        if (waits === 2) throw error; // waited for both: the index could not be read
        if (error instanceof PostingsPending) {
          wantPostings();
          await searchable;
        } else if (error instanceof TextsPending) {
          await textsIn();
        } else {
          throw error;
        }
      }
    }
  };
  const cur = await run(filters);
  const pinned = pin ? await pinnedCards(pin, run) : null;
  wantPostings();
  const range = pinned ? { from: earliest(filters.from, pin.from), to: latest(filters.to, pin.to) } : { from: filters.from, to: filters.to };
  const timeline = query.timeline(pinned ? [pinned.shown, cur.shown] : [cur.shown], { ...range, split: pinned ? '' : split });
  return { cur: summary(cur), pin: pinned && summary(pinned), timeline };
}

const known = async () => new Set(await hashes());
const progress = (detail) => emit('progress', { phase: 'import', ...detail });

export const OPS = {
  open,
  /** The page's first query was answered by the entry: the index is read now. */
  asked: () => firstAsked(),
  query: ask,
  importTexts: ({ files }) => change(async () => (await importing()).importTexts(files, { known: await known(), onProgress: progress })),
  importCsv: ({ file, mapping, delimiter }) => change(async () => (await importing()).importCsv(await file.text(), mapping, { name: file.name, delimiter, known: await known(), onProgress: progress })),
  importJsonl: ({ file }) => change(async () => (await importing()).importJsonl(await file.text(), { name: file.name, known: await known(), onProgress: progress })),
  importArchive: ({ file }) => change(async () => (await importing()).importArchive(await file.text(), { known: await known(), onProgress: progress })),
  csvColumns: async ({ file }) => (await import('./archive-datasets.js')).csvColumns(await file.slice(0, 256 * 1024).text()),
  remove: ({ hash }) => change(async () => { await remove(hash); return {}; }),
  clear: () => change(async () => { await clear(); return {}; }),
  exportCsv: async ({ filters }) => {
    await textsIn();
    const r = query.run(filters);
    return (await exporting()).resultsCsv(table, [...r.shown, ...r.minor]);
  },
  exportArchive: async () => { await writing; return (await exporting()).archiveBlob(table); },
  hashes: async () => sortedHashes(table),
  /** Resolves once every change asked before is done and the index follows it. */
  settled: () => writing,
};
