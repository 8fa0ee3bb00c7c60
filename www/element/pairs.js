// Bilingual pairs: a second transcript of the same briefing (the Chinese
// original beside the English version, or the other way round) aligned
// exchange by exchange by the Rust core (alignTranscripts, through
// parser.js), and each paired card given the other language's question and
// answer side by side, with a toggle (aria-pressed) to show or hide them per
// card. Text goes in as text nodes only.

import { h } from './dom.js';

const LANGUAGE_NAMES = { zh: 'Chinese', en: 'English' };
const languageName = (t) => LANGUAGE_NAMES[t.language] ?? t.language;

/**
 * Whether two transcripts can be paired: the same date (when both have one)
 * and not the same text. Returns null when they can, else the reason.
 */
export function pairingProblem(a, b) {
  if (!a || !b) return 'there is no transcript to compare with';
  if (a.date && b.date && a.date !== b.date) return `the dates differ (${a.date} and ${b.date}): not the same briefing`;
  return null;
}

/** alignTranscripts(textA, textB) of the wasm core, through parser.js's live instance. */
export { align as alignTranscripts } from './parser.js';

/** Exchange ids of the first transcript → the paired exchange of the second. */
export class Pairing {
  /**
   * @param a     the transcript shown
   * @param b     the other version
   * @param pairs alignTranscripts(a, b): [{a, b, similarity}]
   */
  constructor(a, b, pairs) {
    this.a = a;
    this.b = b;
    this.pairs = pairs;
    const itemsOfB = new Map(b.items.map((item) => [item.id, item]));
    this.partners = new Map();
    for (const p of pairs) if (p.a && p.b) this.partners.set(p.a, { item: itemsOfB.get(p.b), similarity: p.similarity });
  }

  /** How many exchanges of each found their counterpart, in words. */
  summary() {
    const exchangesOf = (t) => t.items.filter((i) => i.kind === 'exchange').length;
    const date = this.b.date ? ` of ${this.b.date}` : '';
    return `Side by side with the ${languageName(this.b)} transcript${date}: ${this.partners.size} of ${exchangesOf(this.a)} exchanges paired (${exchangesOf(this.b)} in the ${languageName(this.b)}).`;
  }

  /** The paired exchange of the second transcript, or null. */
  partnerOf(id) {
    return this.partners.get(id)?.item ?? null;
  }

  /**
   * Gives a built exchange card its counterpart: the card's question and
   * answer on one side, the other version's on the other, and a toggle in
   * its header. Shown side by side until the reader switches it off.
   */
  decorate(card, item) {
    const partner = this.partnerOf(item.id);
    if (!partner) return card;
    const own = [...card.children].filter((el) => el.localName !== 'header');
    const mine = h('div', { class: 'pair-side pair-own', lang: this.a.language }, own);
    const theirs = h('div', { class: 'pair-side pair-other', part: 'pair', id: `${item.id}-pair`, lang: this.b.language, 'aria-label': `${languageName(this.b)} version` },
      h('p', { class: 'pair-head' }, `${languageName(this.b)} · #${partner.number}`, partner.asker.outlet && ` · ${partner.asker.outlet}`),
      h('section', { class: 'pair-question', part: 'pair-question' }, partner.question.paragraphs.map((text) => h('p', { dir: 'auto' }, text))),
      h('section', { class: 'pair-answer', part: 'pair-answer' },
        (partner.answer.speaker ?? partner.answer.label) && h('p', { class: 'speaker', dir: 'auto' }, partner.answer.speaker ?? partner.answer.label),
        partner.answer.paragraphs.map((text) => h('p', { dir: 'auto' }, text))));
    const body = h('div', { class: 'pair-body side-by-side' }, mine, theirs);
    const toggle = h('button', {
      type: 'button', class: 'pair-toggle', part: 'pair-toggle', 'aria-pressed': 'true', 'aria-controls': theirs.id,
      onclick: () => {
        const on = toggle.getAttribute('aria-pressed') !== 'true';
        toggle.setAttribute('aria-pressed', String(on));
        body.classList.toggle('side-by-side', on);
        theirs.hidden = !on;
      },
    }, `${languageName(this.b)} side by side`);
    card.querySelector(':scope > header')?.append(toggle);
    card.append(body);
    card.classList.add('paired');
    return card;
  }
}
