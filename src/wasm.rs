//! The browser glue: the only module that names `wasm_bindgen`.
//!
//! A few flat, data-shaped functions. [`parse_transcript`] hands the page a
//! plain JavaScript object shaped exactly like the CLI's JSON (objects, not
//! `Map`s; `null` for a missing value), so `JSON.stringify` of it equals
//! `transcript-cards parse --format json`. Nothing here parses: it converts.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Parses a transcript into a plain object (`Transcript` as JSON-shaped data).
///
/// Parsing never fails; the only error is a failed conversion to JavaScript,
/// raised as a JS `Error`.
#[wasm_bindgen(js_name = parseTranscript)]
pub fn parse_transcript(text: &str) -> Result<JsValue, JsError> {
    to_js(&crate::parse(text))
}

/// Aligns the exchanges of two transcripts of one briefing (say the Chinese
/// original and the English version), each a `parseTranscript` result:
/// `[{a: "e1", b: "e1", similarity: 0.83}, {a: "e2", b: null, similarity: 0}, …]`
/// in briefing order, `a`/`b` the exchange ids in the first/second (see
/// `transcript_cards::align`).
///
/// Errors (as a JS `Error`) only when an argument is not a transcript.
#[wasm_bindgen(js_name = alignTranscripts)]
pub fn align_transcripts(a: JsValue, b: JsValue) -> Result<JsValue, JsError> {
    let a = from_js(a, "first")?;
    let b = from_js(b, "second")?;
    to_js(&crate::align(&a, &b))
}

/// The crate's version, for the page's footer and bug reports.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Test hook: panics, so the instance traps (`RuntimeError: unreachable`).
/// Nothing calls it in normal use; `www/parser.js` calls it when a test sets
/// `globalThis.__tcForceTrap`, to prove a trap is caught and the next parse
/// gets a fresh instance.
#[wasm_bindgen(js_name = debugTrap)]
pub fn debug_trap() {
    panic!("debugTrap: a trap forced by a test");
}

/// Reads back a transcript the page holds (a `parseTranscript` result).
fn from_js(value: JsValue, which: &str) -> Result<crate::Transcript, JsError> {
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsError::new(&format!("the {which} argument is not a transcript: {e}")))
}

/// Serialises JSON-compatibly: structs as plain objects, `None` as `null`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot hand the transcript to JavaScript: {e}")))
}
