// Builds one card (<article data-kind="exchange|statement|unparsed">) from one
// parsed item: outlet badge, question, answering speaker (each official where
// their turn starts, when several answer in turn), answer paragraphs, part
// links (question part ↔ answer part), follow-up link, the reporter a host
// called on, the topic, permalink, copy button. Floor management (a minor
// statement: "Go ahead, David.") is not a card but a fold between the cards
// (<details data-kind="minor">). Text goes in as text nodes only (see dom.js). Every name and text
// field is bidi-isolated (dir="auto", so unicode-bidi: isolate): a name with
// U+202E cannot reorder the rest of the card.

import { h } from './dom.js';

/** Where a card's permalink points. */
export const cardHash = (id) => `#card=${encodeURIComponent(id)}`;

/**
 * @param item    one item of Transcript.items
 * @param context {outlet: string|null (who asked, see outletOf), byId: {get(id)}}
 */
export function buildCard(item, { outlet, byId }) {
  switch (item.kind) {
    case 'exchange':
      return exchangeCard(item, outlet, byId);
    case 'statement':
      if (item.minor) return minorFold(item);
      return shell(item, `Statement${item.speaker ? ` by ${item.speaker}` : ''}`, [
        h('span', { class: 'badge badge-kind', part: 'badge' }, 'Statement'),
        item.speaker && h('span', { class: 'who', part: 'speaker', dir: 'auto' }, item.speaker),
        section(item),
      ], [h('section', { class: 'body', part: 'statement' }, item.paragraphs.map((text) => paragraph(text)))]);
    default:
      return shell(item, `Unparsed text: ${item.reason}`, [
        h('span', { class: 'badge badge-unparsed', part: 'badge' }, 'Unparsed'),
        h('span', { class: 'who', dir: 'auto' }, `${item.reason} · line ${item.span.line}`),
      ], [h('pre', { class: 'raw tx', part: 'unparsed', dir: 'auto' }, item.text)]);
  }
}

/** Floor management, folded: who said it and how it starts; open for all of it. */
function minorFold(item) {
  const who = item.speaker ?? item.label ?? '';
  const text = item.paragraphs.join(' ');
  return h('details', { class: 'minor', part: 'minor', id: item.id, dataset: { kind: 'minor', id: item.id } },
    h('summary', { 'aria-label': `Floor${who ? `, ${who}` : ''}: ${text}` },
      h('span', { class: 'badge badge-minor', part: 'badge' }, 'Floor'), ' ',
      who && h('span', { class: 'who', dir: 'auto' }, who), who && ': ',
      h('span', { class: 'tx minor-text', dir: 'auto' }, text)));
}

/** The topic the item falls under, where the page gives topics. */
function section(item) {
  return item.section && h('span', { class: 'section', part: 'section', dir: 'auto', title: 'Topic' }, item.section);
}

/** Paragraphs of several turns, each turn's speaker where it starts; `at(i)` builds paragraph i. */
function inTurns(turns, count, at) {
  if (!turns?.length) return Array.from({ length: count }, (_, i) => at(i));
  return turns.flatMap((turn) => [
    h('p', { class: 'speaker turn-speaker', part: 'turn-speaker', dir: 'auto' }, turn.speaker ?? turn.label ?? ''),
    ...Array.from({ length: turn.paragraph_range[1] - turn.paragraph_range[0] }, (_, k) => at(turn.paragraph_range[0] + k)),
  ]);
}

function exchangeCard(ex, outlet, byId) {
  const asker = outlet ?? 'Question';
  const followed = ex.follows && byId.get(ex.follows);
  const head = [
    h('span', { class: 'badge', part: 'badge outlet', dir: 'auto' }, asker),
    ex.asker.name && !ex.asker.inferred && h('span', { class: 'who', dir: 'auto' }, ex.asker.name),
    ex.asker.name && ex.asker.inferred &&
      h('span', { class: 'who called-on', part: 'called-on', dir: 'auto', title: 'The label names nobody: the name the host called on just before' }, `called on: ${ex.asker.name}`),
    section(ex),
    ex.follow_up &&
      h('span', { class: 'follow', part: 'follow-up' }, 'Follow-up',
        followed && [' to ', h('a', { href: cardHash(followed.id), dataset: { goto: followed.id }, 'aria-label': `Follow-up to exchange ${followed.number}` }, `#${followed.number}`)]),
  ];
  const qParts = anchorsOf(ex.question.paragraphs, ex.question.parts);
  const aParts = anchorsOf(ex.answer.paragraphs, ex.answer.parts);
  const answerFor = (n) => ex.answer.parts.find((p) => p.answers === n) ?? ex.answer.parts.find((p) => p.number === n);
  const qMarker = (part) => {
    const answer = answerFor(part.number);
    return answer
      ? h('a', { class: 'part', part: 'part-link', id: `${ex.id}-q${part.number}`, href: cardHash(ex.id), dataset: { goto: `${ex.id}-a${answer.number}` }, 'aria-label': `Question part ${part.number}: go to its answer` }, `Q${part.number} ↓`)
      : h('span', { class: 'part', id: `${ex.id}-q${part.number}` }, `Q${part.number}`);
  };
  const aMarker = (part) => [
    part.answers
      ? h('a', { class: 'part', part: 'part-link', id: `${ex.id}-a${part.number}`, href: cardHash(ex.id), dataset: { goto: `${ex.id}-q${part.answers}` }, 'aria-label': `Answer part ${part.number}: go to question part ${part.answers}` }, `A${part.answers} ↑`)
      : h('span', { class: 'part', id: `${ex.id}-a${part.number}` }, `A${part.number}`),
    part.refers_to &&
      h('a', { class: 'part part-ref', part: 'part-link', href: cardHash(part.refers_to.exchange), dataset: { goto: `${part.refers_to.exchange}-a${part.refers_to.part}` }, 'aria-label': `Refers to exchange ${part.refers_to.number}, answer part ${part.refers_to.part}` }, `see #${part.refers_to.number} A${part.refers_to.part}`),
  ];
  const speaker = ex.answer.speaker ?? ex.answer.label;
  const turns = ex.answer.turns ?? [];
  const answer = ex.answer.paragraphs.length
    ? inTurns(turns, ex.answer.paragraphs.length, (i) => paragraph(ex.answer.paragraphs[i], aParts.get(i), aMarker))
    : [h('p', { class: 'none' }, 'No answer given.')];
  // A moderator's aside inside the question is shown with its speaker; the askers' own turns are unnamed.
  const qTurns = (ex.question.turns ?? []).some((t) => t.speaker) ? ex.question.turns.map((t) => ({ ...t, speaker: t.speaker ?? t.label })) : [];
  const by = turns.length ? [...new Set(turns.map((t) => t.speaker ?? t.label))].join(', ') : speaker;
  return shell(ex, `Exchange ${ex.number}: ${asker}${ex.follow_up ? ', follow-up' : ''}`, head, [
    h('section', { class: 'question', part: 'question', 'aria-label': `Question from ${asker}` },
      inTurns(qTurns, ex.question.paragraphs.length, (i) => paragraph(ex.question.paragraphs[i], qParts.get(i), qMarker))),
    h('section', { class: 'answer', part: 'answer', 'aria-label': by ? `Answer by ${by}` : 'Answer' },
      speaker && !turns.length && h('p', { class: 'speaker', part: 'speaker', dir: 'auto' }, speaker), answer),
  ], ex.number);
}

/** The frame every card shares: heading, permalink and copy button, then the body. */
function shell(item, label, head, body, number) {
  return h('article', { class: 'card', part: `card ${item.kind}`, id: item.id, tabindex: -1, 'aria-labelledby': `${item.id}-h`, dataset: { kind: item.kind, id: item.id } },
    h('header', { class: 'card-head', part: 'card-header' },
      h('h3', { class: 'card-title' }, h('span', { class: 'sr-only', id: `${item.id}-h`, dir: 'auto' }, `${label}. `), head),
      h('a', { class: 'permalink', part: 'permalink', href: cardHash(item.id), dataset: { goto: item.id }, 'aria-label': `Link to this card (${item.id})`, title: 'Link to this card' }, number ? `#${number}` : `#${item.id}`),
      h('button', { type: 'button', class: 'copy', part: 'copy-button', dataset: { copy: item.id }, 'aria-label': 'Copy this card with a citation line' }, 'Copy')),
    body);
}

/** A paragraph, with part markers placed where each part's text begins. */
function paragraph(text, anchors, marker) {
  if (!anchors) return h('p', { class: 'tx', dir: 'auto' }, text);
  const pieces = [];
  let from = 0;
  for (const { at, part } of anchors) {
    if (at > from) pieces.push(text.slice(from, at));
    pieces.push(marker(part), ' ');
    from = at;
  }
  pieces.push(text.slice(from));
  return h('p', { class: 'tx has-parts', dir: 'auto' }, pieces);
}

/**
 * Where each numbered part begins: Map<paragraph index, [{at, part}]>, found
 * by looking for the start of the part's text, in order, in the paragraphs.
 */
function anchorsOf(paragraphs, parts) {
  const anchors = new Map();
  let p = 0;
  let from = 0;
  for (const part of parts) {
    const probe = part.text.trim().slice(0, 40);
    if (!probe) continue;
    for (let i = p; i < paragraphs.length; i++) {
      const at = paragraphs[i].indexOf(probe, i === p ? from : 0);
      if (at === -1) continue;
      if (!anchors.has(i)) anchors.set(i, []);
      anchors.get(i).push({ at, part });
      p = i;
      from = at + 1;
      break;
    }
  }
  return anchors;
}

/** The card shown when the parser itself failed (a wasm trap): what happened, and that the text is kept. */
export function errorCard(error) {
  return h('article', { class: 'card card-error', part: 'card error', role: 'alert', dataset: { kind: 'error' } },
    h('header', { class: 'card-head', part: 'card-header' },
      h('h3', { class: 'card-title' }, h('span', { class: 'badge badge-unparsed', part: 'badge' }, 'Error'), ' ',
        h('span', { class: 'who' }, 'The parser failed on this text'))),
    h('p', { class: 'tx error-message', part: 'error-message', dir: 'auto' }, String(error?.message ?? error)));
}
