//! The wasm glue, run in headless Chromium by wasm-bindgen-test
//! (`scripts/test-browser.sh`): what the page receives is plain,
//! JSON-shaped data, the same as the CLI prints.
//!
//! `src/wasm.rs` is private to the crate, so this test compiles that same
//! file as its own module (its `crate::parse` is the import below). Run it
//! without `--features wasm`: with it, the library's copy of the glue would
//! export the same JS names a second time.
#![cfg(all(target_arch = "wasm32", not(feature = "wasm")))]

// What src/wasm.rs names as `crate::…` (`crate::parse_with`, `crate::json`, `crate::rooms`, …).
#[allow(unused_imports)]
use transcript_cards::{Options, Transcript, align, json, parse, parse_with, rooms};
use wasm_bindgen::{JsCast, JsValue};

#[path = "../src/wasm.rs"]
mod wasm;
use wasm::{
    align_transcripts, list_rooms, parse_transcript, parse_transcript_json, parse_transcript_json_bytes, version,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).expect("a property read should not throw")
}

fn json(v: &JsValue) -> String {
    js_sys::JSON::stringify(v).expect("the parse should be JSON-serialisable").into()
}

#[wasm_bindgen_test]
fn should_return_a_plain_object_not_a_map() {
    let t = parse_transcript("Q: Any comment?\n\nA: No comment.\n", None).unwrap();
    assert!(t.is_object(), "a transcript should cross as an object");
    assert!(!t.is_instance_of::<js_sys::Map>(), "a transcript should be a plain object, not a Map");
    assert!(js_sys::Array::is_array(&get(&t, "items")), "items should be an array");
}

#[wasm_bindgen_test]
fn should_give_null_not_undefined_for_missing_values() {
    let t = parse_transcript("", None).unwrap();
    assert!(get(&t, "title").is_null(), "a missing title should be null");
    assert!(get(&t, "date").is_null(), "a missing date should be null");
}

#[wasm_bindgen_test]
fn should_equal_the_cli_json() {
    let text = "Q: Any comment?\n\nA: No comment.\n";
    let from_js = json(&parse_transcript(text, None).unwrap());
    let from_serde = serde_json::to_string(&parse(text)).unwrap();
    assert_eq!(from_js, from_serde, "JSON.stringify of the object should equal serde_json's output");
}

#[wasm_bindgen_test]
fn should_give_the_cli_json_as_text_for_the_archive() {
    // The archive keeps this text as it is: it must be the CLI's, byte for byte, room override included.
    for text in ["Q: Any comment?\n\nA: No comment.\n", ZH_2020_05_29] {
        for room in [None, Some("us-wh".to_string())] {
            let want = serde_json::to_string(&parse_with(text, &Options { room: room.clone() })).unwrap();
            assert_eq!(
                parse_transcript_json(text, room.clone()),
                want,
                "the JSON text should equal serde_json's output"
            );
            assert_eq!(
                parse_transcript_json_bytes(text, room.clone()),
                want.as_bytes(),
                "its bytes should be that text's UTF-8"
            );
            assert_eq!(json(&parse_transcript(text, room).unwrap()), want, "and so should the object made from it");
        }
    }
}

#[wasm_bindgen_test]
fn should_count_the_exchanges_in_stats() {
    let text = "Q: Any comment?\n\nA: No comment.\n";
    let t = parse_transcript(text, None).unwrap();
    let stats = get(&t, "stats");
    assert_eq!(
        get(&stats, "bytes").as_f64(),
        Some(text.len() as f64),
        "stats.bytes should be the input's length in bytes"
    );
    let items = js_sys::Array::from(&get(&t, "items"));
    assert_eq!(
        get(&stats, "exchanges").as_f64(),
        Some(items.iter().filter(|i| get(i, "kind").as_string().as_deref() == Some("exchange")).count() as f64),
        "stats.exchanges should count the exchange items"
    );
}

#[wasm_bindgen_test]
fn should_keep_markup_as_text() {
    let text = "Q: <img src=x onerror=alert(1)> <script>alert(2)</script>?\n\nA: No.\n";
    let out = json(&parse_transcript(text, None).unwrap());
    assert!(
        out.contains("<img src=x onerror=alert(1)>"),
        "markup in a question should come through as text, untouched"
    );
}

#[wasm_bindgen_test]
fn should_survive_any_text() {
    let nasty = "\u{feff}\r\n\u{0}\u{2028}问：\u{3000}\n答：\nQ:\nA:\n\u{1F600}";
    assert!(parse_transcript(nasty, None).is_ok(), "odd bytes should still parse");
}

#[wasm_bindgen_test]
fn should_report_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

const EN_2020_05_29: &str = include_str!("../../shared/corpus/cn-mfa-en/2020-05-29-1784166.txt");
const ZH_2020_05_29: &str = include_str!("../../shared/corpus/cn-mfa-zh/2020-05-29-1784058.txt");

#[wasm_bindgen_test]
fn should_align_two_transcripts_as_plain_pairs() {
    let pairs = align_transcripts(ZH_2020_05_29, EN_2020_05_29).unwrap();
    assert!(js_sys::Array::is_array(&pairs), "the alignment should cross as an array");
    let pairs = js_sys::Array::from(&pairs);
    assert_eq!(pairs.length(), 18, "the 18 exchanges of 29 May 2020 should give 18 rows");
    for (k, pair) in pairs.iter().enumerate() {
        let id = format!("e{}", k + 1);
        assert_eq!(get(&pair, "a").as_string(), Some(id.clone()), "row {k} should hold Chinese exchange {id}");
        assert_eq!(get(&pair, "b").as_string(), Some(id.clone()), "row {k} should pair it with English exchange {id}");
        assert!(get(&pair, "similarity").as_f64().is_some(), "each row should carry a similarity number");
    }
    let core = align(&parse(ZH_2020_05_29), &parse(EN_2020_05_29));
    for (pair, expected) in pairs.iter().zip(&core) {
        let similarity = get(&pair, "similarity").as_f64().unwrap();
        assert!(
            (similarity - expected.similarity as f64).abs() < 1e-6,
            "the similarity should be the core's align() figure"
        );
    }
}

#[wasm_bindgen_test]
fn should_align_text_with_no_exchanges_as_no_rows() {
    let pairs = align_transcripts("not a transcript", "Q: Any comment?\n\nA: No comment.\n").unwrap();
    let rows = js_sys::Array::from(&pairs);
    assert_eq!(rows.length(), 1, "the one exchange should stand alone in its row");
    assert!(get(&rows.get(0), "a").is_null(), "the text with no exchange gives no id");
}

#[wasm_bindgen_test]
fn should_read_a_text_as_the_room_asked_for_and_list_the_rooms() {
    let text = "Q    Any update?\n\nMS. PSAKI: None.\n";
    let t = parse_transcript(text, Some("us-wh".into())).unwrap();
    let source = get(&t, "source");
    assert_eq!(get(&source, "room").as_string().as_deref(), Some("us-wh"), "the room asked for should be used");
    assert_eq!(get(&source, "detected").as_bool(), Some(false), "a chosen room is not a detected one");
    let rooms = list_rooms().unwrap();
    assert!(js_sys::Array::is_array(&rooms), "rooms should be an array");
    let ids: Vec<String> = js_sys::Array::from(&rooms).iter().filter_map(|r| get(&r, "id").as_string()).collect();
    assert!(
        ids.iter().any(|i| i == "us-wh") && ids.iter().any(|i| i == "cn-mfa"),
        "rooms should list every room: {ids:?}"
    );
}
