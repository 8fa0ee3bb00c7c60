//! News outlets: every way a label writes one, to one canonical English name.
//!
//! Names are compared after folding: ASCII case, quotes and 《》 dropped,
//! hyphens and runs of white space as one space, a leading "The" and a
//! trailing "reporter", "correspondent" or 记者 removed. So "The Globe and
//! Mail", "globe and mail reporter" and 环球邮报记者 are all "The Globe and Mail".

use std::sync::OnceLock;

macro_rules! outlets {
    ($($canonical:literal [$($form:literal),* $(,)?];)*) => {
        &[$(($canonical, &[$($form),*])),*]
    };
}

/// Canonical name, then the other ways it is written (the canonical name
/// itself always matches).
static OUTLETS: &[(&str, &[&str])] = outlets! {
    // China
    "Xinhua" ["Xinhua News Agency", "新华社", "新华通讯社"];
    "CCTV" ["China Central Television", "China Central TV", "中央电视台", "央视", "总台央视", "中央广播电视总台央视", "CCTV-4", "CCTV News"];
    "CGTN" ["China Global Television Network", "中国国际电视台", "总台CGTN", "中央广播电视总台CGTN", "总台中国国际电视台"];
    "CNR" ["China National Radio", "中央人民广播电台", "央广", "总台央广", "中央广播电视总台央广", "央广网"];
    // "Taiwan Guoguang" is a machine translation of 总台国广 (the 总台 read as 台湾).
    "CRI" ["China Radio International", "中国国际广播电台", "国广", "总台国广", "中央广播电视总台国广", "Taiwan Guoguang", "CRI Online", "国际在线"];
    "CMG" ["China Media Group", "中央广播电视总台", "总台"];
    "China News Service" ["CNS", "中新社", "中国新闻社", "China News Agency"];
    "China Daily" ["中国日报", "中国日报社"];
    "Global Times" ["环球时报", "环球时报社"];
    "People's Daily" ["人民日报", "People’s Daily"];
    "Guangming Daily" ["光明日报"];
    "Economic Daily" ["经济日报"];
    "China Youth Daily" ["中国青年报"];
    "The Paper" ["澎湃新闻", "澎湃", "thepaper.cn"];
    "Phoenix TV" ["Phoenix Television", "Phoenix Satellite TV", "Phoenix Satellite Television", "凤凰卫视", "凤凰卫视中文台", "凤凰"];
    "Shenzhen TV" ["Shenzhen Satellite TV", "Shenzhen Television", "深圳卫视", "深圳广电集团"];
    "Dragon TV" ["Shanghai Dragon TV", "Dragon Television", "东方卫视"];
    "Hubei TV" ["Hubei Television", "湖北卫视", "湖北广电"];
    "Beijing Daily" ["北京日报"];
    "Beijing Youth Daily" ["北京青年报"];
    "Caixin" ["财新", "财新网", "Caixin Media"];
    "China Review News" ["China Review News Agency", "CRNTT", "中评社", "香港中评社", "中国评论通讯社"];
    "Hong Kong Commercial Daily" ["香港商报"];
    "Ta Kung Pao" ["Takungpao", "大公报"];
    "Wen Wei Po" ["文汇报"];
    "Sing Tao Daily" ["星岛日报"];
    "Ming Pao" ["明报"];
    "TVB" ["无线电视"];
    "RTHK" ["香港电台"];
    "Macao Monthly" ["澳门月刊"];
    "Lianhe Zaobao" ["联合早报"];
    "Straits Times" ["海峡时报"];
    "Channel NewsAsia" ["CNA", "亚洲新闻台"];
    // Russia
    "TASS" ["ITAR-TASS", "塔斯社", "俄通社-塔斯社"];
    "RIA Novosti" ["RIA", "俄新社", "俄罗斯新闻社"];
    "Sputnik" ["卫星通讯社", "俄罗斯卫星通讯社"];
    "RT" ["Russia Today", "今日俄罗斯", "今日俄罗斯电视台"];
    "Interfax" ["国际文传电讯社"];
    // Japan and Korea
    "NHK" ["Japan Broadcasting Corporation", "日本广播协会", "日本放送协会"];
    "Nikkei" ["Nikkei Asian Review", "Nikkei Asia", "日本经济新闻", "日经新闻", "日经", "日经中文网"];
    "Kyodo" ["Kyodo News", "共同社"];
    "Jiji Press" ["Jiji", "时事社", "时事通讯社"];
    "Asahi Shimbun" ["Asahi", "朝日新闻"];
    "Yomiuri" ["Yomiuri Shimbun", "读卖新闻"];
    "Mainichi Shimbun" ["Mainichi", "每日新闻"];
    "Sankei Shimbun" ["Sankei", "产经新闻"];
    "Fuji TV" ["Fuji Television", "富士电视台"];
    "TBS" ["Tokyo Broadcasting System", "东京广播公司"];
    "Yonhap" ["Yonhap News Agency", "韩联社"];
    "KBS" ["Korean Broadcasting System", "韩国广播公司"];
    "MBC" ["Munhwa Broadcasting Corporation", "韩国文化广播公司"];
    "SBS" ["Seoul Broadcasting System", "韩国首尔广播公司"];
    "KCNA" ["Korean Central News Agency", "朝中社"];
    // Americas
    "Associated Press" ["AP", "美联社"];
    "Bloomberg" ["Bloomberg News", "彭博社", "彭博新闻社", "彭博"];
    "CNN" ["Cable News Network", "美国有线电视新闻网", "美国有线新闻网"];
    "CNBC" ["美国消费者新闻与商业频道"];
    "NBC" ["NBC News", "美国全国广播公司"];
    "CBS" ["CBS News", "哥伦比亚广播公司"];
    "ABC News" ["美国广播公司"];
    "Fox News" ["福克斯新闻", "福克斯新闻台"];
    "NPR" ["National Public Radio", "美国国家公共电台"];
    "Wall Street Journal" ["WSJ", "华尔街日报"];
    "New York Times" ["NYT", "纽约时报"];
    "Washington Post" ["华盛顿邮报"];
    "Los Angeles Times" ["洛杉矶时报"];
    "Voice of America" ["VOA", "美国之音"];
    "Radio Free Asia" ["RFA", "自由亚洲电台"];
    "Politico" ["政客新闻网"];
    "Newsweek" ["新闻周刊"];
    "The Globe and Mail" ["环球邮报"];
    "Prensa Latina" ["拉美社", "拉丁美洲通讯社"];
    // Europe
    "AFP" ["Agence France-Presse", "Agence France Presse", "France-Presse", "法新社", "法国新闻社"];
    "Reuters" ["路透社", "路透"];
    "BBC" ["British Broadcasting Corporation", "英国广播公司", "BBC Chinese", "BBC中文", "BBC中文网"];
    "Financial Times" ["FT", "英国《金融时报》", "金融时报"];
    "The Guardian" ["卫报", "英国《卫报》"];
    "The Times" ["泰晤士报"];
    "The Economist" ["经济学人"];
    "The Telegraph" ["Daily Telegraph", "每日电讯报"];
    "Sky News" ["天空新闻", "天空新闻台"];
    "Deutsche Welle" ["DW", "德国之声"];
    "dpa" ["Deutsche Presse-Agentur", "德新社"];
    "ARD" ["德国电视一台"];
    "ZDF" ["德国电视二台"];
    "Der Spiegel" ["Spiegel", "明镜周刊"];
    "Le Monde" ["世界报"];
    "Le Figaro" ["费加罗报"];
    "France 24" ["法国24台"];
    "RFI" ["Radio France Internationale", "法国国际广播电台"];
    "EFE" ["埃菲社"];
    "ANSA" ["安莎社"];
    "Lusa" ["卢萨社"];
    "De Telegraaf" ["Telegraaf", "荷兰电讯报"];
    "Swedish TV" ["SVT", "Sveriges Television", "瑞典电视台"];
    "Anadolu Agency" ["Anadolu", "阿纳多卢通讯社", "阿纳多卢社"];
    // Elsewhere
    "The Australian" ["澳大利亚人报"];
    "ABC Australia" ["Australian Broadcasting Corporation", "澳大利亚广播公司"];
    "South China Morning Post" ["SCMP", "南华早报"];
    "PTI" ["Press Trust of India", "印度报业托拉斯"];
    "The Hindu" ["印度教徒报"];
    "Times of India" ["印度时报"];
    "Al Jazeera" ["Aljazeera", "半岛电视台"];
    "Middle East News Agency" ["MENA", "Egyptian Middle East News Agency", "埃及中东社", "中东社"];
    "IRNA" ["Islamic Republic News Agency", "伊通社", "伊朗伊斯兰共和国通讯社"];
    "Bernama" ["马新社", "马来西亚国家新闻社"];
    "Antara" ["安塔拉通讯社", "安塔拉社"];
    "Vietnam News Agency" ["VNA", "越通社"];
    "Philippine News Agency" ["PNA", "菲律宾通讯社"];
};

/// Folds a name for comparison (see the module's comment).
fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '《' | '》' | '〈' | '〉' | '"' | '“' | '”' | '\'' | '‘' | '’' | '「' | '」' | '『' | '』' | '.' =>
                {}
            '-' | '‐' | '–' | '—' | '_' => push_space(&mut out),
            c if c.is_whitespace() => push_space(&mut out),
            c => out.push(c.to_ascii_lowercase()),
        }
    }
    let mut s = out.trim();
    s = s.strip_prefix("the ").unwrap_or(s);
    for suffix in ["记者", " reporters", " reporter", " correspondent", " journalist"] {
        s = s.strip_suffix(suffix).unwrap_or(s).trim_end();
    }
    s.to_string()
}

fn push_space(out: &mut String) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// The canonical English name of an outlet as a label writes it, where known:
/// "AFP" for "Agence France-Presse" and "法新社记者".
pub(crate) fn outlet(name: &str) -> Option<&'static str> {
    static TABLE: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: Vec<(String, &'static str)> = OUTLETS
            .iter()
            .flat_map(|&(canonical, forms)| {
                std::iter::once(canonical).chain(forms.iter().copied()).map(move |f| (fold(f), canonical))
            })
            .collect();
        crate::order::sort_by(&mut t, Ord::cmp);
        t.dedup();
        t
    });
    let key = fold(name);
    if key.is_empty() {
        return None;
    }
    table.binary_search_by(|(k, _)| k.as_str().cmp(&key)).ok().map(|i| table[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn should_give_one_name_across_languages_and_spellings() {
        for (written, canonical) in [
            ("AFP", "AFP"),
            ("Agence France-Presse", "AFP"),
            ("法新社", "AFP"),
            ("法新社记者", "AFP"),
            ("路透社", "Reuters"),
            ("Reuters reporter", "Reuters"),
            ("中央广播电视总台央视", "CCTV"),
            ("总台央视", "CCTV"),
            ("CCTV reporter", "CCTV"),
            ("总台国广", "CRI"),
            ("Taiwan Guoguang", "CRI"),
            ("中央广播电视总台央广", "CNR"),
            ("The Global Times", "Global Times"),
            ("环球时报", "Global Times"),
            ("英国《金融时报》", "Financial Times"),
            ("The Financial Times", "Financial Times"),
            ("《澳大利亚人报》", "The Australian"),
            ("The Australian", "The Australian"),
            ("环球邮报", "The Globe and Mail"),
            ("the globe and mail", "The Globe and Mail"),
            ("香港中评社", "China Review News"),
            ("China Review News Agency", "China Review News"),
            ("NIKKEI", "Nikkei"),
            ("日本经济新闻", "Nikkei"),
            ("Bloomberg News", "Bloomberg"),
            ("“Bloomberg”", "Bloomberg"),
            ("Egyptian Middle East News Agency reporter", "Middle East News Agency"),
            ("今日俄罗斯", "RT"),
            ("  Xinhua  News Agency ", "Xinhua"),
            ("The Paper", "The Paper"),
            ("澎湃新闻", "The Paper"),
        ] {
            assert_eq!(outlet(written), Some(canonical), "{written}");
        }
    }

    #[test]
    fn should_know_nothing_of_what_is_not_an_outlet() {
        for name in ["", "记者", "Reporter", "Journalist", "Zhao Lijian", "The", "Q"] {
            assert_eq!(outlet(name), None, "{name}");
        }
    }

    #[test]
    fn should_not_give_one_form_two_outlets() {
        let mut seen: Vec<(String, &str)> = Vec::new();
        for &(canonical, forms) in OUTLETS {
            for f in std::iter::once(canonical).chain(forms.iter().copied()) {
                let k = fold(f);
                if let Some((_, other)) = seen.iter().find(|(s, _)| *s == k) {
                    assert_eq!(*other, canonical, "{f}");
                }
                seen.push((k, canonical));
            }
        }
    }
}
