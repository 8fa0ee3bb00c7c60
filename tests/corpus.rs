//! Every transcript of ../shared/corpus: parsed without a panic, nothing
//! lost, and — where a gold file stands beside it — the same exchanges,
//! outlets, speakers, answer paragraphs, header and parts as the gold.
//!
//! The corpus lives beside the repository (../shared/corpus); when it is not
//! there the test says so and checks nothing else.

use std::path::{Path, PathBuf};

use serde_json::Value;
use transcript_cards::{Item, parse};

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

fn transcripts(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for sub in std::fs::read_dir(dir).unwrap().flatten() {
        if sub.path().is_dir() {
            for f in std::fs::read_dir(sub.path()).unwrap().flatten() {
                if f.path().extension().is_some_and(|e| e == "txt") {
                    out.push(f.path());
                }
            }
        }
    }
    out.sort();
    out
}

/// Word tokens as the scorer folds them: lower case, CJK ideographs one by one.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let cjk = matches!(c as u32, 0x3400..=0x9fff | 0xf900..=0xfaff);
        if c.is_alphanumeric() && !cjk {
            cur.push(c);
            continue;
        }
        if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
        if cjk {
            out.push(c.to_string());
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn norm_name(s: Option<&str>) -> String {
    let s = s.unwrap_or("").to_lowercase();
    let s: String = s.chars().filter(|c| !"\"'“”‘’「」『』《》".contains(*c)).collect();
    let s = s.replace("记者", "");
    let s =
        s.split_whitespace().filter(|w| !matches!(*w, "reporter" | "correspondent" | "journalist")).collect::<Vec<_>>();
    s.join(" ").trim_matches(|c| " .,:;".contains(c)).to_string()
}

#[test]
fn every_corpus_transcript_parses_without_losing_text() {
    let Some(dir) = corpus() else {
        eprintln!("../shared/corpus is not there: nothing to check");
        return;
    };
    let files = transcripts(&dir);
    assert!(files.len() >= 50, "should find the corpus transcripts, found {}", files.len());
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let t = parse(&text);
        if let Err(e) = t.check_lossless(&text) {
            panic!("{}: should lose no text, but {e}", f.display());
        }
        assert!(t.stats.exchanges > 0, "{}: should find exchanges", f.display());
    }
}

#[test]
fn every_corpus_transcript_matches_its_gold() {
    let Some(dir) = corpus() else { return };
    let mut checked = 0;
    let mut failures = Vec::new();
    for f in transcripts(&dir) {
        let gold_path = f.with_extension("gold.json");
        let Ok(gold) = std::fs::read_to_string(&gold_path) else { continue };
        let gold: Value = serde_json::from_str(&gold).unwrap();
        let text = std::fs::read_to_string(&f).unwrap();
        let t = parse(&text);
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let mut fail = |what: String| failures.push(format!("{name}: {what}"));
        if t.title.as_deref() != gold["title"].as_str() {
            fail(format!("title {:?}", t.title));
        }
        if t.date.as_deref() != gold["date"].as_str() {
            fail(format!("date {:?}", t.date));
        }
        let sp: Vec<&str> = gold["spokespersons"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        if t.spokespersons != sp {
            fail(format!("spokespersons {:?}", t.spokespersons));
        }
        let gold_ex: Vec<&Value> =
            gold["items"].as_array().unwrap().iter().filter(|i| i["kind"] == "exchange").collect();
        let ours: Vec<_> =
            t.items.iter().filter_map(|i| if let Item::Exchange(e) = i { Some(e) } else { None }).collect();
        if gold_ex.len() != ours.len() {
            fail(format!("{} exchanges, gold has {}", ours.len(), gold_ex.len()));
            continue;
        }
        for (n, (g, e)) in gold_ex.iter().zip(&ours).enumerate() {
            let n = n + 1;
            if words(g["question"].as_str().unwrap()) != words(&e.question.paragraphs.join(" ")) {
                fail(format!("exchange {n}: question differs"));
            }
            if words(g["answer"].as_str().unwrap()) != words(&e.answer.paragraphs.join(" ")) {
                fail(format!("exchange {n}: answer differs"));
            }
            if g["follow_up"] != Value::Bool(true)
                && norm_name(g["outlet"].as_str()) != norm_name(e.asker.outlet.as_deref())
            {
                fail(format!("exchange {n}: outlet {:?}, gold {:?}", e.asker.outlet, g["outlet"]));
            }
            if (g["follow_up"] == Value::Bool(true)) != e.follow_up {
                fail(format!("exchange {n}: follow_up {}", e.follow_up));
            }
            if norm_name(g["answer_speaker"].as_str()) != norm_name(e.answer.speaker.as_deref()) {
                fail(format!("exchange {n}: speaker {:?}", e.answer.speaker));
            }
            if let Some(gp) = g["answer_paragraphs"].as_array() {
                let gp: Vec<Vec<String>> = gp.iter().map(|p| words(p.as_str().unwrap())).collect();
                let ep: Vec<Vec<String>> = e.answer.paragraphs.iter().map(|p| words(p)).collect();
                if gp != ep {
                    fail(format!("exchange {n}: {} answer paragraphs, gold {}", ep.len(), gp.len()));
                }
            }
            if let Some(gq) = g["question_parts"].as_array() {
                let gq: Vec<Vec<String>> = gq.iter().map(|p| words(p.as_str().unwrap())).collect();
                let eq: Vec<Vec<String>> = e.question.parts.iter().map(|p| words(&p.text)).collect();
                if gq != eq {
                    fail(format!("exchange {n}: question parts differ"));
                }
            }
            if let Some(ga) = g["answer_parts"].as_array() {
                let ga: Vec<Vec<String>> = ga.iter().map(|p| words(p.as_str().unwrap())).collect();
                let ea: Vec<Vec<String>> = e.answer.parts.iter().map(|p| words(&p.text)).collect();
                if ga != ea {
                    fail(format!("exchange {n}: answer parts differ"));
                }
            }
            if let Some(refs) = g["answer_part_refers_to"].as_object() {
                for (part, target) in refs {
                    let k: usize = part.parse().unwrap();
                    let got = e.answer.parts.get(k - 1).and_then(|p| p.refers_to.as_ref()).map(|r| (r.number, r.part));
                    let want = (target[0].as_u64().unwrap() as usize, target[1].as_u64().unwrap() as usize);
                    if got != Some(want) {
                        fail(format!("exchange {n}: answer part {k} refers to {got:?}, gold {want:?}"));
                    }
                }
            }
        }
        checked += 1;
    }
    assert!(failures.is_empty(), "should match the gold exactly:\n{}", failures.join("\n"));
    assert!(checked >= 45, "should check every gold file, checked {checked}");
}
