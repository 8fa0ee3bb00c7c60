// Turns the cards shown into files and clipboard text: JSON (the CLI's shape),
// CSV (one row per card), Markdown, and one card with its citation line.
// Pure functions of the data; the page turns their strings into downloads.

import { outletOf, speakerOf, searchableText, isMinor } from '../search/search-index.js';

/** The transcript with only the shown items: the CLI's JSON when nothing is filtered. */
export function toJSON(transcript, items) {
  return JSON.stringify({ ...transcript, items }, null, 2) + '\n';
}

const CSV_COLUMNS = ['id', 'kind', 'number', 'outlet', 'asker', 'follow_up', 'question', 'speaker', 'answer', 'title', 'date', 'minor', 'speakers'];

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula get a leading apostrophe. */
export function toCSV(transcript, items) {
  const byId = new Map(transcript.items.map((item) => [item.id, item]));
  const rows = [CSV_COLUMNS];
  for (const item of items) {
    const ex = item.kind === 'exchange' ? item : null;
    rows.push([
      item.id,
      item.kind,
      ex ? ex.number : '',
      outletOf(item, byId) ?? '',
      ex ? (ex.asker.name ?? ex.asker.label ?? '') : '',
      ex ? String(ex.follow_up) : '',
      ex ? ex.question.paragraphs.join('\n\n') : '',
      speakerOf(item) ?? '',
      ex ? ex.answer.paragraphs.join('\n\n') : searchableText(item),
      transcript.title ?? '',
      transcript.date ?? '',
      String(isMinor(item)),
      ex ? [...new Set((ex.answer.turns ?? []).map((t) => t.speaker ?? t.label))].join('; ') : '',
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One CSV cell: quoted, quotes doubled; one a spreadsheet would run as a formula gets a leading apostrophe; null is empty (archive/csv.js writes with it too). */
export function csvCell(value) {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Markdown: a heading per card; text escaped so it stays text in any renderer. */
export function toMarkdown(transcript, items) {
  const byId = new Map(transcript.items.map((item) => [item.id, item]));
  const out = [`# ${md(transcript.title ?? 'Transcript')}`, ''];
  const meta = [transcript.date, transcript.spokespersons.join(', ')].filter(Boolean);
  if (meta.length) out.push(`*${md(meta.join(' · '))}*`, '');
  for (const item of items) {
    out.push(`## ${md(cardHeading(item, byId))}`, '');
    for (const line of cardLines(item, byId)) out.push((line.label ? `**${md(line.label)}:** ` : '') + md(line.text), '');
  }
  return out.join('\n');
}

/** One card as plain text, with a citation line (title, date, outlet) and its link. */
export function citationText(transcript, item, link) {
  const byId = new Map(transcript.items.map((i) => [i.id, i]));
  const body = cardLines(item, byId).map((line) => (line.label ? `${line.label}: ${line.text}` : line.text));
  const outlet = outletOf(item, byId);
  const cite = [transcript.title ?? 'Untitled transcript', transcript.date, outlet && `question from ${outlet}`]
    .filter(Boolean)
    .join(', ');
  return `${body.join('\n\n')}\n\n— ${cite}.${link ? ` ${link}` : ''}\n`;
}

function cardHeading(item, byId) {
  if (item.kind === 'exchange') {
    const who = outletOf(item, byId) ?? item.asker.label ?? 'Question';
    return `${item.number}. ${who}${item.follow_up ? ' (follow-up)' : ''}`;
  }
  if (item.kind === 'statement') return `${item.minor ? 'Floor' : 'Statement'}${item.speaker ? ` by ${item.speaker}` : ''}`;
  return `Unparsed text (${item.reason})`;
}

/** The labelled paragraphs of a card: [{label, text}]. */
function cardLines(item, byId) {
  if (item.kind === 'exchange') {
    const asker = outletOf(item, byId) ?? (item.asker.inferred && item.asker.name) ?? item.asker.label ?? 'Q';
    const speaker = item.answer.speaker ?? item.answer.label ?? 'A';
    // Where officials answered in turn, each turn is labelled with its speaker.
    const turnAt = new Map((item.answer.turns ?? []).map((t) => [t.paragraph_range[0], t.speaker ?? t.label]));
    return [
      ...item.question.paragraphs.map((text, i) => ({ label: i === 0 ? `Q (${asker})` : '', text })),
      ...item.answer.paragraphs.map((text, i) => ({ label: turnAt.has(i) ? `A (${turnAt.get(i)})` : i === 0 ? `A (${speaker})` : '', text })),
    ];
  }
  if (item.kind === 'statement') {
    return item.paragraphs.map((text, i) => ({ label: i === 0 && item.speaker ? item.speaker : '', text }));
  }
  return [{ label: '', text: item.text }];
}

/** Escapes Markdown so text stays text: punctuation, and list/heading markers at a line start. */
function md(text) {
  return text
    .replace(/[\\`*_[\]<>|#~]/g, '\\$&')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
    .replace(/^(\s*)([-+=])/gm, '$1\\$2');
}
