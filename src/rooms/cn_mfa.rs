//! China's Ministry of Foreign Affairs: the regular press conference, in
//! the official English ("Q:" / "A:", or "Xinhua News Agency:" / "Wang
//! Wenbin:"), in machine translation, and in the Chinese original ("问：" /
//! "答：", "路透社记者：", "赵立坚："). Titles name the spokesperson
//! ("Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May
//! 17, 2018", "2016年12月5日外交部发言人陆慷主持例行记者会"); the pages of
//! fmprc.gov.cn carry chrome ("来源：", "打印本页", "[字体：大 中 小]").
//! Every turn is a card: the spokesperson speaking between questions is a
//! statement.

use super::{Probe, Room};
use crate::names::{Official, briefer};

pub(crate) struct CnMfa;

const INSTITUTION: &str = "Ministry of Foreign Affairs of China";

/// Spokespersons, most recent first.
pub(crate) static OFFICIALS: &[Official] = &[
    briefer("Lin Jian", "林剑"),
    briefer("Guo Jiakun", "郭嘉昆"),
    briefer("Mao Ning", "毛宁"),
    briefer("Wang Wenbin", "汪文斌"),
    briefer("Zhao Lijian", "赵立坚"),
    briefer("Geng Shuang", "耿爽"),
    briefer("Hua Chunying", "华春莹"),
    briefer("Lu Kang", "陆慷"),
    briefer("Hong Lei", "洪磊"),
    briefer("Qin Gang", "秦刚"),
    briefer("Jiang Yu", "姜瑜"),
    briefer("Ma Zhaoxu", "马朝旭"),
    briefer("Liu Jianchao", "刘建超"),
];

impl Room for CnMfa {
    fn id(&self) -> &'static str {
        "cn-mfa"
    }

    fn institution(&self) -> Option<&'static str> {
        Some(INSTITUTION)
    }

    fn detect(&self, p: &Probe) -> u32 {
        if p.title().contains("外交部")
            || (p.title_mentions("Foreign Ministry Spokesperson") && p.title_mentions("Regular Press Conference"))
        {
            return 100;
        }
        let has = crate::text::contains;
        let named = OFFICIALS.iter().any(|o| p.lines.iter().take(12).any(|l| has(l, o.zh) || has(l, o.en)));
        match (named, p.language) {
            (true, _) => 80,
            (false, "zh") => 60,
            _ if p.title_mentions("Foreign Ministry Spokesperson") => 60,
            _ => 0,
        }
    }

    fn format(&self, p: &Probe) -> &'static str {
        if p.language == "zh" { "cn-mfa-zh" } else { "cn-mfa-en" }
    }

    fn is_chrome(&self, s: &str) -> bool {
        if s.len() > 160 {
            return false;
        }
        const EXACT: [&str; 11] = [
            "（供稿）",
            "(供稿)",
            "打印本页",
            "关闭窗口",
            "【打印】",
            "【关闭】",
            "【关闭窗口】",
            "打印",
            "关闭",
            "返回顶部",
            "分享到：",
        ];
        if EXACT.contains(&s) {
            return true;
        }
        ["来源：", "来源:", "[字体", "【字体", "字号："].iter().any(|p| s.starts_with(p)) && s.chars().count() <= 40
    }

    fn officials(&self) -> &'static [Official] {
        OFFICIALS
    }
}
