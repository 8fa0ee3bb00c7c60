//! The CLI's JSON writer (src/json.rs) writes byte for byte what
//! `serde_json::to_writer` writes: on every corpus transcript, every
//! fixture, hostile text, and random strings.

use std::path::Path;

use proptest::prelude::*;
use transcript_cards::parse;

fn ours<T: serde::Serialize + ?Sized>(v: &T) -> Vec<u8> {
    let mut out = Vec::new();
    transcript_cards::json::to_writer(&mut out, v).unwrap();
    out
}

fn assert_same(name: &str, text: &str) {
    let t = parse(text);
    let theirs = serde_json::to_vec(&t).unwrap();
    let mine = ours(&t);
    if mine != theirs {
        let i = mine.iter().zip(&theirs).position(|(a, b)| a != b).unwrap_or(mine.len().min(theirs.len()));
        let around = |b: &[u8]| String::from_utf8_lossy(&b[i.saturating_sub(60)..(i + 60).min(b.len())]).into_owned();
        panic!("{name}: JSON differs at byte {i}\n ours:       {}\n serde_json: {}", around(&mine), around(&theirs));
    }
}

fn txt_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            txt_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(p);
        }
    }
}

#[test]
fn should_write_what_serde_json_writes_for_every_corpus_file_and_fixture() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    txt_files(&root.join("tests/fixtures"), &mut files);
    txt_files(&root.join("tests/fuzz-regressions"), &mut files);
    txt_files(&root.join("../shared/corpus"), &mut files);
    assert!(files.len() >= 18, "fixtures missing: {}", files.len());
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        assert_same(&f.display().to_string(), &String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn should_escape_hostile_text_as_serde_json_does() {
    let nasty = "Q: \"quoted\" \\back\\slash\u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f}\t\r\n\nA: </script><img src=x onerror=alert(1)> \u{2028}\u{2029}\u{feff}\u{200b} 记者：“引号” \u{10ffff}\n";
    assert_same("hostile", nasty);
    assert_same("empty", "");
}

proptest! {
    #[test]
    fn should_agree_with_serde_json_on_any_string(s in "(?s).{0,80}", t in "[\"\\\\\u{0}-\u{1f} a-z中文é]{0,40}") {
        for v in [&s, &t] {
            prop_assert_eq!(ours(v.as_str()), serde_json::to_vec(v.as_str()).unwrap());
        }
        assert_same("random", &format!("Q: {s}\n\nA: {t}\n"));
    }
}
