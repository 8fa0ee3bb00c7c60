// The list of cards shown, rendered lazily: a filter change shows the first
// page of cards and the rest follow as the reader scrolls (an
// IntersectionObserver on a sentinel), so a keystroke repaints a handful of
// cards whatever the number loaded. Built cards are kept for reuse.

const PAGE = 8; // two screenfuls; the next page follows before it is needed
const WHOLE = 40; // a briefing's worth of cards is shown whole (find in page, print)

/** How many of `n` cards show() puts in the list at once. */
export const shownAtOnce = (n) => (n <= WHOLE ? n : PAGE);

export class CardList {
  /**
   * @param list     the role="feed" element the cards go in
   * @param sentinel an element after the list; when it nears the viewport, more cards follow
   * @param build    (itemIndex) => HTMLElement
   * @param onAppend (cards) => void, after cards are added (highlighting)
   */
  constructor(list, sentinel, build, onAppend) {
    this.list = list;
    this.sentinel = sentinel;
    this.build = build;
    this.onAppend = onAppend;
    this.cache = new Map();
    this.shown = [];
    this.rendered = 0;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.more();
    }, { rootMargin: '800px 0px' });
    this.observer.observe(sentinel);
  }

  /** Drops every built card (a new transcript). */
  reset() {
    this.cache.clear();
    this.show([]);
  }

  /**
   * Shows these item indices, in order: the first page now, the rest on
   * scroll. Cards already in place stay in place (typing on rarely changes
   * the first page), so the browser re-lays out only what changed.
   */
  show(indices) {
    this.shown = indices;
    const end = shownAtOnce(indices.length);
    const next = [];
    for (let pos = 0; pos < end; pos++) next.push(this.#placed(pos));
    const keep = new Set(next);
    for (const child of [...this.list.children]) if (!keep.has(child)) child.remove();
    let ref = this.list.firstElementChild;
    for (const card of next) {
      if (card === ref) ref = ref.nextElementSibling;
      else this.list.insertBefore(card, ref);
    }
    this.rendered = end;
    this.list.setAttribute('aria-setsize', String(indices.length));
    this.sentinel.hidden = this.rendered >= this.shown.length;
    this.onAppend(next);
  }

  /** Appends the next page (or up to position `upTo`). */
  more(upTo = this.rendered + PAGE - 1) {
    const end = Math.min(this.shown.length, upTo + 1);
    if (end <= this.rendered) return;
    const cards = [];
    for (let pos = this.rendered; pos < end; pos++) cards.push(this.#placed(pos));
    this.rendered = end;
    this.list.append(...cards);
    this.sentinel.hidden = this.rendered >= this.shown.length;
    this.onAppend(cards);
  }

  /** Renders every card shown (for printing). */
  all() {
    this.more(this.shown.length - 1);
  }

  /** The card at a position of the list shown, labelled with that position. */
  #placed(pos) {
    const card = this.card(this.shown[pos]);
    const at = String(pos + 1);
    const of = String(this.shown.length);
    if (card.getAttribute('aria-posinset') !== at) card.setAttribute('aria-posinset', at);
    if (card.getAttribute('aria-setsize') !== of) card.setAttribute('aria-setsize', of);
    return card;
  }

  /** The card element of an item, built on first use. */
  card(index) {
    let card = this.cache.get(index);
    if (!card) {
      card = this.build(index);
      this.cache.set(index, card);
    }
    return card;
  }

  /** Position of an item among the cards shown, or -1. */
  position(index) {
    return this.shown.indexOf(index);
  }

  /** Makes sure the card at `position` is in the DOM; returns it. */
  reveal(position) {
    if (position < 0 || position >= this.shown.length) return null;
    if (position >= this.rendered) this.more(position + PAGE);
    return this.card(this.shown[position]);
  }

  disconnect() {
    this.observer.disconnect();
  }
}
