//! The pipeline: text → lines → header → turns → items → parts linked.

use crate::assemble::Assembler;
use crate::lines::{self, Line};
use crate::model::{Item, Stats, Transcript};
use crate::{header, label, parts, tags, text};

/// The largest input parsed (offsets inside the parser are 32-bit): 4 GiB.
const MAX_INPUT: u64 = u32::MAX as u64;

/// An input past [`MAX_INPUT`]: kept whole as one unparsed item, with a diagnostic.
#[cold]
fn too_large(text: &str) -> Transcript {
    let span = crate::model::Span { start: 0, end: text.len(), line: 1 };
    Transcript {
        language: text::language(text).to_string(),
        items: vec![Item::Unparsed(crate::model::Unparsed {
            id: "u1".into(),
            text: text.to_string(),
            reason: "the input is larger than 4 GiB".into(),
            span,
        })],
        diagnostics: vec![crate::model::Diagnostic {
            kind: "input_limit".into(),
            message: "the input is larger than the 4 GiB one parse reads; it is kept as unparsed text".into(),
            span,
        }],
        stats: Stats { unparsed: 1, bytes: text.len(), lines: lines::iter(text).count(), ..Stats::default() },
        ..Transcript::default()
    }
}

/// How many lines from the top the header may take.
const HEADER_ZONE: usize = 40;

/// Parses a transcript. Never fails and never panics: what cannot be placed
/// becomes an unparsed item, and oddities become diagnostics.
///
/// ```
/// let t = transcript_cards::parse("Q: Any comment?\n\nA: No comment.\n");
/// assert_eq!(t.stats.exchanges, 1);
/// ```
pub fn parse(text: &str) -> crate::Transcript {
    if text.len() as u64 > MAX_INPUT {
        return too_large(text);
    }
    // Only the first lines are kept: the header is read from them; the rest
    // streams from the text into turns.
    let head: Vec<Line> = lines::iter(text).take(HEADER_ZONE).collect();
    let first_label =
        head.iter().position(|l| !l.is_blank() && label::detect(text, l, &[]).is_some()).unwrap_or(head.len());
    let header = header::read(text, &head, first_label);
    let skip = |i: usize| header.lines.iter().any(|(j, _)| *j == i);
    let mut diagnostics = Vec::new();
    // The lines are read once: the turns take them, and the indentation is counted on the way.
    let mut indent = Indentation::default();
    let lines = lines::iter(text).inspect(|l| indent.count(text, l));
    let turns = crate::turns::split(text, lines, &header.spokespersons, &skip, &mut diagnostics);
    if turns.last().is_some_and(|t| matches!(t.kind, crate::turns::TurnKind::Overflow)) {
        // The turns stopped early (an input past their limit): count the rest.
        lines::iter(text).skip(indent.lines).for_each(|l| indent.count(text, &l));
    }
    let (indent_mode, line_count) = (indent.marks_paragraphs(), indent.lines);
    let (mut items, more) = Assembler::new(text, &header, indent_mode).run(&turns);
    // Freed now, their memory serves the stages after (fewer fresh pages).
    drop(turns);
    diagnostics.extend(more);
    // In input order, whichever stage found them (a stable sort: same input, same output).
    crate::order::sort_by_key(&mut diagnostics, |d| (d.span.start, d.span.end));
    parts::link(&mut items);
    let places = tags::tag(&mut items);
    let mut spokespersons = header.spokespersons.clone();
    if spokespersons.is_empty() {
        for item in &items {
            let speaker = match item {
                Item::Exchange(e) => e.answer.speaker.as_ref(),
                Item::Statement(s) => s.speaker.as_ref(),
                Item::Unparsed(_) => None,
            };
            if let Some(s) = speaker {
                if !spokespersons.contains(s) {
                    spokespersons.push(s.clone());
                }
            }
        }
    }
    let count = |f: fn(&Item) -> bool| items.iter().filter(|i| f(i)).count();
    let stats = Stats {
        exchanges: count(|i| matches!(i, Item::Exchange(_))),
        statements: count(|i| matches!(i, Item::Statement(_))),
        unparsed: count(|i| matches!(i, Item::Unparsed(_))),
        bytes: text.len(),
        lines: line_count,
    };
    Transcript {
        title: header.title.clone(),
        date: header.date.clone(),
        institution: header.institution.clone(),
        spokespersons,
        language: text::language(text).to_string(),
        header: header.lines.into_iter().map(|(_, l)| l).collect(),
        items,
        diagnostics,
        places,
        stats,
    }
}

/// How many non-blank lines are indented and how many are flush.
#[derive(Default)]
struct Indentation {
    indented: usize,
    flush: usize,
    /// Lines seen.
    lines: usize,
}

impl Indentation {
    fn count(&mut self, text: &str, l: &Line) {
        self.lines += 1;
        if l.is_blank() {
            return;
        }
        // Tab-indented lines are page chrome on the Chinese pages, not paragraphs.
        if l.indented && !text[l.start..l.content_start].contains('\t') {
            self.indented += 1;
        } else {
            self.flush += 1;
        }
    }

    /// Indentation marks paragraphs when the text mixes indented and flush
    /// lines in earnest (the machine translation); when every line is indented
    /// (the Chinese pages) or none is (the English pages), blank lines do.
    fn marks_paragraphs(&self) -> bool {
        let (indented, flush) = (self.indented, self.flush);
        let total = indented + flush;
        indented >= 3 && flush >= 3 && indented * 100 >= total * 15 && flush * 100 >= total * 15
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_keep_an_input_past_the_limit_whole_as_unparsed_text() {
        // (A 4 GiB input is too big for a test; what it gets is checked on a small one.)
        let text = "Q: Any comment?\r\n\r\nA: No.\r\n";
        let t = too_large(text);
        assert_eq!(t.diagnostics[0].kind, "input_limit");
        let Item::Unparsed(u) = &t.items[0] else { panic!("not unparsed") };
        assert_eq!(u.text, text);
        assert_eq!((t.stats.unparsed, t.stats.bytes, t.stats.lines), (1, text.len(), 3));
        t.check_lossless(text).unwrap();
    }
}
