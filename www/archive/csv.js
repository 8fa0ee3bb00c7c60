// CSV as RFC 4180 has it, both ways (DOM-free). Hand-written rather than a
// library: the archive must say on which line of the file each bad row
// begins (a quoted field may hold line breaks, so a row's number is not its
// line), keep every good row around a bad one, and read a 30 MB file in a
// worker without a dependency; the reader is some eighty lines, with unit
// tests (tests/e2e/csv-unit.test.mjs). Fields are quoted with "…", a quote
// inside one doubled; rows end with CRLF, LF or CR; a byte-order mark is
// skipped; the delimiter (comma, semicolon or tab) is the header's.

import { csvCell } from '../element/export.js';

/** The delimiter of the header line: the one of , ; tab that occurs most outside quotes. */
export function sniffDelimiter(text) {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]++;
  }
  const [best, times] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return times > 0 ? best : ',';
}

/**
 * The rows of a CSV text: {rows: [{line, fields}], errors: [{line, message}]}
 * where `line` is the 1-based line the row begins on. A row with a quote
 * out of place is reported and left out; the reader goes on at the next line.
 * `limit` stops after that many rows (a preview).
 */
export function readCSV(text, { delimiter = sniffDelimiter(text), limit = Infinity } = {}) {
  const rows = [];
  const errors = [];
  let k = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  const lineEnd = (at) => (text[at] === '\r' ? (text[at + 1] === '\n' ? 2 : 1) : text[at] === '\n' ? 1 : 0);
  /** Skips to the start of the next line; returns the new position. */
  const skipLine = (at) => {
    while (at < n && !lineEnd(at)) at++;
    if (at < n) { at += lineEnd(at); line++; }
    return at;
  };
  while (k < n && rows.length < limit) {
    const start = line;
    const fields = [];
    let error = null;
    for (;;) {
      let field = '';
      if (text[k] === '"') {
        k++;
        for (;;) {
          const q = text.indexOf('"', k);
          if (q === -1) { error = 'a quoted field is not closed before the end of the file'; k = n; break; }
          const piece = text.slice(k, q);
          field += piece;
          line += (piece.match(/\r\n|\r|\n/g)?.length ?? 0);
          if (text[q + 1] === '"') { field += '"'; k = q + 2; continue; }
          k = q + 1;
          break;
        }
        if (!error && k < n && text[k] !== delimiter && !lineEnd(k)) error = `text after the closing quote of field ${fields.length + 1}`;
      } else {
        const from = k;
        while (k < n && text[k] !== delimiter && !lineEnd(k)) {
          if (text[k] === '"' && !error) error = `a quote inside field ${fields.length + 1}, which is not quoted (quote the field and double the quote)`;
          k++;
        }
        field = text.slice(from, k);
      }
      if (error) break;
      fields.push(field);
      if (k < n && text[k] === delimiter) { k++; continue; }
      if (k < n) { k += lineEnd(k); line++; }
      break;
    }
    if (error) {
      errors.push({ line: start, message: error });
      if (k < n) k = skipLine(k);
      continue;
    }
    if (fields.length === 1 && fields[0] === '') continue; // a blank line
    rows.push({ line: start, fields });
  }
  return { rows, errors, delimiter };
}

/** One row of cells (the cards page's csvCell: quoted, a formula defused), CRLF-terminated. */
export const csvRow = (values) => `${values.map(csvCell).join(',')}\r\n`;
