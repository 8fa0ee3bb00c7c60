// The archive page (archive.html): the list of kept transcripts (open,
// remove one, remove all, export), imports (many .txt files or a dropped
// folder, an exported .json) with a progress bar, and search across every
// kept transcript with facets (date range, spokesperson, outlet, country or
// region, topic), results grouped by transcript or as one stream. Storage is
// archive-store.js's, the index archive-index.js's, the cards archive-results.js's;
// the offline copy page/offline.js's.

import { h, count, plural } from '../element/dom.js';
import { all, remove, clear, exportArchive } from './archive-store.js';
import { importFiles, droppedFiles } from './archive-import.js';
import { ArchiveIndex, ANY } from './archive-index.js';
import { ArchiveResults, longDate, transcriptLink } from './archive-results.js';
import { keepOffline } from '../page/offline.js';

const $ = (id) => document.getElementById(id);
const FACETS = ['speaker', 'outlet', 'place', 'topic'];
const FACET_ANY = { speaker: 'Any spokesperson', outlet: 'Any outlet', place: 'Any country or region', topic: 'Any topic' };
const search = $('search');
const results = new ArchiveResults($('results'));
let index = new ArchiveIndex([]);
let options = {}; // facet → [{id, option, count}]

// ---- the kept transcripts -------------------------------------------------

async function reload() {
  const records = await all();
  index = new ArchiveIndex(records);
  results.setIndex(index);
  renderKept();
  buildFacets();
  run();
  document.documentElement.dataset.archive = String(index.records.length);
  document.dispatchEvent(new CustomEvent('archive:ready', { detail: { transcripts: index.records.length, cards: index.size } }));
}

function renderKept() {
  const { records } = index;
  $('kept-count').textContent = records.length ? `(${count(records.length)})` : '';
  $('kept-empty').hidden = records.length > 0;
  $('export').disabled = $('clear').disabled = records.length === 0;
  $('kept').replaceChildren(...records.map((r) => h('li', { dataset: { hash: r.hash } },
    h('a', { href: transcriptLink(r.hash) }, r.title),
    h('span', { class: 'meta' },
      h('time', { datetime: r.date || null }, longDate(r.date)),
      r.spokespersons.length ? ` · ${r.spokespersons.join(', ')}` : '',
      ` · ${plural(r.exchanges, 'exchange')}`),
    h('button', { type: 'button', class: 'button remove', dataset: { remove: r.hash }, 'aria-label': `Remove “${r.title}” (${longDate(r.date)}) from the archive` }, 'Remove'))));
}

$('kept').addEventListener('click', async (e) => {
  const hash = e.target.closest('[data-remove]')?.dataset.remove;
  if (!hash) return;
  const record = index.records.find((r) => r.hash === hash);
  await remove(hash);
  await reload();
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
  const n = index.records.length;
  await clear();
  confirming(false);
  await reload();
  say(`Removed all ${plural(n, 'transcript')}.`);
});

$('export').addEventListener('click', async () => {
  const json = await exportArchive();
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json;charset=utf-8' }));
  const link = h('a', { href: url, download: `transcript-archive-${new Date().toISOString().slice(0, 10)}.json` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(`Exported ${plural(index.records.length, 'transcript')}.`);
});

// ---- imports ----------------------------------------------------------------

const bar = $('import-bar');
let importing = Promise.resolve();

function say(text, error = '') {
  $('import-note').textContent = text;
  $('import-error').textContent = error;
}

function importAll(files) {
  if (!files.length) return importing;
  importing = importing.then(async () => {
    $('import-progress').hidden = false;
    say(`Importing ${plural(files.length, 'file')}…`);
    const onProgress = ({ done, total, name }) => {
      bar.max = total || 1;
      bar.value = done;
      if (done < total) $('import-note').textContent = `Importing ${count(done + 1)} of ${count(total)}: ${name}`;
    };
    try {
      const r = await importFiles(files, { onProgress });
      const parts = [`Kept ${plural(r.added, 'new transcript')}`];
      if (r.duplicates) parts.push(`${count(r.duplicates)} already in the archive (kept once)`);
      if (r.skipped) parts.push(`${plural(r.skipped, 'file')} skipped (not .txt or .json)`);
      const failed = r.failed.map((f) => `${f.name}: ${f.message}`).join('; ');
      say(`${parts.join('; ')}.`, [r.full?.message, failed && `Not imported: ${failed}`].filter(Boolean).join(' '));
    } finally {
      $('import-progress').hidden = true;
      await reload();
    }
  });
  return importing;
}

$('files').addEventListener('change', (e) => { importAll([...e.target.files]); e.target.value = ''; });
$('archive-file').addEventListener('change', (e) => { importAll([...e.target.files]); e.target.value = ''; });

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
  importAll(await droppedFiles(e.dataTransfer));
});

// ---- search and facets ----------------------------------------------------------

function buildFacets() {
  const names = index.facets;
  options = {};
  for (const facet of FACETS) {
    const select = $(facet);
    const previous = select.selectedOptions[0]?.dataset.name ?? null;
    const list = names[facet].map((name, id) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
    options[facet] = list.map(({ id, name }) => ({ id, name, count: -1, option: h('option', { value: id, dataset: { name } }, name) }));
    select.replaceChildren(h('option', { value: ANY }, FACET_ANY[facet]), ...options[facet].map((o) => o.option));
    const again = options[facet].find((o) => o.name === previous);
    select.value = again ? String(again.id) : String(ANY);
    select.disabled = list.length === 0;
  }
}

function filters() {
  const f = { from: $('from').value, to: $('to').value };
  for (const facet of FACETS) f[facet] = Number($(facet).value || ANY);
  return f;
}

/** One search: the keystroke's work, then the repaint. */
function run() {
  const query = search.value;
  const hits = index.search(query);
  const { shown, counts } = index.filter(hits, filters());
  results.show(shown, query, document.querySelector('input[name="mode"]:checked').value === 'grouped');
  for (const facet of FACETS) {
    for (const o of options[facet]) {
      const n = counts[facet][o.id];
      if (n !== o.count) {
        o.count = n;
        o.option.textContent = `${o.name} (${count(n)})`;
      }
    }
  }
  let transcripts = 0;
  for (let j = 0, last = -1; j < shown.length; j++) if (index.doc[shown[j]] !== last) { last = index.doc[shown[j]]; transcripts++; }
  $('status').textContent = index.size === 0
    ? 'The archive is empty.'
    : `${plural(shown.length, 'card')} in ${plural(transcripts, 'transcript')}${query.trim() ? ` match “${query.trim()}”` : ''} (of ${count(index.size)} cards in ${plural(index.records.length, 'transcript')}).`;
}

const form = $('facets');
form.addEventListener('input', run);
form.addEventListener('change', run);
form.addEventListener('submit', (e) => e.preventDefault());
form.addEventListener('reset', () => setTimeout(run));
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
  if (value === 'auto') $('results').removeAttribute('theme');
  else $('results').setAttribute('theme', value);
}
theme.addEventListener('change', () => {
  setTheme(theme.value);
  try { localStorage.setItem('transcript-cards:theme', theme.value); } catch { /* not kept */ }
});
try { setTheme(localStorage.getItem('transcript-cards:theme') ?? 'auto'); } catch { setTheme('auto'); }

reload().catch((error) => say('', `The archive could not be opened: ${error.message}`));
keepOffline();
