//! Briefing rooms: what one institution's transcripts have of their own.
//!
//! The pipeline is one (lines → header → turns → items); a room tells it
//! what differs, through [`Room`]: how to tell its pages apart, the labels
//! they write that the shared reader does not know (the White House's bare
//! `Q`, Japan's `Reporter (NHK):`), the page chrome they carry, the names of
//! its officials and how its titles give them, and whether the floor is
//! managed (a host who calls on reporters, pleasantries, officials answering
//! in turn). What a whole language writes (`Q:`/`A:`, `问：`/`答：`, `…记者：`)
//! stays in the shared reader (`label.rs`). Adding a room is adding one file
//! here, a line in [`ALL`], and its fixtures.

use crate::label::Label;
use crate::lines::Line;
use crate::names::Official;

mod cn_mfa;
mod dialogue;
mod jp_mofa;
mod ru_mfa;
mod un_noon;
mod us_state;
mod us_wh;

/// Every room, the most specific first; [`dialogue`] (any "NAME: text"
/// transcript) is the fallback.
pub(crate) static ALL: &[&'static dyn Room] = &[
    &cn_mfa::CnMfa,
    &us_wh::UsWh,
    &us_state::UsState,
    &un_noon::UnNoon,
    &ru_mfa::RuMfa,
    &jp_mofa::JpMofa,
    &dialogue::Dialogue,
];

/// Every room's table of officials, for what is made of them at compile
/// time (a `const` cannot read them through [`Room::officials`]).
pub(crate) const TABLES: &[&[Official]] = &[
    cn_mfa::OFFICIALS,
    us_wh::OFFICIALS,
    us_state::OFFICIALS,
    un_noon::OFFICIALS,
    ru_mfa::OFFICIALS,
    jp_mofa::OFFICIALS,
];

/// The first lines of a text, as the rooms look at them to recognise their pages.
pub(crate) struct Probe<'a> {
    /// The trimmed non-blank lines of the top of the text.
    pub lines: Vec<&'a str>,
    /// `"en"` or `"zh"`.
    pub language: &'static str,
    title: Option<&'a str>,
    /// How much each of the first lines reads as a title ([`crate::header::title_scores`]).
    pub title_scores: Vec<(usize, i32)>,
}

impl<'a> Probe<'a> {
    pub fn new(text: &'a str, head: &[Line], language: &'static str) -> Probe<'a> {
        let title_scores = crate::header::title_scores(text, head);
        let title = crate::header::best_title(&title_scores, head.len()).map(|i| head[i].content(text));
        let lines = head.iter().filter(|l| !l.is_blank()).map(|l| l.content(text)).collect();
        Probe { lines, language, title, title_scores }
    }

    /// The title: the first of the first lines that reads as one (a site's
    /// banner and menus may stand above it), else the first line.
    pub fn title(&self) -> &'a str {
        self.title.or_else(|| self.lines.first().copied()).unwrap_or("")
    }

    /// The first line contains `needle` (ASCII case ignored).
    pub fn title_mentions(&self, needle: &str) -> bool {
        contains_ignore_case(self.title(), needle)
    }

    /// Some line contains `needle` (ASCII case ignored).
    pub fn mentions(&self, needle: &str) -> bool {
        self.lines.iter().any(|l| contains_ignore_case(l, needle))
    }

    /// How many lines start with `prefix` (exactly).
    pub fn lines_starting(&self, prefix: &str) -> usize {
        self.lines.iter().filter(|l| l.starts_with(prefix)).count()
    }
}

/// `hay` contains `needle`, ASCII letters compared without case.
pub(crate) fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    needle.is_empty() || find_ignore_case(hay, needle).is_some()
}

/// Where `needle` first stands in `hay`, ASCII letters compared without case.
pub(crate) fn find_ignore_case(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    // Only where the first byte is found (either case, memchr) is the rest compared.
    let (lower, upper) = (n[0].to_ascii_lowercase(), n[0].to_ascii_uppercase());
    let starts = &h[..=h.len() - n.len()];
    let mut i = 0;
    while let Some(k) = memchr::memchr2(lower, upper, &starts[i..]) {
        let at = i + k;
        if h[at..at + n.len()].eq_ignore_ascii_case(n) && hay.is_char_boundary(at) {
            return Some(at);
        }
        i = at + 1;
        if i >= starts.len() {
            break;
        }
    }
    None
}

/// What a room says of a label name (the text before a colon).
pub(crate) enum Verdict {
    /// The room reads it so.
    Label(Label),
    /// Not a label in this room's pages: text.
    Text,
    /// The room has nothing to say: the shared reading decides.
    Shared,
}

/// How a room manages its floor, for the assembly of items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Floor {
    /// Every turn is a card: a question label and the answer after it make an
    /// exchange, an official's turn with no question before it a statement.
    Plain,
    /// A host runs the floor: several officials may answer in turn, an
    /// official's short word after another's answer is floor management, as
    /// are pleasantries before the first question and the closing thanks; the
    /// host calls on reporters by name.
    Managed,
}

/// One institution's briefings.
pub(crate) trait Room: Sync {
    /// The room's id (`us-wh`).
    fn id(&self) -> &'static str;
    /// The institution, in English.
    fn institution(&self) -> Option<&'static str>;
    /// How strongly the top of a text reads as this room's (0: not at all; 100: its title).
    fn detect(&self, probe: &Probe) -> u32;
    /// The page format of a text of this room (`us-wh-obama-en`).
    fn format(&self, probe: &Probe) -> &'static str;
    /// A label this room writes without a colon ("Q    Thanks, Jen."): the
    /// label, tried before any other reading of the line.
    fn line_label(&self, _content: &str, _line: &Line) -> Option<Label> {
        None
    }
    /// What the room makes of a label name before the shared reading (given
    /// the spokespersons the header names).
    fn name_label(&self, _name: &str, _spokespersons: &[String]) -> Verdict {
        Verdict::Shared
    }
    /// A topic heading between turns ("Ukrainian crisis update", "**Golan"):
    /// it heads the statement or exchange that follows it.
    fn is_heading(&self, _line: &str) -> bool {
        false
    }
    /// A line of this room's page chrome (furniture such as `END`).
    fn is_chrome(&self, _line: &str) -> bool {
        false
    }
    /// A line the room's header carries under its title although it is chrome
    /// elsewhere (the place, the start time).
    fn header_line(&self, _line: &str) -> bool {
        false
    }
    /// The room's officials, most recent first within an office.
    fn officials(&self) -> &'static [Official] {
        &[]
    }
    /// The full names of the officials the header names (its title, and the
    /// lines under it), without their roles.
    fn header_names(&self, title: Option<&str>, _lines: &[&str]) -> Vec<String> {
        title.map(crate::header::spokespersons_in).unwrap_or_default()
    }
    /// The date a title gives in the room's own numeric form ("3/12/12"),
    /// where the shared reading of dates finds none.
    fn title_date(&self, _title: &str) -> Option<String> {
        None
    }
    /// How the floor is run.
    fn floor(&self) -> Floor {
        Floor::Plain
    }
}

/// The room whose pages the top of a text reads as.
pub(crate) fn detect(probe: &Probe) -> &'static dyn Room {
    let mut best: (u32, &'static dyn Room) = (0, ALL[ALL.len() - 1]);
    for room in ALL {
        let score = room.detect(probe);
        if score > best.0 {
            best = (score, *room);
        }
    }
    best.1
}

/// The room with this id.
pub(crate) fn by_id(id: &str) -> Option<&'static dyn Room> {
    ALL.iter().copied().find(|r| r.id().eq_ignore_ascii_case(id.trim()))
}

/// The ids and institutions of every room, for a reader to choose from.
pub fn rooms() -> Vec<(&'static str, Option<&'static str>)> {
    ALL.iter().map(|r| (r.id(), r.institution())).collect()
}

/// A name that reads as a news outlet's ("Asahi Shimbun", "NHK", "The
/// Washington Post"): one the tagger knows, or holding a word of outlets'
/// names. Rooms whose labels name either a person or an outlet tell them
/// apart with it.
pub(crate) fn outlet_like(s: &str) -> bool {
    const WORDS: [&str; 21] = [
        "News",
        "Agency",
        "TV",
        "Television",
        "Radio",
        "Times",
        "Post",
        "Journal",
        "Press",
        "Broadcasting",
        "Daily",
        "Network",
        "Channel",
        "Media",
        "Shimbun",
        "Herald",
        "NHK",
        "Kyodo",
        "Jiji",
        "Nikkei",
        "Reuters",
    ];
    crate::tags::outlet(s).is_some() || s.split_whitespace().any(|w| WORDS.contains(&w))
}

/// A heading as the rooms with topics write them: a short line of a few
/// words, capitalised, that does not end a sentence or a clause ("Ukrainian
/// crisis update", "Work-related visit by the Russian Foreign Minister to
/// Saudi Arabia", "(1) Holding of Event …").
pub(crate) fn is_topic_heading(s: &str) -> bool {
    let words = s.split_whitespace().count();
    let first = s.trim_start_matches(|c: char| c == '(' || c.is_ascii_digit() || c == ')' || c == '.' || c == ' ');
    (1..=16).contains(&words)
        && s.len() <= 160
        && first.chars().next().is_some_and(|c| c.is_uppercase() || c == '“' || c == '"')
        && s.chars().any(char::is_lowercase)
        && !s.ends_with(['.', '?', '!', ':', ';', ',', '…', '—', '-', '–'])
        && !s.ends_with(".\"")
        && !s.ends_with(".”")
}

/// A numbered entry of a page's list of topics ("1. Opening Statements",
/// "12. Situation with Marshal Konev Monument in Prague"): chrome, as its
/// own heading stands again below.
pub(crate) fn is_numbered_entry(s: &str) -> bool {
    s.split_once(". ").is_some_and(|(n, rest)| {
        !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()) && is_topic_heading(rest)
    })
}

/// A line that is a time and nothing else ("1:45 P.M. EST", "12:50 P.M.  EST",
/// "2:39 p.m. EDT"): the start and end times of US briefings.
pub(crate) fn is_clock_line(s: &str) -> bool {
    let s = s.trim();
    let Some((h, rest)) = s.split_once(':') else { return false };
    if h.is_empty() || h.len() > 2 || !h.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits != 2 {
        return false;
    }
    let tail: String = rest[2..].chars().filter(|c| !c.is_whitespace() && *c != '.').collect::<String>();
    let tail = tail.to_ascii_uppercase();
    let zone = tail.strip_prefix("AM").or_else(|| tail.strip_prefix("PM"));
    matches!(zone, Some(z) if z.len() <= 4 && z.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// The last month/day/year date of a US title ("…, 3/12/12", "…, 10/7/2010").
pub(crate) fn us_numeric_date(title: &str) -> Option<String> {
    let word = title.rsplit(|c: char| c.is_whitespace() || c == ',').find(|w| !w.is_empty())?;
    let mut parts = word.split(['/', '-']);
    let (m, d, y) = (parts.next()?.parse::<u32>().ok()?, parts.next()?.parse::<u32>().ok()?, parts.next()?);
    if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y: u32 = match y.len() {
        2 => 2000 + y.parse::<u32>().ok()?,
        4 => y.parse().ok()?,
        _ => return None,
    };
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines;

    #[test]
    fn should_find_a_needle_case_aside_where_a_scan_of_every_position_does() {
        let slow = |h: &str, n: &str| {
            let (hb, nb) = (h.as_bytes(), n.as_bytes());
            if nb.is_empty() || nb.len() > hb.len() {
                return None;
            }
            (0..=hb.len() - nb.len()).find(|&i| hb[i..i + nb.len()].eq_ignore_ascii_case(nb) && h.is_char_boundary(i))
        };
        for h in ["", "a", "Press Secretary", "PRESS secretary", "ÀpressÀ", "外交部 Press", "aAaB"] {
            for n in ["", "a", "A", "press", "SECRETARY", "À", "外交部", "ab", "Press Secretary!"] {
                assert_eq!(
                    find_ignore_case(h, n),
                    slow(h, n),
                    "should find {n:?} in {h:?} as every position's test does"
                );
            }
        }
    }

    fn room_of(text: &str) -> &'static str {
        let head: Vec<Line> = lines::iter(text).take(40).collect();
        detect(&Probe::new(text, &head, crate::text::language(text))).id()
    }

    #[test]
    fn should_recognise_each_room_from_the_top_of_its_pages() {
        assert_eq!(
            room_of("Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 17, 2018\n"),
            "cn-mfa"
        );
        assert_eq!(room_of("2016年12月5日外交部发言人陆慷主持例行记者会\n"), "cn-mfa");
        assert_eq!(room_of("Press Briefing by Press Secretary Jen Psaki, January 25, 2021\n"), "us-wh");
        assert_eq!(room_of("Department Press Briefing – March 9, 2023\n"), "us-state");
        assert_eq!(room_of("Noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General\n"), "un-noon");
        assert_eq!(
            room_of("Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, May 5, 2023\n"),
            "ru-mfa"
        );
        assert_eq!(room_of("Press Conference by Press Secretary KOBAYASHI Maki\n"), "jp-mofa");
        assert_eq!(room_of("Alice: Hello.\n\nBob: Hi?\n"), "dialogue");
    }

    #[test]
    fn should_read_us_numeric_dates_in_titles() {
        assert_eq!(
            us_numeric_date("Press Briefing by Press Secretary Jay Carney, 3/12/12").as_deref(),
            Some("2012-03-12")
        );
        assert_eq!(
            us_numeric_date("Press Briefing by Press Secretary Robert Gibbs, 10/7/2010").as_deref(),
            Some("2010-10-07")
        );
        assert_eq!(
            us_numeric_date("Press Briefing by Press Secretary Robert Gibbs, 5-11-09").as_deref(),
            Some("2009-05-11")
        );
        assert_eq!(us_numeric_date("Press Briefing by Press Secretary Jen Psaki"), None);
    }

    #[test]
    fn should_read_clock_lines() {
        for s in ["1:45 P.M. EST", "12:50 P.M.  EST", "2:39 p.m. EDT", "12:47 P.M EST", "11:08 A.M. EST"] {
            assert!(is_clock_line(s), "{s}");
        }
        for s in ["1:45", "The 1:45 P.M. call", "Q: 1:45 P.M.", "169:2"] {
            assert!(!is_clock_line(s), "{s}");
        }
    }
}
