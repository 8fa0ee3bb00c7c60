// The archive page's list of kept transcripts (newest first): each with its
// date, spokespersons, institution, exchanges and a Remove button. A large
// archive's list is added a few hundred items a frame, so a thousand
// transcripts never hold the page in one long task.

import { h, count, plural } from '../element/dom.js';
import { longDate, transcriptLink } from './archive-results.js';

const CHUNK = 200;

export class KeptList {
  #fill = 0;

  /** @param list the <ul>; counter, empty: the count in the heading and the "nothing kept" note */
  constructor(list, counter, empty) {
    Object.assign(this, { list, counter, empty });
  }

  render(records) {
    const fill = ++this.#fill;
    this.counter.textContent = records.length ? `(${count(records.length)})` : '';
    this.empty.hidden = records.length > 0;
    this.list.replaceChildren();
    const more = (from) => {
      if (fill !== this.#fill) return;
      this.list.append(...records.slice(from, from + CHUNK).map(item));
      if (from + CHUNK < records.length) requestAnimationFrame(() => more(from + CHUNK));
    };
    more(0);
  }
}

function item(r) {
  return h('li', { dataset: { hash: r.hash } },
    h('a', { href: transcriptLink(r.hash), dir: 'auto' }, r.title),
    h('span', { class: 'meta' },
      h('time', { datetime: r.date || null }, longDate(r.date)),
      r.spokespersons.length ? ` · ${r.spokespersons.join(', ')}` : '',
      r.institution ? ` · ${r.institution}` : '',
      ` · ${plural(r.exchanges, 'exchange')}`,
      r.from && r.from !== 'text' ? ` · from ${r.from === 'csv' ? 'a CSV' : 'JSON Lines'}` : ''),
    h('button', { type: 'button', class: 'button remove', dataset: { remove: r.hash }, 'aria-label': `Remove “${r.title}” (${longDate(r.date)}) from the archive` }, 'Remove'));
}
