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
    let (mut cjk, mut latin) = (0usize, 0usize);
    for c in text[..end].chars() {
        if is_cjk(c) && !c.is_whitespace() {
            cjk += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if cjk * 3 > latin { "zh" } else { "en" }
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
    fn should_tell_the_language() {
        assert_eq!(language("问：有何评论？"), "zh");
        assert_eq!(language("Q: Any comment?"), "en");
    }
}
