// The fixed parts of <transcript-cards>' shadow root: the skeleton, the
// header panel (title, date, spokesperson, counts, parser notes) and the
// filters (search box, kind and outlet buttons with aria-pressed and counts,
// speaker menu, status line). Cards themselves are card.js's.

import { h, count, plural } from './dom.js';
import { KINDS } from './search-index.js';

const KIND_LABELS = { exchange: 'Exchanges', statement: 'Statements', unparsed: 'Unparsed' };

/** Builds the shadow root's skeleton; returns the parts the element updates. */
export function skeleton(root, styleUrl) {
  const ui = {};
  const style = h('link', { rel: 'stylesheet', href: styleUrl });
  ui.root = h('div', { class: 'root', part: 'root', hidden: true },
    (ui.progress = h('div', { class: 'progress', part: 'progress', hidden: true },
      (ui.progressBar = h('progress', { max: 1, value: 0, 'aria-label': 'Parsing progress' })),
      (ui.progressLabel = h('span', { role: 'status' })))),
    (ui.summary = h('section', { class: 'summary', part: 'summary', 'aria-label': 'Briefing' })),
    h('div', { class: 'filters', part: 'filters', role: 'search', 'aria-label': 'Filter cards' },
      h('div', { class: 'filter-row' },
        (ui.search = h('input', { type: 'search', part: 'search-input', placeholder: 'Search questions and answers', 'aria-label': 'Search questions and answers', autocomplete: 'off', spellcheck: 'false' })),
        h('label', { class: 'speaker-label' }, 'Speaker ',
          (ui.speaker = h('select', { part: 'speaker-select' })))),
      (ui.kinds = h('div', { class: 'kinds', role: 'group', 'aria-label': 'Card kind' })),
      (ui.chips = h('div', { class: 'chips', part: 'chips', role: 'group', 'aria-label': 'Outlets' })),
      (ui.status = h('p', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' }))),
    (ui.list = h('div', { class: 'list', part: 'list', role: 'feed', 'aria-label': 'Cards', 'aria-busy': 'false' })),
    (ui.sentinel = h('p', { class: 'more', part: 'more', hidden: true }, 'More cards load as you scroll…')),
    (ui.empty = h('p', { class: 'empty', part: 'empty' }, 'No transcript yet: paste one, or give the element text or a src.')));
  // Shown once styled, so the reader never sees unstyled cards flash by.
  const reveal = () => { ui.root.hidden = false; };
  style.addEventListener('load', reveal);
  style.addEventListener('error', reveal);
  root.replaceChildren(style, ui.root);
  ui.chipButtons = [];
  ui.kindButtons = [];
  return ui;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** The header panel: what briefing this is, and how it divided. */
export function renderSummary(ui, t) {
  if (!t) {
    ui.summary.replaceChildren();
    return;
  }
  const { stats } = t;
  const date = t.date && !Number.isNaN(Date.parse(t.date)) ? dateFormat.format(new Date(`${t.date}T00:00:00Z`)) : null;
  const meta = [
    date && h('time', { datetime: t.date }, date),
    t.spokespersons.length > 0 && h('span', { class: 'spokesperson', part: 'spokesperson', dir: 'auto' }, t.spokespersons.join(', ')),
    t.institution && h('span', { dir: 'auto' }, t.institution),
    h('span', { class: 'lang', lang: 'en' }, t.language === 'zh' ? 'Chinese' : 'English'),
  ].filter(Boolean);
  const stat = (n, word, cls) => h('li', { class: cls }, h('strong', {}, count(n)), ` ${n === 1 ? word : `${word}s`}`);
  ui.summary.replaceChildren(...[
    h('h2', { class: 'title', part: 'title', lang: t.language, dir: 'auto' }, t.title ?? 'Untitled transcript'),
    h('p', { class: 'meta', part: 'meta' }, meta.flatMap((m, i) => (i ? [h('span', { class: 'dot', 'aria-hidden': 'true' }, '·'), m] : [m]))),
    h('ul', { class: 'stats', part: 'stats', 'aria-label': 'Counts' },
      stat(stats.exchanges, 'exchange', 'stat-exchange'),
      stat(stats.statements, 'statement', 'stat-statement'),
      h('li', { class: stats.unparsed ? 'stat-unparsed warn' : 'stat-unparsed' }, h('strong', {}, count(stats.unparsed)), ' unparsed'),
      stat(stats.lines, 'line', 'stat-lines')),
    t.diagnostics.length > 0 &&
      h('details', { class: 'diagnostics', part: 'diagnostics' },
        h('summary', {}, plural(t.diagnostics.length, 'parser note')),
        h('ul', {}, t.diagnostics.map((d) => h('li', {}, h('span', { class: 'line' }, `line ${d.span.line}`), ` ${d.message}`)))),
  ].filter(Boolean));
  ui.empty.hidden = t.items.length > 0;
  ui.empty.textContent = 'No cards: nothing in this text looked like a question, answer or statement.';
}

/** Builds the kind buttons, outlet chips and speaker menu for a new transcript. */
export function renderFacets(ui, index) {
  const size = index?.size ?? 0;
  ui.kindButtons = KINDS.map((kind) =>
    h('button', { type: 'button', class: `kind kind-${kind}`, part: 'kind-button', 'aria-pressed': 'false', dataset: { kindFilter: kind } },
      KIND_LABELS[kind], ' ', h('span', { class: 'n' }, '0')));
  ui.kinds.replaceChildren(...ui.kindButtons);
  // Chips by how often the outlet asks, then by first question.
  const totals = index ? index.filter(index.search(''), {}).outletCounts : [];
  const order = index ? index.outlets.map((_, i) => i).sort((a, b) => totals[b] - totals[a] || a - b) : [];
  ui.chipButtons = new Array(order.length);
  for (const id of order) {
    ui.chipButtons[id] = h('button', { type: 'button', class: 'chip', part: 'chip', 'aria-pressed': 'false', dataset: { outlet: index.outlets[id] } },
      h('span', { class: 'name', dir: 'auto' }, index.outlets[id]), ' ', h('span', { class: 'n', 'aria-label': 'cards' }, '0'));
  }
  ui.chips.replaceChildren(...order.map((id) => ui.chipButtons[id]));
  ui.chips.hidden = order.length === 0;
  ui.speaker.replaceChildren(h('option', { value: '' }, 'Everyone'),
    ...(index?.speakers ?? []).map((name) => h('option', { value: name }, name)));
  ui.speaker.parentElement.hidden = (index?.speakers.length ?? 0) < 2;
  ui.empty.hidden = size > 0;
}

/** Counts, pressed states and the status line, after a filter. */
export function updateFacets(ui, index, { shown, outletCounts, kindCounts, speakerCounts }, f) {
  ui.kindButtons.forEach((button, k) => setButton(button, f.kind === k, kindCounts[k]));
  ui.chipButtons.forEach((button, o) => setButton(button, f.outlet === o, outletCounts[o]));
  const options = ui.speaker.options;
  for (let s = 0; s < index.speakers.length; s++) {
    if (shownCount.get(options[s + 1]) === speakerCounts[s]) continue;
    shownCount.set(options[s + 1], speakerCounts[s]);
    options[s + 1].textContent = `${index.speakers[s]} (${count(speakerCounts[s])})`;
  }
  const wanted = f.speaker >= 0 ? index.speakers[f.speaker] : '';
  if (ui.speaker.value !== wanted) ui.speaker.value = wanted;
  const matching = f.search ? ` matching “${f.search}”` : '';
  ui.status.textContent = shown.length === f.total && !matching
    ? `Showing all ${plural(f.total, 'card')}`
    : `Showing ${count(shown.length)} of ${plural(f.total, 'card')}${matching}`;
  ui.list.classList.toggle('is-empty', shown.length === 0);
}

// Touches the DOM only where something changed: a keystroke over 30,000
// cards must leave the frame to the cards.
const shownCount = new WeakMap();
function setButton(button, pressed, n) {
  const state = pressed ? 'true' : 'false';
  if (button.getAttribute('aria-pressed') !== state) button.setAttribute('aria-pressed', state);
  if (shownCount.get(button) === n) return;
  shownCount.set(button, n);
  button.lastChild.textContent = count(n);
  button.classList.toggle('zero', n === 0);
}
