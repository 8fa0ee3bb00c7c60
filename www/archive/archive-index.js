// Search and facets across the whole archive. Every card of every kept
// transcript goes into one TextIndex (search-index.js: folded text, the
// inverted index of postings.js, typing-on narrowing; the outlet and speaker
// keys are search-index.js's too); beside it, typed arrays
// for what the archive adds: the transcript of each card, its date, and its
// places and topics (the parser's tags). Cards are ordered newest briefing
// first, in transcript order within one, so a result list is already sorted.

import { TextIndex, parseQuery, outletOf, outletKey, speakerKey } from '../search/search-index.js';

export { parseQuery };
export const ANY = -2;

/** YYYY-MM-DD → 20200914 (0 when unknown). */
const dayOf = (date) => (/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? Number(date.replaceAll('-', '')) : 0);

/** Newest briefing first; undated last; then by title. */
const byDate = (a, b) => (b.date || '').localeCompare(a.date || '') || (a.title ?? '').localeCompare(b.title ?? '');

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

/** A list of small integers per card, flat: ids of card i are ids[start[i]] … ids[start[i+1]-1]. */
function flatLists(lists) {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i] + lists[i].length;
  const ids = new Int32Array(start[lists.length]);
  lists.forEach((list, i) => ids.set(list, start[i]));
  return { start, ids };
}

/** counts[value[i]]++ for each hit i (values below 0: none). */
function countAll(hits, value, counts) {
  for (let j = 0; j < hits.length; j++) {
    const v = value[hits[j]];
    if (v >= 0) counts[v]++;
  }
}

/** Each hit's values of a flat list (flatLists), counted. */
function countLists(hits, { start, ids }, counts) {
  for (let j = 0; j < hits.length; j++) {
    const i = hits[j];
    for (let k = start[i]; k < start[i + 1]; k++) counts[ids[k]]++;
  }
}

export class ArchiveIndex {
  /** @param records the archive's records ({hash, title, date, transcript, …}) */
  constructor(records) {
    this.records = [...records].sort(byDate);
    this.items = [];
    this.outletNames = []; // per card: the outlet as the card shows it
    const doc = [];
    const placeLists = [];
    const topicLists = [];
    const places = new Names();
    const topics = new Names();
    const speakers = new Names();
    const outlets = new Names();
    const speakerIds = [];
    const outletIds = [];
    this.placeNames = new Map();
    this.records.forEach((record, r) => {
      const { items } = record.transcript;
      const local = new Map(items.map((item) => [item.id, item]));
      for (const place of record.transcript.places ?? []) if (!this.placeNames.has(place.code)) this.placeNames.set(place.code, place.name);
      for (const item of items) {
        this.items.push(item);
        this.outletNames.push(outletOf(item, local));
        const o = outletKey(item, local);
        const sp = speakerKey(item);
        outletIds.push(o == null ? -1 : outlets.id(o));
        speakerIds.push(sp == null ? -1 : speakers.id(sp));
        doc.push(r);
        placeLists.push((item.tags?.places ?? []).map((code) => places.id(code)));
        topicLists.push((item.tags?.topics ?? []).map((topic) => topics.id(topic)));
      }
    });
    this.size = this.items.length;
    this.text = new TextIndex(this.items);
    this.doc = Int32Array.from(doc);
    this.day = Int32Array.from(doc, (r) => dayOf(this.records[r].date));
    this.places = flatLists(placeLists);
    this.topics = flatLists(topicLists);
    this.placeCodes = places.list;
    this.topicNames = topics.list;
    this.speaker = Int32Array.from(speakerIds);
    this.outlet = Int32Array.from(outletIds);
    this.speakerNames = speakers.list;
    this.outletList = outlets.list;
  }

  /** Facet values by name: speakers and outlets are the parser's canonical names. */
  get facets() {
    return {
      speaker: this.speakerNames,
      outlet: this.outletList,
      place: this.placeCodes.map((code) => this.placeNames.get(code) ?? code),
      topic: this.topicNames,
    };
  }

  /** Cards whose text holds every term of the query (all cards when none), ascending, read-only. */
  search(query) {
    return this.text.search(parseQuery(query));
  }

  /**
   * The cards shown under the facets, and for each facet the counts under the
   * other filters. `filters`: {from, to: 'YYYY-MM-DD' or '', speaker, outlet,
   * place, topic: an id or ANY}. With none set, `shown` is `hits` itself
   * (a typed array from search(): read it, do not change it).
   */
  filter(hits, { from = '', to = '', speaker = ANY, outlet = ANY, place = ANY, topic = ANY } = {}) {
    const lo = dayOf(from);
    const hi = dayOf(to);
    const counts = {
      speaker: new Int32Array(this.speakerNames.length),
      outlet: new Int32Array(this.outletList.length),
      place: new Int32Array(this.placeCodes.length),
      topic: new Int32Array(this.topicNames.length),
    };
    if (!lo && !hi && speaker === ANY && outlet === ANY && place === ANY && topic === ANY) {
      // Nothing picked: every hit is shown, and counted once per value.
      countAll(hits, this.speaker, counts.speaker);
      countAll(hits, this.outlet, counts.outlet);
      countLists(hits, this.places, counts.place);
      countLists(hits, this.topics, counts.topic);
      return { shown: hits, counts };
    }
    const shown = [];
    const { day } = this;
    const speakers = this.speaker;
    const outlets = this.outlet;
    const P = this.places;
    const T = this.topics;
    const has = (L, i, id) => {
      for (let k = L.start[i]; k < L.start[i + 1]; k++) if (L.ids[k] === id) return true;
      return false;
    };
    for (let j = 0; j < hits.length; j++) {
      const i = hits[j];
      const d = day[i];
      if ((lo && d < lo) || (hi && (d > hi || !d))) continue;
      const s = speakers[i];
      const o = outlets[i];
      const okS = speaker === ANY || s === speaker;
      const okO = outlet === ANY || o === outlet;
      const okP = place === ANY || has(P, i, place);
      const okT = topic === ANY || has(T, i, topic);
      if (okO && okP && okT && s >= 0) counts.speaker[s]++;
      if (okS && okP && okT && o >= 0) counts.outlet[o]++;
      if (okS && okO && okT) for (let k = P.start[i]; k < P.start[i + 1]; k++) counts.place[P.ids[k]]++;
      if (okS && okO && okP) for (let k = T.start[i]; k < T.start[i + 1]; k++) counts.topic[T.ids[k]]++;
      if (okS && okO && okP && okT) shown.push(i);
    }
    return { shown, counts };
  }

  /** The record (transcript) a card belongs to. */
  recordOf(i) {
    return this.records[this.doc[i]];
  }
}
