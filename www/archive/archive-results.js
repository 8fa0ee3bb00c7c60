// The archive's search results: cards built by card.js, rendered lazily by
// card-list.js, matches marked by highlight.js (one Highlighter for the
// whole query), inside a shadow root styled by the element's own stylesheet.
// Either grouped under a heading per transcript or one stream sorted by
// date; every card links to itself in its transcript on the main page
// (index.html#archive=<hash>&card=<id>, the page's focused-card hash).
// The page holds no parse: the records of the cards about to be shown are
// read from IndexedDB first (a few at a time, kept in a small cache shared
// by every list), and a card scrolled to before its record is read shows
// "Loading…" until it is.

import { h, plural } from '../element/dom.js';
import { buildCard } from '../element/card.js';
import { CardList, shownAtOnce } from '../element/card-list.js';
import { Highlighter } from '../element/highlight.js';
import { parseQuery, outletOf } from '../search/search-index.js';
import { getMany, transcriptOf } from './archive-store.js';

const STYLES = ['../element/transcript-cards.css', './archive-results.css'].map((path) => new URL(path, import.meta.url).href);
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const AHEAD = 48; // cards whose records are read before they are needed
const CACHED = 120; // records kept in memory

/** "14 September 2020", or the date as written. */
export function longDate(date) {
  return date && !Number.isNaN(Date.parse(date)) ? dateFormat.format(new Date(`${date}T00:00:00Z`)) : date || 'Undated';
}

/** A briefing's date, spokespersons and institution, as a meta line's first children. */
export const briefingMeta = (r) => [
  h('time', { datetime: r.date || null }, longDate(r.date)),
  r.spokespersons.length ? ` · ${r.spokespersons.join(', ')}` : '',
  r.institution ? ` · ${r.institution}` : '',
];

/** Where a card of a kept transcript opens on the main page. */
export function transcriptLink(hash, cardId) {
  const params = new URLSearchParams({ archive: hash });
  if (cardId) params.set('card', cardId);
  return `index.html#${params}`;
}

// The records read, by hash (most recently used last): each one's parse as
// kept, made into its items (and those by id) when a card of it is first
// built, so an open decodes only the transcripts its first cards are from.
const records = new Map();
let reading = new Map(); // hash → promise of its record

const remember = (hash, { json, transcript }) => records.set(hash, { kept: { json, transcript }, items: null, byId: null });

/** A record read: its items and those by id (decoded now if not yet), or undefined. */
function itemsOf(hash) {
  const got = records.get(hash);
  if (got && !got.items) {
    got.items = transcriptOf(got.kept).items;
    got.byId = new Map(got.items.map((it) => [it.id, it]));
    got.kept = null;
  }
  return got;
}

/** Takes records the worker sent (a view's `front`: each record's hash and parse) as read. */
export function takeRecords(list) {
  for (const record of list) if (!records.has(record.hash)) remember(record.hash, record);
}

/** Reads the records of these hashes not read yet (in one transaction). */
export async function readRecords(hashes) {
  const wanted = [...new Set(hashes)].filter((hash) => !records.has(hash));
  const fresh = wanted.filter((hash) => !reading.has(hash));
  if (fresh.length) {
    const batch = getMany(fresh).then((list) => list.forEach((record, k) => {
      reading.delete(fresh[k]);
      if (record) remember(fresh[k], record);
    })).finally(() => { for (const hash of fresh) if (reading.get(hash) === batch) reading.delete(hash); });
    for (const hash of fresh) reading.set(hash, batch);
  }
  await Promise.all(wanted.map((hash) => reading.get(hash)));
  for (const hash of [...records.keys()].slice(0, Math.max(0, records.size - CACHED))) records.delete(hash);
}

/** Drops the records read (after a change to the archive). */
export function forgetRecords() {
  records.clear();
  reading = new Map();
}

export class ArchiveResults {
  #view = null;
  #highlighter = new Highlighter();
  #grouped = true;
  #groupCounts = new Int32Array(0);
  #shows = 0;

  /** @param host an element; the results go in its shadow root */
  constructor(host, { label = 'Search results' } = {}) {
    const root = host.attachShadow({ mode: 'open' });
    this.host = host;
    this.list = h('div', { class: 'list', role: 'feed', 'aria-label': label, 'aria-busy': 'false' });
    this.sentinel = h('p', { class: 'more', hidden: true }, 'More results load as you scroll…');
    this.empty = h('p', { class: 'empty', hidden: true }, 'No card in the archive matches.');
    root.append(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })),
      h('div', { class: 'root' }, this.list, this.empty, this.sentinel));
    this.cards = new CardList(this.list, this.sentinel, (row) => this.#build(row), (built) => {
      for (const el of built) this.#highlighter.add(el);
      this.#ahead();
    });
  }

  /** A new archive (the worker's view: {size, records, doc}): drops every built card. */
  setView(view) {
    this.#view = view;
    this.cards.reset();
  }

  /**
   * Shows these cards (indices into the table, already in date order),
   * grouped under their transcript or as one stream, with the terms of the
   * filter set's query marked within its scope, once the records of the
   * first of them are read.
   */
  async show(shown, { q = '', scope = '' }, grouped) {
    const show = ++this.#shows;
    const view = this.#view;
    const n = view.size;
    let rows = shown; // the cards' indices as they came (an Int32Array of up to every card: not copied)
    if (grouped) {
      // A heading row (past the card indices) before each transcript's first card, in one pass
      // over the cards (it runs cold at an open: 41,000 cards took the interpreter some ms a pass).
      const { doc } = view;
      const counts = new Int32Array(view.records.length);
      const out = new Int32Array(shown.length + view.records.length);
      let j = 0;
      for (let k = 0, last = -1; k < shown.length; k++) {
        const i = shown[k];
        const r = doc[i];
        counts[r]++;
        if (r !== last) out[j++] = n + r;
        last = r;
        out[j++] = i;
      }
      this.#groupCounts = counts;
      rows = out.subarray(0, j);
    }
    // The records of the cards shown at once are waited for; those of the next ones are read
    // meanwhile (#ahead, as the cards go in), not waited for.
    await readRecords(this.#hashesOf(rows.slice(0, shownAtOnce(rows.length))));
    if (show !== this.#shows || view !== this.#view) return;
    this.#highlighter.reset(parseQuery(q, scope || 'both'));
    if (grouped !== this.#grouped) this.cards.cache.clear(); // the cards' links read differently
    this.#grouped = grouped;
    // Headings are kept; their count follows the result.
    for (const [key, heading] of this.cards.cache) if (key >= n) this.#count(heading, this.#groupCounts[key - n]);
    this.empty.hidden = shown.length > 0 || !n;
    this.cards.show(rows);
  }

  #hashesOf(rows) {
    const { records: list, doc, size } = this.#view;
    return Array.from(rows, (row) => list[row >= size ? row - size : doc[row]].hash);
  }

  /** Reads ahead the records of the cards that scrolling shows next. */
  #ahead() {
    const { rendered, shown } = this.cards;
    if (rendered < shown.length) readRecords(this.#hashesOf(shown.slice(rendered, rendered + AHEAD)));
  }

  #build(row) {
    const view = this.#view;
    if (row >= view.size) return this.#heading(row - view.size);
    const meta = view.records[view.doc[row]];
    const got = itemsOf(meta.hash);
    if (!got) return this.#loading(row, meta);
    const { items, byId } = got;
    const item = items[row - meta.start];
    const card = buildCard(item, { outlet: outletOf(item, byId), byId });
    // Links inside the card lead to the card in its transcript, on the main page.
    for (const a of card.querySelectorAll('a[href^="#card="]')) {
      a.href = transcriptLink(meta.hash, decodeURIComponent(a.getAttribute('href').slice(6)));
      a.removeAttribute('data-goto');
    }
    card.querySelector('.copy')?.remove();
    card.removeAttribute('id'); // ids repeat across transcripts
    for (const el of card.querySelectorAll('[id]')) el.removeAttribute('id');
    card.removeAttribute('aria-labelledby');
    card.setAttribute('aria-label', `${card.querySelector('.sr-only')?.textContent ?? ''}${meta.title}, ${longDate(meta.date)}`);
    const where = h('p', { class: 'from' },
      h('a', { href: transcriptLink(meta.hash, item.id), class: 'open' },
        this.#grouped ? 'Open at this card' : `${longDate(meta.date)} · ${meta.title}`));
    card.querySelector('.card-head')?.after(where);
    return card;
  }

  /** A card whose record is not read yet: a placeholder, replaced once it is. */
  #loading(row, meta) {
    const view = this.#view;
    const placeholder = h('article', { class: 'card loading', 'aria-busy': 'true', 'aria-label': `Loading a card of ${meta.title}` }, h('p', { class: 'tx' }, 'Loading…'));
    readRecords([meta.hash]).then(() => {
      if (view !== this.#view || !records.has(meta.hash)) return;
      const card = this.#build(row);
      if (this.cards.cache.get(row) === placeholder) this.cards.cache.set(row, card);
      if (placeholder.isConnected) {
        for (const a of ['aria-posinset', 'aria-setsize']) if (placeholder.hasAttribute(a)) card.setAttribute(a, placeholder.getAttribute(a));
        placeholder.replaceWith(card);
        this.#highlighter.add(card);
      }
    });
    return placeholder;
  }

  #heading(r) {
    const record = this.#view.records[r];
    const cards = this.#groupCounts[r];
    return h('section', { class: 'group', 'aria-label': record.title },
      h('h3', { class: 'group-title' },
        h('a', { href: transcriptLink(record.hash) }, record.title)),
      h('p', { class: 'group-meta' },
        ...briefingMeta(record),
        ' · ', h('span', { class: 'shown' }, `${plural(cards, 'card')} shown`)));
  }

  /** Sets a heading's "N cards shown" (touching the DOM only when it changes). */
  #count(heading, cards) {
    const span = heading.querySelector('.group-meta .shown');
    const text = `${plural(cards, 'card')} shown`;
    if (span && span.textContent !== text) span.textContent = text;
  }
}
