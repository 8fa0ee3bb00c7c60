// Unit tests of the matching, without a browser: folding (www/search/fold.js) and
// the search index (www/search/search-index.js: terms, phrases, scope, counts,
// facets), on small hand-made items shaped like Transcript.items.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, foldWithMap, TRADITIONAL_TO_SIMPLIFIED } from '../../www/search/fold.js';
import { SearchIndex, parseQuery, SCOPES } from '../../www/search/search-index.js';

const exchange = (id, question, answer, { outlet = null, canonical = null, speaker = 'Hua Chunying', places = [], topics = [] } = {}) => ({
  kind: 'exchange', id, follow_up: false, follows: null,
  asker: { outlet, outlet_canonical: canonical },
  question: { paragraphs: [question] }, answer: { speaker, speaker_canonical: null, paragraphs: [answer] },
  tags: { places, topics },
});
const statement = (id, text) => ({ kind: 'statement', id, speaker: 'Hua Chunying', speaker_canonical: null, paragraphs: [text] });
const ids = (index, items, query, scope) => [...index.search(parseQuery(query, scope))].map((i) => items[i].id);

test('should fold full-width forms, case, Latin diacritics and typographic punctuation', () => {
  assert.equal(fold('ＴｉｋＴｏｋ １２３'), 'tiktok 123', 'full-width letters and digits should fold to ASCII (NFKC)');
  assert.equal(fold('Café São Paulo Ürümqi'), 'cafe sao paulo urumqi', 'accents should be dropped (NFD, marks removed)');
  assert.equal(fold('Cafe\u0301'), 'cafe', 'a combining accent should be dropped too');
  assert.equal(fold('don’t “quote” —'), 'don\'t "quote" -', 'curly quotes and dashes should fold to ASCII');
  assert.equal(fold('中国\u3000外交部'), '中国 外交部', 'the ideographic space should fold to a space');
  assert.equal(fold('ﬁne'), 'fine', 'a ligature should fold to its letters');
});

test('should fold traditional characters to simplified ones', () => {
  assert.equal(fold('臺灣與中華人民共和國'), '台湾与中华人民共和国');
  assert.equal(fold('外交部發言人說'), '外交部发言人说');
  assert.equal(fold('一帶一路'), '一带一路');
  assert.equal(fold('香港国家安全'), '香港国家安全', 'simplified text should stay as it is');
});

test('should keep a table of one traditional character to one different simplified one, without chains', () => {
  assert.ok(TRADITIONAL_TO_SIMPLIFIED.size >= 300, `the table should hold a few hundred pairs (has ${TRADITIONAL_TO_SIMPLIFIED.size})`);
  for (const [t, s] of TRADITIONAL_TO_SIMPLIFIED) {
    assert.equal([...t].length, 1, `${t} should be one character`);
    assert.equal([...s].length, 1, `${s} should be one character`);
    assert.notEqual(t, s, `${t} should fold to another character`);
    assert.ok(!TRADITIONAL_TO_SIMPLIFIED.has(s), `${t}→${s}: a simplified character should not itself fold further`);
  }
});

test('should map folded offsets back to the original text', () => {
  const text = 'ﬁne Café, ＢＮＯ';
  const { folded, from, to } = foldWithMap(text);
  assert.equal(folded, 'fine cafe, bno');
  const at = folded.indexOf('cafe');
  assert.equal(text.slice(from[at], to[at + 3]), 'Café', 'a match should cover the original word');
  const bno = folded.indexOf('bno');
  assert.equal(text.slice(from[bno], to[bno + 2]), 'ＢＮＯ');
  assert.deepEqual(foldWithMap('Plain text'), { folded: 'plain text', from: null, to: null }, 'same-length folding should keep offsets');
});

test('should parse queries: words ANDed, quoted phrases, Chinese split from Latin', () => {
  assert.deepEqual(parseQuery('TikTok  WeChat').terms, ['tiktok', 'wechat']);
  assert.deepEqual(parseQuery('"national security" law').terms, ['national security', 'law']);
  assert.deepEqual(parseQuery('“Hong  Kong”').terms, ['hong kong'], 'curly quotes should quote a phrase too');
  assert.deepEqual(parseQuery('华为5G 一帶一路').terms, ['华为', '5g', '一带一路'], 'a word mixing scripts should split where the script changes');
  assert.deepEqual(parseQuery('"unfinished phrase').terms, ['unfinished phrase'], 'a quote still being typed should make a phrase');
  assert.equal(parseQuery('x', 'nonsense').scope, 'both', 'an unknown scope should mean both');
  assert.equal(parseQuery('  ').terms.length, 0);
});

const ITEMS = [
  exchange('e1', '这是一段历史吗？', '一带一路倡议是合作之路。', { outlet: '法新社', canonical: 'AFP', places: ['CN'], topics: ['trade'] }),
  exchange('e2', 'Does the Belt and Road Initiative (一带一路) help Pakistan?', 'Yes. The café is open.', { outlet: 'Agence France-Presse', canonical: 'AFP', places: ['PK'] }),
  exchange('e3', 'On national security in Hong Kong?', 'Hong Kong affairs are internal affairs. National security matters.', { outlet: 'Reuters', speaker: 'Wang Wenbin', places: ['HK', 'US'], topics: ['security'] }),
  exchange('e4', 'A question on security, national and regional?', 'No comment.', { outlet: 'BBC', places: ['US'] }),
  statement('s1', '中国政府决定向苏丹派遣医疗专家组。Security first.'),
];

test('should find Chinese substrings without segmentation, and mixed queries', () => {
  const index = new SearchIndex(ITEMS, [{ code: 'CN', name: 'China' }]);
  assert.deepEqual(ids(index, ITEMS, '是一段'), ['e1'], '是一段 should be found inside 这是一段历史');
  assert.deepEqual(ids(index, ITEMS, '一带一路'), ['e1', 'e2']);
  assert.deepEqual(ids(index, ITEMS, '一帶一路 pakistan'), ['e2'], 'traditional and mixed Chinese/English terms should be ANDed');
  assert.deepEqual(ids(index, ITEMS, 'CAFÉ'), ['e2'], 'case and accents should not matter');
  assert.deepEqual(ids(index, ITEMS, 'Ｈｏｎｇ Ｋｏｎｇ'), ['e3'], 'full-width letters should match');
});

test('should AND several terms and keep a quoted phrase whole', () => {
  const index = new SearchIndex(ITEMS);
  assert.deepEqual(ids(index, ITEMS, 'national security'), ['e3', 'e4'], 'both words anywhere');
  assert.deepEqual(ids(index, ITEMS, '"national security"'), ['e3'], 'the words together, in order');
  assert.deepEqual(ids(index, ITEMS, 'national zebra'), [], 'every term must be present');
});

test('should search questions, answers or both', () => {
  const index = new SearchIndex(ITEMS);
  assert.deepEqual(ids(index, ITEMS, 'security', 'both'), ['e3', 'e4', 's1']);
  assert.deepEqual(ids(index, ITEMS, 'security', 'question'), ['e3', 'e4']);
  assert.deepEqual(ids(index, ITEMS, 'security', 'answer'), ['e3', 's1'], 'a statement counts as what the ministry answers');
  assert.deepEqual(ids(index, ITEMS, '一带一路', 'question'), ['e2']);
  assert.deepEqual(ids(index, ITEMS, '"hong kong" affairs', 'answer'), ['e3']);
});

test('should count matches per card and in total, within the scope', () => {
  const index = new SearchIndex(ITEMS);
  const q = parseQuery('hong kong');
  const hits = index.search(q);
  assert.equal(index.countMatches(index.byId.get('e3'), q), 4, 'hong ×2 and kong ×2');
  assert.equal(index.countMatches(index.byId.get('e3'), parseQuery('"hong kong"', 'answer')), 1);
  assert.equal(index.totalMatches(hits, parseQuery('security')), 2, 'e3 says security once in the question, once in the answer');
  assert.equal(index.totalMatches(index.search(parseQuery('security')), parseQuery('security')), 4);
});

test('should narrow as the reader types on, and widen again', () => {
  const index = new SearchIndex(ITEMS);
  assert.deepEqual(ids(index, ITEMS, 'sec'), ['e3', 'e4', 's1']);
  assert.deepEqual(ids(index, ITEMS, 'security nat'), ['e3', 'e4']);
  assert.deepEqual(ids(index, ITEMS, 'security national'), ['e3', 'e4']);
  assert.deepEqual(ids(index, ITEMS, 'security'), ['e3', 'e4', 's1'], 'deleting a term should widen the results again');
});

test('should OR within a facet, AND across facets, and count each value without its own facet', () => {
  const index = new SearchIndex(ITEMS, [{ code: 'US', name: 'United States' }]);
  const all = index.search(parseQuery(''));
  const run = (picked) => {
    const { shown, counts } = index.filter(all, index.selection(picked));
    const named = (facet) => Object.fromEntries(index.facets[facet].names.map((n, i) => [n, counts[facet][i]]));
    return { shown: shown.map((i) => ITEMS[i].id), outlet: named('outlet'), speaker: named('speaker'), place: named('place') };
  };
  assert.deepEqual(run({}).outlet, { AFP: 2, Reuters: 1, BBC: 1 }, 'outlets should group by canonical name: 法新社 and Agence France-Presse are AFP');
  const two = run({ outlet: ['Reuters', 'BBC'] });
  assert.deepEqual(two.shown, ['e3', 'e4'], 'two outlets should show the cards of either');
  assert.deepEqual(two.outlet, { AFP: 2, Reuters: 1, BBC: 1 }, 'picking outlets should not change the outlet counts');
  const across = run({ outlet: ['Reuters', 'BBC'], speaker: ['Hua Chunying'] });
  assert.deepEqual(across.shown, ['e4'], 'outlet AND speaker');
  assert.equal(across.outlet.Reuters, 0, 'Reuters has no Hua Chunying answer');
  assert.equal(across.outlet.AFP, 2, 'AFP still counts what it would add');
  assert.deepEqual(across.speaker, { 'Hua Chunying': 1, 'Wang Wenbin': 1 }, 'speaker counts take the outlets picked, not the speaker picked');
  assert.deepEqual(run({ place: ['US'] }).shown, ['e3', 'e4'], 'a card with several places should match any');
  assert.deepEqual(run({ place: ['US'], kind: ['exchange'], topic: ['security'] }).shown, ['e3']);
  assert.deepEqual(run({ outlet: ['Nobody'] }).shown, [], 'an unknown value should select nothing');
  assert.deepEqual(index.facets.place.labels, ['CN', 'PK', 'HK', 'United States'], 'places should be named from Transcript.places where it names them');
});

// The inverted index (www/search/postings.js) must find exactly what a plain
// substring search of the folded text finds, whatever the term.
const MORE = [
  ...ITEMS,
  exchange('e5', 'U.S.-China trade: COVID-19, 5G and Huawei\'s chips?', 'The U.S. side should stop. 华为5G is open.', { outlet: 'CGTN' }),
  exchange('e6', 'Москва и Пекин?', 'Россия — наш партнёр. 東京と北京。서울은?', { outlet: 'TASS' }),
  exchange('e7', 'hongkong or hong-kong, washington’s view', '一带 一路; 中方…中方', { outlet: 'NHK' }),
  { kind: 'unparsed', id: 'u1', text: 'Page 2 of 3 -- www.fmprc.gov.cn ... 𠀀𠀁 astral' },
];

function brute(index, { terms, scope }) {
  const out = [];
  for (let i = 0; i < index.size; i++) {
    const text = index.texts[i];
    const ok = terms.every((t) => {
      if (scope === 'both') return text.includes(t);
      if (scope === 'answer') return index.answerAt[i] >= 0 && text.indexOf(t, index.answerAt[i]) !== -1;
      const at = text.indexOf(t);
      return at !== -1 && at + t.length <= index.questionEnd[i];
    });
    if (ok) out.push(i);
  }
  return out;
}

test('should find with the index exactly what a substring search finds: inside words, across punctuation, in every script', () => {
  const index = new SearchIndex(MORE);
  const queries = ['ong', 'kong', 'ng ko', '"ng ko"', 'hongk', 'u.s.', 'u.s', '.s.-c', '-', '...', '…', '"s a"', "huawei's", 'covid-1', '-19', '5g', '华为5g', '为5', '一路', '"一带 一路"', '中方…中', '中', '方', 'моск', 'пекин', 'наш партн', '東京', '京と北', '서울', '울은', '𠀀', '𠀀𠀁 a', 'astral', 'www.fmprc', ' ', 'zz', 'kong?', '?', 'washington\'s'];
  for (const scope of SCOPES) {
    for (const raw of queries) {
      const q = parseQuery(raw, scope);
      assert.deepEqual([...index.search(q)], brute(index, q), `${JSON.stringify(raw)} in ${scope}`);
    }
  }
});

test('should give the same cards typing on, deleting, and searching afresh', () => {
  const typed = new SearchIndex(MORE);
  for (const word of ['hong kong', '"national security" affairs', '一带一路', 'u.s.-china']) {
    const prefixes = [...word].map((_, k) => word.slice(0, k + 1));
    for (const raw of [...prefixes, ...prefixes.reverse()]) {
      const fresh = new SearchIndex(MORE);
      const q = parseQuery(raw);
      assert.deepEqual([...typed.search(q)], [...fresh.search(q)], `typing ${JSON.stringify(raw)}`);
      assert.deepEqual([...fresh.search(q)], brute(fresh, q), `afresh ${JSON.stringify(raw)}`);
    }
  }
});

test('should count facets the same from the last counts (typing on, deleting, jumping) as counted afresh', () => {
  const typed = new SearchIndex(MORE);
  const queries = [];
  for (const word of ['hong kong', 'taiwan', '一带一路', 'u.s.-china']) {
    const prefixes = [...word].map((_, k) => word.slice(0, k + 1));
    queries.push('', ...prefixes, ...prefixes.reverse(), word);
  }
  queries.push('e', 'a', 'the', '', '', 'zqxjv', 'e');
  for (const raw of queries) {
    const q = parseQuery(raw);
    const got = typed.filter(typed.search(q));
    const fresh = new SearchIndex(MORE);
    const want = fresh.filter(fresh.search(q));
    assert.deepEqual(got.shown, want.shown, `cards for ${JSON.stringify(raw)}`);
    for (const name of Object.keys(want.counts)) {
      assert.deepEqual([...got.counts[name]], [...want.counts[name]], `${name} counts for ${JSON.stringify(raw)}`);
    }
    got.counts.outlet.fill(99); // what a caller does with its counts must not reach the next ones
  }
});

test('should match random substrings of the texts as a plain search would', () => {
  const index = new SearchIndex(MORE);
  let seed = 1;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (let k = 0; k < 400; k++) {
    const text = index.texts[rnd(index.size)];
    const at = rnd(text.length);
    const piece = text.slice(at, at + 1 + rnd(8)).replace(/"/g, '');
    for (const q of [parseQuery(`"${piece}"`), parseQuery(piece, SCOPES[k % 3])]) {
      assert.deepEqual([...index.search(q)], brute(index, q), JSON.stringify(piece));
    }
  }
});

test('should count the archive facets the same with nothing picked as with a filter that keeps every card', async () => {
  const { assemble, recordPart } = await import('../../www/archive/archive-table.js');
  const { ArchiveQuery } = await import('../../www/archive/archive-query.js');
  const { TextIndex } = await import('../../www/search/search-index.js');
  const record = (hash, date, items) => ({ hash, title: hash, date, spokespersons: [], transcript: { items, places: [] } });
  const minor = { kind: 'statement', id: 's9', speaker: 'Hua Chunying', speaker_canonical: null, paragraphs: ['Next question, please.'], minor: true };
  const table = assemble([record('a', '2020-09-14', ITEMS), record('b', '2021-01-04', MORE), record('c', '2019-05-06', [minor, ...ITEMS.slice(0, 2)])].map((r) => recordPart(r)));
  const query = new ArchiveQuery(table, new TextIndex(null, { prebuilt: table.text }));
  // A term alone that matches most cards (e, a) is counted from every card's counts less the cards it misses.
  assert.ok(query.run({ q: 'e' }).shown.length > table.size / 2, 'a query should match most cards, so the counts of the cards missed are taken away');
  for (const q of ['', 'security', 'hong kong', '一带一路', 'zzz', 'e', 'a', 'the', 'next']) {
    const quick = query.run({ q });
    const slow = query.run({ q, from: '2000-01-01' });
    assert.deepEqual([...quick.shown], [...slow.shown], `shown for ${JSON.stringify(q)}`);
    assert.deepEqual([...quick.minor], [...slow.minor], `minor statements for ${JSON.stringify(q)}`);
    assert.equal(quick.transcripts, slow.transcripts, `transcripts for ${JSON.stringify(q)}`);
    for (const facet of ['institution', 'speaker', 'outlet', 'place', 'topic']) {
      assert.deepEqual([...quick.counts[facet]], [...slow.counts[facet]], `${facet} counts for ${JSON.stringify(q)}`);
      assert.deepEqual([...quick.within[facet]], [...slow.within[facet]], `${facet} counts within the cards shown for ${JSON.stringify(q)}`);
    }
  }
  const items = (r) => [...r.shown].map((i) => (table.doc[i] === 0 ? MORE : ITEMS)[table.item[i]].id);
  assert.deepEqual(items(query.run({ q: 'hong kong' })), ['e3', 'e7', 'e3'], 'newest briefing first; the words anywhere (hongkong has both)');
});

test('should count an exchange under each speaker of its answer\'s turns, leave minor statements out of every count, and fall back to the institution field', async () => {
  const { assemble, recordPart } = await import('../../www/archive/archive-table.js');
  const { ArchiveQuery } = await import('../../www/archive/archive-query.js');
  const turns = exchange('t1', 'To both of you?', 'First me. Then her.', { speaker: 'Jen Psaki' });
  turns.answer.turns = [{ speaker: 'Jen Psaki', speaker_canonical: null }, { speaker: 'Jake Sullivan', speaker_canonical: null }];
  const minor = { kind: 'statement', id: 's9', speaker: 'Jen Psaki', speaker_canonical: null, paragraphs: ['Go ahead, Zeke.'], minor: true };
  const wh = { hash: 'w', title: 'w', date: '2021-02-01', spokespersons: [], transcript: { source: { room: 'us-wh', institution: 'The White House' }, institution: 'ignored', items: [turns, minor], places: [] } };
  const mfa = { hash: 'm', title: 'm', date: '2020-02-01', spokespersons: [], transcript: { institution: 'Ministry of Foreign Affairs of China', items: ITEMS.slice(0, 2), places: [] } };
  const table = assemble([wh, mfa].map((r) => recordPart(r)));
  const query = new ArchiveQuery(table);
  const all = query.run({});
  const n = (facet, name) => all.within[facet][table.names[facet].indexOf(name)];
  assert.equal(all.shown.length, 3, 'the minor statement should not be a card');
  assert.equal(all.minor.length, 1, 'but it should be kept apart, for exports');
  assert.equal(n('speaker', 'Jake Sullivan'), 1, 'a second speaker of the answer\'s turns should count the exchange too');
  assert.equal(n('speaker', 'Jen Psaki'), 1, 'the minor statement should not count for its speaker');
  assert.equal(n('institution', 'The White House'), 1, 'source.institution should win over institution');
  assert.equal(n('institution', 'Ministry of Foreign Affairs of China'), 2, 'institution should be the fallback');
  assert.equal(query.run({ speaker: 'Jake Sullivan' }).shown.length, 1);
  const tl = query.timeline([all.shown], { split: 'institution' });
  assert.equal(tl.unit, 'month', 'a year of briefings should be counted per month');
  assert.deepEqual(tl.sets[0].series.map((s) => [s.name, s.counts.reduce((a, b) => a + b, 0)]), [['Ministry of Foreign Affairs of China', 2], ['The White House', 1]]);
  assert.equal(tl.starts[0], '2020-02-01');
  assert.equal(tl.ends.at(-1), '2021-02-28');
});

test('should search the same from an index rebuilt from its plain data (a worker\'s, or IndexedDB\'s)', async () => {
  const { TextIndex } = await import('../../www/search/search-index.js');
  const built = new TextIndex(ITEMS);
  const copy = new TextIndex(null, { prebuilt: structuredClone(built.toData()) });
  for (const q of ['是一段', '一带一路 pakistan', 'cafe', '"national security"', 'security', 'ho', 'h', 'kong', 'zzz', '中国政府']) {
    for (const scope of SCOPES) {
      assert.deepEqual([...copy.search(parseQuery(q, scope))], [...built.search(parseQuery(q, scope))], `"${q}" (${scope}) should find the same cards`);
    }
  }
});

test('should answer a term of one or two letters from the letters of an index alone, as the whole index does, and say so for any other term', async () => {
  const { TextIndex, PostingsPending } = await import('../../www/search/search-index.js');
  const { Postings } = await import('../../www/search/postings.js');
  const built = new TextIndex(ITEMS);
  const data = structuredClone(built.toData());
  const [letters, rest] = Postings.split(data.postings);
  const early = new TextIndex(null, { prebuilt: { ...data, texts: null, postings: letters } });
  assert.ok(early.partial, 'an index of the letters alone should say it is partial');
  for (const q of ['h', 'ho', 'k', 'ng', 'h k', 'ho ng']) {
    assert.deepEqual([...early.search(parseQuery(q, 'both'))], [...built.search(parseQuery(q, 'both'))], `"${q}" should find the same cards from the letters`);
  }
  for (const q of ['hon', 'kong', '中', 'ho 中', 'h1', 'ж']) {
    assert.throws(() => early.search(parseQuery(q, 'both')), PostingsPending, `"${q}" needs the rest of the index`);
  }
  const whole = new TextIndex(null, { prebuilt: { ...data, postings: { ...letters, ...rest } } });
  assert.ok(!whole.partial);
  for (const q of ['hon', 'kong', '是一段', 'ho', 'cafe']) {
    assert.deepEqual([...whole.search(parseQuery(q, 'both'))], [...built.search(parseQuery(q, 'both'))], `"${q}" should find the same cards from the halves joined`);
  }
});
