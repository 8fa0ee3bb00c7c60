//! Stage 4: multi-part questions, and the answer parts linked to them.
//!
//! A question has parts when its sentences open with ordinals ("First
//! question, …", "Second question, …", "On the third question, …",
//! "第二个问题，…"), or when a second question is added to a first ("…?
//! In addition, can you confirm …?"). The answer then divides at the
//! paragraphs that name a question ("Regarding your second question, …",
//! "关于第二个问题，…", "Regarding Tiktok's question, …"); each answer part
//! says which question part it answers. An answer part that only points back
//! ("I have already answered it just now") is linked to the earlier exchange
//! whose question part names the same topic.

use crate::model::{Exchange, Item, Part, PartRef, Span};

/// How many earlier exchanges a back-reference may reach.
const LOOKBACK: usize = 64;
/// The most parts a question or answer is divided into; the last part takes the rest.
const MAX_PARTS: usize = 50;
/// How much of a part is searched for a topic's words.
const TOPIC_REACH: usize = 4096;

/// The start of `s`, lower-cased, at most `TOPIC_REACH` bytes.
fn lower_head(s: &str) -> String {
    let mut end = s.len().min(TOPIC_REACH);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s[..end].to_ascii_lowercase()
}

/// Splits multi-part questions and links the answer parts, for every exchange.
pub(crate) fn link(items: &mut [Item]) {
    let mut seen: Vec<usize> = Vec::new();
    for i in 0..items.len() {
        let Item::Exchange(e) = &mut items[i] else { continue };
        e.question.parts = question_parts(&e.question.paragraphs, &e.question.paragraph_spans);
        if e.question.parts.len() >= 2 {
            e.answer.parts = answer_parts(e);
        }
        let refs: Vec<(usize, PartRef)> = match &items[i] {
            Item::Exchange(e) => e
                .answer
                .parts
                .iter()
                .enumerate()
                .filter_map(|(k, p)| back_reference(items, &seen, &p.text).map(|r| (k, r)))
                .collect(),
            _ => Vec::new(),
        };
        if let Item::Exchange(e) = &mut items[i] {
            for (k, r) in refs {
                e.answer.parts[k].refers_to = Some(r);
            }
        }
        seen.push(i);
        if seen.len() > LOOKBACK {
            seen.remove(0);
        }
    }
}

/// The paragraphs as one text, with where each paragraph starts in it.
fn joined(paragraphs: &[String]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        if !text.is_empty() {
            text.push(' ');
        }
        starts.push(text.len());
        text.push_str(p);
    }
    (text, starts)
}

/// The span of the text between offsets `a..b` of the joined paragraphs: exact
/// where a paragraph is one unbroken piece of the input, else the paragraphs'.
fn span_of(a: usize, b: usize, starts: &[usize], paragraphs: &[String], spans: &[Span]) -> Span {
    // `starts` ascend: a binary search (an answer may have millions of paragraphs).
    let para = |off: usize| starts.partition_point(|s| *s <= off).saturating_sub(1);
    let (pa, pb) = (para(a), para(b.saturating_sub(1).max(a)));
    let exact = |p: usize| spans.get(p).is_some_and(|s| s.end - s.start == paragraphs[p].len());
    let (Some(sa), Some(sb)) = (spans.get(pa), spans.get(pb)) else { return Span::default() };
    let start = if exact(pa) { sa.start + (a - starts[pa]) } else { sa.start };
    let end = if exact(pb) { sb.start + (b - starts[pb]).min(sb.end - sb.start) } else { sb.end };
    Span { start, end: end.max(start), line: sa.line }
}

/// Offsets where sentences start in `text`, one at a time (a question of
/// millions of sentences needs only its first few dozen markers). A sentence
/// ends at `.` `?` `!` (then white space) or `。` `？` `！`, past any closing
/// quotes. The bytes are read, not the characters: every question of a
/// briefing passes here, and decoding it was a tenth of a parse.
fn sentence_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    let mut i = 0;
    let mut first = true;
    // The next candidate of each kind at or after `i`: an ASCII stop, and a
    // lead byte of the CJK ones (E3: 。, EF: ？！), each found by memchr.
    let mut ascii = crate::text::find3(b'.', b'?', b'!', b);
    let mut lead = memchr::memchr2(0xE3, 0xEF, b);
    std::iter::from_fn(move || {
        if std::mem::take(&mut first) {
            return Some(0);
        }
        let at = |i: usize, seq: &[u8]| b.get(i..i + seq.len()) == Some(seq);
        loop {
            if ascii.is_some_and(|a| a < i) {
                ascii = crate::text::find3(b'.', b'?', b'!', &b[i..]).map(|k| i + k);
            }
            if lead.is_some_and(|l| l < i) {
                lead = memchr::memchr2(0xE3, 0xEF, &b[i..]).map(|k| i + k);
            }
            let next = ascii.into_iter().chain(lead).min()?;
            i = next;
            let cjk = match b[i] {
                b'.' | b'?' | b'!' => false,
                // 。(E3 80 82), ？(EF BC 9F), ！(EF BC 81)
                0xE3 if at(i + 1, &[0x80, 0x82]) => true,
                0xEF if at(i + 1, &[0xBC, 0x9F]) || at(i + 1, &[0xBC, 0x81]) => true,
                _ => {
                    i += 1;
                    continue;
                }
            };
            i += if cjk { 3 } else { 1 };
            // Closing quotes and brackets: " ) ” ’ 」 ）
            loop {
                if matches!(b.get(i), Some(b'"' | b')')) {
                    i += 1;
                } else if [[0xE2, 0x80, 0x9D], [0xE2, 0x80, 0x99], [0xE3, 0x80, 0x8D], [0xEF, 0xBC, 0x89]]
                    .iter()
                    .any(|q| at(i, q))
                {
                    i += 3;
                } else {
                    break;
                }
            }
            let spaces_from = i;
            while let Some(c) = text[i..].chars().next().filter(|c| c.is_whitespace()) {
                i += c.len_utf8();
            }
            if i < b.len() && (cjk || i > spaces_from) {
                return Some(i);
            }
            if i >= b.len() {
                return None;
            }
        }
    })
}

/// What a sentence opening says about which part it starts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Marker {
    /// "First question", "Second, …", "第二个问题": an explicit number.
    Ordinal(usize),
    /// "Last question", "Finally", "最后".
    Last,
    /// "In addition", "Also", "另外": one more part.
    Another,
}

fn ordinal_word(w: &str) -> Option<usize> {
    const EN: [&str; 6] = ["first", "second", "third", "fourth", "fifth", "sixth"];
    const ZH: [&str; 6] = ["第一", "第二", "第三", "第四", "第五", "第六"];
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    let w = w.strip_suffix("ly").unwrap_or(w);
    EN.iter().position(|o| *o == w).or_else(|| ZH.iter().position(|o| w.starts_with(o))).map(|i| i + 1)
}

/// The marker a question sentence opens with, if any.
fn question_marker(sentence: &str) -> Option<Marker> {
    let sentence = sentence.trim_start_matches(['"', '“', '(']);
    // Most sentences open with none of the markers' first letters: skip them without allocating.
    let first = sentence.chars().next()?.to_ascii_lowercase();
    // (A match, not a search through a string of them: every sentence of every question is asked.)
    if !matches!(
        first,
        'a' | 'f' | 'i' | 'l' | 'm' | 'o' | 'r' | 's' | 't' | '另' | '此' | '还' | '再' | '补' | '我' | '最' | '第'
    ) {
        return None;
    }
    let mut end = sentence.len().min(64);
    while !sentence.is_char_boundary(end) {
        end -= 1;
    }
    // Lower-cased on the stack: sentences open with these letters often ("The", "So", "I").
    let mut buf = [0u8; 64];
    buf[..end].copy_from_slice(&sentence.as_bytes()[..end]);
    buf[..end].make_ascii_lowercase();
    // (ASCII lower-casing keeps UTF-8 valid: this never fails.)
    let lower = std::str::from_utf8(&buf[..end]).ok()?;
    for zh in ["另外", "此外", "还有一个问题", "再一个问题", "补充一个问题", "我还有一个问题"]
    {
        if lower.starts_with(zh) {
            return Some(Marker::Another);
        }
    }
    if lower.starts_with("最后一个问题") || lower.starts_with("最后，") {
        return Some(Marker::Last);
    }
    if lower.starts_with('第') {
        return ordinal_word(lower).map(Marker::Ordinal);
    }
    for add in ["in addition", "also,", "another question", "one more question", "and another", "my other question"] {
        if lower.starts_with(add) {
            return Some(Marker::Another);
        }
    }
    let mut words = [""; 5];
    let mut count = 0;
    for (slot, w) in words.iter_mut().zip(lower.split_whitespace()) {
        *slot = w;
        count += 1;
    }
    let words = &words[..count];
    let mut k = 0;
    while k < words.len() && ["on", "and", "my", "the", "a", "as", "for", "to", "regarding"].contains(&words[k]) {
        k += 1;
    }
    let w = *words.get(k)?;
    let next = words.get(k + 1).copied().unwrap_or("");
    let question_follows = next.starts_with("question") || w.ends_with(',') || w.ends_with("ly");
    if w.trim_end_matches(',') == "last" || w.trim_end_matches(',') == "finally" {
        return (question_follows || w.starts_with("finally")).then_some(Marker::Last);
    }
    let n = ordinal_word(w)?;
    question_follows.then_some(Marker::Ordinal(n))
}

/// Splits a question into its parts (none when it has one part).
fn question_parts(paragraphs: &[String], spans: &[Span]) -> Vec<Part> {
    let (text, starts) = joined(paragraphs);
    // Read lazily, twice: whether any marker numbers the parts, then the first cuts.
    let marks = || sentence_starts(&text).filter_map(|s| question_marker(&text[s..]).map(|m| (s, m)));
    let numbered = marks().any(|(_, m)| matches!(m, Marker::Ordinal(n) if n >= 2) || m == Marker::Last);
    let first_ask = text.find(['?', '？']).unwrap_or(usize::MAX);
    let last_ask = text.rfind(['?', '？']);
    let cuts: Vec<usize> = marks()
        .filter(|(at, m)| {
            *at > 0
                && match m {
                    Marker::Ordinal(n) => *n >= 2,
                    Marker::Last => true,
                    // "…? In addition, can you confirm …?": both sides ask.
                    Marker::Another => numbered || (first_ask < *at && last_ask.is_some_and(|l| l >= *at)),
                }
        })
        .map(|(at, _)| at)
        .take(MAX_PARTS - 1)
        .collect();
    if cuts.is_empty() {
        return Vec::new();
    }
    let bounds: Vec<usize> = std::iter::once(0).chain(cuts).chain(std::iter::once(text.len())).collect();
    bounds
        .windows(2)
        .enumerate()
        .map(|(i, w)| Part {
            number: i + 1,
            text: text[w[0]..w[1]].trim().to_string(),
            span: span_of(w[0], w[0] + text[w[0]..w[1]].trim_end().len(), &starts, paragraphs, spans),
            answers: None,
            refers_to: None,
        })
        .collect()
}

/// The question an answer paragraph says it turns to: `Some(None)` for a
/// named topic ("Regarding Tiktok's question"), `Some(Some(n))` for a number.
fn answer_marker(paragraph: &str, parts: usize) -> Option<Option<usize>> {
    let head: String = paragraph.chars().take(60).collect::<String>().to_ascii_lowercase();
    for zh in ["关于", "至于", "对于", "就"] {
        if let Some(rest) = head.strip_prefix(zh) {
            let topic = rest.split(['，', ',', '。']).next().unwrap_or("");
            if topic.contains("问题") {
                return Some(rest.find('第').and_then(|at| ordinal_word(&rest[at..])));
            }
        }
    }
    if head.starts_with('第') && head.contains("问题") {
        return Some(ordinal_word(&head));
    }
    let lead = ["regarding", "on", "as for", "as to", "with regard to", "concerning", "about", "in response to", "to"];
    let rest = lead.iter().find_map(|l| head.strip_prefix(l).filter(|r| r.starts_with(' ')))?;
    let clause = rest.split([',', '.', '?']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    if words.len() > 8 || !words.iter().any(|w| w.starts_with("question")) {
        return None;
    }
    if words.iter().any(|w| *w == "last" || *w == "final") {
        return Some(Some(parts));
    }
    Some(words.iter().find_map(|w| ordinal_word(w)))
}

/// Divides the answer of a multi-part question at the paragraphs that name
/// a question, and says which question part each answers.
fn answer_parts(e: &Exchange) -> Vec<Part> {
    let n = e.question.parts.len();
    let paragraphs = &e.answer.paragraphs;
    let mut opens: Vec<(usize, Option<usize>)> = Vec::new();
    for (i, p) in paragraphs.iter().enumerate() {
        if opens.len() + 1 >= MAX_PARTS {
            break;
        }
        if let Some(m) = answer_marker(p, n) {
            opens.push((i, m));
        }
    }
    if opens.is_empty() {
        return Vec::new();
    }
    if opens[0].0 != 0 {
        opens.insert(0, (0, None));
    }
    let (text, starts) = joined(paragraphs);
    let mut next = 1;
    let mut out = Vec::new();
    for (k, &(p, number)) in opens.iter().enumerate() {
        let end_para = opens.get(k + 1).map_or(paragraphs.len(), |o| o.0);
        let (a, b) = (starts[p], if end_para < paragraphs.len() { starts[end_para] } else { text.len() });
        let topic = number.or_else(|| topic_part(&paragraphs[p], &e.question.parts)).unwrap_or(next).min(n.max(1));
        next = topic + 1;
        let part_text = text[a..b].trim();
        out.push(Part {
            number: k + 1,
            text: part_text.to_string(),
            span: span_of(a, a + part_text.len(), &starts, paragraphs, &e.answer.paragraph_spans),
            answers: Some(topic),
            refers_to: None,
        });
    }
    out
}

/// The words naming a topic in "Regarding Tiktok's question": `["tiktok"]`.
fn topic_words(paragraph: &str) -> Vec<String> {
    const STOP: [&str; 24] = [
        "regarding",
        "on",
        "as",
        "for",
        "to",
        "with",
        "regard",
        "concerning",
        "about",
        "the",
        "your",
        "my",
        "his",
        "her",
        "this",
        "that",
        "question",
        "questions",
        "first",
        "second",
        "third",
        "last",
        "in",
        "response",
    ];
    let head: String = paragraph.chars().take(80).collect::<String>().to_ascii_lowercase();
    let clause = head.split([',', '.', '?', '，']).next().unwrap_or("");
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .filter(|w| w.len() > 1 && !STOP.contains(w))
        .map(str::to_string)
        .collect()
}

/// The question part whose text names the topic of an answer paragraph.
fn topic_part(paragraph: &str, parts: &[Part]) -> Option<usize> {
    let words = topic_words(paragraph);
    if words.is_empty() {
        return None;
    }
    parts
        .iter()
        .position(|p| {
            let lower = lower_head(&p.text);
            words.iter().all(|w| lower.contains(w.as_str()))
        })
        .map(|i| i + 1)
}

/// "I have already answered it just now": the earlier exchange part the
/// answer part points back to.
fn back_reference(items: &[Item], seen: &[usize], part: &str) -> Option<PartRef> {
    let lower = lower_head(part);
    let points_back = [
        "answered it just now",
        "answered this just now",
        "answered that just now",
        "answered it earlier",
        "already answered",
        "answered this question just now",
        "answered the question just now",
        "刚才已经回答",
        "刚才回答过",
        "已经回答过",
    ]
    .iter()
    .any(|k| lower.contains(k));
    if !points_back {
        return None;
    }
    let words = topic_words(part);
    if words.is_empty() {
        return None;
    }
    seen.iter().rev().find_map(|&i| {
        let Item::Exchange(e) = &items[i] else { return None };
        let names_topic = |t: &str| {
            let l = lower_head(t);
            words.iter().all(|w| l.contains(w.as_str()))
        };
        let k = if e.question.parts.is_empty() {
            names_topic(e.question.paragraphs.first()?).then_some(1)?
        } else {
            e.question.parts.iter().position(|p| names_topic(&p.text))? + 1
        };
        let part = e.answer.parts.iter().find(|p| p.answers == Some(k)).map_or(k, |p| p.number);
        Some(PartRef { exchange: e.id.clone(), number: e.number, part })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Vec<String> {
        question_parts(&[text.to_string()], &[]).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn should_split_questions_at_ordinals() {
        assert_eq!(
            q("First question, who? Second question, why? On the third question, the family said. Any comment?"),
            ["First question, who?", "Second question, why?", "On the third question, the family said. Any comment?"]
        );
        assert_eq!(q("第一个问题，何时？第二个问题，为何？"), ["第一个问题，何时？", "第二个问题，为何？"]);
    }

    #[test]
    fn should_split_an_added_question_only_when_both_sides_ask() {
        assert_eq!(q("Can you say more? In addition, can you confirm it?").len(), 2);
        assert!(q("In addition, the US said so. What is your comment?").is_empty());
        assert_eq!(q("The US acted first. Why? Second, when?").len(), 2);
    }

    #[test]
    fn should_not_split_single_questions() {
        assert!(q("What is China's comment on the first visit?").is_empty());
    }

    #[test]
    fn should_read_answer_markers() {
        assert_eq!(answer_marker("Regarding your second question, China has", 3), Some(Some(2)));
        assert_eq!(answer_marker("Regarding Tiktok's question, I have already answered it just now.", 2), Some(None));
        assert_eq!(answer_marker("关于第二个问题，中方", 2), Some(Some(2)));
        assert_eq!(answer_marker("Regarding the U.S. restrictions on Chinese embassies", 2), None);
    }

    #[test]
    fn should_find_topic_words() {
        assert_eq!(topic_words("Regarding Tiktok's question, I have"), ["tiktok"]);
    }
}
