//! Stage 2: lines → turns.
//!
//! A turn is what one speaker says: a labelled line and the unlabelled lines
//! after it, up to the next label. Lines before the first label form an
//! unlabelled turn; page chrome pasted with the article ("来源：", "打印本页",
//! "[字体：大 中 小]") forms turns of its own, so it is shown as unparsed
//! text and never mixed into an answer.
//!
//! A machine translation may split a label from its outlet ("NHK" on one
//! line, "reporter: First question…" on the next): a bare role label takes
//! the short unfinished line before it as its outlet.

use crate::label::{self, Label, Role};
use crate::lines::Line;
use crate::model::{Diagnostic, Span};
use crate::paragraphs::Segment;
use crate::rooms::Room;
use crate::text::ends_sentence;

/// What kind of turn.
#[derive(Debug, Clone)]
pub(crate) enum TurnKind {
    /// Opened by a speaker label.
    Labeled(Label),
    /// Text with no label before it.
    Unlabeled,
    /// Page chrome.
    Chrome,
    /// Everything after the [`MAX_TURNS`]th turn, kept as one text.
    Overflow,
}

/// One speaker's turn.
#[derive(Debug, Clone)]
pub(crate) struct Turn {
    pub kind: TurnKind,
    /// The text of the turn, label removed.
    pub segments: Vec<Segment>,
    /// The heading line above the turn, in rooms whose pages put topics
    /// between turns ("Ukrainian crisis update", "**Golan").
    pub topic: Option<Segment>,
    /// The label's text as written (outlet line and role word joined by a space when split).
    pub label_text: Option<String>,
    pub label_span: Option<Span>,
    /// The whole turn, label included.
    pub span: Span,
}

/// The most turns one parse makes; the rest of a larger input is kept as
/// one unparsed text, so that time and memory stay bounded on hostile input
/// (a real briefing has a few dozen turns; a year of them, a few thousand).
pub(crate) const MAX_TURNS: usize = 200_000;

/// Splits lines into turns. `skip` tells which lines the header took,
/// `above_title` which lie above the title (a site's chrome).
pub(crate) fn split(
    text: &str,
    lines: impl Iterator<Item = Line>,
    spokespersons: &[String],
    room: &dyn Room,
    skip: &dyn Fn(usize) -> bool,
    above_title: &dyn Fn(usize) -> bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Turn> {
    let mut turns: Vec<Turn> = Vec::new();
    let mut blank = false;
    // A header line stands between this line and the turn before: the turn
    // ends there (header lines may stand among chrome lines).
    let mut parted = false;
    for (i, line) in lines.enumerate() {
        let line = &line;
        if line.is_blank() || skip(i) {
            blank |= line.is_blank();
            parted |= !line.is_blank();
            continue;
        }
        if turns.len() >= MAX_TURNS {
            let end = text.trim_end_matches(crate::lines::is_space).len();
            let rest = Segment::new(line.content_start, end, line.number, false, blank);
            turns.push(open(TurnKind::Overflow, Some(rest), line));
            if let Some(t) = turns.last_mut() {
                t.span.end = end;
            }
            break;
        }
        let content = line.content(text);
        let seg = |start: usize| Segment::new(start, line.content_end, line.number, line.indented, blank);
        if above_title(i) || is_chrome(content, room) {
            match turns.last_mut() {
                Some(t) if matches!(t.kind, TurnKind::Chrome) && !parted => {
                    push_chrome(text, t, seg(line.content_start))
                }
                _ => turns.push(open(TurnKind::Chrome, Some(seg(line.content_start)), line)),
            }
        } else if let Some(mut label) = label::detect(text, line, spokespersons, room) {
            let mut label_text = text[label.name_start..label.name_end].to_string();
            let mut label_span = Span { start: label.name_start, end: label.name_end, line: line.number };
            if label.bare {
                if let Some(outlet) = take_split_outlet(text, &mut turns) {
                    label_text = format!("{} {}", &text[outlet.start()..outlet.end()], label_text);
                    label.outlet = Some(text[outlet.start()..outlet.end()].to_string());
                    label.role = Role::Question;
                    label.bare = false;
                    label_span = Span { end: label.name_end, ..outlet.span() };
                }
            }
            let rest = (label.rest_start < line.content_end).then(|| seg(label.rest_start));
            let mut turn = open(TurnKind::Labeled(label), rest, line);
            turn.span.start = label_span.start;
            turn.span.line = label_span.line;
            turn.label_text = Some(label_text);
            turn.label_span = Some(label_span);
            // A heading just above a label heads its turn.
            if heading_only(&turns) && !parted {
                if let Some(heading) = turns.pop() {
                    turn.span.start = heading.span.start;
                    turn.span.line = heading.span.line;
                    turn.topic = heading.topic;
                }
            }
            turns.push(turn);
        } else {
            if let Some(name_end) = label::looks_like_label(content) {
                let span = Span { start: line.content_start, end: line.content_start + name_end, line: line.number };
                diagnostics.push(Diagnostic {
                    kind: "unknown_label".into(),
                    message: "a line opens like a speaker label, but the name is not one: read as text".into(),
                    span,
                });
            }
            if room.is_heading(content) {
                // A heading opens a turn of its own.
                // Headings in a row are a list of topics (the page's contents): chrome;
                // the last of them heads what follows.
                if heading_only(&turns) && !parted {
                    if let Some(mut list) = turns.pop() {
                        list.kind = TurnKind::Chrome;
                        list.segments.extend(list.topic.take());
                        match turns.last_mut() {
                            Some(t) if matches!(t.kind, TurnKind::Chrome) => {
                                t.span.end = list.span.end;
                                t.segments.append(&mut list.segments);
                            }
                            _ => turns.push(list),
                        }
                    }
                }
                let mut t = open(TurnKind::Unlabeled, None, line);
                t.topic = Some(seg(line.content_start));
                turns.push(t);
            } else {
                match turns.last_mut() {
                    Some(t) if !matches!(t.kind, TurnKind::Chrome) && !parted => push(t, seg(line.content_start)),
                    _ => turns.push(open(TurnKind::Unlabeled, Some(seg(line.content_start)), line)),
                }
            }
        }
        blank = false;
        parted = false;
    }
    turns
}

fn open(kind: TurnKind, first: Option<Segment>, line: &Line) -> Turn {
    Turn {
        kind,
        segments: first.into_iter().collect(),
        topic: None,
        label_text: None,
        label_span: None,
        span: line.span(),
    }
}

/// The last turn is only a heading, waiting for what it heads.
fn heading_only(turns: &[Turn]) -> bool {
    turns.last().is_some_and(|t| matches!(t.kind, TurnKind::Unlabeled) && t.segments.is_empty() && t.topic.is_some())
}

fn push(turn: &mut Turn, seg: Segment) {
    turn.span.end = seg.end();
    turn.segments.push(seg);
}

/// Adds a line to a run of page chrome, which is only ever kept as its
/// lines joined by "\n": a line that follows the last one across a lone
/// "\n" just widens it, so a page of a million chrome lines is one segment,
/// not 16 bytes a line on top of its text.
fn push_chrome(text: &str, turn: &mut Turn, seg: Segment) {
    if let Some(last) = turn.segments.last_mut() {
        if text.get(last.end()..seg.start()) == Some("\n") {
            *last = last.to(seg.end());
            turn.span.end = seg.end();
            return;
        }
    }
    push(turn, seg);
}

/// Takes the outlet of a split label ("NHK" / "reporter:") off the end of
/// the turn before: a short line that does not end a sentence.
fn take_split_outlet(text: &str, turns: &mut Vec<Turn>) -> Option<Segment> {
    let turn = turns.last_mut()?;
    if matches!(turn.kind, TurnKind::Chrome) {
        return None;
    }
    // The label line's own text is not a candidate: only a whole line after it.
    let is_whole_line = turn.segments.len() > 1 || matches!(turn.kind, TurnKind::Unlabeled);
    let last = *turn.segments.last()?;
    let s = &text[last.start()..last.end()];
    if !is_whole_line || s.len() > 60 || s.split_whitespace().count() > 6 || ends_sentence(s) {
        return None;
    }
    turn.segments.pop();
    match turn.segments.last() {
        Some(prev) => turn.span.end = prev.end(),
        None if matches!(turn.kind, TurnKind::Unlabeled) => {
            turns.pop();
        }
        None => turn.span.end = turn.label_span.map_or(turn.span.start, |l| l.end),
    }
    Some(last)
}

/// A line of page chrome copied along with a transcript: the room's own,
/// or what any site's page carries (links to print or share, the
/// publication date alone on its line).
pub(crate) fn is_chrome(s: &str, room: &dyn Room) -> bool {
    // Chrome is short; a paragraph is looked at no further.
    if s.len() > 300 {
        return false;
    }
    const EXACT: [&str; 13] = [
        "Print",
        "Close",
        "Print this page",
        "Close window",
        "Share",
        "Share:",
        "Back to top",
        "[Print]",
        "[Close]",
        "(As delivered)",
        "(As prepared for delivery)",
        "Check against delivery",
        "(Check against delivery)",
    ];
    if EXACT.contains(&s) || room.is_chrome(s) {
        return true;
    }
    s.len() <= 160 && s.chars().count() <= 40 && s.bytes().any(|b| b.is_ascii_digit()) && crate::header::is_only_date(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines;

    fn turns(t: &str) -> Vec<Turn> {
        let room = crate::rooms::by_id("cn-mfa").unwrap();
        split(t, lines::iter(t), &["Wang Wenbin".into()], room, &|_| false, &|_| false, &mut Vec::new())
    }

    #[test]
    fn should_take_the_outlet_of_a_split_label_from_the_line_before() {
        let t = "  Wang Wenbin: Done.\n\nNHK\n\nreporter: First question, why?\n";
        let ts = turns(t);
        assert_eq!(ts.len(), 2);
        assert_eq!(ts[1].label_text.as_deref(), Some("NHK reporter"));
        match &ts[1].kind {
            TurnKind::Labeled(l) => assert_eq!(l.outlet.as_deref(), Some("NHK")),
            _ => panic!("a labelled turn"),
        }
        assert_eq!(&t[ts[0].span.start..ts[0].span.end], "Wang Wenbin: Done.");
    }

    #[test]
    fn should_keep_a_bare_journalist_label_as_a_follow_up() {
        let t = "A: Need I say more?\n\nJournalist: Could you read the statement?\n";
        let ts = turns(t);
        match &ts[1].kind {
            TurnKind::Labeled(l) => assert_eq!((l.role, l.outlet.as_deref()), (Role::FollowUp, None)),
            _ => panic!("a labelled turn"),
        }
    }

    #[test]
    fn should_set_page_chrome_apart() {
        let t = "标题\n\n来源：\n（供稿）\n\n　　问：好吗？\n";
        let ts = turns(t);
        assert!(matches!(ts[1].kind, TurnKind::Chrome));
        // Lines next to each other across a lone "\n" are one segment.
        assert_eq!(ts[1].segments.len(), 1);
        assert_eq!(&t[ts[1].segments[0].start()..ts[1].segments[0].end()], "来源：\n（供稿）");
    }

    #[test]
    fn should_keep_chrome_lines_apart_where_the_gap_is_not_a_lone_newline() {
        // CRLF, a blank line and indentation would each change the joined text.
        for t in ["标题\n\n来源：\r\n（供稿）\n", "标题\n\n来源：\n\n（供稿）\n", "标题\n\n来源：\n  （供稿）\n"]
        {
            let ts = turns(t);
            assert!(matches!(ts[1].kind, TurnKind::Chrome), "{t:?}");
            assert_eq!(ts[1].segments.len(), 2, "{t:?}");
        }
    }
}
