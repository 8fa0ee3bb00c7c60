// The archive's view in the URL hash, so a link reopens it: the query and
// filters (by name: q, scope, from, to, institution, speaker, outlet, place,
// topic, kind), the results' mode, the timeline's split, and the pinned filter
// set of a comparison (pin=, itself a query string; "*" pins every card).

import { FILTER_KEYS } from './archive-query.js';

/** A filter set from a query string's parameters (unknown ones left out). */
export function decodeFilters(params) {
  return Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? '']));
}

/** A filter set as a query string, its empty filters left out. */
export function encodeFilters(filters) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (filters[k]) p.set(k, filters[k]);
  return p.toString();
}

/** The view the URL hash says: {filters, pin (a filter set or null), mode, split}. */
export function readHash(hash = location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const pin = params.get('pin');
  return {
    filters: decodeFilters(params),
    pin: pin == null ? null : decodeFilters(new URLSearchParams(pin === '*' ? '' : pin)),
    mode: params.get('mode') === 'stream' ? 'stream' : 'grouped',
    split: ['institution', 'speaker'].includes(params.get('split')) ? params.get('split') : '',
  };
}

/** The URL hash of a view (readHash's shape). */
export function writeHash({ filters, pin, mode, split }) {
  const p = new URLSearchParams(encodeFilters(filters));
  if (mode === 'stream') p.set('mode', 'stream');
  if (split) p.set('split', split);
  if (pin) p.set('pin', encodeFilters(pin) || '*');
  return p.toString();
}

/** A card kind (the kind facet's value) as the page names it. */
export const kindName = (kind) => ({ exchange: 'Questions and answers', statement: 'Statements', unparsed: 'Text not understood' })[kind] ?? kind;

/** What a filter set searches for, as the status and the headings say it ('' for no query): “q”, and where, when it keeps to the questions or the answers. */
export function searchWords({ q = '', scope = '' }) {
  const words = q.trim();
  if (!words) return '';
  return scope === 'question' || scope === 'answer' ? `“${words}” in the ${scope}s` : `“${words}”`;
}

/** A filter set in a few words, as the comparison's headings say it. */
export function describeFilters(f, placeName = (code) => code) {
  const parts = [];
  const words = searchWords(f);
  if (words) parts.push(words);
  for (const k of ['institution', 'speaker', 'outlet', 'topic']) if (f[k]) parts.push(f[k]);
  if (f.place) parts.push(placeName(f.place));
  if (f.kind) parts.push(kindName(f.kind));
  if (f.from || f.to) parts.push(`${f.from || '…'} to ${f.to || '…'}`);
  return parts.length ? parts.join(' · ') : 'every card';
}
