// Datasets researchers already hold, as transcripts (DOM-free, in the
// archive's worker): a CSV with one row per exchange (the shape of the CMFA
// PressCon and tracker files: date, spokesperson, question, answer, outlet,
// …; the reader maps its columns in the import dialog), rows of one date
// (and title, institution) making one briefing; and the CLI's JSON Lines
// (`transcript-cards parse --format jsonl`: one Transcript a line). Neither
// has the briefing's own text, so each transcript gets one written from its
// exchanges ("Outlet: question", "Speaker: answer"): it is what the archive
// hashes (the same rows imported twice are kept once) and what the cards
// page shows. Every bad row or line is reported with its line number; the
// others are kept.

import { readCSV } from './csv.js';
import { itemProblem } from './archive-file.js';

/** The fields a column can be mapped to ('' leaves it out). */
export const CSV_FIELDS = ['date', 'spokesperson', 'question', 'answer', 'outlet', 'asker', 'title', 'institution'];
const GUESS = {
  date: /^(date|day|日期|时间)$|date/i,
  spokesperson: /spokes|speaker|answerer|发言人|responder/i,
  question: /^q$|question|提问|问题|^问$/i,
  answer: /^a$|answer|response|reply|回答|^答$/i,
  outlet: /outlet|media|agency|newspaper|媒体|机构/i,
  asker: /reporter|journalist|asker|questioner|记者/i,
  title: /title|标题|headline/i,
  institution: /institution|ministry|department|room|部门/i,
};

/** The header of a CSV and a guess at each column's field: {delimiter, columns: [{name, field}], preview: [[…]]}. */
export function csvColumns(text) {
  const { rows, delimiter } = readCSV(text.slice(0, 256 * 1024), { limit: 4 });
  const header = rows[0]?.fields ?? [];
  const taken = new Set();
  const columns = header.map((name) => {
    const field = CSV_FIELDS.find((f) => !taken.has(f) && GUESS[f].test(name.trim())) ?? '';
    if (field) taken.add(field);
    return { name, field };
  });
  return { delimiter, columns, preview: rows.slice(1).map((r) => r.fields) };
}

/** 'YYYY-MM-DD' from the ways a dataset writes a date (2020-09-14, 2020/9/14, 2020.09.14, 20200914, 2020-09-14T…), or null. */
export function isoDate(value) {
  const m = /^\s*(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?(?:[T\s].*)?$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const paragraphs = (text) => text.split(/\r\n|\r|\n/).map((p) => p.trim()).filter(Boolean);
const hasHan = (text) => /\p{Script=Han}/u.test(text);

/**
 * CSV text with a column mapping ([field or ''] per column) → {transcripts:
 * [{text, transcript}], errors: [{line, message}], rows (how many were kept)}.
 */
export function csvTranscripts(text, mapping, { delimiter } = {}) {
  const { rows, errors } = readCSV(text, delimiter ? { delimiter } : {});
  const header = rows.shift();
  if (!header) return { transcripts: [], errors: [{ line: 1, message: 'the file has no header row' }], rows: 0 };
  const col = Object.fromEntries(CSV_FIELDS.map((f) => [f, mapping.indexOf(f)]));
  if (col.question < 0 && col.answer < 0) return { transcripts: [], errors: [{ line: header.line, message: 'no column is mapped to the question or the answer' }], rows: 0 };
  const groups = new Map();
  let kept = 0;
  for (const { line, fields } of rows) {
    if (fields.length !== header.fields.length) {
      errors.push({ line, message: `${fields.length} fields where the header has ${header.fields.length}` });
      continue;
    }
    const get = (f) => (col[f] >= 0 ? fields[col[f]].trim() : '');
    const date = col.date >= 0 ? isoDate(get('date')) : '';
    if (date === null) {
      errors.push({ line, message: `“${get('date').slice(0, 40)}” is not a date (write it as 2020-09-14)` });
      continue;
    }
    if (!get('question') && !get('answer')) {
      errors.push({ line, message: 'the row has neither a question nor an answer' });
      continue;
    }
    const key = [date, get('title'), get('institution')].join('\u0000');
    if (!groups.has(key)) groups.set(key, { date, title: get('title'), institution: get('institution'), rows: [] });
    groups.get(key).rows.push({ question: get('question'), answer: get('answer'), outlet: get('outlet'), asker: get('asker'), speaker: get('spokesperson') });
    kept++;
  }
  errors.sort((a, b) => a.line - b.line);
  return { transcripts: [...groups.values()].map(briefing), errors, rows: kept };
}

/** One briefing of dataset rows: its text (written from them) and its transcript, shaped as the parser's. */
function briefing({ date, title, institution, rows }) {
  const name = title || `${institution || 'Press briefing'}${date ? `, ${date}` : ''}`;
  const w = writer([name, date].filter(Boolean).join('\n'));
  const items = rows.map((row, k) => {
    const q = w.labelled(row.outlet || 'Q', row.question);
    const a = w.labelled(row.speaker || 'A', row.answer);
    return {
      kind: 'exchange', id: `e${k + 1}`, number: k + 1, span: { start: q.span.start, end: a.span.end, line: q.span.line },
      follow_up: false, follows: null,
      asker: { label: row.outlet || null, outlet: row.outlet || null, outlet_canonical: null, name: row.asker || null, label_span: null },
      question: { paragraphs: paragraphs(row.question), paragraph_spans: [], parts: [], span: q.span },
      answer: { label: row.speaker || null, speaker: row.speaker || null, speaker_canonical: null, label_span: null, paragraphs: paragraphs(row.answer), paragraph_spans: [], parts: [], span: a.span },
      tags: { places: [], topics: [] },
    };
  });
  const text = w.text();
  const spokespersons = [...new Set(rows.map((r) => r.speaker).filter(Boolean))];
  return {
    text,
    transcript: {
      title: name, date: date || null, spokespersons, institution: institution || null,
      language: hasHan(text) ? 'zh' : 'en',
      source: { room: null, institution: institution || null, format: 'csv', detected: false },
      header: [], items, diagnostics: [], places: [],
      stats: { exchanges: items.length, statements: 0, unparsed: 0, bytes: w.bytes(), lines: w.line() },
    },
  };
}

/** Writes a briefing's text piece by piece, keeping byte offsets and line numbers for the spans. */
function writer(head) {
  const encoder = new TextEncoder();
  const pieces = [];
  let bytes = 0;
  let line = 1;
  const put = (s) => {
    pieces.push(s);
    bytes += encoder.encode(s).length;
    line += (s.match(/\n/g)?.length ?? 0);
  };
  put(`${head}\n`);
  return {
    labelled(label, body) {
      put('\n');
      const start = bytes;
      const at = line;
      put(`${label}: ${paragraphs(body).join('\n\n')}`);
      const span = { start, end: bytes, line: at };
      put('\n');
      return { span };
    },
    text: () => pieces.join(''),
    bytes: () => bytes,
    line: () => line,
  };
}

/** The text a transcript without one is kept under: its title, date and cards, labelled. */
export function textOf(transcript) {
  const out = [[transcript.title, transcript.date].filter(Boolean).join('\n')];
  for (const item of transcript.items) {
    if (item.kind === 'exchange') {
      out.push(`${item.asker.outlet ?? item.asker.label ?? 'Q'}: ${item.question.paragraphs.join('\n\n')}`);
      out.push(`${item.answer.speaker ?? item.answer.label ?? 'A'}: ${item.answer.paragraphs.join('\n\n')}`);
    } else if (item.kind === 'statement') {
      out.push(`${item.speaker ?? item.label ?? 'Statement'}: ${item.paragraphs.join('\n\n')}`);
    } else {
      out.push(item.text);
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** JSON Lines of transcripts → {transcripts: [{text, transcript}], errors: [{line, message}]}. */
export function jsonlTranscripts(text) {
  const transcripts = [];
  const errors = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    if (!raw.trim()) return;
    let t;
    try {
      t = JSON.parse(raw);
    } catch (error) {
      errors.push({ line: k + 1, message: `not JSON (${error.message})` });
      return;
    }
    if (!t || typeof t !== 'object' || !Array.isArray(t.items)) {
      errors.push({ line: k + 1, message: 'not a transcript (no "items" list): is it `transcript-cards parse --format jsonl` output?' });
      return;
    }
    const bad = t.items.map((item, j) => [j, itemProblem(item)]).find(([, p]) => p);
    if (bad) {
      errors.push({ line: k + 1, message: `item ${bad[0] + 1} ${bad[1]}` });
      return;
    }
    t.spokespersons ??= [];
    t.source ??= { room: null, institution: t.institution ?? null, format: 'jsonl', detected: false };
    transcripts.push({ text: textOf(t), transcript: t });
  });
  return { transcripts, errors };
}
