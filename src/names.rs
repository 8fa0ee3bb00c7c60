//! Officials' names: each room's built-in table (`rooms/*.rs`), and the
//! reading of a label that gives a surname or a title ("MR. CARNEY",
//! "SECRETARY MAYORKAS", "THE PRESIDENT", "Press Secretary Kobayashi") as
//! the full name of who spoke, from the briefing's own title and
//! introductions first, then from the tables.

use crate::rooms::{self, Room};

/// What an official is, where a label can name the office rather than the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Office {
    /// A spokesperson, press secretary or other regular briefer.
    Briefer,
    /// "THE PRESIDENT".
    President,
    /// "THE VICE PRESIDENT".
    VicePresident,
}

/// A known official.
pub(crate) struct Official {
    /// The name in English, as the institution writes it.
    pub en: &'static str,
    /// The name in Chinese, where there is one (else "").
    pub zh: &'static str,
    /// The office, for labels that name it.
    pub office: Office,
    /// In office from and to, as YYYYMMDD numbers (0 and 99999999 when it
    /// does not matter).
    pub from: u32,
    pub to: u32,
}

impl Official {
    /// In office on `date` (YYYYMMDD; any official when the date is unknown).
    fn serves(&self, date: Option<u32>) -> bool {
        date.is_none_or(|d| (self.from..=self.to).contains(&d))
    }
}

/// An official of any time (`Briefer`).
pub(crate) const fn briefer(en: &'static str, zh: &'static str) -> Official {
    Official { en, zh, office: Office::Briefer, from: 0, to: 99_999_999 }
}

/// An official in `office` between two dates (`"YYYY-MM-DD"`).
pub(crate) const fn in_office(en: &'static str, office: Office, from: &str, to: &str) -> Official {
    Official { en, zh: "", office, from: yyyymmdd(from), to: yyyymmdd(to) }
}

/// `"2021-01-20"` as 20210120, at compile time.
const fn yyyymmdd(date: &str) -> u32 {
    let b = date.as_bytes();
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            n = n * 10 + (b[i] - b'0') as u32;
        }
        i += 1;
    }
    n
}

/// The official a name names in any room's table: the full name in either
/// language (case aside), or a title and surname ("MS. JEAN-PIERRE", "MR
/// PRICE"). The first room's table wins.
pub(crate) fn find(name: &str) -> Option<&'static Official> {
    let name = name.trim();
    // Every label a text has is looked up here; most (outlets) are no one's
    // name, and their length and first letter say so at once.
    if SEEN & sketch(name.as_bytes()) == 0 && surname_of_label(name).is_none() {
        return None;
    }
    find_anywhere(name, None)
}

/// [`find`], the room's own officials first: a text names its own room's
/// officials far more than any other's, and a short table is read at once.
pub(crate) fn find_for(room: &dyn Room, name: &str) -> Option<&'static Official> {
    let name = name.trim();
    find_in(room.officials(), name, None, None).or_else(|| find(name))
}

/// One bit of 64 for a name's length and first byte (ASCII case aside).
const fn sketch(name: &[u8]) -> u64 {
    let first = if name.is_empty() { 0 } else { name[0].to_ascii_lowercase() };
    1 << ((name.len() as u64 * 31 + first as u64) % 64)
}

/// The union of the sketches of every name in every room's table, made at
/// compile time: a name whose sketch is not in it is in no table.
const SEEN: u64 = {
    let mut seen = 0;
    let mut t = 0;
    while t < rooms::TABLES.len() {
        let table = rooms::TABLES[t];
        let mut i = 0;
        while i < table.len() {
            seen |= sketch(table[i].en.as_bytes());
            if !table[i].zh.is_empty() {
                seen |= sketch(table[i].zh.as_bytes());
            }
            i += 1;
        }
        t += 1;
    }
    seen
};

/// [`find`] in every room's table, the officials of `date` (YYYYMMDD) where given.
fn find_anywhere(name: &str, date: Option<u32>) -> Option<&'static Official> {
    let name = name.trim();
    let surname = surname_of_label(name);
    rooms::ALL.iter().find_map(|r| find_in(r.officials(), name, surname, date))
}

/// Looks `name` (or, failing that, its `surname`) up in one table; `date`
/// picks among officials who share a surname.
fn find_in(
    table: &'static [Official],
    name: &str,
    surname: Option<&str>,
    date: Option<u32>,
) -> Option<&'static Official> {
    if let Some(o) = table.iter().find(|o| o.zh == name || o.en.eq_ignore_ascii_case(name)) {
        return Some(o);
    }
    let surname = surname?;
    table.iter().find(|o| o.serves(date) && same_surname(o.en, surname))
}

/// The surname a label gives after its titles: "MR. CARNEY" → "CARNEY",
/// "SECRETARY MAYORKAS" → "MAYORKAS", "Press Secretary Kobayashi" →
/// "Kobayashi", "UNDER SECRETARY BASS" → "BASS". `None` when nothing but
/// titles is left, or the label is not titles and a surname.
pub(crate) fn surname_of_label(label: &str) -> Option<&str> {
    let mut rest = label.trim();
    if !rest.contains([' ', '\u{a0}']) {
        return None;
    }
    let mut titled = false;
    loop {
        let (word, after) = rest.split_once([' ', '\u{a0}']).unwrap_or((rest, ""));
        let bare = word.trim_end_matches('.');
        if after.is_empty() || !is_title_word(bare) {
            break;
        }
        titled = true;
        rest = after.trim_start_matches([' ', '\u{a0}']);
    }
    (titled && !rest.is_empty() && !rest.contains([' ', '\u{a0}'])).then_some(rest)
}

/// A word that names an office rather than a person ("Secretary", "Mr.").
pub(crate) fn is_title_word(w: &str) -> bool {
    let w = w.trim_end_matches('.').as_bytes();
    // Titles are short ASCII words: anything else is not one, without a look.
    if w.len() < 2 || w.len() > 14 || !w[0].is_ascii_alphabetic() {
        return false;
    }
    let mut buf = [0u8; 14];
    for (b, c) in buf.iter_mut().zip(w) {
        *b = c.to_ascii_lowercase();
    }
    let lower = &buf[..w.len()];
    TITLES.binary_search_by(|t| t.as_bytes().cmp(lower)).is_ok()
}

/// The words a label puts before a surname, in lower case, sorted (a binary
/// search is a few bytes of code; a `match` on them was 5 KB of the wasm).
const TITLES: &[&str] = &[
    "administrator",
    "admiral",
    "adviser",
    "advisor",
    "ambassador",
    "assistant",
    "attorney",
    "cabinet",
    "captain",
    "chair",
    "chairman",
    "chairwoman",
    "chief",
    "colonel",
    "commissioner",
    "congressman",
    "congresswoman",
    "coordinator",
    "counselor",
    "deputy",
    "director",
    "dr",
    "envoy",
    "father",
    "foreign",
    "general",
    "governor",
    "judge",
    "justice",
    "lieutenant",
    "major",
    "mayor",
    "minister",
    "miss",
    "mr",
    "mrs",
    "ms",
    "officer",
    "official",
    "president",
    "press",
    "prime",
    "principal",
    "professor",
    "representative",
    "rev",
    "reverend",
    "secretary",
    "senator",
    "senior",
    "sergeant",
    "sister",
    "special",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "surgeon",
    "under",
    "vice",
];

/// `full` ends with `surname` (case aside; one letter off tolerated in a
/// name of six letters or more: "MS. JEAN-PIERE" is Karine Jean-Pierre). Accents and case are
/// compared loosely: "DUJARRIC" is Stéphane Dujarric.
pub(crate) fn same_surname(full: &str, surname: &str) -> bool {
    let last = full.rsplit([' ', '\u{a0}']).next().unwrap_or(full);
    // Japanese names are written surname first in capitals ("KOBAYASHI Maki").
    let first = full.split(' ').next().unwrap_or(full);
    let written_first = first.len() > 1 && first.chars().all(|c| !c.is_lowercase());
    let candidate = if written_first { first } else { last };
    close(candidate, surname)
}

/// Two words equal but for case and at most one letter (for words of six
/// letters or more).
fn close(a: &str, b: &str) -> bool {
    // Most pairs differ at once, or in length: told without folding into memory.
    if a.chars().map(fold_char).eq(b.chars().map(fold_char)) {
        return true;
    }
    let (na, nb) = (a.chars().count(), b.chars().count());
    if na.min(nb) < 6 || na.abs_diff(nb) > 1 {
        return false;
    }
    let fold = |s: &str| -> Vec<char> { s.chars().map(fold_char).collect() };
    let (a, b) = (fold(a), fold(b));
    // One substitution, insertion or deletion.
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let mut i = 0;
    while i < short.len() && short[i] == long[i] {
        i += 1;
    }
    if short.len() == long.len() { short[i + 1..] == long[i + 1..] } else { short[i..] == long[i + 1..] }
}

/// Lower case, accents dropped, for the letters names are written in.
fn fold_char(c: char) -> char {
    match c {
        'à'..='å' | 'À'..='Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è'..='ë' | 'È'..='Ë' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' => 'u',
        '’' => '\'',
        _ => c.to_ascii_lowercase(),
    }
}

/// Resolves the labels of one transcript to full names: the names its title
/// and introductions give, then its room's table, then every room's.
pub(crate) struct Names {
    /// Full names from the title and introductions, in order.
    pub known: Vec<String>,
    /// The title, where an office in a label may stand before a name
    /// ("NATO Secretary General" in "… with NATO Secretary General Jens
    /// Stoltenberg").
    title: String,
    room: &'static dyn Room,
    /// The briefing's date, YYYYMMDD.
    date: Option<u32>,
    /// Labels resolved since a name was last learnt: a briefing repeats the
    /// same few labels hundreds of times, and reading the tables for each
    /// was a quarter of a parse. (A list: a briefing has a few dozen labels.)
    memo: std::cell::RefCell<Vec<(String, Option<String>)>>,
}

impl Names {
    pub fn new(room: &'static dyn Room, title_names: Vec<String>, title: Option<&str>, date: Option<&str>) -> Names {
        let date = date.and_then(|d| d.replace('-', "").parse().ok());
        Names { known: title_names, title: title.unwrap_or_default().to_string(), room, date, memo: Default::default() }
    }

    /// Adds the people an official introduces ("I'm joined by Brian Deese,
    /// Director of the National Economic Council").
    pub fn learn(&mut self, name: String) {
        if !self.known.iter().any(|k| k == &name) {
            self.known.push(name);
            self.memo.get_mut().clear();
        }
    }

    /// The full name a label stands for, or `None` when nothing says it.
    pub fn resolve(&self, label: &str) -> Option<String> {
        let label = label.trim();
        if let Some((_, full)) = self.memo.borrow().iter().find(|(l, _)| l == label) {
            return full.clone();
        }
        let full = self.resolve_anew(label);
        self.memo.borrow_mut().push((label.to_string(), full.clone()));
        full
    }

    /// [`Names::resolve`] without the memo.
    fn resolve_anew(&self, label: &str) -> Option<String> {
        if let Some(office) = office_of(label) {
            let date = self.date;
            let holder = |r: &dyn Room| r.officials().iter().find(|o| o.office == office && o.serves(date));
            return holder(self.room).or_else(|| rooms::ALL.iter().find_map(|r| holder(*r))).map(|o| o.en.to_string());
        }
        if let Some(k) = self.known.iter().find(|k| k.eq_ignore_ascii_case(label)) {
            return Some(k.clone());
        }
        // A role alone ("Spokesman", "PRESS SECRETARY") stands for the briefer the header names first.
        if label.split_whitespace().all(is_title_word) {
            return self.known.first().cloned();
        }
        // A full name in capitals ("KARINE JEAN-PIERRE"), as a table writes it.
        if let Some(o) = find_for(self.room, label).filter(|o| o.en.eq_ignore_ascii_case(label)) {
            return Some(o.en.to_string());
        }
        if let Some(name) = self.named_in_title(label) {
            return Some(name);
        }
        let surname = surname_of_label(label)?;
        if let Some(k) = self.known.iter().find(|k| same_surname(k, surname)) {
            return Some(k.clone());
        }
        find_in(self.room.officials(), label, Some(surname), self.date)
            .or_else(|| find_anywhere(label, self.date))
            .map(|o| o.en.to_string())
    }
}

impl Names {
    /// The name the title gives right after an office a label names ("NATO
    /// Secretary General" → "Jens Stoltenberg").
    fn named_in_title(&self, label: &str) -> Option<String> {
        if label.split_whitespace().count() < 2 || !label.split_whitespace().any(is_title_word) {
            return None;
        }
        let at = crate::rooms::find_ignore_case(&self.title, label)?;
        let after = &self.title[at + label.len()..];
        let words: Vec<&str> = after
            .split_whitespace()
            .take(3)
            .take_while(|w| w.starts_with(char::is_uppercase) && !is_title_word(w))
            .map(|w| w.trim_end_matches([',', ';']))
            .collect();
        (words.len() >= 2).then(|| words[..words.len().min(3)].join(" "))
    }
}

/// The office a label names instead of a person ("THE PRESIDENT").
fn office_of(label: &str) -> Option<Office> {
    let l = label.strip_prefix("THE ").or_else(|| label.strip_prefix("The ")).unwrap_or(label);
    if l.eq_ignore_ascii_case("president") {
        Some(Office::President)
    } else if l.eq_ignore_ascii_case("vice president") {
        Some(Office::VicePresident)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_find_names_in_either_language_and_any_case() {
        assert_eq!(find("Hua chunying").unwrap().zh, "华春莹");
        assert_eq!(find("赵立坚").unwrap().en, "Zhao Lijian");
        assert!(find("Reuters").is_none());
        assert_eq!(find("MS. JEAN-PIERRE").unwrap().en, "Karine Jean-Pierre");
        assert_eq!(find("MR PRICE").unwrap().en, "Ned Price");
    }

    #[test]
    fn should_keep_the_titles_sorted_for_their_binary_search() {
        assert!(TITLES.windows(2).all(|w| w[0] < w[1]), "TITLES should be sorted and distinct");
    }

    #[test]
    fn should_read_the_surname_after_the_titles() {
        assert_eq!(surname_of_label("MR. CARNEY"), Some("CARNEY"));
        assert_eq!(surname_of_label("UNDER SECRETARY BASS"), Some("BASS"));
        assert_eq!(surname_of_label("Press Secretary Kobayashi"), Some("Kobayashi"));
        assert_eq!(surname_of_label("AIDE"), None);
        assert_eq!(surname_of_label("Xinhua News Agency"), None);
    }

    #[test]
    fn should_tolerate_one_letter_off_in_a_long_surname() {
        assert!(same_surname("Karine Jean-Pierre", "JEAN-PIERE"));
        assert!(same_surname("Stéphane Dujarric", "DUJARRIC"));
        assert!(!same_surname("Jay Carney", "CARTER"));
        assert!(!same_surname("Ned Price", "PRICK"));
    }

    #[test]
    fn should_resolve_a_label_from_the_title_before_the_tables() {
        let room = rooms::by_id("us-wh").unwrap();
        let names = Names::new(room, vec!["Jake Sullivan".into()], None, Some("2022-03-01"));
        assert_eq!(names.resolve("MR. SULLIVAN").as_deref(), Some("Jake Sullivan"));
        assert_eq!(names.resolve("MS. PSAKI").as_deref(), Some("Jen Psaki"));
        assert_eq!(names.resolve("THE PRESIDENT").as_deref(), Some("Joe Biden"));
        assert_eq!(names.resolve("AIDE"), None);
        let t = "Interview with NATO Secretary General Jens Stoltenberg by Deutsche Welle";
        let names = Names::new(rooms::by_id("dialogue").unwrap(), Vec::new(), Some(t), None);
        assert_eq!(names.resolve("NATO Secretary General").as_deref(), Some("Jens Stoltenberg"));
    }
}
