// Bringing transcripts into the archive, in the archive's worker: .txt files
// (parsed here by the wasm parser), a CSV of exchanges with its column
// mapping, the CLI's JSON Lines, and an exported archive (checked whole
// first, archive-file.js). A text already kept is recognised by its hash and
// skipped before parsing. Records are written in batches (one transaction
// each, keepMany), and each record's share of the search table is made as it
// is parsed (recordPart), so the index takes the new transcripts without
// reading them back. A full quota mid-import keeps every batch written
// before, then as many of the failing batch as fit, and says how many were
// not kept.

import { hashText, recordOf, keepMany, ArchiveFullError } from './archive-store.js';
import { recordPart } from './archive-table.js';
import { readArchiveFile } from './archive-file.js';
import { csvTranscripts, jsonlTranscripts } from './archive-datasets.js';
import { parse } from './archive-parser.js';
import { ParsePool } from './archive-pool.js';

/** A batch is written when it holds this many records, or this many characters of text. */
const BATCH = 200;
const BATCH_CHARS = 4_000_000;
/** Files handed to each parse worker ahead of the one the import waits for: enough that none waits for a commit. */
const AHEAD = 32;
/** Batches handed to the writes and not yet written, at most, before add() waits. */
const WRITES = 2;

/**
 * An import: records are added with add(record), written in batches;
 * finish() writes the last and resolves to {added, duplicates, failed,
 * full, notKept, parts}. Batches are written one after the other while the
 * next are gathered (and their files parsed): add() waits only when WRITES
 * batches are already waiting to be written, so a commit does not leave the
 * parse workers idle.
 */
class Writer {
  constructor(known, total, onProgress) {
    Object.assign(this, { known, total, onProgress, seen: 0 });
    this.result = { added: 0, duplicates: 0, failed: [], full: null, notKept: 0, parts: [] };
    this.batch = [];
    this.chars = 0;
    this.last = 0;
    this.waiting = []; // the writes of the batches handed over (one after the other), the last WRITES at most
  }

  /** The last batch's write (once every batch before it is written), or a resolved promise. */
  get #written() { return this.waiting.at(-1) ?? Promise.resolve(); }

  /** The title of the record a full quota refused (then nothing more is written), or null. */
  #fullAt = null;

  /** Stopped by a full quota: the caller adds nothing more. */
  get stopped() { return this.#fullAt !== null; }

  progress(name, force = false) {
    const now = Date.now();
    if (!force && now - this.last < 60) return;
    this.last = now;
    this.onProgress({ done: this.seen, total: this.total, name });
  }

  /** Counts a source as seen; true when its hash is already kept (a duplicate). */
  known_(hash) {
    if (!this.known.has(hash)) return false;
    this.result.duplicates++;
    return true;
  }

  async add(record, part) {
    this.known.add(record.hash);
    this.batch.push({ record, part });
    this.chars += record.text.length;
    if (this.batch.length >= BATCH || this.chars >= BATCH_CHARS) await this.flush();
  }

  /** Hands the batch gathered to the writes; resolves once no more than WRITES are waiting. */
  async flush() {
    const batch = this.batch;
    this.batch = [];
    this.chars = 0;
    if (!batch.length || this.stopped) return;
    const write = this.#written.then(() => this.#write(batch));
    // An error other than a full quota ends the import: this wait, or finish(), raises it.
    write.catch(() => {});
    this.waiting.push(write);
    while (this.waiting.length > WRITES) await this.waiting.shift();
  }

  async #write(batch) {
    if (this.stopped) return;
    try {
      this.#kept(batch, await keepMany(batch.map((b) => b.record)));
    } catch (error) {
      if (!(error instanceof ArchiveFullError)) throw error;
      // The batch was undone whole: keep what fits of it, one at a time.
      for (const one of batch) {
        try {
          this.#kept([one], await keepMany([one.record]));
        } catch (e) {
          if (!(e instanceof ArchiveFullError)) throw e;
          this.#fullAt = one.record.title;
          return;
        }
      }
    }
  }

  #kept(batch, { added }) {
    const fresh = new Set(added);
    for (const { record, part } of batch) {
      if (fresh.has(record.hash)) { this.result.added++; this.result.parts.push(part); } else this.result.duplicates++;
    }
  }

  async finish() {
    await this.flush();
    await this.#written;
    const r = this.result;
    if (this.stopped) {
      // Every source is kept, a duplicate, failed, or not kept: the failing record on, and all after it.
      r.notKept = this.total - r.added - r.duplicates - r.failed.length;
      r.full = new ArchiveFullError(`“${this.#fullAt}”`, r.notKept);
    }
    this.onProgress({ done: this.total, total: this.total, name: '' });
    return r;
  }
}

/**
 * Imports .txt files ([File] or [{name, text}]); `known`: the hashes kept
 * already (a Set, added to). Files are read, hashed and parsed by the parse
 * workers (a few at a time each, so reading overlaps parsing), and written
 * here in batches, in the order given.
 */
export async function importTexts(sources, { known, onProgress = () => {} }) {
  const w = new Writer(known, sources.length, onProgress);
  const pool = await ParsePool.start([...known]);
  const ahead = pool ? pool.size * AHEAD : 1;
  const jobs = [];
  const begin = (k) => {
    const source = sources[k];
    jobs[k] = pool && typeof source.text !== 'string' ? pool.parse(source) : parseHere(source, known);
  };
  try {
    for (let k = 0; k < Math.min(ahead, sources.length); k++) begin(k);
    for (let k = 0; k < sources.length; k++) {
      if (k + ahead < sources.length) begin(k + ahead);
      const name = sources[k].name ?? `text ${k + 1}`;
      const job = await jobs[k];
      jobs[k] = null;
      if (w.stopped) continue;
      w.seen++;
      w.progress(name);
      if (job.error) w.result.failed.push({ name, message: job.error });
      else if (job.duplicate) w.result.duplicates++;
      else if (!w.known_(job.record.hash)) await w.add(job.record, job.part);
    }
  } finally {
    pool?.release();
  }
  return w.finish();
}

/** What a parse worker does, on this thread (no workers here, or a text not in a file). */
async function parseHere(source, known) {
  try {
    const text = typeof source.text === 'string' ? source.text : await source.text();
    if (!text.trim()) throw new Error('the file is empty');
    const hash = await hashText(text);
    if (known.has(hash)) return { duplicate: hash };
    const transcript = await parse(text);
    const record = recordOf(hash, text, transcript);
    return { record, part: recordPart(record, transcript) };
  } catch (error) {
    return { error: String(error?.message ?? error) };
  }
}

/**
 * Imports written transcripts ([{text, transcript}]: a dataset's, or an
 * exported archive's records, which bring their own hash, `added` and
 * `from`); `from` says whence the others came, `enrich` tags them.
 */
async function importWritten(list, { known, onProgress = () => {}, from, enrich = false }) {
  const w = new Writer(known, list.length, onProgress);
  for (const entry of list) {
    const { text, transcript } = entry;
    if (w.stopped) break;
    w.progress(transcript.title ?? '');
    const hash = entry.hash ?? (await hashText(text));
    w.seen++;
    if (w.known_(hash)) continue;
    if (enrich) await addTags(text, transcript);
    const record = recordOf(hash, text, transcript, { added: entry.added, from: entry.from ?? from });
    await w.add(record, recordPart(record, transcript));
  }
  return w.finish();
}

/**
 * A dataset's rows carry no tags: the parser reads the text written from
 * them, and where it finds the same exchanges (as many, in order) their
 * places, topics and canonical names are taken; otherwise the rows stay
 * untagged.
 */
async function addTags(text, transcript) {
  let parsed;
  try { parsed = await parse(text); } catch { return; }
  const found = parsed.items.filter((i) => i.kind === 'exchange');
  if (found.length !== transcript.items.length) return;
  transcript.items.forEach((item, k) => {
    item.tags = found[k].tags;
    item.asker.outlet_canonical = found[k].asker.outlet_canonical ?? null;
    item.answer.speaker_canonical = found[k].answer.speaker_canonical ?? null;
  });
  transcript.places = parsed.places;
}

const lineErrors = (errors, file) => errors.map((e) => ({ name: `${file}, line ${e.line}`, message: e.message }));

/** Imports a CSV of exchanges (text) with its column mapping: rows reported bad are left out, with their lines. */
export async function importCsv(text, mapping, { name = 'the CSV file', delimiter, ...options }) {
  const { transcripts, errors, rows } = csvTranscripts(text, mapping, { delimiter });
  const result = await importWritten(transcripts, { ...options, from: 'csv', enrich: true });
  result.failed.push(...lineErrors(errors, name));
  return { ...result, rows, badRows: errors.length };
}

/** Imports the CLI's JSON Lines: a bad line is reported with its number, the others kept. */
export async function importJsonl(text, { name = 'the JSON Lines file', ...options }) {
  const { transcripts, errors } = jsonlTranscripts(text);
  const result = await importWritten(transcripts, { ...options, from: 'jsonl' });
  result.failed.push(...lineErrors(errors, name));
  return result;
}

/** Imports an exported archive, refused whole (ArchiveFileError) when anything in it is wrong. */
export async function importArchive(json, { known, onProgress }) {
  return importWritten(await readArchiveFile(json), { known, onProgress });
}
