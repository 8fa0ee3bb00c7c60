// The reader's archive in IndexedDB, behind a small promise wrapper (used on
// the page and in the archive's worker alike). Each kept transcript is one
// record of the store "transcripts" (its text, its parse, and what the list
// shows), keyed by the SHA-256 of its normalised text, so the same transcript
// imported twice, or by two tabs at once, is kept once: the check and the
// write are in one transaction, and IndexedDB runs writing transactions on a
// store one after the other. Imports write in batches (keepMany), one
// transaction each, so a crash mid-import loses only the batch being written.
// The store "index" keeps what the search needs (archive-snapshot.js), so
// it is not rebuilt from every record on each open. A full quota becomes an
// ArchiveFullError with a message a reader can act on.

const DB_NAME = 'transcript-cards-archive';
const STORE = 'transcripts';
const INDEX = 'index';
export const FORMAT = 'transcript-cards-archive';

/** Raised when the browser refuses to store more: nothing is lost silently. */
export class ArchiveFullError extends Error {
  constructor(what, notKept = 0) {
    super(`${notKept > 1 ? `The browser's storage for this page is full: ${notKept} transcripts were not kept, from ${what} on.` : `The browser's storage for this page is full, so ${what} was not kept.`} ` +
      'Everything kept before is still there. Remove transcripts you no longer need (or free disk space), then try again.');
    this.name = 'ArchiveFullError';
    this.notKept = notKept;
  }
}

const isQuota = (error) => error?.name === 'QuotaExceededError' || /quota/i.test(String(error?.message ?? ''));

let opening = null;

/** The database, opened (and created, or upgraded from version 1) once. */
export function openArchive() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 2);
    request.onupgradeneeded = (event) => {
      const db = request.result;
      if (event.oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'hash' }).createIndex('date', 'date');
      if (event.oldVersion < 2) db.createObjectStore(INDEX);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => { db.close(); opening = null; };
      resolve(db);
    };
    request.onerror = () => { opening = null; reject(request.error); };
    request.onblocked = () => reject(new Error('The archive is open in an older tab: close it and reload.'));
  });
  return opening;
}

/** Resolves when a request succeeds. */
export const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

/** Runs `work(stores…)` in one transaction; resolves with its result once committed. */
export async function transaction(mode, work, stores = [STORE]) {
  const db = await openArchive();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, mode, { durability: 'relaxed' });
    let result;
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    Promise.resolve()
      .then(() => work(...stores.map((s) => tx.objectStore(s))))
      .then((value) => { result = value; }, (error) => {
        try { tx.abort(); } catch { /* already finished */ }
        reject(error);
      });
  });
}

/** The text as compared for duplicates: NFC, one kind of line end, no trailing blanks. */
export function normalise(text) {
  let out = text.normalize('NFC');
  if (/[\r\u2028\u2029]/.test(out)) out = out.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  // The blanks ending lines: looked for first, since a multiline `$` is slow to try at every blank.
  if (/[ \t\u00a0\u3000]\n/.test(out)) out = out.replace(/[ \t\u00a0\u3000]+$/gm, '');
  return out.trim();
}

/** SHA-256 of the normalised text, in hex. */
export async function hashText(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalise(text)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The institution a transcript is from: the room's (source.institution) where the parser says, else its own. */
export const institutionOf = (transcript) => transcript.source?.institution ?? transcript.institution ?? null;

/** What the archive list shows of a transcript. */
export function describe(transcript) {
  return {
    title: transcript.title ?? 'Untitled transcript',
    date: transcript.date ?? '',
    spokespersons: transcript.spokespersons ?? [],
    institution: institutionOf(transcript),
    room: transcript.source?.room ?? null,
    language: transcript.language ?? '',
    exchanges: transcript.stats?.exchanges ?? 0,
  };
}

const utf8 = { encoder: new TextEncoder(), decoder: new TextDecoder() };

/**
 * A record as stored: what the list shows, the text, and the parse as JSON,
 * its UTF-8 bytes (stored and read back far faster than the many small
 * objects of a parse, and than the JSON as a string, which takes two bytes
 * a character once the text has one beyond Latin-1: IndexedDB's writing
 * costs by the byte); records of version 1 hold the object, `transcript`,
 * and later ones until this the JSON string; `from` says how it came (text,
 * csv, jsonl).
 */
export const recordOf = (hash, text, transcript, { added = Date.now(), from = 'text', json = utf8.encoder.encode(JSON.stringify(transcript)) } = {}) =>
  ({ hash, ...describe(transcript), added, from, text, json });

/** A parse from its JSON: UTF-8 bytes (the parser's, as records keep them), or a string as records kept it before. */
export const parseOfJson = (json) => JSON.parse(typeof json === 'string' ? json : utf8.decoder.decode(json));

/** A record's parse, as an object. */
export const transcriptOf = (record) => record.transcript ?? parseOfJson(record.json);

/**
 * Keeps a parsed transcript. Resolves to {hash, added: true} when stored, or
 * {hash, added: false} when the same text was already kept. Rejects with an
 * ArchiveFullError when the quota is reached.
 */
export async function keep(text, transcript, { hash, added = Date.now() } = {}) {
  hash ??= await hashText(text);
  const record = recordOf(hash, text, transcript, { added });
  const { added: stored } = await keepMany([record]).catch((error) => {
    throw error instanceof ArchiveFullError ? new ArchiveFullError(`“${record.title}”`) : error;
  });
  return { hash, added: stored.length === 1 };
}

/**
 * Keeps records (recordOf's) in one transaction, each unless its hash is
 * already kept (or comes twice). Resolves to {added: [hash], duplicates}.
 * Rejects with an ArchiveFullError when the quota is reached: then none of
 * this batch was kept (the transaction is undone whole).
 */
export async function keepMany(records) {
  const seen = new Set();
  const unique = records.filter((r) => !seen.has(r.hash) && seen.add(r.hash));
  try {
    const added = await transaction('readwrite', (store) => new Promise((resolve, reject) => {
      const kept = [];
      let pending = unique.length;
      if (pending === 0) resolve(kept);
      for (const record of unique) {
        const request = store.getKey(record.hash);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          try {
            if (request.result === undefined) {
              store.put(record); // a failed write aborts the transaction, which reports it
              kept.push(record.hash);
            }
          } catch (error) {
            reject(error);
            return;
          }
          if (--pending === 0) resolve(kept);
        };
      }
    }));
    return { added, duplicates: records.length - added.length };
  } catch (error) {
    if (isQuota(error)) throw new ArchiveFullError(records.length === 1 ? `“${records[0].title}”` : `a batch of ${records.length} transcripts`, records.length);
    throw error;
  }
}

/** Every kept transcript (text and parse included), oldest briefing first. */
export function all() {
  return transaction('readonly', (store) => done(store.index('date').getAll()));
}

/** The hashes of every kept transcript, in key order. */
export function hashes() {
  return transaction('readonly', (store) => done(store.getAllKeys()));
}

/** The kept transcripts of these hashes (undefined for one removed meanwhile), in one transaction. */
export function getMany(list) {
  return transaction('readonly', (store) => Promise.all(list.map((hash) => done(store.get(hash)))));
}

/** One kept transcript, or undefined. */
export function get(hash) {
  return transaction('readonly', (store) => done(store.get(hash)));
}

/** Removes one transcript. */
export function remove(hash) {
  return transaction('readwrite', (store) => done(store.delete(hash)));
}

/** Removes every transcript, and the search's snapshot of them. */
export function clear() {
  return transaction('readwrite', (store, index) => Promise.all([done(store.clear()), done(index.clear())]), [STORE, INDEX]);
}

/** A value of the "index" store (the search's snapshot), or undefined. */
export function getIndexPart(key) {
  return transaction('readonly', (index) => done(index.get(key)), [INDEX]);
}

/** Writes values of the "index" store ({key: value}) in one transaction. */
export function putIndexParts(parts) {
  return transaction('readwrite', (index) => Promise.all(Object.entries(parts).map(([key, value]) => done(index.put(value, key)))), [INDEX]);
}
