//! Replays every input in tests/fuzz-regressions/ — crashes the fuzzers found
//! (minimised, named after what they show) and a few small inputs kept because
//! they reach odd corners — through the checks the fuzz targets make
//! (fuzz/fuzz_targets/): no panic, nothing lost, the same parse twice, and a
//! JSON round trip that gives back the same transcript and the same bytes.
//!
//! Inputs are bytes, as the fuzzers give them: text that is not UTF-8 is read
//! the way the fuzz targets read it, with U+FFFD for each bad sequence.

use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use transcript_cards::{Transcript, parse};

fn inputs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    out
}

/// The fuzz targets' checks on one input; the error says which failed.
fn check(bytes: &[u8]) -> Result<(), String> {
    let text = String::from_utf8_lossy(bytes);
    let t = parse(&text);
    t.check_lossless(&text).map_err(|e| format!("text lost: {e}"))?;
    if parse(&text) != t {
        return Err("two parses of the same input differ".to_string());
    }
    let json = serde_json::to_string(&t).map_err(|e| format!("does not serialise: {e}"))?;
    let back: Transcript = serde_json::from_str(&json).map_err(|e| format!("its JSON does not read back: {e}"))?;
    if back != t {
        return Err(format!("the transcript read back from JSON differs\njson: {json}"));
    }
    let again = serde_json::to_string(&back).map_err(|e| format!("does not serialise again: {e}"))?;
    if again != json {
        return Err(format!("the JSON written again differs\nfirst:  {json}\nsecond: {again}"));
    }
    Ok(())
}

#[test]
fn every_fuzz_regression_input_parses_losslessly_and_round_trips() {
    let files = inputs();
    assert!(!files.is_empty(), "tests/fuzz-regressions/ holds no input: the replay would check nothing");
    let mut failures = Vec::new();
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("cannot read {name}: {e}"));
        // A panic in the parser is reported with the file, and the others still run.
        match panic::catch_unwind(AssertUnwindSafe(|| check(&bytes))) {
            Ok(Ok(())) => {}
            Ok(Err(why)) => failures.push(format!("{name}: {why}")),
            Err(payload) => {
                let msg = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic without a message".to_string());
                failures.push(format!("{name}: panicked: {msg}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fuzz regression inputs fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
