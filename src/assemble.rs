//! Stage 3: turns → items.
//!
//! A question turn and the answer turn after it make an exchange; a
//! spokesperson's turn with no question before it is a statement; page
//! chrome, and text before the first label of a document that has no
//! header, are unparsed. Follow-ups are linked to the exchange they follow
//! and asked by the same outlet.

use crate::header::Header;
use crate::label::{self, Role};
use crate::model::{Answer, Asker, Diagnostic, Exchange, Item, Question, Span, Statement, Unparsed};
use crate::paragraphs::{self, Paragraph};
use crate::turns::{Turn, TurnKind};

/// Builds the items from the turns.
pub(crate) struct Assembler<'a> {
    text: &'a str,
    header: &'a Header,
    indent_mode: bool,
    items: Vec<Item>,
    diagnostics: Vec<Diagnostic>,
    pending: Option<&'a Turn>,
    /// Index in `items` of the last exchange.
    last_exchange: Option<usize>,
    exchanges: usize,
    statements: usize,
    unparsed: usize,
}

impl<'a> Assembler<'a> {
    pub fn new(text: &'a str, header: &'a Header, indent_mode: bool) -> Self {
        Assembler {
            text,
            header,
            indent_mode,
            items: Vec::new(),
            diagnostics: Vec::new(),
            pending: None,
            last_exchange: None,
            exchanges: 0,
            statements: 0,
            unparsed: 0,
        }
    }

    pub fn run(mut self, turns: &'a [Turn]) -> (Vec<Item>, Vec<Diagnostic>) {
        for turn in turns {
            match &turn.kind {
                TurnKind::Chrome => {
                    self.flush();
                    self.unparsed(turn, "page chrome");
                }
                TurnKind::Overflow => {
                    self.flush();
                    self.diagnose(
                        "item_limit",
                        "the input has more turns than one parse makes; the rest is kept as unparsed text",
                        turn.span,
                    );
                    self.unparsed(turn, "beyond the item limit");
                }
                TurnKind::Unlabeled => {
                    self.flush();
                    if self.header.title.is_some() || !self.items.is_empty() {
                        self.statement(turn, None);
                    } else {
                        self.unparsed(turn, "text before the first speaker label");
                    }
                }
                TurnKind::Labeled(label) => match label.role {
                    Role::Question | Role::FollowUp => {
                        self.flush();
                        self.pending = Some(turn);
                    }
                    Role::Answer => match self.pending.take() {
                        Some(q) => self.exchange(q, Some(turn)),
                        None => self.statement(turn, label.speaker.clone()),
                    },
                },
            }
        }
        self.flush();
        (self.items, self.diagnostics)
    }

    fn paragraphs(&self, turn: &Turn) -> (Vec<String>, Vec<Span>) {
        paragraphs::build(self.text, &turn.segments, self.indent_mode)
            .into_iter()
            .map(|Paragraph { text, span }| (text, span))
            .unzip()
    }

    fn default_speaker(&self) -> Option<String> {
        self.header.spokespersons.first().cloned()
    }

    /// Emits a pending question that got no answer label: its later
    /// paragraphs are the answer when the question is over after its first
    /// ("追问：是吗？" then the spokesperson's unlabelled reply), else it got
    /// no answer at all.
    fn flush(&mut self) {
        let Some(q) = self.pending.take() else { return };
        if let Some((question, answer)) = self.split_unlabeled_answer(q) {
            self.diagnose(
                "unlabeled_answer",
                "an answer with no label, read from the paragraphs after the question",
                answer.span,
            );
            self.exchange(&question, Some(&answer));
        } else {
            self.diagnose("question_without_answer", "a question with no answer", q.span);
            self.exchange(q, None);
        }
    }

    /// Splits a question turn after its first paragraph, when that paragraph
    /// asks (or, for an interjection, says) all the asker said.
    fn split_unlabeled_answer(&self, q: &Turn) -> Option<(Turn, Turn)> {
        let TurnKind::Labeled(label) = &q.kind else { return None };
        let paragraphs = paragraphs::build(self.text, &q.segments, self.indent_mode);
        let first = paragraphs.first()?;
        if paragraphs.len() < 2 || (label.role == Role::Question && !first.text.ends_with(['?', '？'])) {
            return None;
        }
        let cut = q.segments.iter().position(|s| s.start() >= first.span.end)?;
        let mut question = q.clone();
        question.segments.truncate(cut);
        question.span.end = first.span.end;
        let rest = &q.segments[cut..];
        let speaker = self
            .last_exchange
            .and_then(|i| match &self.items[i] {
                Item::Exchange(e) => e.answer.speaker.clone(),
                _ => None,
            })
            .or_else(|| self.default_speaker());
        let answer = Turn {
            kind: TurnKind::Labeled(label::implied_answer(speaker)),
            segments: rest.to_vec(),
            label_text: None,
            label_span: None,
            span: Span { end: q.span.end, ..rest[0].span() },
        };
        Some((question, answer))
    }

    fn diagnose(&mut self, kind: &'static str, message: &'static str, span: Span) {
        self.diagnostics.push(Diagnostic { kind: kind.into(), message: message.into(), span });
    }

    fn exchange(&mut self, q: &Turn, a: Option<&Turn>) {
        let TurnKind::Labeled(ql) = &q.kind else { return };
        self.exchanges += 1;
        let number = self.exchanges;
        let follow_up = ql.role == Role::FollowUp;
        let previous = self.last_exchange.and_then(|i| match &self.items[i] {
            Item::Exchange(e) => Some(e),
            _ => None,
        });
        let (follows, inherited) = match (follow_up, previous) {
            (true, Some(e)) => (Some(e.id.clone()), e.asker.outlet.clone()),
            _ => (None, None),
        };
        if follow_up && previous.is_none() {
            self.diagnose("follow_up_without_question", "a follow-up with no question before it", q.span);
        }
        let (qp, qs) = self.paragraphs(q);
        if qp.is_empty() {
            self.diagnose("empty_question", "a question label with no text after it", q.span);
        }
        let mut answer = Answer::default();
        let mut span = q.span;
        if let Some(a) = a {
            let TurnKind::Labeled(al) = &a.kind else { return };
            let (ap, aps) = self.paragraphs(a);
            if ap.is_empty() {
                self.diagnose("empty_answer", "an answer label with no text after it", a.span);
            }
            answer = Answer {
                label: a.label_text.clone(),
                speaker: al.speaker.clone().or_else(|| self.default_speaker()),
                speaker_canonical: None,
                label_span: a.label_span,
                paragraphs: ap,
                paragraph_spans: aps,
                parts: Vec::new(),
                span: a.span,
            };
            span = span.to(a.span);
        } else {
            answer.span = Span { start: q.span.end, end: q.span.end, line: q.span.line };
        }
        let question_span = Span { start: q.label_span.map_or(q.span.start, |l| l.end), ..q.span };
        self.last_exchange = Some(self.items.len());
        self.items.push(Item::Exchange(Exchange {
            id: format!("e{number}"),
            number,
            span,
            follow_up,
            follows,
            asker: Asker {
                label: q.label_text.clone(),
                outlet: ql.outlet.clone().or(inherited),
                outlet_canonical: None,
                name: ql.person.clone(),
                label_span: q.label_span,
            },
            question: Question { paragraphs: qp, paragraph_spans: qs, parts: Vec::new(), span: question_span },
            answer,
            tags: Default::default(),
        }));
    }

    fn statement(&mut self, turn: &Turn, speaker: Option<String>) {
        self.statements += 1;
        let (paragraphs, paragraph_spans) = self.paragraphs(turn);
        if paragraphs.is_empty() {
            self.diagnose("empty_statement", "a speaker label with no text after it", turn.span);
        }
        self.items.push(Item::Statement(Statement {
            id: format!("s{}", self.statements),
            label: turn.label_text.clone(),
            speaker: speaker.or_else(|| self.default_speaker()),
            speaker_canonical: None,
            paragraphs,
            paragraph_spans,
            span: turn.span,
            tags: Default::default(),
        }));
    }

    fn unparsed(&mut self, turn: &Turn, reason: &str) {
        self.unparsed += 1;
        let text = if matches!(turn.kind, TurnKind::Overflow) {
            self.text[turn.span.start..turn.span.end].to_string()
        } else {
            // Joined in place: a million one-word lines must not cost a million-entry list first.
            let mut text = String::with_capacity(turn.segments.iter().map(|s| s.end() - s.start() + 1).sum());
            for (i, s) in turn.segments.iter().enumerate() {
                if i > 0 {
                    text.push('\n');
                }
                text.push_str(&self.text[s.start()..s.end()]);
            }
            text
        };
        self.items.push(Item::Unparsed(Unparsed {
            id: format!("u{}", self.unparsed),
            text,
            reason: reason.to_string(),
            span: turn.span,
        }));
    }
}
