//! Finding the places and topics in a text: one pass over the bytes, no
//! allocation, no regex.
//!
//! English: each word (a run of ASCII letters and digits) is packed into a
//! number while it is read and hashed once at its end; a bit in a small
//! filter (2 KB, in the L1 cache) says whether any form may start with that
//! word — for most words none does, and that is all the work. Otherwise the
//! hash finds, in an open-addressing table, the forms starting with the
//! word, longest first, and the first that matches the text from there wins
//! (several spaces or a line break match a space; a form in lower case may
//! take a plural "s"). Chinese: the same with the first two characters of
//! the text at each character; then the form's conditions are checked (see
//! `places.rs`). A match is consumed, so 朝鲜半岛 is the peninsula and not
//! also 朝鲜.

use std::sync::OnceLock;

use super::countries::COUNTRIES;
use super::others::{COMPOUNDS, ORGANIZATIONS, REGIONS, TERRITORIES};
use super::places::{Row, form};
use super::topics::TOPICS;

/// How an English form matches the case of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// An acronym ("US", "G20"): only as written.
    Exact,
    /// A name ("China", "South Korea"): as written or all in capitals.
    Name,
    /// A word in lower case ("trade"): any case.
    Any,
}

/// One form, ready to match: what it names and when it applies.
#[derive(Debug)]
pub(crate) struct Entry {
    text: &'static str,
    places: Small<u16, 4>,
    topics: Small<u8, 3>,
    case: Case,
    /// Length of the first word (English).
    first: u8,
    /// What follows the first word, as [`follow_at`] reads it; 0 for a form of one word.
    follow: u16,
    /// English: the first eight bytes of the first word (zero past its
    /// end), as written and in capitals. Chinese: bytes 6 to 14 of the form
    /// in `raw8` (the first six are the key).
    raw8: u64,
    upper8: u64,
    weak: bool,
    /// Ends in 方 ("the … side"): not before 式, 案, 面, … (see `fang_vetoed`).
    fang: bool,
    not_before: &'static str,
    not_after: &'static str,
}

/// Up to `N` values inline (no pointer to follow on a hit).
#[derive(Debug, Clone, Copy)]
struct Small<T: Copy + Default, const N: usize> {
    len: u8,
    values: [T; N],
}

impl<T: Copy + Default + PartialEq, const N: usize> Small<T, N> {
    fn from(values: &[T]) -> Small<T, N> {
        assert!(values.len() <= N, "too many values for one form");
        let mut s = Small { len: values.len() as u8, values: [T::default(); N] };
        s.values[..values.len()].copy_from_slice(values);
        s
    }

    fn get(&self) -> &[T] {
        &self.values[..self.len as usize]
    }
}

/// A bucket of the open-addressing tables: a key and a range of entries.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    key: u64,
    start: u32,
    end: u32,
}

/// All the tables, indexed for matching.
pub(crate) struct Index {
    /// Every place row, in table order; entries name them by position.
    pub rows: Vec<&'static Row>,
    en: Vec<Entry>,
    en_slots: Vec<Slot>,
    zh: Vec<Entry>,
    zh_slots: Vec<Slot>,
    /// Filters: may a form start with the word (the two characters) of this
    /// hash? For a word in lower case only forms in lower case can match,
    /// so it has a filter of its own ("us" and "who" are not looked up).
    /// May a form start here? For a word in lower case only a form in lower
    /// case can (its hash is taken with [`LOWER`]); a plural "s" is in it.
    filter: Filter,
    /// Finer filters for the few positions that pass: a form of one word;
    /// the first word of a longer form with what follows it (see
    /// [`follow_at`]); a Chinese form of two characters; the first eight
    /// bytes of a longer one.
    fine: [Filter; 4],
}

/// A bit per hash value (its top 16 bits; 8 KB): set for the keys of the table.
#[derive(Debug)]
struct Filter([u64; 1024]);

impl Filter {
    fn new(keys: impl Iterator<Item = u64>) -> Filter {
        let mut f = Filter([0; 1024]);
        for h in keys {
            let bit = (h >> 48) as usize;
            f.0[bit / 64] |= 1 << (bit % 64);
        }
        f
    }

    #[inline(always)]
    fn may_have(&self, h: u64) -> bool {
        let bit = (h >> 48) as usize;
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// The index, built on first use.
pub(crate) fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
}

/// ASCII letters and digits to lower case; 0 for every other byte.
static WORD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            t[i] = b.to_ascii_lowercase();
        }
        i += 1;
    }
    t
};

const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

/// `MASKS[n]` keeps the first `n` bytes of a little-endian `u64` (all for 8).
const MASKS: [u64; 9] = {
    let mut m = [u64::MAX; 9];
    let mut i = 0;
    while i < 8 {
        m[i] = (1u64 << (8 * i)) - 1;
        i += 1;
    }
    m
};

/// The first eight bytes at `i` (zero past the end), little-endian.
#[inline(always)]
fn load8(b: &[u8], i: usize) -> u64 {
    match b.get(i..i + 8) {
        Some(k) => u64::from_le_bytes(k.try_into().unwrap_or_default()),
        None => b[i.min(b.len())..].iter().rev().fold(0, |k, &c| k << 8 | c as u64),
    }
}

/// The hash of a word of `len` bytes whose first eight bytes are `first8`,
/// case folded (setting bit 5 folds the case of an ASCII letter and leaves
/// a digit as it is).
#[inline(always)]
fn word_hash(first8: u64, len: usize) -> u64 {
    ((first8 | 0x2020_2020_2020_2020) & MASKS[if len < 8 { len } else { 8 }] ^ (len as u64) << 58).wrapping_mul(MIX)
}

/// [`word_hash`] of a word on its own.
fn hash_word(word: &[u8]) -> u64 {
    word_hash(load8(word, 0), word.len())
}

/// Whether a word of `len` bytes ending in `last` is taken for a plural.
#[inline(always)]
fn plural(len: usize, last: u8) -> bool {
    (len > 3) & (last | 0x20 == b's')
}

/// Mixed into the hash of a word in lower case.
const LOWER: u64 = 0x5555_0000_0000_0000;

/// A word's hash combined with what follows it.
#[inline(always)]
fn then_follow(h: u64, follow: u16) -> u64 {
    (h ^ follow as u64).wrapping_mul(MIX)
}

/// The first word of a form: its leading ASCII letters and digits.
fn first_word(text: &str) -> &[u8] {
    let b = text.as_bytes();
    &b[..b.iter().position(|&c| WORD[c as usize] == 0).unwrap_or(b.len())]
}

/// The first six bytes (two CJK characters) of `b`, as a number.
#[inline(always)]
fn zh_key(b: &[u8]) -> u64 {
    load8(b, 0) & 0xFFFF_FFFF_FFFF
}

/// The hash of a [`zh_key`].
#[inline(always)]
fn zh_hash(key: u64) -> u64 {
    (key ^ 0xA5).wrapping_mul(MIX)
}

fn slot_of(h: u64, mask: usize) -> usize {
    (h >> 24) as usize & mask
}

impl Index {
    fn build() -> Index {
        let rows: Vec<&'static Row> = [COUNTRIES, TERRITORIES, REGIONS, ORGANIZATIONS].into_iter().flatten().collect();
        let row_of = |code: &str| rows.iter().position(|r| r.code == code).expect("compound names a known code") as u16;
        // What each form names: a row, a compound (several rows) or a topic.
        #[derive(Clone, Copy)]
        enum Names {
            Row(u16),
            Compound(usize),
            Topic(u8),
        }
        let mut specs: Vec<(super::places::Form, &'static str, Names)> = Vec::with_capacity(4096);
        for (i, r) in rows.iter().enumerate() {
            specs.extend(r.en.iter().chain(r.zh).map(|&f| (form(f), f, Names::Row(i as u16))));
        }
        specs.extend(COMPOUNDS.iter().enumerate().map(|(i, c)| (form(c.form), c.form, Names::Compound(i))));
        for (i, t) in TOPICS.iter().enumerate() {
            specs.extend(t.en.iter().chain(t.zh).map(|&f| (form(f), f, Names::Topic(i as u8))));
        }
        // One entry per form: the same form in two tables names both.
        crate::order::sort_by(&mut specs, |a, b| a.0.text.cmp(b.0.text).then(a.1.cmp(b.1)));
        let mut entries: Vec<Entry> = Vec::with_capacity(specs.len());
        let mut k = 0;
        while k < specs.len() {
            let f = specs[k].0;
            let (mut places, mut topics) = (Vec::new(), Vec::new());
            while k < specs.len() && specs[k].0.text == f.text {
                match specs[k].2 {
                    Names::Row(r) => places.push(r),
                    Names::Compound(c) => places.extend(COMPOUNDS[c].codes.iter().map(|&c| row_of(c))),
                    Names::Topic(t) => topics.push(t),
                }
                k += 1;
            }
            let mut seen = Vec::new();
            places.retain(|p| {
                !seen.contains(p) && {
                    seen.push(*p);
                    true
                }
            });
            topics.dedup();
            let b = f.text.as_bytes();
            let case = if !b.iter().any(u8::is_ascii_lowercase) {
                Case::Exact
            } else if b.iter().any(u8::is_ascii_uppercase) {
                Case::Name
            } else {
                Case::Any
            };
            entries.push(Entry {
                text: f.text,
                places: Small::from(&places),
                topics: Small::from(&topics),
                case,
                first: first_word(f.text).len() as u8,
                raw8: if b[0].is_ascii_alphanumeric() {
                    load8(first_word(f.text), 0)
                } else {
                    load8(&b[6.min(b.len())..], 0)
                },
                upper8: load8(&first_word(f.text).to_ascii_uppercase(), 0),
                follow: follow_at(f.text.as_bytes(), first_word(f.text).len()),
                weak: f.weak,
                fang: f.text.ends_with('方'),
                not_before: f.not_before,
                not_after: f.not_after,
            });
        }
        let (mut en, mut zh): (Vec<Entry>, Vec<Entry>) =
            entries.into_iter().partition(|e| e.text.as_bytes()[0].is_ascii_alphanumeric());
        // Group by key, longest first within a group.
        crate::order::sort_by_cached_key(&mut en, |e| {
            (first_word(e.text).to_ascii_lowercase(), std::cmp::Reverse(e.text.len()))
        });
        crate::order::sort_by(&mut zh, |a, b| {
            a.text.as_bytes()[..6].cmp(&b.text.as_bytes()[..6]).then(b.text.len().cmp(&a.text.len()))
        });
        let en_slots = slots(
            &en,
            |a, b| first_word(a.text).eq_ignore_ascii_case(first_word(b.text)),
            |e| hash_word(first_word(e.text)),
            |h| h,
        );
        let zh_slots =
            slots(&zh, |a, b| a.text.as_bytes()[..6] == b.text.as_bytes()[..6], |e| zh_key(e.text.as_bytes()), zh_hash);
        // The first word of each English form as the scan hashes it: as
        // written, and with a plural "s"; in lower case for a form in lower case.
        let mut keys: Vec<u64> = Vec::new();
        for e in &en {
            let w = first_word(e.text);
            let seeds: &[u64] = if e.case == Case::Any { &[0, LOWER] } else { &[0] };
            let mut plural = w.to_vec();
            plural.push(b's');
            for &seed in seeds {
                keys.push(hash_word(w) ^ seed);
                if w.last().is_some_and(u8::is_ascii_lowercase) {
                    keys.push(hash_word(&plural) ^ seed);
                }
            }
        }
        keys.extend(zh.iter().map(|e| zh_hash(zh_key(e.text.as_bytes()))));
        let filter = Filter::new(keys.into_iter());
        let (single, multi): (Vec<&Entry>, Vec<&Entry>) = en.iter().partition(|e| e.follow == 0);
        let one_word = Filter::new(single.iter().map(|e| hash_word(e.text.as_bytes())));
        let words = Filter::new(multi.iter().map(|e| then_follow(hash_word(first_word(e.text)), e.follow)));
        let (short, long): (Vec<&Entry>, Vec<&Entry>) = zh.iter().partition(|e| e.text.len() == 6);
        let two_chars = Filter::new(short.iter().map(|e| zh_hash(zh_key(e.text.as_bytes()))));
        let more_chars = Filter::new(long.iter().map(|e| zh_hash(load8(e.text.as_bytes(), 0))));
        Index { rows, en, en_slots, zh, zh_slots, filter, fine: [one_word, words, two_chars, more_chars] }
    }

    /// Calls `hit` with every form found in `text`, in order.
    ///
    /// The text is read 64 bytes at a time. First two bit masks, without a
    /// branch per byte: the bytes of words, and the first bytes of
    /// three-byte characters. Then, for each word start and each such
    /// character, the filter bit — again without a branch — into a third
    /// mask: the few positions that may start a form. Only they are looked
    /// up, in order (a branch per byte or per word would be mispredicted often).
    pub(crate) fn scan(&self, text: &str, mut hit: impl FnMut(&Entry)) {
        let b = text.as_bytes();
        let n = b.len();
        // Text before `resume` belongs to a match already made.
        let (mut base, mut resume, mut in_word) = (0, 0, 0u64);
        while base < n {
            let len = (n - base).min(64);
            let (word, wide) = classify(&b[base..base + len]);
            let starts = word & !(word << 1 | in_word);
            in_word = word >> (len - 1) & 1;
            // The last word may run on into the next chunk: by this many bytes.
            let mut run_on = 0;
            if in_word != 0 {
                while base + len + run_on < n && WORD[b[base + len + run_on] as usize] != 0 {
                    run_on += 1;
                }
            }
            let mut candidates = 0u64;
            let mut events = starts;
            while events != 0 {
                let j = events.trailing_zeros() as usize;
                events &= events - 1;
                let x = load8(b, base + j);
                let wlen = (!(word >> j)).trailing_zeros() as usize;
                let wlen = wlen + (j + wlen == len) as usize * run_on;
                let seed = (x as u8).is_ascii_lowercase() as u64 * LOWER;
                candidates |= (self.filter.may_have(word_hash(x, wlen) ^ seed) as u64) << j;
            }
            let mut events = wide;
            while events != 0 {
                let j = events.trailing_zeros() as usize;
                events &= events - 1;
                // The first two characters.
                let may = self.filter.may_have(zh_hash(load8(b, base + j) & 0xFFFF_FFFF_FFFF));
                candidates |= (may as u64) << j;
            }
            while candidates != 0 {
                let j = candidates.trailing_zeros() as usize;
                candidates &= candidates - 1;
                let i = base + j;
                if i < resume {
                    continue;
                }
                let found = if starts >> j & 1 != 0 {
                    let mut end = i + 1;
                    while end < n && WORD[b[end] as usize] != 0 {
                        end += 1;
                    }
                    self.en_word(b, i, end)
                } else if i + 6 <= n {
                    let key = zh_key(&b[i..]);
                    let may = self.fine[2].may_have(zh_hash(key)) | self.fine[3].may_have(zh_hash(load8(b, i)));
                    if may { self.zh_at(text, i, key, false) } else { None }
                } else {
                    None
                };
                if let Some((end, e)) = found {
                    hit(e);
                    resume = end;
                }
            }
            base += len;
        }
    }

    /// The English form matching at the word `b[start..end]`, if any, and
    /// where it ends: the word as written, else its singular.
    #[inline(never)]
    fn en_word(&self, b: &[u8], start: usize, end: usize) -> Option<(usize, &Entry)> {
        let len = end - start;
        let x = load8(b, start);
        let follow = follow_at(b, end);
        let h = word_hash(x, len);
        let found = if self.fine[0].may_have(h) || self.fine[1].may_have(then_follow(h, follow)) {
            self.en_at(b, start, len, x, h, follow)
        } else {
            None
        };
        if found.is_none() && plural(len, b[end - 1]) {
            let singular = word_hash(x, len - 1);
            if self.fine[0].may_have(singular) {
                return self.en_at(b, start, len - 1, x, singular, follow_at(b, end - 1));
            }
        }
        found
    }

    /// The longest English form matching at `start` whose first word is the
    /// `len` bytes there (first eight `x`, hash `h`, followed by `follow`),
    /// and where it ends.
    fn en_at(&self, b: &[u8], start: usize, len: usize, x: u64, h: u64, follow: u16) -> Option<(usize, &Entry)> {
        let m = MASKS[len.min(8)];
        let (raw, folded) = (x & m, (x | 0x2020_2020_2020_2020) & m);
        let word = &b[start..start + len];
        let mask = self.en_slots.len() - 1;
        let mut s = slot_of(h, mask);
        let slot = loop {
            let slot = self.en_slots[s];
            if slot.end == 0 {
                return None;
            }
            let e = &self.en[slot.start as usize];
            if slot.key == h
                && e.first as usize == len
                && (e.raw8 | 0x2020_2020_2020_2020) & m == folded
                && (len <= 8 || e.text.as_bytes()[8..len].eq_ignore_ascii_case(&word[8..]))
            {
                break slot;
            }
            s = (s + 1) & mask;
        };
        for e in &self.en[slot.start as usize..slot.end as usize] {
            if e.follow != 0 && e.follow != follow {
                continue;
            }
            // The first word's case: equal but for case already.
            let f = e.text.as_bytes();
            let long = len > 8;
            let upper = match e.case {
                Case::Any => false,
                _ if raw == e.raw8 && (!long || same(&word[8..], &f[8..len])) => false,
                Case::Name
                    if raw == e.upper8
                        && (!long || word[8..].iter().zip(&f[8..len]).all(|(t, f)| *t == f.to_ascii_uppercase())) =>
                {
                    true
                }
                _ => continue,
            };
            if let Some(end) = en_match(b, start + len, f, len, e.case, upper) {
                return Some((end, e));
            }
        }
        None
    }

    /// The longest Chinese form matching at `i`, and where it ends. With
    /// `strong_only`, weak forms are not tried (used to test whether a weak
    /// form gives way).
    #[inline(never)]
    fn zh_at(&self, text: &str, i: usize, key: u64, strong_only: bool) -> Option<(usize, &Entry)> {
        let b = text.as_bytes();
        let mask = self.zh_slots.len() - 1;
        let mut s = slot_of(zh_hash(key), mask);
        let slot = loop {
            let slot = self.zh_slots[s];
            if slot.end == 0 {
                return None;
            }
            if slot.key == key {
                break slot;
            }
            s = (s + 1) & mask;
        };
        'entries: for e in &self.zh[slot.start as usize..slot.end as usize] {
            let f = e.text.as_bytes();
            // The first six bytes are the key, equal already.
            if (strong_only && e.weak)
                || b.len() - i < f.len()
                || load8(b, i + 6) & MASKS[(f.len() - 6).min(8)] != e.raw8
                || (f.len() > 14 && !same(&b[i + 14..i + f.len()], &f[14..]))
            {
                continue;
            }
            let end = i + f.len();
            if !e.not_before.is_empty() && text[..i].chars().next_back().is_some_and(|c| e.not_before.contains(c)) {
                continue;
            }
            if !e.not_after.is_empty() || e.fang {
                let mut after = text[end..].chars();
                let next = after.next();
                if next.is_some_and(|c| e.not_after.contains(c)) || (e.fang && fang_vetoed(next, after.next())) {
                    continue;
                }
            }
            if e.weak && !strong_only {
                // Give way to a full name that starts inside and runs past the end.
                let mut j = i + 3;
                while j < end {
                    let found = (j + 6 <= b.len()).then(|| self.zh_at(text, j, zh_key(&b[j..]), true)).flatten();
                    if found.is_some_and(|(e2, _)| e2 > end) {
                        continue 'entries;
                    }
                    j += 3;
                }
            }
            return Some((end, e));
        }
        None
    }
}

/// The open-addressing table over groups of entries sharing a key: `group`
/// tells whether two entries belong together, `key` hashes a group.
fn slots(
    entries: &[Entry],
    group: impl Fn(&Entry, &Entry) -> bool,
    key: impl Fn(&Entry) -> u64,
    place: impl Fn(u64) -> u64,
) -> Vec<Slot> {
    let mut groups: Vec<Slot> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        match groups.last_mut() {
            Some(g) if group(&entries[g.start as usize], e) => g.end = i as u32 + 1,
            _ => groups.push(Slot { key: key(e), start: i as u32, end: i as u32 + 1 }),
        }
    }
    let size = (groups.len() * 4).next_power_of_two();
    let mut table = vec![Slot::default(); size];
    for g in groups {
        let mut s = slot_of(place(g.key), size - 1);
        while table[s].end != 0 {
            s = (s + 1) & (size - 1);
        }
        table[s] = g;
    }
    table
}

/// Whether the rest of English form `f` after its first word (of `k`
/// bytes, matched already: `upper` when in capitals) matches the text at
/// `at`; where the match ends.
fn en_match(b: &[u8], at: usize, f: &[u8], k: usize, case: Case, upper: bool) -> Option<usize> {
    let rest = &f[k..];
    let end = if rest.is_empty() {
        at
    } else {
        match case {
            Case::Any => compare(b, at, rest, |t, f| t.to_ascii_lowercase() == f),
            _ if upper => compare(b, at, rest, |t, f| t == f.to_ascii_uppercase()),
            _ => compare(b, at, rest, |t, f| t == f),
        }?
    };
    let word_at = |i: usize| i < b.len() && WORD[b[i] as usize] != 0;
    let last = f[f.len() - 1];
    if !last.is_ascii_alphanumeric() || !word_at(end) {
        return Some(end);
    }
    // A form ending in lower case may take a plural "s" ("tariffs", "Pacific Islands").
    (last.is_ascii_lowercase() && b[end] | 0x20 == b's' && !word_at(end + 1)).then_some(end + 1)
}

/// Bit masks over up to 64 bytes: which are ASCII letters or digits, and
/// which begin a three-byte UTF-8 character (0xE0–0xEF). Eight bytes at a
/// time, without a branch or a table (SWAR: SIMD within a register).
#[inline(always)]
fn classify(chunk: &[u8]) -> (u64, u64) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `v` (bytes below 0x80) that is >= k.
    let ge = |v: u64, k: u8| v.wrapping_add(ONES * (0x80 - k as u64)) & HIGH;
    // One bit per byte flagged in the high bit, gathered into a byte.
    let gather = |m: u64| (m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56;
    let (mut word, mut wide) = (0u64, 0u64);
    for (k, c) in chunk.chunks(8).enumerate() {
        let x = if c.len() == 8 { u64::from_le_bytes(c.try_into().unwrap_or_default()) } else { load8(c, 0) };
        let v = x & !HIGH;
        let high = x & HIGH;
        // Most blocks are all ASCII (English) or all not (Chinese): one half each.
        if high != HIGH {
            let l = v | (ONES * 0x20);
            let digit = ge(v, b'0') & !ge(v, b'9' + 1);
            let alpha = ge(l, b'a') & !ge(l, b'z' + 1);
            word |= gather((digit | alpha) & !high & HIGH) << (8 * k);
        }
        if high != 0 {
            wide |= gather(ge(v, 0x60) & !ge(v, 0x70) & high) << (8 * k);
        }
    }
    (word, wide)
}

/// What follows a word ending at `j`, in brief: the separator (white space
/// as a space) and the next byte in lower case; 0 at the end. A form of
/// several words is tried only where the text continues as it does.
fn follow_at(b: &[u8], mut j: usize) -> u16 {
    let Some(&sep) = b.get(j) else { return 0 };
    let space = |b: &[u8], j: usize| match b.get(j..) {
        Some([b' ' | b'\t' | b'\n' | b'\r', ..]) => 1,
        Some([0xC2, 0xA0, ..]) => 2,
        Some([0xE3, 0x80, 0x80, ..]) => 3,
        _ => 0,
    };
    if space(b, j) == 0 {
        return (sep as u16) << 8 | b.get(j + 1).map_or(0, |c| c.to_ascii_lowercase() as u16);
    }
    while let n @ 1.. = space(b, j) {
        j += n;
    }
    (b' ' as u16) << 8 | b.get(j).map_or(0, |c| c.to_ascii_lowercase() as u16)
}

/// Whether two short byte strings are equal (without a call to `memcmp`).
#[inline(always)]
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Compares form `f` with the text at `i` byte by byte under `eq`; a space
/// in the form matches any run of white space. Returns the end in the text.
fn compare(b: &[u8], mut i: usize, f: &[u8], eq: impl Fn(u8, u8) -> bool) -> Option<usize> {
    for &fc in f {
        if fc == b' ' {
            let from = i;
            loop {
                match b.get(i..) {
                    Some([b' ' | b'\t' | b'\n' | b'\r', ..]) => i += 1,
                    Some([0xC2, 0xA0, ..]) => i += 2,
                    Some([0xE3, 0x80, 0x80, ..]) => i += 3,
                    _ => break,
                }
            }
            if i == from {
                return None;
            }
        } else if i < b.len() && eq(b[i], fc) {
            i += 1;
        } else {
            return None;
        }
    }
    Some(i)
}

/// "X方" is not "the X side" before 式, 案, 便, … (方式, 方案, 方便), nor
/// before 面 or 针 (方面, 方针) unless they go on as 面临, 面对, 针对.
fn fang_vetoed(next: Option<char>, after: Option<char>) -> bool {
    match next {
        Some('面') => !matches!(after, Some('临' | '对')),
        Some('针') => after != Some('对'),
        Some(c) => "式案便程阵法位圆块言舟".contains(c),
        None => false,
    }
}

impl Entry {
    /// The places this form names (positions in [`Index::rows`]).
    pub(crate) fn places(&self) -> &[u16] {
        self.places.get()
    }

    pub(crate) fn topics(&self) -> &[u8] {
        self.topics.get()
    }
}

#[cfg(test)]
pub(crate) fn classify_for_test(chunk: &[u8]) -> (u64, u64) {
    classify(chunk)
}
