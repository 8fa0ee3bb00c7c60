//! Arbitrary bytes → text (as UTF-8 when they are, and always through the
//! lossy conversion) → `parse`: no panic, nothing lost, and the same result
//! twice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use transcript_cards::parse;

fn check(text: &str) {
    let t = parse(text);
    if let Err(e) = t.check_lossless(text) {
        panic!("lossless check failed: {e}\ninput: {text:?}");
    }
    assert!(t == parse(text), "two parses of the same input differ\ninput: {text:?}");
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        check(text);
    } else {
        // What a browser or editor does with bad bytes: U+FFFD for each.
        check(&String::from_utf8_lossy(data));
    }
});
