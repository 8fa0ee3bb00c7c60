// Search folding: what a query and a card's text are both reduced to before
// one is looked for in the other. Per code point: compatibility forms to
// their plain ones (NFKC: full-width ＴｉｋＴｏｋ and １２３ to TikTok and 123,
// the ideographic space to a space), lower case, Latin diacritics dropped
// (NFD, then the combining marks U+0300–U+036F removed: café → cafe),
// traditional Chinese characters to simplified ones (the table below), and
// typographic punctuation to ASCII (’ → ', “ → ", — → -). Chinese needs no
// segmentation: folded text is searched as a plain substring.
//
// fold(text) is what the index stores; foldWithMap(text) also says, for each
// folded code unit, which code units of the original it came from, so a
// match in folded text can be highlighted in the original.

// Traditional → simplified, the common characters of news and diplomacy
// (several hundred pairs). Written for this project from general knowledge of the
// 1964/2013 simplification tables (《简化字总表》, 《通用规范汉字表》); a pair
// only where the traditional character has a single everyday simplified
// form (so 乾, 著, 瞭, 穀 are left out: they are also simplified characters
// with meanings of their own). "國国" reads: 國 folds to 国.
const TRADITIONAL = `
國国 說说 臺台 灣湾 與与 華华 開开 關关 門门 問问 間间 聞闻 對对 時时 會会 東东 車车 長长 發发 經经
濟济 貿贸 學学 習习 這这 個个 們们 來来 為为 從从 過过 還还 進进 運运 遠远 選选 邊边 達达 連连 違违
際际 陸陆 陽阳 隊队 險险 區区 醫医 協协 單单 衛卫 廳厅 歷历 壓压 廠厂 廣广 慶庆 應应 庫库 條条 極极
構构 標标 樣样 機机 權权 歡欢 歐欧 殺杀 氣气 漢汉 溝沟 滅灭 災灾 無无 煙烟 愛爱 爭争 獨独 獲获 現现
環环 產产 畫画 當当 疊叠 盡尽 監监 盤盘 確确 礎础 禮礼 視视 離离 稅税 種种 穩稳 積积 競竞 筆笔 節节
範范 築筑 簽签 籌筹 糧粮 紀纪 約约 級级 紅红 納纳 純纯 紙纸 組组 細细 終终 結结 給给 絕绝 統统 絲丝
維维 綜综 綠绿 網网 緊紧 線线 編编 緣缘 練练 縣县 總总 績绩 織织 繼继 續续 罰罚 義义 聖圣 聯联 聲声
職职 聽听 肅肃 脅胁 腦脑 興兴 舉举 艦舰 藝艺 蘇苏 處处 號号 蟲虫 衝冲 補补 製制 複复 見见 規规 親亲
覺觉 觀观 設设 許许 訪访 評评 試试 詩诗 話话 該该 詳详 認认 語语 誤误 誰谁 課课 請请 論论 諾诺 謀谋
謂谓 講讲 謝谢 證证 識识 議议 護护 讀读 變变 讓让 讚赞 貝贝 負负 財财 責责 貨货 販贩 貫贯 貴贵 費费
資资 賓宾 賠赔 質质 購购 賽赛 贊赞 趙赵 趕赶 躍跃 軍军 軟软 較较 載载 輕轻 輪轮 輸输 辦办 農农 郵邮
鄉乡 鄰邻 釋释 針针 銀银 錢钱 錯错 鍵键 鐵铁 鑒鉴 閉闭 閣阁 闊阔 陣阵 陰阴 隨随 隱隐 雙双 雜杂 雞鸡
難难 雲云 電电 靈灵 韓韩 頁页 頂顶 項项 順顺 須须 預预 領领 頭头 題题 額额 顏颜 願愿 類类 顧顾 風风
飛飞 飯饭 飲饮 館馆 馬马 驗验 體体 髮发 鬥斗 魚鱼 鳥鸟 麥麦 黃黄 齊齐 齒齿 龍龙 龜龟 務务 勢势 勞劳
勝胜 匯汇 卻却 參参 員员 啟启 喪丧 嚴严 團团 圍围 圖图 圓圆 塊块 報报 場场 壞坏 壇坛 夢梦 奪夺 奮奋
婦妇 媽妈 孫孙 寧宁 實实 審审 寫写 寶宝 將将 專专 尋寻 導导 屬属 島岛 峽峡 崗岗 嶺岭 幣币 幫帮 幹干
廢废 強强 彈弹 後后 徑径 復复 徵征 憲宪 戰战 戲戏 戶户 執执 擴扩 掃扫 揚扬 換换 損损 搶抢 擁拥 擇择
擊击 擔担 據据 擬拟 攝摄 敗败 敵敌 數数 斷断 於于 晉晋 暫暂 曆历 書书 樂乐 樓楼 橋桥 檢检 檔档 歲岁
歸归 殘残 毀毁 決决 況况 沒没 測测 滿满 漁渔 潛潜 濕湿 烏乌 熱热 營营 爾尔 牆墙 犧牺 猶犹 獻献 瑪玛
畢毕 異异 療疗 盜盗 眾众 矯矫 碼码 礙碍 祕秘 禍祸 禦御 稱称 窮穷 簡简 糾纠 紐纽 絡络 綱纲 緒绪 縮缩
罷罢 羅罗 脫脱 腳脚 臨临 舊旧 艱艰 莊庄 萬万 葉叶 蒼苍 蓋盖 薦荐 藥药 蘭兰 虛虚 術术 裝装 襲袭 覽览
計计 訂订 記记 訊讯 託托 訓训 詞词 誌志 誠诚 誕诞 調调 談谈 諸诸 謊谎 譯译 豐丰 貧贫 貪贪 貸贷 賀贺
賈贾 賣卖 賦赋 賴赖 贈赠 贏赢 趨趋 跡迹 蹤踪 轉转 辯辩 辭辞 邁迈 遲迟 適适 遷迁 遺遗 醜丑 鋼钢 錄录
鎮镇 鏈链 鐘钟 閱阅 闡阐 雖虽 響响 頒颁 頓顿 頻频 顆颗 顯显 飾饰 餘余 驅驱 驚惊 鬆松 鮮鲜 鳳凤 點点
黨党 齡龄 億亿 價价 儀仪 優优 備备 傳传 債债 傷伤 傾倾 僅仅 偉伟 側侧 偵侦 兒儿 兩两 內内 剛刚 劃划
劍剑 劇剧 創创 勵励 勸劝 厲厉 噸吨 嚮向 囑嘱 壯壮 紮扎 繩绳 蠻蛮 態态 懷怀 懸悬 懼惧 戀恋 憶忆 慮虑
慣惯 撲扑 撫抚 揮挥 攜携 鬧闹 殼壳 滬沪 濱滨 滯滞 灘滩 爐炉 牽牵 獎奖 璽玺 癒愈 盧卢 窩窝 竊窃 籃篮
紛纷 綁绑 緩缓 緝缉 縫缝 繞绕 罵骂 聳耸 膽胆 膠胶 臉脸 艙舱 蘋苹 虧亏 蠟蜡 詢询 誇夸 詭诡 諮咨 謹谨
譜谱 譽誉 豬猪 貓猫 踐践 軌轨 輔辅 輯辑 轄辖 遞递 遜逊 鄭郑 醬酱 鈔钞 鉛铅 鋪铺 鍋锅 鏡镜 鑰钥 閃闪
閩闽 闖闯 陳陈 陝陕 隴陇 韋韦 頌颂 顫颤 颱台 飄飘 餓饿 饑饥 駐驻 駕驾 騎骑 騙骗 驕骄 鬱郁 鯨鲸 鴨鸭
鵬鹏 鹽盐 麗丽 黴霉 齋斋 亞亚 敘叙 倫伦 帶带 麼么 嗎吗 裡里 裏里 並并 屆届 夥伙 佈布 佔占 併并 係系
俠侠 倉仓 偽伪 傘伞 傑杰 僑侨 儘尽 償偿 兇凶 則则 劉刘 勁劲 勳勋 嘆叹 噴喷 嚇吓 堅坚 墜坠 壘垒 奧奥
寬宽 層层 嶄崭 巖岩 幾几 廟庙 廚厨 徹彻 恆恒 惡恶 慘惨 憂忧 懇恳 懲惩 掛挂 採采 搖摇 摯挚 撐撑 撥拨
擋挡 擠挤 斃毙 斬斩 暢畅 曉晓 曬晒 棄弃 棟栋 楊杨 榮荣 槍枪 樞枢 橫横 檯台 櫃柜 欄栏 漲涨 潔洁 澤泽
濃浓 瀕濒 灑洒 煉炼 燈灯 燒烧 爛烂 獄狱 獸兽 畝亩 瘋疯 皺皱 盃杯 睜睁 矚瞩 礦矿 穫获 簾帘 籠笼 粵粤
紋纹 絞绞 緬缅 締缔 縱纵 繳缴 纖纤 聰聪 脹胀 膚肤 臟脏 萊莱 蔣蒋 蔥葱 薩萨 藍蓝 蘆芦 虜虏 蠶蚕 襯衬
覓觅 訴诉 診诊 詐诈 誘诱 諒谅 謎谜 譴谴 豎竖 貞贞 賊贼 賞赏 賢贤 賬账 贓赃 軀躯 軸轴 輛辆 輩辈 轟轰
迴回 遙遥 鄧邓 釘钉 鈴铃 銷销 鋒锋 錦锦 鍛锻 鎖锁 鑄铸 閒闲 閘闸 闢辟 階阶 霧雾 鞏巩 韻韵 頸颈 顛颠
飢饥 飼饲 餅饼 養养 騰腾 鬍胡 魯鲁 鳴鸣 鴻鸿 鵝鹅 鶴鹤 鷹鹰 緯纬 紡纺 謠谣 鐮镰 愾忾 峯峰 兌兑 贖赎`;

/** Map of traditional → simplified character (one BMP character each). */
export const TRADITIONAL_TO_SIMPLIFIED = new Map(
  TRADITIONAL.trim().split(/\s+/).map((pair) => [...pair]),
);

// Typographic punctuation to ASCII, one character for one: a search for
// "don't" finds "don’t", and “quoted” becomes "quoted".
const PUNCTUATION = new Map([
  ...'\u2010\u2011\u2012\u2013\u2014\u2015'.split('').map((c) => [c, '-']),
  ...'\u2018\u2019\u201a\u201b\u2032'.split('').map((c) => [c, "'"]),
  ...'\u201c\u201d\u201e\u201f\u2033'.split('').map((c) => [c, '"']),
  ['\u2026', '...'], ['\u2022', '*'],
]);

const COMBINING = /[\u0300-\u036f]/g;
const cache = new Map();
let lengthChanged = false; // set by fold() when a character folded to another length

/** The folded form of one code point (a string of 0 or more code units). */
export function foldChar(c) {
  let folded = cache.get(c);
  if (folded !== undefined) return folded;
  folded = '';
  for (const d of c.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING, '')) {
    folded += TRADITIONAL_TO_SIMPLIFIED.get(d) ?? PUNCTUATION.get(d) ?? d;
  }
  cache.set(c, folded);
  return folded;
}

// The code points folding may change beyond lower case: everything from
// U+00A0 to U+33FF (Latin-1 to CJK compatibility), Hangul and compatibility
// ideographs, the full-width forms and astral characters, and the
// traditional characters of the table. Per code unit: 1 when it folds to
// itself (ASCII, the plain CJK ideographs; learnt for the others on first
// sight), 2 when it folds to something else (FOLDED), 0 not yet known,
// 3 a high surrogate (the pair is folded whole). Folding 20 MB stays quick.
const STATE = new Uint8Array(0x10000).fill(1);
STATE.fill(0, 0xa0, 0x3400);
STATE.fill(0, 0xa000, 0xd800);
STATE.fill(0, 0xf900);
STATE.fill(3, 0xd800, 0xdc00);
for (const t of TRADITIONAL_TO_SIMPLIFIED.keys()) STATE[t.charCodeAt(0)] = 0;
const FOLDED = [];

/** The folded text (see the top of this file). */
export function fold(text) {
  // Lower case for the whole text at once (native, fast), then the rest per character.
  const lower = text.toLowerCase();
  if (lower.length !== text.length) lengthChanged = true;
  let out = '';
  let done = 0; // lower[0, done) is in out
  for (let k = 0; k < lower.length; k++) {
    const code = lower.charCodeAt(k);
    let state = STATE[code];
    if (state === 1) continue;
    let folded;
    if (state === 3) {
      const low = lower.charCodeAt(k + 1);
      if (!(low >= 0xdc00 && low <= 0xdfff)) continue; // a lone surrogate stays
      folded = foldChar(lower.slice(k, k + 2));
      if (folded.length !== 2) lengthChanged = true;
      out += lower.slice(done, k) + folded;
      done = ++k + 1;
      continue;
    }
    if (state === 0) {
      const c = lower[k];
      folded = foldChar(c);
      STATE[code] = state = folded === c ? 1 : 2;
      FOLDED[code] = folded;
      if (state === 1) continue;
    }
    folded = FOLDED[code];
    if (folded.length !== 1) lengthChanged = true;
    out += lower.slice(done, k) + folded;
    done = k + 1;
  }
  return done === 0 ? lower : out + lower.slice(done);
}

/**
 * The folded text, and for each of its code units the original range it
 * came from: `from[k]`..`to[k]` (code unit offsets into `text`); both null
 * when every character folded to one of the same length (offsets unchanged).
 */
export function foldWithMap(text) {
  lengthChanged = false;
  const quick = fold(text);
  if (!lengthChanged) return { folded: quick, from: null, to: null };
  let folded = '';
  const from = [];
  const to = [];
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at);
    const width = code > 0xffff ? 2 : 1;
    const f = foldChar(text.slice(at, at + width));
    for (let k = 0; k < f.length; k++) {
      from.push(at);
      to.push(at + width);
    }
    folded += f;
    at += width;
  }
  return { folded, from, to };
}
