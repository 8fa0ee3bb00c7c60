//! Paragraphs rebuilt from lines.
//!
//! Two conventions are found in pasted transcripts:
//! - **blocks** (official pages, Chinese originals): a blank line separates
//!   paragraphs; lines with no blank line between them are one paragraph
//!   wrapped, unless the first ends a sentence;
//! - **indentation** (the machine translation): every sentence stands on a
//!   line of its own, and a line indented with spaces opens a paragraph;
//!   other lines continue it.
//!
//! In both, a fragment of a sentence broken over lines ("and decided" /
//! "to resell TikTok's US business") is joined back to its sentence.

use crate::model::Span;
use crate::text::{ends_sentence, is_cjk, push_joined};

/// A piece of one line that belongs to a turn (the text after a label, or a
/// whole line).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Segment {
    // 32-bit offsets: 16 bytes a segment rather than 32, for inputs of a
    // million short lines (`parse` keeps larger inputs than 4 GiB out).
    start: u32,
    end: u32,
    line: u32,
    pub indented: bool,
    /// A blank line stands between this segment and the one before.
    pub blank_before: bool,
}

impl Segment {
    pub fn new(start: usize, end: usize, line: usize, indented: bool, blank_before: bool) -> Segment {
        debug_assert!(end <= u32::MAX as usize, "parse keeps inputs past 4 GiB out");
        Segment { start: start as u32, end: end as u32, line: line as u32, indented, blank_before }
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The same segment, reaching to `end`.
    pub fn to(self, end: usize) -> Segment {
        Segment { end: end as u32, ..self }
    }

    pub fn span(&self) -> Span {
        Span { start: self.start(), end: self.end(), line: self.line as usize }
    }
}

/// A rebuilt paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    pub text: String,
    pub span: Span,
}

/// Builds paragraphs from the segments of one turn.
pub(crate) fn build(text: &str, segments: &[Segment], indent_marks_paragraphs: bool) -> Vec<Paragraph> {
    // First where each paragraph starts (a paragraph ends as its last
    // segment does, so the segments alone decide), then each paragraph's
    // text in one allocation of the right size.
    let seg_text = |s: &Segment| &text[s.start()..s.end()];
    let opens = |i: usize| -> bool {
        let seg = &segments[i];
        let Some(prev) = i.checked_sub(1).map(|p| seg_text(&segments[p])) else { return true };
        !if indent_marks_paragraphs {
            !seg.indented
        } else if !seg.blank_before {
            !ends_sentence(prev)
        } else {
            continues(prev, seg_text(seg))
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < segments.len() {
        let mut j = i + 1;
        while j < segments.len() && !opens(j) {
            j += 1;
        }
        let group = &segments[i..j];
        let mut para = String::with_capacity(group.iter().map(|s| s.end() - s.start() + 1).sum());
        for s in group {
            push_joined(&mut para, seg_text(s));
        }
        out.push(Paragraph { text: para, span: Span { end: group[group.len() - 1].end(), ..group[0].span() } });
        i = j;
    }
    out
}

/// `next` goes on with the sentence that `prev` left unfinished.
fn continues(prev: &str, next: &str) -> bool {
    if ends_sentence(prev) {
        return false;
    }
    match next.chars().next() {
        Some(c) if c.is_uppercase() => ends_with_connector(prev),
        Some(c) if is_cjk(c) => true,
        Some(_) => true,
        None => false,
    }
}

/// `s` ends with a word after which a sentence cannot stop.
fn ends_with_connector(s: &str) -> bool {
    const WORDS: [&str; 32] = [
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "by", "for", "with", "from", "that", "as", "is",
        "are", "was", "were", "be", "his", "her", "their", "its", "our", "your", "this", "these", "those", "than",
        "but",
    ];
    if s.ends_with([',', '-', '–', '—', '、', '，']) {
        return true;
    }
    let last = s.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    WORDS.contains(&last)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Segments for each non-blank line of `t`; a line starting with a space is indented.
    fn segs(t: &str) -> Vec<Segment> {
        let mut out = Vec::new();
        let mut blank = false;
        let mut pos = 0;
        for (n, l) in t.split('\n').enumerate() {
            let trimmed = l.trim_start();
            if trimmed.is_empty() {
                blank = true;
            } else {
                let start = pos + (l.len() - trimmed.len());
                out.push(Segment::new(start, pos + l.len(), n + 1, trimmed.len() < l.len(), blank));
                blank = false;
            }
            pos += l.len() + 1;
        }
        out
    }

    fn texts(t: &str, indent: bool) -> Vec<String> {
        build(t, &segs(t), indent).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn should_keep_blank_line_paragraphs_apart() {
        assert_eq!(texts("One.\n\nTwo.", false), ["One.", "Two."]);
    }

    #[test]
    fn should_rejoin_a_sentence_broken_over_lines() {
        assert_eq!(texts("and decided\n\nto resell it.", false), ["and decided to resell it."]);
        assert_eq!(
            texts("On the third question, the\n\nfamily members\n\nof the\n\n12 Hong Kong people.", false),
            ["On the third question, the family members of the 12 Hong Kong people."]
        );
    }

    #[test]
    fn should_open_paragraphs_at_indented_lines_when_indentation_marks_them() {
        assert_eq!(texts("  One.\n\nStill one.\n\n  Two.", true), ["One. Still one.", "Two."]);
    }

    #[test]
    fn should_join_chinese_without_spaces() {
        assert_eq!(texts("中方\n认为。", false), ["中方认为。"]);
    }
}
