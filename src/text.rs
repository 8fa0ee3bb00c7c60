//! Small text helpers shared by the stages: scripts, sentence ends, and
//! joining fragments of one sentence.

/// A CJK ideograph or CJK punctuation / full-width form.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

/// The text ends a sentence (or a clause that a new paragraph may follow).
pub(crate) fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(['"', '”', '’', '\'', ')', '）', '」', '』', '》']);
    matches!(s.chars().next_back(), Some('.' | '?' | '!' | '。' | '？' | '！' | '…' | ':' | '：' | ';' | '；'))
}

/// Where the first of the bytes `a`, `b`, `c` is in `hay`. The first 16
/// bytes are looked at one by one: many lines are short, and memchr's setup
/// costs more than it saves on a few bytes; the rest goes to memchr.
#[inline]
pub(crate) fn find3(a: u8, b: u8, c: u8, hay: &[u8]) -> Option<usize> {
    let near = hay.len().min(16);
    if let Some(i) = hay[..near].iter().position(|&x| x == a || x == b || x == c) {
        return Some(i);
    }
    memchr::memchr3(a, b, c, &hay[near..]).map(|i| near + i)
}

/// `hay` contains `needle`, as `str::contains` says: each place its first
/// byte is found (memchr) compared with the rest. For the short lines and
/// needles of the header and the rooms' tests, where std's Two-Way searcher
/// costs more to set up than the line takes to read (in wasm, which has no
/// SIMD path for it, that was a tenth of a parse).
pub(crate) fn contains(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else { return true };
    if h.len() < n.len() {
        return false;
    }
    // Where the needle may start: at most here.
    let starts = &h[..=h.len() - n.len()];
    let mut i = 0;
    while let Some(k) = memchr::memchr(first, &starts[i..]) {
        let at = i + k;
        if &h[at + 1..at + n.len()] == rest {
            return true;
        }
        i = at + 1;
        if i >= starts.len() {
            break;
        }
    }
    false
}

/// Appends `next` to `acc` as one sentence: a space between words, none
/// between CJK characters.
pub(crate) fn push_joined(acc: &mut String, next: &str) {
    if acc.is_empty() {
        acc.push_str(next);
        return;
    }
    let last = acc.chars().next_back();
    let first = next.chars().next();
    let cjk = last.is_some_and(is_cjk) || first.is_some_and(is_cjk);
    if !cjk {
        acc.push(' ');
    }
    acc.push_str(next);
}

/// The main script of `text`: `"zh"` when CJK characters outnumber a third
/// of the Latin letters in its first 8 KB, else `"en"`.
pub(crate) fn language(text: &str) -> &'static str {
    let mut end = text.len().min(8192);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let (cjk, latin) = scripts(&text[..end]);
    if cjk * 3 > latin { "zh" } else { "en" }
}

/// How many CJK characters (but spaces) and ASCII letters `text` has.
fn scripts(text: &str) -> (usize, usize) {
    let (b, end) = (text.as_bytes(), text.len());
    // ASCII bytes are counted without decoding; a character is decoded only
    // at the first byte of a multi-byte one (the CJK ranges are all three or
    // four bytes long, and of their characters only U+3000 is a space).
    let (mut cjk, mut latin) = (0usize, 0usize);
    let mut i = 0;
    while i < b.len() {
        // Eight ASCII bytes at once: a letter is a byte, case folded, from
        // 0x61 to 0x7A (adding 0x1F sets its top bit from 0x61 up, adding 5 from 0x7B up).
        if let Some(w) = b.get(i..i + 8) {
            let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
            const HIGH: u64 = 0x8080_8080_8080_8080;
            if w & HIGH == 0 {
                let y = w | 0x2020_2020_2020_2020;
                let from_a = y.wrapping_add(0x1F1F_1F1F_1F1F_1F1F);
                let past_z = y.wrapping_add(0x0505_0505_0505_0505);
                // The top bits summed by a multiplication (x86-64's baseline has no popcount instruction).
                latin += (((from_a & !past_z & HIGH) >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
                i += 8;
                continue;
            }
        }
        let x = b[i];
        // U+5000 to U+9FFF, most of the ideographs: three bytes, led by E5 to E9.
        if (0xE5..=0xE9).contains(&x) {
            cjk += 1;
            i += 3;
            continue;
        }
        if x < 0x80 {
            latin += ((x | 0x20).wrapping_sub(b'a') < 26) as usize;
            i += 1;
            continue;
        }
        let c = text[i..end].chars().next().unwrap_or('\0');
        cjk += (is_cjk(c) && c != '\u{3000}') as usize;
        i += c.len_utf8();
    }
    (cjk, latin)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_join_words_with_a_space_and_cjk_without() {
        let mut s = String::from("and decided");
        push_joined(&mut s, "to resell");
        assert_eq!(s, "and decided to resell");
        let mut z = String::from("中方");
        push_joined(&mut z, "认为");
        assert_eq!(z, "中方认为");
    }

    #[test]
    fn should_see_sentence_ends_behind_quotes() {
        assert!(ends_sentence("a \"clean network.\""));
        assert!(ends_sentence("是吗？"));
        assert!(!ends_sentence("the family members"));
    }

    #[test]
    fn should_count_the_scripts_as_a_count_character_by_character_does() {
        let slow = |text: &str| {
            let (mut cjk, mut latin) = (0, 0);
            for c in text.chars() {
                if is_cjk(c) && !c.is_whitespace() {
                    cjk += 1;
                } else if c.is_ascii_alphabetic() {
                    latin += 1;
                }
            }
            (cjk, latin)
        };
        for text in [
            "abc 中文",
            "Q: 中方认为？ Any comment on the “talks”, @[`{ AZaz",
            "\u{3000}\u{3000}\u{3000}ab",
            "𠀀𠀀 ab cd",
            "ｱｲｳ abcdefgh ÀÉ 䶿䷀",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~@ 一二三四五六七八九",
        ] {
            assert_eq!(scripts(text), slow(text), "should count {text:?} as one character at a time does");
        }
    }

    #[test]
    fn should_find_a_needle_where_str_contains_does() {
        let hays = ["", "a", "ab", "press briefing by", "外交部发言人", "aaab", "by", " by "];
        let needles =
            ["", "a", "b", "ab", "aab", "by", " by ", "briefing", "外交部", "发言人", "言", "press briefing by x"];
        for h in hays {
            for n in needles {
                assert_eq!(contains(h, n), h.contains(n), "should find {n:?} in {h:?} as str::contains does");
            }
        }
    }

    #[test]
    fn should_tell_the_language() {
        assert_eq!(language("问：有何评论？"), "zh");
        assert_eq!(language("Q: Any comment?"), "en");
    }
}
