// The archive page (archive.html): search across every kept transcript with
// facets (date range, institution, spokesperson, outlet, country or region,
// topic), the timeline of the cards found (timeline.js), who asks and what
// comes up (who-what.js), a comparison of a pinned filter set with the
// current one (compare.js), the list of kept transcripts (kept-list.js),
// imports (.txt files or a dropped folder, an exported .json, a CSV of
// exchanges mapped in a dialog, the CLI's JSON Lines) and exports (the
// archive, the results as CSV). The work is the archive's worker's
// (archive-client.js → archive-worker.js); this thread only draws. The view
// lives in the URL hash (archive-url.js), so a link reopens it; the offline
// copy is page/offline.js's.

import { h, count, plural } from '../element/dom.js';
import { client } from './archive-client.js';
import { ArchiveResults, forgetRecords, readRecords, takeRecords } from './archive-results.js';
import { KeptList } from './kept-list.js';
import { Timeline } from './timeline.js';
import { Compare } from './compare.js';
import { renderWhoWhat } from './who-what.js';
import { readHash, writeHash, describeFilters, kindName, searchWords } from './archive-url.js';
import { FILTER_KEYS } from './archive-query.js';
import { FACETS, FRONT } from './archive-table.js';
import { keepOffline } from '../page/offline.js';

const $ = (id) => document.getElementById(id);
const FACET_ANY = { institution: 'Any institution', speaker: 'Any spokesperson', outlet: 'Any outlet', place: 'Any country or region', topic: 'Any topic', kind: 'Any kind of card' };
const search = $('search');
const results = new ArchiveResults($('results'));
const compare = new Compare($('compare'));
const kept = new KeptList($('kept'), $('kept-count'), $('kept-empty'));
const timeline = new Timeline($('timeline-chart'), { onRange: (from, to) => { $('from').value = from; $('to').value = to; changed(); } });
let view = null;
let options = {}; // facet → [{name, option, count}]
let state = readHash();
const placeName = (code) => view?.placeNames[code] ?? code;

// ---- the archive as the worker has it ---------------------------------------------

let listsPending = false; // the view taken last has its kept list and facet menus still to build (showLists)

/**
 * Takes the worker's view of the archive. The list of kept transcripts and
 * the facet menus (showLists) are built with it, or, for an open (`lists`
 * false), once its first results are painted: the reader waits for those,
 * and laying the two out first held them back by a frame (25–50 ms).
 */
function setView({ front, ...next }, { lists = true } = {}) {
  view = { ...next, doc: new Int32Array(next.size) };
  for (const [r, rec] of next.records.entries()) view.doc.fill(r, rec.start, rec.start + rec.count);
  forgetRecords();
  // The newest briefings' cards come first with no query: the worker sent their records with an
  // open (the snapshot's front); else they are read while it answers.
  if (front) takeRecords(front);
  if (!state.filters.q && !state.pin) readRecords(next.records.slice(0, FRONT).map((r) => r.hash));
  results.setView(view);
  compare.setView(view);
  $('export').disabled = $('clear').disabled = $('export-csv').disabled = next.records.length === 0;
  listsPending = true;
  if (lists) showLists();
  document.documentElement.dataset.archive = String(next.records.length);
}

/** The list of kept transcripts and the facet menus, for the view taken last (once). */
function showLists() {
  if (!listsPending) return;
  listsPending = false;
  kept.render(view.records);
  buildFacets();
}

client.addEventListener('changed', ({ detail }) => { setView(detail); run(); });
for (const name of ['error', 'warning']) client.addEventListener(name, ({ detail }) => { $('import-error').textContent = detail.message; });
client.addEventListener('searchable', () => { document.documentElement.dataset.searchable = 'true'; });
client.addEventListener('progress', ({ detail: { phase, done, total, name } }) => {
  $('import-progress').hidden = false;
  $('import-bar').max = total || 1;
  $('import-bar').value = done;
  $('import-note').textContent = phase === 'index' ? `Indexing the archive: ${count(done)} of ${count(total)} transcripts read…`
    : done < total ? `Importing ${count(done)} of ${count(total)}${name ? `: ${name}` : ''}` : 'Indexing…';
});

$('kept').addEventListener('click', async (e) => {
  const hash = e.target.closest('[data-remove]')?.dataset.remove;
  if (!hash) return;
  const record = view.records.find((r) => r.hash === hash);
  await client.call('remove', { hash });
  say(`Removed “${record?.title ?? 'the transcript'}”.`);
  (document.querySelector('.kept .remove') ?? search).focus();
});

function confirming(on) {
  $('clear').hidden = on;
  $('clear-confirm').hidden = $('clear-cancel').hidden = !on;
  (on ? $('clear-cancel') : $('clear')).focus();
}
$('clear').addEventListener('click', () => confirming(true));
$('clear-cancel').addEventListener('click', () => confirming(false));
$('clear-confirm').addEventListener('click', async () => {
  const n = view.records.length;
  await client.call('clear');
  confirming(false);
  say(`Removed all ${plural(n, 'transcript')}.`);
});

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
const today = () => new Date().toISOString().slice(0, 10);
$('export').addEventListener('click', async () => {
  download(await client.call('exportArchive'), `transcript-archive-${today()}.json`);
  say(`Exported ${plural(view.records.length, 'transcript')}.`);
});
$('export-csv').addEventListener('click', async () => {
  download(await client.call('exportCsv', { filters: state.filters }), `transcript-archive-results-${today()}.csv`);
  say('Exported the cards shown as CSV, with a citation for each.');
});

// ---- imports ----------------------------------------------------------------

let importing = Promise.resolve();
let imports = 0;

function say(text, error = '') {
  $('import-note').textContent = text;
  $('import-error').textContent = error;
}

const kindOf = (file) => (/\.txt$/i.test(file.name) || file.type === 'text/plain' ? 'txt'
  : /\.jsonl$/i.test(file.name) ? 'jsonl' : /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv'
    : /\.json$/i.test(file.name) || file.type === 'application/json' ? 'json' : '');

/** Imports files of any kind the archive takes, one kind after another; says what was done. */
function importAll(files) {
  if (!files.length) return importing;
  importing = importing.then(async () => {
    $('import-progress').hidden = false;
    say(`Importing ${plural(files.length, 'file')}…`);
    const total = { added: 0, duplicates: 0, failed: [], full: null, notKept: 0 };
    const merge = (r) => {
      total.added += r.added;
      total.duplicates += r.duplicates;
      total.failed.push(...r.failed);
      total.full ??= r.full;
    };
    const texts = files.filter((f) => kindOf(f) === 'txt');
    const skipped = files.filter((f) => !kindOf(f)).length;
    try {
      if (texts.length) merge(await client.call('importTexts', { files: texts }));
      for (const file of files.filter((f) => ['json', 'jsonl', 'csv'].includes(kindOf(f)))) {
        if (total.full) break;
        try {
          if (kindOf(file) === 'json') merge(await client.call('importArchive', { file }));
          else if (kindOf(file) === 'jsonl') merge(await client.call('importJsonl', { file }));
          else {
            const columns = await client.call('csvColumns', { file });
            const { askMapping } = await import('./csv-dialog.js');
            const mapping = await askMapping(file, columns);
            if (mapping) merge(await client.call('importCsv', { file, mapping, delimiter: columns.delimiter }));
            else total.failed.push({ name: file.name, message: 'import cancelled' });
          }
        } catch (error) {
          total.failed.push({ name: file.name, message: error.message });
        }
      }
      const parts = [`Kept ${plural(total.added, 'new transcript')}`];
      if (total.duplicates) parts.push(`${count(total.duplicates)} already in the archive (kept once)`);
      if (skipped) parts.push(`${plural(skipped, 'file')} skipped (not .txt, .json, .jsonl or .csv)`);
      const failed = total.failed.map((f) => `${f.name}: ${f.message}`).join('; ');
      const error = [total.full, failed && `Not imported: ${failed}`].filter(Boolean).join(' ');
      document.documentElement.dataset.kept = String(performance.now()); // for the benchmark: the records are kept
      if (total.added) {
        say(`${parts.join('; ')}; indexing them…`, error);
        await client.call('settled');
      }
      say(`${parts.join('; ')}.`, error);
    } catch (error) {
      say('', `The import stopped: ${error.message}`);
    } finally {
      $('import-progress').hidden = true;
      document.documentElement.dataset.imported = String(++imports); // for tests: an import ended
    }
  });
  return importing;
}

for (const id of ['files', 'archive-file', 'dataset']) {
  $(id).addEventListener('change', (e) => { importAll([...e.target.files]); e.target.value = ''; });
}

const drop = $('drop');
document.addEventListener('dragover', (e) => {
  if (!e.dataTransfer.types.includes('Files')) return;
  e.preventDefault();
  drop.classList.add('dragging');
});
document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) drop.classList.remove('dragging'); });
document.addEventListener('drop', async (e) => {
  drop.classList.remove('dragging');
  if (!e.dataTransfer.types.includes('Files')) return;
  e.preventDefault();
  const { droppedFiles } = await import('./dropped-files.js');
  importAll(await droppedFiles(e.dataTransfer));
});

// ---- search, facets, timeline, comparison ------------------------------------------

function buildFacets() {
  options = {};
  for (const facet of FACETS) {
    const select = $(facet);
    const wanted = state.filters[facet];
    const names = view.names[facet];
    const list = names.map((name, id) => ({ id, name, label: facet === 'place' ? placeName(name) : facet === 'kind' ? kindName(name) : name })).sort((a, b) => a.label.localeCompare(b.label));
    options[facet] = list.map(({ id, name, label }) => ({ id, name, label, count: -1, option: h('option', { value: name }, label) }));
    if (wanted && !names.includes(wanted)) options[facet].push({ id: -1, name: wanted, label: wanted, count: -1, option: h('option', { value: wanted }, wanted) });
    select.replaceChildren(h('option', { value: '' }, FACET_ANY[facet]), ...options[facet].map((o) => o.option));
    select.value = wanted;
    select.disabled = list.length === 0;
  }
}

/** The form as a filter set. */
function formFilters() {
  const f = Object.fromEntries(FILTER_KEYS.map((k) => [k, '']));
  f.q = search.value;
  f.scope = $('scope').value;
  f.from = $('from').value;
  f.to = $('to').value;
  for (const facet of FACETS) f[facet] = $(facet).value;
  return f;
}

/** The form from a filter set. */
function fillForm(f) {
  search.value = f.q;
  $('scope').value = [...$('scope').options].some((o) => o.value === f.scope) ? f.scope : '';
  $('from').value = f.from;
  $('to').value = f.to;
  for (const facet of FACETS) $(facet).value = f[facet];
}

/** How long typing in the search box pauses before the URL is written. */
const URL_PAUSE = 400;
let urlTimer = 0;
const writeUrl = () => {
  clearTimeout(urlTimer);
  urlTimer = 0;
  history.replaceState(null, '', `#${writeHash(state)}`);
};

function changed(event) {
  showLists(); // the facet menus hold the filters the form is read for
  const next = { ...state, filters: formFilters(), mode: document.querySelector('input[name="mode"]:checked').value, split: $('split').value };
  if (writeHash(next) === writeHash(state) && view) return; // a change event after the input events it follows
  state = next;
  run(); // asked of the worker first: the URL is written while it answers
  // Writing the URL takes the page 2–5 ms (the browser updates its styles for it): while the
  // reader types in the search box it is written once they pause; any other change, at once.
  clearTimeout(urlTimer);
  if (event?.type === 'input' && event.target === search) urlTimer = setTimeout(writeUrl, URL_PAUSE);
  else writeUrl();
}

let asking = false;
let again = false;
let draws = 0;
/**
 * One search: asked of the worker (the latest only, when keys come faster
 * than answers), then drawn; `given`, its answer already had (the open's).
 */
async function run(given = null) {
  if (!view) return;
  if (asking) { again = true; return; }
  asking = true;
  document.documentElement.dataset.busy = 'true';
  try {
    const asked = state;
    const answer = given ?? await client.call('query', { filters: asked.filters, pin: asked.pin, split: asked.split });
    if (!again) await draw(asked, answer);
  } catch (error) {
    $('status').textContent = `The search failed: ${error.message}`;
  } finally {
    asking = false;
    if (again) { again = false; run(); } else delete document.documentElement.dataset.busy;
  }
}

/** The facet menus' counts for these results. */
function countFacets(cur) {
  for (const facet of FACETS) {
    for (const o of options[facet]) {
      const n = o.id < 0 ? 0 : cur.counts[facet][o.id];
      if (n !== o.count) {
        o.count = n;
        o.option.textContent = `${o.label} (${count(n)})`;
      }
    }
  }
}

/** Runs `work` in a task of its own, at once (no timer's clamp). */
const nextTask = (work) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = work;
  channel.port2.postMessage(0);
};

/** Resolves once the frame drawn now is painted (at once in a hidden tab, which paints none). */
const afterPaint = () => new Promise((done) => {
  if (document.visibilityState === 'hidden') nextTask(done);
  else requestAnimationFrame(() => nextTask(done));
});

/**
 * Draws an answer. The status line and the cards are what the reader waits
 * for: they are drawn and painted first ('archive:results'); the facet
 * menus' counts, the timeline and who-and-what follow in the next frame,
 * unless a newer search has come meanwhile (it draws them), so fast typing
 * does not redraw charts no one sees. Then 'archive:shown': all drawn.
 */
async function draw(asked, { cur, pin, timeline: tl }) {
  const { filters } = asked;
  const words = searchWords(filters);
  $('status').textContent = view.size === 0
    ? 'The archive is empty.'
    : `${plural(cur.shown.length, 'card')} in ${plural(cur.transcripts, 'transcript')}${words ? ` match ${words}` : ''} (of ${count(view.cards)} cards in ${plural(view.records.length, 'transcript')}).`;
  const comparing = Boolean(asked.pin);
  $('compare').hidden = !comparing;
  $('single').hidden = comparing;
  $('compare-bar').hidden = !comparing;
  $('pin').hidden = comparing;
  $('split-label').hidden = comparing;
  if (comparing) {
    showLists();
    countFacets(cur);
    $('compare-what').textContent = `Pinned: ${describeFilters(asked.pin, placeName)} (${plural(pin.shown.length, 'card')}) · now: ${describeFilters(filters, placeName)} (${plural(cur.shown.length, 'card')})`;
    timeline.render(tl, ['Pinned', 'Now']);
    compare.show({ cur, pin }, { cur: filters, pin: asked.pin }, { names: view.names, placeName });
  } else {
    await results.show(cur.shown, filters, asked.mode === 'grouped');
    document.dispatchEvent(new CustomEvent('archive:results', { detail: { cards: cur.shown.length } }));
    await afterPaint();
    if (again) return;
    showLists();
    countFacets(cur);
    timeline.render(tl);
    renderWhoWhat($('who-what'), {
      within: cur.within, names: view.names, placeName, picked: filters, total: cur.shown.length,
      onPick: (facet, value) => { $(facet).value = value; changed(); },
    });
  }
  document.documentElement.dataset.shown = String(++draws); // for tests: a view drawn
  document.dispatchEvent(new CustomEvent('archive:shown', { detail: { cards: cur.shown.length, pinned: pin?.shown.length ?? null } }));
}

const form = $('facets');
form.addEventListener('input', changed);
form.addEventListener('change', changed);
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('reset', () => setTimeout(changed));
$('split').addEventListener('change', changed);
$('pin').addEventListener('click', () => {
  state = { ...state, pin: { ...state.filters } };
  writeUrl();
  say('Pinned these filters: change them to compare.');
  run();
});
$('unpin').addEventListener('click', () => {
  state = { ...state, pin: null };
  writeUrl();
  run();
});
window.addEventListener('pagehide', () => { if (urlTimer) writeUrl(); }); // leaving mid-pause: the page's history entry keeps the search
window.addEventListener('hashchange', () => {
  state = readHash();
  fillForm(state.filters);
  run();
});
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.composedPath()[0].matches?.('input, textarea, select, [contenteditable]')) return;
  e.preventDefault();
  search.focus();
});

// ---- theme and start -----------------------------------------------------------

const theme = $('theme');
function setTheme(value) {
  theme.value = value;
  document.documentElement.dataset.theme = value;
  for (const host of document.querySelectorAll('#results, .side-results')) {
    if (value === 'auto') host.removeAttribute('theme');
    else host.setAttribute('theme', value);
  }
}
theme.addEventListener('change', () => {
  setTheme(theme.value);
  try { localStorage.setItem('transcript-cards:theme', theme.value); } catch { /* not kept */ }
});
try { setTheme(localStorage.getItem('transcript-cards:theme') ?? 'auto'); } catch { setTheme('auto'); }

fillForm(state.filters);
document.querySelector(`input[name="mode"][value="${state.mode}"]`).checked = true;
$('split').value = state.split;
// The open is asked the first query's answer too (the worker has it when no filter is set): its
// results are drawn without a second round trip, in the same task as the view is taken; the kept
// list and the facet menus after their paint (with them, the one task held the page 58–80 ms, and
// in a task of their own before the results, a frame of layout delayed those by 25–50 ms).
const openedFor = state;
client.call('open', { filters: state.filters, pin: state.pin, split: state.split }).then((opened) => {
  setView(opened, { lists: false });
  if (opened.searchable) document.documentElement.dataset.searchable = 'true';
  fillForm(state.filters);
  run(state === openedFor ? opened.answer : null).finally(showLists); // drawn by then, unless the answer failed
  document.dispatchEvent(new CustomEvent('archive:ready', { detail: { transcripts: opened.records.length, cards: opened.cards } }));
}, (error) => say('', `The archive could not be opened: ${error.message}`));
keepOffline();
