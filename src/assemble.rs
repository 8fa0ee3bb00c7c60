//! Stage 3: turns → items.
//!
//! A question turn and the answer turn after it make an exchange; an
//! official's turn with no question before it is a statement; page chrome,
//! and text before the first label of a document that has no header, are
//! unparsed. Follow-ups are linked to the exchange they follow and asked by
//! the same outlet. Where the room's host runs the floor ([`Floor::Managed`]),
//! the questions and answers may come in several turns, and floor
//! management becomes minor statements (`floor.rs` says which).

use crate::floor;
use crate::header::Header;
use crate::label::{self, Label, Role};
use crate::model::{Answer, Asker, Diagnostic, Exchange, Item, Question, Span, Statement, Turn as TurnModel, Unparsed};
use crate::names::Names;
use crate::paragraphs::{self, Paragraph};
use crate::rooms::Floor;
use crate::turns::{Turn, TurnKind};

/// Builds the items from the turns.
pub(crate) struct Assembler<'a> {
    text: &'a str,
    header: &'a Header,
    indent_mode: bool,
    floor: Floor,
    names: &'a mut Names,
    items: Vec<Item>,
    diagnostics: Vec<Diagnostic>,
    /// The question turns waiting for their answer, and the answer turns so far.
    questions: Vec<&'a Turn>,
    answers: Vec<&'a Turn>,
    /// Index in `items` of the last exchange.
    last_exchange: Option<usize>,
    /// The topic of the last heading, for the items under it.
    section: Option<String>,
    exchanges: usize,
    statements: usize,
    unparsed: usize,
}

/// An official's turn: its label, when it is one.
fn answer_label(turn: &Turn) -> Option<&Label> {
    match &turn.kind {
        TurnKind::Labeled(l) if l.role == Role::Answer => Some(l),
        _ => None,
    }
}

impl<'a> Assembler<'a> {
    pub fn new(text: &'a str, header: &'a Header, indent_mode: bool, floor: Floor, names: &'a mut Names) -> Self {
        Assembler {
            text,
            header,
            indent_mode,
            floor,
            names,
            items: Vec::new(),
            diagnostics: Vec::new(),
            questions: Vec::new(),
            answers: Vec::new(),
            last_exchange: None,
            section: None,
            exchanges: 0,
            statements: 0,
            unparsed: 0,
        }
    }

    pub fn run(mut self, turns: &'a [Turn]) -> (Vec<Item>, Vec<Diagnostic>) {
        let closing = match self.floor {
            Floor::Managed => self.closing(turns),
            Floor::Plain => turns.len(),
        };
        let mut opening = true;
        for (i, turn) in turns.iter().enumerate() {
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
                        self.statement(turn, false);
                    } else {
                        self.unparsed(turn, "text before the first speaker label");
                    }
                }
                TurnKind::Labeled(_) if i >= closing => {
                    self.flush();
                    self.statement(turn, true);
                }
                TurnKind::Labeled(label) => match (label.role, self.floor) {
                    (Role::Question | Role::FollowUp, Floor::Plain) => {
                        self.flush();
                        self.questions.push(turn);
                    }
                    (Role::Answer, Floor::Plain) => {
                        if self.questions.is_empty() {
                            self.statement(turn, false);
                        } else {
                            self.answers.push(turn);
                            self.flush();
                        }
                    }
                    (Role::Question | Role::FollowUp, Floor::Managed) => {
                        if !self.answers.is_empty() {
                            self.flush();
                        }
                        let fresh = self.questions.is_empty();
                        // Both a pleasantry and a greeting are a few words: a longer turn's text is not copied.
                        let said = (fresh && floor::at_most_words(self.text, turn, floor::PLEASANTRY_WORDS))
                            .then(|| floor::turn_text(self.text, turn));
                        let said = said.as_deref();
                        // A pleasantry before the first question; a greeting the host answers by opening something new.
                        let pleasantry = fresh && opening && said.is_some_and(floor::is_pleasantry);
                        if pleasantry
                            || (fresh
                                && said.is_some_and(floor::is_greeting)
                                && self.opens_after(turns.get(i + 1), None))
                        {
                            self.statement(turn, true);
                        } else {
                            self.questions.push(turn);
                            opening = false;
                        }
                    }
                    (Role::Answer, Floor::Managed) => self.official_turn(turn, turns.get(i + 1)),
                },
            }
        }
        self.flush();
        (self.items, self.diagnostics)
    }

    /// Where the closing begins: the last question turns when they are only
    /// thanks and nothing but officials' sign-offs follow them.
    fn closing(&self, turns: &[Turn]) -> usize {
        let Some(last_q) =
            turns.iter().rposition(|t| matches!(&t.kind, TurnKind::Labeled(l) if l.role != Role::Answer))
        else {
            return turns.len();
        };
        // Thanks and sign-offs are a few words: a longer turn's text is not copied.
        let few = |t: &Turn| floor::at_most_words(self.text, t, floor::PLEASANTRY_WORDS);
        let thanks = |t: &Turn| few(t) && floor::is_thanks(&floor::turn_text(self.text, t));
        let sign_offs = || {
            turns[last_q + 1..].iter().all(|t| match &t.kind {
                TurnKind::Labeled(_) => few(t) && floor::is_sign_off(&floor::turn_text(self.text, t)),
                TurnKind::Chrome => true,
                _ => false,
            })
        };
        if !(thanks(&turns[last_q]) && sign_offs()) {
            return turns.len();
        }
        // "Q Thank you, Karine." "Q Thanks, Karine.": thanks in several turns.
        let is_thanks = |t: &Turn| matches!(&t.kind, TurnKind::Labeled(l) if l.role != Role::Answer) && thanks(t);
        let mut start = last_q;
        while start > 0 && is_thanks(&turns[start - 1]) {
            start -= 1;
        }
        start
    }

    /// An official's turn where the floor is managed: the answer, more of
    /// it, floor management, or a statement. Another official's short word
    /// that breaks into the answer ("Sorry." before the answerer's "— I just
    /// have to say this —") is a turn of the answer, not the floor.
    fn official_turn(&mut self, turn: &'a Turn, next: Option<&Turn>) {
        let Some(label) = answer_label(turn) else { return };
        if self.answers.is_empty() {
            if !self.questions.is_empty() {
                // A host answers nothing: a moderator's aside is a turn of the question.
                if floor::is_host(label) { self.questions.push(turn) } else { self.answers.push(turn) }
            } else {
                let minor = label.staff && floor::at_most_words(self.text, turn, floor::SHORT_TURN_WORDS);
                self.statement(turn, minor);
            }
            return;
        }
        let main = answer_label(self.answers[0]).and_then(|l| l.speaker.clone());
        if label.speaker == main || label.staff {
            self.answers.push(turn);
            return;
        }
        // Another official's turn that the main speaker resumes with a dash (its first line says so).
        let resumed = next.is_some_and(|n| {
            answer_label(n).is_some_and(|l| l.speaker == main)
                && n.segments.first().is_some_and(|s| floor::opens_with_dash(&self.text[s.start()..s.end()]))
        });
        if resumed {
            self.answers.push(turn);
        } else if floor::at_most_words(self.text, turn, floor::SHORT_TURN_WORDS) {
            self.flush();
            self.statement(turn, true);
        } else if self.opens_new(turn, main.as_deref()) {
            self.flush();
            self.statement(turn, false);
        } else {
            self.answers.push(turn);
        }
    }

    /// `turn` is a long official turn that opens something new (after a
    /// speaker labelled `last`).
    fn opens_after(&self, turn: Option<&Turn>, last: Option<&str>) -> bool {
        let Some(turn) = turn.filter(|t| answer_label(t).is_some_and(|l| !l.staff)) else { return false };
        !floor::at_most_words(self.text, turn, floor::SHORT_TURN_WORDS) && self.opens_new(turn, last)
    }

    /// [`floor::opens_new`] on a turn known to be long and an official's.
    fn opens_new(&self, turn: &Turn, last: Option<&str>) -> bool {
        let first_name = last.and_then(|l| self.names.resolve(l)).and_then(|n| n.split(' ').next().map(str::to_string));
        floor::opens_new(&floor::turn_head(self.text, turn, floor::OPENING_REACH), first_name.as_deref())
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

    /// The full name for a label's speaker (the label as written when
    /// nothing names it); the header's spokesperson for a bare "A:".
    fn speaker(&mut self, label: &Label) -> Option<String> {
        match &label.speaker {
            Some(s) => Some(match self.names.resolve(s) {
                Some(full) => full,
                None => {
                    // A label that gives a full name ("Mr. Taro Kono, Minister for
                    // Foreign Affairs") names the labels after it ("Minister Kono").
                    let person =
                        s.split_whitespace().count() >= 2 && !s.split_whitespace().any(crate::names::is_title_word);
                    if person && s.chars().any(char::is_lowercase) {
                        self.names.learn(s.clone());
                    }
                    s.clone()
                }
            }),
            None => self.default_speaker(),
        }
    }

    /// Emits the exchange waiting: its answer turns, or, where none came,
    /// the paragraphs after the question when they read as an unlabelled
    /// answer ("追问：是吗？" then the spokesperson's reply), else no answer.
    fn flush(&mut self) {
        if self.questions.is_empty() {
            return;
        }
        let mut questions = std::mem::take(&mut self.questions);
        let mut answers = std::mem::take(&mut self.answers);
        self.emit(&questions, &answers);
        // The buffers serve the next exchange (no allocation an exchange).
        questions.clear();
        answers.clear();
        (self.questions, self.answers) = (questions, answers);
    }

    fn emit(&mut self, questions: &[&'a Turn], answers: &[&'a Turn]) {
        if !answers.is_empty() {
            self.exchange(questions, answers);
            return;
        }
        let last = questions[questions.len() - 1];
        let split = match self.floor {
            Floor::Plain => self.split_unlabeled_answer(last),
            Floor::Managed => None,
        };
        if let Some((question, answer)) = split {
            self.diagnose(
                "unlabeled_answer",
                "an answer with no label, read from the paragraphs after the question",
                answer.span,
            );
            let owned: Vec<&Turn> = questions[..questions.len() - 1].iter().copied().chain([&question]).collect();
            self.exchange(&owned, &[&answer]);
        } else {
            self.diagnose("question_without_answer", "a question with no answer", last.span);
            self.exchange(questions, &[]);
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
            topic: None,
        };
        Some((question, answer))
    }

    fn diagnose(&mut self, kind: &'static str, message: &'static str, span: Span) {
        self.diagnostics.push(Diagnostic { kind: kind.into(), message: message.into(), span });
    }

    /// The paragraphs of the turns in order, and each turn (none when there
    /// is one; `speakers[k]` is turn k's, none past its end).
    fn turns(&self, turns: &[&Turn], speakers: &[Option<String>]) -> (Vec<String>, Vec<Span>, Vec<TurnModel>) {
        if let [one] = turns {
            let (paragraphs, spans) = self.paragraphs(one);
            return (paragraphs, spans, Vec::new());
        }
        let (mut paragraphs, mut spans, mut out) = (Vec::new(), Vec::new(), Vec::new());
        for (k, turn) in turns.iter().enumerate() {
            let speaker = speakers.get(k).cloned().flatten();
            let (p, s) = self.paragraphs(turn);
            let from = paragraphs.len();
            paragraphs.extend(p);
            spans.extend(s);
            out.push(TurnModel {
                label: turn.label_text.clone(),
                label_span: turn.label_span,
                speaker,
                speaker_canonical: None,
                paragraph_range: [from, paragraphs.len()],
                span: turn.span,
            });
        }
        (paragraphs, spans, out)
    }

    fn exchange(&mut self, questions: &[&Turn], answers: &[&Turn]) {
        let q = questions[0];
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
        let last_q = questions[questions.len() - 1];
        // Askers are unnamed; a moderator's aside among them is named.
        let speakers: Vec<Option<String>> = if questions.len() > 1 {
            questions.iter().map(|t| answer_label(t).and_then(|l| self.speaker(l))).collect()
        } else {
            Vec::new()
        };
        let (qp, qs, qturns) = self.turns(questions, &speakers);
        if qp.is_empty() {
            self.diagnose("empty_question", "a question label with no text after it", q.span);
        }
        let question_span = Span { start: q.label_span.map_or(q.span.start, |l| l.end), ..q.span.to(last_q.span) };
        let mut answer = Answer::default();
        let mut span = q.span.to(last_q.span);
        if let (Some(first), Some(last)) = (answers.first(), answers.last()) {
            if self.floor == Floor::Managed {
                self.learn_introductions(answers);
            }
            let labels: Vec<&Label> = answers.iter().filter_map(|a| answer_label(a)).collect();
            if labels.len() != answers.len() {
                return;
            }
            let speakers: Vec<Option<String>> = labels.iter().map(|l| self.speaker(l)).collect();
            let (ap, aps, aturns) = self.turns(answers, &speakers);
            let speaker = self.main_speaker(answers, &labels, &speakers);
            if ap.is_empty() {
                self.diagnose("empty_answer", "an answer label with no text after it", first.span);
            }
            answer = Answer {
                label: first.label_text.clone(),
                speaker,
                speaker_canonical: None,
                label_span: first.label_span,
                paragraphs: ap,
                paragraph_spans: aps,
                parts: Vec::new(),
                turns: aturns,
                span: first.span.to(last.span),
            };
            span = span.to(last.span);
        } else {
            answer.span = Span { start: span.end, end: span.end, line: last_q.span.line };
        }
        self.last_exchange = Some(self.items.len());
        let heading = self.heading(q);
        self.items.push(Item::Exchange(Exchange {
            id: format!("e{number}"),
            number,
            heading,
            section: self.section.clone(),
            span,
            follow_up,
            follows,
            asker: Asker {
                label: q.label_text.clone(),
                outlet: ql.outlet.clone().or(inherited),
                outlet_canonical: None,
                name: ql.person.clone(),
                inferred: false,
                label_span: q.label_span,
            },
            question: Question {
                paragraphs: qp,
                paragraph_spans: qs,
                parts: Vec::new(),
                turns: qturns,
                span: question_span,
            },
            answer,
            tags: Default::default(),
        }));
    }

    /// Who carries an answer given in turns: the official (not staff) who said the most.
    fn main_speaker(&self, answers: &[&Turn], labels: &[&Label], speakers: &[Option<String>]) -> Option<String> {
        if let [one] = speakers {
            return one.clone();
        }
        let mut totals: Vec<(Option<String>, usize)> = Vec::new();
        for ((turn, label), speaker) in answers.iter().zip(labels).zip(speakers) {
            if label.staff {
                continue;
            }
            let n = floor::words(self.text, turn);
            match totals.iter_mut().find(|(s, _)| s == speaker) {
                Some((_, total)) => *total += n,
                None => totals.push((speaker.clone(), n)),
            }
        }
        // The first of those who said the most (a stable choice).
        let most = totals.iter().map(|(_, n)| *n).max();
        totals.into_iter().find(|(_, n)| Some(*n) == most).map_or_else(|| speakers[0].clone(), |(s, _)| s)
    }

    fn statement(&mut self, turn: &Turn, minor: bool) {
        self.statements += 1;
        let (paragraphs, paragraph_spans) = self.paragraphs(turn);
        if paragraphs.is_empty() {
            self.diagnose("empty_statement", "a speaker label with no text after it", turn.span);
        }
        let speaker = match &turn.kind {
            TurnKind::Labeled(l) if l.role != Role::Answer => None,
            TurnKind::Labeled(l) => self.speaker(l),
            _ => self.default_speaker(),
        };
        if self.floor == Floor::Managed {
            self.learn_introductions(&[turn]);
        }
        let heading = self.heading(turn);
        self.items.push(Item::Statement(Statement {
            id: format!("s{}", self.statements),
            minor,
            heading,
            section: self.section.clone(),
            label: turn.label_text.clone(),
            speaker,
            speaker_canonical: None,
            paragraphs,
            paragraph_spans,
            span: turn.span,
            tags: Default::default(),
        }));
    }

    /// The people the officials introduce in these turns ("I'm joined by …"),
    /// for the labels after.
    fn learn_introductions(&mut self, turns: &[&Turn]) {
        for t in turns {
            for name in floor::introduced(&floor::turn_text(self.text, t)) {
                self.names.learn(name);
            }
        }
    }

    /// A turn's heading line, which opens a section.
    fn heading(&mut self, turn: &Turn) -> Option<String> {
        let line = &self.text[turn.topic?.start()..turn.topic?.end()];
        self.section = Some(line.trim_start_matches(['*', ' ']).trim().to_string());
        Some(line.to_string())
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
