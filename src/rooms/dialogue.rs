//! Any other labelled Q&A ("NAME: text"): interviews, television
//! transcripts, other ministries' briefings. The shared reading, and: an
//! office or a name in capitals answers ("NATO Secretary General:",
//! "KARINE JEAN-PIERRE, WHITE HOUSE PRESS SECRETARY:"); a person named
//! with their outlet asks ("Sarah Kelly (Deutsche Welle):"), and so does
//! someone unnamed ("UNIDENTIFIED FEMALE:"). Every turn is a card (the
//! floor rules of the managed rooms are not assumed of an unknown one).

use super::{Probe, Room, Verdict, outlet_like};
use crate::label::{self, Role};
use crate::names::is_title_word;

pub(crate) struct Dialogue;

/// Two or three capitalised words that name a person ("Sarah Kelly").
fn person_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase))
        && !outlet_like(s)
        && !words.iter().any(|w| is_title_word(w))
}

impl Room for Dialogue {
    fn id(&self) -> &'static str {
        "dialogue"
    }

    fn institution(&self) -> Option<&'static str> {
        None
    }

    fn detect(&self, _p: &Probe) -> u32 {
        1
    }

    fn format(&self, p: &Probe) -> &'static str {
        if p.language == "zh" { "dialogue-zh" } else { "dialogue-en" }
    }

    fn name_label(&self, name: &str, spokespersons: &[String]) -> Verdict {
        let upper = !name.chars().any(char::is_lowercase) && name.chars().any(char::is_alphabetic);
        if upper && name.starts_with("UNIDENTIFIED") {
            return Verdict::Label(label::new(Role::Question));
        }
        // "KARINE JEAN-PIERRE, WHITE HOUSE PRESS SECRETARY": a name and an office.
        if let Some((person, office)) = name.split_once(", ") {
            if office.split_whitespace().any(is_title_word) && !person.is_empty() {
                return Verdict::Label(label::official(person));
            }
            return Verdict::Shared;
        }
        // "Sarah Kelly (Deutsche Welle)": a reporter and the outlet.
        if let Some((person, rest)) = name.split_once(" (") {
            if let Some(outlet) = rest.strip_suffix(')').filter(|o| outlet_like(o)) {
                if person_like(person) {
                    let mut l = label::new(Role::Question);
                    l.person = Some(person.to_string());
                    l.outlet = Some(outlet.to_string());
                    return Verdict::Label(l);
                }
            }
        }
        // "NATO Secretary General", "Prime Minister": an office answers.
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() >= 2 && words.len() <= 6 && words.iter().any(|w| is_title_word(w)) && !outlet_like(name) {
            return Verdict::Label(label::official(name));
        }
        // "Sarah Kelly": a person the header does not name asks.
        if person_like(name) && !spokespersons.iter().any(|s| s.eq_ignore_ascii_case(name)) {
            let mut l = label::new(Role::Question);
            l.person = Some(name.to_string());
            return Verdict::Label(l);
        }
        Verdict::Shared
    }
}
