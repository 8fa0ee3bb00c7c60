//! Tags checked against hand-made lists. Each `tests/tags-expected/F__ID.json`
//! names a corpus transcript (`../shared/corpus/F/ID.txt`) and, for every
//! exchange and statement, the places, topics, canonical outlet and canonical
//! speaker a reader finds in its text. The lists were written by reading each
//! item; `notes` says where they differ from what the tagger first gave.
//!
//! Every item must match exactly, except the `known_misses` a file lists
//! (`{"id", "field", "got", "reason"}`): there the tagger must give exactly
//! `got`, and a listed miss that starts to pass fails the test until it is
//! taken off the list. The test prints the precision and recall of places
//! and topics over all checked items.
//!
//! What the lists count: a place when the text names it in a form the
//! tables' conventions take (a name, an adjective, a capital, "the … side",
//! 中方 or "Chinese" for CN, a compound such as 中美 or "Sino-US"); a topic when
//! the text speaks of it, a passing mention included ("economic and trade
//! cooperation" is trade), but not when it is only implied.
//!
//! The English and Chinese versions of one briefing (see `PAIRS`) must also
//! agree exchange by exchange on canonical outlet and speaker.
//!
//! The corpus lives beside the repository (../shared/corpus); when it is not
//! there the test says so and checks nothing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;
use transcript_cards::{Item, parse};

/// Transcripts of one briefing in two languages, by expected-file name.
const PAIRS: &[(&str, &str)] = &[("cn-mfa-en__2020-05-29-1784166", "cn-mfa-zh__2020-05-29-1784058")];

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    dir.is_dir().then_some(dir)
}

fn expected_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tags-expected");
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    out.sort();
    out
}

/// What the tagger gave, or what a list expects, for one item.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Tagged {
    id: String,
    outlet: Option<String>,
    speaker: Option<String>,
    places: BTreeSet<String>,
    topics: BTreeSet<String>,
    /// The start of the item's text, to show in a diff.
    text: String,
}

impl Tagged {
    fn field(&self, name: &str) -> Value {
        match name {
            "outlet_canonical" => self.outlet.clone().into(),
            "speaker_canonical" => self.speaker.clone().into(),
            "places" => self.places.iter().cloned().collect(),
            "topics" => self.topics.iter().cloned().collect(),
            _ => panic!("no field {name}"),
        }
    }
}

const FIELDS: [&str; 4] = ["places", "topics", "outlet_canonical", "speaker_canonical"];

fn tagged(items: &[Item]) -> Vec<Tagged> {
    let set = |v: &[String]| v.iter().cloned().collect::<BTreeSet<_>>();
    let start = |paras: &[String]| paras.first().map(|p| p.chars().take(70).collect()).unwrap_or_default();
    items
        .iter()
        .filter_map(|i| match i {
            Item::Exchange(e) => Some(Tagged {
                id: e.id.clone(),
                outlet: e.asker.outlet_canonical.clone(),
                speaker: e.answer.speaker_canonical.clone(),
                places: set(&e.tags.places),
                topics: set(&e.tags.topics),
                text: start(&e.question.paragraphs),
            }),
            Item::Statement(s) => Some(Tagged {
                id: s.id.clone(),
                outlet: None,
                speaker: s.speaker_canonical.clone(),
                places: set(&s.tags.places),
                topics: set(&s.tags.topics),
                text: start(&s.paragraphs),
            }),
            Item::Unparsed(_) => None,
        })
        .collect()
}

fn expected(v: &Value) -> Vec<Tagged> {
    let set = |v: &Value| v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect();
    let name = |v: &Value| v.as_str().map(str::to_string);
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| Tagged {
            id: i["id"].as_str().unwrap().to_string(),
            outlet: name(&i["outlet_canonical"]),
            speaker: name(&i["speaker_canonical"]),
            places: set(&i["places"]),
            topics: set(&i["topics"]),
            text: String::new(),
        })
        .collect()
}

/// True positives, false positives and false negatives of a set tag.
#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn add(&mut self, got: &BTreeSet<String>, want: &BTreeSet<String>) {
        self.tp += got.intersection(want).count();
        self.fp += got.difference(want).count();
        self.fn_ += want.difference(got).count();
    }

    fn precision(self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }

    fn recall(self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

fn diff(got: &Value, want: &Value) -> String {
    match (got.as_array(), want.as_array()) {
        (Some(g), Some(w)) => {
            let list = |a: &[Value], b: &[Value]| {
                a.iter().filter(|x| !b.contains(x)).map(|x| x.as_str().unwrap_or("?")).collect::<Vec<_>>().join(", ")
            };
            format!("extra [{}], missing [{}]", list(g, w), list(w, g))
        }
        _ => format!("got {got}, expected {want}"),
    }
}

#[test]
fn tags_match_the_hand_made_lists() {
    let Some(dir) = corpus() else {
        eprintln!("../shared/corpus is not there: no tags checked");
        return;
    };
    let (mut places, mut topics) = (Counts::default(), Counts::default());
    let (mut files, mut items, mut tolerated) = (0, 0, 0);
    let mut failures = Vec::new();
    let mut outlets_and_speakers = std::collections::HashMap::new();
    for path in expected_files() {
        let key = path.file_stem().unwrap().to_string_lossy().to_string();
        let want: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let rel = want["transcript"].as_str().unwrap();
        assert_eq!(rel.replace('/', "__").trim_end_matches(".txt"), key, "{key}: file name and transcript differ");
        let text = std::fs::read_to_string(dir.join(rel)).unwrap();
        let got = tagged(&parse(&text).items);
        let want_items = expected(&want);
        let ids = |v: &[Tagged]| v.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
        if ids(&got) != ids(&want_items) {
            failures.push(format!("{key}: items {:?}, the list has {:?}", ids(&got), ids(&want_items)));
            continue;
        }
        let misses = want["known_misses"].as_array().cloned().unwrap_or_default();
        for (g, w) in got.iter().zip(&want_items) {
            places.add(&g.places, &w.places);
            topics.add(&g.topics, &w.topics);
            for field in FIELDS {
                let (gv, wv) = (g.field(field), w.field(field));
                let miss = misses.iter().find(|m| m["id"] == g.id.as_str() && m["field"] == field);
                let at = format!("{key} {} {field} ({}…)", g.id, g.text);
                match miss {
                    None if gv != wv => failures.push(format!("{at}: {}", diff(&gv, &wv))),
                    None => {}
                    Some(_) if gv == wv => {
                        failures.push(format!("{at}: listed as a known miss but now right; take it off the list"))
                    }
                    Some(m) if sorted(&m["got"]) != gv => {
                        failures.push(format!("{at}: known miss changed: {}", diff(&gv, &wv)))
                    }
                    Some(_) => tolerated += 1,
                }
            }
        }
        for m in &misses {
            assert!(m["reason"].as_str().is_some_and(|r| !r.is_empty()), "{key}: known miss without a reason: {m}");
            assert!(want_items.iter().any(|w| m["id"] == w.id.as_str()), "{key}: known miss of no item: {m}");
        }
        outlets_and_speakers.insert(key, got);
        files += 1;
        items += want_items.len();
    }
    for (en, zh) in PAIRS {
        let (Some(a), Some(b)) = (outlets_and_speakers.get(*en), outlets_and_speakers.get(*zh)) else {
            failures.push(format!("pair {en} / {zh}: not both checked"));
            continue;
        };
        let exchanges = |v: &[Tagged]| v.iter().filter(|t| t.id.starts_with('e')).cloned().collect::<Vec<_>>();
        let (a, b) = (exchanges(a), exchanges(b));
        if a.len() != b.len() {
            failures.push(format!("pair {en} / {zh}: {} and {} exchanges", a.len(), b.len()));
            continue;
        }
        for (x, y) in a.iter().zip(&b) {
            if (&x.outlet, &x.speaker) != (&y.outlet, &y.speaker) {
                failures.push(format!(
                    "pair {en} / {zh}, {}: outlet {:?} / {:?}, speaker {:?} / {:?}",
                    x.id, x.outlet, y.outlet, x.speaker, y.speaker
                ));
            }
        }
    }
    eprintln!(
        "tags: {files} transcripts, {items} items, {tolerated} known misses tolerated\n\
         places: precision {:.3}, recall {:.3} ({} right, {} extra, {} missed)\n\
         topics: precision {:.3}, recall {:.3} ({} right, {} extra, {} missed)",
        places.precision(),
        places.recall(),
        places.tp,
        places.fp,
        places.fn_,
        topics.precision(),
        topics.recall(),
        topics.tp,
        topics.fp,
        topics.fn_,
    );
    assert!(failures.is_empty(), "tags should match the hand-made lists:\n{}", failures.join("\n"));
    assert!(files >= 12, "should check at least 12 transcripts, checked {files}");
}

/// A known miss's `got`, with a list sorted as the comparison sorts sets.
fn sorted(v: &Value) -> Value {
    match v.as_array() {
        Some(a) => {
            let set: BTreeSet<String> = a.iter().map(|s| s.as_str().unwrap().to_string()).collect();
            set.into_iter().collect()
        }
        None => v.clone(),
    }
}
