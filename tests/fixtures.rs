//! Fixture tests: each `tests/fixtures/NAME.txt` is parsed and compared with
//! `NAME.json`, the expected parse without its byte spans (spans are checked
//! by the lossless property instead, on every fixture). A fixture is named
//! after what it shows; a bug becomes a new fixture.
//!
//! After a deliberate change of output, `UPDATE_FIXTURES=1 cargo test --test
//! fixtures` rewrites the expected files; read the diff before committing.

use std::path::Path;

use serde_json::Value;

/// The parse as JSON, spans removed.
fn project(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|k, _| !matches!(k.as_str(), "span" | "label_span" | "paragraph_spans"));
            m.values_mut().for_each(project);
        }
        Value::Array(a) => a.iter_mut().for_each(project),
        _ => {}
    }
}

#[test]
fn every_fixture_parses_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "should find the fixtures");
    let mut failures = Vec::new();
    for txt in &names {
        let text = std::fs::read_to_string(txt).unwrap();
        let t = transcript_cards::parse(&text);
        let name = txt.file_stem().unwrap().to_string_lossy();
        if let Err(e) = t.check_lossless(&text) {
            failures.push(format!("{name}: should lose no text, but {e}"));
        }
        let mut got = serde_json::to_value(&t).unwrap();
        project(&mut got);
        let expected_path = txt.with_extension("json");
        if update {
            std::fs::write(&expected_path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
            continue;
        }
        let expected: Value = match std::fs::read_to_string(&expected_path) {
            Ok(s) => serde_json::from_str(&s).unwrap(),
            Err(_) => {
                failures.push(format!("{name}: has no expected output (run with UPDATE_FIXTURES=1)"));
                continue;
            }
        };
        if got != expected {
            failures.push(format!(
                "{name}: should parse as {} expects, but gives:\n{}",
                expected_path.display(),
                serde_json::to_string_pretty(&got).unwrap()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
