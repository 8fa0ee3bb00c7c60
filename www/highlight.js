// Marks search matches inside rendered cards without building HTML: ranges
// registered with the CSS Custom Highlight API (styled by ::highlight()), or,
// where the browser lacks it, text nodes split around <mark> elements.

import { fold } from './search-index.js';

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

/** The text nodes of the searchable parts of a card (elements with class "tx"). */
function* searchableTextNodes(card) {
  for (const el of card.querySelectorAll('.tx')) {
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) yield node;
      else if (node.localName === 'mark') yield node.firstChild;
    }
  }
}

/** Offsets of every occurrence of `query` (folded) in `text`. */
function* occurrences(text, query) {
  const hay = fold(text);
  for (let at = hay.indexOf(query); at !== -1; at = hay.indexOf(query, at + query.length)) yield at;
}

/** The matches of one element's cards: call add() per rendered card, clear() on a new search. */
export class Highlighter {
  #ranges = new Set();
  #marks = [];
  query = '';

  /** Starts a new search: drops the old matches. */
  reset(query) {
    this.clear();
    // One Latin letter matches everywhere: marking every "t" is noise, and costly.
    this.query = /^[\x00-\u024f]$/.test(query) ? '' : fold(query);
  }

  /** Highlights the matches inside one card; returns how many it found. */
  add(card) {
    if (!this.query) return 0;
    let found = 0;
    for (const node of [...searchableTextNodes(card)]) {
      const starts = [...occurrences(node.data, this.query)];
      found += starts.length;
      if (supported) {
        for (const at of starts) {
          const range = new Range();
          range.setStart(node, at);
          range.setEnd(node, at + this.query.length);
          this.#ranges.add(range);
          sharedHighlight().add(range);
        }
      } else {
        this.#markFallback(node, starts);
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

  #markFallback(node, starts) {
    // Split from the end so earlier offsets stay valid.
    for (const at of starts.reverse()) {
      const match = node.splitText(at);
      match.splitText(this.query.length);
      const mark = document.createElement('mark');
      mark.setAttribute('part', 'match');
      match.replaceWith(mark);
      mark.append(match);
      this.#marks.push(mark);
    }
  }
}
