// The comparison of the archive page: the pinned filter set and the current
// one side by side, each with its count, its top outlets, places and topics
// (who-what.js) and its cards in a column (archive-results.js, one stream
// each, newest first). Their timelines share the page's one axis
// (timeline.js draws both sets).

import { h, plural } from '../element/dom.js';
import { ArchiveResults } from './archive-results.js';
import { renderWhoWhat, LISTS } from './who-what.js';
import { describeFilters } from './archive-url.js';

const SIDES = [
  { key: 'pin', title: 'Pinned' },
  { key: 'cur', title: 'Now' },
];

export class Compare {
  constructor(host) {
    this.host = host;
    this.sides = SIDES.map(({ key, title }) => {
      const what = h('p', { class: 'side-what', dir: 'auto' });
      const total = h('p', { class: 'side-count', dataset: { side: key } });
      const tops = h('div', { class: 'side-tops' });
      const list = h('div', { class: 'side-results' });
      const section = h('section', { class: 'side', dataset: { side: key }, 'aria-label': `${title} set` }, h('h2', { class: 'side-title' }, title), what, total, tops, list);
      host.append(section);
      return { key, what, total, tops, results: new ArchiveResults(list, { label: `${title} set's cards` }) };
    });
  }

  setView(view) {
    for (const side of this.sides) side.results.setView(view);
  }

  /** Shows both sets: `answer` the worker's ({cur, pin}), `sets` their filter sets ({cur, pin}). */
  show(answer, sets, { names, placeName }) {
    for (const side of this.sides) {
      const r = answer[side.key];
      const f = sets[side.key];
      side.what.textContent = describeFilters(f, placeName);
      side.total.textContent = `${plural(r.shown.length, 'card')} in ${plural(r.transcripts, 'transcript')}`;
      renderWhoWhat(side.tops, { within: r.within, names, placeName, total: r.shown.length, lists: LISTS.slice(0, 3), k: 5 });
      side.results.show(r.shown, f, false);
    }
  }
}
