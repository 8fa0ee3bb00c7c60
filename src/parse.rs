//! The pipeline: text → lines → header → turns → items → parts linked.

use crate::assemble::Assembler;
use crate::lines::{self, Line};
use crate::model::{Diagnostic, Item, Source, Span, Stats, Transcript};
use crate::names::Names;
use crate::rooms::{self, Floor, Probe};
use crate::{floor, header, label, parts, tags, text};

/// How to parse, beyond the text.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Read the text as this briefing room's (`us-wh`, `cn-mfa`, …; see
    /// [`rooms`](crate::rooms())) instead of the one detected.
    pub room: Option<String>,
}

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
    parse_with(text, &Options::default())
}

/// Parses a transcript as [`parse`] does, with [`Options`] (the room to read
/// it as). An unknown room is a diagnostic, and the detected room is used.
///
/// ```
/// use transcript_cards::{Options, parse_with};
/// let t = parse_with("Q    Any update?\n\nMS. PSAKI: None.\n", &Options { room: Some("us-wh".into()) });
/// assert_eq!((t.source.room.as_str(), t.source.detected), ("us-wh", false));
/// assert_eq!(t.stats.exchanges, 1);
/// ```
pub fn parse_with(text: &str, options: &Options) -> crate::Transcript {
    if text.len() as u64 > MAX_INPUT {
        return too_large(text);
    }
    // Only the first lines are kept: the room and the header are read from
    // them; the rest streams from the text into turns.
    let head: Vec<Line> = lines::iter(text).take(HEADER_ZONE).collect();
    let language = text::language(text);
    let probe = Probe::new(text, &head, language);
    let mut diagnostics = Vec::new();
    let chosen = options.room.as_deref().map(|id| (id, rooms::by_id(id)));
    if let Some((_, None)) = chosen {
        diagnostics.push(Diagnostic {
            kind: "unknown_room".into(),
            message: "the room asked for is not one this parser knows; the detected room is used".into(),
            span: Span { start: 0, end: 0, line: 1 },
        });
    }
    let room = chosen.and_then(|(_, r)| r).unwrap_or_else(|| rooms::detect(&probe));
    let source = Source {
        room: room.id().to_string(),
        institution: room.institution().map(str::to_string),
        format: room.format(&probe).to_string(),
        detected: !matches!(chosen, Some((_, Some(_)))),
    };
    let first_label = head
        .iter()
        .position(|l| {
            !l.is_blank()
                && !crate::turns::is_chrome(l.content(text), room)
                && label::detect(text, l, &[], room).is_some()
        })
        .unwrap_or(head.len());
    let header = header::read(text, &head, &probe.title_scores, first_label, room);
    let skip = |i: usize| header.lines.iter().any(|(j, _)| *j == i);
    // The lines are read once: the turns take them, and the indentation is counted on the way.
    let mut indent = Indentation::default();
    let lines = lines::iter(text).inspect(|l| indent.count(text, l));
    let above_title = |i: usize| header.title_at.is_some_and(|t| i < t);
    let turns = crate::turns::split(text, lines, &header.spokespersons, room, &skip, &above_title, &mut diagnostics);
    if turns.last().is_some_and(|t| matches!(t.kind, crate::turns::TurnKind::Overflow)) {
        // The turns stopped early (an input past their limit): count the rest.
        lines::iter(text).skip(indent.lines).for_each(|l| indent.count(text, &l));
    }
    let (indent_mode, line_count) = (indent.marks_paragraphs(), indent.lines);
    let mut names = Names::new(room, header.spokespersons.clone(), header.title.as_deref(), header.date.as_deref());
    let (mut items, more) = Assembler::new(text, &header, indent_mode, room.floor(), &mut names).run(&turns);
    // Freed now, their memory serves the stages after (fewer fresh pages).
    drop(turns);
    diagnostics.extend(more);
    // In input order, whichever stage found them (a stable sort: same input, same output).
    crate::order::sort_by_key(&mut diagnostics, |d| (d.span.start, d.span.end));
    if room.floor() == Floor::Managed {
        floor::infer_askers(&mut items, &names.known);
    }
    parts::link(&mut items);
    let places = tags::tag(&mut items, room);
    let spokespersons = spokespersons(&header.spokespersons, &items);
    let count = |f: fn(&Item) -> bool| items.iter().filter(|i| f(i)).count();
    let stats = Stats {
        exchanges: count(|i| matches!(i, Item::Exchange(_))),
        statements: count(|i| matches!(i, Item::Statement(_))),
        minor: count(|i| matches!(i, Item::Statement(s) if s.minor)),
        unparsed: count(|i| matches!(i, Item::Unparsed(_))),
        bytes: text.len(),
        lines: line_count,
    };
    Transcript {
        title: header.title.clone(),
        date: header.date.clone(),
        source,
        spokespersons,
        language: language.to_string(),
        header: header.lines.into_iter().map(|(_, l)| l).collect(),
        items,
        diagnostics,
        places,
        stats,
    }
}

/// The full names of the officials who speak: the header's first (in its
/// order), then the others as they first speak. Labels that name nobody in
/// full ("AIDE", "MODERATOR", "AMBASSADOR RICE" where nothing says who) are
/// not names. When no one speaks under a full name, the header's names.
fn spokespersons(header: &[String], items: &[Item]) -> Vec<String> {
    let mut speaking: Vec<&String> = Vec::new();
    let mut not_names: Vec<&String> = Vec::new();
    for item in items {
        let (main, turns) = match item {
            Item::Exchange(e) => (e.answer.speaker.as_ref(), &e.answer.turns[..]),
            Item::Statement(s) => (s.speaker.as_ref(), &[][..]),
            Item::Unparsed(_) => continue,
        };
        for s in main.into_iter().chain(turns.iter().filter_map(|t| t.speaker.as_ref())) {
            if speaking.contains(&s) || not_names.contains(&s) {
                continue;
            }
            if is_full_name(s) { speaking.push(s) } else { not_names.push(s) }
        }
    }
    if speaking.is_empty() {
        return header.to_vec();
    }
    let mut out: Vec<String> = header.iter().filter(|h| speaking.contains(h)).cloned().collect();
    for s in speaking {
        if !out.contains(s) {
            out.push(s.clone());
        }
    }
    out
}

/// A person's name as written in full: mixed case or Chinese, not a role.
fn is_full_name(s: &str) -> bool {
    const HOSTS: [&str; 7] = ["moderator", "host", "presenter", "anchor", "interpreter", "operator", "participant"];
    let person = s.chars().any(char::is_lowercase) || s.chars().any(text::is_cjk);
    person && !s.split_whitespace().all(crate::names::is_title_word) && !HOSTS.iter().any(|h| s.eq_ignore_ascii_case(h))
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
