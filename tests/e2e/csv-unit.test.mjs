// Unit tests of the archive's CSV reader and writer (www/archive/csv.js),
// without a browser: RFC 4180 quoting, line ends, the line each row begins
// on, bad rows reported and skipped while the rows around them are kept.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCSV, csvRow, sniffDelimiter } from '../../www/archive/csv.js';

const fieldsOf = (r) => r.rows.map((row) => row.fields);

test('should read quoted fields holding commas, quotes and line breaks', () => {
  const r = readCSV('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\nplain,,end\r\n');
  assert.deepEqual(fieldsOf(r), [['a', 'b', 'c'], ['x, y', 'say "hi"', 'two\nlines'], ['plain', '', 'end']]);
  assert.deepEqual(r.rows.map((row) => row.line), [1, 2, 4], 'a row after a field with a line break should begin one line later');
  assert.deepEqual(r.errors, []);
});

test('should take LF, CR and CRLF line ends, a byte-order mark, a last row without a line end, and skip blank lines', () => {
  const r = readCSV('\ufeffh1,h2\nA,1\rB,2\r\n\r\nC,3');
  assert.deepEqual(fieldsOf(r), [['h1', 'h2'], ['A', '1'], ['B', '2'], ['C', '3']]);
  assert.deepEqual(r.rows.map((row) => row.line), [1, 2, 3, 5]);
});

test('should report a quote out of place with the line its row begins on, and keep the other rows', () => {
  const text = 'date,q\n2020-01-01,"ok\nstill ok"\n2020-01-02,bad "quote" here\n2020-01-03,"closed" then text\n2020-01-04,fine\n';
  const r = readCSV(text);
  assert.deepEqual(fieldsOf(r), [['date', 'q'], ['2020-01-01', 'ok\nstill ok'], ['2020-01-04', 'fine']]);
  assert.deepEqual(r.errors.map((e) => e.line), [4, 5], 'each bad row should be reported at its own line');
  assert.match(r.errors[0].message, /quote inside field 2/);
  assert.match(r.errors[1].message, /after the closing quote of field 2/);
});

test('should report a quoted field never closed', () => {
  const r = readCSV('a,b\n1,2\n3,"never closed\n4,5\n');
  assert.deepEqual(fieldsOf(r), [['a', 'b'], ['1', '2']]);
  assert.deepEqual(r.errors, [{ line: 3, message: 'a quoted field is not closed before the end of the file' }]);
});

test('should find the delimiter of the header, outside quotes', () => {
  assert.equal(sniffDelimiter('a;b;c\n1,2;3;4'), ';');
  assert.equal(sniffDelimiter('a\tb\tc'), '\t');
  assert.equal(sniffDelimiter('"x,y";b;c'), ';', 'a comma inside quotes should not count');
  assert.equal(sniffDelimiter('single'), ',');
  assert.deepEqual(fieldsOf(readCSV('a;b\n"1;2";3\n')), [['a', 'b'], ['1;2', '3']]);
});

test('should write what it reads back, and defuse spreadsheet formulas', () => {
  const values = ['x, y', 'say "hi"', 'two\r\nlines', '', '<script>alert(1)</script>'];
  assert.deepEqual(fieldsOf(readCSV(csvRow(values))), [values]);
  assert.equal(csvRow(['=1+1', '-2', '@SUM', 'ok']), `"'=1+1","'-2","'@SUM","ok"\r\n`);
  assert.equal(csvRow([null, 3]), '"","3"\r\n');
});

test('should stop after `limit` rows for a preview', () => {
  assert.equal(readCSV('a\n1\n2\n3\n', { limit: 2 }).rows.length, 2);
});
