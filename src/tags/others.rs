//! Territories, regions and international organisations; forms naming
//! several places at once; and stop forms that hide a name inside a longer
//! word (see `places.rs` for the form syntax).

use super::places::{Compound, Row, compounds, rows};

/// Territories with an ISO 3166 code of their own. Kind "region": they are
/// parts of a country or disputed, and the facet should not call them countries.
pub(crate) static TERRITORIES: &[Row] = rows! { "region":
    "HK" "Hong Kong" "香港" ["Hong Kong", "HKSAR", "Hong Kong SAR", "Hongkong"] ["香港", "香港特区", "~涉港", "~驻港", "~赴港", "港独", "港区国安法", "~港府"];
    "MO" "Macao" "澳门" ["Macao", "Macau", "Macao SAR"] ["澳门"];
    "TW" "Taiwan" "台湾" ["Taiwan", "Taiwanese", "Taipei", "Chinese Taipei", "Republic of China"] ["台湾", "台独", "~涉台", "台当局", "台方<平舞阳后前灯讲擂站柜展看", "台北", "国台办"];
};

/// Regions, with short upper-case ids.
pub(crate) static REGIONS: &[Row] = rows! { "region":
    "KOREAN-PENINSULA" "Korean Peninsula" "朝鲜半岛" ["Korean Peninsula", "Korean peninsula", "Peninsula"] ["朝鲜半岛", "半岛"];
    "SOUTH-CHINA-SEA" "South China Sea" "南海" ["South China Sea", "Nansha", "Nansha Islands", "Xisha", "Xisha Islands", "Spratly", "Spratlys", "Spratly Islands", "Paracel", "Paracels", "Paracel Islands", "Huangyan Island", "Huangyan Dao", "Scarborough Shoal"] ["南海", "南沙", "西沙", "黄岩岛"];
    "EAST-CHINA-SEA" "East China Sea" "东海" ["East China Sea", "Diaoyu", "Diaoyu Dao", "Diaoyu Islands", "Senkaku", "Senkaku Islands"] ["东海", "钓鱼岛"];
    "TAIWAN-STRAIT" "Taiwan Strait" "台湾海峡" ["Taiwan Strait", "Taiwan Straits"] ["台湾海峡", "台海"];
    "MIDDLE-EAST" "Middle East" "中东" ["Middle East", "Mideast", "West Asia", "Persian Gulf", "Gulf region", "Arab world", "Arab countries", "Arab states", "Arabian Peninsula"] ["中东", "西亚<来尼", "海湾地区", "阿拉伯国家", "阿拉伯世界", "阿拉伯半岛"];
    "CENTRAL-ASIA" "Central Asia" "中亚" ["Central Asia", "Central Asian"] ["中亚>洲太"];
    "SOUTH-ASIA" "South Asia" "南亚" ["South Asia", "South Asian"] ["南亚"];
    "SOUTHEAST-ASIA" "Southeast Asia" "东南亚" ["Southeast Asia", "Southeast Asian", "South-East Asia", "South East Asia"] ["东南亚"];
    "EAST-ASIA" "East Asia" "东亚" ["East Asia", "East Asian"] ["东亚"];
    "ASIA-PACIFIC" "Asia-Pacific" "亚太" ["Asia-Pacific", "Asia Pacific"] ["亚太"];
    "INDO-PACIFIC" "Indo-Pacific" "印太" ["Indo-Pacific", "Indo Pacific"] ["印太"];
    "ASIA" "Asia" "亚洲" ["Asia", "Asian", "Asians"] ["亚洲"];
    "EUROPE" "Europe" "欧洲" ["Europe", "European", "Europeans", "Central and Eastern Europe", "Eastern Europe", "Western Europe", "Balkans", "Balkan Peninsula"] ["欧洲", "中东欧", "东欧", "西欧", "北欧", "南欧", "巴尔干"];
    "AFRICA" "Africa" "非洲" ["Africa", "African", "Africans", "North Africa", "Horn of Africa", "Sahel"] ["非洲", "非方<是并而绝", "北非", "东非", "西非", "非洲之角", "萨赫勒"];
    "LATIN-AMERICA" "Latin America and the Caribbean" "拉美" ["Latin America", "Latin American", "South America", "South American", "Central America", "Central American", "Caribbean"] ["拉美", "拉丁美洲", "南美", "中美洲", "加勒比"];
    "PACIFIC-ISLANDS" "Pacific Islands" "太平洋岛国" ["Pacific Island", "Pacific Islands", "South Pacific"] ["太平洋岛国", "南太"];
    "ARCTIC" "Arctic" "北极" ["Arctic"] ["北极"];
    "XINJIANG" "Xinjiang" "新疆" ["Xinjiang"] ["新疆", "~涉疆"];
    "TIBET" "Tibet" "西藏" ["Tibet", "Xizang"] ["西藏", "~涉藏"];
};

/// International organisations (and the two trade agreements readers facet on).
pub(crate) static ORGANIZATIONS: &[Row] = rows! { "organization":
    "UN" "United Nations" "联合国" ["United Nations", "UN", "U.N."] ["联合国"];
    "UNSC" "UN Security Council" "联合国安理会" ["UN Security Council", "U.N. Security Council", "United Nations Security Council", "Security Council", "UNSC"] ["安理会", "联合国安理会", "安全理事会", "联合国安全理事会"];
    "UNGA" "UN General Assembly" "联合国大会" ["UN General Assembly", "U.N. General Assembly", "United Nations General Assembly", "General Assembly", "UNGA"] ["联合国大会", "联大<关串互"];
    "UNHRC" "UN Human Rights Council" "联合国人权理事会" ["UN Human Rights Council", "United Nations Human Rights Council", "Human Rights Council", "UNHRC", "HRC"] ["人权理事会", "联合国人权理事会"];
    "WHO" "World Health Organization" "世界卫生组织" ["World Health Organization", "World Health Organisation", "WHO", "World Health Assembly", "WHA"] ["世界卫生组织", "世卫组织", "世卫", "世界卫生大会"];
    "WTO" "World Trade Organization" "世界贸易组织" ["World Trade Organization", "World Trade Organisation", "WTO"] ["世界贸易组织", "世贸组织", "世贸"];
    "EU" "European Union" "欧盟" ["European Union", "EU", "E.U.", "European Commission", "European Parliament", "European Council", "Brexit"] ["欧盟", "脱欧", "欧洲联盟", "欧委会", "欧洲议会", "欧洲理事会", "欧方"];
    "ASEAN" "ASEAN" "东盟" ["ASEAN", "Association of Southeast Asian Nations"] ["东盟", "东南亚国家联盟"];
    "NATO" "NATO" "北约" ["NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"] ["北约", "北大西洋公约组织"];
    "SCO" "Shanghai Cooperation Organisation" "上海合作组织" ["SCO", "Shanghai Cooperation Organization", "Shanghai Cooperation Organisation"] ["上海合作组织", "上合组织", "上合>理法适格作同计"];
    "BRICS" "BRICS" "金砖国家" ["BRICS"] ["金砖国家", "金砖"];
    "G20" "G20" "二十国集团" ["G20", "G-20", "Group of 20", "Group of Twenty"] ["二十国集团"];
    "G7" "G7" "七国集团" ["G7", "G-7", "Group of Seven"] ["七国集团"];
    "APEC" "APEC" "亚太经合组织" ["APEC", "Asia-Pacific Economic Cooperation"] ["亚太经合组织", "亚太经济合作组织"];
    "AFRICAN-UNION" "African Union" "非洲联盟" ["African Union", "AU"] ["非洲联盟", "非盟"];
    "IAEA" "International Atomic Energy Agency" "国际原子能机构" ["IAEA", "International Atomic Energy Agency"] ["国际原子能机构"];
    "IMF" "International Monetary Fund" "国际货币基金组织" ["IMF", "International Monetary Fund"] ["国际货币基金组织"];
    "WORLD-BANK" "World Bank" "世界银行" ["World Bank"] ["世界银行", "世行"];
    "OPEC" "OPEC" "石油输出国组织" ["OPEC", "Organization of the Petroleum Exporting Countries"] ["石油输出国组织", "欧佩克"];
    "OECD" "OECD" "经济合作与发展组织" ["OECD"] ["经济合作与发展组织", "经合组织"];
    "CPTPP" "CPTPP" "全面与进步跨太平洋伙伴关系协定" ["CPTPP", "TPP", "Trans-Pacific Partnership"] ["全面与进步跨太平洋伙伴关系协定", "跨太平洋伙伴关系协定"];
    "RCEP" "RCEP" "区域全面经济伙伴关系协定" ["RCEP", "Regional Comprehensive Economic Partnership"] ["区域全面经济伙伴关系协定"];
    "ICJ" "International Court of Justice" "国际法院" ["ICJ", "International Court of Justice"] ["国际法院"];
    "LAS" "Arab League" "阿拉伯国家联盟" ["Arab League", "League of Arab States"] ["阿拉伯国家联盟", "阿盟"];
    "GCC" "Gulf Cooperation Council" "海湾阿拉伯国家合作委员会" ["GCC", "Gulf Cooperation Council"] ["海湾阿拉伯国家合作委员会", "海合会"];
    "UNESCO" "UNESCO" "联合国教科文组织" ["UNESCO"] ["联合国教科文组织", "教科文组织"];
    "AIIB" "Asian Infrastructure Investment Bank" "亚洲基础设施投资银行" ["AIIB", "Asian Infrastructure Investment Bank"] ["亚洲基础设施投资银行", "亚投行"];
    "CELAC" "CELAC" "拉美和加勒比国家共同体" ["CELAC", "Community of Latin American and Caribbean States"] ["拉美和加勒比国家共同体", "拉共体"];
    "FOCAC" "Forum on China-Africa Cooperation" "中非合作论坛" ["FOCAC", "Forum on China-Africa Cooperation"] ["中非合作论坛"];
    "OIC" "Organisation of Islamic Cooperation" "伊斯兰合作组织" ["OIC", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation"] ["伊斯兰合作组织"];
    "QUAD" "Quad" "美日印澳四边机制" ["Quad", "QUAD", "Quadrilateral Security Dialogue"] ["美日印澳四边机制", "四边机制"];
    "AUKUS" "AUKUS" "美英澳三边安全伙伴关系" ["AUKUS"] ["美英澳三边安全伙伴关系", "奥库斯"];
    "IOC" "International Olympic Committee" "国际奥委会" ["IOC", "International Olympic Committee"] ["国际奥委会"];
};

/// Chinese compounds of one-character abbreviations, each naming several
/// places, all weak; and stop forms (no codes) that keep a longer word from
/// being read as the names inside it.
pub(crate) static COMPOUNDS: &[Compound] = compounds! {
    "~中美" ["CN", "US"]; "~中俄" ["CN", "RU"]; "~中日>益渐常夜前" ["CN", "JP"]; "~中韩" ["CN", "KR"];
    "~中朝>着前夕阳野代廷气" ["CN", "KP"]; "~中英>文语" ["CN", "GB"];
    "~中法>律治规院官制庭典案理则条定令人" ["CN", "FR"]; "~中德" ["CN", "DE"];
    "~中印>发刷制证象章花记" ["CN", "IN"]; "~中欧" ["CN", "EU"]; "~中非" ["CN", "AFRICA"]; "~中澳" ["CN", "AU"];
    "~中加<其集当之>强大快紧以入上速剧深重" ["CN", "CA"]; "~中越>来过境发狱野冬级权位" ["CN", "VN"];
    "~中菲" ["CN", "PH"]; "~中泰>然" ["CN", "TH"]; "~中缅" ["CN", "MM"]; "~中柬" ["CN", "KH"]; "~中蒙" ["CN", "MN"];
    "~中老铁路" ["CN", "LA"]; "~中老两国" ["CN", "LA"]; "~中老关系" ["CN", "LA"]; "~中哈" ["CN", "KZ"];
    "中巴经济走廊" ["CN", "PK"]; "~中以<其集当之空心手程途>为及便后前上下来往免致至外" ["CN", "IL"];
    "~中埃" ["CN", "EG"]; "~中葡" ["CN", "PT"]; "~中荷" ["CN", "NL"]; "~中希>望冀" ["CN", "GR"]; "~中匈" ["CN", "HU"];
    "~中孟" ["CN", "BD"]; "~中美俄" ["CN", "US", "RU"]; "~中日韩" ["CN", "JP", "KR"]; "~中俄印" ["CN", "RU", "IN"];
    "~中俄蒙" ["CN", "RU", "MN"]; "~中美日" ["CN", "US", "JP"]; "~中欧班列" ["CN", "EUROPE"];
    "~美日" ["US", "JP"]; "~日美" ["JP", "US"]; "~美韩" ["US", "KR"]; "~韩美" ["KR", "US"]; "~美日韩" ["US", "JP", "KR"];
    "~美俄" ["US", "RU"]; "~俄美" ["RU", "US"]; "~美英" ["US", "GB"]; "~英美" ["GB", "US"]; "~美欧" ["US", "EU"];
    "~欧美" ["EU", "US"]; "~美澳" ["US", "AU"]; "~澳美" ["AU", "US"]; "~美印" ["US", "IN"]; "~美朝" ["US", "KP"];
    "~朝美" ["KP", "US"]; "~美伊" ["US", "IR"]; "~美墨" ["US", "MX"]; "~美加>州" ["US", "CA"]; "~日韩" ["JP", "KR"];
    "~韩日" ["KR", "JP"]; "~朝韩" ["KP", "KR"]; "~韩朝" ["KR", "KP"]; "~俄乌" ["RU", "UA"]; "~俄日" ["RU", "JP"];
    "~日俄" ["JP", "RU"]; "~英法" ["GB", "FR"]; "~法德" ["FR", "DE"]; "~德法" ["DE", "FR"]; "~印巴" ["IN", "PK"];
    "~巴以" ["PS", "IL"]; "~以巴<可所难予得足加用是借之何据赖聊以与给" ["IL", "PS"]; "~港澳" ["HK", "MO"];
    "~港澳台" ["HK", "MO", "TW"]; "~美日印澳" ["US", "JP", "IN", "AU"];
    // Stop forms: words with a name inside that is not meant.
    "发展中国家" []; "其中国家" []; "海南" []; "东南" []; "西南" []; "云南" []; "河南" []; "湖南" []; "江南" [];
    "济南" []; "指南" []; "广东" []; "山东" []; "印度洋" []; "半岛电视台" []; "中国日报" []; "北京日报" [];
    "北京青年报" []; "北京时间" []; "今日俄罗斯" []; "美国有线电视新闻网" []; "美国之音" []; "日本经济新闻" [];
    "日本广播协会" []; "英国广播公司" []; "澳大利亚人报" []; "埃及中东社" []; "中东社" []; "香港中评社" [];
    "香港商报" []; "中国国际电视台" []; "中国国际广播电台" []; "中国新闻社" []; "中国评论通讯社" []; "华春莹" [];
    "华盛顿邮报" []; "Indian Ocean" []; "Voice of America" []; "Washington Post" []; "New York Times" [];
    "South China Morning Post" []; "China Daily" []; "China News Service" []; "China Review News" [];
    "China Central Television" []; "China Global Television Network" []; "China Radio International" [];
    "China National Radio" []; "China Media Group" []; "Beijing Daily" []; "Beijing Youth Daily" []; "Beijing time" [];
    "Russia Today" []; "Japan Times" []; "Korea Herald" []; "Korea Times" []; "Times of India" [];
    "Hong Kong Commercial Daily" []; "Middle East News Agency" []; "Radio Free Asia" []; "Nikkei Asian Review" [];
    "Nikkei Asia" []; "New Mexico" []; "New England" []; "British Columbia" []; "不列颠哥伦比亚" []; "Vienna Convention" [];
    "联合国儿童基金会" []; "中南半岛" [];
};
