// Shared by the archive's end-to-end tests: opening archive.html and
// waiting until its worker has answered, importing through the page's own
// file inputs, waiting for a view to be drawn after an action, reading the
// status line, and corpus transcripts parsed by the CLI (an independent
// route to what the page should count).

import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, SHARED } from './helpers.mjs';

export const EN = join(SHARED, 'corpus/cn-mfa-en');
export const ZH = join(SHARED, 'corpus/cn-mfa-zh');
export const WH = join(SHARED, 'silver/us-wh-en');
const CLI = process.env.TC_CLI ?? join(ROOT, 'target/release/transcript-cards');

/** Opens archive.html (with a hash) and waits until the archive is read and drawn; resolves to how many transcripts it holds. */
export async function openArchive(page, hash = '') {
  await page.goto(`${page.origin}/archive.html${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.archive !== undefined && document.documentElement.dataset.shown !== undefined && !document.documentElement.dataset.busy);
  return Number(await page.evaluate(() => document.documentElement.dataset.archive));
}

/** Runs `action` (a change of the filters), then waits until the page has drawn the answer to it. */
export async function settle(page, action) {
  const before = Number(await page.evaluate(() => document.documentElement.dataset.shown ?? 0));
  await action();
  await page.waitForFunction((n) => Number(document.documentElement.dataset.shown ?? 0) > n && !document.documentElement.dataset.busy, before);
}

/** Imports files through an input (#files by default) and waits until the import says what it did and the view is drawn again. */
export async function importFiles(page, files, input = '#files') {
  const before = await imported(page);
  await page.setInputFiles(input, files);
  await waitImported(page, before);
  return { note: await page.textContent('#import-note'), error: await page.textContent('#import-error') };
}

/** How many imports the page has ended: read before one begins, for waitImported. */
export const imported = (page) => page.evaluate(() => Number(document.documentElement.dataset.imported ?? 0));

/** Waits until an import begun when imported() said `before` has ended, and the view is drawn again. */
export async function waitImported(page, before) {
  await page.waitForFunction((n) => Number(document.documentElement.dataset.imported ?? 0) > n && !document.documentElement.dataset.busy, before, { timeout: 60_000 });
}

export const status = (page) => page.textContent('#status');
export const keptTitles = (page) => page.$$eval('#kept li > a', (as) => as.map((a) => a.textContent));
/** The number of cards the status line says are shown. */
export const shownCount = async (page) => Number((await status(page)).match(/^([\d,]+) cards?/)[1].replace(/,/g, ''));

export async function searchFor(page, text) {
  await settle(page, () => page.fill('#search', text));
  return status(page);
}

/** A .txt file's transcript as the CLI parses it (JSON). */
export function cliParse(file) {
  return JSON.parse(execFileSync(CLI, ['parse', file, '--format', 'json']).toString());
}

/** The CLI's JSON Lines of these files. */
export const cliJsonl = (files) => execFileSync(CLI, ['parse', ...files, '--format', 'jsonl']);

export const text = (file) => readFile(file, 'utf8');

/** In the page: runs `work(store, arg, out, refuse)` in one readwrite transaction on `name`; resolves with `out`. */
function inStore(name, work, arg) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('transcript-cards-archive');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(name, 'readwrite');
      const out = {};
      tx.oncomplete = () => { db.close(); resolve(out); };
      tx.onerror = () => reject(tx.error);
      work(tx.objectStore(name), arg, out, () => { tx.abort(); reject(new Error(`nothing to do for ${arg}`)); });
    };
  });
}

/**
 * One readwrite transaction on the archive's IndexedDB store `name`
 * ('index': the snapshot, 'transcripts': the records) in the page, `work`
 * in it (inStore's); both go as their source, in one expression.
 */
const inArchiveStore = (page, name, work, arg) => page.evaluate(`(${inStore})(${JSON.stringify(name)}, ${work}, ${JSON.stringify(arg)})`);

/**
 * Rewrites the archive's search snapshot as an earlier version kept it:
 * 'texts whole' (the folded texts in one entry, not in parts), 'head v4'
 * (the head of version 4, before the kind facet, the whole table in it),
 * 'table of another head' (the rest of the table stamped for another head).
 */
export const keepSnapshotAs = (page, layout) => inArchiveStore(page, 'index', (store, layout, out, refuse) => {
  if (layout === 'texts whole') {
    const head = store.get('texts');
    head.onsuccess = () => {
      const { stamp, parts } = head.result;
      const texts = [];
      for (let k = 0; k < parts; k++) {
        const part = store.get(`texts-${k}`);
        part.onsuccess = () => {
          texts[k] = part.result.texts;
          store.delete(`texts-${k}`);
          if (texts.filter(Boolean).length === parts) store.put({ stamp, texts: texts.flat() }, 'texts');
        };
      }
    };
  } else if (layout === 'table of another head') {
    const get = store.get('table');
    get.onsuccess = () => store.put({ ...get.result, stamp: 'another' }, 'table');
  } else if (layout === 'head v4') {
    // Version 4 kept the whole table in the head (no "table" part).
    const get = store.get('head');
    const rest = store.get('table');
    rest.onsuccess = () => {
      const { stamp, ...table } = rest.result;
      const head = Object.assign(get.result, table);
      store.delete('table');
      head.version = 4;
      delete head.names.kind;
      delete head.facets.kind;
      if (head.first) { delete head.first.cur.counts.kind; delete head.first.cur.within.kind; }
      store.put(head, 'head');
    };
  } else refuse();
}, layout);

/**
 * The records' parses as kept: {hash: {kind, transcript}}, kind 'bytes' (a
 * Uint8Array of UTF-8) or 'string' (JSON text, as records kept it before);
 * with `asString`, that record's bytes are rewritten first as a string.
 */
export const keptParses = (page, asString = null) => inArchiveStore(page, 'transcripts', (store, asString, out) => {
  const all = store.getAll();
  all.onsuccess = () => {
    for (const record of all.result) {
      const bytes = record.json instanceof Uint8Array;
      const text = bytes ? new TextDecoder().decode(record.json) : record.json;
      if (record.hash === asString) store.put({ ...record, json: text });
      out[record.hash] = { kind: bytes ? 'bytes' : typeof record.json, transcript: JSON.parse(text) };
    }
  };
}, asString);

/** The text of every kept transcript, by hash. */
export const keptTexts = (page) => inArchiveStore(page, 'transcripts', (store, arg, out) => {
  const all = store.getAll();
  all.onsuccess = () => {
    for (const record of all.result) out[record.hash] = record.text;
  };
});
