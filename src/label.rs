//! Speaker labels: "Q:", "A:", "Follow-up:", "Xinhua News Agency:",
//! "Bloomberg reporter:", "Wang Wenbin:", "问：", "答：", "追问：",
//! "路透社记者：", "赵立坚：".
//!
//! A label is the start of a line, up to the first colon of any width
//! (`:` `：` `﹕` `∶` `︰`), that names a speaker. A sentence that merely ends
//! in a colon ("I want to stress three points:") is not a label: the name
//! before the colon must be short, carry no sentence punctuation, and read as
//! a role, a known spokesperson, or an outlet (capitalised words, or Chinese
//! ending in 记者).

use crate::lines::{Line, is_space};
use crate::names;
use crate::rooms::{Room, Verdict};

/// Which side of an exchange a label opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A question from a named or unnamed asker.
    Question,
    /// A question from whoever asked last ("Follow-up:", "追问：").
    FollowUp,
    /// The spokesperson speaking.
    Answer,
}

/// A recognised label.
#[derive(Debug, Clone)]
pub(crate) struct Label {
    pub role: Role,
    /// The label's text (without its colon), as written.
    pub name_start: usize,
    pub name_end: usize,
    /// First byte of the text after the colon (and its white space).
    pub rest_start: usize,
    /// The asking outlet, for a question label.
    pub outlet: Option<String>,
    /// The asking reporter's name, where given.
    pub person: Option<String>,
    /// The answering speaker, for an answer label; `None` means "the
    /// spokesperson of the header" (a bare "A:").
    pub speaker: Option<String>,
    /// A bare role word ("reporter:", "记者："): the outlet may stand on the
    /// line before, split from its label by a machine translation.
    pub bare: bool,
    /// Staff on the officials' side (`AIDE:`, `OPERATOR:`): part of an
    /// answer when it falls inside one, never its speaker.
    pub staff: bool,
}

/// Every width of colon a label may end with.
pub(crate) const COLONS: [char; 6] = [':', '：', '﹕', '∶', '︰', '︓'];

/// Invisible format characters (bidi controls, marks) that may stand in a
/// name without changing what it names.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{061c}')
}
/// Longest label name considered, in characters.
const MAX_NAME_CHARS: usize = 64;

/// Recognises a label at the start of `line`, given the spokespersons named
/// in the header and the room the text is read as.
pub(crate) fn detect(text: &str, line: &Line, spokespersons: &[String], room: &dyn Room) -> Option<Label> {
    let content = line.content(text);
    if let Some(l) = room.line_label(content, line) {
        return Some(l);
    }
    let (colon_at, colon) = first_colon(content, MAX_NAME_CHARS)?;
    let raw_name = &content[..colon_at];
    let name = raw_name.trim_end_matches(is_space);
    if name.is_empty() {
        return None;
    }
    let after = &content[colon_at + colon.len_utf8()..];
    let rest_start =
        line.content_start + colon_at + colon.len_utf8() + (after.len() - after.trim_start_matches(is_space).len());
    // Bidi controls in a name do not change who it names (the label keeps them as written).
    let clean: String;
    let name_for_reading = if name.contains(is_format) {
        clean = name.chars().filter(|c| !is_format(*c)).collect();
        clean.trim_matches(is_space)
    } else {
        name
    };
    if name_for_reading.is_empty() {
        return None;
    }
    let mut label = match room.name_label(name_for_reading, spokespersons) {
        Verdict::Label(l) => l,
        Verdict::Text => return None,
        Verdict::Shared => classify(name_for_reading, spokespersons, room)?,
    };
    label.name_start = line.content_start;
    label.name_end = line.content_start + name.len();
    label.rest_start = rest_start;
    Some(label)
}

/// The first colon of `s` (any of [`COLONS`]) with at most `max_chars`
/// characters before it, and where it is. Called on every line: it looks
/// only at the bytes that can begin a colon (`:`, and the lead bytes 0xE2
/// and 0xEF of the others), found with memchr, not at every character.
fn first_colon(s: &str, max_chars: usize) -> Option<(usize, char)> {
    let b = s.as_bytes();
    // `max_chars` characters take at most four bytes each.
    let reach = b.len().min(4 * (max_chars + 1));
    let mut from = 0;
    loop {
        let i = from + crate::text::find3(b':', 0xE2, 0xEF, &b[from..reach])?;
        // These bytes are ASCII or lead bytes: `i` is a character boundary.
        let c = s[i..].chars().next()?;
        if COLONS.contains(&c) {
            return (s[..i].chars().count() <= max_chars).then_some((i, c));
        }
        from = i + 1;
    }
}

/// An answer label standing for an unlabelled answer (speaker as given).
pub(crate) fn implied_answer(speaker: Option<String>) -> Label {
    Label { speaker, ..new(Role::Answer) }
}

/// A line that opens like a label ("Remarks:", "Wang Yi's aide:") but that
/// [`detect`] did not take for one: where its name ends, for a diagnostic.
/// Only a short capitalised name counts, so ordinary sentences that hold a
/// colon ("I want to stress three points:") are not reported.
pub(crate) fn looks_like_label(content: &str) -> Option<usize> {
    let (at, _) = first_colon(content, 31)?;
    let name = content[..at].trim_end_matches(is_space);
    let words = name.split_whitespace().count();
    let capital = name.chars().next().is_some_and(|c| c.is_uppercase());
    let plain = name.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '\'' || c == '’' || c == '-' || c == '.');
    (capital && plain && (1..=4).contains(&words) && at + 1 < content.len()).then_some(name.len())
}

/// A label of `role` whose spans the caller sets.
pub(crate) fn new(role: Role) -> Label {
    Label {
        role,
        name_start: 0,
        name_end: 0,
        rest_start: 0,
        outlet: None,
        person: None,
        speaker: None,
        bare: false,
        staff: false,
    }
}

/// An official's label: the answering side, the speaker as written.
pub(crate) fn official(name: &str) -> Label {
    implied_answer(Some(name.to_string()))
}

/// A name in capitals, as US transcripts label officials ("MS. PSAKI",
/// "SECRETARY MAYORKAS", "THE PRESIDENT", "AIDE"): letters, and the
/// periods, hyphens and apostrophes of names, no lower case.
pub(crate) fn is_capitals_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_alphabetic())
        && name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| {
            (c.is_alphabetic() && !c.is_lowercase()) || matches!(c, ' ' | '\u{a0}' | '.' | '-' | '\'' | '’' | '(' | ')')
        })
        && name.split(is_space).filter(|w| !w.is_empty()).count() <= 6
}

/// The shared reading of a label name: role words of every language, known
/// spokespersons, Chinese and English askers.
pub(crate) fn classify(name: &str, spokespersons: &[String], room: &dyn Room) -> Option<Label> {
    if name
        .chars()
        .any(|c| matches!(c, ',' | '，' | '。' | '?' | '？' | '!' | '！' | ';' | '；' | '、' | '[' | ']' | '【' | '】'))
    {
        return None;
    }
    let lower = name.to_ascii_lowercase();
    match lower.as_str() {
        "q" | "question" | "问" | "提问" => return Some(new(Role::Question)),
        "a" | "answer" | "答" | "回答" | "spokesperson" | "发言人" => return Some(new(Role::Answer)),
        // Briefings where the speaker is named by role (the UN noon briefing, a moderated call);
        // "Correspondent:" there is whoever asked last, going on (below).
        "spokesman"
        | "spokeswoman"
        | "deputy spokesperson"
        | "associate spokesperson"
        | "deputy spokesman"
        | "press secretary"
        | "moderator"
        | "主持人" => {
            let mut l = new(Role::Answer);
            l.speaker = Some(name.to_string());
            return Some(l);
        }
        "follow-up"
        | "follow up"
        | "followup"
        | "follow-up question"
        | "journalist clarifies"
        | "reporter clarifies"
        | "记者追问"
        | "记者回答"
        | "记者澄清" => return Some(new(Role::FollowUp)),
        "journalist" | "reporter" | "correspondent" | "记者" => {
            let mut l = new(Role::FollowUp);
            l.bare = true;
            return Some(l);
        }
        _ => {}
    }
    if lower.starts_with("the following question") || lower.starts_with("question raised after") {
        return Some(new(Role::Question));
    }
    if let Some(n) = name.strip_prefix("追问") {
        if n.chars().all(|c| "一二三四五六七八九十0123456789".contains(c)) {
            return Some(new(Role::FollowUp));
        }
    }
    if let Some(speaker) = spokesperson(name, spokespersons, room) {
        let mut l = new(Role::Answer);
        l.speaker = Some(speaker);
        return Some(l);
    }
    if is_cjk_name(name) {
        return chinese_asker(name);
    }
    english_asker(name)
}

/// The spokesperson a label names, spelled as the header spells it when the
/// header names them, else as the built-in table does.
fn spokesperson(name: &str, spokespersons: &[String], room: &dyn Room) -> Option<String> {
    if let Some(s) = spokespersons.iter().find(|s| s.eq_ignore_ascii_case(name) || s.as_str() == name) {
        return Some(s.clone());
    }
    let known = names::find_for(room, name)?;
    Some(if name.is_ascii() { known.en } else { known.zh }.to_string())
}

fn is_cjk_name(name: &str) -> bool {
    name.chars().any(crate::text::is_cjk)
}

/// "路透社记者：", "英国《金融时报》记者：", "路透社记者张三：".
fn chinese_asker(name: &str) -> Option<Label> {
    if name.chars().count() > 24 {
        return None;
    }
    let at = name.rfind("记者")?;
    let outlet = name[..at].trim_matches(is_space);
    let person = name[at + "记者".len()..].trim_matches(is_space);
    if outlet.is_empty() || person.chars().count() > 4 {
        return None;
    }
    let mut l = new(Role::Question);
    l.outlet = Some(outlet.to_string());
    l.person = (!person.is_empty()).then(|| person.to_string());
    Some(l)
}

const ROLE_WORDS: [&str; 3] = ["reporter", "correspondent", "journalist"];
const CONNECTORS: [&str; 20] = [
    "of", "the", "and", "for", "de", "du", "des", "la", "le", "el", "in", "on", "&", "-", "y", "von", "van", "der",
    "da", "di",
];
const NOT_SPEAKERS: [&str; 24] = [
    "note",
    "source",
    "update",
    "updated",
    "correction",
    "date",
    "time",
    "location",
    "photo",
    "video",
    "tags",
    "attachment",
    "keywords",
    "subject",
    "topic",
    "example",
    "first",
    "second",
    "third",
    "finally",
    "firstly",
    "secondly",
    "lastly",
    "summary",
];

/// "Xinhua News Agency", "Bloomberg reporter", "\"Macao Monthly\" reporter",
/// "Reuters (Ben Blanchard)", "MR PRICE".
fn english_asker(name: &str) -> Option<Label> {
    let words: Vec<&str> = name.split(is_space).filter(|w| !w.is_empty()).collect();
    // "1:45 P.M." is a time, not a speaker: a name has letters.
    if words.is_empty() || words.len() > 8 || name.len() > 80 || !name.chars().any(char::is_alphabetic) {
        return None;
    }
    if words.len() == 1 && NOT_SPEAKERS.contains(&words[0].to_ascii_lowercase().as_str()) {
        return None;
    }
    // A US-style answer label: "MR PRICE", "MS. PSAKI", "SECRETARY BLINKEN".
    let upper = name.chars().any(|c| c.is_alphabetic()) && !name.chars().any(|c| c.is_lowercase());
    if upper && words.len() >= 2 {
        let first = words[0].trim_end_matches('.');
        if ["MR", "MS", "MRS", "DR", "SECRETARY", "AMBASSADOR", "SPOKESPERSON", "MODERATOR"].contains(&first) {
            let mut l = new(Role::Answer);
            l.speaker = Some(name.to_string());
            return Some(l);
        }
    }
    let mut words = words;
    let mut person = None;
    if let Some(i) = words.iter().position(|w| ROLE_WORDS.contains(&w.to_ascii_lowercase().as_str())) {
        if i + 1 < words.len() {
            person = Some(words[i + 1..].join(" "));
        }
        words.truncate(i);
        if words.is_empty() {
            return None;
        }
    } else if let (Some(open), true) = (name.find('('), name.ends_with(')')) {
        let inner = name[open + 1..name.len() - 1].trim();
        if !inner.is_empty() {
            person = Some(inner.to_string());
        }
        let outlet = name[..open].trim_end();
        words = outlet.split(is_space).filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return None;
        }
    }
    if !words.iter().all(|w| is_name_word(w))
        || words.iter().all(|w| CONNECTORS.contains(&w.to_ascii_lowercase().as_str()))
    {
        return None;
    }
    let outlet = words.join(" ");
    let outlet = outlet.trim_matches(|c| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’'));
    let mut l = new(Role::Question);
    l.outlet = Some(outlet.to_string());
    l.person = person;
    Some(l)
}

/// A capitalised word, a number, a quoted or bracketed name, or a connector.
fn is_name_word(w: &str) -> bool {
    if CONNECTORS.contains(&w.to_ascii_lowercase().as_str()) {
        return true;
    }
    let w = w.trim_start_matches(['"', '“', '\'', '‘', '《', '(', '«']);
    match w.chars().next() {
        Some(c) => c.is_uppercase() || c.is_ascii_digit(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn label(s: &str) -> Option<Label> {
        let lines = split(s);
        let room = crate::rooms::by_id("cn-mfa").unwrap();
        detect(s, &lines[0], &["Wang Wenbin".to_string(), "陆慷".to_string()], room)
    }

    #[test]
    fn should_read_q_and_a_labels() {
        assert_eq!(label("Q: Any comment?").unwrap().role, Role::Question);
        assert_eq!(label("A: No.").unwrap().role, Role::Answer);
        assert_eq!(label("　　问：有何评论？").unwrap().role, Role::Question);
        assert_eq!(label("　　答：没有。").unwrap().role, Role::Answer);
    }

    #[test]
    fn should_read_outlets_in_both_languages() {
        assert_eq!(label("Xinhua News Agency: How").unwrap().outlet.as_deref(), Some("Xinhua News Agency"));
        assert_eq!(label("Bloomberg reporter: x").unwrap().outlet.as_deref(), Some("Bloomberg"));
        assert_eq!(label("\"Macao Monthly\" reporter: x").unwrap().outlet.as_deref(), Some("Macao Monthly"));
        assert_eq!(label("　　路透社记者：x").unwrap().outlet.as_deref(), Some("路透社"));
        assert_eq!(label("英国《金融时报》记者：x").unwrap().outlet.as_deref(), Some("英国《金融时报》"));
        let l = label("Reuters (Ben Blanchard): x").unwrap();
        assert_eq!((l.outlet.as_deref(), l.person.as_deref()), (Some("Reuters"), Some("Ben Blanchard")));
    }

    #[test]
    fn should_read_spokespersons_in_any_case() {
        let l = label("  Wang Wenbin: Regarding").unwrap();
        assert_eq!((l.role, l.speaker.as_deref()), (Role::Answer, Some("Wang Wenbin")));
        assert_eq!(label("Hua chunying: x").unwrap().speaker.as_deref(), Some("Hua Chunying"));
        assert_eq!(label("　　赵立坚：x").unwrap().speaker.as_deref(), Some("赵立坚"));
    }

    #[test]
    fn should_read_a_spokesperson_named_by_role_in_any_room() {
        for s in ["Associate Spokesperson: Thank you.", "Deputy Spokesperson: Yes.", "Spokesman: Good afternoon."] {
            let l = label(s).unwrap();
            assert_eq!((l.role, l.speaker.as_deref()), (Role::Answer, s.split(':').next()), "{s}");
        }
    }

    #[test]
    fn should_read_follow_ups() {
        for s in ["Follow-up: x", "追问：x", "追问一：x", "Journalist clarifies: x"] {
            assert_eq!(label(s).unwrap().role, Role::FollowUp, "{s}");
        }
        assert!(label("reporter: First question").unwrap().bare);
    }

    #[test]
    fn should_not_take_a_sentence_ending_in_a_colon_for_a_label() {
        for s in [
            "I want to stress three points: first",
            "What the international community knows clearly is that: the US",
            "正如王毅国务委员指出的，此次外长会主要对外发出了四个信息：一是",
            "向大家通报一组数字：根据",
            "来源：",
            "[字体：大 中 小]",
            "Note: this is",
            "The resolution was passed by 169:2",
        ] {
            assert!(label(s).is_none(), "{s}");
        }
    }

    #[test]
    fn should_report_lines_that_only_look_like_labels() {
        assert_eq!(looks_like_label("First: China never interferes."), Some(5));
        assert_eq!(looks_like_label("I want to stress three points: first"), None);
        assert_eq!(looks_like_label("The resolution was passed by 169:2"), None);
    }

    #[test]
    fn should_give_the_text_after_the_label() {
        let s = "Q:   Any comment?";
        let l = label(s).unwrap();
        assert_eq!(&s[l.rest_start..], "Any comment?");
        assert_eq!(&s[l.name_start..l.name_end], "Q");
    }
}
