// Types of the npm package `transcript-cards` (dist/transcript-cards.js, also
// `transcript-cards/define`): the <transcript-cards> element, its events and
// the Transcript it shows, the shape of src/model.rs serialised (the CLI's
// JSON). Importing the module registers the element under its tag.

/** A byte range of the input (UTF-8), with the 1-based line on which it starts. */
export interface Span {
  start: number;
  end: number;
  line: number;
}

/** The briefing rooms the parser reads. */
export type Room = 'cn-mfa' | 'us-wh' | 'us-state' | 'un-noon' | 'ru-mfa' | 'jp-mofa' | 'dialogue';

/** The briefing room a transcript was read as. */
export interface Source {
  /** The room's id; `dialogue` is any "NAME: text" transcript. */
  room: Room | (string & {});
  /** The institution, in English ("The White House"), where known. */
  institution: string | null;
  /** The page format within the room (`cn-mfa-zh`, `us-wh-obama-en`, …). */
  format: string;
  /** False when the reader chose the room rather than the parser. */
  detected: boolean;
}

/** A whole parsed transcript. */
export interface Transcript {
  /** The heading, as written. */
  title: string | null;
  /** The date of the briefing, ISO `YYYY-MM-DD`. */
  date: string | null;
  /** The officials who speak (the header's names first). */
  spokespersons: string[];
  /** The briefing room the text was read as, and its institution (new: absent from older parsers). */
  source?: Source;
  /** The institution, where named. @deprecated Read `source.institution`; older parsers only. */
  institution?: string | null;
  /** `"en"` or `"zh"`: the main script of the text. */
  language: 'en' | 'zh' | (string & {});
  /** The header lines (title, repeated title, dateline), as written. */
  header: HeaderLine[];
  /** Statements, exchanges and unparsed text, in input order. */
  items: Item[];
  /** What looked wrong, with where. */
  diagnostics: Diagnostic[];
  /** The places the items' tags name, in order of first mention. */
  places: Place[];
  /** Counts, for the header panel. */
  stats: Stats;
}

export interface HeaderLine {
  role: 'title' | 'title_repeat' | 'dateline' | 'subtitle' | (string & {});
  text: string;
  span: Span;
}

export interface Stats {
  /** Exchanges, follow-ups included. */
  exchanges: number;
  /** Statements, minor ones included. */
  statements: number;
  /** Minor statements: floor management, not cards (new). */
  minor?: number;
  unparsed: number;
  /** Length of the input in bytes. */
  bytes: number;
  lines: number;
}

/** One card. */
export type Item = Exchange | Statement | Unparsed;

/** A question and the answer to it. */
export interface Exchange {
  kind: 'exchange';
  /** `e1`, `e2`, … */
  id: string;
  /** 1-based number among the exchanges. */
  number: number;
  span: Span;
  /** The heading line(s) above the question, as written (joined by "\n") (new). */
  heading?: string | null;
  /** The topic it falls under: the last heading above it, up to the next (new). */
  section?: string | null;
  /** Asked by whoever asked the exchange before ("Follow-up:", "追问："). */
  follow_up: boolean;
  /** The id of the exchange this one follows up, when `follow_up`. */
  follows: string | null;
  asker: Asker;
  question: Question;
  answer: Answer;
  tags: Tags;
}

/** What an item mentions, for facets. */
export interface Tags {
  /** Codes of the places mentioned ("CN", "UN"); see Transcript.places. */
  places: string[];
  /** Topics mentioned ("COVID-19", "trade", …). */
  topics: string[];
}

export interface Place {
  code: string;
  name: string;
  name_zh: string;
  kind: 'country' | 'region' | 'organization' | (string & {});
}

/** Who asked. */
export interface Asker {
  /** The label as written, without its colon ("Q", "NHK reporter"). */
  label: string | null;
  /** The outlet as written ("Agence France-Presse"); none for "Q:". */
  outlet: string | null;
  /** The outlet's canonical English name ("AFP"), where known. */
  outlet_canonical: string | null;
  /** The reporter's name where given, or inferred (see `inferred`). */
  name: string | null;
  /** The name came from the official calling on the reporter ("Go ahead, Zeke.") (new). */
  inferred?: boolean;
  label_span: Span | null;
}

/** One speaker's turn within a question or an answer, where several took turns. */
export interface Turn {
  /** The label as written, without its colon ("MR. DEESE", "Q"). */
  label: string | null;
  label_span: Span | null;
  /** Who spoke, in full where known; none for an asker. */
  speaker: string | null;
  speaker_canonical: string | null;
  /** The turn's paragraphs: `[from, to)` indices into its question's or answer's paragraphs. */
  paragraph_range: [number, number];
  span: Span;
}

export interface Question {
  /** Paragraphs rebuilt from the lines, label removed. */
  paragraphs: string[];
  paragraph_spans: Span[];
  /** Numbered parts of a multi-part question (empty when there is one part). */
  parts: Part[];
  /** The askers' turns, when the question came in several (else empty) (new). */
  turns?: Turn[];
  span: Span;
}

export interface Answer {
  /** The label as written, without its colon ("A", "Wang Wenbin", "答"). */
  label: string | null;
  /** Who answered; where several answered in turn, the one who said the most. */
  speaker: string | null;
  /** The speaker's name in English when known ("Zhao Lijian" for "赵立坚"). */
  speaker_canonical: string | null;
  label_span: Span | null;
  paragraphs: string[];
  paragraph_spans: Span[];
  /** The parts answering a multi-part question, in order. */
  parts: Part[];
  /** The officials' turns, when several answered in turn (else empty) (new). */
  turns?: Turn[];
  span: Span;
}

/** One numbered part of a question or answer. */
export interface Part {
  number: number;
  text: string;
  span: Span;
  /** For an answer part: the number of the question part it answers. */
  answers: number | null;
  /** For an answer part that points back ("I have answered it just now"). */
  refers_to: PartRef | null;
}

export interface PartRef {
  exchange: string;
  number: number;
  part: number;
}

/** An official speaking on their own. */
export interface Statement {
  kind: 'statement';
  /** `s1`, `s2`, … */
  id: string;
  /** Floor management rather than a card ("Go ahead, David."), shown folded (new). */
  minor?: boolean;
  /** The heading line(s) above the statement, as written (new). */
  heading?: string | null;
  /** The topic it falls under ("Ukrainian crisis update") (new). */
  section?: string | null;
  label: string | null;
  speaker: string | null;
  speaker_canonical: string | null;
  paragraphs: string[];
  paragraph_spans: Span[];
  span: Span;
  tags: Tags;
}

/** Text the parser could not place: shown, never dropped. */
export interface Unparsed {
  kind: 'unparsed';
  /** `u1`, `u2`, … */
  id: string;
  /** The text as written (lines trimmed, joined by newlines). */
  text: string;
  /** Why it could not be placed ("page chrome", …). */
  reason: string;
  span: Span;
}

/** Something odd in the input, and where. */
export interface Diagnostic {
  /** A stable snake_case name (`question_without_answer`, `lone_surrogate`, …). */
  kind: string;
  /** A lowercase sentence. */
  message: string;
  span: Span;
}

/** Two versions of one briefing aligned: an exchange id of each (or null), and how alike they are. */
export interface Pair {
  a: string | null;
  b: string | null;
  similarity: number;
}

export type Theme = 'light' | 'dark' | 'auto';
export type Scope = 'question' | 'answer';

export interface ParsedDetail {
  transcript: Transcript | null;
  stats: Stats | null;
}
export interface FilterDetail {
  search: string;
  outlet: string;
  kind: string;
  speaker: string;
  scope?: Scope;
  place?: string;
  topic?: string;
  /** Cards shown, and in all. */
  shown: number;
  total: number;
}
export interface FocusDetail {
  id: string;
}
export interface ProgressDetail {
  /** Parsing in the worker, then receiving its cards. */
  phase: 'parse' | 'receive';
  done: number;
  total: number;
}
export interface CopyDetail {
  id: string;
  /** The card's text with its citation line. */
  text: string;
  ok: boolean;
}
export interface PairedDetail {
  pairs: Pair[];
  /** Exchanges shown with their other version. */
  paired: number;
}

/** The element's events: they bubble and cross shadow roots (composed). */
export interface TranscriptCardsEventMap {
  'transcript-cards:parsed': CustomEvent<ParsedDetail>;
  'transcript-cards:filter': CustomEvent<FilterDetail>;
  'transcript-cards:focus': CustomEvent<FocusDetail>;
  'transcript-cards:progress': CustomEvent<ProgressDetail>;
  'transcript-cards:copy': CustomEvent<CopyDetail>;
  'transcript-cards:paired': CustomEvent<PairedDetail>;
}

/**
 * <transcript-cards>: a transcript as filterable Q&A cards. The transcript
 * comes from the element's text content, a same-origin `src`, parseText(),
 * or the `transcript` property. Facet attributes hold one value or several
 * joined by "|" (`outlet="AFP|Reuters"`).
 */
export class TranscriptCardsElement extends HTMLElement {
  static observedAttributes: string[];
  /** Search terms: words ANDed, "quoted phrases", Chinese without spaces. */
  search: string;
  /** Where the search looks: questions, answers, or both (''). */
  get scope(): Scope | '';
  set scope(value: Scope | '' | null);
  outlet: string;
  /** `exchange`, `statement`, `minor` (floor remarks), `unparsed`, joined by "|". */
  kind: string;
  speaker: string;
  place: string;
  topic: string;
  get theme(): Theme;
  set theme(value: Theme | '' | null);
  /** A same-origin URL of a transcript's text. */
  src: string;
  /** The briefing room to read the text as (`us-wh`, `cn-mfa`, …); '' for the room detected. */
  room: string;
  /** The parsed transcript, or null; set it to show a parse made elsewhere. */
  get transcript(): Transcript | null;
  set transcript(value: Transcript | null);
  /** The items of the cards shown, in order. */
  readonly shownItems: Item[];
  /** The transcript restricted to the cards shown (for exports). */
  shownTranscript(): Transcript | null;
  /** Parses text (in a worker when large, with progress events) and shows its cards. */
  parseText(text: string): Promise<Transcript>;
  /**
   * Sets the other language's version of the same briefing (its text) beside
   * each card; resolves to the pairs, rejects when the two cannot be paired.
   * null removes it.
   */
  compareWith(text: string | null): Promise<Pair[]>;
  /** The version set by compareWith(), or null. */
  readonly partner: Transcript | null;
  /** Scrolls to and focuses a card (clearing the filters if they hide it); false if there is no such card. */
  focusCard(id: string, anchorId?: string | null): boolean;
  /** Puts the keyboard in the search box. */
  focusSearch(): void;
  /** The id of the card that has focus, if any. */
  readonly focusedCard: string | null;

  addEventListener<K extends keyof TranscriptCardsEventMap>(type: K, listener: (this: TranscriptCardsElement, event: TranscriptCardsEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: TranscriptCardsElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof TranscriptCardsEventMap>(type: K, listener: (this: TranscriptCardsElement, event: TranscriptCardsEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: TranscriptCardsElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** Registers the element under `tag` (once: importing this module already did for `transcript-cards`); returns its class. */
export function define(tag?: string, registry?: CustomElementRegistry): typeof TranscriptCardsElement;

export default TranscriptCardsElement;

declare global {
  interface HTMLElementTagNameMap {
    'transcript-cards': TranscriptCardsElement;
  }
  // The events bubble out of the element: a listener on a parent, the document or the window gets them too.
  interface GlobalEventHandlersEventMap extends TranscriptCardsEventMap {}
}
