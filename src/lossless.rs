//! The promise that nothing is lost, as a check anyone can run.
//!
//! Two things must hold of a parse of `text`:
//! 1. the spans of the header lines and items do not overlap, and what lies
//!    between them is white space only: every other byte belongs to a piece;
//! 2. within each piece, the strings the parse gives (labels, paragraphs,
//!    unparsed text) hold exactly the characters of its span, white space
//!    and label colons aside.

use crate::lines::is_space;
use crate::model::{Item, Span, Transcript};

/// What [`Transcript::check_lossless`] found wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LossError {
    /// Where.
    pub span: Span,
    /// A lowercase sentence saying what went wrong.
    pub message: String,
}

impl std::fmt::Display for LossError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (bytes {}..{}, line {})", self.message, self.span.start, self.span.end, self.span.line)
    }
}

impl std::error::Error for LossError {}

fn ignorable(c: char) -> bool {
    is_space(c) || crate::label::COLONS.contains(&c)
}

fn squeeze<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts.into_iter().flat_map(str::chars).filter(|c| !ignorable(*c)).collect()
}

/// The strings of a question or an answer in input order: its label and
/// paragraphs, or, where it came in turns, each turn's label and paragraphs.
fn labelled<'a>(
    out: &mut Vec<&'a str>,
    label: Option<&'a str>,
    turns: &'a [crate::model::Turn],
    paragraphs: &'a [String],
) {
    if turns.is_empty() {
        out.extend(label);
        out.extend(paragraphs.iter().map(String::as_str));
        return;
    }
    for t in turns {
        out.extend(t.label.as_deref());
        let [from, to] = t.paragraph_range;
        out.extend(paragraphs.get(from..to).unwrap_or_default().iter().map(String::as_str));
    }
}

impl Transcript {
    /// Checks that this parse of `text` accounts for every character of it.
    ///
    /// ```
    /// let text = "Q: Any comment?\n\nA: None.\n";
    /// assert!(transcript_cards::parse(text).check_lossless(text).is_ok());
    /// ```
    pub fn check_lossless(&self, text: &str) -> Result<(), LossError> {
        let mut pieces: Vec<(Span, String)> =
            self.header.iter().map(|h| (h.span, squeeze([h.text.as_str()]))).collect();
        for item in &self.items {
            let strings: Vec<&str> = match item {
                Item::Exchange(e) => {
                    let mut v: Vec<&str> = e.heading.iter().map(String::as_str).collect();
                    labelled(&mut v, e.asker.label.as_deref(), &e.question.turns, &e.question.paragraphs);
                    labelled(&mut v, e.answer.label.as_deref(), &e.answer.turns, &e.answer.paragraphs);
                    v
                }
                Item::Statement(s) => {
                    let mut v: Vec<&str> = s.heading.iter().map(String::as_str).collect();
                    v.extend(s.label.iter().map(String::as_str));
                    v.extend(s.paragraphs.iter().map(String::as_str));
                    v
                }
                Item::Unparsed(u) => vec![u.text.as_str()],
            };
            pieces.push((item.span(), squeeze(strings)));
        }
        crate::order::sort_by_key(&mut pieces, |(s, _)| (s.start, s.end));
        let mut at = 0;
        for (span, given) in &pieces {
            let bad = |message: &str| LossError { span: *span, message: message.to_string() };
            if span.start < at {
                return Err(bad("two pieces of the parse overlap"));
            }
            let (Some(gap), Some(inside)) = (text.get(at..span.start), text.get(span.start..span.end)) else {
                return Err(bad("a span does not fall on character boundaries of the input"));
            };
            if let Some(off) = gap.find(|c| !is_space(c)) {
                return Err(LossError {
                    span: Span { start: at + off, end: span.start, line: 0 },
                    message: "text between two pieces of the parse belongs to none".to_string(),
                });
            }
            if squeeze([inside]) != *given {
                return Err(bad("a piece's strings differ from the input it spans"));
            }
            at = span.end;
        }
        match text.get(at..).and_then(|rest| rest.find(|c| !is_space(c))) {
            Some(off) => Err(LossError {
                span: Span { start: at + off, end: text.len(), line: 0 },
                message: "text after the last piece of the parse belongs to none".to_string(),
            }),
            None => Ok(()),
        }
    }
}
