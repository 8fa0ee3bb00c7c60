// The reader's archive in IndexedDB, behind a small promise wrapper: each kept
// transcript is one record (its text, its parse, and what the list shows),
// keyed by the SHA-256 of its normalised text, so the same transcript pasted
// twice is kept once. Every write is its own transaction: a crash mid-import
// loses nothing already stored. A full quota becomes an ArchiveFullError with
// a message a reader can act on. Export and import of the whole archive as
// one JSON document.

const DB_NAME = 'transcript-cards-archive';
const STORE = 'transcripts';
export const FORMAT = 'transcript-cards-archive';

/** Raised when the browser refuses to store more: nothing is lost silently. */
export class ArchiveFullError extends Error {
  constructor(title) {
    super(`The browser's storage for this page is full, so “${title}” was not kept. ` +
      'Everything kept before is still there. Remove transcripts you no longer need (or free disk space), then try again.');
    this.name = 'ArchiveFullError';
  }
}

let opening = null;

/** The database, opened (and created) once. */
export function openArchive() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: 'hash' });
      store.createIndex('date', 'date');
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
const done = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

/** Runs `work(store)` in one transaction; resolves with its result once committed. */
async function transaction(mode, work) {
  const db = await openArchive();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    let result;
    tx.oncomplete = () => resolve(result);
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
    Promise.resolve()
      .then(() => work(tx.objectStore(STORE)))
      .then((value) => { result = value; }, (error) => {
        try { tx.abort(); } catch { /* already finished */ }
        reject(error);
      });
  });
}

/** The text as compared for duplicates: NFC, one kind of line end, no trailing blanks. */
export function normalise(text) {
  return text.normalize('NFC').replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/[ \t\u00a0\u3000]+$/gm, '').trim();
}

/** SHA-256 of the normalised text, in hex. */
export async function hashText(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(normalise(text)));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the archive list shows of a transcript. */
export function describe(transcript) {
  return {
    title: transcript.title ?? 'Untitled transcript',
    date: transcript.date ?? '',
    spokespersons: transcript.spokespersons ?? [],
    institution: transcript.institution ?? null,
    language: transcript.language ?? '',
    exchanges: transcript.stats?.exchanges ?? 0,
  };
}

/** Is this text already kept? Resolves to its hash when so, else null. */
export async function findText(text) {
  const hash = await hashText(text);
  const record = await transaction('readonly', (store) => done(store.getKey(hash)));
  return record === undefined ? null : hash;
}

/**
 * Keeps a parsed transcript. Resolves to {hash, added: true} when stored, or
 * {hash, added: false} when the same text was already kept. Rejects with an
 * ArchiveFullError when the quota is reached.
 */
export async function keep(text, transcript, { hash, added = Date.now() } = {}) {
  hash ??= await hashText(text);
  const record = { hash, ...describe(transcript), added, text, transcript };
  try {
    const stored = await transaction('readwrite', async (store) => {
      if ((await done(store.getKey(hash))) !== undefined) return false;
      store.put(record);
      return true;
    });
    return { hash, added: stored };
  } catch (error) {
    if (error?.name === 'QuotaExceededError') throw new ArchiveFullError(record.title);
    throw error;
  }
}

/** Every kept transcript (text and parse included), oldest briefing first. */
export function all() {
  return transaction('readonly', (store) => done(store.index('date').getAll()));
}

/** One kept transcript, or undefined. */
export function get(hash) {
  return transaction('readonly', (store) => done(store.get(hash)));
}

/** Removes one transcript. */
export function remove(hash) {
  return transaction('readwrite', (store) => done(store.delete(hash)));
}

/** Removes every transcript. */
export function clear() {
  return transaction('readwrite', (store) => done(store.clear()));
}

/** The whole archive as one JSON document (texts and parses). */
export async function exportArchive() {
  const records = await all();
  return JSON.stringify({
    format: FORMAT,
    version: 1,
    exported: new Date().toISOString(),
    transcripts: records.map(({ hash, added, text, transcript }) => ({ hash, added, text, transcript })),
  });
}

/**
 * Reads an exported archive: {transcripts: [{text, transcript, added}]}, the
 * records checked before anything is stored. Throws with a message when the
 * file is not an archive.
 */
export function readArchiveFile(json) {
  let data;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('This file is not JSON: it is not an exported archive.');
  }
  if (data?.format !== FORMAT || !Array.isArray(data.transcripts)) {
    throw new Error('This JSON file is not an exported transcript-cards archive.');
  }
  return data.transcripts.filter((t) => typeof t?.text === 'string' && t.transcript && Array.isArray(t.transcript.items));
}
