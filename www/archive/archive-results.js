// The archive's search results: cards built by card.js, rendered lazily by
// card-list.js, matches marked by highlight.js (one Highlighter for the
// whole query), inside a shadow root styled by the element's own stylesheet. Either
// grouped under a heading per transcript or one stream sorted by date; every
// card links to itself in its transcript on the main page
// (index.html#archive=<hash>&card=<id>, the page's focused-card hash).

import { h, plural } from '../element/dom.js';
import { buildCard } from '../element/card.js';
import { CardList } from '../element/card-list.js';
import { Highlighter } from '../element/highlight.js';
import { parseQuery } from './archive-index.js';

const STYLES = ['../element/transcript-cards.css', './archive-results.css'].map((path) => new URL(path, import.meta.url).href);
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "14 September 2020", or the date as written. */
export function longDate(date) {
  return date && !Number.isNaN(Date.parse(date)) ? dateFormat.format(new Date(`${date}T00:00:00Z`)) : date || 'Undated';
}

/** Where a card of a kept transcript opens on the main page. */
export function transcriptLink(hash, cardId) {
  const params = new URLSearchParams({ archive: hash });
  if (cardId) params.set('card', cardId);
  return `index.html#${params}`;
}

export class ArchiveResults {
  #index = null;
  #highlighter = new Highlighter();
  #grouped = true;
  #groupCounts = new Int32Array(0);

  /** @param host an element; the results go in its shadow root */
  constructor(host) {
    const root = host.attachShadow({ mode: 'open' });
    this.host = host;
    this.list = h('div', { class: 'list', role: 'feed', 'aria-label': 'Search results', 'aria-busy': 'false' });
    this.sentinel = h('p', { class: 'more', hidden: true }, 'More results load as you scroll…');
    this.empty = h('p', { class: 'empty', hidden: true }, 'No card in the archive matches.');
    root.append(...STYLES.map((href) => h('link', { rel: 'stylesheet', href })),
      h('div', { class: 'root' }, this.list, this.empty, this.sentinel));
    this.cards = new CardList(this.list, this.sentinel, (row) => this.#build(row), (built) => {
      for (const el of built) this.#highlighter.add(el);
    });
  }

  /** A new archive: drops every built card. */
  setIndex(index) {
    this.#index = index;
    this.cards.reset();
  }

  /**
   * Shows these cards (indices into the index, already in date order), grouped
   * under their transcript or as one stream, with `query`'s terms marked.
   */
  show(shown, query, grouped) {
    this.#highlighter.reset(parseQuery(query));
    if (grouped !== this.#grouped) this.cards.cache.clear(); // the cards' links read differently
    this.#grouped = grouped;
    const rows = [];
    const n = this.#index?.size ?? 0;
    if (grouped) {
      this.#groupCounts = new Int32Array(this.#index.records.length);
      for (const i of shown) this.#groupCounts[this.#index.doc[i]]++;
      let last = -1;
      for (const i of shown) {
        const r = this.#index.doc[i];
        if (r !== last) rows.push(n + r); // a heading row: past the card indices
        last = r;
        rows.push(i);
      }
    } else {
      for (const i of shown) rows.push(i);
    }
    // Headings are kept; their count follows the result.
    for (const [key, heading] of this.cards.cache) if (key >= n) this.#count(heading, this.#groupCounts[key - n]);
    this.empty.hidden = shown.length > 0 || !this.#index?.size;
    this.cards.show(rows);
  }

  #build(row) {
    const index = this.#index;
    if (row >= index.size) return this.#heading(row - index.size);
    const record = index.recordOf(row);
    const item = index.items[row];
    const card = buildCard(item, { outlet: index.outletNames[row], byId: new Map(record.transcript.items.map((it) => [it.id, it])) });
    // Links inside the card lead to the card in its transcript, on the main page.
    for (const a of card.querySelectorAll('a[href^="#card="]')) {
      a.href = transcriptLink(record.hash, decodeURIComponent(a.getAttribute('href').slice(6)));
      a.removeAttribute('data-goto');
    }
    card.querySelector('.copy')?.remove();
    card.removeAttribute('id'); // ids repeat across transcripts
    for (const el of card.querySelectorAll('[id]')) el.removeAttribute('id');
    card.removeAttribute('aria-labelledby');
    card.setAttribute('aria-label', `${card.querySelector('.sr-only')?.textContent ?? ''}${record.title}, ${longDate(record.date)}`);
    const where = h('p', { class: 'from' },
      h('a', { href: transcriptLink(record.hash, item.id), class: 'open' },
        this.#grouped ? `Open at this card` : `${longDate(record.date)} · ${record.title}`));
    card.querySelector('.card-head')?.after(where);
    return card;
  }

  #heading(r) {
    const record = this.#index.records[r];
    const cards = this.#groupCounts[r];
    return h('section', { class: 'group', 'aria-label': record.title },
      h('h3', { class: 'group-title' },
        h('a', { href: transcriptLink(record.hash) }, record.title)),
      h('p', { class: 'group-meta' },
        h('time', { datetime: record.date || null }, longDate(record.date)),
        record.spokespersons.length ? ` · ${record.spokespersons.join(', ')}` : '',
        ' · ', h('span', { class: 'shown' }, `${plural(cards, 'card')} shown`)));
  }

  /** Sets a heading's "N cards shown" (touching the DOM only when it changes). */
  #count(heading, cards) {
    const span = heading.querySelector('.group-meta .shown');
    const text = `${plural(cards, 'card')} shown`;
    if (span && span.textContent !== text) span.textContent = text;
  }
}
