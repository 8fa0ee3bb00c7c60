// The small dialog that maps a CSV's columns to the archive's fields before
// an import (a modal <dialog>): each column of the header with a menu of
// fields (the worker's guess chosen), and its first values as a preview.
// Resolves to the mapping ([field or ''] per column) or null when cancelled.

import { h } from '../element/dom.js';
import { CSV_FIELDS } from './archive-datasets.js';

const FIELD_NAMES = {
  date: 'Date', spokesperson: 'Spokesperson (who answers)', question: 'Question', answer: 'Answer', outlet: 'Outlet (who asks)',
  asker: 'Reporter’s name', title: 'Briefing title', institution: 'Institution',
};

/** Asks the reader how the columns of `file` map ({columns, preview} from the worker's csvColumns). */
export function askMapping(file, { columns, preview }) {
  const selects = columns.map(({ name, field }, k) => h('select', { 'aria-label': `Column ${k + 1} (${name || 'no name'}) is`, dataset: { column: String(k) } },
    h('option', { value: '' }, 'Leave out'),
    CSV_FIELDS.map((f) => h('option', { value: f, selected: f === field }, FIELD_NAMES[f]))));
  const note = h('p', { class: 'note', role: 'alert' });
  const importButton = h('button', { type: 'submit', class: 'button', value: 'import' }, 'Import');
  const dialog = h('dialog', { class: 'csv-dialog', 'aria-labelledby': 'csv-dialog-title' },
    h('form', { method: 'dialog' },
      h('h2', { id: 'csv-dialog-title' }, `Import ${file.name}: which column is which?`),
      h('p', { class: 'note' }, 'One row per exchange. Rows of the same date (and title, and institution) become one briefing.'),
      h('table', { class: 'csv-columns' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Column'), h('th', { scope: 'col' }, 'Holds'), h('th', { scope: 'col' }, 'First values'))),
        h('tbody', {}, columns.map(({ name }, k) => h('tr', {},
          h('th', { scope: 'row', dir: 'auto' }, name || `(column ${k + 1})`),
          h('td', {}, selects[k]),
          h('td', { class: 'csv-preview', dir: 'auto' }, preview.map((row) => (row[k] ?? '').slice(0, 60)).filter(Boolean).join(' · ')))))),
      note,
      h('div', { class: 'source-actions' }, importButton, h('button', { type: 'submit', class: 'button', value: 'cancel', formnovalidate: true }, 'Cancel'))));
  document.body.append(dialog);
  const mapping = () => selects.map((s) => s.value);
  const check = () => {
    const m = mapping().filter(Boolean);
    const twice = m.find((f, k) => m.indexOf(f) !== k);
    const problem = twice ? `Two columns are mapped to “${FIELD_NAMES[twice]}”.` : !m.includes('question') && !m.includes('answer') ? 'Map a column to the question or the answer.' : '';
    note.textContent = problem;
    importButton.disabled = Boolean(problem);
  };
  for (const s of selects) s.addEventListener('change', check);
  check();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'import' ? mapping() : null);
    }, { once: true });
    dialog.showModal();
  });
}
