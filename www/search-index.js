// The search index behind the filters: every card's searchable text (question
// and answer, statement, or unparsed text), case-folded, with a bitmask of the
// ASCII letters it holds, plus a facet per card (kind, outlet, speaker) as
// typed arrays. A query checks only the cards holding all its letters, and
// typing on re-checks only the cards that matched: 30,000 cards in a frame.

export const KINDS = ['exchange', 'statement', 'unparsed'];

// Typographic punctuation folded to ASCII, one character for one: a search
// for "don't" finds "don’t".
const PUNCTUATION = /[\u2010-\u2015\u2018-\u201f\u2026\u2022\u2032\u2033]/g;
const ASCII = (c) => (c <= '\u2015' ? '-' : c <= '\u201b' || c === '\u2032' ? "'" : c <= '\u201f' || c === '\u2033' ? '"' : c === '\u2026' ? '.' : '*');

/** Case-folds without changing the length, so offsets map back to the text. */
export function fold(text) {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few letters (İ) lowercase to two code units: fold those one by one.
    lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  }
  return lower.replace(PUNCTUATION, ASCII);
}

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

/** The chip of exchanges whose asker named no outlet ("Q:", "问："). */
export const UNNAMED_OUTLET = 'Unnamed outlet';

/** Who spoke for the ministry on this card. */
export function speakerOf(item) {
  if (item.kind === 'exchange') return item.answer.speaker;
  if (item.kind === 'statement') return item.speaker;
  return null;
}

/** The outlet a chip groups by: its canonical name where the parser knows one ("路透社" → Reuters). */
function outletKey(item, byId) {
  if (item.kind !== 'exchange') return null;
  const own = item.asker.outlet_canonical ?? item.asker.outlet;
  if (own) return own;
  const first = item.follow_up && item.follows ? byId.get(item.follows) : null;
  return first && first !== item ? outletKey(first, byId) : UNNAMED_OUTLET;
}

/** The speaker the menu groups by: canonical where known (华春莹 → Hua Chunying). */
function speakerKey(item) {
  if (item.kind === 'exchange') return item.answer.speaker_canonical ?? item.answer.speaker;
  if (item.kind === 'statement') return item.speaker_canonical ?? item.speaker;
  return null;
}

export class SearchIndex {
  constructor(items) {
    const n = items.length;
    this.size = n;
    this.byId = new Map(items.map((item, i) => [item.id, i]));
    const byItemId = new Map(items.map((item) => [item.id, item]));
    this.kind = new Uint8Array(n);
    this.outlet = new Int32Array(n);
    this.speaker = new Int32Array(n);
    this.outlets = []; // names, in order of first appearance
    this.speakers = [];
    const outletIds = new Map();
    const speakerIds = new Map();
    const idOf = (map, list, name) => {
      if (name == null) return -1;
      let id = map.get(name);
      if (id === undefined) map.set(name, (id = list.push(name) - 1));
      return id;
    };
    for (let i = 0; i < n; i++) {
      const item = items[i];
      this.kind[i] = KINDS.indexOf(item.kind);
      this.outlet[i] = idOf(outletIds, this.outlets, outletKey(item, byItemId));
      this.speaker[i] = idOf(speakerIds, this.speakers, speakerKey(item));
    }
    // Each card's folded text, and which ASCII letters and digits it holds
    // (a bit each): a query skips every card missing one of its letters.
    this.texts = items.map((item) => fold(searchableText(item)));
    this.letters = Int32Array.from(this.texts, letterMask);
    // And a 1,024-bit set of the character pairs it holds (hashed): a query
    // skips, too, the cards missing one of its pairs ("tik" needs "ti", "ik").
    this.pairs = new Int32Array(n * PAIR_WORDS);
    this.texts.forEach((text, i) => {
      const base = i * PAIR_WORDS;
      for (let k = 1; k < text.length; k++) {
        const h = pairHash(text.charCodeAt(k - 1), text.charCodeAt(k));
        this.pairs[base + (h >>> 5)] |= 1 << (h & 31);
      }
    });
    this.last = { query: null, hits: null };
  }

  /** Indices of the cards whose text contains `query` (already folded); all when empty. */
  search(query) {
    let hits;
    if (!query) {
      hits = new Int32Array(this.size);
      for (let i = 0; i < this.size; i++) hits[i] = i;
    } else {
      // Typing on: only the cards that matched before can match now.
      const narrow = this.last.query && query.includes(this.last.query) ? this.last.hits : null;
      const { texts, letters, pairs } = this;
      const need = letterMask(query);
      const needPairs = [];
      for (let k = 1; k < query.length; k++) needPairs.push(pairHash(query.charCodeAt(k - 1), query.charCodeAt(k)));
      const found = [];
      const n = narrow ? narrow.length : this.size;
      next: for (let j = 0; j < n; j++) {
        const i = narrow ? narrow[j] : j;
        if ((letters[i] & need) !== need) continue;
        const base = i * PAIR_WORDS;
        for (const h of needPairs) if ((pairs[base + (h >>> 5)] & (1 << (h & 31))) === 0) continue next;
        if (texts[i].includes(query)) found.push(i);
      }
      hits = Int32Array.from(found);
    }
    this.last = { query, hits };
    return hits;
  }

  /**
   * Applies the facets to the search hits. Returns the cards shown, and for
   * each facet the counts under the other filters (what a chip would show
   * if pressed). A facet value of -2 means "any".
   */
  filter(hits, { outlet = -2, kind = -2, speaker = -2 }) {
    const outletCounts = new Int32Array(this.outlets.length);
    const kindCounts = new Int32Array(KINDS.length);
    const speakerCounts = new Int32Array(this.speakers.length);
    const shown = [];
    for (let j = 0; j < hits.length; j++) {
      const i = hits[j];
      const o = this.outlet[i];
      const k = this.kind[i];
      const s = this.speaker[i];
      const okO = outlet === -2 || o === outlet;
      const okK = kind === -2 || k === kind;
      const okS = speaker === -2 || s === speaker;
      if (okK && okS && o >= 0) outletCounts[o]++;
      if (okO && okS) kindCounts[k]++;
      if (okO && okK && s >= 0) speakerCounts[s]++;
      if (okO && okK && okS) shown.push(i);
    }
    return { shown, outletCounts, kindCounts, speakerCounts };
  }
}

const PAIR_WORDS = 32; // 1,024 bits a card

/** A pair of characters hashed to 0..1023. */
function pairHash(a, b) {
  return Math.imul(a * 65599 + b, 0x9e3779b1) >>> 22;
}

/** A bit for each ASCII letter a–z in the (folded) text, and one for any digit. */
function letterMask(text) {
  let mask = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
  }
  return mask;
}
