//! Arbitrary text → `parse` → JSON → back: the same `Transcript`, and the
//! JSON written again is byte for byte the JSON read. The CLI's own JSON
//! writer (`transcript_cards::json`) writes byte for byte what serde_json does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use transcript_cards::{Transcript, parse};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let t = parse(&text);
    let json = serde_json::to_string(&t).expect("a Transcript always serialises");
    let back: Transcript = match serde_json::from_str(&json) {
        Ok(back) => back,
        Err(e) => panic!("the JSON of a parse does not read back: {e}\njson: {json}"),
    };
    assert!(back == t, "the Transcript read back from JSON differs\ninput: {text:?}\njson: {json}");
    let mut ours = Vec::new();
    transcript_cards::json::to_writer(&mut ours, &t).expect("writing to memory cannot fail");
    assert!(
        ours == json.as_bytes(),
        "the CLI's JSON differs from serde_json's\nours:       {}\nserde_json: {json}",
        String::from_utf8_lossy(&ours)
    );
    let again = serde_json::to_string(&back).expect("a Transcript always serialises");
    assert!(again == json, "the JSON written again differs\nfirst:  {json}\nsecond: {again}");
});
