// <transcript-cards>: a transcript as filterable Q&A cards, in an open shadow
// root styled through ::part and --tc-* variables. The transcript comes from
// the element's text content, a same-origin `src`, parseText(), or the
// `transcript` property. Attributes search/scope/outlet/speaker/kind/place/
// topic/theme are its API, mirrored as properties (facet attributes hold one
// value or several joined by "|": outlet="AFP|Reuters"); compareWith() sets
// a second version of the briefing beside it (pairs.js); it announces
// changes with namespaced events (transcript-cards:parsed, :filter, :focus,
// :progress, :copy, :paired). Registered by define.js.

import { parse, prebuiltIndex, rooms } from './parser.js';
import { STYLESHEET } from './assets.js';
import { h } from './dom.js';
import { SearchIndex, FACETS, parseQuery, outletOf } from '../search/search-index.js';
import { buildCard, cardHash, errorCard } from './card.js';
import { CardList } from './card-list.js';
import { Highlighter } from './highlight.js';
import { renderSummary, renderFacets, renderPairNote, renderRoom, updateFacets, skeleton, splitValues, joinValues } from './panels.js';
// Bilingual pairs (pairs.js) and citations (export.js) are loaded on first use.
const pairsModule = () => import('./pairs.js');
const exportModule = () => import('./export.js');

const FILTERS = ['search', 'scope', ...FACETS];
const MIRRORED = [...FILTERS, 'theme', 'src', 'room'];

export class TranscriptCardsElement extends HTMLElement {
  static observedAttributes = MIRRORED;

  #transcript = null;
  /** The texts behind #transcript and #partner (the core aligns texts). */
  #text = null;
  #partnerText = null;
  #index = null;
  #hits = null;
  #hitsQuery = null;
  #shown = [];
  #scheduled = false;
  #loads = 0;
  #roomsListed = false;
  #partner = null;
  #pairing = null;
  #highlighter = new Highlighter();
  #ui;
  #list;

  constructor() {
    super();
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    this.#ui = skeleton(root, STYLESHEET);
    this.#list = new CardList(this.#ui.list, this.#ui.sentinel, (i) => this.#buildCard(i), (cards) => {
      for (const card of cards) this.#highlighter.add(card);
    });
    root.addEventListener('click', (e) => this.#onClick(e));
    root.addEventListener('keydown', (e) => this.#onKeydown(e));
    this.#ui.search.addEventListener('input', () => { this.search = this.#ui.search.value; });
    this.#ui.scope.addEventListener('change', () => { this.scope = this.#ui.scope.value === 'both' ? '' : this.#ui.scope.value; });
    this.#ui.room.addEventListener('change', () => { this.room = this.#ui.room.value; });
  }

  connectedCallback() {
    for (const name of [...MIRRORED, 'transcript']) this.#upgradeProperty(name);
    window.addEventListener('beforeprint', this.#printAll);
    // Defined by a classic script above it, the element is connected before
    // the parser has given it its text: read it once the document is parsed.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.#readText(), { once: true });
    else this.#readText();
  }

  #readText() {
    if (!this.#transcript && !this.src && this.textContent.trim()) this.parseText(this.textContent);
  }

  disconnectedCallback() {
    window.removeEventListener('beforeprint', this.#printAll);
    this.#highlighter.clear();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue === value) return;
    if (name === 'src') {
      if (value) this.#load(value);
    } else if (name === 'room') {
      // Read again as the room asked for (or the one detected).
      if (this.#text != null) this.parseText(this.#text).catch(() => {});
    } else if (name !== 'theme') {
      if (name === 'search' && this.#ui.search.value !== (value ?? '')) this.#ui.search.value = value ?? '';
      this.#schedule();
    }
  }

  // Attributes mirrored as properties.
  get search() { return this.getAttribute('search') ?? ''; }
  set search(v) { this.#reflect('search', v); }
  get outlet() { return this.getAttribute('outlet') ?? ''; }
  set outlet(v) { this.#reflect('outlet', v); }
  get kind() { return this.getAttribute('kind') ?? ''; }
  set kind(v) { this.#reflect('kind', v); }
  get speaker() { return this.getAttribute('speaker') ?? ''; }
  set speaker(v) { this.#reflect('speaker', v); }
  get scope() { return this.getAttribute('scope') ?? ''; }
  set scope(v) { this.#reflect('scope', v); }
  get place() { return this.getAttribute('place') ?? ''; }
  set place(v) { this.#reflect('place', v); }
  get topic() { return this.getAttribute('topic') ?? ''; }
  set topic(v) { this.#reflect('topic', v); }
  get theme() { return this.getAttribute('theme') ?? 'auto'; }
  set theme(v) { this.#reflect('theme', v); }
  get src() { return this.getAttribute('src') ?? ''; }
  set src(v) { this.#reflect('src', v); }
  /** The briefing room to read the text as ("us-wh"); empty: the room detected. */
  get room() { return this.getAttribute('room') ?? ''; }
  set room(v) { this.#reflect('room', v); }

  /** The parsed transcript (the CLI's JSON shape), or null. */
  get transcript() { return this.#transcript; }
  set transcript(t) { this.#text = null; this.#setTranscript(t); }

  /** The items of the cards shown, in order. */
  get shownItems() { return this.#shown.map((i) => this.#transcript.items[i]); }

  /** The transcript restricted to the cards shown (for exports). */
  shownTranscript() {
    return this.#transcript && { ...this.#transcript, items: this.shownItems };
  }

  /**
   * Parses text (in a worker when large, with progress) and shows its cards;
   * `transcript`, a parse of this very text made elsewhere (the CLI's JSON),
   * is shown instead of parsing it.
   */
  async parseText(text, { transcript: given = null } = {}) {
    const load = ++this.#loads;
    const { progress, progressBar, progressLabel, list } = this.#ui;
    const big = text.length > 256 * 1024;
    list.setAttribute('aria-busy', 'true');
    progress.hidden = !big;
    const onProgress = ({ phase, done, total }) => {
      if (load !== this.#loads) return;
      this.#emit('progress', { phase, done, total });
      progress.hidden = false;
      progressBar.max = total || 1;
      progressBar.value = done;
      progressLabel.textContent = phase === 'parse'
        ? `Parsing ${(text.length / 1e6).toFixed(1)} MB…`
        : `Receiving cards: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
    };
    try {
      const transcript = given && !this.room ? given : await parse(text, { onProgress, room: this.room || null });
      if (load === this.#loads) {
        this.#text = text;
        this.#setTranscript(transcript);
      }
      return transcript;
    } catch (error) {
      if (load === this.#loads) this.#showError(error);
      throw error;
    } finally {
      if (load === this.#loads) {
        progress.hidden = true;
        list.setAttribute('aria-busy', 'false');
      }
    }
  }

  /**
   * Sets a second version of the briefing (its text: the other language,
   * same date) beside this one: paired exchanges show side by side.
   * Resolves to the pairs ([{a, b, similarity}]), or throws when the two
   * cannot be paired. null removes it.
   */
  async compareWith(other) {
    if (other != null && typeof other !== 'string') throw new TypeError('compareWith() takes the text of the other version');
    this.#partner = other == null ? null : await parse(other);
    this.#partnerText = other ?? null;
    try {
      return await this.#pair();
    } finally {
      this.#list.reset();
      this.#apply();
    }
  }

  /** The second version set by compareWith(), or null. */
  get partner() { return this.#partner; }

  async #pair() {
    this.#pairing = null;
    renderPairNote(this.#ui, null);
    // Pairing needs both texts: a transcript set as an object has none.
    if (!this.#partner || !this.#transcript || this.#text == null) return [];
    const { Pairing, alignTranscripts, pairingProblem } = await pairsModule();
    const problem = pairingProblem(this.#transcript, this.#partner);
    if (problem) {
      renderPairNote(this.#ui, `Not shown side by side: ${problem}.`);
      throw new Error(problem);
    }
    const pairs = await alignTranscripts(this.#text, this.#partnerText);
    this.#pairing = new Pairing(this.#transcript, this.#partner, pairs);
    renderPairNote(this.#ui, this.#pairing.summary());
    this.#emit('paired', { pairs, paired: this.#pairing.partners.size });
    return pairs;
  }

  /** Scrolls to and focuses a card (and optionally one of its part anchors). */
  focusCard(id, anchorId = null) {
    const index = this.#index?.byId.get(id);
    if (index === undefined) return false;
    let position = this.#list.position(index);
    if (position === -1) {
      // Filtered out: clear the filters so the card can be shown.
      for (const name of FILTERS) this.removeAttribute(name);
      this.#apply();
      position = this.#list.position(index);
    }
    const card = this.#list.reveal(position);
    const target = (anchorId && this.shadowRoot.getElementById(anchorId)) || card;
    const focus = () => {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: target === card ? 'start' : 'center' });
    };
    // A card can take focus once the shadow root is shown (its stylesheet loaded).
    if (this.#ui.root.hidden) this.#ui.styled.then(focus);
    else focus();
    this.#emit('focus', { id });
    return true;
  }

  /** Puts the keyboard in the search box. */
  focusSearch() {
    this.#ui.search.focus();
    this.#ui.search.select();
  }

  /** The id of the card that has focus, if any. */
  get focusedCard() {
    return this.shadowRoot.activeElement?.closest('article')?.dataset.id ?? null;
  }

  #reflect(name, value) {
    if (value == null || value === '') this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  // A property set before the element was defined shadows the accessor: re-set it.
  #upgradeProperty(name) {
    if (Object.prototype.hasOwnProperty.call(this, name)) {
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
  }

  async #load(src) {
    const url = new URL(src, document.baseURI);
    if (url.origin !== location.origin) {
      this.#ui.status.textContent = `Not loaded: ${url.href} is not on this site.`;
      return;
    }
    const load = this.#loads + 1;
    const response = await fetch(url);
    if (!response.ok) {
      this.#ui.status.textContent = `Could not load ${url.pathname} (HTTP ${response.status}).`;
      return;
    }
    const text = await response.text();
    if (load === this.#loads + 1) await this.parseText(text);
  }

  #setTranscript(transcript) {
    this.#transcript = transcript;
    this.#index = transcript ? new SearchIndex(transcript.items, transcript.places, { prebuilt: prebuiltIndex(transcript) }) : null;
    this.#pairing = null;
    if (this.#partner) this.#pair().then(() => { this.#list.reset(); this.#apply(); }, () => {});
    this.#hits = null;
    this.#hitsQuery = null;
    this.#highlighter.clear();
    this.#list.reset();
    renderSummary(this.#ui, transcript);
    renderRoom(this.#ui, transcript);
    if (transcript && !this.#roomsListed) {
      this.#roomsListed = true;
      rooms().then((list) => renderRoom(this.#ui, this.#transcript, list), () => {});
    }
    renderFacets(this.#ui, this.#index);
    this.#apply();
    this.#emit('parsed', { transcript, stats: transcript?.stats ?? null });
  }

  // The parser failed (a wasm trap): no cards, one error card saying so.
  #showError(error) {
    this.#setTranscript(null);
    this.#ui.empty.hidden = true;
    this.#ui.list.replaceChildren(errorCard(error));
    this.#ui.status.textContent = 'The parser failed; the text is kept.';
  }

  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#apply();
    });
  }

  // Search, facets, counts, cards, highlights: the whole view from the attributes.
  #apply() {
    const index = this.#index;
    if (!index) return;
    const query = parseQuery(this.search, this.scope || 'both');
    if (query.key !== this.#hitsQuery) {
      this.#hits = index.search(query);
      this.#hitsQuery = query.key;
    }
    const picked = Object.fromEntries(FACETS.map((name) => [name, splitValues(this[name])]));
    const result = index.filter(this.#hits, index.selection(picked));
    this.#shown = result.shown;
    updateFacets(this.#ui, index, result, { picked, query, search: this.search.trim(), total: index.size });
    this.#highlighter.reset(query, (card) => index.countMatches(index.byId.get(card.dataset.id), query));
    this.#list.show(result.shown);
    this.#emit('filter', {
      search: this.search, outlet: this.outlet, kind: this.kind, speaker: this.speaker,
      ...(this.scope && { scope: this.scope }), ...(this.place && { place: this.place }), ...(this.topic && { topic: this.topic }),
      shown: result.shown.length, total: index.size,
    });
  }

  #buildCard(i) {
    const item = this.#transcript.items[i];
    const byId = this.#itemsById();
    const card = buildCard(item, { outlet: outletOf(item, byId), byId });
    return this.#pairing ? this.#pairing.decorate(card, item) : card;
  }

  #itemsById() {
    const items = this.#transcript.items;
    return { get: (id) => items[this.#index.byId.get(id)] };
  }

  #onClick(event) {
    const target = event.target.closest?.('[data-goto], [data-copy], [data-facet], [data-clear-all]');
    if (!target) return;
    const { goto, copy, facet, value, clearAll } = target.dataset;
    if (goto !== undefined) {
      event.preventDefault();
      const [, card = goto] = /^(.+)-[qa]\d+$/.exec(goto) ?? [];
      this.focusCard(card, goto === card ? null : goto);
    } else if (copy !== undefined) {
      this.#copy(copy, target);
    } else if (facet !== undefined) {
      // OR within a facet: a button adds its value to the facet's list, or takes it out.
      const values = splitValues(this[facet]);
      this[facet] = joinValues(values.includes(value) ? values.filter((v) => v !== value) : [...values, value]);
    } else if (clearAll !== undefined) {
      for (const name of FILTERS) this.removeAttribute(name);
      this.#ui.search.focus();
    }
  }

  #onKeydown(event) {
    const t = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (t.matches('input, select, textarea')) {
      if (event.key === 'Escape' && t === this.#ui.search && t.value) {
        this.search = '';
        event.preventDefault();
      }
      return;
    }
    const onCard = t.localName === 'article';
    const step = { j: 1, k: -1, ArrowDown: onCard ? 1 : 0, ArrowUp: onCard ? -1 : 0 }[event.key];
    if (!step) return;
    event.preventDefault();
    const current = this.focusedCard;
    const position = current ? this.#list.position(this.#index.byId.get(current)) : -1;
    const next = Math.max(0, Math.min(this.#shown.length - 1, position + step));
    const item = this.#transcript.items[this.#shown[next]];
    if (item) this.focusCard(item.id);
  }

  async #copy(id, button) {
    const item = this.#transcript.items[this.#index.byId.get(id)];
    const page = new URL(location.href); // file: pages too, whose origin is opaque
    page.search = '';
    page.hash = cardHash(id);
    const link = page.href;
    const text = (await exportModule()).citationText(this.#transcript, item, link);
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      ok = this.#copyFallback(text);
    }
    button.textContent = ok ? 'Copied' : 'Copy failed';
    this.#ui.status.textContent = ok ? 'Card copied with its citation.' : 'Could not copy the card.';
    setTimeout(() => { button.textContent = 'Copy'; }, 1500);
    this.#emit('copy', { id, text, ok });
  }

  #copyFallback(text) {
    const area = h('textarea', { class: 'offscreen', 'aria-hidden': 'true', tabindex: -1 });
    area.value = text;
    this.shadowRoot.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }

  #printAll = () => this.#list.all();

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`transcript-cards:${name}`, { detail, bubbles: true, composed: true }));
  }
}
