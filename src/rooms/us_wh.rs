//! The White House press briefing (whitehouse.gov and its archives of every
//! administration). A question is a bare `Q` and white space, no colon, no
//! name (`Q    Thanks, Jen.`, `Q    — on the question about DHS…`);
//! officials are labelled in capitals (`MS. PSAKI:`, `MR. CARNEY:`,
//! `SECRETARY MAYORKAS:`, `THE PRESIDENT:`), staff too (`AIDE:`). The title
//! names who briefs ("Press Briefing by Press Secretary Karine Jean-Pierre
//! and NSC Coordinator for Strategic Communications John Kirby"). Pages
//! carry furniture: the start and end times, `END`, `###`, and on the older
//! pages a press-release block (`THE WHITE HOUSE`, `Office of the Press
//! Secretary`, a rule, `For Immediate Release`, the title in capitals). The
//! press secretary runs the floor.

use super::{Floor, Probe, Room, Verdict};
use crate::label::{self, Label, Role};
use crate::lines::Line;
use crate::names::{Office, Official, in_office};

pub(crate) struct UsWh;

/// Press secretaries and the regular briefers whom titles need not name
/// (deputies who brief are named in the title), and the holders of the offices a
/// label may name ("THE PRESIDENT"), with their dates.
pub(crate) static OFFICIALS: &[Official] = &[
    in_office("Karoline Leavitt", Office::Briefer, "2025-01-20", "9999-12-31"),
    in_office("Karine Jean-Pierre", Office::Briefer, "2021-01-20", "2025-01-20"),
    in_office("Jen Psaki", Office::Briefer, "2021-01-20", "2022-05-13"),
    in_office("John Kirby", Office::Briefer, "2022-05-01", "2025-01-20"),
    in_office("Kayleigh McEnany", Office::Briefer, "2020-04-07", "2021-01-20"),
    in_office("Sarah Sanders", Office::Briefer, "2017-01-20", "2019-07-01"),
    in_office("Sean Spicer", Office::Briefer, "2017-01-20", "2017-07-21"),
    in_office("Josh Earnest", Office::Briefer, "2011-01-01", "2017-01-20"),
    in_office("Jay Carney", Office::Briefer, "2011-02-11", "2014-06-20"),
    in_office("Robert Gibbs", Office::Briefer, "2009-01-20", "2011-02-11"),
    in_office("Dana Perino", Office::Briefer, "2007-09-14", "2009-01-20"),
    in_office("Tony Snow", Office::Briefer, "2006-05-08", "2007-09-14"),
    in_office("Scott McClellan", Office::Briefer, "2003-07-15", "2006-05-08"),
    in_office("Ari Fleischer", Office::Briefer, "2001-01-20", "2003-07-15"),
    in_office("Donald Trump", Office::President, "2025-01-20", "2029-01-19"),
    in_office("Joe Biden", Office::President, "2021-01-20", "2025-01-19"),
    in_office("Donald Trump", Office::President, "2017-01-20", "2021-01-19"),
    in_office("Barack Obama", Office::President, "2009-01-20", "2017-01-19"),
    in_office("George W. Bush", Office::President, "2001-01-20", "2009-01-19"),
    in_office("JD Vance", Office::VicePresident, "2025-01-20", "2029-01-19"),
    in_office("Kamala Harris", Office::VicePresident, "2021-01-20", "2025-01-19"),
    in_office("Mike Pence", Office::VicePresident, "2017-01-20", "2021-01-19"),
    in_office("Joe Biden", Office::VicePresident, "2009-01-20", "2017-01-19"),
    in_office("Dick Cheney", Office::VicePresident, "2001-01-20", "2009-01-19"),
];

/// Staff on the officials' side: part of an answer, never its speaker.
const STAFF: [&str; 10] = [
    "AIDE",
    "STAFF",
    "STAFFER",
    "STAFF MEMBER",
    "INTERPRETER",
    "OPERATOR",
    "AUDIENCE",
    "AUDIENCE MEMBER",
    "PARTICIPANT",
    "TRANSLATOR",
];

impl Room for UsWh {
    fn id(&self) -> &'static str {
        "us-wh"
    }

    fn institution(&self) -> Option<&'static str> {
        Some("The White House")
    }

    fn detect(&self, p: &Probe) -> u32 {
        let press_secretary = p.title_mentions("press secretary") && !p.title_mentions("Department");
        if p.title_mentions("White House") || (p.title_mentions("press briefing by") && press_secretary) {
            return 100;
        }
        // The press-release block, the briefing room.
        if p.lines.iter().take(12).any(|l| {
            matches!(*l, "THE WHITE HOUSE" | "Office of the Press Secretary") || l.ends_with("Press Briefing Room")
        }) {
            return 90;
        }
        // An excerpt without its title: bare Q turns and officials in capitals.
        let q = p.lines.iter().filter(|l| bare_q(l).is_some()).count();
        if q >= 2 { 70 } else { 0 }
    }

    fn format(&self, p: &Probe) -> &'static str {
        let date = p
            .lines
            .iter()
            .find_map(|l| crate::header::date_in(l))
            .or_else(|| super::us_numeric_date(p.title()))
            .unwrap_or_default();
        match date.as_str() {
            d if d.is_empty() || d >= "2021-01-20" => "us-wh-en",
            d if d >= "2017-01-20" => "us-wh-trump-en",
            _ => "us-wh-obama-en",
        }
    }

    fn line_label(&self, content: &str, line: &Line) -> Option<Label> {
        let rest_at = bare_q(content)?;
        let mut l = label::new(Role::Question);
        l.name_start = line.content_start;
        l.name_end = line.content_start + 1;
        l.rest_start = line.content_start + rest_at;
        Some(l)
    }

    fn name_label(&self, name: &str, _spokespersons: &[String]) -> Verdict {
        official_label(name, &STAFF)
    }

    fn is_chrome(&self, s: &str) -> bool {
        furniture(s)
            || press_release_block(s)
            || s.starts_with("This is historical material")
            || s.starts_with("National Archives This is historical material")
            || s == "Search form"
            || s.starts_with("NOTE:")
            || s.starts_with("*Please see below")
            || s.starts_with("**Please see below")
            || s.ends_with("Press Briefing Room")
            || press_release_title(s)
    }

    fn header_line(&self, s: &str) -> bool {
        super::is_clock_line(s)
            || s.ends_with("Press Briefing Room")
            || press_release_block(s)
            || press_release_title(s)
    }

    fn officials(&self) -> &'static [Official] {
        OFFICIALS
    }

    fn header_names(&self, title: Option<&str>, _lines: &[&str]) -> Vec<String> {
        title.map(names_after_by).unwrap_or_default()
    }

    fn title_date(&self, title: &str) -> Option<String> {
        super::us_numeric_date(title)
    }

    fn floor(&self) -> Floor {
        Floor::Managed
    }
}

/// Where the text of a bare `Q` turn starts: `Q` and white space (or
/// nothing) at the start of the line. A colon after it is the shared `Q:`.
fn bare_q(content: &str) -> Option<usize> {
    let rest = content.strip_prefix('Q')?;
    if rest.is_empty() {
        return Some(1);
    }
    let after = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    (after.len() < rest.len()).then(|| content.len() - after.len())
}

/// A label name as US transcripts write them: officials and staff in
/// capitals, the role words (`QUESTION`, `MODERATOR`) in any case. Any other
/// name before a colon ("On Sudan:") is text.
pub(crate) fn official_label(name: &str, staff: &[&str]) -> Verdict {
    // (Every label of a briefing is asked: nothing is allocated before it is known to be one.)
    if ["q", "question", "a", "answer", "follow-up", "follow up"].iter().any(|r| r.eq_ignore_ascii_case(name)) {
        return Verdict::Shared;
    }
    // A television transcript's labels: "KARINE JEAN-PIERRE, WHITE HOUSE PRESS SECRETARY", "UNIDENTIFIED FEMALE".
    if let Some((person, office)) = name.split_once(", ") {
        let named = label::is_capitals_name(person) && label::is_capitals_name(office);
        return if named && office.split_whitespace().any(crate::names::is_title_word) {
            Verdict::Label(label::official(person))
        } else {
            Verdict::Text
        };
    }
    if name.starts_with("UNIDENTIFIED ") && label::is_capitals_name(name) {
        return Verdict::Label(label::new(Role::Question));
    }
    if !label::is_capitals_name(name) || name.len() > 60 {
        return Verdict::Text;
    }
    // The words joined by single spaces: the name itself when it is written so.
    let spaced = name.contains('\u{a0}') || name.split(' ').any(str::is_empty);
    let name: std::borrow::Cow<str> = if spaced {
        name.split([' ', '\u{a0}']).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").into()
    } else {
        name.into()
    };
    let one_word = !name.is_empty() && !name.contains(' ');
    if one_word && ["NOTE", "UPDATE", "CORRECTION", "EDITOR'S NOTE", "END", "SOURCE", "ATTACHMENT"].contains(&&*name) {
        return Verdict::Text;
    }
    let mut l = label::official(&name);
    l.staff = staff.contains(&&*name);
    Verdict::Label(l)
}

/// Page furniture of US briefings: the times, `END`, `###`, rules.
pub(crate) fn furniture(s: &str) -> bool {
    if super::is_clock_line(s) || s == "###" || s == "# # #" || s == "* * *" {
        return true;
    }
    if let Some(rest) = s.strip_prefix("END") {
        let rest = rest.trim_matches(|c: char| c.is_whitespace());
        return rest.is_empty() || super::is_clock_line(rest);
    }
    is_rule(s)
}

/// A rule drawn with characters ("_____", "=====", "-----").
fn is_rule(s: &str) -> bool {
    s.len() >= 5 && s.chars().all(|c| matches!(c, '_' | '-' | '—' | '='))
}

/// The lines of the older pages' press-release block.
fn press_release_block(s: &str) -> bool {
    let release = s.get(..21).is_some_and(|h| h.eq_ignore_ascii_case("for immediate release"));
    matches!(s, "THE WHITE HOUSE" | "The White House" | "Office of the Press Secretary")
        // "For Immediate Release", alone or with the date ("For Immediate Release      April 24, 2009").
        || (release && (s.len() == 21 || crate::header::date_in(&s[21..]).is_some()))
        || is_rule(s)
}

/// The title in capitals that the older pages repeat in their press-release
/// block ("PRESS BRIEFING BY PRESS SECRETARY JAY CARNEY").
fn press_release_title(s: &str) -> bool {
    s.len() <= 300
        && !s.contains(':')
        && s.chars().any(char::is_alphabetic)
        && !s.chars().any(char::is_lowercase)
        && ["PRESS BRIEFING", "PRESS GAGGLE", "BRIEFING BY", "REMARKS BY", "PRESS CONFERENCE"]
            .iter()
            .any(|k| s.contains(k))
}

/// The names a US title gives after "by": "Press Briefing by Press Secretary
/// Jay Carney, Secretary of Interior Ken Salazar, and Deputy Assistant to
/// the President Heather Zichal, 3/12/12" → Jay Carney, Ken Salazar,
/// Heather Zichal. Each comma- or "and"-separated piece ends with a name:
/// its last capitalised words, up to three, that are not the words of an
/// office ("George W. Bush", "Keisha Lance Bottoms").
pub(crate) fn names_after_by(title: &str) -> Vec<String> {
    let Some(at) = find_word(title, "by") else { return Vec::new() };
    let rest = &title[at + 3..];
    let mut out: Vec<String> = Vec::new();
    for piece in rest.split(',').flat_map(|p| p.split(" and ")) {
        let words: Vec<&str> = piece.split_whitespace().collect();
        let tail = words.iter().rev().take_while(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
        if tail == 0 {
            continue;
        }
        let name_words = &words[words.len() - tail..];
        // The name: up to three capitalised words at the end that name no
        // office ("Keisha Lance Bottoms", but "Climate John Kerry" is John Kerry).
        let name: Vec<&str> = name_words.iter().rev().take(3).take_while(|w| !is_role_word(w)).copied().collect();
        let last = name_words[name_words.len() - 1];
        // A piece that ends in a role ("the Press Secretary"), or a date, names nobody.
        if name.len() < 2 || crate::header::date_in(piece).is_some() || last.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let name = name.iter().rev().copied().collect::<Vec<_>>().join(" ");
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The byte offset of `word` standing alone in `s` (ASCII case ignored).
fn find_word(s: &str, word: &str) -> Option<usize> {
    let lower = s.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(word) {
        let at = from + i;
        let before = lower[..at].chars().next_back().is_none_or(|c| c == ' ');
        let after = lower[at + word.len()..].starts_with(' ');
        if before && after {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// A word of an office's name in a title ("Secretary", "Climate", "OMB").
fn is_role_word(w: &str) -> bool {
    const OFFICE: &[&str] = &[
        "Communications",
        "Strategic",
        "Council",
        "Office",
        "House",
        "White",
        "United",
        "States",
        "Affairs",
        "Policy",
        "Security",
        "National",
        "Economic",
        "Domestic",
        "Budget",
        "Management",
        "Climate",
        "Engagement",
        "Public",
        "Trade",
        "Agriculture",
        "Interior",
        "Energy",
        "Treasury",
        "Commerce",
        "Labor",
        "Transportation",
        "Homeland",
        "Education",
        "Health",
        "Human",
        "Services",
        "Housing",
        "Urban",
        "Development",
        "Veterans",
        "Defense",
        "State",
        "Environmental",
        "Protection",
        "Agency",
        "Administration",
        "Federal",
        "Emergency",
        "Performance",
        "Staff",
        "Intergovernmental",
        "Legislative",
        "Science",
        "Technology",
        "Cyber",
        "Infrastructure",
        "Implementation",
        "Gender",
        "Equity",
        "Disability",
        "Consumer",
        "Financial",
        "Reserve",
        "Presidential",
        "Advisers",
        "Advisors",
        "Executive",
        "Operations",
        "Oceans",
        "Justice",
        "Attorney",
        "Safety",
        "Intelligence",
        "Resources",
        "Programs",
        "Initiatives",
        "Recovery",
        "Response",
        "Pandemic",
        "COVID-19",
        "Deputy",
        "Principal",
        "Acting",
        "Interim",
        "Department",
        "Ministry",
        "Directorate",
        "Division",
        "Bureau",
        "Information",
    ];
    let w = w.trim_end_matches([',', '.']);
    crate::names::is_title_word(w) || OFFICE.contains(&w) || (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_read_the_names_a_title_gives() {
        let t = "Press Briefing by Press Secretary Karine Jean-Pierre, NSC Coordinator for Strategic Communications John Kirby, and OMB Director Shalanda Young";
        assert_eq!(names_after_by(t), ["Karine Jean-Pierre", "John Kirby", "Shalanda Young"]);
        let t = "Press Briefing by Press Secretary Jay Carney, Secretary of Interior Ken Salazar, and Deputy Assistant to the President Heather Zichal, 3/12/12";
        assert_eq!(names_after_by(t), ["Jay Carney", "Ken Salazar", "Heather Zichal"]);
        let t = "Press Briefing by Press Secretary Jay Carney and Federal Chief Performance Officer and the Deputy Director for Management at the Office of Management and Budget Jeff Zients";
        assert_eq!(names_after_by(t), ["Jay Carney", "Jeff Zients"]);
        let t = "Press Briefing by Press Secretary Karine Jean-Pierre and Senior Advisor for Public Engagement Keisha Lance\u{a0}Bottoms";
        assert_eq!(names_after_by(t), ["Karine Jean-Pierre", "Keisha Lance Bottoms"]);
        let t = "Press Briefing by Press Secretary Jen Psaki, Special Presidential Envoy for Climate John Kerry, and National Climate Advisor Gina McCarthy, April 22, 2021";
        assert_eq!(names_after_by(t), ["Jen Psaki", "John Kerry", "Gina McCarthy"]);
        assert_eq!(names_after_by("Press Briefing by the Press Secretary Josh Earnest, 12/10/14"), ["Josh Earnest"]);
        assert_eq!(names_after_by("Press Briefing by Press Secretary Jen Psaki, January 25, 2021"), ["Jen Psaki"]);
    }

    #[test]
    fn should_read_bare_q_turns() {
        assert_eq!(bare_q("Q    Thanks, Jen."), Some(5));
        assert_eq!(bare_q("Q\u{a0}\u{a0} — on the question"), Some(6));
        assert_eq!(bare_q("Q -- time it happened."), Some(2));
        assert_eq!(bare_q("Q"), Some(1));
        assert_eq!(bare_q("Q: Any comment?"), None);
        assert_eq!(bare_q("Qatar is"), None);
    }

    #[test]
    fn should_take_page_furniture_for_chrome() {
        for s in [
            "END",
            "END  2:01 P.M. EST",
            "END           2:20 P.M. EDT",
            "1:45 P.M. EST",
            "###",
            "__________",
            "THE WHITE HOUSE",
            "Office of the Press Secretary",
            "For Immediate Release",
            "PRESS BRIEFING BY PRESS SECRETARY JAY CARNEY",
        ] {
            assert!(UsWh.is_chrome(s), "{s}");
        }
        for s in ["END OF STORY: no.", "Endless.", "The White House said so."] {
            assert!(!UsWh.is_chrome(s), "{s}");
        }
    }

    #[test]
    fn should_read_officials_in_capitals_and_nothing_else() {
        assert!(matches!(UsWh.name_label("MS. PSAKI", &[]), Verdict::Label(l) if l.role == Role::Answer && !l.staff));
        assert!(matches!(UsWh.name_label("AIDE", &[]), Verdict::Label(l) if l.staff));
        assert!(matches!(UsWh.name_label("THE PRESIDENT", &[]), Verdict::Label(_)));
        assert!(matches!(UsWh.name_label("On Sudan", &[]), Verdict::Text));
        assert!(matches!(UsWh.name_label("Q", &[]), Verdict::Shared));
    }
}
