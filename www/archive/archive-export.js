// The archive's results as files, made in the archive's worker: a CSV of
// the cards shown (one row per card, newest first; the minor statements of
// the same transcripts that match too, flagged, so the record is whole),
// with a citation column (title, date, who asked, and the card's link), and
// the whole archive as one .json (archive-file.js). Records are read a
// batch at a time; the file is a Blob of pieces, never one huge string.

import { getMany, transcriptOf } from './archive-store.js';
import { csvRow } from './csv.js';
import { exportParts } from './archive-file.js';
import { outletOf, speakerOf, searchableText, isMinor } from '../search/search-index.js';
import { speakersOf } from './archive-table.js';

const READ = 50;
const COLUMNS = ['date', 'institution', 'room', 'title', 'card', 'kind', 'number', 'outlet', 'asker', 'asker_inferred', 'follow_up', 'minor',
  'spokesperson', 'speakers', 'question', 'answer', 'places', 'topics', 'citation'];

/** Where a card opens on the cards page. */
const cardLink = (hash, id) => new URL(`../index.html#${new URLSearchParams({ archive: hash, card: id })}`, self.location.href).href;

function row(record, byId, item) {
  const ex = item.kind === 'exchange' ? item : null;
  const outlet = outletOf(item, byId);
  const cite = [record.title, record.date, outlet && `question from ${outlet}`].filter(Boolean).join(', ');
  return csvRow([
    record.date, record.institution ?? '', record.room ?? '', record.title, item.id, item.kind, ex ? ex.number : '',
    outlet ?? '', ex ? (ex.asker.name ?? '') : '', ex ? String(ex.asker.inferred === true) : '', ex ? String(ex.follow_up) : '', String(isMinor(item)),
    speakerOf(item) ?? '', speakersOf(item).join('; '),
    ex ? ex.question.paragraphs.join('\n\n') : '', ex ? ex.answer.paragraphs.join('\n\n') : searchableText(item),
    (item.tags?.places ?? []).join('; '), (item.tags?.topics ?? []).join('; '),
    `${cite}. ${cardLink(record.hash, item.id)}`,
  ]);
}

/** The CSV of these cards of the table (card indices, any order) as a Blob. */
export async function resultsCsv(table, cards) {
  const sorted = Int32Array.from(cards).sort();
  const pieces = [`\ufeff${csvRow(COLUMNS)}`];
  // Card order is record by record: read the records of a stretch of cards at once.
  for (let j = 0; j < sorted.length;) {
    const docs = [];
    let k = j;
    while (k < sorted.length && (docs.length < READ || table.doc[sorted[k]] === docs[docs.length - 1])) {
      const d = table.doc[sorted[k]];
      if (d !== docs[docs.length - 1]) docs.push(d);
      k++;
    }
    const records = await getMany(docs.map((d) => table.records[d].hash));
    const byDoc = new Map(docs.map((d, x) => {
      const t = records[x] && transcriptOf(records[x]);
      return [d, t && { record: records[x], items: t.items, byId: new Map(t.items.map((it) => [it.id, it])) }];
    }));
    for (; j < k; j++) {
      const i = sorted[j];
      const got = byDoc.get(table.doc[i]);
      const item = got?.items[table.item[i]];
      if (item) pieces.push(row(got.record, got.byId, item));
    }
  }
  return new Blob(pieces, { type: 'text/csv;charset=utf-8' });
}

/** The whole archive, as an export file (a Blob), read a batch of records at a time. */
export async function archiveBlob(table) {
  const hashes = table.records.map((r) => r.hash);
  const records = [];
  for (let k = 0; k < hashes.length; k += READ) for (const r of await getMany(hashes.slice(k, k + READ))) if (r) records.push(r);
  records.sort((a, b) => (a.date || '').localeCompare(b.date || ''));
  return new Blob(exportParts(records), { type: 'application/json;charset=utf-8' });
}
