// The whole archive as one file (.json) and back: export writes every
// record (its text and parse) with the number of transcripts it holds;
// reading checks the whole file before anything is kept, and refuses it,
// saying what is wrong, when it was cut short (truncated JSON, fewer
// transcripts than it says), edited by hand (a text that no longer matches
// its hash, a field missing or of the wrong type), or is not an export.

import { FORMAT, hashText } from './archive-store.js';

const VERSION = 1;
const KINDS = new Set(['exchange', 'statement', 'unparsed']);

/** The file's parts (strings and a record's JSON bytes, for a Blob), a few per record: no one string of the whole archive. */
export function exportParts(records) {
  const head = JSON.stringify({ format: FORMAT, version: VERSION, exported: new Date().toISOString(), count: records.length });
  const out = [`${head.slice(0, -1)},"transcripts":[`];
  // The parse goes in as the JSON it is kept as (its bytes, or a string as kept before): not parsed to be written again.
  records.forEach(({ hash, added, from, text, transcript, json }, k) => out.push(`${k ? ',' : ''}\n${JSON.stringify({ hash, added, from, text }).slice(0, -1)},"transcript":`, json ?? JSON.stringify(transcript), '}'));
  out.push('\n]}\n');
  return out;
}

/** A refusal: `message` says what is wrong, and that nothing was imported. */
export class ArchiveFileError extends Error {
  constructor(what) {
    super(`This archive file was refused: ${what}. Nothing was imported; the archive is as it was.`);
    this.name = 'ArchiveFileError';
  }
}

/**
 * Where a JSON syntax error is, as a reader counts: line and column. V8
 * says "at position N", or only quotes the text around the error ("…xy,z…"
 * is not valid JSON, the token 10 characters in when cut): then it is found
 * in the file.
 */
function place(json, error) {
  let at = Number(/position (\d+)/.exec(error.message)?.[1] ?? -1);
  if (at < 0) {
    const m = /Unexpected token '(.)', (\.\.\.)?"([\s\S]+?)"(\.\.\.)? is not valid JSON/.exec(error.message);
    const k = m ? json.indexOf(m[3]) : -1;
    if (k >= 0) at = k + m[3].indexOf(m[1], m[2] ? Math.min(10, m[3].length - 1) : 0);
  }
  if (at < 0) return '';
  const before = json.slice(0, at);
  const line = before.split('\n').length;
  return ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

const isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** What is wrong with one item (of an export or a JSON line), or ''. */
export function itemProblem(item) {
  if (!item || typeof item !== 'object') return 'is not an object';
  if (!KINDS.has(item.kind)) return `has an unknown kind (${JSON.stringify(item.kind)})`;
  if (typeof item.id !== 'string') return 'has no id';
  if (item.kind === 'exchange') {
    if (!item.asker || typeof item.asker !== 'object') return 'has no asker';
    if (!isStrings(item.question?.paragraphs)) return 'has no question paragraphs';
    if (!isStrings(item.answer?.paragraphs)) return 'has no answer paragraphs';
  } else if (item.kind === 'statement') {
    if (!isStrings(item.paragraphs)) return 'has no paragraphs';
  } else if (typeof item.text !== 'string') {
    return 'has no text';
  }
  return '';
}

/**
 * Reads an exported archive: resolves to its records [{hash, text,
 * transcript, added, from}], every one checked (its hash recomputed from its
 * text). Throws an ArchiveFileError saying what is wrong otherwise.
 */
export async function readArchiveFile(json) {
  let data;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const at = Number(/position (\d+)/.exec(error.message)?.[1] ?? -1);
    if (/end of JSON|Unterminated|Unexpected end/i.test(error.message) || at >= json.trimEnd().length - 1) {
      throw new ArchiveFileError(`it ends too soon, in the middle of its data (${json.length.toLocaleString('en-US')} characters): the file was cut short`);
    }
    throw new ArchiveFileError(`it is not valid JSON${place(json, error)} (${error.message}): it may have been edited by hand, or is not an export`);
  }
  if (data?.format !== FORMAT) throw new ArchiveFileError('it is not an exported transcript-cards archive (it has no "format": "transcript-cards-archive")');
  if (data.version !== VERSION) throw new ArchiveFileError(`it is of version ${JSON.stringify(data.version)}, which this page does not read (it reads version ${VERSION})`);
  if (!Array.isArray(data.transcripts)) throw new ArchiveFileError('its list of transcripts is missing');
  if (Number.isInteger(data.count) && data.count !== data.transcripts.length) {
    throw new ArchiveFileError(`it says it holds ${data.count} transcripts but holds ${data.transcripts.length}: it was cut short or edited by hand`);
  }
  const records = [];
  for (const [k, t] of data.transcripts.entries()) {
    const name = `transcript ${k + 1}${typeof t?.transcript?.title === 'string' ? ` (“${t.transcript.title}”)` : ''}`;
    if (typeof t?.text !== 'string') throw new ArchiveFileError(`${name} has no text`);
    if (!t.transcript || typeof t.transcript !== 'object' || !Array.isArray(t.transcript.items)) throw new ArchiveFileError(`${name} has no parsed transcript (items)`);
    for (const [j, item] of t.transcript.items.entries()) {
      const problem = itemProblem(item);
      if (problem) throw new ArchiveFileError(`item ${j + 1} of ${name} ${problem}`);
    }
    const hash = await hashText(t.text); // recomputed: a file's hash is not trusted
    if (typeof t.hash === 'string' && t.hash !== hash) throw new ArchiveFileError(`the text of ${name} no longer matches its hash: it was edited after the export`);
    records.push({ hash, text: t.text, transcript: t.transcript, added: Number.isFinite(t.added) ? t.added : Date.now(), from: typeof t.from === 'string' ? t.from : 'text' });
  }
  return records;
}
