// "Who and what" beside the archive's results: for the cards shown, the
// outlets that ask most, the countries and regions and the topics that come
// up with the query, and each spokesperson's share, as short bar lists.
// Each bar is a button (aria-pressed): pressing it filters to that value,
// pressing it again lets go. Used for one result set, and for each side of a
// comparison (without the buttons' filtering there: `onPick` null).
// Exchanges whose asker named no outlet are not among the outlets.

import { h, count } from '../element/dom.js';
import { top } from './archive-query.js';
import { UNNAMED_OUTLET } from '../search/search-index.js';

export const LISTS = [
  { facet: 'outlet', title: 'Outlets asking most' },
  { facet: 'place', title: 'Countries and regions' },
  { facet: 'topic', title: 'Topics' },
  { facet: 'speaker', title: 'Spokespersons’ share', share: true },
];

/**
 * Fills `host` with the bar lists of one result: `within` its counts per
 * facet (the worker's), `names` the facets' value names, `picked` the
 * filter set (its values show pressed), `total` the cards shown.
 */
export function renderWhoWhat(host, { within, names, placeName, picked = {}, total, onPick = null, lists = LISTS, k = 8 }) {
  host.replaceChildren(...lists.map(({ facet, title, share }) => {
    // "Q:" with no outlet says nothing of who asks: left out of the list (the menu keeps it).
    const rows = top(within[facet], names[facet], k + 1).filter((r) => r.name !== UNNAMED_OUTLET).slice(0, k);
    const max = rows[0]?.count ?? 1;
    return h('section', { class: 'ww-list', dataset: { facet } },
      h('h3', { class: 'ww-title' }, title),
      rows.length === 0 ? h('p', { class: 'ww-none' }, 'None among these cards.') : h('ol', { class: 'ww-bars' }, rows.map(({ name, count: n }) => {
        const label = facet === 'place' ? placeName(name) : name;
        const figure = share ? `${Math.round((100 * n) / Math.max(1, total))}%` : count(n);
        const bar = h('span', { class: 'ww-bar', 'aria-hidden': 'true' });
        bar.style.width = `${Math.max(2, (100 * n) / max)}%`; // CSSOM: no inline style attribute
        const body = [h('span', { class: 'ww-name', dir: 'auto' }, label), h('span', { class: 'ww-count' }, figure), bar];
        const aria = `${label}: ${share ? `${figure} of the cards (${count(n)})` : `${count(n)} cards`}`;
        return h('li', { dataset: { value: name, count: String(n) } }, onPick
          ? h('button', { type: 'button', class: 'ww-item', 'aria-pressed': String(picked[facet] === name), 'aria-label': aria, onclick: () => onPick(facet, picked[facet] === name ? '' : name) }, body)
          : h('div', { class: 'ww-item', 'aria-label': aria, role: 'group' }, body));
      })));
  }));
}
