// The list of cards shown, rendered lazily: a filter change replaces the list
// with its first page of cards and the rest follow as the reader scrolls (an
// IntersectionObserver on a sentinel), so a keystroke repaints a few dozen
// cards whatever the number loaded. Built cards are kept for reuse.

const PAGE = 12; // a screenful and more; the next page follows before it is needed

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

  /** Shows these item indices, in order: the first page now, the rest on scroll. */
  show(indices) {
    this.shown = indices;
    this.rendered = 0;
    this.list.replaceChildren();
    this.list.setAttribute('aria-setsize', String(indices.length));
    this.more();
  }

  /** Appends the next page (or up to position `upTo`). */
  more(upTo = this.rendered + PAGE - 1) {
    const end = Math.min(this.shown.length, upTo + 1);
    if (end <= this.rendered) return;
    const cards = [];
    for (let pos = this.rendered; pos < end; pos++) {
      const card = this.card(this.shown[pos]);
      card.setAttribute('aria-posinset', String(pos + 1));
      card.setAttribute('aria-setsize', String(this.shown.length));
      cards.push(card);
    }
    this.rendered = end;
    this.list.append(...cards);
    this.sentinel.hidden = this.rendered >= this.shown.length;
    this.onAppend(cards);
  }

  /** Renders every card shown (for printing). */
  all() {
    this.more(this.shown.length - 1);
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
