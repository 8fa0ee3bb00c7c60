//! The parsed transcript: plain data, serialised with serde to the
//! interchange JSON of `../shared/corpus/README.md` (plus ids, spans, labels,
//! parts and diagnostics).
//!
//! Every string that came from the input is kept as written (labels too), so
//! that the output holds every word of the input; every piece carries the
//! [`Span`] it came from.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A byte range of the input, with the 1-based line on which it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
    /// 1-based line number of `start`.
    pub line: usize,
}

impl Span {
    /// The span from the start of `self` to the end of `other`.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start, end: other.end.max(self.end), line: self.line }
    }
}

/// A whole parsed transcript.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Transcript {
    /// The heading, as written (first line when it reads as a title).
    pub title: Option<String>,
    /// The date of the briefing, ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The full names of the officials who speak (the header's names first),
    /// without their roles; the header's names when no label names anyone.
    pub spokespersons: Vec<String>,
    /// The briefing room the text was read as, and its institution.
    pub source: Source,
    /// `"en"` or `"zh"`: the main script of the text.
    pub language: String,
    /// The header lines (title, repeated title, dateline), as written.
    pub header: Vec<HeaderLine>,
    /// Statements, exchanges and unparsed text, in input order.
    pub items: Vec<Item>,
    /// What looked wrong, with where.
    pub diagnostics: Vec<Diagnostic>,
    /// The places the items' tags name, in order of first mention.
    pub places: Vec<Place>,
    /// Counts, for the page's header panel.
    pub stats: Stats,
}

/// The briefing room a transcript was read as.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Source {
    /// The room's id: `cn-mfa`, `us-wh`, `us-state`, `un-noon`, `ru-mfa`,
    /// `jp-mofa`, or `dialogue` (any "NAME: text" transcript).
    pub room: String,
    /// The institution, in English ("The White House"), where known.
    pub institution: Option<String>,
    /// The page format within the room (`cn-mfa-zh`, `us-wh-obama-en`, …).
    pub format: String,
    /// False when the reader chose the room rather than the parser.
    pub detected: bool,
}

/// One line of the header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeaderLine {
    /// `"title"`, `"title_repeat"`, `"dateline"` or `"subtitle"` (a place or time under the title).
    pub role: String,
    /// The line's text, trimmed.
    pub text: String,
    /// Where the line is.
    pub span: Span,
}

/// Counts over the items.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Stats {
    /// Number of exchanges (follow-ups included).
    pub exchanges: usize,
    /// Number of statements (minor ones included).
    pub statements: usize,
    /// Number of minor statements: floor management, not cards.
    pub minor: usize,
    /// Number of unparsed items.
    pub unparsed: usize,
    /// Length of the input in bytes.
    pub bytes: usize,
    /// Number of lines in the input.
    pub lines: usize,
}

/// One card: an exchange, a statement, or text that could not be placed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
// Exchanges are most items; boxing them would cost an allocation each for no gain.
#[allow(clippy::large_enum_variant)]
pub enum Item {
    /// A question and its answer.
    Exchange(Exchange),
    /// The spokesperson speaking on their own.
    Statement(Statement),
    /// Text the parser could not place: shown, never dropped.
    Unparsed(Unparsed),
}

impl Item {
    /// The item's id (`e3`, `s1`, `u2`).
    pub fn id(&self) -> &str {
        match self {
            Item::Exchange(e) => &e.id,
            Item::Statement(s) => &s.id,
            Item::Unparsed(u) => &u.id,
        }
    }

    /// The item's span in the input.
    pub fn span(&self) -> Span {
        match self {
            Item::Exchange(e) => e.span,
            Item::Statement(s) => s.span,
            Item::Unparsed(u) => u.span,
        }
    }
}

/// A question and the answer to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exchange {
    /// `e1`, `e2`, … in order.
    pub id: String,
    /// 1-based number among the exchanges.
    pub number: usize,
    /// Whole exchange, question label to the end of the answer.
    pub span: Span,
    /// The heading line(s) above the question, as written (joined by
    /// "\n"), in rooms whose pages give topics.
    pub heading: Option<String>,
    /// The topic the exchange falls under: the last heading above it
    /// ("Football World Cup in Russia"), for this item and the ones after
    /// it up to the next heading.
    pub section: Option<String>,
    /// Asked by whoever asked the exchange before ("Follow-up:", "追问：").
    pub follow_up: bool,
    /// The id of the exchange this one follows up, when `follow_up`.
    pub follows: Option<String>,
    /// Who asked.
    pub asker: Asker,
    /// The question.
    pub question: Question,
    /// The answer (empty paragraphs when none was given).
    pub answer: Answer,
    /// Places and topics the question and answer mention.
    pub tags: Tags,
}

/// What an item mentions, for facets.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Tags {
    /// Codes of the countries, regions and organisations mentioned (ISO 3166
    /// alpha-2 for countries and territories: "CN", "US", "KP"; short names for
    /// others: "UN", "EU", "WHO"), in order of first mention. See
    /// [`Transcript::places`] for their names.
    pub places: Vec<String>,
    /// Topics mentioned ("COVID-19", "trade", "Taiwan", …), in order of first mention.
    pub topics: Vec<String>,
}

/// A country, region or organisation named by a code in [`Tags::places`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The code ("CN", "UN").
    pub code: String,
    /// The English name.
    pub name: String,
    /// The Chinese name.
    pub name_zh: String,
    /// `"country"`, `"region"` or `"organization"`.
    pub kind: String,
}

/// Who asked a question.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Asker {
    /// The label as written, without its colon ("Q", "NHK reporter", "路透社记者").
    pub label: Option<String>,
    /// The outlet as written ("Agence France-Presse", "路透社"); none for "Q:".
    pub outlet: Option<String>,
    /// The outlet's one canonical English name across languages and
    /// spellings ("AFP" for "Agence France-Presse" and "法新社"), where known.
    pub outlet_canonical: Option<String>,
    /// The reporter's name where given (or, when `inferred`, the name the
    /// official called on just before: "Go ahead, Zeke.").
    pub name: Option<String>,
    /// The name was not in the label but inferred from the official calling
    /// on the reporter.
    pub inferred: bool,
    /// Where the label is.
    pub label_span: Option<Span>,
}

/// One speaker's turn within a question or an answer, where several took
/// turns (two askers' turns before one answer; officials answering in turn).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Turn {
    /// The label as written, without its colon ("MR. DEESE", "Q").
    pub label: Option<String>,
    /// Where the label is.
    pub label_span: Option<Span>,
    /// Who spoke, in full where known ("Brian Deese"); none for an asker.
    pub speaker: Option<String>,
    /// The speaker's name in English when known.
    pub speaker_canonical: Option<String>,
    /// The turn's paragraphs: `[from, to)` indices into the paragraphs of
    /// its question or answer.
    pub paragraph_range: [usize; 2],
    /// From the label to the turn's last paragraph.
    pub span: Span,
}

/// A question's text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Question {
    /// Paragraphs rebuilt from the lines, label removed.
    pub paragraphs: Vec<String>,
    /// Where each paragraph is.
    pub paragraph_spans: Vec<Span>,
    /// Numbered parts of a multi-part question (empty when there is one part).
    pub parts: Vec<Part>,
    /// The askers' turns, when the question came in several (else empty).
    pub turns: Vec<Turn>,
    /// From the label's end to the last paragraph's end.
    pub span: Span,
}

/// An answer's text.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Answer {
    /// The label as written, without its colon ("A", "Wang Wenbin", "答").
    pub label: Option<String>,
    /// Who answered, in full where known (the header's spokesperson for a
    /// bare "A:"); where several officials answered in turn, the one who
    /// said the most.
    pub speaker: Option<String>,
    /// The speaker's name in English when known ("Zhao Lijian" for "赵立坚").
    pub speaker_canonical: Option<String>,
    /// Where the label is.
    pub label_span: Option<Span>,
    /// Paragraphs rebuilt from the lines, label removed.
    pub paragraphs: Vec<String>,
    /// Where each paragraph is.
    pub paragraph_spans: Vec<Span>,
    /// The parts answering a multi-part question, in order.
    pub parts: Vec<Part>,
    /// The officials' turns, when several answered in turn (else empty);
    /// `paragraphs` holds all their paragraphs in order.
    pub turns: Vec<Turn>,
    /// From the label to the last paragraph's end (empty span when no answer).
    pub span: Span,
}

/// One numbered part of a question or answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// 1-based number of the part in its question or answer.
    pub number: usize,
    /// The part's text.
    pub text: String,
    /// Where the part is.
    pub span: Span,
    /// For an answer part: the number of the question part it answers.
    pub answers: Option<usize>,
    /// For an answer part that points back ("I have answered it just now"):
    /// the exchange and part it points to.
    pub refers_to: Option<PartRef>,
}

/// A pointer to a part of an earlier exchange.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartRef {
    /// The id of the exchange.
    pub exchange: String,
    /// The 1-based number of the exchange.
    pub number: usize,
    /// The 1-based number of the part in that exchange's answer.
    pub part: usize,
}

/// The spokesperson speaking on their own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// `s1`, `s2`, … in order.
    pub id: String,
    /// Floor management rather than a card: a pleasantry before the first
    /// question, the closing thanks, an official's short word after another
    /// official's answer ("Go ahead, David."). Kept, shown folded.
    pub minor: bool,
    /// The heading line(s) above the statement, as written (joined by "\n").
    pub heading: Option<String>,
    /// The topic the statement falls under ("Ukrainian crisis update"): the
    /// last heading above it, up to the next one.
    pub section: Option<String>,
    /// The label as written, if the statement had one.
    pub label: Option<String>,
    /// Who spoke.
    pub speaker: Option<String>,
    /// The speaker's name in English when known.
    pub speaker_canonical: Option<String>,
    /// Paragraphs rebuilt from the lines.
    pub paragraphs: Vec<String>,
    /// Where each paragraph is.
    pub paragraph_spans: Vec<Span>,
    /// Where the statement is.
    pub span: Span,
    /// Places and topics the statement mentions.
    pub tags: Tags,
}

/// Text that could not be placed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Unparsed {
    /// `u1`, `u2`, … in order.
    pub id: String,
    /// The text as written (lines trimmed, joined by newlines).
    pub text: String,
    /// Why it could not be placed, lowercase ("page chrome", "text before the first label").
    pub reason: String,
    /// Where it is.
    pub span: Span,
}

/// Something odd in the input, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// A stable snake_case name (`question_without_answer`, …).
    pub kind: Cow<'static, str>,
    /// A lowercase sentence.
    pub message: Cow<'static, str>,
    /// Where.
    pub span: Span,
}
