// Bringing transcripts into the archive: many .txt files at once (a
// multi-select, or files and whole folders dropped, read through
// webkitGetAsEntry), each parsed in the Web Worker and kept in its own
// transaction, with progress; and an exported archive (.json) read back.
// A text already kept is recognised by its hash and skipped before parsing.
// A full quota stops the import with the store's message: what was kept stays.

import { parse } from '../element/parser.js';
import { keep, findText, hashText, readArchiveFile, ArchiveFullError } from './archive-store.js';

/** Every file under the dropped items (folders walked), .txt and .json alike. */
export async function droppedFiles(dataTransfer) {
  const entries = [...dataTransfer.items].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  if (!entries.length) return [...dataTransfer.files];
  const files = [];
  const walk = async (entry) => {
    if (entry.isFile) {
      files.push(await new Promise((ok, fail) => entry.file(ok, fail)));
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      // readEntries gives a batch at a time: read until it gives none.
      for (;;) {
        const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
        if (!batch.length) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return files;
}

const isText = (file) => /\.txt$/i.test(file.name) || file.type === 'text/plain';
const isArchive = (file) => /\.json$/i.test(file.name) || file.type === 'application/json';

/**
 * Imports texts one by one: [{name, text}] or [File]. `onProgress({done,
 * total, name})` after each. Resolves to {added, duplicates, failed: [{name,
 * message}], full: ArchiveFullError|null}; stops at a full quota.
 */
export async function importTexts(sources, { onProgress = () => {} } = {}) {
  const result = { added: 0, duplicates: 0, failed: [], full: null };
  const total = sources.length;
  for (let k = 0; k < total; k++) {
    const source = sources[k];
    const name = source.name ?? `text ${k + 1}`;
    onProgress({ done: k, total, name });
    try {
      const text = typeof source.text === 'string' ? source.text : await source.text();
      if (!text.trim()) throw new Error('the file is empty');
      if (await findText(text)) {
        result.duplicates++;
        continue;
      }
      const transcript = await parse(text, { inWorker: true });
      const { added } = await keep(text, transcript);
      if (added) result.added++;
      else result.duplicates++;
    } catch (error) {
      if (error instanceof ArchiveFullError) {
        result.full = error;
        break;
      }
      result.failed.push({ name, message: String(error?.message ?? error) });
    }
  }
  onProgress({ done: total, total, name: '' });
  return result;
}

/** Imports an exported archive's transcripts (already parsed), each in its own transaction. */
export async function importArchive(json, { onProgress = () => {} } = {}) {
  const records = readArchiveFile(json);
  const result = { added: 0, duplicates: 0, failed: [], full: null };
  for (let k = 0; k < records.length; k++) {
    const { text, transcript, added } = records[k];
    onProgress({ done: k, total: records.length, name: transcript.title ?? '' });
    try {
      const hash = await hashText(text); // recomputed: a file's hash is not trusted
      const kept = await keep(text, transcript, { hash, added: Number.isFinite(added) ? added : Date.now() });
      if (kept.added) result.added++;
      else result.duplicates++;
    } catch (error) {
      if (error instanceof ArchiveFullError) {
        result.full = error;
        break;
      }
      result.failed.push({ name: transcript.title ?? `transcript ${k + 1}`, message: String(error?.message ?? error) });
    }
  }
  onProgress({ done: records.length, total: records.length, name: '' });
  return result;
}

/** Imports a mix of files: .txt as transcripts, .json as exported archives. */
export async function importFiles(files, options = {}) {
  const texts = files.filter(isText);
  const archives = files.filter((f) => !isText(f) && isArchive(f));
  const skipped = files.length - texts.length - archives.length;
  const total = { added: 0, duplicates: 0, failed: [], full: null, skipped };
  const merge = (r) => {
    total.added += r.added;
    total.duplicates += r.duplicates;
    total.failed.push(...r.failed);
    total.full ??= r.full;
  };
  if (texts.length) merge(await importTexts(texts, options));
  for (const file of archives) {
    if (total.full) break;
    try {
      merge(await importArchive(await file.text(), options));
    } catch (error) {
      total.failed.push({ name: file.name, message: error.message });
    }
  }
  return total;
}
