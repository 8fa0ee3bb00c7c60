//! Built-in table of spokespersons: their names in each language and the
//! institution they speak for. The header names the spokesperson of a given
//! transcript; this table lets a label such as "Hua chunying:" or "赵立坚："
//! be read as the answering side even where the header is missing.

/// A known spokesperson.
pub(crate) struct Spokesperson {
    /// The name in English, as the institution writes it.
    pub en: &'static str,
    /// The name in Chinese, where there is one.
    pub zh: &'static str,
    /// The institution, in English.
    pub institution: &'static str,
}

const MFA: &str = "Ministry of Foreign Affairs of China";

/// Spokespersons, most recent first within each institution.
pub(crate) const SPOKESPERSONS: &[Spokesperson] = &[
    sp("Lin Jian", "林剑", MFA),
    sp("Guo Jiakun", "郭嘉昆", MFA),
    sp("Mao Ning", "毛宁", MFA),
    sp("Wang Wenbin", "汪文斌", MFA),
    sp("Zhao Lijian", "赵立坚", MFA),
    sp("Geng Shuang", "耿爽", MFA),
    sp("Hua Chunying", "华春莹", MFA),
    sp("Lu Kang", "陆慷", MFA),
    sp("Hong Lei", "洪磊", MFA),
    sp("Qin Gang", "秦刚", MFA),
    sp("Jiang Yu", "姜瑜", MFA),
    sp("Ma Zhaoxu", "马朝旭", MFA),
    sp("Liu Jianchao", "刘建超", MFA),
    sp("Maria Zakharova", "扎哈罗娃", "Ministry of Foreign Affairs of Russia"),
    sp("Ned Price", "普赖斯", "US Department of State"),
    sp("Matthew Miller", "米勒", "US Department of State"),
    sp("Tammy Bruce", "布鲁斯", "US Department of State"),
    sp("Karine Jean-Pierre", "让-皮埃尔", "The White House"),
    sp("Jen Psaki", "普萨基", "The White House"),
    sp("Stéphane Dujarric", "迪雅里克", "United Nations"),
];

const fn sp(en: &'static str, zh: &'static str, institution: &'static str) -> Spokesperson {
    Spokesperson { en, zh, institution }
}

/// Looks a name up in the table: exact for Chinese, case-insensitive for
/// English, and by surname after a title as US transcripts write it
/// ("MS. JEAN-PIERRE", "MR PRICE").
pub(crate) fn find(name: &str) -> Option<&'static Spokesperson> {
    let name = name.trim();
    if let Some(s) = SPOKESPERSONS.iter().find(|s| s.zh == name || s.en.eq_ignore_ascii_case(name)) {
        return Some(s);
    }
    let (title, surname) = name.split_once(' ')?;
    let title = title.trim_end_matches('.');
    if !["MR", "MS", "MRS", "DR", "Mr", "Ms", "Mrs", "Dr"].contains(&title) {
        return None;
    }
    SPOKESPERSONS.iter().find(|s| s.en.rsplit(' ').next().is_some_and(|last| last.eq_ignore_ascii_case(surname.trim())))
}

/// The institution behind a title, when the title names one.
pub(crate) fn institution_of_title(title: &str) -> Option<&'static str> {
    let lower = title.to_ascii_lowercase();
    let table: &[(&str, &str)] = &[
        ("外交部", MFA),
        ("中华人民共和国", MFA),
        ("state department", "US Department of State"),
        ("department press briefing", "US Department of State"),
        ("white house", "The White House"),
        ("noon briefing", "United Nations"),
        ("secretary-general", "United Nations"),
        ("zakharova", "Ministry of Foreign Affairs of Russia"),
    ];
    table.iter().find(|(k, _)| lower.contains(k)).map(|(_, v)| *v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_find_names_in_either_language_and_any_case() {
        assert_eq!(find("Hua chunying").unwrap().zh, "华春莹");
        assert_eq!(find("赵立坚").unwrap().en, "Zhao Lijian");
        assert!(find("Reuters").is_none());
        assert_eq!(find("MS. JEAN-PIERRE").unwrap().en, "Karine Jean-Pierre");
        assert_eq!(find("MR PRICE").unwrap().en, "Ned Price");
    }

    #[test]
    fn should_read_the_institution_from_a_title() {
        assert_eq!(institution_of_title("2016年12月5日外交部发言人陆慷主持例行记者会"), Some(MFA));
        assert_eq!(institution_of_title("Department Press Briefing"), Some("US Department of State"));
    }
}
