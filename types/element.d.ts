// Types of `transcript-cards/element` (dist/element.js): the element's class
// alone; importing it registers nothing. Register it under a tag of yours:
//   customElements.define('briefing-cards', class extends TranscriptCardsElement {});

export { TranscriptCardsElement } from './transcript-cards.js';
export type {
  Answer, Asker, CopyDetail, Diagnostic, Exchange, FilterDetail, FocusDetail, HeaderLine, Item, Pair, PairedDetail,
  ParsedDetail, Part, PartRef, Place, ProgressDetail, Question, Room, Scope, Source, Span, Statement, Stats, Tags,
  Theme, Transcript, TranscriptCardsEventMap, Turn, Unparsed,
} from './transcript-cards.js';
