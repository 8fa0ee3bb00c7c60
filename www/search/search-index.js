// The search index behind the filters (DOM-free; node --test imports it).
// Every card's searchable text, folded (fold.js), question then answer with
// where each begins, so a search can keep to questions, answers or both; an
// inverted index over those texts (postings.js: words, and ideographs and
// their pairs), so a query reads only the cards that can match, and often
// none; and the facets (outlet, speaker, kind, place, topic) as compact
// arrays. Matching is exact substring after folding, whatever the index.
//
// Queries (parseQuery): words are ANDed; "quoted phrases" are one term; an
// unquoted word mixing Chinese and Latin letters or digits (华为5G) is split
// where the script changes, since Chinese writes 华为 5G with or without the
// space; Chinese needs no segmentation (是一段 is a substring like any other).
// Facets (filter): OR within a facet, AND across facets, and each value's
// count taken with every other facet's selection applied but not its own.

import { fold } from './fold.js';
import { Postings, PostingsPending, intersect } from './postings.js';

export { fold, PostingsPending };
export const KINDS = ['exchange', 'statement', 'minor', 'unparsed'];

/** A minor statement: floor management ("Go ahead, David."), shown folded, never counted as a card. */
export const isMinor = (item) => item.kind === 'statement' && item.minor === true;

/** A card's kind for the kind facet: floor management (a minor statement) is a kind of its own. */
export const kindOf = (item) => (isMinor(item) ? 'minor' : item.kind);
export const SCOPES = ['both', 'question', 'answer'];
export const FACETS = ['outlet', 'speaker', 'kind', 'place', 'topic'];

/** The chip of exchanges whose asker named no outlet ("Q:", "问："). */
export const UNNAMED_OUTLET = 'Unnamed outlet';

/** The text a card is searched by: what was asked and answered. */
export function searchableText(item) {
  switch (item.kind) {
    case 'exchange':
      return item.question.paragraphs.join('\n') + '\n' + item.answer.paragraphs.join('\n');
    case 'statement':
      return item.paragraphs.join('\n');
    default:
      return item.text;
  }
}

/** Who asked: the outlet, the outlet of the exchange followed up, or null. */
export function outletOf(item, byId) {
  if (item.kind !== 'exchange') return null;
  if (item.asker.outlet) return item.asker.outlet;
  if (item.follow_up && item.follows) {
    const first = byId.get(item.follows);
    if (first && first !== item) return outletOf(first, byId);
  }
  return null;
}

/** Who spoke for the ministry on this card. */
export function speakerOf(item) {
  if (item.kind === 'exchange') return item.answer.speaker;
  if (item.kind === 'statement') return item.speaker;
  return null;
}

/** The outlet a chip groups by: the canonical name where the tagger knows one (法新社 → AFP). */
export function outletKey(item, byId) {
  if (item.kind !== 'exchange') return null;
  const own = item.asker.outlet_canonical ?? item.asker.outlet;
  if (own) return own;
  const first = item.follow_up && item.follows ? byId.get(item.follows) : null;
  return first && first !== item ? outletKey(first, byId) : UNNAMED_OUTLET;
}

/** The speaker the menu groups by: canonical where known (华春莹 → Hua Chunying). */
export function speakerKey(item) {
  if (item.kind === 'exchange') return item.answer.speaker_canonical ?? item.answer.speaker;
  if (item.kind === 'statement') return item.speaker_canonical ?? item.speaker;
  return null;
}

/**
 * A query from what the reader typed: {terms (folded, ANDed), scope, key}.
 * `key` is equal for queries that find the same cards.
 */
export function parseQuery(raw = '', scope = 'both') {
  if (!SCOPES.includes(scope)) scope = 'both';
  const terms = [];
  for (const m of fold(raw).matchAll(/"([^"]*)"?|(\S+)/g)) {
    if (m[1] !== undefined) {
      const phrase = m[1].replace(/\s+/g, ' ').trim();
      if (phrase) terms.push(phrase);
    } else {
      terms.push(...m[2].match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu));
    }
  }
  const unique = [...new Set(terms)];
  return { terms: unique, scope, key: `${scope}\u0000${unique.join('\u0000')}` };
}

/** One facet: value names, and each card's values (offsets into `values`). */
class Facet {
  constructor(name, n) {
    this.name = name;
    this.names = [];
    this.labels = [];
    this.ids = new Map();
    this.aliases = new Map(); // a name as written → the key it is grouped under (Agence France-Presse → AFP)
    this.offsets = new Int32Array(n + 1);
    this.list = [];
  }

  add(i, key, label = key) {
    if (key == null) return;
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.names.push(key) - 1));
      this.labels.push(label);
    }
    this.list.push(id);
  }

  end(i) {
    this.offsets[i + 1] = this.list.length;
  }

  seal() {
    this.values = Int32Array.from(this.list);
    this.list = null;
  }
}

/**
 * The searchable text of cards: each card's folded text (questions first,
 * then answers) and the inverted index over it (postings.js); search() with
 * terms ANDed and a scope, countMatches(). SearchIndex adds the facets; the
 * archive (archive-query.js) uses this alone.
 */
export class TextIndex {
  #postings = null;

  /**
   * @param items Transcript.items (or any cards shaped like them); or null
   *   with `prebuilt`
   * @param defer build the inverted index just after the next frame is
   *   painted (or at the first search, if sooner) rather than now
   * @param prebuilt what toData() gave (in a worker, or kept in IndexedDB):
   *   the folded texts and, if there, the inverted index, taken as they
   *   are; its texts may be null until setTexts() (see TextsPending)
   */
  constructor(items, { defer = false, prebuilt = null } = {}) {
    const { texts, questionEnd, answerAt } = prebuilt ?? foldCards(items);
    this.size = questionEnd.length;
    this.texts = texts;
    this.questionEnd = questionEnd;
    this.answerAt = answerAt;
    this.last = null;
    this.all = null; // every card, made once
    if (prebuilt?.postings) this.#postings = Postings.fromData(prebuilt.postings);
    else if (!defer) this.postings;
    else if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(() => this.postings));
    else setTimeout(() => this.postings);
  }

  /** The folded texts, when they come after the postings. */
  setTexts(texts) {
    this.texts = texts;
  }

  /** The folded texts and the inverted index as plain data, for `prebuilt` (see Postings.buffers()). */
  toData() {
    return { texts: this.texts, questionEnd: this.questionEnd, answerAt: this.answerAt, postings: this.postings.toData() };
  }

  /** Only the letters of the index so far (see Postings.split): most queries throw PostingsPending. */
  get partial() {
    return this.#postings?.partial ?? false;
  }

  /** The inverted index of the texts (postings.js). */
  get postings() {
    return (this.#postings ??= new Postings(this.texts));
  }

  /**
   * Indices of the cards matching a query (parseQuery's, or a folded string),
   * ascending, in a typed array the caller must not change; all when it has no term.
   */
  search(query) {
    if (typeof query === 'string') query = { terms: query ? [query] : [], scope: 'both' };
    const { terms, scope } = query;
    const n = this.size;
    let hits;
    if (terms.length === 0) {
      if (!this.all) {
        this.all = new Int32Array(n);
        for (let i = 0; i < n; i++) this.all[i] = i;
      }
      hits = this.all;
    } else {
      // Typing on: when every old term lies inside a new one, only the cards that matched can match.
      const last = this.last;
      const narrow = last && last.terms.length && last.scope === scope && last.terms.every((t) => terms.some((u) => u.includes(t))) ? last.hits : null;
      let list = null;
      let verify = terms;
      if (!narrow || narrow.length > NARROW_READ || !this.texts) {
        // The index: each term's candidates, the smallest first, intersected;
        // only the terms it cannot settle are looked for in the text.
        const found = terms.map((t) => ({ t, ...this.postings.candidates(t) }));
        found.sort((a, b) => (a.list ? a.list.length : n) - (b.list ? b.list.length : n));
        for (const f of found) if (f.list) list = list ? intersect(list, f.list) : f.list;
        if (narrow) list = list ? intersect(list, narrow) : narrow;
        if (scope === 'both') verify = found.filter((f) => !f.exact).map((f) => f.t);
      } else {
        list = narrow; // few cards: reading them beats the index
      }
      const m = list ? list.length : n;
      if (verify.length && !this.texts) throw new TextsPending();
      if (verify.length === 0) {
        hits = list; // read-only: may be a view of the index's own lists
      } else {
        const found = [];
        for (let j = 0; j < m; j++) {
          const i = list ? list[j] : j;
          if (scope === 'question' && this.questionEnd[i] === 0) continue;
          if (scope === 'answer' && this.answerAt[i] < 0) continue;
          let ok = true;
          for (const t of verify) if (!this.#has(i, t, scope)) { ok = false; break; }
          if (ok) found.push(i);
        }
        hits = Int32Array.from(found);
      }
    }
    this.last = { terms, scope, hits };
    return hits;
  }

  #has(i, term, scope) {
    const text = this.texts[i];
    if (scope === 'both') return text.includes(term);
    if (scope === 'answer') return text.indexOf(term, this.answerAt[i]) !== -1;
    const at = text.indexOf(term);
    return at !== -1 && at + term.length <= this.questionEnd[i];
  }

  /** How many times the query's terms occur in card `i`, within its scope. */
  countMatches(i, { terms, scope }) {
    const text = this.texts[i];
    const from = scope === 'answer' ? this.answerAt[i] : 0;
    const to = scope === 'question' ? this.questionEnd[i] : text.length;
    if (from < 0) return 0;
    let count = 0;
    for (const t of terms) {
      for (let at = text.indexOf(t, from); at !== -1 && at + t.length <= to; at = text.indexOf(t, at + t.length)) count++;
    }
    return count;
  }

  /** The matches of the query in all these cards. */
  totalMatches(cards, query) {
    let total = 0;
    for (const i of cards) total += this.countMatches(i, query);
    return total;
  }
}

/**
 * Each card's folded text, questions first, then answers from `answerAt`
 * (-1: none; statements are all answer, unparsed text is neither), and
 * where its question ends: TextIndex's texts, made where the cards are.
 */
export function foldCards(items) {
  const n = items.length;
  const texts = new Array(n);
  const questionEnd = new Int32Array(n);
  const answerAt = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const item = items[i];
    if (item.kind === 'exchange') {
      const q = fold(item.question.paragraphs.join('\n'));
      texts[i] = `${q}\n${fold(item.answer.paragraphs.join('\n'))}`;
      questionEnd[i] = q.length;
      answerAt[i] = q.length + 1;
    } else {
      texts[i] = fold(searchableText(item));
      answerAt[i] = item.kind === 'statement' ? 0 : -1;
    }
  }
  return { texts, questionEnd, answerAt };
}

/**
 * Thrown by search() when the query must be checked in the texts and they
 * are not there yet (an index given its postings first, its texts later:
 * the archive reads them in that order); a one-word query needs none.
 */
export class TextsPending extends Error {
  constructor() {
    super('the texts of the search index are still being read');
    this.name = 'TextsPending';
  }
}

/** Below this many cards, a query typed on reads the previous result rather than the index. */
const NARROW_READ = 256;
/** Above this many cards, the page paints them before it builds the inverted index. */
const DEFER_FROM = 5_000;

/** The search index with the facets (outlet, speaker, kind, place, topic) of one transcript's cards. */
export class SearchIndex extends TextIndex {
  /**
   * @param items  Transcript.items
   * @param places Transcript.places (names for the place facet's codes)
   */
  #counted = null; // the last counts with nothing picked: { hits, counts }
  #countedAll = null; // those of every card

  #items;
  #byId = null;

  /** @param prebuilt what a worker made: the folded texts and index (TextIndex's), and `facets` (facetsOf's), or null */
  constructor(items, places = [], { prebuilt = null } = {}) {
    // A briefing's cards are indexed at once; tens of thousands once they are painted.
    super(items, { defer: items.length > DEFER_FROM, prebuilt });
    this.#items = items;
    this.facets = prebuilt?.facets
      ? Object.fromEntries(FACETS.map((name) => [name, Object.setPrototypeOf(prebuilt.facets[name], Facet.prototype)]))
      : facetsOf(items, places);
  }

  /** Card index by item id (made on first use). */
  get byId() {
    return (this.#byId ??= new Map(this.#items.map((item, i) => [item.id, i])));
  }

  /** Facet value names, in order of first appearance (compatibility). */
  get outlets() { return this.facets.outlet.names; }
  get speakers() { return this.facets.speaker.names; }

  /**
   * The facet selection from attribute-style values ({outlet: ['AFP',
   * 'Reuters'], kind: []}): per facet a Uint8Array marking the values picked,
   * or null for "any". A name the facet lacks selects nothing.
   */
  selection(picked) {
    const out = {};
    for (const name of FACETS) {
      const values = picked[name] ?? [];
      if (values.length === 0) { out[name] = null; continue; }
      const facet = this.facets[name];
      const marks = new Uint8Array(facet.names.length);
      for (const v of values) {
        const id = facet.ids.get(v) ?? facet.ids.get(facet.aliases.get(v));
        if (id !== undefined) marks[id] = 1;
      }
      out[name] = marks;
    }
    return out;
  }

  /**
   * Applies a selection (see selection()) to the search hits. Returns the
   * cards shown and, per facet, each value's count under the search and
   * every other facet's selection (what its chip would add if pressed).
   */
  filter(hits, selection = {}) {
    const facets = FACETS.map((name) => this.facets[name]);
    const picks = FACETS.map((name) => selection[name] ?? null);
    const counts = facets.map((f) => new Int32Array(f.names.length));
    if (picks.every((p) => !p)) {
      // Nothing picked: every hit is shown, and counted once per value.
      const last = this.#counted;
      const same = [last, this.#countedAll].find((c) => c?.hits === hits);
      if (same) return { shown: toArray(hits), counts: byFacet(same.counts.map((c) => c.slice())) };
      // Typing on or deleting changes a few cards of many: the last counts,
      // with the cards that left or came, cost less than counting afresh.
      if (!(last && recount(facets, last, hits, counts))) tally(facets, counts, hits, 1);
      this.#counted = { hits, counts: counts.map((c) => c.slice()) };
      if (hits === this.all) this.#countedAll = this.#counted; // an empty search box, again and again
      return { shown: toArray(hits), counts: byFacet(counts) };
    }
    const shown = [];
    const m = facets.length;
    for (let j = 0; j < hits.length; j++) {
      const i = hits[j];
      let misses = 0;
      let missed = -1;
      for (let f = 0; f < m && misses < 2; f++) {
        const pick = picks[f];
        if (!pick) continue;
        const { offsets, values } = facets[f];
        let ok = false;
        for (let k = offsets[i]; k < offsets[i + 1]; k++) if (pick[values[k]]) { ok = true; break; }
        if (!ok) { misses++; missed = f; }
      }
      if (misses > 1) continue;
      if (misses === 0) shown.push(i);
      for (let f = 0; f < m; f++) {
        if (misses === 1 && f !== missed) continue;
        const { offsets, values } = facets[f];
        const c = counts[f];
        for (let k = offsets[i]; k < offsets[i + 1]; k++) c[values[k]]++;
      }
    }
    return { shown, counts: byFacet(counts) };
  }
}

/**
 * The facets of cards (outlet, speaker, kind, place, topic; FACETS): each
 * value's name and label, and each card's values. Plain data (typed arrays
 * and Maps), so a worker can make it for the page (SearchIndex `prebuilt`).
 */
export function facetsOf(items, places = []) {
  const n = items.length;
  const byItemId = new Map(items.map((item) => [item.id, item]));
  const placeName = new Map(places.map((p) => [p.code, p.name]));
  const facets = Object.fromEntries(FACETS.map((name) => [name, new Facet(name, n)]));
  const { outlet, speaker, kind, place, topic } = facets;
  for (const k of KINDS) kind.ids.set(k, kind.names.push(k) - 1);
  kind.labels = [...KINDS];
  for (let i = 0; i < n; i++) {
    const item = items[i];
    outlet.add(i, outletKey(item, byItemId));
    if (item.kind === 'exchange' && item.asker.outlet && item.asker.outlet_canonical) outlet.aliases.set(item.asker.outlet, item.asker.outlet_canonical);
    speaker.add(i, speakerKey(item));
    kind.add(i, kindOf(item));
    for (const code of item.tags?.places ?? []) place.add(i, code, placeName.get(code) ?? code);
    for (const t of item.tags?.topics ?? []) topic.add(i, t);
    for (const f of FACETS) facets[f].end(i);
  }
  for (const f of FACETS) facets[f].seal();
  return facets;
}

/** Per-facet counts (in FACETS order) keyed by facet name. */
const byFacet = (counts) => Object.fromEntries(FACETS.map((name, f) => [name, counts[f]]));

/** Adds `by` to each facet's count of every value of each of the `cards`. */
function tally(facets, counts, cards, by) {
  for (let f = 0; f < facets.length; f++) {
    const { offsets, values } = facets[f];
    const c = counts[f];
    for (let j = 0; j < cards.length; j++) {
      const i = cards[j];
      for (let k = offsets[i]; k < offsets[i + 1]; k++) c[values[k]] += by;
    }
  }
}

/** A plain array of a typed one: Array.from goes through the iterator, 2 ms for 37,000 cards. */
function toArray(typed) {
  const out = new Array(typed.length);
  for (let i = 0; i < typed.length; i++) out[i] = typed[i];
  return out;
}

/**
 * Fills `counts` (zeroed, one Int32Array per facet) for the sorted card list
 * `hits` from the counts of an earlier sorted list: a copy of those, less
 * each card only there, plus each card only here. Gives up (false) as soon as
 * the cards that differ outnumber `hits`, when counting afresh is cheaper.
 */
function recount(facets, last, hits, counts) {
  const old = last.hits;
  if (Math.abs(old.length - hits.length) >= hits.length) return false;
  const gone = [];
  const came = [];
  let a = 0;
  let b = 0;
  while (a < old.length || b < hits.length) {
    const x = a < old.length ? old[a] : Infinity;
    const y = b < hits.length ? hits[b] : Infinity;
    if (x === y) { a++; b++; continue; }
    if (x < y) { gone.push(x); a++; } else { came.push(y); b++; }
    if (gone.length + came.length >= hits.length) return false;
  }
  counts.forEach((c, f) => c.set(last.counts[f]));
  tally(facets, counts, gone, -1);
  tally(facets, counts, came, 1);
  return true;
}
