// What the archive's search needs, kept in IndexedDB beside the records so
// an open reads it rather than rebuilding it from every record: "head" (of
// the card table of archive-table.js what the page is told and the first
// results need: the records, which cards are minor, the facet names, and
// the answer to no filter; a megabyte at 40,000 cards, read first), "table"
// (the rest of the table but its texts: each card's transcript, date and
// facet values, two or three megabytes, read next: for every other query),
// "letters" (the inverted index's bits of letters a–z per card, a tenth of
// it: read next, enough for a first keystroke), "postings" (the rest of the
// inverted index: typed arrays, read then; enough for a query of single
// words) and "texts" (the folded texts, read last, in parts: phrases and
// scopes are checked in them). All carry the stamp of the head
// they go with; the head the sorted hashes of the records: an open compares them with
// the store's keys, and brings a snapshot that another tab, the cards page's
// "Keep" or an older version left behind up to date by reading only the
// records added (and dropping those removed). Runs in the archive's worker.

import { TextIndex } from '../search/search-index.js';
import { Postings } from '../search/postings.js';
import { hashes, getMany, getIndexPart, putIndexParts } from './archive-store.js';
import { FRONT, assemble, partsOf, recordPart } from './archive-table.js';

import { SNAPSHOT_VERSION as VERSION, HEAD_FIELDS } from './archive-view.js';
/** Records read at a time when (re)building: bounds what is held at once. */
const READ_BATCH = 100;

/** The kept snapshot's head (read by the worker's entry), or null when there is none of this version. */
export const loadHead = (head) => (head?.version === VERSION ? head : null);

/**
 * The whole table (but its texts): `head` (loadHead's) with the rest of it
 * (the "table" part; `read`: its read, begun already) put in, or null when
 * there is no head or the part is not the head's.
 */
export async function loadTable(head, read = getIndexPart('table')) {
  if (!head) return null;
  const part = await read;
  if (part?.stamp !== head.stamp) return null;
  const { stamp, ...rest } = part;
  return Object.assign(head, rest);
}

/** The letters of the inverted index matching a head (loadPostings's `letters`), or null; `read`: their read, begun already. */
export async function loadLetters(head, read = getIndexPart('letters')) {
  const part = await read;
  return part?.stamp === head.stamp ? part : null;
}

/**
 * An index of `letters` alone (loadLetters's): a TextIndex that answers a
 * query of one or two letters (most others throw PostingsPending), without
 * texts.
 */
export const lettersIndex = ({ questionEnd, answerAt, postings }) => new TextIndex(null, { prebuilt: { texts: null, questionEnd, answerAt, postings } });

/** The whole inverted index matching a head, its `letters` read already (loadLetters's), as a TextIndex without its texts yet (setTexts), or null. */
export async function loadPostings(head, letters) {
  const part = await getIndexPart('postings');
  return part?.stamp === head.stamp ? lettersIndex({ ...letters, postings: { ...letters.postings, ...part.postings } }) : null;
}

/**
 * The folded texts matching a head, or null. They are kept in TEXT_PARTS
 * parts, read one after the other, each after `pause()` (a task of its
 * own): a query asked meanwhile waits for one part at most (a few ms), not
 * for the whole read (a tenth of a second at 40,000 cards).
 */
export async function loadTexts(head, pause = async () => {}) {
  const part = await getIndexPart('texts');
  if (part?.stamp !== head.stamp) return null;
  if (part.texts) return part.texts; // kept whole, as versions before this one did
  const texts = [];
  for (let k = 0; k < part.parts; k++) {
    await pause();
    const piece = await getIndexPart(`texts-${k}`);
    if (piece?.stamp !== head.stamp) return null;
    for (const text of piece.texts) texts.push(text);
  }
  return texts;
}

/** The parts the folded texts are kept in (always as many, so none is left over from a larger snapshot). */
const TEXT_PARTS = 16;

/** The "texts" entries of a snapshot: how many parts, and each part. */
function textParts(stamp, texts) {
  const size = Math.max(1, Math.ceil(texts.length / TEXT_PARTS));
  const out = { texts: { stamp, parts: TEXT_PARTS } };
  for (let k = 0; k < TEXT_PARTS; k++) out[`texts-${k}`] = { stamp, texts: texts.slice(k * size, (k + 1) * size) };
  return out;
}

/**
 * Keeps a table and its TextIndex as the snapshot (one transaction: all of
 * it or none); `first`, the answer to no filter at all (what an open shows
 * first), kept with the head, and so are the parses of the newest records
 * (`front`: each record's hash and parse, as records hold it), so the first results are drawn without
 * reading records, which takes an open's page 70–150 ms.
 */
export async function save(table, index, first = null) {
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const { text, ...rest } = table;
  const head = {};
  const body = { stamp };
  for (const [key, value] of Object.entries(rest)) (HEAD_FIELDS.includes(key) ? head : body)[key] = value;
  const [letters, postings] = Postings.split(index.toData().postings);
  const front = (await getMany(table.records.slice(0, FRONT).map((r) => r.hash)))
    .filter(Boolean).map(({ hash, json, transcript }) => ({ hash, json, transcript }));
  await putIndexParts({
    head: { ...head, version: VERSION, stamp, hashes: sortedHashes(table), first, front },
    table: body,
    letters: { stamp, postings: letters, questionEnd: text.questionEnd, answerAt: text.answerAt },
    postings: { stamp, postings },
    ...textParts(stamp, text.texts),
  });
}

export const sortedHashes = (table) => table.records.map((r) => r.hash).sort();

/**
 * Brings `table` (with its text; null: none yet) up to date with the store:
 * resolves to {table, changed} (the same table when nothing changed).
 * `extra` are parts already made (an import's), `onProgress(done, total)`
 * while records are read.
 */
export async function refresh(table, { extra = [], onProgress = () => {} } = {}) {
  const keys = await hashes();
  const kept = new Set(keys);
  const had = new Map();
  for (const part of table ? partsOf(table) : []) if (kept.has(part.meta.hash)) had.set(part.meta.hash, part);
  for (const part of extra) if (kept.has(part.meta.hash)) had.set(part.meta.hash, part);
  const missing = keys.filter((h) => !had.has(h));
  if (table && missing.length === 0 && extra.length === 0 && had.size === table.records.length) return { table, changed: false };
  for (let k = 0; k < missing.length; k += READ_BATCH) {
    onProgress(k, missing.length);
    for (const record of await getMany(missing.slice(k, k + READ_BATCH))) if (record) had.set(record.hash, recordPart(record));
  }
  onProgress(missing.length, missing.length);
  return { table: assemble([...had.values()]), changed: true };
}
