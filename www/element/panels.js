// The fixed parts of <transcript-cards>' shadow root: the skeleton, the
// header panel (title, date, spokesperson, counts, parser notes, the
// bilingual pairing) and the filters: search box and its scope (questions,
// answers or both), facet buttons with aria-pressed and counts (kind,
// outlet, speaker; places and topics when the tagger found some), a
// clear-all button and the status line, a polite live region that says how
// many cards and matches there are. Cards themselves are card.js's.

import { h, count, plural } from './dom.js';
import { FACETS } from '../search/search-index.js';

const KIND_LABELS = { exchange: 'Exchanges', statement: 'Statements', minor: 'Floor', unparsed: 'Unparsed' };
const SCOPE_LABELS = { both: 'Questions and answers', question: 'Questions only', answer: 'Answers only' };
/** How each facet's buttons look: class, part, group label. */
const FACET_UI = {
  kind: { cls: 'kind', part: 'kind-button', label: 'Card kind' },
  outlet: { cls: 'chip', part: 'chip', label: 'Outlets' },
  speaker: { cls: 'chip-facet chip-speaker', part: 'chip speaker-chip', label: 'Speakers' },
  place: { cls: 'chip-facet chip-place', part: 'chip place-chip', label: 'Places' },
  topic: { cls: 'chip-facet chip-topic', part: 'chip topic-chip', label: 'Topics' },
};
/** A search over more cards than this counts its matches once typing pauses. */
const COUNT_NOW = 2_000;
const COUNT_SLICE_MS = 4; // the longest a slice of a deferred count holds the thread

/** Attribute value ↔ list of facet values ("AFP|Reuters"). */
export const SEPARATOR = '|';
export const splitValues = (value) => (value ? value.split(SEPARATOR).map((v) => v.trim()).filter(Boolean) : []);
export const joinValues = (values) => values.join(SEPARATOR);

/** The stylesheet given as text (the one-file builds), made once and adopted by every element. */
let constructed = null;

/**
 * Builds the shadow root's skeleton, styled by `stylesheet` ({url}: a <link>,
 * or {text}: a constructed stylesheet); returns the parts the element updates.
 */
export function skeleton(root, stylesheet) {
  const ui = {};
  const group = (name) => (ui.groups[name] = h('div', { class: `facet facet-${name} ${name === 'kind' ? 'kinds' : name === 'outlet' ? 'chips' : 'chips-more'}`, part: name === 'outlet' ? 'chips' : `facet-${name}`, role: 'group', 'aria-label': FACET_UI[name].label }));
  ui.groups = {};
  ui.root = h('div', { class: 'root', part: 'root', hidden: true },
    (ui.progress = h('div', { class: 'progress', part: 'progress', hidden: true },
      (ui.progressBar = h('progress', { max: 1, value: 0, 'aria-label': 'Parsing progress' })),
      (ui.progressLabel = h('span', { role: 'status' })))),
    (ui.summary = h('section', { class: 'summary', part: 'summary', 'aria-label': 'Briefing' })),
    (ui.roomRow = h('p', { class: 'room-row', part: 'room-row', hidden: true },
      h('label', {}, 'Read as ',
        (ui.room = h('select', { part: 'room-select', 'aria-label': 'Briefing room to read the text as' },
          h('option', { value: '' }, 'the room detected')))),
      ' ', (ui.roomNote = h('span', { class: 'room-note', part: 'room-note', dir: 'auto' })))),
    (ui.pairNote = h('p', { class: 'pair-note', part: 'pair-note', role: 'status', hidden: true })),
    h('div', { class: 'filters', part: 'filters', role: 'search', 'aria-label': 'Filter cards' },
      h('div', { class: 'filter-row' },
        (ui.search = h('input', { type: 'search', part: 'search-input', placeholder: 'Search: words, "a phrase", 一带一路', 'aria-label': 'Search questions and answers', autocomplete: 'off', spellcheck: 'false' })),
        h('label', { class: 'scope-label' }, 'In ',
          (ui.scope = h('select', { part: 'scope-select', 'aria-label': 'Search in' },
            Object.entries(SCOPE_LABELS).map(([value, label]) => h('option', { value }, label))))),
        (ui.clearAll = h('button', { type: 'button', class: 'clear-all', part: 'clear-all', dataset: { clearAll: '' }, hidden: true }, 'Clear all'))),
      group('kind'),
      group('outlet'),
      group('speaker'),
      (ui.more = h('details', { class: 'more-facets', part: 'more-facets', hidden: true },
        h('summary', {}, 'Places and topics'), group('place'), group('topic'))),
      (ui.status = h('p', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }))),
    (ui.list = h('div', { class: 'list', part: 'list', role: 'feed', 'aria-label': 'Cards', 'aria-busy': 'false' })),
    (ui.sentinel = h('p', { class: 'more', part: 'more', hidden: true }, 'More cards load as you scroll…')),
    (ui.empty = h('p', { class: 'empty', part: 'empty' }, 'No transcript yet: paste one, or give the element text or a src.')));
  // Shown once styled, so the reader never sees unstyled cards flash by.
  // Nothing in it can take focus until then: ui.styled says when it is shown.
  let reveal;
  ui.styled = new Promise((ok) => { reveal = () => { ui.root.hidden = false; ok(); }; });
  if (stylesheet.url) {
    const style = h('link', { rel: 'stylesheet', href: stylesheet.url });
    style.addEventListener('load', reveal);
    style.addEventListener('error', reveal);
    root.replaceChildren(style, ui.root);
  } else {
    if (!constructed) {
      constructed = new CSSStyleSheet();
      constructed.replaceSync(stylesheet.text);
    }
    root.adoptedStyleSheets = [constructed];
    root.replaceChildren(ui.root);
    reveal();
  }
  ui.buttons = Object.fromEntries(FACETS.map((name) => [name, []]));
  // Places and topics are counted when shown: before the <details> opens
  // (a click or key on its summary fires click first), or once it has.
  ui.pending = {};
  const flush = () => { for (const name in ui.pending) setButtons(ui, name, ...ui.pending[name]); ui.pending = {}; };
  ui.more.firstChild.addEventListener('click', flush);
  ui.more.addEventListener('toggle', flush);
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
    (t.source?.institution ?? t.institution) && h('span', { class: 'institution', part: 'institution', dir: 'auto' }, t.source?.institution ?? t.institution),
    h('span', { class: 'lang', lang: 'en' }, t.language === 'zh' ? 'Chinese' : 'English'),
  ].filter(Boolean);
  const stat = (n, word, cls) => h('li', { class: cls }, h('strong', {}, count(n)), ` ${n === 1 ? word : `${word}s`}`);
  ui.summary.replaceChildren(...[
    h('h2', { class: 'title', part: 'title', lang: t.language, dir: 'auto' }, t.title ?? 'Untitled transcript'),
    h('p', { class: 'meta', part: 'meta' }, meta.flatMap((m, i) => (i ? [h('span', { class: 'dot', 'aria-hidden': 'true' }, '·'), m] : [m]))),
    h('ul', { class: 'stats', part: 'stats', 'aria-label': 'Counts' },
      stat(stats.exchanges, 'exchange', 'stat-exchange'),
      stat(stats.statements - (stats.minor ?? 0), 'statement', 'stat-statement'),
      stats.minor > 0 && h('li', { class: 'stat-minor', title: 'Pleasantries, calls on reporters and other floor management: kept, folded between the cards' }, h('strong', {}, count(stats.minor)), ' floor ', stats.minor === 1 ? 'remark' : 'remarks'),
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

/**
 * The briefing-room chooser: the rooms ([{id, institution}]) once known, the
 * one the text was read as, and whether the parser or the reader chose it.
 */
export function renderRoom(ui, t, rooms) {
  if (rooms && ui.room.options.length === 1) {
    ui.room.append(...rooms.map(({ id, institution }) => h('option', { value: id }, `${institution ?? 'any labelled Q&A'} (${id})`)));
  }
  ui.roomRow.hidden = !t?.source;
  if (!t?.source) return;
  ui.room.value = t.source.detected ? '' : t.source.room;
  ui.roomNote.textContent = t.source.detected ? `detected: ${t.source.room}, ${t.source.format}` : `chosen: ${t.source.format}`;
}

/** What the pairing with a second transcript found (pairs.js), or nothing. */
export function renderPairNote(ui, text) {
  ui.pairNote.hidden = !text;
  ui.pairNote.textContent = text ?? '';
}

/** Builds every facet's buttons for a new transcript, most used values first. */
export function renderFacets(ui, index) {
  const totals = index ? index.filter(index.search(''), {}).counts : null;
  ui.pending = {};
  for (const name of FACETS) {
    const facet = index?.facets[name];
    const n = facet?.names.length ?? 0;
    const order = Array.from({ length: n }, (_, i) => i);
    if (name !== 'kind') order.sort((a, b) => totals[name][b] - totals[name][a] || a - b);
    const { cls, part } = FACET_UI[name];
    ui.buttons[name] = new Array(n);
    for (const id of order) {
      const label = name === 'kind' ? KIND_LABELS[facet.names[id]] : facet.labels[id];
      ui.buttons[name][id] = h('button', { type: 'button', class: name === 'kind' ? `${cls} kind-${facet.names[id]}` : cls, part, 'aria-pressed': 'false', dataset: { facet: name, value: facet.names[id] } },
        h('span', { class: 'name', dir: 'auto' }, label), ' ', h('span', { class: 'n', 'aria-label': 'cards' }, '0'));
    }
    ui.groups[name].replaceChildren(...order.map((id) => ui.buttons[name][id]));
    ui.groups[name].hidden = name === 'speaker' ? n < 2 : n === 0;
  }
  ui.more.hidden = ui.groups.place.hidden && ui.groups.topic.hidden;
  ui.empty.hidden = (index?.size ?? 0) > 0;
}

/**
 * Counts, pressed states, the clear-all button and the status line, after a
 * filter. `view`: {picked: {facet: [values]}, query (parseQuery's), search
 * (as typed), total}.
 */
export function updateFacets(ui, index, { shown, counts }, view) {
  let anyPicked = false;
  for (const name of FACETS) {
    const picked = new Set(view.picked[name] ?? []);
    anyPicked ||= picked.size > 0;
    const args = [picked, index.facets[name].names, counts[name]];
    if (ui.more.contains(ui.groups[name]) && !ui.more.open) ui.pending[name] = args;
    else setButtons(ui, name, ...args);
  }
  ui.clearAll.hidden = !anyPicked && !view.search && view.query.scope === 'both';
  if (ui.scope.value !== view.query.scope) ui.scope.value = view.query.scope;
  const matching = view.search ? ` matching “${view.search}”` : '';
  const cards = shown.length === view.total && !matching
    ? `Showing all ${plural(view.total, 'card')}`
    : `Showing ${count(shown.length)} of ${plural(view.total, 'card')}${matching}`;
  clearTimeout(ui.countTimer);
  ui.status.textContent = cards;
  ui.list.classList.toggle('is-empty', shown.length === 0);
  if (!view.query.terms.length || shown.length === 0) return;
  // The total of matches: at once for a briefing; over thousands of cards,
  // after a pause, a few milliseconds at a time (counting "ti" in 17,000
  // cards takes 40 ms, which would hold up the next keystroke), dropped as
  // soon as the view changes.
  const say = (total) => { ui.status.textContent = `${cards}: ${plural(total, 'match', 'matches')}`; };
  if (shown.length <= COUNT_NOW) { say(index.totalMatches(shown, view.query)); return; }
  let done = 0;
  let total = 0;
  const step = () => {
    const until = performance.now() + COUNT_SLICE_MS;
    while (done < shown.length && performance.now() < until) {
      const end = Math.min(shown.length, done + 128);
      total += index.totalMatches(shown.slice(done, end), view.query);
      done = end;
    }
    if (done < shown.length) ui.countTimer = setTimeout(step, 0);
    else say(total);
  };
  ui.countTimer = setTimeout(step, 300);
}

// Touches the DOM only where something changed: a keystroke over 30,000
// cards must leave the frame to the cards.
function setButtons(ui, name, picked, names, counts) {
  const buttons = ui.buttons[name];
  for (let id = 0; id < buttons.length; id++) setButton(buttons[id], picked.has(names[id]), counts[id]);
}
const shown = new WeakMap();
function setButton(button, pressed, n) {
  let was = shown.get(button);
  if (!was) shown.set(button, (was = { pressed: false, n: -1, text: button.lastChild.firstChild }));
  if (was.pressed !== pressed) button.setAttribute('aria-pressed', (was.pressed = pressed) ? 'true' : 'false');
  if (was.n === n) return;
  if ((was.n === 0) !== (n === 0)) button.classList.toggle('zero', n === 0);
  was.n = n;
  was.text.data = n < 1000 ? String(n) : count(n);
}
