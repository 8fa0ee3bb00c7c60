//! The Russian Ministry of Foreign Affairs, in English (mid.ru/en:
//! "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, May
//! 5, 2023"): the spokeswoman's statements under topic headings, then
//! `Question:` and `Maria Zakharova:` (or `Answer:`).

use super::{Probe, Room};
use crate::names::{Official, briefer};

pub(crate) struct RuMfa;

static OFFICIALS: &[Official] = &[
    briefer("Maria Zakharova", "扎哈罗娃"),
    briefer("Alexander Lukashevich", ""),
    briefer("Alexey Zaitsev", ""),
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
        if named || p.title_mentions("Russian Federation") || p.title_mentions("Foreign Ministry Spokeswoman") {
            100
        } else if p.lines.iter().take(12).any(|l| l.starts_with("Maria Zakharova:")) {
            80
        } else {
            0
        }
    }

    fn format(&self, _p: &Probe) -> &'static str {
        "ru-mfa-en"
    }

    fn officials(&self) -> &'static [Official] {
        OFFICIALS
    }
}
