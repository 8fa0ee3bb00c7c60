//! Stage 1: text → lines.
//!
//! A line ends at `\n`, `\r\n`, a lone `\r`, or U+2028 / U+2029. Each line
//! records its byte range, the range of its content (white space trimmed at
//! both ends, where white space includes U+3000, NBSP, BOM and zero-width
//! spaces), and whether it is indented. Nothing is copied: lines are ranges
//! into the input.

/// One line of the input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    /// Byte offset of the line's first byte.
    pub start: usize,
    /// Byte offset of the first content byte (== `end` for a blank line).
    pub content_start: usize,
    /// Byte offset one past the last content byte.
    pub content_end: usize,
    /// 1-based line number.
    pub number: usize,
    /// The line begins with white space before its content.
    pub indented: bool,
}

impl Line {
    /// True when the line holds only white space.
    pub fn is_blank(&self) -> bool {
        self.content_start == self.content_end
    }

    /// The span of the line's content.
    pub fn span(&self) -> crate::model::Span {
        crate::model::Span { start: self.content_start, end: self.content_end, line: self.number }
    }

    /// The trimmed content of the line.
    pub fn content<'a>(&self, text: &'a str) -> &'a str {
        &text[self.content_start..self.content_end]
    }
}

/// White space as the parser sees it: Unicode white space plus the
/// invisible characters that paste along with web text.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}')
}

/// The lines of `text`, one at a time: linear in the input, no allocation.
pub(crate) fn iter(text: &str) -> Lines<'_> {
    Lines { text, start: 0, number: 1, done: false }
}

/// Splits `text` into lines, all at once.
#[cfg(test)]
pub(crate) fn split(text: &str) -> Vec<Line> {
    iter(text).collect()
}

/// Iterator over the lines of a text.
pub(crate) struct Lines<'a> {
    text: &'a str,
    start: usize,
    number: usize,
    done: bool,
}

impl Iterator for Lines<'_> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.done {
            return None;
        }
        let (text, start) = (self.text, self.start);
        let (end, next) = line_end(text.as_bytes(), start);
        let (content_start, content_end) = trim(text, start, end);
        let line = Line {
            start,
            content_start,
            content_end,
            number: self.number,
            // Invisible characters (BOM, zero-width space) are not indentation.
            indented: content_start < content_end && text[start..content_start].chars().any(char::is_whitespace),
        };
        self.number += 1;
        // The last line ends the text; a final line break opens no empty line.
        self.done = next >= text.len();
        self.start = next;
        Some(line)
    }
}

/// Finds the end of the line starting at `start`: (end of content, start of next line).
fn line_end(bytes: &[u8], start: usize) -> (usize, usize) {
    let mut from = start;
    loop {
        match find_break(bytes, from) {
            None => return (bytes.len(), bytes.len() + 1),
            Some(at) => {
                match bytes[at] {
                    b'\n' => return (at, at + 1),
                    b'\r' => {
                        let next = if bytes.get(at + 1) == Some(&b'\n') { at + 2 } else { at + 1 };
                        return (at, next);
                    }
                    _ => {
                        // U+2028 LINE SEPARATOR / U+2029 PARAGRAPH SEPARATOR: E2 80 A8/A9.
                        if bytes.get(at + 1) == Some(&0x80) && matches!(bytes.get(at + 2), Some(0xA8) | Some(0xA9)) {
                            return (at, at + 3);
                        }
                        from = at + 1;
                    }
                }
            }
        }
    }
}

/// The first `\n`, `\r` or 0xE2 (the lead byte of U+2028 / U+2029) at or after `from`.
#[inline]
fn find_break(bytes: &[u8], from: usize) -> Option<usize> {
    crate::text::find3(b'\n', b'\r', 0xE2, &bytes[from..]).map(|i| from + i)
}

/// Trims parser white space from both ends of `text[start..end]`.
fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    if lead == s.len() {
        return (end, end);
    }
    let trail = s.len() - s.trim_end_matches(is_space).len();
    (start + lead, end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<&str> {
        split(text).iter().map(|l| l.content(text)).collect()
    }

    #[test]
    fn should_split_on_every_kind_of_line_ending() {
        assert_eq!(contents("a\nb\r\nc\rd\u{2028}e\u{2029}f"), ["a", "b", "c", "d", "e", "f"]);
    }

    #[test]
    fn should_trim_ideographic_and_invisible_space() {
        let t = "\u{feff}\u{3000}\u{3000}问：好\u{200b} \n";
        let l = split(t);
        assert_eq!(l[0].content(t), "问：好");
        assert!(l[0].indented);
    }

    #[test]
    fn should_number_lines_from_one() {
        let l = split("x\n\ny");
        assert_eq!(l.iter().map(|l| l.number).collect::<Vec<_>>(), [1, 2, 3]);
        assert!(l[1].is_blank());
    }

    #[test]
    fn should_give_one_blank_line_for_empty_input() {
        let l = split("");
        assert_eq!(l.len(), 1);
        assert!(l[0].is_blank());
    }
}
