//! Floor management, where a host runs the briefing (the White House, the
//! State Department): which turns are the floor rather than cards, and who
//! was called on.
//!
//! - Before the first real question, an asker's pleasantry ("Q Good
//!   afternoon.": no question mark, eight words or fewer) is minor.
//! - A greeting ("Q Thank you.") followed by a long official turn that opens
//!   something new is minor, and that turn a statement.
//! - After an answer, another official's short turn (25 words or fewer: "Go
//!   ahead, David.") is minor; a longer one that opens something new
//!   (thanks the last speaker and goes on, "a couple of things at the top")
//!   is a statement; any other is more of the answer (officials answering in
//!   turn).
//! - The closing thanks ("Q Thank you." then "Thanks, everybody.") is minor.
//! - A host who ends a turn by calling on a reporter ("Go ahead, Zeke.",
//!   "Aamer, kick it off.") names the next question's asker.

use crate::model::Item;
use crate::turns::Turn;

/// The most words of a pleasantry or a greeting.
pub(crate) const PLEASANTRY_WORDS: usize = 8;
/// The most words of an official's floor word after another's answer.
pub(crate) const SHORT_TURN_WORDS: usize = 25;
/// How far into a turn "something new" is looked for.
pub(crate) const OPENING_REACH: usize = 300;

/// The text of a turn's segments, joined by spaces (what the floor's tests read).
pub(crate) fn turn_text(text: &str, turn: &Turn) -> String {
    turn_head(text, turn, usize::MAX)
}

/// The start of [`turn_text`]: the segments joined until it holds
/// `at_least` bytes (all of them when the turn is shorter), for a test that
/// reads no further.
pub(crate) fn turn_head(text: &str, turn: &Turn, at_least: usize) -> String {
    let mut out = String::new();
    for s in &turn.segments {
        if out.len() >= at_least {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&text[s.start()..s.end()]);
    }
    out
}

/// A turn says at most `n` words (read no further than word `n + 1`).
pub(crate) fn at_most_words(text: &str, turn: &Turn, n: usize) -> bool {
    turn.segments.iter().flat_map(|s| text[s.start()..s.end()].split_whitespace()).nth(n).is_none()
}

/// How many words a turn says.
pub(crate) fn words(text: &str, turn: &Turn) -> usize {
    turn.segments.iter().map(|s| text[s.start()..s.end()].split_whitespace().count()).sum()
}

/// A host of the floor, who calls on the askers and answers nothing
/// (`MODERATOR:`, `OPERATOR:`), unlike other staff (an aide may answer).
pub(crate) fn is_host(label: &crate::label::Label) -> bool {
    label.staff
        && label
            .speaker
            .as_deref()
            .is_some_and(|s| s.eq_ignore_ascii_case("moderator") || s.eq_ignore_ascii_case("operator"))
}

/// An asker's pleasantry: no question, a few words.
pub(crate) fn is_pleasantry(said: &str) -> bool {
    !said.contains(['?', '？']) && said.split_whitespace().count() <= PLEASANTRY_WORDS
}

/// An asker's greeting or thanks ("Hi, Jen.", "Thank you.", "Good afternoon.").
pub(crate) fn is_greeting(said: &str) -> bool {
    const OPENERS: [&str; 8] =
        ["thank", "hi", "hello", "hey", "good afternoon", "good morning", "welcome", "congratulations"];
    let lower = said.trim_start_matches(['(', '—', '-', ' ']).to_ascii_lowercase();
    is_pleasantry(said) && OPENERS.iter().any(|o| lower.starts_with(o))
}

/// Nothing but thanks, to a name or to all ("Thank you.", "Thanks, Karine.
/// Thank you."): every sentence opens with thanks.
pub(crate) fn is_thanks(said: &str) -> bool {
    let sentences: Vec<&str> = said.split(['.', '!']).map(str::trim).filter(|s| !s.is_empty()).collect();
    !sentences.is_empty()
        && is_pleasantry(said)
        && sentences.iter().all(|s| {
            let l = s.to_ascii_lowercase();
            l.starts_with("thank") || l.starts_with("appreciate")
        })
}

/// A turn that opens with a dash or an ellipsis: it goes on from where its
/// speaker was cut off ("— and remember —", "-- made a little news").
pub(crate) fn opens_with_dash(said: &str) -> bool {
    let s = said.trim_start();
    s.starts_with(['—', '–', '…']) || s.starts_with("--") || s.starts_with("...")
}

/// An official's sign-off: a few words, no question ("Thanks, everybody.",
/// "You're welcome.").
pub(crate) fn is_sign_off(said: &str) -> bool {
    is_pleasantry(said)
}

/// An official's turn that opens something new rather than answering on:
/// it thanks someone and goes on, names the last speaker, or turns to new
/// business ("a couple of things at the top", "good afternoon").
pub(crate) fn opens_new(said: &str, last_speaker_first_name: Option<&str>) -> bool {
    let mut end = said.len().min(OPENING_REACH);
    while !said.is_char_boundary(end) {
        end -= 1;
    }
    let head = said[..end].to_ascii_lowercase();
    let first = head.trim_start_matches(['(', '—', '-', ' ', '“', '"']);
    if ["thank", "appreciate", "all right. okay", "okay. thank"].iter().any(|t| first.starts_with(t)) {
        return true;
    }
    const NEW_BUSINESS: [&str; 10] = [
        "at the top",
        "a couple of things",
        "a couple things",
        "a few things",
        "good afternoon",
        "good morning",
        "afternoon, everybody",
        "our next guest",
        "turn it over to",
        "one thing at the top",
    ];
    if NEW_BUSINESS.iter().any(|p| head.contains(p)) {
        return true;
    }
    // "TED Talk. Shalanda's TED Talk.": the host names the guest who spoke.
    let opening: String = said[..end].split_inclusive(['.', '!', '?']).take(2).collect();
    last_speaker_first_name.is_some_and(|n| n.len() > 2 && opening.contains(n))
}

/// The name an official calls on at the end of a turn ("Go ahead, Zeke.",
/// "Zeke, go ahead.", "Aamer, kick it off.", "Yes, Peter.", "Toluse."), if
/// any: never a title ("Go ahead, Mayor."), never one of `officials`' first
/// names (a thanks to a colleague).
pub(crate) fn called_on(said: &str, officials: &[String]) -> Option<String> {
    let last = last_sentence(said)?;
    // "Okay, Rachel. Last one.": the call may stand one sentence before a word on the turn.
    // `last` is a piece of `said`: what comes before it.
    let before = &said[..last.as_ptr() as usize - said.as_ptr() as usize];
    if last.split_whitespace().count() <= 3 && !before.trim().is_empty() {
        if let Some(name) = call_in(last, officials) {
            return Some(name);
        }
        return last_sentence(before).and_then(|s| call_in(s, officials));
    }
    call_in(last, officials)
}

/// The name one sentence calls on, if it is a call.
fn call_in(last: &str, officials: &[String]) -> Option<String> {
    let last = last.trim_end_matches(['.', '!', ' ']);
    let lower = last.to_ascii_lowercase();
    const CUES: [&str; 9] = [
        "go ahead",
        "kick",
        "you're up",
        "you’re up",
        "go first",
        "start",
        "fire away",
        "take it away",
        "take us away",
    ];
    const LEADS: [&str; 10] = ["yes", "yeah", "okay", "ok", "all right", "sure", "and", "then", "next", "go ahead"];
    let name = if let Some(rest) = strip_prefix_ci(last, &lower, "go ahead, ") {
        rest
    } else if let Some((before, tail)) = last.rsplit_once(", ") {
        let lead = before.rsplit(", ").next().unwrap_or(before);
        let t = tail.to_ascii_lowercase();
        if CUES.iter().any(|c| crate::text::contains(&t, c)) || t.trim_end_matches([' ', '?']) == "go" {
            lead
        } else if LEADS.contains(&lead.to_ascii_lowercase().as_str()) {
            tail
        } else {
            return None;
        }
    } else {
        last
    };
    let name = name.trim();
    is_person_name(name, officials).then(|| name.to_string())
}

/// The last sentence of `s` (after the last full stop that ends one: not
/// the period of "Mr." or of an initial).
fn last_sentence(s: &str) -> Option<&str> {
    let s = s.trim_end();
    let body = s.trim_end_matches(['.', '!', '?', ' ']);
    let mut start = 0;
    for (i, c) in body.char_indices().rev() {
        if matches!(c, '.' | '!' | '?') {
            let word = body[..i].rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
            let abbreviation =
                c == '.' && (matches!(word, "Mr" | "Ms" | "Mrs" | "Dr" | "St") || word.chars().count() == 1);
            if !abbreviation {
                start = i + 1;
                break;
            }
        }
    }
    let out = s[start..].trim();
    (!out.is_empty()).then_some(out)
}

fn strip_prefix_ci<'a>(s: &'a str, lower: &str, prefix: &str) -> Option<&'a str> {
    lower.starts_with(prefix).then(|| &s[prefix.len()..])
}

/// One or two capitalised words that are a person's name, not a title, a
/// courtesy or a colleague.
fn is_person_name(name: &str, officials: &[String]) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 {
        return false;
    }
    const NOT_NAMES: [&str; 40] = [
        "okay",
        "ok",
        "yes",
        "yeah",
        "sure",
        "right",
        "thanks",
        "thank",
        "please",
        "go",
        "so",
        "and",
        "but",
        "well",
        "alright",
        "all",
        "absolutely",
        "exactly",
        "correct",
        "good",
        "great",
        "oh",
        "sorry",
        "again",
        "look",
        "hi",
        "hello",
        "everybody",
        "everyone",
        "guys",
        "folks",
        "sir",
        "ma'am",
        "ma’am",
        "no",
        "next",
        "here",
        "there",
        "fine",
        "done",
    ];
    let plain = |w: &str| w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if !words.iter().all(|w| plain(w) && capital(w)) {
        return false;
    }
    let first = words[0].trim_end_matches('.');
    if NOT_NAMES.contains(&first.to_ascii_lowercase().as_str()) {
        return false;
    }
    // "Mr. Feller" is a name; "Mayor", "Admiral", "Mr. Secretary" are not.
    let courtesy = matches!(first, "Mr" | "Ms" | "Mrs" | "Dr");
    if courtesy {
        return words.len() == 2 && !crate::names::is_title_word(words[1]);
    }
    if words.iter().any(|w| crate::names::is_title_word(w)) {
        return false;
    }
    !officials.iter().any(|o| o.split_whitespace().next() == Some(words[0]))
}

/// The full names an official introduces in `said` ("I'm joined by the
/// Secretary of Agriculture, Tom Vilsack", "joined today by Brian Deese"):
/// the last run of two or three capitalised words after the cue, in the
/// cue's sentence.
pub(crate) fn introduced(said: &str) -> Vec<String> {
    const CUES: [&str; 8] = [
        "joined by ",
        "joined today by ",
        "introduce ",
        "welcome back ",
        "turn it over to ",
        "hand it over to ",
        "with us today, ",
        "here with us, ",
    ];
    // Every official's turn is read for the cues: memchr's searchers, made
    // once, rather than a fresh `str::find` searcher per cue and turn (that
    // was a tenth of a parse in wasm).
    static FINDERS: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>> = std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| CUES.iter().map(memchr::memmem::Finder::new).collect());
    let mut out = Vec::new();
    for (cue, finder) in CUES.iter().zip(finders) {
        for at in finder.find_iter(said.as_bytes()) {
            let start = at + cue.len();
            let window = &said[start..];
            let end = window.find(['.', ';', '?']).unwrap_or(window.len()).min(240);
            let mut end = end;
            while !window.is_char_boundary(end) {
                end -= 1;
            }
            if let Some(name) = last_name_run(&window[..end]) {
                if !out.contains(&name) {
                    out.push(name);
                }
            }
        }
    }
    out
}

/// The last run of capitalised words of `s` that reads as a name (two
/// words, or three with a middle initial), not a role.
fn last_name_run(s: &str) -> Option<String> {
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let mut best = None;
    let mut i = 0;
    while i < words.len() {
        let is_cap =
            |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase);
        if !is_cap(words[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < words.len() && (is_cap(words[j]) || (words[j].len() == 2 && words[j].ends_with('.'))) {
            j += 1;
        }
        let run = &words[i..j];
        let tail: Vec<&str> = run.iter().rev().take_while(|w| !crate::names::is_title_word(w)).copied().collect();
        if tail.len() >= 2 {
            let take = if tail.len() >= 3 && tail[1].len() == 2 && tail[1].ends_with('.') { 3 } else { 2 };
            let mut name: Vec<&str> = tail[..take].to_vec();
            name.reverse();
            best = Some(name.join(" "));
        }
        i = j.max(i + 1);
    }
    best
}

/// Carries each call on a reporter to the question that follows it, as an
/// inferred asker: only where the label names nobody, only to the very next
/// item.
pub(crate) fn infer_askers(items: &mut [Item], officials: &[String]) {
    for i in 1..items.len() {
        // The call stands in the turn before the question, or one more back
        // when the official added a word after it ("Phil." then "That
        // investigation will have …").
        let call = (i.saturating_sub(2)..i).rev().find_map(|k| {
            let said = match &items[k] {
                Item::Statement(s) => s.paragraphs.last(),
                Item::Exchange(e) if k + 1 == i => e.answer.paragraphs.last(),
                _ => None,
            };
            let between_is_a_statement = k + 1 == i || matches!(&items[k + 1], Item::Statement(_));
            said.filter(|_| between_is_a_statement).and_then(|s| called_on(s, officials))
        });
        let Some(name) = call else { continue };
        if let Item::Exchange(e) = &mut items[i] {
            if e.asker.name.is_none() && e.asker.outlet.is_none() && !e.follow_up {
                e.asker.name = Some(name);
                e.asker.inferred = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_tell_pleasantries_greetings_and_thanks() {
        assert!(is_pleasantry("Good afternoon."));
        assert!(!is_pleasantry("Any update on the call?"));
        assert!(is_greeting("Hi, Jen."));
        assert!(!is_greeting("— change lead pipes in rural areas."));
        assert!(is_thanks("Thank you, Karine. Thanks, Karine."));
        assert!(!is_thanks("Thank you, Karine. Go Team USA! (Laughter.)"));
    }

    #[test]
    fn should_see_a_turn_that_opens_something_new() {
        assert!(opens_new("Thanks, Admiral. Okay. Now for the boring part of the briefing.", None));
        assert!(opens_new("All right. Okay. Okay. I have a few things at the top.", None));
        assert!(opens_new("TED Talk. Shalanda’s TED Talk. (Laughter.) We love it.", Some("Shalanda")));
        assert!(!opens_new("I think I might just add to that by stating that the numbers speak.", Some("Ken")));
        assert!(!opens_new(
            "Yes. Alister, as you know, the President has said -- as the Secretary just said --",
            Some("Ken")
        ));
    }

    #[test]
    fn should_find_who_is_called_on() {
        let none: &[String] = &[];
        assert_eq!(called_on("That's all I have. Go ahead, Zeke.", none).as_deref(), Some("Zeke"));
        assert_eq!(called_on("With that, Aamer, kick it off.", none).as_deref(), Some("Aamer"));
        assert_eq!(called_on("Not sure of the connection, but okay. Chris.", none).as_deref(), Some("Chris"));
        assert_eq!(called_on("Toluse.", none).as_deref(), Some("Toluse"));
        assert_eq!(called_on("Mr. Feller.", none).as_deref(), Some("Mr. Feller"));
        assert_eq!(called_on("Go ahead. Last question. In the back.", none), None);
        assert_eq!(called_on("And the floor is yours, Mayor.", none), None);
        assert_eq!(called_on("Go ahead, Mr. Secretary.", none), None);
        assert_eq!(called_on("Okay.", none), None);
        assert_eq!(called_on("Thanks, John.", &["John Kirby".to_string()]), None);
        assert_eq!(called_on("Okay, Rachel. Last one.", none).as_deref(), Some("Rachel"));
        assert_eq!(called_on("So, Kathleen, do you want to start?", none).as_deref(), Some("Kathleen"));
        assert_eq!(called_on("Mr. Elliott, take us away.", none).as_deref(), Some("Mr. Elliott"));
        assert_eq!(called_on("I'll take two more. Last one.", none), None);
    }

    #[test]
    fn should_learn_whom_an_official_introduces() {
        assert_eq!(
            introduced("Today I'm joined by the Secretary of Agriculture, Tom Vilsack. He will"),
            ["Tom Vilsack"]
        );
        assert_eq!(introduced("we are joined by National Economic Council Director Brian Deese, who"), ["Brian Deese"]);
    }
}
