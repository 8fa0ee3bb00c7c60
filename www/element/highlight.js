// Marks search matches inside rendered cards without building HTML: ranges
// registered with the CSS Custom Highlight API (styled by ::highlight()), or,
// where the browser lacks it, text nodes split around <mark> elements. Each
// card shown also gets its match count (part "match-count") in its header.
// Matching is on folded text (fold.js), mapped back to the original offsets.

import { foldWithMap } from '../search/fold.js';
import { h, count } from './dom.js';

export const HIGHLIGHT_NAME = 'transcript-cards-match';
const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

/** One page-wide highlight, shared by every <transcript-cards> on the page. */
let shared = null;
function sharedHighlight() {
  if (!shared) {
    shared = CSS.highlights.get(HIGHLIGHT_NAME) ?? new Highlight();
    CSS.highlights.set(HIGHLIGHT_NAME, shared);
  }
  return shared;
}

/** Where a scope's text is in a card: questions, answers (and statements), or all. */
const SCOPE_SELECTOR = { both: '.tx', question: '.question .tx', answer: '.answer .tx, .body .tx' };

/** The text nodes of a card's searchable parts within the scope. */
function searchableTextNodes(card, scope) {
  const nodes = [];
  for (const el of card.querySelectorAll(SCOPE_SELECTOR[scope] ?? '.tx')) {
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) nodes.push(node);
      else if (node.localName === 'mark') nodes.push(node.firstChild);
    }
  }
  return nodes;
}

// A card's text nodes per scope, kept while the card's text stays as built
// (with <mark>s, the fallback splits nodes: looked up each time).
const nodesOf = new WeakMap();
function cardTextNodes(card, scope) {
  if (!supported) return searchableTextNodes(card, scope);
  let byScope = nodesOf.get(card);
  if (!byScope) nodesOf.set(card, (byScope = {}));
  return (byScope[scope] ??= searchableTextNodes(card, scope));
}
// A card's "3 matches" badge, once made.
const badges = new WeakMap();

// Folded text of a node, kept while its text stays the same (cards are reused).
const folds = new WeakMap();
function folded(node) {
  let f = folds.get(node);
  if (!f || f.data !== node.data) folds.set(node, (f = { data: node.data, ...foldWithMap(node.data) }));
  return f;
}

/** [start, end) offsets in the node's text of every match of the terms, in order, not overlapping. */
function occurrences(node, terms) {
  const { folded: hay, from, to } = folded(node);
  const found = [];
  for (const t of terms) {
    for (let at = hay.indexOf(t); at !== -1; at = hay.indexOf(t, at + t.length)) {
      const end = at + t.length;
      found.push(from ? [from[at], to[end - 1]] : [at, end]);
    }
  }
  found.sort((a, b) => a[0] - b[0]);
  return found.filter((r, k) => k === 0 || r[0] >= found[k - 1][1]);
}

/** The matches of one element's cards: reset() per search, add() per card rendered. */
export class Highlighter {
  #ranges = new Set();
  #marks = [];
  query = { terms: [], scope: 'both' };
  #countOf = null;

  /**
   * Starts a new search (a parseQuery() result): drops the old matches.
   * `countOf(card)` gives a card's match count for its header badge.
   */
  reset(query, countOf = null) {
    this.clear();
    // One Latin letter matches everywhere: marking every "t" is noise, and costly.
    const terms = (query?.terms ?? []).filter((t) => !/^[\x00-\u024f]$/.test(t));
    this.query = { terms, scope: query?.scope ?? 'both' };
    this.#countOf = query?.terms?.length ? countOf : null;
  }

  /** Highlights the matches inside one card and shows its count; returns how many it highlighted. */
  add(card) {
    this.#badge(card);
    const { terms, scope } = this.query;
    if (terms.length === 0) return 0;
    let found = 0;
    for (const node of cardTextNodes(card, scope)) {
      const spans = occurrences(node, terms);
      found += spans.length;
      if (supported) {
        for (const [start, end] of spans) {
          const range = new Range();
          range.setStart(node, start);
          range.setEnd(node, end);
          this.#ranges.add(range);
          sharedHighlight().add(range);
        }
      } else {
        this.#markFallback(node, spans);
      }
    }
    return found;
  }

  /** Removes this element's matches (others' stay). */
  clear() {
    if (supported) {
      const highlight = sharedHighlight();
      for (const range of this.#ranges) highlight.delete(range);
      this.#ranges.clear();
    }
    for (const mark of this.#marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
    this.#marks = [];
  }

  /** The matched ranges, for tests and screen-reader summaries. */
  get ranges() {
    return supported ? [...this.#ranges] : this.#marks.map((m) => { const r = new Range(); r.selectNodeContents(m); return r; });
  }

  // "3 matches" in the card's header, or nothing without a search.
  #badge(card) {
    const n = this.#countOf ? this.#countOf(card) : 0;
    let badge = badges.get(card);
    if (!n) {
      badge?.remove();
      return;
    }
    const text = n === 1 ? '1 match' : `${count(n)} matches`;
    if (!badge) badges.set(card, (badge = h('span', { class: 'hits', part: 'match-count' })));
    if (!badge.parentNode) card.querySelector(':scope > header .card-title')?.append(badge);
    if (badge.textContent !== text) badge.textContent = text;
  }

  #markFallback(node, spans) {
    // Split from the end so earlier offsets stay valid.
    for (const [start, end] of spans.reverse()) {
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.setAttribute('part', 'match');
      match.replaceWith(mark);
      mark.append(match);
      this.#marks.push(mark);
    }
  }
}
