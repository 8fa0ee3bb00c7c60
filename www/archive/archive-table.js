// The archive's cards as columns (DOM-free: the archive's worker builds it,
// IndexedDB keeps it): one row per item of every kept transcript, newest
// briefing first, in transcript order within one, so a result list in card
// order is already sorted by date. Per card: its transcript (doc) and item
// index there, its day, whether it is a minor statement (floor management:
// kept, never counted as a card), and its facet values as flat lists of
// small integers (institution, spokespersons, outlet, places, topics, the
// card's kind), plus
// the folded texts the search reads (search-index.js's foldCards).
//
// A transcript's share is a "part" (recordPart): its cards with names rather
// than ids, so parts of an old table and of new transcripts can be put
// together again (assemble) without reading every record back.

import { foldCards, isMinor, outletKey, speakerKey } from '../search/search-index.js';
import { institutionOf, transcriptOf } from './archive-store.js';

export const FACETS = ['institution', 'speaker', 'outlet', 'place', 'topic', 'kind'];
/**
 * How many of the newest records the page reads ahead as it opens (with no
 * query, their cards come first), and so how many the snapshot's head keeps
 * (`front`) for an open to draw them without reading a record.
 */
export const FRONT = 3;
/** eday of a card whose briefing has no date. */
export const UNDATED = -0x80000000;

/** 'YYYY-MM-DD' → days since 1970-01-01 (UNDATED when not a date). */
export function epochDay(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  return m ? Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000) : UNDATED;
}

/** Days since 1970-01-01 → 'YYYY-MM-DD'. */
export const isoDay = (eday) => new Date(eday * 86_400_000).toISOString().slice(0, 10);

/** The spokespersons of a card: the main one (answer.speaker), then every other speaker of the answer's turns. */
export function speakersOf(item) {
  const main = speakerKey(item);
  const out = main == null ? [] : [main];
  for (const turn of (item.kind === 'exchange' ? item.answer.turns : item.turns) ?? []) {
    const name = turn?.speaker_canonical ?? turn?.speaker;
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** What the list and the results show of a record (no text, no parse). */
export function metaOf(record) {
  const { hash, title, date, spokespersons, institution, room, language, exchanges, added, from } = record;
  return { hash, title, date, spokespersons, institution, room: room ?? null, language, exchanges, added, from: from ?? 'text' };
}

/** One transcript's cards, with names (see the top of this file); `t` its parse when at hand. */
export function recordPart(record, t = transcriptOf(record)) {
  const items = t.items;
  const byId = new Map(items.map((item) => [item.id, item]));
  const institution = institutionOf(t);
  const values = Object.fromEntries(FACETS.map((f) => [f, []]));
  const minor = [];
  for (const item of items) {
    values.institution.push(institution == null ? [] : [institution]);
    values.speaker.push(speakersOf(item));
    const outlet = outletKey(item, byId);
    values.outlet.push(outlet == null ? [] : [outlet]);
    values.place.push(item.tags?.places ?? []);
    values.topic.push(item.tags?.topics ?? []);
    const isFloor = isMinor(item);
    values.kind.push(isFloor ? [] : [item.kind]); // exchange, statement, unparsed: a minor statement is no card
    minor.push(isFloor ? 1 : 0);
  }
  return {
    meta: metaOf(record),
    eday: epochDay(record.date),
    items: items.length,
    minor,
    values,
    places: (t.places ?? []).map((p) => [p.code, p.name]),
    text: foldCards(items),
  };
}

/** Interns names to small integers, in order of first appearance. */
class Names {
  list = [];
  #ids = new Map();
  id(name) {
    let id = this.#ids.get(name);
    if (id === undefined) this.#ids.set(name, (id = this.list.push(name) - 1));
    return id;
  }
}

/** Newest briefing first; undated last; then by title, then hash (the same order in every tab). */
const byDate = (a, b) => (b.meta.date || '').localeCompare(a.meta.date || '') || (a.meta.title ?? '').localeCompare(b.meta.title ?? '') || (a.meta.hash < b.meta.hash ? -1 : 1);

/** The table of these parts, in date order. */
export function assemble(parts) {
  parts = [...parts].sort(byDate);
  let n = 0;
  for (const p of parts) n += p.items;
  const doc = new Int32Array(n);
  const item = new Int32Array(n);
  const eday = new Int32Array(n);
  const month = new Int32Array(n);
  const minor = new Uint8Array(n);
  const names = Object.fromEntries(FACETS.map((f) => [f, new Names()]));
  const lists = Object.fromEntries(FACETS.map((f) => [f, { start: new Int32Array(n + 1), ids: [] }]));
  const texts = new Array(n);
  const questionEnd = new Int32Array(n);
  const answerAt = new Int32Array(n);
  const placeNames = {};
  const records = [];
  let i = 0;
  parts.forEach((part, r) => {
    records.push({ ...part.meta, start: i, count: part.items });
    for (const [code, name] of part.places) placeNames[code] ??= name;
    const m = part.eday === UNDATED ? UNDATED : monthOf(part.eday);
    for (let k = 0; k < part.items; k++, i++) {
      doc[i] = r;
      item[i] = k;
      eday[i] = part.eday;
      month[i] = m;
      minor[i] = part.minor[k];
      for (const f of FACETS) {
        const L = lists[f];
        for (const name of part.values[f][k]) L.ids.push(names[f].id(name));
        L.start[i + 1] = L.ids.length;
      }
      texts[i] = part.text.texts[k];
      questionEnd[i] = part.text.questionEnd[k];
      answerAt[i] = part.text.answerAt[k];
    }
  });
  for (const f of FACETS) lists[f].ids = Int32Array.from(lists[f].ids);
  return {
    size: n, records, doc, item, eday, month, minor,
    facets: lists,
    names: Object.fromEntries(FACETS.map((f) => [f, names[f].list])),
    placeNames,
    text: { texts, questionEnd, answerAt },
  };
}

/** year × 12 + month (0–11) of a day. */
export function monthOf(eday) {
  const d = new Date(eday * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The parts a table was made of, back (to add transcripts to it, or take some out). */
export function partsOf(table) {
  const { records, names, facets, text } = table;
  const codesNamed = Object.entries(table.placeNames);
  return records.map((meta, r) => {
    const { start, count } = meta;
    const values = Object.fromEntries(FACETS.map((f) => {
      const { start: s, ids } = facets[f];
      const out = [];
      for (let i = start; i < start + count; i++) {
        const row = [];
        for (let k = s[i]; k < s[i + 1]; k++) row.push(names[f][ids[k]]);
        out.push(row);
      }
      return [f, out];
    }));
    const own = new Set(values.place.flat());
    const { start: _s, count: _c, ...plain } = meta;
    return {
      meta: plain,
      eday: count ? table.eday[start] : epochDay(meta.date),
      items: count,
      minor: Array.from(table.minor.subarray(start, start + count)),
      values,
      places: codesNamed.filter(([code]) => own.has(code)),
      text: {
        texts: text.texts.slice(start, start + count),
        questionEnd: text.questionEnd.slice(start, start + count),
        answerAt: text.answerAt.slice(start, start + count),
      },
    };
  });
}
