//! Pathological inputs parse to the right output, lose no text, and never
//! panic. Timings are not asserted here: `cargo bench --bench pathological`
//! reports them at 5 MB and 50 MB.

mod common;

use common::pathological::CASES;
use transcript_cards::{Item, parse};

/// Size each case is run at here: big enough to cross every buffer, small
/// enough for a debug build.
const SIZE: usize = 200_000;

fn exchanges(t: &transcript_cards::Transcript) -> Vec<&transcript_cards::Exchange> {
    t.items.iter().filter_map(|i| if let Item::Exchange(e) = i { Some(e) } else { None }).collect()
}

#[test]
fn every_pathological_case_loses_no_text_and_parses_the_same_twice() {
    for case in CASES {
        let text = (case.make)(SIZE);
        let t = parse(&text);
        if let Err(e) = t.check_lossless(&text) {
            panic!("{}: should lose no text, but {e}", case.name);
        }
        assert_eq!(parse(&text), t, "{}: should parse the same way twice", case.name);
        assert_eq!(serde_json::to_string(&t).unwrap(), serde_json::to_string(&parse(&text)).unwrap());
    }
}

#[test]
fn label_lines_with_no_text_are_each_an_empty_unanswered_question() {
    let text = "Q:\n".repeat(100_000);
    let t = parse(&text);
    assert_eq!(t.stats.exchanges, 100_000);
    assert!(exchanges(&t).iter().all(|e| e.question.paragraphs.is_empty() && e.answer.paragraphs.is_empty()));
    assert_eq!(t.diagnostics.iter().filter(|d| d.kind == "question_without_answer").count(), 100_000);
}

#[test]
fn a_repeated_chinese_reporter_label_is_one_follow_up_holding_the_rest() {
    let text = "记者：".repeat(100_000);
    let t = parse(&text);
    let e = exchanges(&t);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].asker.label.as_deref(), Some("记者"));
    assert_eq!(e[0].question.paragraphs, [&text["记者：".len()..]]);
}

#[test]
fn one_long_line_without_labels_is_one_unparsed_item() {
    let text = "word ".repeat(200_000);
    let t = parse(&text);
    assert_eq!(t.items.len(), 1);
    let Item::Unparsed(u) = &t.items[0] else { panic!("should be unparsed") };
    assert_eq!(u.text, text.trim_end());
}

#[test]
fn cr_only_line_endings_separate_lines() {
    let t = parse(&"Q: a?\rA: b.\r".repeat(10_000));
    let e = exchanges(&t);
    assert_eq!(e.len(), 10_000);
    assert_eq!((e[0].question.paragraphs[0].as_str(), e[0].answer.paragraphs[0].as_str()), ("a?", "b."));
}

#[test]
fn a_million_one_word_lines_rejoin_into_one_unparsed_text() {
    let text = "word\n".repeat(1_000_000);
    let t = parse(&text);
    assert_eq!(t.stats.lines, 1_000_000);
    assert_eq!(t.items.len(), 1);
}

#[test]
fn deep_brackets_are_plain_text() {
    let text = format!("Q: {}{}?\n\nA: ok.\n", "(".repeat(10_000), ")".repeat(10_000));
    let e = parse(&text);
    assert_eq!(exchanges(&e)[0].question.paragraphs[0].len(), 20_001);
}

#[test]
fn nul_bytes_stay_in_the_text() {
    let t = parse("Q: a\0b?\n\nA: \0.\n");
    assert_eq!(exchanges(&t)[0].question.paragraphs, ["a\0b?"]);
}

#[test]
fn a_bom_and_zero_width_characters_do_not_hide_a_label() {
    let t = parse("\u{feff}Q:\u{200b} a?\n\n\u{2060}A: b.\n");
    let e = exchanges(&t);
    assert_eq!((e[0].question.paragraphs[0].as_str(), e[0].answer.paragraphs[0].as_str()), ("a?", "b."));
}

#[test]
fn every_width_of_colon_ends_a_label() {
    let t = parse("路透社记者\u{ff1a}a？\n\n答\u{fe55}b。\n\nQ\u{2236} c?\n\nA\u{fe13} d.\n");
    let e = exchanges(&t);
    assert_eq!(e[0].asker.outlet.as_deref(), Some("路透社"));
    assert_eq!(e[0].answer.paragraphs, ["b。"]);
    assert_eq!(e[1].question.paragraphs, ["c?"]);
    assert_eq!(e[1].answer.paragraphs, ["d."]);
}

#[test]
fn line_and_paragraph_separators_end_lines() {
    let t = parse("Q: a?\u{2028}A: b.\u{2029}Q: c?\u{2028}A: d.");
    assert_eq!(t.stats.exchanges, 2);
}

#[test]
fn bidi_controls_stay_in_names_as_written() {
    let t = parse("\u{202e}Reuters\u{202c}: a?\n\nA: b.\n");
    let e = exchanges(&t);
    assert_eq!(e[0].asker.label.as_deref(), Some("\u{202e}Reuters\u{202c}"));
    assert_eq!(e[0].asker.outlet.as_deref(), Some("Reuters"));
}

#[test]
fn a_question_with_endless_parts_keeps_at_most_fifty() {
    let text = format!("Q: Why? {}\n\nA: No.\n", "In addition, how? ".repeat(10_000));
    let e = parse(&text);
    let parts = &exchanges(&e)[0].question.parts;
    assert_eq!(parts.len(), 50);
    assert!(parts[49].text.len() > 100_000, "the last part should take the rest");
}

#[test]
fn input_beyond_the_item_limit_is_kept_as_one_unparsed_text() {
    let text = "Q: a?\nA: b.\n".repeat(150_000);
    let t = parse(&text);
    assert!(t.check_lossless(&text).is_ok());
    assert_eq!(t.stats.exchanges, 100_000);
    let Some(Item::Unparsed(u)) = t.items.last() else { panic!("should end with the rest as unparsed text") };
    assert_eq!(u.reason, "beyond the item limit");
    assert_eq!(u.text.len(), text.len() / 3 - 1);
    assert!(t.diagnostics.iter().any(|d| d.kind == "item_limit"));
}

#[test]
fn page_chrome_lines_are_one_unparsed_text_with_their_lines_joined_by_newlines() {
    let unit = "来源：\n（供稿）\n2016-12-05\n打印本页\n";
    for (text, want) in [
        (unit.repeat(50_000), unit.repeat(50_000).trim_end().to_string()),
        // CRLF, indentation and blank lines are not kept: each line's text, joined by "\n".
        (unit.replace('\n', "\r\n").repeat(1_000), unit.repeat(1_000).trim_end().to_string()),
        (unit.replace('\n', "\n\n  ").repeat(1_000), unit.repeat(1_000).trim_end().to_string()),
    ] {
        let t = parse(&text);
        assert_eq!(t.items.len(), 1);
        let Item::Unparsed(u) = &t.items[0] else { panic!("should be unparsed") };
        assert_eq!(u.reason, "page chrome");
        assert_eq!(u.text, want);
        assert!(t.check_lossless(&text).is_ok());
    }
}
