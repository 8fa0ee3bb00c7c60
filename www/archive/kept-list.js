// The archive page's list of kept transcripts (newest first): each with its
// date, spokespersons, institution, exchanges and a Remove button. A large
// archive shows its newest few and a button for the rest, added a few
// hundred a frame: a thousand transcripts laid out at once held the page
// for a quarter of a second on every open.

import { h, count, plural } from '../element/dom.js';
import { briefingMeta, longDate, transcriptLink } from './archive-results.js';

const FIRST = 30;
const CHUNK = 150;

export class KeptList {
  #fill = 0;
  #records = [];
  #more;

  /** @param list the <ul>; counter, empty: the count in the heading and the "nothing kept" note */
  constructor(list, counter, empty) {
    Object.assign(this, { list, counter, empty });
    this.#more = h('button', { type: 'button', class: 'button show-all', hidden: true, onclick: () => this.#showAll() });
    list.after(this.#more);
  }

  render(records) {
    this.#fill++;
    this.#records = records;
    this.counter.textContent = records.length ? `(${count(records.length)})` : '';
    this.empty.hidden = records.length > 0;
    this.list.replaceChildren(...records.slice(0, FIRST).map(item));
    this.#more.hidden = records.length <= FIRST;
    this.#more.textContent = `Show all ${plural(records.length, 'transcript')}`;
  }

  #showAll() {
    const fill = this.#fill;
    this.#more.hidden = true;
    const focus = this.list.children.length;
    const more = (from) => {
      if (fill !== this.#fill) return;
      this.list.append(...this.#records.slice(from, from + CHUNK).map(item));
      if (from === FIRST) this.list.children[focus]?.querySelector('a')?.focus();
      if (from + CHUNK < this.#records.length) requestAnimationFrame(() => more(from + CHUNK));
    };
    more(FIRST);
  }
}

function item(r) {
  return h('li', { dataset: { hash: r.hash } },
    h('a', { href: transcriptLink(r.hash), dir: 'auto' }, r.title),
    h('span', { class: 'meta' },
      ...briefingMeta(r),
      ` · ${plural(r.exchanges, 'exchange')}`,
      r.from && r.from !== 'text' ? ` · from ${r.from === 'csv' ? 'a CSV' : 'JSON Lines'}` : ''),
    h('button', { type: 'button', class: 'button remove', dataset: { remove: r.hash }, 'aria-label': `Remove “${r.title}” (${longDate(r.date)}) from the archive` }, 'Remove'));
}
