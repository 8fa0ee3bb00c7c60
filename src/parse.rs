//! The pipeline: text → lines → header → turns → items → parts linked.

use crate::assemble::Assembler;
use crate::lines::{self, Line};
use crate::model::{Item, Stats, Transcript};
use crate::{header, label, parts, tags, text};

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
    // Only the first lines are kept: the header is read from them; the rest
    // streams from the text into turns.
    let head: Vec<Line> = lines::iter(text).take(HEADER_ZONE).collect();
    let first_label =
        head.iter().position(|l| !l.is_blank() && label::detect(text, l, &[]).is_some()).unwrap_or(head.len());
    let header = header::read(text, &head, first_label);
    let (indent_mode, line_count) = indentation_marks_paragraphs(text);
    let skip = |i: usize| header.lines.iter().any(|(j, _)| *j == i);
    let mut diagnostics = Vec::new();
    let turns = crate::turns::split(text, lines::iter(text), &header.spokespersons, &skip, &mut diagnostics);
    let (mut items, more) = Assembler::new(text, &header, indent_mode).run(&turns);
    diagnostics.extend(more);
    // In input order, whichever stage found them (a stable sort: same input, same output).
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));
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

/// Indentation marks paragraphs when the text mixes indented and flush
/// lines in earnest (the machine translation); when every line is indented
/// (the Chinese pages) or none is (the English pages), blank lines do.
fn indentation_marks_paragraphs(text: &str) -> (bool, usize) {
    let (mut indented, mut flush, mut count) = (0usize, 0usize, 0usize);
    for l in lines::iter(text) {
        count += 1;
        if l.is_blank() {
            continue;
        }
        // Tab-indented lines are page chrome on the Chinese pages, not paragraphs.
        if l.indented && !text[l.start..l.content_start].contains('\t') {
            indented += 1;
        } else {
            flush += 1;
        }
    }
    let total = indented + flush;
    (indented >= 3 && flush >= 3 && indented * 100 >= total * 15 && flush * 100 >= total * 15, count)
}
