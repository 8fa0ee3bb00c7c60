//! Topics readers facet on, with the words that mark them in each language
//! (see `places.rs` for the form syntax: lower-case English forms match in
//! any case; a form written as a place's form is written the same here).

/// A topic and its words.
#[derive(Debug)]
pub(crate) struct Topic {
    /// The name shown in the facet.
    pub name: &'static str,
    /// English words and phrases (a plural "s" is matched without listing it).
    pub en: &'static [&'static str],
    /// Chinese words.
    pub zh: &'static [&'static str],
}

macro_rules! topics {
    ($($name:literal [$($en:literal),* $(,)?] [$($zh:literal),* $(,)?];)*) => {
        &[$(Topic { name: $name, en: &[$($en),*], zh: &[$($zh),*] }),*]
    };
}

/// The topics, about twenty.
pub(crate) static TOPICS: &[Topic] = topics! {
    "COVID-19" ["covid-19", "covid", "coronavirus", "novel coronavirus", "pandemic", "epidemic", "new crown pneumonia", "new coronary pneumonia", "NCP", "2019-ncov", "sars-cov-2"] ["新冠", "新型冠状病毒", "疫情", "抗疫", "防疫"];
    "trade" ["trade", "tariff", "trade war", "import", "export", "customs clearance", "World Trade Organization", "World Trade Organisation", "WTO"] ["贸易", "关税", "经贸", "进口", "出口", "输华", "世界贸易组织", "世贸组织", "世贸"];
    "Taiwan" ["Taiwan", "Taiwanese", "Taipei", "Chinese Taipei", "Taiwan Strait", "Taiwan Straits", "cross-strait", "Tsai Ing-wen", "DPP"] ["台湾", "台独", "~涉台", "台当局", "台方<平舞阳后前灯讲擂站柜展看", "台北", "国台办", "台湾海峡", "台海", "两岸关系", "海峡两岸", "蔡英文", "民进党"];
    "Hong Kong" ["Hong Kong", "HKSAR", "Hong Kong SAR", "Hongkong"] ["香港", "香港特区", "~涉港", "~驻港", "~赴港", "港独", "港区国安法", "~港府"];
    "Xinjiang" ["Xinjiang", "Uyghur", "Uygur", "Uighur"] ["新疆", "~涉疆", "维吾尔"];
    "Tibet" ["Tibet", "Tibetan", "Xizang", "Dalai Lama"] ["西藏", "~涉藏", "藏独", "达赖"];
    "South China Sea" ["South China Sea", "Nansha", "Nansha Islands", "Xisha", "Xisha Islands", "Spratly", "Spratlys", "Spratly Islands", "Paracel", "Paracels", "Paracel Islands", "Huangyan Island", "Huangyan Dao", "Scarborough Shoal"] ["南海", "南沙", "西沙", "黄岩岛"];
    "Korean Peninsula" ["Korean Peninsula", "Korean peninsula", "Peninsula", "denuclearization", "denuclearisation"] ["朝鲜半岛", "半岛", "无核化", "~朝核"];
    "human rights" ["human rights", "Human Rights Council", "UN Human Rights Council", "United Nations Human Rights Council", "UNHRC"] ["人权", "人权理事会", "联合国人权理事会"];
    "Belt and Road" ["Belt and Road", "BRI", "One Belt One Road", "Silk Road"] ["一带一路", "丝绸之路", "丝路"];
    "technology" ["technology", "technologies", "technological", "tech", "5G", "Huawei", "ZTE", "tiktok", "wechat", "bytedance", "chip", "semiconductor", "artificial intelligence", "AI"] ["技术", "科技", "华为", "中兴", "芯片", "半导体", "抖音", "微信", "字节跳动", "人工智能"];
    "climate" ["climate change", "climate action", "climate crisis", "climate goal", "climate target", "climate governance", "climate cooperation", "climate summit", "climate finance", "climate negotiation", "carbon", "emission", "global warming", "Paris Agreement"] ["气候", "碳中和", "碳达峰", "碳排放", "减排", "巴黎协定"];
    "terrorism" ["terror", "terrorism", "terrorist", "counterterrorism"] ["恐怖", "反恐", "恐袭"];
    "cybersecurity" ["cyber", "cybersecurity", "cyberattack", "cyberspace", "hacker", "hacking", "information security"] ["网络安全", "信息安全", "黑客", "网络攻击", "网络空间"];
    "diplomatic visits" ["visit", "visited", "visiting", "state visit", "official visit", "working visit", "held talks", "hold talks", "met with", "meet with", "meeting with", "meeting and talks", "welcome banquet", "state banquet"] ["~访华", "~访美", "~访日", "~访韩", "~访朝", "~访俄", "~访英", "~访法", "~访德", "~访印", "访问", "会见", "会谈", "出访", "到访", "欢迎宴会", "欢迎晚宴", "国宴"];
    "sanctions" ["sanction", "sanctioned", "sanctioning"] ["制裁"];
    "military" ["military", "PLA", "army", "navy", "troop", "warship", "aircraft carrier", "missile", "armed forces", "THAAD"] ["军事", "解放军", "军队", "军舰", "军演", "军机", "导弹", "航母", "反导", "国防", "萨德", "~美军"];
    "arms control" ["arms control", "Joint Comprehensive Plan of Action", "nuclear weapon", "non-proliferation", "nonproliferation", "disarmament", "INF Treaty", "New START", "JCPOA", "Iran nuclear", "Iranian nuclear", "nuclear deal", "NPT"] ["军控", "核武器", "核不扩散", "防扩散", "裁军", "中导条约", "~伊核", "全面协议", "不扩散核武器条约"];
    "consular affairs" ["consular", "consulate", "consulate-general", "consul", "visa"] ["领事", "签证", "领馆", "总领馆", "总领事馆"];
    "Olympics" ["Olympic", "Olympics", "Paralympic", "Paralympics"] ["奥运", "冬奥", "奥林匹克", "残奥"];
};
