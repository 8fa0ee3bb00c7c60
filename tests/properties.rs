//! Property tests: random and mutated transcripts never panic, lose no text,
//! parse the same way twice, and survive a JSON round trip unchanged.

use proptest::prelude::*;
use transcript_cards::{Transcript, parse};

/// Pieces transcripts are made of, weighted towards the tricky ones.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just("\n".to_string()),
        2 => Just("\n\n".to_string()),
        1 => Just("\r\n".to_string()),
        1 => Just("\r".to_string()),
        1 => Just("\u{2028}".to_string()),
        2 => Just("  ".to_string()),
        1 => Just("\u{3000}\u{3000}".to_string()),
        1 => Just("\u{feff}".to_string()),
        1 => Just("\u{200b}".to_string()),
        1 => Just("\u{202e}".to_string()),
        1 => Just("\0".to_string()),
        3 => Just("Q: ".to_string()),
        3 => Just("A: ".to_string()),
        2 => Just("问：".to_string()),
        2 => Just("答：".to_string()),
        1 => Just("追问：".to_string()),
        1 => Just("记者：".to_string()),
        1 => Just("路透社记者：".to_string()),
        1 => Just("Follow-up: ".to_string()),
        1 => Just("NHK\n\nreporter: ".to_string()),
        1 => Just("Wang Wenbin: ".to_string()),
        1 => Just("赵立坚：".to_string()),
        1 => Just("Xinhua News Agency: ".to_string()),
        1 => Just("来源：".to_string()),
        1 => Just("打印本页".to_string()),
        1 => Just("2016-12-05".to_string()),
        1 => Just("First question, ".to_string()),
        1 => Just("Second question, ".to_string()),
        1 => Just("Regarding your second question, ".to_string()),
        1 => Just("I have already answered it just now.".to_string()),
        1 => Just("Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 17, 2018".to_string()),
        1 => Just("：".to_string()),
        1 => Just(":".to_string()),
        1 => Just("?".to_string()),
        1 => Just("。".to_string()),
        6 => "[a-zA-Z ,.?]{1,20}",
        2 => "[\u{4e00}-\u{4e80}，。？]{1,10}",
        2 => any::<char>().prop_map(String::from),
    ]
}

fn transcript() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..120).prop_map(|v| v.concat())
}

/// A real transcript to mutate: the sample the page opens with.
const SAMPLE: &str = include_str!("fixtures/machine-translation-split-labels-and-indented-paragraphs.txt");
const SAMPLE_ZH: &str = include_str!("fixtures/chinese-original-with-page-chrome-and-crlf.txt");

/// A mutation: cut a range, or insert a token, at character boundaries.
fn mutated() -> impl Strategy<Value = String> {
    let edits = prop::collection::vec(
        (any::<prop::sample::Index>(), any::<prop::sample::Index>(), token(), any::<bool>()),
        1..12,
    );
    (prop::bool::ANY, edits).prop_map(|(zh, edits)| {
        let mut s = if zh { SAMPLE_ZH } else { SAMPLE }.to_string();
        for (a, b, tok, cut) in edits {
            let bounds: Vec<usize> = s.char_indices().map(|(i, _)| i).chain([s.len()]).collect();
            let (i, j) = (a.index(bounds.len()), b.index(bounds.len()));
            let (i, j) = (i.min(j), i.max(j).min(i.min(j) + 80));
            let (x, y) = (bounds[i], bounds[j]);
            if cut {
                s.replace_range(x..y, "");
            } else {
                s.insert_str(x, &tok);
            }
        }
        s
    })
}

fn holds(text: &str) -> Result<(), TestCaseError> {
    let t = parse(text);
    if let Err(e) = t.check_lossless(text) {
        return Err(TestCaseError::fail(format!("should lose no text, but {e}")));
    }
    prop_assert_eq!(&parse(text), &t, "should parse the same way twice");
    let json = serde_json::to_string(&t).unwrap();
    let back: Transcript = serde_json::from_str(&json).unwrap();
    prop_assert_eq!(back, t, "should survive a JSON round trip");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_transcripts_never_panic_and_lose_no_text(text in transcript()) {
        holds(&text)?;
    }

    #[test]
    fn mutated_transcripts_never_panic_and_lose_no_text(text in mutated()) {
        holds(&text)?;
    }

    #[test]
    fn arbitrary_strings_never_panic_and_lose_no_text(text in any::<String>()) {
        holds(&text)?;
    }
}
