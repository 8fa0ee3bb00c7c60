//! Japan's Ministry of Foreign Affairs, in English (mofa.go.jp: "Press
//! Conference by Press Secretary KOBAYASHI Maki", "Press Conference by
//! Foreign Minister KAMIKAWA Yoko"): `Reporter:` or `Reporter (NHK):` for the
//! asker, the official by office and surname (`Press Secretary Kobayashi:`,
//! `Minister Kamikawa:`). Names are written surname first, the surname in
//! capitals.

use super::{Probe, Room, Verdict};
use crate::label::{self, Role};
use crate::names::{Official, briefer};

pub(crate) struct JpMofa;

static OFFICIALS: &[Official] = &[
    briefer("KITAMURA Toshihiro", ""),
    briefer("KOBAYASHI Maki", ""),
    briefer("YOSHIDA Tomoyuki", ""),
    briefer("OSHITA Masato", ""),
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
        let named =
            OFFICIALS.iter().any(|o| title.contains(o.en) || title.contains(o.en.split(' ').next().unwrap_or("-")));
        if p.title_mentions("Ministry of Foreign Affairs of Japan") || (named && p.title_mentions("press conference")) {
            100
        } else if p.lines.iter().filter(|l| l.starts_with("Reporter")).count() >= 1 && p.mentions("Press Secretary") {
            70
        } else {
            0
        }
    }

    fn format(&self, _p: &Probe) -> &'static str {
        "jp-mofa-en"
    }

    fn name_label(&self, name: &str) -> Verdict {
        // "Reporter", "Reporter (NHK)", "Journalist (Kyodo News)": a question, with its outlet.
        let (word, rest) = name.split_once(' ').unwrap_or((name, ""));
        if ["reporter", "journalist", "questioner"].contains(&word.to_ascii_lowercase().as_str()) {
            let rest = rest.trim();
            let mut l = label::new(Role::Question);
            if let Some(inner) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
                l.outlet = (!inner.trim().is_empty()).then(|| inner.trim().to_string());
            } else if !rest.is_empty() {
                return Verdict::Shared;
            }
            return Verdict::Label(l);
        }
        // "Press Secretary Kobayashi", "Minister Kamikawa", "Foreign Minister Hayashi".
        if crate::names::surname_of_label(name).is_some()
            && name.split(' ').next().is_some_and(crate::names::is_title_word)
        {
            return Verdict::Label(label::official(name));
        }
        Verdict::Shared
    }

    fn officials(&self) -> &'static [Official] {
        OFFICIALS
    }

    fn header_names(&self, title: Option<&str>, _lines: &[&str]) -> Vec<String> {
        // "Press Conference by Foreign Minister KAMIKAWA Yoko": the surname in capitals, then the given name.
        let Some(title) = title else { return Vec::new() };
        let words: Vec<&str> = title.split_whitespace().collect();
        words
            .windows(2)
            .filter(|w| {
                w[0].len() > 1 && w[0].chars().all(|c| c.is_ascii_uppercase()) && w[1].starts_with(char::is_uppercase)
            })
            .map(|w| format!("{} {}", w[0], w[1].trim_end_matches([',', '.'])))
            .collect()
    }
}
