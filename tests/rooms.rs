//! The briefing rooms against what a reader says of real excerpts: each
//! `tests/fixtures/<room>-*.txt` beside a hand-written `NAME.expect.json`
//! (its source address, room, title, date, spokespersons, and its items in
//! order: who asked, who answered, how each text starts). Written by
//! reading the pages, never by running the parser (`tests/fixtures/ROOMS.md`
//! says where each excerpt comes from and the conventions they follow).

use std::path::{Path, PathBuf};

use serde_json::Value;
use transcript_cards::{Item, Transcript, parse};

fn expectations() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".expect.json"))
        .collect();
    out.sort();
    out
}

/// White space folded, for comparing texts as written.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn text_starts(got: &str, want: &Value) -> bool {
    match want.as_str() {
        Some(w) => fold(got).starts_with(&fold(w)),
        None => got.trim().is_empty(),
    }
}

fn same(got: Option<&str>, want: &Value) -> bool {
    got.map(fold) == want.as_str().map(fold)
}

/// What the parse says of one item, in the expectation's terms, or why not.
fn check(item: &Item, want: &Value) -> Result<(), String> {
    let kind = want["kind"].as_str().unwrap_or("");
    let bad = |what: &str, got: &dyn std::fmt::Debug| Err(format!("{what}: got {got:?}, want {}", want));
    match item {
        Item::Exchange(e) => {
            if kind != "exchange" {
                return bad("kind", &"exchange");
            }
            let asker = &want["asker"];
            if !same(e.asker.label.as_deref(), &asker["label"]) {
                return bad("asker label", &e.asker.label);
            }
            if !same(e.asker.outlet.as_deref(), &asker["outlet"]) {
                return bad("outlet", &e.asker.outlet);
            }
            if !same(e.asker.name.as_deref(), &asker["name"]) {
                return bad("asker name", &e.asker.name);
            }
            if asker["inferred"].as_bool().unwrap_or(false) != e.asker.inferred {
                return bad("asker inferred", &e.asker.inferred);
            }
            if !text_starts(&e.question.paragraphs.join(" "), &want["question_starts"]) {
                return bad("question", &e.question.paragraphs.first());
            }
            if !same(e.answer.speaker.as_deref(), &want["speaker"]) {
                return bad("answer speaker", &e.answer.speaker);
            }
            if !same(e.answer.label.as_deref(), &want["answer_label"]) {
                return bad("answer label", &e.answer.label);
            }
            if !text_starts(&e.answer.paragraphs.join(" "), &want["answer_starts"]) {
                return bad("answer", &e.answer.paragraphs.first());
            }
            if let Some(turns) = want["answer_turns"].as_array() {
                let got: Vec<(Option<&str>, Option<&str>)> =
                    e.answer.turns.iter().map(|t| (t.label.as_deref(), t.speaker.as_deref())).collect();
                let ok = got.len() == turns.len()
                    && got.iter().zip(turns).all(|((l, s), w)| same(*l, &w["label"]) && same(*s, &w["speaker"]));
                if !ok {
                    return bad("answer turns", &got);
                }
            }
            if let Some(topic) = want["topic"].as_str() {
                if e.section.as_deref().map(fold) != Some(fold(topic)) {
                    return bad("topic", &e.section);
                }
            }
            Ok(())
        }
        Item::Statement(s) => {
            let got_kind = if s.minor { "minor" } else { "statement" };
            if kind != got_kind {
                return bad("kind", &got_kind);
            }
            if !same(s.label.as_deref(), &want["label"]) {
                return bad("label", &s.label);
            }
            if !same(s.speaker.as_deref(), &want["speaker"]) {
                return bad("speaker", &s.speaker);
            }
            if !text_starts(&s.paragraphs.join(" "), &want["starts"]) {
                return bad("text", &s.paragraphs.first());
            }
            if let Some(topic) = want["topic"].as_str() {
                if s.section.as_deref().map(fold) != Some(fold(topic)) {
                    return bad("topic", &s.section);
                }
            }
            Ok(())
        }
        Item::Unparsed(_) => Err("unparsed text where the reader sees an item".into()),
    }
}

fn compare(t: &Transcript, want: &Value) -> Vec<String> {
    let mut failures = Vec::new();
    if t.source.room != want["room"].as_str().unwrap_or("") {
        failures.push(format!("should be read as room {}, but is {}", want["room"], t.source.room));
    }
    if !same(t.title.as_deref(), &want["title"]) {
        failures.push(format!("should have the title {}, but has {:?}", want["title"], t.title));
    }
    if t.date.as_deref() != want["date"].as_str() {
        failures.push(format!("should have the date {}, but has {:?}", want["date"], t.date));
    }
    let spokespersons: Vec<&str> =
        want["spokespersons"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    if t.spokespersons != spokespersons {
        failures.push(format!("should name the spokespersons {spokespersons:?}, but names {:?}", t.spokespersons));
    }
    // Page chrome is shown, but a reader lists none of it.
    let items: Vec<&Item> = t.items.iter().filter(|i| !matches!(i, Item::Unparsed(_))).collect();
    let wanted = want["items"].as_array().cloned().unwrap_or_default();
    if items.len() != wanted.len() {
        failures.push(format!("should have {} items (chrome aside), but has {}", wanted.len(), items.len()));
    }
    for (k, (item, w)) in items.iter().zip(&wanted).enumerate() {
        if let Err(e) = check(item, w) {
            failures.push(format!("item {}: {e}", k + 1));
        }
    }
    failures
}

#[test]
fn every_room_fixture_reads_as_a_reader_reads_it() {
    let files = expectations();
    assert!(files.len() >= 18, "should find three fixtures or more for each room, found {}", files.len());
    let mut failures = Vec::new();
    let mut rooms = std::collections::BTreeMap::<String, usize>::new();
    for path in &files {
        let want: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().trim_end_matches(".expect.json").to_string();
        assert!(
            want["source"].as_str().is_some_and(|s| s.starts_with("http")),
            "{name}: should name the address of the page it comes from"
        );
        *rooms.entry(want["room"].as_str().unwrap_or("").to_string()).or_default() += 1;
        let text = std::fs::read_to_string(path.with_file_name(format!("{name}.txt"))).unwrap();
        let t = parse(&text);
        if let Err(e) = t.check_lossless(&text) {
            failures.push(format!("{name}: should lose no text, but {e}"));
        }
        failures.extend(compare(&t, &want).into_iter().map(|f| format!("{name}: {f}")));
    }
    for room in ["us-wh", "us-state", "un-noon", "ru-mfa", "jp-mofa"] {
        assert!(rooms.get(room).copied().unwrap_or(0) >= 3, "should have three fixtures or more of {room}: {rooms:?}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
