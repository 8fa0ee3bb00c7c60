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
    /// Indexed by 0 (a word), 1 (a word in lower case), 2 (Chinese); a
    /// word is filtered without a plural "s" (so one probe covers both).
    filters: [Filter; 3],
    /// Finer filters for the few positions that pass: a form of one word;
    /// the first word of a longer form with what follows it (see
    /// [`follow_at`]); a Chinese form of two characters; the first eight
    /// bytes of a longer one.
    fine: [Filter; 4],
}

/// A bit per hash value (its top 15 bits): set for the keys of the table.
#[derive(Debug)]
struct Filter([u64; 512]);

impl Filter {
    fn new(keys: impl Iterator<Item = u64>) -> Filter {
        let mut f = Filter([0; 512]);
        for h in keys {
            let bit = (h >> 49) as usize;
            f.0[bit / 64] |= 1 << (bit % 64);
        }
        f
    }

    #[inline(always)]
    fn may_have(&self, h: u64) -> bool {
        let bit = (h >> 49) as usize;
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
    const MASKS: [u64; 9] = {
        let mut m = [u64::MAX; 9];
        let mut i = 0;
        while i < 8 {
            m[i] = (1u64 << (8 * i)) - 1;
            i += 1;
        }
        m
    };
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

/// [`word_hash`] of a word without a plural "s".
fn stem_hash(word: &[u8]) -> u64 {
    word_hash(load8(word, 0), word.len() - plural(word.len(), word[word.len() - 1]) as usize)
}

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
        // (spec, places, topics) for every form of every table.
        let mut specs: Vec<(&'static str, Vec<u16>, Vec<u8>)> = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            for &f in r.en.iter().chain(r.zh) {
                specs.push((f, vec![i as u16], Vec::new()));
            }
        }
        for c in COMPOUNDS {
            specs.push((c.form, c.codes.iter().map(|&c| row_of(c)).collect(), Vec::new()));
        }
        for (i, t) in TOPICS.iter().enumerate() {
            for &f in t.en.iter().chain(t.zh) {
                specs.push((f, Vec::new(), vec![i as u8]));
            }
        }
        // One entry per spec: the same form in two tables names both.
        let mut specs: Vec<_> = specs.into_iter().map(|(spec, p, t)| (form(spec), spec, p, t)).collect();
        specs.sort_by(|a, b| a.0.text.cmp(b.0.text).then(a.1.cmp(b.1)));
        let mut merged: Vec<(super::places::Form, Vec<u16>, Vec<u8>)> = Vec::new();
        for (f, _, places, topics) in specs {
            match merged.last_mut() {
                Some((last, p, t)) if last.text == f.text => {
                    p.extend(places.into_iter().filter(|x| !p.contains(x)).collect::<Vec<_>>());
                    t.extend(topics.into_iter().filter(|x| !t.contains(x)).collect::<Vec<_>>());
                }
                _ => merged.push((f, places, topics)),
            }
        }
        let mut entries: Vec<Entry> = Vec::new();
        for (f, places, topics) in merged {
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
        en.sort_by(|a, b| {
            let (ka, kb) = (first_word(a.text).to_ascii_lowercase(), first_word(b.text).to_ascii_lowercase());
            ka.cmp(&kb).then(b.text.len().cmp(&a.text.len()))
        });
        zh.sort_by(|a, b| a.text.as_bytes()[..6].cmp(&b.text.as_bytes()[..6]).then(b.text.len().cmp(&a.text.len())));
        let en_slots = slots(
            &en,
            |a, b| first_word(a.text).eq_ignore_ascii_case(first_word(b.text)),
            |e| hash_word(first_word(e.text)),
            |h| h,
        );
        let zh_slots =
            slots(&zh, |a, b| a.text.as_bytes()[..6] == b.text.as_bytes()[..6], |e| zh_key(e.text.as_bytes()), zh_hash);
        let stem = |e: &Entry| stem_hash(first_word(e.text));
        let en_filter = Filter::new(en.iter().map(stem));
        let en_lower_filter = Filter::new(en.iter().filter(|e| e.case == Case::Any).map(stem));
        let zh_filter = Filter::new(zh.iter().map(|e| zh_hash(zh_key(e.text.as_bytes()))));
        let (single, multi): (Vec<&Entry>, Vec<&Entry>) = en.iter().partition(|e| e.follow == 0);
        let one_word = Filter::new(single.iter().map(|e| hash_word(e.text.as_bytes())));
        let words = Filter::new(multi.iter().map(|e| then_follow(hash_word(first_word(e.text)), e.follow)));
        let (short, long): (Vec<&Entry>, Vec<&Entry>) = zh.iter().partition(|e| e.text.len() == 6);
        let two_chars = Filter::new(short.iter().map(|e| zh_hash(zh_key(e.text.as_bytes()))));
        let more_chars = Filter::new(long.iter().map(|e| zh_hash(load8(e.text.as_bytes(), 0))));
        Index {
            rows,
            en,
            en_slots,
            zh,
            zh_slots,
            filters: [en_filter, en_lower_filter, zh_filter],
            fine: [one_word, words, two_chars, more_chars],
        }
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
            let mut candidates = 0u64;
            let mut events = starts;
            while events != 0 {
                let j = events.trailing_zeros() as usize;
                events &= events - 1;
                let i = base + j;
                let x = load8(b, i);
                // The word's length (the last word may run on into the
                // next chunk), and its singular.
                let mut wlen = ((!word >> j).trailing_zeros() as usize).min(len - j);
                if j + wlen == len {
                    while i + wlen < n && WORD[b[i + wlen] as usize] != 0 {
                        wlen += 1;
                    }
                }
                let stem = wlen - plural(wlen, b[i + wlen - 1]) as usize;
                let may = self.filters[(x as u8).is_ascii_lowercase() as usize].may_have(word_hash(x, stem));
                candidates |= (may as u64) << j;
            }
            let mut events = wide;
            while events != 0 {
                let j = events.trailing_zeros() as usize;
                events &= events - 1;
                // The first two characters.
                let may = self.filters[2].may_have(zh_hash(load8(b, base + j) & 0xFFFF_FFFF_FFFF));
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
    /// where it ends. One well-predicted branch for the usual word that
    /// starts no form; the word and its singular are looked up together.
    #[inline(never)]
    fn en_word(&self, b: &[u8], start: usize, end: usize) -> Option<(usize, &Entry)> {
        let len = end - start;
        let first8 = load8(b, start);
        let h = word_hash(first8, len);
        let found = if self.fine[0].may_have(h) || self.fine[1].may_have(then_follow(h, follow_at(b, end))) {
            self.en_at(b, start, end, h)
        } else {
            None
        };
        if found.is_none() && plural(len, b[end - 1]) {
            let singular = word_hash(first8, len - 1);
            if self.fine[0].may_have(singular) {
                return self.en_at(b, start, end - 1, singular);
            }
        }
        found
    }

    /// The longest English form matching at `start`, whose first word is
    /// `b[start..word_end]` (hashed `h`), and where it ends.
    #[inline(never)]
    fn en_at(&self, b: &[u8], start: usize, word_end: usize, h: u64) -> Option<(usize, &Entry)> {
        let word = &b[start..word_end];
        let mask = self.en_slots.len() - 1;
        let mut s = slot_of(h, mask);
        let slot = loop {
            let slot = self.en_slots[s];
            if slot.end == 0 {
                return None;
            }
            let e = &self.en[slot.start as usize];
            if slot.key == h
                && e.first as usize == word.len()
                && e.text.as_bytes()[..word.len()].eq_ignore_ascii_case(word)
            {
                break slot;
            }
            s = (s + 1) & mask;
        };
        let follow = follow_at(b, word_end);
        self.en[slot.start as usize..slot.end as usize]
            .iter()
            .filter(|e| e.follow == 0 || e.follow == follow)
            .find_map(|e| Some((en_match(b, start, e)?, e)))
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
            if (strong_only && e.weak) || b.len() - i < f.len() || !same(&b[i + 6..i + f.len()], &f[6..]) {
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

/// Whether an English form matches the text at `start`, where a word equal
/// to its first word but for case begins; where it ends.
fn en_match(b: &[u8], start: usize, e: &Entry) -> Option<usize> {
    let f = e.text.as_bytes();
    let k = e.first as usize;
    let word = &b[start..start + k];
    let upper = match e.case {
        Case::Any => false,
        _ if same(word, &f[..k]) => false,
        Case::Name if word.iter().zip(&f[..k]).all(|(t, f)| *t == f.to_ascii_uppercase()) => true,
        _ => return None,
    };
    let mut end = start + k;
    if f.len() > k {
        let rest = &f[k..];
        end = match e.case {
            Case::Any => compare(b, end, rest, |t, f| t.to_ascii_lowercase() == f),
            _ if upper => compare(b, end, rest, |t, f| t == f.to_ascii_uppercase()),
            _ => compare(b, end, rest, |t, f| t == f),
        }?;
    }
    let word_at = |i: usize| i < b.len() && WORD[b[i] as usize] != 0;
    if !f[f.len() - 1].is_ascii_alphanumeric() || !word_at(end) {
        return Some(end);
    }
    // A form in lower case may take a plural "s" ("tariffs", "Pacific Islands").
    (f[f.len() - 1].is_ascii_lowercase() && b[end] | 0x20 == b's' && !word_at(end + 1)).then_some(end + 1)
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
        let l = v | (ONES * 0x20);
        let digit = ge(v, b'0') & !ge(v, b'9' + 1);
        let alpha = ge(l, b'a') & !ge(l, b'z' + 1);
        let ascii = !x & HIGH;
        word |= gather((digit | alpha) & ascii) << (8 * k);
        wide |= gather(ge(v, 0x60) & !ge(v, 0x70) & x) << (8 * k);
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
