// Search and facets on the page, on corpus briefings from ../shared/corpus:
// Chinese substrings, mixed and folded queries, scope, phrases, AND, match
// counts (per card and in total, in the polite live region), facets (OR
// within, AND across, counts that stay, clear-all), the canonical outlet,
// places and topics. The page must log no error and call no other origin.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, withPage, loadTranscript, SHARED } from './helpers.mjs';

const ZH_0529 = join(SHARED, 'corpus/cn-mfa-zh/2020-05-29-1784058.txt');
const EN_0529 = join(SHARED, 'corpus/cn-mfa-en/2020-05-29-1784166.txt');
const ZH_BRI = join(SHARED, 'corpus/cn-mfa-zh/2017-02-09-1437184.txt');

const env = useBrowser();

/** Opens the page with a corpus transcript loaded, runs `body`, checks nothing went wrong. */
const withTranscript = (file, body) => withPage(env, { goto: '/' }, async (page) => {
  await loadTranscript(page, file);
  await body(page);
});

const search = (page) => page.locator('transcript-cards input[type="search"]');
const shownIds = (page) => page.evaluate(() => document.querySelector('transcript-cards').shownItems.map((i) => i.id));
const status = (page) => page.locator('transcript-cards .status').innerText();
const setAttr = (page, name, value) => page.evaluate(([n, v]) => { document.querySelector('transcript-cards')[n] = v; }, [name, value]);
const settle = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0))));
async function query(page, text, scope = 'both') {
  await page.locator('transcript-cards select[part="scope-select"]').selectOption(scope);
  await search(page).fill(text);
  await settle(page);
  return shownIds(page);
}

test('should find Chinese substrings with no segmentation: 一带一路, and 是一段 inside a sentence', () =>
  withTranscript(ZH_BRI, async (page) => {
    assert.deepEqual(await query(page, '一带一路'), ['e4', 'e5', 'e9', 'e10']);
    assert.match(await status(page), /Showing 4 of \d+ cards matching “一带一路”: 13 matches/);
    const marked = await page.evaluate(() => [...CSS.highlights.get('transcript-cards-match')].map((r) => r.toString()));
    assert.ok(marked.length > 0 && marked.every((t) => t === '一带一路'), 'each highlight should cover 一带一路 exactly');
    assert.deepEqual(await query(page, '一帶一路'), ['e4', 'e5', 'e9', 'e10'], 'traditional characters should find the simplified text');
    await page.evaluate(() => document.querySelector('transcript-cards').parseText('问：这是一段历史吗？\n\n答：是的，这是一段佳话。\n\n问：还有别的吗？\n\n答：没有。\n'));
    assert.deepEqual(await query(page, '是一段'), ['e1'], '是一段 should match across what a segmenter would call word boundaries');
    assert.match(await status(page), /: 2 matches/);
  }));

test('should fold full-width, case, diacritics and mix Chinese with English', () =>
  withTranscript(ZH_0529, async (page) => {
    assert.deepEqual(await query(page, 'BNO'), ['e12']);
    assert.deepEqual(await query(page, 'ＢＮＯ'), ['e12'], 'full-width ＢＮＯ should find BNO');
    assert.deepEqual(await query(page, 'bno 香港'), ['e12'], 'a mixed query should AND its Latin and Chinese terms');
    assert.deepEqual(await query(page, 'bno香港'), ['e12'], 'without the space too');
    assert.deepEqual(await query(page, '香港國家安全'), ['e1', 'e2'], 'traditional 國 should find 国');
    await page.evaluate(async (t) => document.querySelector('transcript-cards').parseText(t), await readFile(EN_0529, 'utf8'));
    assert.deepEqual(await query(page, 'Pompéo'), ['e2', 'e4'], 'an accent typed should not matter');
    assert.deepEqual(await query(page, 'MENG WANZHOU'), ['e11', 'e15'], 'case should not matter');
  }));

test('should search questions, answers or both; AND terms; keep quoted phrases whole; count matches', () =>
  withTranscript(EN_0529, async (page) => {
    assert.deepEqual(await query(page, 'Pompeo', 'question'), ['e2', 'e4']);
    assert.deepEqual(await query(page, 'Pompeo', 'answer'), ['e2']);
    assert.deepEqual(await query(page, 'Pompeo', 'both'), ['e2', 'e4']);
    assert.equal(await shadowAttr(page, 'scope'), '', 'both is the default: no attribute');
    assert.deepEqual(await query(page, 'national security'), ['e1', 'e2', 'e3', 'e4', 'e5', 'e9', 'e12', 'e15', 'e16'], 'both words, anywhere');
    assert.deepEqual(await query(page, '"national security"'), ['e1', 'e2', 'e3', 'e5', 'e12', 'e15', 'e16'], 'the phrase only');
    assert.match(await status(page), /Showing 7 of \d+ cards matching “"national security"”: 18 matches/);
    assert.deepEqual(await query(page, '"national security"', 'question'), ['e1', 'e2', 'e3', 'e5', 'e16']);
    assert.match(await status(page), /: 5 matches$/);
    const badges = await page.locator('transcript-cards article .hits').allTextContents();
    assert.deepEqual(badges, ['1 match', '1 match', '1 match', '1 match', '1 match'], 'each card should show its own count');
    const live = page.locator('transcript-cards .status');
    assert.equal(await live.getAttribute('aria-live'), 'polite', 'the count should be announced politely');
    assert.equal(await live.getAttribute('role'), 'status');
    await query(page, 'Meng Wanzhou');
    const perCard = await page.locator('transcript-cards article .hits').allTextContents();
    const sum = perCard.reduce((n, t) => n + Number.parseInt(t, 10), 0);
    assert.match(await status(page), new RegExp(`: ${sum} matches$`), 'the total should be the sum of the cards’ counts');
  }));

const shadowAttr = (page, name) => page.evaluate((n) => document.querySelector('transcript-cards').getAttribute(n) ?? '', name);
const chip = (page, name) => page.locator('transcript-cards button.chip', { hasText: name });
const chipCount = async (page, name) => Number((await chip(page, name).locator('.n').innerText()).replace(/,/g, ''));

test('should OR two outlets, AND outlet with speaker and kind, keep sibling counts, and clear all', () =>
  withTranscript(EN_0529, async (page) => {
    assert.equal(await chipCount(page, 'TASS'), 3);
    assert.equal(await chipCount(page, 'BBC'), 2);
    await chip(page, 'TASS').click();
    assert.deepEqual(await shownIds(page), ['e5', 'e9', 'e14']);
    assert.equal(await chipCount(page, 'BBC'), 2, 'BBC should keep its count when TASS is picked (it would add 2)');
    await chip(page, 'BBC').click();
    assert.deepEqual(await shownIds(page), ['e5', 'e9', 'e13', 'e14', 'e16'], 'TASS or BBC');
    assert.equal(await shadowAttr(page, 'outlet'), 'TASS|BBC');
    assert.equal(await chip(page, 'TASS').getAttribute('aria-pressed'), 'true');
    await page.locator('transcript-cards button.kind', { hasText: 'Exchanges' }).click();
    await setAttr(page, 'speaker', 'Zhao Lijian'); // one speaker: no speaker chips to click
    await settle(page);
    assert.deepEqual(await shownIds(page), ['e5', 'e9', 'e13', 'e14', 'e16'], 'outlet AND kind AND speaker');
    await setAttr(page, 'speaker', 'Nobody');
    await settle(page);
    assert.deepEqual(await shownIds(page), [], 'an unknown speaker AND the outlets: nothing');
    await setAttr(page, 'speaker', '');
    await query(page, 'Hong Kong');
    assert.deepEqual(await shownIds(page), ['e5', 'e13', 'e16'], 'the search ANDs with the facets');
    assert.equal(await chipCount(page, 'Reuters'), 0, 'Reuters asked nothing on Hong Kong');
    assert.equal(await chipCount(page, 'Financial Times'), 2, 'the FT would add 2 Hong Kong cards');
    await page.locator('transcript-cards button.clear-all').click();
    await settle(page);
    assert.equal((await shownIds(page)).length, 18, 'clear all should show every card');
    assert.equal(await search(page).inputValue(), '');
    assert.equal(await page.locator('transcript-cards [aria-pressed="true"]').count(), 0, 'no button should stay pressed');
    assert.ok(await page.locator('transcript-cards button.clear-all').isHidden(), 'clear all hides when there is nothing to clear');
  }));

test('should group outlets by their canonical name, and offer places and topics', () =>
  withTranscript(ZH_0529, async (page) => {
    // The tagger's fields, set on a parsed transcript: 法新社 is AFP, as is Agence France-Presse.
    await page.evaluate(() => {
      const el = document.querySelector('transcript-cards');
      const t = structuredClone(el.transcript);
      const ex = t.items.filter((i) => i.kind === 'exchange');
      for (const e of ex) e.tags = { places: [], topics: [] }; // only the tags below, whatever the tagger found
      ex[5].asker.outlet_canonical = 'AFP'; // 法新社
      ex[0].asker.outlet = 'Agence France-Presse';
      ex[0].asker.outlet_canonical = 'AFP';
      ex[0].tags = { places: ['US', 'HK'], topics: ['national security'] };
      ex[1].tags = { places: ['US'], topics: [] };
      ex[10].tags = { places: ['CA'], topics: ['Meng Wanzhou'] };
      t.places = [{ code: 'US', name: 'United States', name_zh: '美国', kind: 'country' }, { code: 'HK', name: 'Hong Kong', name_zh: '香港', kind: 'region' }, { code: 'CA', name: 'Canada', name_zh: '加拿大', kind: 'country' }];
      el.transcript = t;
    });
    assert.equal(await chipCount(page, 'AFP'), 2, 'the AFP chip should count 法新社 and Agence France-Presse');
    assert.equal(await chip(page, '法新社').count(), 0, 'no chip should be left for the name as written');
    await chip(page, 'AFP').click();
    assert.deepEqual(await shownIds(page), ['e1', 'e6']);
    await page.locator('transcript-cards details.more-facets summary').click();
    const places = await page.locator('transcript-cards .facet-place button').allInnerTexts();
    assert.deepEqual(places.map((t) => t.replace(/\s+/g, ' ')), ['United States 1', 'Hong Kong 1', 'Canada 0'], 'place chips should be named, counted under the outlet picked');
    await page.locator('transcript-cards .facet-place button', { hasText: 'United States' }).click();
    assert.deepEqual(await shownIds(page), ['e1'], 'AFP AND United States');
    await page.locator('transcript-cards button.clear-all').click();
    await page.locator('transcript-cards .facet-topic button', { hasText: 'Meng Wanzhou' }).click();
    assert.deepEqual(await shownIds(page), ['e11']);
    assert.equal(await shadowAttr(page, 'topic'), 'Meng Wanzhou');
  }));
