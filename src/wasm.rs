//! The browser glue: the only module that names `wasm_bindgen`.
//!
//! A few flat, data-shaped functions. [`parse_transcript`] hands the page a
//! plain JavaScript object shaped exactly like the CLI's JSON (objects, not
//! `Map`s; `null` for a missing value), so `JSON.stringify` of it equals
//! `transcript-cards parse --format json`. Nothing here parses: it converts.
//!
//! A transcript crosses as the CLI's JSON text, which the engine's
//! `JSON.parse` turns into objects: one string decoded, rather than an
//! object built and a string decoded for every field by the glue
//! (serde-wasm-bindgen), which was 0.5 ms of a 30 KB briefing's 2.2 ms, and
//! the largest part of an archive import. The small answers (rooms, aligned
//! pairs) still cross through serde-wasm-bindgen.

use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Parses a transcript into a plain object (`Transcript` as JSON-shaped
/// data), read as the briefing room `room` when one is given (`"us-wh"`;
/// see [`list_rooms`]), else as the room detected.
///
/// Parsing never fails; the only error is a failed conversion to JavaScript,
/// raised as a JS `Error`.
#[wasm_bindgen(js_name = parseTranscript)]
pub fn parse_transcript(text: &str, room: Option<String>) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&parse_transcript_json(text, room))
        .map_err(|e| JsError::new(&format!("cannot hand the transcript to JavaScript: {e:?}")))
}

/// Parses a transcript into the CLI's JSON text (`parse --format json`,
/// byte for byte), read as `room` when one is given. For callers that keep
/// the JSON (the archive stores it) or hand it to `JSON.parse`, which builds
/// the object faster than the glue does.
#[wasm_bindgen(js_name = parseTranscriptJson)]
pub fn parse_transcript_json(text: &str, room: Option<String>) -> String {
    String::from_utf8(parse_transcript_json_bytes(text, room)).expect("the JSON writer writes UTF-8")
}

/// The same JSON as [`parse_transcript_json`], as its UTF-8 bytes (a
/// `Uint8Array`): what the archive keeps. Half the size of the string a
/// two-byte text makes, so half as much to copy between threads (the
/// bytes are moved) and for IndexedDB to write.
#[wasm_bindgen(js_name = parseTranscriptJsonBytes)]
pub fn parse_transcript_json_bytes(text: &str, room: Option<String>) -> Vec<u8> {
    let transcript = crate::parse_with(text, &crate::Options { room });
    let mut out = Vec::with_capacity(text.len() * 2 + 1024);
    crate::json::to_writer(&mut out, &transcript).expect("writing to a Vec cannot fail");
    out
}

/// The briefing rooms, `[{id, institution}]`, for a reader to choose from.
#[wasm_bindgen(js_name = rooms)]
pub fn list_rooms() -> Result<JsValue, JsError> {
    #[derive(Serialize)]
    struct Room {
        id: &'static str,
        institution: Option<&'static str>,
    }
    let rooms: Vec<Room> = crate::rooms().into_iter().map(|(id, institution)| Room { id, institution }).collect();
    to_js(&rooms)
}

/// Aligns the exchanges of two versions of one briefing (the Chinese
/// original and the English version), given their texts: `[{a, b,
/// similarity}]` with exchange ids, every exchange of each in one row.
/// Texts rather than parsed objects cross the boundary: re-parsing costs a
/// few milliseconds, while reading a transcript back from JavaScript would
/// add a deserialiser of the whole model to the shipped wasm (38 KB gzipped).
#[wasm_bindgen(js_name = alignTranscripts)]
pub fn align_transcripts(a: &str, b: &str) -> Result<JsValue, JsError> {
    to_js(&crate::align(&crate::parse(a), &crate::parse(b)))
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

/// Serialises JSON-compatibly: structs as plain objects, `None` as `null`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot hand the transcript to JavaScript: {e}")))
}
