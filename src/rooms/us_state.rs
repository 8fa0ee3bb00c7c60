//! The US Department of State's press briefing (state.gov): `QUESTION:`
//! for every reporter (who often names themself: "Thank you, Ned. Said
//! Arikat, Al-Quds."), the spokesperson in capitals without a period (`MR
//! PRICE:`, `MS BRUCE:`, `MR MILLER:`), guests too (`UNDER SECRETARY
//! BASS:`); moderated calls have `MODERATOR:`, `OPERATOR:` and named or
//! anonymous officials (`SENIOR STATE DEPARTMENT OFFICIAL:`). The title
//! ("Department Press Briefing – March 9, 2023") is followed by who briefs
//! ("Ned Price, Department Spokesperson") and where; the foot says "(The
//! briefing was concluded at 3:15 p.m.)". The spokesperson runs the floor.

use super::us_wh::{furniture, names_after_by, official_label};
use super::{Floor, Probe, Room, Verdict};
use crate::names::{Office, Official, in_office};

pub(crate) struct UsState;

/// Spokespersons and deputies, with their dates.
pub(crate) static OFFICIALS: &[Official] = &[
    in_office("Tammy Bruce", Office::Briefer, "2025-01-20", "9999-12-31"),
    in_office("Tommy Pigott", Office::Briefer, "2025-01-20", "9999-12-31"),
    in_office("Matthew Miller", Office::Briefer, "2023-05-01", "2025-01-20"),
    in_office("Vedant Patel", Office::Briefer, "2021-01-20", "2025-01-20"),
    in_office("Ned Price", Office::Briefer, "2021-01-20", "2023-04-30"),
    in_office("Jalina Porter", Office::Briefer, "2021-01-20", "2022-12-31"),
    in_office("Morgan Ortagus", Office::Briefer, "2019-06-01", "2021-01-20"),
    in_office("Heather Nauert", Office::Briefer, "2017-04-01", "2019-03-01"),
    in_office("Robert Palladino", Office::Briefer, "2018-01-01", "2019-12-31"),
    in_office("John Kirby", Office::Briefer, "2015-05-01", "2017-01-20"),
    in_office("Mark Toner", Office::Briefer, "2011-01-01", "2017-06-30"),
    in_office("Elizabeth Trudeau", Office::Briefer, "2016-01-01", "2017-01-20"),
    in_office("Jen Psaki", Office::Briefer, "2013-02-01", "2015-03-31"),
    in_office("Marie Harf", Office::Briefer, "2013-01-01", "2015-12-31"),
    in_office("Jeff Rathke", Office::Briefer, "2014-01-01", "2015-12-31"),
    in_office("Victoria Nuland", Office::Briefer, "2011-05-01", "2013-05-31"),
    in_office("Patrick Ventrell", Office::Briefer, "2012-01-01", "2013-12-31"),
    in_office("Philip Crowley", Office::Briefer, "2009-05-01", "2011-03-13"),
    in_office("Sean McCormack", Office::Briefer, "2005-06-01", "2009-01-20"),
];

/// Staff: they run the floor or the line, and answer nothing.
const STAFF: [&str; 6] = ["MODERATOR", "OPERATOR", "AIDE", "STAFF", "INTERPRETER", "PARTICIPANT"];

/// Lines of state.gov's page and archive chrome.
fn site_chrome(s: &str) -> bool {
    const LINES: [&str; 9] = [
        "Official websites use .gov",
        "Secure .gov websites use HTTPS",
        "U.S. Department of State",
        "View Video",
        "Press \"Enter\" to skip to content",
        "Press “Enter” to skip to content",
        "printable banner",
        "Diplomacy in Action",
        "Daily Press Briefing Index",
    ];
    LINES.contains(&s)
        || s.starts_with("An official website of the United States")
        || s.starts_with("A .gov website belongs to")
        || s.starts_with("A lock (")
        || s.starts_with("Other State Department Archive Sites")
        || s.starts_with("Home Issues & Press")
        || topic_index(s)
}

/// A line of the topic index the older briefing pages open with ("Egyptian
/// Mediation Efforts / Ongoing Efforts in the Security Council"): capitalised
/// words, no sentence.
fn topic_index(s: &str) -> bool {
    // The cheap tests first: this is tried on every short line.
    if s.len() > 300 || s.contains(':') || crate::text::ends_sentence(s) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().filter(|w| *w != "/").collect();
    let small = [
        "of", "the", "and", "to", "in", "on", "for", "with", "from", "a", "an", "at", "by", "about", "into", "over",
        "between", "after", "before", "against", "under", "across", "through", "via", "vs.", "or", "as",
    ];
    (2..=30).contains(&words.len())
        && !crate::header::is_only_date(s)
        && words.iter().all(|w| {
            small.contains(w) || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '(' || c == '“')
        })
        && words.iter().filter(|w| !small.contains(w)).count() >= 2
}

/// "Ned Price, Department Spokesperson", "Sean McCormack, Spokesman": who
/// briefs, under the title.
fn is_briefer_line(s: &str) -> bool {
    let Some((name, role)) = s.split_once(", ") else { return false };
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && crate::names::is_title_word(role.split_whitespace().last().unwrap_or(""))
}

impl Room for UsState {
    fn id(&self) -> &'static str {
        "us-state"
    }

    fn institution(&self) -> Option<&'static str> {
        Some("US Department of State")
    }

    fn detect(&self, p: &Probe) -> u32 {
        if p.title_mentions("Department Press Briefing") || p.title_mentions("State Department") {
            return 100;
        }
        if p.lines.iter().take(12).any(|l| {
            l.ends_with("Department Spokesperson")
                || crate::text::contains(l, "Department of State")
                || crate::text::contains(l, "state.gov")
        }) {
            return 95;
        }
        let questions = p.lines_starting("QUESTION:");
        let officials = p.lines.iter().filter(|l| l.starts_with("MR ") || l.starts_with("MS ")).count();
        if questions >= 1 && officials >= 1 { 75 } else { 0 }
    }

    fn format(&self, _p: &Probe) -> &'static str {
        "us-state-en"
    }

    fn name_label(&self, name: &str, _spokespersons: &[String]) -> Verdict {
        official_label(name, &STAFF)
    }

    fn is_chrome(&self, s: &str) -> bool {
        furniture(s)
            || site_chrome(s)
            || (s.starts_with("(The briefing") && s.ends_with(')'))
            || (s.starts_with("(The call") && s.ends_with(')'))
    }

    fn header_line(&self, s: &str) -> bool {
        super::is_clock_line(s) || is_briefer_line(s) || matches!(s, "Washington, D.C." | "Washington, DC")
    }

    fn officials(&self) -> &'static [Official] {
        OFFICIALS
    }

    fn header_names(&self, title: Option<&str>, lines: &[&str]) -> Vec<String> {
        let mut out = title.map(names_after_by).unwrap_or_default();
        for l in lines.iter().filter(|l| is_briefer_line(l)) {
            if let Some((name, _)) = l.split_once(", ") {
                if !out.iter().any(|o| o == name) {
                    out.push(name.to_string());
                }
            }
        }
        out
    }

    fn title_date(&self, title: &str) -> Option<String> {
        super::us_numeric_date(title)
    }

    fn floor(&self) -> Floor {
        Floor::Managed
    }
}
