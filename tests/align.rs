//! Bilingual pairs: the Chinese and English transcripts of the same
//! briefings in ../shared/corpus align exchange to exchange.

use std::path::Path;

use transcript_cards::{Item, align, parse};

fn load(rel: &str) -> Option<String> {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus").join(rel)).ok()
}

fn check(en: &str, zh: &str) {
    let (Some(en), Some(zh)) = (load(en), load(zh)) else {
        eprintln!("../shared/corpus is not there: nothing to check");
        return;
    };
    let (a, b) = (parse(&en), parse(&zh));
    let pairs = align(&a, &b);
    let count = |t: &transcript_cards::Transcript| t.items.iter().filter(|i| matches!(i, Item::Exchange(_))).count();
    assert_eq!(count(&a), count(&b), "the two versions should have as many exchanges");
    for (k, p) in pairs.iter().enumerate() {
        let want = Some(format!("e{}", k + 1));
        assert_eq!((&p.a, &p.b), (&want, &want), "exchange {} should pair with its translation: {pairs:?}", k + 1);
    }
}

#[test]
fn the_two_versions_of_2020_05_29_align_one_to_one() {
    check("cn-mfa-en/2020-05-29-1784166.txt", "cn-mfa-zh/2020-05-29-1784058.txt");
}

#[test]
fn the_two_versions_of_2019_12_24_align_one_to_one_without_outlets() {
    check("cn-mfa-en/2019-12-24-1727490.txt", "cn-mfa-zh/2019-12-24-1727471.txt");
}

#[test]
fn an_exchange_missing_from_one_version_is_left_unpaired() {
    let en = parse(
        "Reuters: About Japan in 2020?\n\nA: Yes, 2020.\n\nBBC: On 5 and 7?\n\nA: 5, 7.\n\nAFP: And Iran, 1979?\n\nA: No.\n",
    );
    let zh = parse("路透社记者：关于2020年日本？\n\n答：是，2020年。\n\n法新社记者：伊朗，1979年？\n\n答：不。\n");
    let pairs = align(&en, &zh);
    let rows: Vec<(Option<&str>, Option<&str>)> = pairs.iter().map(|p| (p.a.as_deref(), p.b.as_deref())).collect();
    assert_eq!(rows, [(Some("e1"), Some("e1")), (Some("e2"), None), (Some("e3"), Some("e2"))]);
}

#[test]
fn the_two_versions_of_2019_01_22_align_one_to_one() {
    check("cn-mfa-en/2019-01-22-1631471.txt", "cn-mfa-zh/2019-01-22-1631405.txt");
}
