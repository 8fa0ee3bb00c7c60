//! Unit tests of the place and topic matcher and of the tables.

use super::countries::COUNTRIES;
use super::matcher::index;
use super::others::{COMPOUNDS, ORGANIZATIONS, REGIONS, TERRITORIES};
use super::places::form;
use super::topics::TOPICS;
use super::{places_in, topics_in};

fn codes(text: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    places_in(text, &mut out);
    out.iter().map(|r| r.code).collect()
}

fn topics(text: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    topics_in(text, &mut out);
    out
}

#[test]
fn should_match_english_names_as_whole_words_only() {
    assert_eq!(codes("The woman from Oman spoke."), ["OM"]);
    assert!(codes("A woman, a germane point, a chinaware cup, Indiana.").is_empty());
    assert_eq!(codes("Nigeria and Niger"), ["NG", "NE"]);
    assert_eq!(codes("Papua New Guinea, Guinea-Bissau and Guinea"), ["PG", "GW", "GN"]);
}

#[test]
fn should_take_acronyms_only_in_capitals() {
    assert_eq!(codes("Let us talk to the US and the U.S. side"), ["US"]);
    assert!(codes("tell us, who is it? Us.").is_empty());
    assert_eq!(codes("the WHO said"), ["WHO"]);
    assert_eq!(codes("THE UNITED STATES AND CHINA"), ["US", "CN"]);
    assert!(codes("china plates and turkey").is_empty());
}

#[test]
fn should_read_multi_word_names_and_demonyms() {
    assert_eq!(codes("the United States and South Korea"), ["US", "KR"]);
    assert_eq!(codes("the Republic of Korea and the DPRK"), ["KR", "KP"]);
    assert_eq!(codes("New Zealand, Saudi Arabia and the UK"), ["NZ", "SA", "GB"]);
    assert_eq!(codes("Indian and Russian troops; Japanese, American"), ["IN", "RU", "JP", "US"]);
    assert_eq!(codes("the United\n  States"), ["US"]);
    assert_eq!(codes("the Philippines and Filipinos"), ["PH"]);
    assert_eq!(codes("South Africa, Africa"), ["ZA", "AFRICA"]);
    assert_eq!(codes("the South China Sea"), ["SOUTH-CHINA-SEA"]);
    assert_eq!(codes("the UN Security Council and the UN"), ["UNSC", "UN"]);
    assert_eq!(codes("the Indian Ocean"), Vec::<&str>::new());
}

#[test]
fn should_split_hyphenated_compounds() {
    assert_eq!(codes("China-US trade"), ["CN", "US"]);
    assert_eq!(codes("China-Japan-ROK cooperation"), ["CN", "JP", "KR"]);
    assert_eq!(codes("Sino-Russian relations, Sino-US ties"), ["CN", "RU", "US"]);
    assert_eq!(codes("the Asia-Pacific and the Indo-Pacific"), ["ASIA-PACIFIC", "INDO-PACIFIC"]);
}

#[test]
fn should_not_read_chinese_words_that_contain_a_name() {
    assert_eq!(codes("中东局势"), ["MIDDLE-EAST"]);
    assert!(codes("依法治国，法律法规，方法，办法方面").is_empty());
    assert!(codes("广大发展中国家").is_empty());
    assert_eq!(codes("南非总统"), ["ZA"]);
    assert!(codes("越来越多的国家在谈判中越来越").is_empty());
    assert!(codes("可以方便地").is_empty());
    assert_eq!(codes("海南海口"), Vec::<&str>::new());
}

#[test]
fn should_read_chinese_names_and_sides() {
    assert_eq!(codes("中方对此表示"), ["CN"]);
    assert_eq!(codes("美方做法完全是无理取闹"), ["US"]);
    assert_eq!(codes("法国和法方"), ["FR"]);
    assert_eq!(codes("中方向美方提出严正交涉"), ["CN", "US"]);
    assert_eq!(codes("中方面临"), ["CN"]);
}

#[test]
fn should_take_the_longest_chinese_form() {
    assert_eq!(codes("朝鲜半岛问题"), ["KOREAN-PENINSULA"]);
    assert_eq!(codes("朝鲜和韩国"), ["KP", "KR"]);
    assert_eq!(codes("东南亚国家联盟"), ["ASEAN"]);
    assert_eq!(codes("中东欧国家"), ["EUROPE"]);
    assert_eq!(codes("巴布亚新几内亚和几内亚"), ["PG", "GN"]);
    assert_eq!(codes("白俄罗斯"), ["BY"]);
}

#[test]
fn should_read_chinese_compounds_unless_a_name_follows() {
    assert_eq!(codes("中美关系"), ["CN", "US"]);
    assert_eq!(codes("中日韩合作"), ["CN", "JP", "KR"]);
    assert_eq!(codes("中俄两国"), ["CN", "RU"]);
    assert_eq!(codes("其中美国"), ["US"]);
    assert_eq!(codes("在华盛顿"), ["US"]);
    assert_eq!(codes("美方对华政策"), ["US", "CN"]);
    assert_eq!(codes("在过程中华为公司"), Vec::<&str>::new());
}

#[test]
fn should_find_topics_in_either_language() {
    assert_eq!(topics("The COVID-19 pandemic and tariffs"), ["COVID-19", "trade"]);
    assert_eq!(topics("新冠肺炎疫情和中美经贸"), ["COVID-19", "trade"]);
    assert_eq!(topics("Taiwan and 台独"), ["Taiwan"]);
    assert_eq!(topics("sanctions on Huawei"), ["sanctions", "technology"]);
    assert_eq!(topics("nuclear weapons and the World Trade Organization"), ["arms control", "trade"]);
    assert!(topics("he extended his hand").is_empty());
}

#[test]
fn should_tag_a_place_and_a_topic_from_one_form() {
    assert_eq!(codes("Taiwan"), ["TW"]);
    assert_eq!(topics("Taiwan"), ["Taiwan"]);
    assert_eq!(codes("伊核问题"), ["IR"]);
    assert_eq!(topics("伊核问题"), ["arms control"]);
}

/// Every Chinese form starts with two three-byte characters (the index key),
/// and weak ones are made of three-byte characters only (the matcher steps
/// through them by three bytes).
#[test]
fn should_keep_chinese_forms_indexable() {
    let rows = COUNTRIES.iter().chain(TERRITORIES).chain(REGIONS).chain(ORGANIZATIONS);
    let zh_forms = rows
        .flat_map(|r| r.zh.iter().copied())
        .chain(COMPOUNDS.iter().map(|c| c.form))
        .chain(TOPICS.iter().flat_map(|t| t.zh.iter().copied()));
    for spec in zh_forms {
        let f = form(spec);
        if f.text.as_bytes()[0].is_ascii() {
            continue;
        }
        let b = f.text.as_bytes();
        assert!(b.len() >= 6 && (0xE0..0xF0).contains(&b[0]) && (0xE0..0xF0).contains(&b[3]), "{spec}");
        if f.weak {
            assert!(f.text.chars().all(|c| c.len_utf8() == 3), "{spec}");
        }
    }
}

/// A form written in two tables is written the same (the same conditions),
/// and no plain form names two different rows by mistake.
#[test]
fn should_write_each_form_one_way() {
    let rows: Vec<_> = COUNTRIES.iter().chain(TERRITORIES).chain(REGIONS).chain(ORGANIZATIONS).collect();
    let mut seen: Vec<(&str, &str, &str)> = Vec::new();
    let all = rows
        .iter()
        .flat_map(|r| r.en.iter().chain(r.zh).map(move |f| (*f, r.code)))
        .chain(TOPICS.iter().flat_map(|t| t.en.iter().chain(t.zh).map(move |f| (*f, ""))))
        .chain(COMPOUNDS.iter().map(|c| (c.form, "")));
    for (spec, code) in all {
        let text = form(spec).text;
        for (s, t, c) in &seen {
            if *t == text {
                assert_eq!(*s, spec, "{text} written two ways");
                assert!(code.is_empty() || c.is_empty() || *c == code, "{text} names {c} and {code}");
            }
        }
        seen.push((spec, text, code));
    }
    let codes: Vec<&str> = rows.iter().map(|r| r.code).collect();
    for (i, c) in codes.iter().enumerate() {
        assert!(!codes[..i].contains(c), "{c} twice");
    }
    assert!(rows.len() <= 512 && TOPICS.len() <= 64);
    let _ = index();
}

#[test]
fn classify_marks_word_bytes_and_wide_characters() {
    let text = "Hi, 中国 z@[`{09/:AZaz\u{e9}x\u{ff0c}1234567890abcdefghij ÿ\u{7f}";
    let b = text.as_bytes();
    for start in 0..b.len() {
        let chunk = &b[start..(start + 64).min(b.len())];
        let (w, z) = super::matcher::classify_for_test(chunk);
        for (j, &c) in chunk.iter().enumerate() {
            assert_eq!(w >> j & 1 == 1, c.is_ascii_alphanumeric(), "{c:#x}");
            assert_eq!(z >> j & 1 == 1, c & 0xF0 == 0xE0, "{c:#x}");
        }
    }
}

/// Names inside longer names, found wrong in the corpus (tests/tags.rs).
#[test]
fn should_not_read_names_inside_other_names() {
    assert_eq!(codes("the British Columbia Supreme Court of Canada"), ["CA"]);
    assert_eq!(codes("加拿大不列颠哥伦比亚省高等法院"), ["CA"]);
    assert_eq!(codes("美国北马里亚纳群岛中的塞班岛"), ["US"]);
    assert_eq!(codes("促进整个中南半岛乃至东盟地区的发展"), ["ASEAN"]);
    assert!(topics("中南半岛").is_empty());
    assert_eq!(codes("世卫组织、联合国儿童基金会等国际组织"), ["WHO"]);
    assert!(codes("the Vienna Convention on Diplomatic Relations").is_empty());
    assert_eq!(codes("talks in Vienna"), ["AT"]);
}

#[test]
fn should_find_topics_named_by_the_corpus() {
    assert!(topics("a more favorable climate of opinion").is_empty());
    assert_eq!(topics("climate change"), ["climate"]);
    assert_eq!(topics("Heng Swee Keat will visit China"), ["diplomatic visits"]);
    assert_eq!(topics("中国领导人的访日计划"), ["diplomatic visits"]);
    assert_eq!(topics("Imports of agricultural products have been blocked"), ["trade"]);
    assert_eq!(topics("对进口煤炭进行检测"), ["trade"]);
    assert_eq!(topics("the Joint Comprehensive Plan of Action"), ["arms control"]);
    assert_eq!(topics("驻韩美军运送萨德反导系统设备"), ["military"]);
    assert_eq!(codes("候任驻港总领事赴港签证"), ["HK"]);
    assert_eq!(codes("国台办发言人"), ["TW"]);
    assert_eq!(codes("继英国“脱欧”之后"), ["GB", "EU"]);
}
