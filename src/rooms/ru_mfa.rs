//! The Russian Ministry of Foreign Affairs, in English (mid.ru/en:
//! "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, May
//! 5, 2023"): the spokeswoman's statements under topic headings
//! ("Ukrainian crisis update"), often after a table of contents, then
//! `Question:` and `Maria Zakharova:` (or `Answer:`). The pages carry the
//! publication time glued to the date ("1 June 201815:00") and a language
//! menu ("• de-DE1 en-GB1 …").

use super::{Probe, Room};
use crate::names::{Official, briefer};

pub(crate) struct RuMfa;

pub(crate) static OFFICIALS: &[Official] = &[
    briefer("Maria Zakharova", "扎哈罗娃"),
    briefer("Alexander Lukashevich", ""),
    briefer("Alexey Zaitsev", ""),
    briefer("Artyom Kozhin", ""),
    briefer("Sergey Lavrov", "拉夫罗夫"),
];

impl Room for RuMfa {
    fn id(&self) -> &'static str {
        "ru-mfa"
    }

    fn institution(&self) -> Option<&'static str> {
        Some("Ministry of Foreign Affairs of Russia")
    }

    fn detect(&self, p: &Probe) -> u32 {
        let named = OFFICIALS.iter().any(|o| p.title_mentions(o.en));
        if named || p.title_mentions("Russian") || p.title_mentions("Foreign Ministry Spokeswoman") {
            110
        } else if p.lines.iter().take(12).any(|l| l.starts_with("Maria Zakharova:")) {
            80
        } else {
            0
        }
    }

    fn header_names(&self, title: Option<&str>, _lines: &[&str]) -> Vec<String> {
        let Some(title) = title else { return Vec::new() };
        let mut out = crate::header::spokespersons_in(title);
        if out.is_empty() {
            out = super::us_wh::names_after_by(title);
        }
        out
    }

    fn format(&self, _p: &Probe) -> &'static str {
        "ru-mfa-en"
    }

    fn is_heading(&self, s: &str) -> bool {
        const PARTS: [&str; 4] = [
            "Answers to media questions:",
            "From answers to media questions:",
            "Excerpts from answers to questions:",
            "Answers to questions:",
        ];
        super::is_topic_heading(s) || PARTS.contains(&s)
    }

    fn is_chrome(&self, s: &str) -> bool {
        s == "Table of contents"
            || s.starts_with("• de-DE")
            || s.starts_with("• en-GB")
            || super::is_numbered_entry(s)
            || (s.len() <= 24
                && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b':')
                && s.bytes().filter(u8::is_ascii_digit).count() >= 8)
    }

    fn officials(&self) -> &'static [Official] {
        OFFICIALS
    }
}
