// An inverted index over folded texts (fold.js), for substring search: it
// finds the texts that can hold a term without reading them, and says when
// what it found is exact. Text is cut into runs of one class of characters:
//  - words (Latin, Cyrillic, digits, any letter outside the scripts below):
//    each distinct word is a token with the sorted list of the texts that
//    hold it; a term's word is also found inside longer words (kong in
//    hongkong) through a trigram index of the words (or, for one or two
//    letters, a search of them all joined; one letter a–z: a bit per text);
//  - ideographs, kana, Hangul, Thai (written without spaces): each character
//    and each pair of neighbouring characters is a token;
//  - the rest (spaces, punctuation) separates.
// A term is cut the same way. Each of its words must lie inside one word of
// the text (ending a word where the term goes on with another class,
// beginning one where the term came from another class), and each of its
// runs of ideographs must have every pair it holds; the texts having all of
// that are the candidates. Candidates are exact for a term of one word or of
// one or two ideographs; otherwise the caller verifies them in the text.
// Posting lists are text indices, ascending, in one typed array (16 bits
// a text up to 65,535 texts).

const SEP = 0;
const WORD = 1;
const GRAM = 2;

/** The class of a UTF-16 code unit (the same function for texts and terms). */
const CLASS = new Uint8Array(65536).fill(WORD);
const range = (from, to, cls) => CLASS.fill(cls, from, to + 1);
range(0, 0x7f, SEP);
range(0x30, 0x39, WORD);
range(0x41, 0x5a, WORD);
range(0x61, 0x7a, WORD);
range(0x80, 0xbf, SEP); // controls, no-break space, Latin-1 punctuation
CLASS[0xaa] = CLASS[0xb2] = CLASS[0xb3] = CLASS[0xb5] = CLASS[0xb9] = CLASS[0xba] = WORD;
range(0xd7, 0xd7, SEP);
range(0xf7, 0xf7, SEP);
range(0x2000, 0x2bff, SEP); // general punctuation, symbols, arrows, shapes
range(0x2e00, 0x2e7f, SEP);
range(0x2e80, 0x2fdf, GRAM); // radicals
range(0x3000, 0x303f, SEP); // CJK punctuation
range(0x3005, 0x3007, GRAM);
range(0x3021, 0x3029, GRAM);
range(0x3040, 0x31ff, GRAM); // kana, bopomofo, Hangul compatibility jamo
range(0x3400, 0x4dbf, GRAM);
range(0x4e00, 0x9fff, GRAM);
range(0xa000, 0xa4cf, GRAM); // Yi
range(0xac00, 0xd7af, GRAM); // Hangul
range(0x1100, 0x11ff, GRAM);
range(0x0e00, 0x0e7f, GRAM); // Thai
range(0xf900, 0xfaff, GRAM);
range(0xfe30, 0xfe4f, SEP);
range(0xff00, 0xff0f, SEP);
range(0xff61, 0xff65, SEP);
range(0xff66, 0xff9f, GRAM);
range(0xfff0, 0xffff, SEP);

/** The runs of one class of a term: [{cls, start, end}], separators left out. */
export function pieces(term) {
  const out = [];
  let start = 0;
  let cls = SEP;
  for (let k = 0; k <= term.length; k++) {
    const c = k < term.length ? CLASS[term.charCodeAt(k)] : SEP;
    if (c === cls) continue;
    if (cls !== SEP) out.push({ cls, start, end: k });
    cls = c;
    start = k;
  }
  return out;
}

/** Open addressing: int keys (never 0) → ids. */
class IntMap {
  /** @param data a map's toData(), to take as it is (no copy) */
  constructor(bits = 14, data = null) {
    if (data) Object.assign(this, data);
    else this.#alloc(bits);
  }

  /** The map as plain data (typed arrays), for IndexedDB or postMessage. */
  toData() {
    return { keys: this.keys, vals: this.vals, shift: this.shift, size: this.size };
  }

  #alloc(bits) {
    this.keys = new Int32Array(1 << bits);
    this.vals = new Int32Array(1 << bits);
    this.shift = 32 - bits; // the product's high bits: its low bits see only the key's low bits
    this.size = 0;
  }

  get(key) {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const k = keys[h];
      if (k === key) return this.vals[h];
      if (k === 0) return -1;
    }
  }

  /** The id of `key`, or `fresh` (stored) when it has none. */
  getOrSet(key, fresh) {
    const { keys } = this;
    const mask = keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (; ; h = (h + 1) & mask) {
      const k = keys[h];
      if (k === key) return this.vals[h];
      if (k === 0) break;
    }
    keys[h] = key;
    this.vals[h] = fresh;
    if (++this.size * 2 > keys.length) this.#grow();
    return fresh;
  }

  #grow() {
    const { keys, vals } = this;
    this.#alloc(33 - this.shift);
    for (let h = 0; h < keys.length; h++) if (keys[h] !== 0) this.getOrSet(keys[h], vals[h]);
  }
}

/** A growable Int32Array. */
class Ints {
  constructor(capacity = 1024) {
    this.a = new Int32Array(capacity);
    this.length = 0;
  }

  push(x) {
    if (this.length === this.a.length) {
      const b = new Int32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = x;
  }
}

/** Words → ids: open addressing on a hash the caller computed while reading the word. */
class WordMap {
  list = []; // the words, in order of first appearance
  ids = []; // their token ids
  #hashes = [];
  #slots = new Int32Array(1 << 14); // word index + 1, or 0
  #shift = 18;

  /** The token id of text[start, end) with that hash, or `fresh` (the word is added). */
  getOrSet(text, start, end, hash, fresh) {
    const slots = this.#slots;
    const mask = slots.length - 1;
    const len = end - start;
    let h = Math.imul(hash, 0x9e3779b1) >>> this.#shift;
    for (; ; h = (h + 1) & mask) {
      const w = slots[h] - 1;
      if (w < 0) break;
      if (this.#hashes[w] === hash && this.list[w].length === len && text.startsWith(this.list[w], start)) return this.ids[w];
    }
    slots[h] = this.list.push(text.slice(start, end));
    this.ids.push(fresh);
    this.#hashes.push(hash);
    if (this.list.length * 2 > slots.length) {
      this.#slots = new Int32Array(slots.length * 2);
      this.#shift--;
      const m = this.#slots.length - 1;
      for (let w = 0; w < this.list.length; w++) {
        let g = Math.imul(this.#hashes[w], 0x9e3779b1) >>> this.#shift;
        while (this.#slots[g] !== 0) g = (g + 1) & m;
        this.#slots[g] = w + 1;
      }
    }
    return fresh;
  }
}

/** What toData() gives and fromData() takes, besides the two maps. */
const FIELDS = ['size', 'offsets', 'postings', 'letters', 'letterPairs', 'chars', 'vocabulary', 'wordStarts', 'wordIds', 'triStart', 'triWords'];
/** Of those, what a term of one or two letters a–z needs: a tenth of the index, which the archive reads first. */
const LETTER_FIELDS = ['size', 'letters', 'letterPairs'];

/**
 * Thrown by candidates() of an index given its letters only (see
 * Postings.split) for a term that needs the rest, still being read.
 */
export class PostingsPending extends Error {
  constructor() {
    super('the search index is still being read');
    this.name = 'PostingsPending';
  }
}

export class Postings {
  /** Made from the letters alone (split's first half): other terms throw PostingsPending. */
  partial = false;

  /**
   * The index as plain data (typed arrays and one string): what a worker
   * sends (the arrays' buffers transferred, see buffers()) or IndexedDB
   * keeps, so the index is built once, not on every open.
   */
  toData() {
    const data = Object.fromEntries(FIELDS.map((f) => [f, this[f]]));
    return { ...data, pairs: this.pairs.toData(), trigrams: this.trigrams.toData() };
  }

  /** The index from toData()'s data (taken as it is, not copied). */
  static fromData(data) {
    return new Postings(null, data);
  }

  /**
   * toData()'s data in two: [the letters (what a term of one or two letters
   * a–z needs, as an index of its own: fromData takes it), the rest]; the
   * two joined ({...letters, ...rest}) are the whole again.
   */
  static split(data) {
    const rest = { ...data };
    const letters = {};
    for (const f of LETTER_FIELDS) { letters[f] = data[f]; delete rest[f]; }
    return [letters, rest];
  }

  /** The array buffers of toData()'s data, for postMessage's transfer list. */
  static buffers(data) {
    const out = [];
    for (const v of [...Object.values(data), ...Object.values(data.pairs), ...Object.values(data.trigrams)]) if (ArrayBuffer.isView(v)) out.push(v.buffer);
    return [...new Set(out)];
  }

  /** @param texts folded texts (fold.js); or null, with `data` from toData() */
  constructor(texts, data = null) {
    if (data) {
      for (const f of FIELDS) this[f] = data[f];
      this.partial = data.vocabulary === undefined;
      if (this.partial) return;
      this.pairs = new IntMap(0, data.pairs);
      this.trigrams = new IntMap(0, data.trigrams);
      this.wordList = this.vocabulary.slice(1, -1).split('\n');
      if (this.wordList.length === 1 && this.wordList[0] === '') this.wordList = [];
      this.bits = null;
      return;
    }
    const n = texts.length;
    this.size = n;
    const words = new WordMap();
    const chars = new Int32Array(65536).fill(-1); // one ideograph → its token id
    const pairs = new IntMap(); // two → id
    let ids = 0; // tokens so far
    let last = new Int32Array(1 << 16).fill(-1); // per token: the last text that had it
    let count = new Int32Array(1 << 16);
    const forward = new Ints(1 << 20); // per text, its distinct tokens
    const starts = new Int32Array(n + 1);
    const letters = new Int32Array(n); // per text, a bit for each letter a–z it holds
    const letterPairs = new Uint32Array(n * PAIR_WORDS); // per text, a bit for each pair of letters a–z it holds
    const add = (id, i) => {
      if (id === ids) {
        ids++;
        if (ids > last.length) {
          const l = new Int32Array(last.length * 2).fill(-1);
          l.set(last);
          last = l;
          const c = new Int32Array(last.length);
          c.set(count);
          count = c;
        }
      }
      if (last[id] === i) return;
      last[id] = i;
      count[id]++;
      forward.push(id);
    };
    for (let i = 0; i < n; i++) {
      const text = texts[i];
      const length = text.length;
      let mask = 0;
      let start = 0;
      let hash = 0;
      let cls = SEP;
      let prev = 0;
      let letter = -1; // the letter a–z just before, in this word (0–25), or -1
      for (let k = 0; k <= length; k++) {
        const code = k < length ? text.charCodeAt(k) : 0;
        const c = CLASS[code];
        if (c === WORD) {
          if (isLetter(code)) {
            mask |= 1 << (code - 97);
            if (letter >= 0) {
              const p = letter * 26 + code - 97;
              letterPairs[i * PAIR_WORDS + (p >> 5)] |= 1 << (p & 31);
            }
            letter = code - 97;
          } else {
            letter = -1;
          }
          if (cls !== WORD) {
            cls = WORD;
            start = k;
            hash = 0x811c9dc5;
          }
          hash = Math.imul(hash ^ code, 0x01000193);
          continue;
        }
        letter = -1;
        if (cls === WORD) add(words.getOrSet(text, start, k, hash, ids), i);
        if (c === GRAM) {
          let id = chars[code];
          if (id < 0) chars[code] = id = ids;
          add(id, i);
          if (cls === GRAM) add(pairs.getOrSet((prev << 16) | code, ids), i);
          prev = code;
        }
        cls = c;
      }
      letters[i] = mask;
      starts[i + 1] = forward.length;
    }
    // Posting lists: counted, then filled text by text (so each is sorted).
    const offsets = new Int32Array(ids + 1);
    for (let id = 0; id < ids; id++) offsets[id + 1] = offsets[id] + count[id];
    const at = offsets.slice(0, ids);
    // Text indices fit 16 bits in all but the largest archives.
    const postings = new (n <= 0xffff ? Uint16Array : Int32Array)(offsets[ids]);
    const fw = forward.a;
    for (let i = 0; i < n; i++) for (let k = starts[i]; k < starts[i + 1]; k++) postings[at[fw[k]]++] = i;
    this.offsets = offsets;
    this.postings = postings;
    this.letters = letters;
    this.letterPairs = letterPairs;
    this.chars = chars;
    this.pairs = pairs;
    // The vocabulary: "\nword\nword\n…", and where each word begins.
    const wordList = words.list;
    this.vocabulary = `\n${wordList.join('\n')}\n`;
    this.wordStarts = new Int32Array(wordList.length + 1);
    for (let w = 0, pos = 1; w <= wordList.length; w++) {
      this.wordStarts[w] = pos;
      if (w < wordList.length) pos += wordList[w].length + 1;
    }
    this.wordIds = Int32Array.from(words.ids);
    this.wordList = wordList;
    // Each run of three code units → the words holding it, so a piece of
    // three or more is looked for in a few words, not the whole vocabulary.
    const trigrams = new IntMap();
    const pairs3 = new Ints();
    let tri = 0;
    wordList.forEach((word, w) => {
      for (let k = 2; k < word.length; k++) {
        const t = trigrams.getOrSet(trigram(word, k), tri);
        if (t === tri) tri++;
        pairs3.push(t);
        pairs3.push(w);
      }
    });
    const triStart = new Int32Array(tri + 1);
    for (let k = 0; k < pairs3.length; k += 2) triStart[pairs3.a[k] + 1]++;
    for (let t = 0; t < tri; t++) triStart[t + 1] += triStart[t];
    const fill = triStart.slice(0, tri);
    const triWords = new Int32Array(pairs3.length >> 1);
    for (let k = 0; k < pairs3.length; k += 2) triWords[fill[pairs3.a[k]]++] = pairs3.a[k + 1];
    this.trigrams = trigrams;
    this.triStart = triStart;
    this.triWords = triWords; // may repeat a word (a trigram twice in it): harmless
    this.bits = null; // scratch for unions
  }

  /** The posting list of a token id. */
  list(id) {
    return this.postings.subarray(this.offsets[id], this.offsets[id + 1]);
  }

  /** The ids of the words holding `piece` (at their start, end, or both when asked). */
  words(piece, atStart, atEnd) {
    if (piece.length >= 3) {
      // The words holding the piece's rarest trigram, checked.
      let best = -1;
      for (let k = 2; k < piece.length; k++) {
        const t = this.trigrams.get(trigram(piece, k));
        if (t < 0) return [];
        if (best < 0 || this.triStart[t + 1] - this.triStart[t] < this.triStart[best + 1] - this.triStart[best]) best = t;
      }
      const found = [];
      let previous = -1;
      for (let k = this.triStart[best]; k < this.triStart[best + 1]; k++) {
        const w = this.triWords[k];
        if (w === previous) continue;
        previous = w;
        const word = this.wordList[w];
        if (atStart && atEnd ? word === piece : atStart ? word.startsWith(piece) : atEnd ? word.endsWith(piece) : word.includes(piece)) found.push(this.wordIds[w]);
      }
      return found;
    }
    const needle = `${atStart ? '\n' : ''}${piece}${atEnd ? '\n' : ''}`;
    const { vocabulary: v, wordStarts: s, wordIds } = this;
    const found = [];
    for (let at = v.indexOf(needle); at !== -1;) {
      // The word the match is in: the last start at or before it.
      const pos = atStart ? at + 1 : at;
      let lo = 0;
      let hi = s.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (s[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      found.push(wordIds[lo]);
      at = v.indexOf(needle, atStart ? s[lo + 1] - 1 : s[lo + 1]);
    }
    return found;
  }

  /** Union of posting lists (sorted, distinct). */
  union(ids) {
    if (ids.length === 1) return this.list(ids[0]);
    let total = 0;
    for (const id of ids) total += this.offsets[id + 1] - this.offsets[id];
    // A bit per text, then the bits set, in order.
    const bits = (this.bits ??= new Uint32Array((this.size + 31) >> 5));
    const { postings, offsets } = this;
    for (const id of ids) {
      for (let k = offsets[id]; k < offsets[id + 1]; k++) {
        const x = postings[k];
        bits[x >> 5] |= 1 << (x & 31);
      }
    }
    const out = new Int32Array(Math.min(total, this.size));
    let m = 0;
    for (let w = 0; w < bits.length; w++) {
      let b = bits[w];
      if (b === 0) continue;
      bits[w] = 0;
      while (b !== 0) {
        const low = b & -b;
        out[m++] = (w << 5) | (31 - Math.clz32(low));
        b ^= low;
      }
    }
    return out.subarray(0, m);
  }

  /** The texts holding the letter (a char code from a to z). */
  #withLetter(code) {
    return this.#withBit(this.letters, 1, 0, 1 << (code - 97));
  }

  /** The texts holding the two letters a–z (char codes) side by side. */
  #withPair(a, b) {
    const p = (a - 97) * 26 + b - 97;
    return this.#withBit(this.letterPairs, PAIR_WORDS, p >> 5, 1 << (p & 31));
  }

  /** The texts with `bit` set in word `word` of their `stride` words of `bits`. */
  #withBit(bits, stride, word, bit) {
    const { size } = this;
    let m = 0;
    for (let i = 0; i < size; i++) if (bits[i * stride + word] & bit) m++;
    const out = new Int32Array(m);
    for (let i = 0, j = 0; j < m; i++) if (bits[i * stride + word] & bit) out[j++] = i;
    return out;
  }

  /**
   * The texts that may hold `term` (folded): {list (sorted text indices, or
   * null for "any text"), exact (every one of them holds it)}.
   */
  candidates(term) {
    const runs = pieces(term);
    let list = null;
    for (const { cls, start, end } of runs) {
      let found;
      const letter = cls === WORD && isLetter(term.charCodeAt(start));
      const one = letter && end - start === 1;
      const two = letter && end - start === 2 && isLetter(term.charCodeAt(start + 1));
      if (this.partial && !one && !two) throw new PostingsPending();
      if (one) {
        found = this.#withLetter(term.charCodeAt(start)); // "t" is in hundreds of words: a bit per text is quicker
      } else if (two) {
        // "ti" is in thousands of words (a union of their lists took ~9 ms at 30,000 cards): a bit per text per pair.
        found = this.#withPair(term.charCodeAt(start), term.charCodeAt(start + 1));
      } else if (cls === WORD) {
        found = this.union(this.words(term.slice(start, end), start > 0, end < term.length));
      } else {
        // One ideograph: its own list; more: every pair's.
        found = null;
        for (let k = end - start === 1 ? start : start + 1; k < end; k++) {
          const code = term.charCodeAt(k);
          const id = k === start ? this.chars[code] : this.pairs.get((term.charCodeAt(k - 1) << 16) | code);
          found = id < 0 ? EMPTY : found ? intersect(found, this.list(id)) : this.list(id);
          if (found.length === 0) break;
        }
      }
      list = list ? intersect(list, found) : found;
      if (list.length === 0) break;
    }
    // Exact: one run, the whole term (a word, or one or two ideographs).
    const exact = runs.length === 1 && runs[0].start === 0 && runs[0].end === term.length && (runs[0].cls === WORD || term.length <= 2);
    return { list, exact };
  }
}

const EMPTY = new Int32Array(0);
/** 26 × 26 pairs of letters, in 32-bit words. */
const PAIR_WORDS = 22;
/** A char code from a to z. */
const isLetter = (code) => code >= 97 && code <= 122;

/** The three code units of `s` ending at `k`, as a non-zero int (collisions are checked by the caller). */
function trigram(s, k) {
  return (Math.imul(s.charCodeAt(k - 2), 0x9e3779b1) ^ Math.imul(s.charCodeAt(k - 1), 0x85ebca6b) ^ Math.imul(s.charCodeAt(k), 0xc2b2ae35)) | 1;
}

/** The values in both sorted lists. */
export function intersect(a, b) {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Int32Array(a.length);
  let m = 0;
  if (a.length * 32 < b.length) {
    // Few against many: binary search from where the last one was found.
    let lo = 0;
    for (let j = 0; j < a.length; j++) {
      const x = a[j];
      let hi = b.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (b[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      if (lo < b.length && b[lo] === x) out[m++] = x;
    }
  } else {
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
      const x = a[i];
      const y = b[j];
      if (x === y) { out[m++] = x; i++; j++; } else if (x < y) i++;
      else j++;
    }
  }
  return out.subarray(0, m);
}
