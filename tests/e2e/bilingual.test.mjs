// Bilingual pairs on the page: the English and Chinese transcripts of one
// briefing (../shared/corpus, same date) loaded together, their exchanges
// aligned by the wasm core (alignTranscripts) and shown side by side,
// switchable per card; two different dates are refused with a note.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, withPage, SHARED, RESULTS } from './helpers.mjs';

const corpus = (lang, name) => join(SHARED, `corpus/cn-mfa-${lang}/${name}.txt`);

const env = useBrowser();

/** Opens the page on its sample, runs `body`, then checks nothing went wrong. */
const onPage = (body) => withPage(env, { goto: '/' }, body);

const pairedCards = (page) => page.$$eval('transcript-cards article.paired', (cards) => cards.map((c) => ({
  id: c.dataset.id,
  other: c.querySelector('.pair-other')?.getAttribute('lang'),
  head: c.querySelector('.pair-head')?.textContent,
  visible: !c.querySelector('.pair-other').hidden,
})));

test('should pair the 18 exchanges of 29 May 2020 side by side when both files are opened', () =>
  onPage(async (page) => {
    const paired = page.evaluate(() => new Promise((ok) => document.querySelector('transcript-cards').addEventListener('transcript-cards:paired', (e) => ok(e.detail), { once: true })));
    await page.locator('#file').setInputFiles([corpus('en', '2020-05-29-1784166'), corpus('zh', '2020-05-29-1784058')]);
    const detail = await paired;
    assert.equal(detail.paired, 18, 'all 18 exchanges should find their counterpart');
    await page.waitForFunction(() => document.querySelector('transcript-cards').shadowRoot.querySelectorAll('article.paired').length === 18);
    const cards = await pairedCards(page);
    assert.deepEqual(cards.map((c) => c.id), Array.from({ length: 18 }, (_, i) => `e${i + 1}`));
    assert.ok(cards.every((c) => c.other === 'zh' && c.visible), 'each card should show the Chinese beside it');
    assert.deepEqual(cards.map((c) => c.head.split(' · ')[1]), Array.from({ length: 18 }, (_, i) => `#${i + 1}`), 'aligned one to one, in order');
    assert.match(cards[5].head, /法新社/, 'AFP’s question (e6) should sit beside 法新社’s');
    const text = await page.locator('transcript-cards article[data-id="e6"] .pair-other').textContent();
    assert.match(text, /研究生/, 'the Chinese question on graduate students should be beside it');
    assert.match(await page.locator('transcript-cards .pair-note').innerText(), /18 of 18 exchanges paired/);
    await page.screenshot({ path: join(RESULTS, 'bilingual.png') });
  }));

test('should switch one card back to one language, leaving the others side by side', () =>
  onPage(async (page) => {
    await page.locator('#file').setInputFiles(corpus('zh', '2019-12-24-1727471'));
    await page.waitForFunction(() => document.querySelector('transcript-cards').transcript?.date === '2019-12-24');
    await page.locator('#compare').setInputFiles(corpus('en', '2019-12-24-1727490'));
    await page.waitForFunction(() => document.querySelector('transcript-cards').shadowRoot.querySelectorAll('article.paired').length === 7);
    const toggle = page.locator('transcript-cards article[data-id="e2"] button.pair-toggle');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.match(await toggle.textContent(), /English side by side/);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    const cards = await pairedCards(page);
    assert.deepEqual(cards.filter((c) => !c.visible).map((c) => c.id), ['e2'], 'only the card switched should hide its pair');
    assert.ok(cards.every((c) => c.other === 'en'));
    await toggle.click();
    assert.equal((await pairedCards(page)).filter((c) => !c.visible).length, 0, 'switching again should show it again');
    // Search and facets keep working on the paired cards.
    await page.locator('transcript-cards input[type="search"]').fill('尼泊尔');
    const shown = await page.evaluate(() => document.querySelector('transcript-cards').shownItems.map((i) => i.id));
    assert.deepEqual(shown, ['e4'], 'a search should narrow the paired cards');
    assert.match(await page.locator('transcript-cards article[data-id="e4"] .pair-other').textContent(), /Nepal/, 'beside it, the English question on Nepal');
  }));

test('should refuse to pair briefings of different dates, and say why', () =>
  onPage(async (page) => {
    await page.locator('#file').setInputFiles(corpus('en', '2020-05-29-1784166'));
    await page.waitForFunction(() => document.querySelector('transcript-cards').transcript?.date === '2020-05-29');
    await page.locator('#compare').setInputFiles(corpus('zh', '2019-12-24-1727471'));
    await page.waitForFunction(() => /Not side by side/.test(document.getElementById('source-note').textContent));
    assert.match(await page.locator('transcript-cards .pair-note').innerText(), /dates differ \(2020-05-29 and 2019-12-24\)/);
    assert.equal(await page.locator('transcript-cards article.paired').count(), 0);
  }));
