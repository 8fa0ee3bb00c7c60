// The page around <transcript-cards>: the paste area, file picker and drop
// zone (two files, or "Compare with…": the same briefing in the other
// language, side by side), the sample on first open, the URL hash (search, outlet, kind, speaker,
// focused card) so a link reopens the same view, text shared with the
// installed app (the manifest's share target opens ?title=…&text=…&url=…),
// exports of the cards shown, the theme menu and the "/" shortcut, and the
// offline copy (offline.js). The cards themselves are the element's.

import '../element/define.js';
import { version } from '../element/parser.js';
import { sampleText, sampleParse } from './sample.js';
import { keepOffline } from './offline.js';
// Loaded on first use, not with the page: exports (export.js) and the
// archive (archive-keep.js, IndexedDB) — the page ships less up front.
const exporter = () => import('../element/export.js');
const archive = () => import('../archive/archive-keep.js');

const SHOW_IN_TEXTAREA = 1_000_000; // larger files parse without filling the textarea
const STORE_LIMIT = 4_000_000; // what the tab remembers across a reload
const FILTERS = { q: 'search', in: 'scope', outlet: 'outlet', kind: 'kind', speaker: 'speaker', place: 'place', topic: 'topic' };

const $ = (id) => document.getElementById(id);
const viewer = $('viewer');
const paste = $('paste');
const note = $('source-note');
let focusedCard = null;
let typingTimer = 0;
let shownText = ''; // the text of the cards shown, for "Keep in archive"

// ---- the transcript text -------------------------------------------------

async function show(text, source, transcript = null) {
  try {
    note.textContent = source;
    await viewer.parseText(text, { transcript });
    shownText = text;
    try {
      sessionStorage.setItem('transcript-cards:text', text.length <= STORE_LIMIT ? text : '');
    } catch { /* storage full or disabled: the page works without it */ }
  } catch (error) {
    note.textContent = `Could not parse this text: ${error.message}`;
  }
}

paste.addEventListener('input', (event) => {
  clearTimeout(typingTimer);
  const pasted = event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop';
  if (pasted) show(paste.value, '');
  else typingTimer = setTimeout(() => show(paste.value, ''), 250);
});

function readFile(file) {
  if (!file) return;
  const reader = new FileReader();
  reader.onprogress = (e) => {
    if (e.lengthComputable) note.textContent = `Reading ${file.name}: ${Math.round((100 * e.loaded) / e.total)}%`;
  };
  reader.onerror = () => { note.textContent = `Could not read ${file.name}.`; };
  reader.onload = () => {
    const text = reader.result;
    const big = text.length > SHOW_IN_TEXTAREA;
    paste.value = big ? '' : text;
    const size = `${(file.size / 1e6).toFixed(1)} MB`;
    show(text, big ? `${file.name} (${size}) is too large to show above; its cards are on the right.` : `From ${file.name}.`);
  };
  reader.readAsText(file);
}

$('file').addEventListener('change', (e) => openFiles(e.target.files));
$('sample').addEventListener('click', () => loadSample());
// The one-file build has no archive (its page says why): no button.
const keep = $('keep');
keep?.addEventListener('click', async () => {
  const shown = viewer.transcript && { text: shownText, transcript: viewer.transcript };
  const { keepTranscript } = await archive();
  keepTranscript(keep, shown, note);
});

const drop = $('drop');
drop.addEventListener('dragover', (e) => {
  if (e.dataTransfer.types.includes('Files')) {
    e.preventDefault();
    drop.classList.add('dragging');
  }
});
drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
drop.addEventListener('drop', (e) => {
  drop.classList.remove('dragging');
  if (e.dataTransfer.files.length) {
    e.preventDefault();
    openFiles(e.dataTransfer.files);
  }
});

// ---- a second version of the briefing, side by side (the element's pairs.js) ----

/** One file: its cards. Two (Chinese and English of one date): the first's cards, the second beside them. */
function openFiles(files) {
  readFile(files[0]);
  if (files.length > 1) compareFile(files[1]);
}

async function compareFile(file) {
  if (!file) return;
  try {
    await viewer.compareWith(await file.text());
    note.textContent = `Side by side with ${file.name}.`;
  } catch (error) {
    note.textContent = `Not side by side with ${file.name}: ${error.message}.`;
  }
}
$('compare').addEventListener('change', (e) => compareFile(e.target.files[0]));

async function loadSample() {
  let parsed = null;
  try {
    [paste.value, parsed] = await Promise.all([sampleText(), sampleParse()]);
  } catch (error) {
    note.textContent = `Could not load the sample: ${error.message}.`;
    return;
  }
  await show(paste.value, 'The sample: the briefing of 14 September 2020.', parsed);
}

// ---- text shared with the installed app (the manifest's share target) -----

/**
 * The text of a share (GET ?title=…&text=…&url=…, as the browser opens it),
 * or null: the text, with the title before it and the URL after it unless the
 * text already holds them. The query is then dropped, so a reload does not
 * share it again.
 */
function takeShared() {
  const params = new URLSearchParams(location.search);
  const [title, text, url] = ['title', 'text', 'url'].map((k) => params.get(k)?.trim() ?? '');
  if (!title && !text && !url) return null;
  history.replaceState(null, '', location.pathname + location.hash);
  return [title && !text.startsWith(title) ? title : '', text, url && !text.includes(url) ? url : '']
    .filter(Boolean).join('\n\n');
}

// ---- the view in the URL hash ---------------------------------------------

function readHash() {
  return new URLSearchParams(location.hash.slice(1));
}

function writeHash() {
  const params = new URLSearchParams();
  for (const [key, attr] of Object.entries(FILTERS)) if (viewer[attr]) params.set(key, viewer[attr]);
  if (focusedCard) params.set('card', focusedCard);
  const hash = params.size ? `#${params}` : '';
  if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
}

function applyHash() {
  const params = readHash();
  for (const [key, attr] of Object.entries(FILTERS)) viewer[attr] = params.get(key) ?? '';
  focusedCard = params.get('card');
}

function focusFromHash() {
  if (focusedCard && viewer.shownItems.some((item) => item.id === focusedCard)) viewer.focusCard(focusedCard);
}

// The hash follows the view a moment after typing stops: not in the keystroke's frame.
let hashTimer = 0;
viewer.addEventListener('transcript-cards:filter', () => {
  clearTimeout(hashTimer);
  hashTimer = setTimeout(writeHash, 150);
});
viewer.addEventListener('transcript-cards:focus', (e) => {
  focusedCard = e.detail.id;
  clearTimeout(hashTimer);
  writeHash();
});
window.addEventListener('hashchange', () => {
  applyHash();
  queueMicrotask(focusFromHash); // after the element has applied the filters
});

// ---- exports ---------------------------------------------------------------

const EXPORTS = {
  json: { make: 'toJSON', type: 'application/json', ext: 'json' },
  csv: { make: 'toCSV', type: 'text/csv', ext: 'csv' },
  md: { make: 'toMarkdown', type: 'text/markdown', ext: 'md' },
};

document.querySelector('.exports').addEventListener('click', async (e) => {
  const format = EXPORTS[e.target.closest('[data-export]')?.dataset.export];
  const t = viewer.transcript;
  if (!format || !t) return;
  const text = (await exporter())[format.make](t, viewer.shownItems);
  const url = URL.createObjectURL(new Blob([text], { type: `${format.type};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `${t.date ?? 'transcript'}-cards.${format.ext}` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});

// ---- theme and shortcuts ---------------------------------------------------

const theme = $('theme');
function setTheme(value) {
  theme.value = value;
  viewer.theme = value === 'auto' ? '' : value;
  document.documentElement.dataset.theme = value;
}
theme.addEventListener('change', () => {
  setTheme(theme.value);
  try { localStorage.setItem('transcript-cards:theme', theme.value); } catch { /* not kept */ }
});

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.composedPath()[0];
  if (t.matches?.('input, textarea, select, [contenteditable]')) return;
  e.preventDefault();
  viewer.focusSearch();
});

// ---- start -----------------------------------------------------------------

let savedTheme = 'auto';
try { savedTheme = localStorage.getItem('transcript-cards:theme') ?? 'auto'; } catch { /* default */ }
setTheme(savedTheme);
applyHash();

let stored = '';
try { stored = sessionStorage.getItem('transcript-cards:text') ?? ''; } catch { /* none */ }
const shared = takeShared();
const archiveHash = keep && readHash().get('archive'); // a link from archive.html
const archived = archiveHash ? await (await archive()).archivedText(archiveHash) : null;
if (shared) {
  paste.value = shared.length <= SHOW_IN_TEXTAREA ? shared : '';
  await show(shared, 'Shared with Transcript cards.');
} else if (archived) {
  paste.value = archived.length <= SHOW_IN_TEXTAREA ? archived : '';
  await show(archived, 'From your archive.');
} else if (stored) {
  paste.value = stored.length <= SHOW_IN_TEXTAREA ? stored : '';
  await show(stored, 'Restored from this tab.');
} else {
  await loadSample();
}
focusFromHash();
keepOffline();
// The parser, for the first paste: loaded once the page is shown (the sample shows its prebuilt parse).
version().then((v) => { $('version').textContent = v; }, () => {});
