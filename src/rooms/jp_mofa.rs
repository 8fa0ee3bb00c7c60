//! Japan's Ministry of Foreign Affairs, in English (mofa.go.jp: "Press
//! Conference by Press Secretary KOBAYASHI Maki", "Press Conference by
//! Foreign Minister Taro Kono"). The official gets a full label on the first
//! turn ("Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs:") and a short
//! one after ("Minister Motegi:", "Press Secretary OHTAKA:", or the office
//! alone, "Minister:", on its own line in 2008–10); reporters are `Reporter:`
//! or outlet and surname ("NHK, Takashima:", "Kojima, NHK:"). Topics stand
//! as headings above the turns ("Visit to Africa by Foreign Minister
//! Motegi"); the pages carry a translation note and a list of topics.
//! Names are written surname first in capitals ("KONO Taro") or given name
//! first ("Taro Kono"), as the page has them.

use super::{Probe, Room, Verdict, outlet_like};
use crate::label::{self, Role};
use crate::names::{Official, briefer, is_title_word};

pub(crate) struct JpMofa;

pub(crate) static OFFICIALS: &[Official] = &[
    briefer("KITAMURA Toshihiro", ""),
    briefer("KOBAYASHI Maki", ""),
    briefer("YOSHIDA Tomoyuki", ""),
    briefer("OHTAKA Masato", ""),
    briefer("IWAYA Takeshi", ""),
    briefer("KAMIKAWA Yoko", ""),
    briefer("HAYASHI Yoshimasa", ""),
    briefer("MOTEGI Toshimitsu", ""),
    briefer("KONO Taro", ""),
    briefer("KISHIDA Fumio", ""),
];

impl Room for JpMofa {
    fn id(&self) -> &'static str {
        "jp-mofa"
    }

    fn institution(&self) -> Option<&'static str> {
        Some("Ministry of Foreign Affairs of Japan")
    }

    fn detect(&self, p: &Probe) -> u32 {
        let title = p.title();
        let by_minister = p.title_mentions("press conference by")
            && (p.title_mentions("Foreign Minister")
                || p.title_mentions("Minister for Foreign Affairs")
                || p.title_mentions("Press Secretary"));
        let named = OFFICIALS.iter().any(|o| title.contains(o.en.split(' ').next().unwrap_or("-")));
        if p.title_mentions("Ministry of Foreign Affairs of Japan")
            || (by_minister && !p.title_mentions("White House"))
            || named
        {
            100
        } else if p.lines.iter().any(|l| l.starts_with("Reporter")) && p.mentions("Press Secretary") {
            70
        } else {
            0
        }
    }

    fn format(&self, _p: &Probe) -> &'static str {
        "jp-mofa-en"
    }

    fn name_label(&self, name: &str, _spokespersons: &[String]) -> Verdict {
        let (word, rest) = name.split_once(' ').unwrap_or((name, ""));
        // "Reporter", "Reporter (NHK)": a question, with its outlet.
        if ["reporter", "journalist", "questioner"].contains(&word.to_ascii_lowercase().as_str()) {
            let mut l = label::new(Role::Question);
            match rest.trim().strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
                Some(inner) if !inner.trim().is_empty() => l.outlet = Some(inner.trim().to_string()),
                _ if !rest.trim().is_empty() => return Verdict::Text,
                _ => {}
            }
            return Verdict::Label(l);
        }
        if matches!(name.to_ascii_lowercase().as_str(), "q" | "question" | "a" | "answer") {
            return Verdict::Shared;
        }
        // "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs": the official, and the office.
        if let Some((person, office)) = name.split_once(", ") {
            let person = person.trim_start_matches("Mr. ").trim_start_matches("Ms. ").trim_start_matches("Mrs. ");
            if office.split_whitespace().any(is_title_word) {
                return Verdict::Label(label::official(person));
            }
            // "NHK, Takashima", "Kojima, NHK": an outlet and a reporter.
            let (outlet, reporter) = if outlet_like(person) { (person, office) } else { (office, person) };
            if outlet_like(outlet) && reporter.split_whitespace().count() <= 2 {
                let mut l = label::new(Role::Question);
                l.outlet = Some(outlet.to_string());
                l.person = Some(reporter.to_string());
                return Verdict::Label(l);
            }
            return Verdict::Text;
        }
        // "Minister", "Press Secretary", "Minister Kamikawa", "Press Secretary OHTAKA".
        let words: Vec<&str> = name.split_whitespace().collect();
        let titles = words.iter().take_while(|w| is_title_word(w)).count();
        if titles >= 1 && words.len() - titles <= 1 {
            let mut l = label::official(name);
            l.staff = name.eq_ignore_ascii_case("official") || name.eq_ignore_ascii_case("moderator");
            return Verdict::Label(l);
        }
        Verdict::Text
    }

    fn is_heading(&self, s: &str) -> bool {
        super::is_topic_heading(s)
    }

    fn header_line(&self, s: &str) -> bool {
        ["Date:", "Place:", "Time:", "Venue:"].iter().any(|p| s.starts_with(p))
            || (s.contains(" a.m. ") || s.contains(" p.m. ")) && crate::header::date_in(s).is_some() && s.len() < 120
    }

    fn is_chrome(&self, s: &str) -> bool {
        super::contains_ignore_case(s, "provisional translation")
            || s.starts_with("(Video)")
            || s.starts_with("Related Information")
            || s == "Main topics:"
            || s == "Back to Index"
            || s == "Page Top"
            || s.starts_with('•')
            || super::is_numbered_entry(s)
    }

    fn officials(&self) -> &'static [Official] {
        OFFICIALS
    }

    fn header_names(&self, title: Option<&str>, _lines: &[&str]) -> Vec<String> {
        let Some(title) = title else { return Vec::new() };
        // "… Foreign Minister KAMIKAWA Yoko": the surname in capitals, then the given name.
        let words: Vec<&str> = title.split_whitespace().collect();
        let caps: Vec<String> = words
            .windows(2)
            .filter(|w| {
                w[0].len() > 1 && w[0].chars().all(|c| c.is_ascii_uppercase()) && w[1].starts_with(char::is_uppercase)
            })
            .map(|w| format!("{} {}", w[0], w[1].trim_end_matches([',', '.'])))
            .collect();
        if caps.is_empty() { super::us_wh::names_after_by(title) } else { caps }
    }
}
