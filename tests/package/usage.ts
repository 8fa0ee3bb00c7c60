// A page's TypeScript using the npm package as its README shows: the types
// must accept all of this (tsc --noEmit, tests/e2e/package.test.mjs), and
// refuse each line marked @ts-expect-error (were they `any`, the unused
// directives would fail the check).

import { define, TranscriptCardsElement, type Transcript, type Item, type Exchange, type Pair } from 'transcript-cards';
import { TranscriptCardsElement as Bare } from 'transcript-cards/element';

customElements.define('briefing-cards', class extends Bare {});
const Cards: typeof TranscriptCardsElement = define('other-cards');

const el = document.createElement('transcript-cards'); // HTMLElementTagNameMap: no cast needed
el.search = 'TikTok';
el.outlet = 'AFP|Reuters';
el.kind = 'exchange';
el.scope = 'answer';
el.theme = 'dark';
el.theme = '';
// @ts-expect-error not a theme
el.theme = 'purple';
// @ts-expect-error not a scope
el.scope = 'everything';

el.addEventListener('transcript-cards:parsed', (event) => {
  const t: Transcript | null = event.detail.transcript;
  const exchanges: number | undefined = event.detail.stats?.exchanges;
  // @ts-expect-error a parsed event has no count of cards shown
  console.log(event.detail.shown, t, exchanges);
});
el.addEventListener('transcript-cards:filter', (event) => console.log(event.detail.shown, event.detail.total, event.detail.search));
el.addEventListener('transcript-cards:focus', (event) => console.log(event.detail.id.toUpperCase()));
el.addEventListener('transcript-cards:progress', (event) => console.log(event.detail.phase === 'receive', event.detail.done / event.detail.total));
el.addEventListener('transcript-cards:copy', (event) => console.log(event.detail.ok, event.detail.text.length));
el.addEventListener('transcript-cards:paired', (event) => console.log(event.detail.paired, event.detail.pairs[0]?.similarity));
document.addEventListener('transcript-cards:filter', (event) => console.log(event.detail.shown)); // they bubble
el.addEventListener('click', (event) => console.log(event.clientX)); // the usual events still typed

async function use(text: string, other: string): Promise<void> {
  const t = await el.parseText(text);
  console.log(t.source?.room, t.source?.institution, t.stats.minor ?? 0, t.date?.slice(0, 4));
  for (const item of t.items) describe(item);
  const pairs: Pair[] = await el.compareWith(other);
  await el.compareWith(null);
  // @ts-expect-error compareWith takes the other version's text
  await el.compareWith(42);
  console.log(pairs.length, el.partner?.title, el.shownItems.length, el.shownTranscript()?.items.length, el.focusCard('e3'), el.focusedCard);
  el.transcript = t;
  el.focusSearch();
}

function describe(item: Item): string {
  switch (item.kind) {
    case 'exchange': {
      const ex: Exchange = item;
      const turns = ex.answer.turns ?? [];
      const [from, to]: [number, number] = turns[0]?.paragraph_range ?? [0, ex.answer.paragraphs.length];
      return `${ex.asker.outlet_canonical ?? ex.asker.outlet}${ex.asker.inferred ? ' (called on)' : ''}: ${ex.question.paragraphs.join(' ')} → ${ex.answer.paragraphs.slice(from, to).join(' ')}`;
    }
    case 'statement':
      return item.minor ? '' : item.paragraphs.join('\n');
    case 'unparsed':
      // @ts-expect-error unparsed text has no paragraphs
      return item.paragraphs;
  }
}

void use;
void Cards;
