// Questions put to the archive's table (archive-table.js), DOM-free, in the
// archive's worker: the cards matching a query and a filter set (search
// through search-index.js's TextIndex; facets OR-free: one value each, AND
// across; each facet's counts under the other filters, as the menus show
// them; and the counts within the cards shown, as the bar lists do); minor
// statements kept apart (never a card; exports still carry them); and the
// timeline of one or several result sets on one axis, per week, month or
// year (chosen from the range shown), split by institution or spokesperson.

import { parseQuery } from '../search/search-index.js';
import { FACETS, UNDATED, epochDay, isoDay, monthOf } from './archive-table.js';

/** A filter set as the page, the URL and the worker all say it: names, not ids ('' = any). */
export const FILTER_KEYS = ['q', 'scope', 'from', 'to', ...FACETS];
export const NONE = -3; // a name the archive does not hold: nothing matches
const ANY = -1;

/** One array per facet (in FACETS order) → {facet: array}. */
const byFacet = (arrays) => Object.fromEntries(FACETS.map((f, k) => [f, arrays[k]]));

/** How many series a split shows before the rest is "Other". */
const SPLIT_TOP = 6;

export class ArchiveQuery {
  /** @param table assemble()'s (its text not needed); text a TextIndex over its cards, or null until loaded */
  constructor(table, text = null) {
    this.table = table;
    this.text = text;
    this.ids = Object.fromEntries(FACETS.map((f) => [f, new Map(table.names[f].map((name, id) => [name, id]))]));
  }

  /** The cards of a filter set: {shown, minor (Int32Array, card order), counts, within ({facet: Int32Array}), transcripts}. */
  run(filters = {}) {
    const t = this.table;
    const query = parseQuery(filters.q ?? '', filters.scope || 'both');
    if (query.terms.length && !this.text) throw new Error('the search index is not loaded yet');
    const hits = query.terms.length ? this.text.search(query) : null;
    const lo = filters.from ? epochDay(filters.from) : UNDATED;
    const hi = filters.to ? epochDay(filters.to) : UNDATED;
    const picks = FACETS.map((f) => (filters[f] ? this.ids[f].get(filters[f]) ?? NONE : ANY));
    if (hits && hits.length > t.size / 2 && lo === UNDATED && hi === UNDATED && picks.every((p) => p === ANY)) return this.#mostly(hits, query.terms);
    const lists = FACETS.map((f) => t.facets[f]);
    const counts = FACETS.map((f) => new Int32Array(t.names[f].length));
    const within = FACETS.map((f) => new Int32Array(t.names[f].length));
    const shown = new Int32Array(hits ? hits.length : t.size);
    const minor = [];
    let m = 0;
    let transcripts = 0;
    const F = FACETS.length;
    const ok = new Uint8Array(F);
    const n = hits ? hits.length : t.size;
    for (let j = 0, lastDoc = -1; j < n; j++) {
      const i = hits ? hits[j] : j;
      const d = t.eday[i];
      if ((lo !== UNDATED && (d < lo || d === UNDATED)) || (hi !== UNDATED && (d > hi || d === UNDATED))) continue;
      let misses = 0;
      for (let f = 0; f < F; f++) {
        const pick = picks[f];
        let yes = pick === ANY;
        if (!yes && pick !== NONE) {
          const { start, ids } = lists[f];
          for (let k = start[i]; k < start[i + 1]; k++) if (ids[k] === pick) { yes = true; break; }
        }
        ok[f] = yes ? 1 : 0;
        if (!yes) misses++;
      }
      if (misses > 1) continue;
      if (t.minor[i]) {
        if (misses === 0) minor.push(i);
        continue;
      }
      for (let f = 0; f < F; f++) {
        if (misses === 1 && ok[f]) continue; // counted under the other filters only: the one it misses
        const { start, ids } = lists[f];
        const c = counts[f];
        for (let k = start[i]; k < start[i + 1]; k++) c[ids[k]]++;
      }
      if (misses) continue;
      shown[m++] = i;
      if (t.doc[i] !== lastDoc) { lastDoc = t.doc[i]; transcripts++; }
      for (let f = 0; f < F; f++) {
        const { start, ids } = lists[f];
        const c = within[f];
        for (let k = start[i]; k < start[i + 1]; k++) c[ids[k]]++;
      }
    }
    return { shown: shown.slice(0, m), minor: Int32Array.from(minor), counts: byFacet(counts), within: byFacet(within), transcripts, terms: query.terms };
  }

  #all = null;

  /**
   * run({}): every card, counted once (the table does not change under one
   * ArchiveQuery); #mostly starts from it. Shared: never to be transferred.
   */
  get every() {
    return (this.#all ??= this.run({}));
  }

  /**
   * Counts every card (every) and draws their timeline, unseen: done while
   * the reader reads the first results, so the first keystroke finds both
   * counted and this code compiled.
   */
  prepare() {
    this.timeline([this.every.shown]);
  }

  /**
   * Runs a query once, unseen (its cards and timeline), when the index's
   * letters are in: a one-letter one and a two-letter one, so the first
   * keystrokes find that code compiled (the first one-letter query took
   * 3–5 ms more, and several times that on a busy machine).
   */
  prepareSearch(q) {
    this.timeline([this.run({ q }).shown]);
  }

  /**
   * run() of terms alone (no facet, no dates) that match most cards (a
   * first keystroke's one letter matches nine in ten): the counts of every
   * card (run({}) once) less those of the few cards missed, rather than
   * the counts of the many matched. With no filter to miss, a card's counts
   * and its counts within the cards shown are one and the same.
   */
  #mostly(hits, terms) {
    const t = this.table;
    const all = this.every;
    const lists = FACETS.map((f) => t.facets[f]);
    const counts = FACETS.map((f) => all.counts[f].slice());
    const shown = new Int32Array(hits.length);
    const minor = [];
    let m = 0;
    let transcripts = 0;
    for (let i = 0, j = 0, lastDoc = -1; i < t.size; i++) {
      if (j < hits.length && hits[j] === i) {
        j++;
        if (t.minor[i]) {
          minor.push(i);
        } else {
          shown[m++] = i;
          if (t.doc[i] !== lastDoc) { lastDoc = t.doc[i]; transcripts++; }
        }
      } else if (!t.minor[i]) {
        for (let f = 0; f < lists.length; f++) {
          const { start, ids } = lists[f];
          const c = counts[f];
          for (let k = start[i]; k < start[i + 1]; k++) c[ids[k]]--;
        }
      }
    }
    return { shown: shown.slice(0, m), minor: Int32Array.from(minor), counts: byFacet(counts), within: byFacet(counts.map((c) => c.slice())), transcripts, terms };
  }

  /**
   * The timeline of result sets (run()'s `shown`) on one axis: {unit
   * ('week'|'month'|'year'), starts, ends ('YYYY-MM-DD' per bucket), sets:
   * [{series: [{name, counts}], undated}]}. The range is from–to where set,
   * else that of the cards shown; the unit the finest that keeps the bars
   * readable. `split`: '' (one series), 'institution' or 'speaker' (the
   * card's main spokesperson), the largest SPLIT_TOP and "Other".
   */
  timeline(sets, { from = '', to = '', split = '' } = {}) {
    const t = this.table;
    let lo = from ? epochDay(from) : UNDATED;
    let hi = to ? epochDay(to) : UNDATED;
    if (lo === UNDATED || hi === UNDATED) {
      let min = Infinity;
      let max = -Infinity;
      for (const shown of sets) {
        // Newest first: the first dated card is the latest, the last dated one the earliest.
        for (let j = 0; j < shown.length; j++) { const d = t.eday[shown[j]]; if (d !== UNDATED) { max = Math.max(max, d); break; } }
        for (let j = shown.length - 1; j >= 0; j--) { const d = t.eday[shown[j]]; if (d !== UNDATED) { min = Math.min(min, d); break; } }
      }
      if (lo === UNDATED) lo = min;
      if (hi === UNDATED) hi = max;
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) return { unit: 'month', starts: [], ends: [], sets: sets.map(() => ({ series: [], undated: 0 })) };
    const span = hi - lo + 1;
    const unit = span <= 190 ? 'week' : span <= 6 * 366 ? 'month' : 'year';
    const { first, count, edges } = buckets(unit, lo, hi);
    const bucketOf = unit === 'week' ? (i) => Math.floor((t.eday[i] - 4) / 7) - first
      : unit === 'month' ? (i) => t.month[i] - first
        : (i) => Math.floor(t.month[i] / 12) - first;
    const splitList = split ? t.facets[split] : null;
    const out = sets.map((shown) => {
      if (!splitList) {
        const counts = new Int32Array(count);
        let undated = 0;
        for (let j = 0; j < shown.length; j++) {
          const i = shown[j];
          if (t.eday[i] === UNDATED) { undated++; continue; }
          const b = bucketOf(i);
          if (b >= 0 && b < count) counts[b]++;
        }
        return { series: [{ name: 'Cards', counts }], undated };
      }
      // The series: every value of the split that occurs, the largest first.
      const totals = new Map();
      const seriesOf = new Int32Array(shown.length);
      for (let j = 0; j < shown.length; j++) {
        const i = shown[j];
        const v = splitList.start[i] < splitList.start[i + 1] ? splitList.ids[splitList.start[i]] : -1;
        seriesOf[j] = v;
        totals.set(v, (totals.get(v) ?? 0) + 1);
      }
      const order = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a) || a - b);
      const named = order.filter((v) => v >= 0).slice(0, SPLIT_TOP);
      const slot = new Map(named.map((v, k) => [v, k]));
      const series = named.map((v) => ({ name: t.names[split][v], counts: new Int32Array(count) }));
      let other = null;
      let undated = 0;
      for (let j = 0; j < shown.length; j++) {
        const i = shown[j];
        if (t.eday[i] === UNDATED) { undated++; continue; }
        const b = bucketOf(i);
        if (b < 0 || b >= count) continue;
        let k = slot.get(seriesOf[j]);
        if (k === undefined) {
          other ??= { name: split === 'institution' ? 'Other institutions' : 'Other spokespersons', counts: new Int32Array(count) };
          other.counts[b]++;
          continue;
        }
        series[k].counts[b]++;
      }
      if (other) series.push(other);
      return { series, undated };
    });
    return { unit, starts: edges.slice(0, count).map(isoDay), ends: edges.slice(1).map((e) => isoDay(e - 1)), sets: out };
  }
}

/** The buckets of a unit covering lo–hi: the first's number, how many, and each one's first day (count + 1 edges). */
function buckets(unit, lo, hi) {
  const edges = [];
  if (unit === 'week') {
    const first = Math.floor((lo - 4) / 7);
    const last = Math.floor((hi - 4) / 7);
    for (let w = first; w <= last + 1; w++) edges.push(w * 7 + 4);
    return { first, count: last - first + 1, edges };
  }
  const step = unit === 'month' ? 1 : 12;
  const a = unit === 'month' ? monthOf(lo) : Math.floor(monthOf(lo) / 12);
  const b = unit === 'month' ? monthOf(hi) : Math.floor(monthOf(hi) / 12);
  for (let k = a; k <= b + 1; k++) {
    const months = k * step;
    edges.push(Math.floor(Date.UTC(Math.floor(months / 12), months % 12, 1) / 86_400_000));
  }
  return { first: a, count: b - a + 1, edges };
}

/** The k values counted most: [{name, count}], largest first (ties by name). */
export function top(counts, names, k = 8) {
  const out = [];
  for (let v = 0; v < counts.length; v++) if (counts[v] > 0) out.push({ name: names[v], count: counts[v] });
  out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return out.slice(0, k);
}
