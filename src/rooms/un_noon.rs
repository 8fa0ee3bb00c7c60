//! The United Nations noon briefing ("Daily Press Briefing by the Office of
//! the Spokesperson for the Secretary-General", "Noon briefing by Stéphane
//! Dujarric, Spokesman for the Secretary-General"): the spokesperson's notes
//! first, then questions, labelled `Question:` and `Spokesperson:` /
//! `Spokesman:` / `Deputy Spokesman:`, or the spokesman's name. The briefer
//! is named in a line under the title ("The following is a near-verbatim
//! transcript of today's noon briefing by Martin Nesirky, Spokesperson for
//! the Secretary-General."); the notes are unlabelled, each under a heading
//! marked `**` ("**Golan"). A role word stands for that briefer (`names.rs`).

use super::us_wh::names_after_by;
use super::{Probe, Room, contains_ignore_case};
use crate::names::{Official, briefer};

pub(crate) struct UnNoon;

/// "(The) following is a near-verbatim transcript of today's noon briefing by …".
fn near_verbatim(s: &str) -> bool {
    let s = s.strip_prefix("The ").unwrap_or(s);
    s.starts_with("following is a near-verbatim") || s.starts_with("Following is a near-verbatim")
}

pub(crate) static OFFICIALS: &[Official] = &[
    briefer("Stéphane Dujarric", ""),
    briefer("Farhan Haq", ""),
    briefer("Florencia Soto Niño", ""),
    briefer("Stéphanie Tremblay", ""),
    briefer("Eri Kaneko", ""),
    briefer("Brenden Varma", ""),
    briefer("Martin Nesirky", ""),
    briefer("Michèle Montas", ""),
    briefer("Marie Okabe", ""),
];

impl Room for UnNoon {
    fn id(&self) -> &'static str {
        "un-noon"
    }

    fn institution(&self) -> Option<&'static str> {
        Some("United Nations")
    }

    fn detect(&self, p: &Probe) -> u32 {
        let un = p.title_mentions("Secretary-General") || p.title_mentions("United Nations");
        let spokes =
            p.title_mentions("Spokesperson") || p.title_mentions("Spokesman") || p.title_mentions("Spokeswoman");
        if p.title_mentions("noon briefing") || (un && spokes) {
            100
        } else if p.lines.iter().take(6).any(|l| contains_ignore_case(l, "Spokesperson for the Secretary-General")) {
            90
        } else {
            0
        }
    }

    fn format(&self, _p: &Probe) -> &'static str {
        "un-noon-en"
    }

    fn is_heading(&self, s: &str) -> bool {
        s.starts_with("**") && s.len() <= 200 && s.trim_start_matches(['*', ' ']).starts_with(char::is_uppercase)
    }

    fn header_line(&self, s: &str) -> bool {
        near_verbatim(s) || self.is_chrome(s)
    }

    fn is_chrome(&self, s: &str) -> bool {
        s.starts_with("Department of Public Information")
            || s.starts_with("Meetings Coverage")
            || s.chars().all(|c| matches!(c, '|' | ' '))
    }

    fn officials(&self) -> &'static [Official] {
        OFFICIALS
    }

    fn header_names(&self, title: Option<&str>, lines: &[&str]) -> Vec<String> {
        let mut out = title.map(names_after_by).unwrap_or_default();
        for l in lines.iter().filter(|l| near_verbatim(l)) {
            for n in names_after_by(l) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
        out
    }
}
