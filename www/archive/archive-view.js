// What the archive's page is told of the card table (archive-table.js),
// made from the table alone: so the worker's entry can answer an open, and
// its first query, from the snapshot's head before the rest of the worker
// has loaded (archive-worker.js), and the engine the same way after.

/** Bumped whenever the snapshot's shape changes (archive-snapshot.js): an older one is rebuilt. */
export const SNAPSHOT_VERSION = 6;

/**
 * What viewOf and firstAnswer read of a table: the snapshot's head holds
 * these, and the rest of the table (each card's transcript, date and facet
 * values) is a part of its own, read after (archive-snapshot.js).
 */
export const HEAD_FIELDS = ['size', 'records', 'minor', 'names', 'placeNames'];

/**
 * The page's view of a table: the records (with their cards' range), the
 * facet names, how many cards; and a head's `front` (the newest records'
 * parses, archive-snapshot.js), null for a table built since.
 */
export function viewOf(table, searchable) {
  let minor = 0;
  for (let i = 0; i < table.size; i++) minor += table.minor[i];
  return { size: table.size, cards: table.size - minor, records: table.records, names: table.names, placeNames: table.placeNames, searchable, front: table.front ?? null };
}

/** The answer to no filter at all: the head's kept one (`first`), with every card that is not minor. */
export function firstAnswer(table, { cur, timeline }) {
  const shown = new Int32Array(table.size);
  let m = 0;
  for (let i = 0; i < table.size; i++) if (!table.minor[i]) shown[m++] = i;
  return { cur: { ...cur, shown: shown.subarray(0, m) }, pin: null, timeline };
}

/** Does a head cover exactly these store keys (both sorted)? */
export const covers = (head, keys) => head?.version === SNAPSHOT_VERSION && head.hashes.length === keys.length && head.hashes.every((h, k) => h === keys[k]);

/** Is a filter set empty (every card)? */
export const unfiltered = (filters, pin, split) => !pin && !split && !Object.values(filters ?? {}).some(Boolean);
