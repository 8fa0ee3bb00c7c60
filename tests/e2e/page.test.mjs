// The page (www/index.html) as a reader uses it: the sample on first open,
// a pasted transcript (whole or in pieces), search with highlights, outlet/kind/speaker filters,
// exports (JSON equal to the CLI's), permalinks that survive a reload,
// keyboard navigation, copy with citation, and a screenshot for a person to
// look at. Every page must make no request to another origin and log no error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { useBrowser, withPage, waitForCards, cards, CLIPBOARD, SAMPLE, RESULTS, ROOT } from './helpers.mjs';

const OUTLETS = [
  'Xinhua News Agency', 'Egyptian Middle East News Agency', 'NHK', 'CCTV', 'Bloomberg', 'Macao Monthly',
  'Reuters', 'Taiwan Guoguang', 'Agence France-Presse', 'Phoenix TV', 'Bloomberg', 'The Paper',
];

const env = useBrowser();

/** Opens the page on its sample, runs `body`, then checks nothing went wrong on it. */
const onPage = (options, body) => withPage(env, { goto: '/', ...options }, body);

const exchanges = async (page) => (await cards(page)).filter((c) => c.kind === 'exchange');
const shadow = (page, fn, arg) => page.evaluate(([src, a]) => new Function('el', 'arg', `return (${src})(el, arg)`)(document.querySelector('transcript-cards'), a), [fn.toString(), arg]);

/**
 * Pastes text into the textarea through the real clipboard and Ctrl+V: in
 * place of what it holds, or (`append`) after it.
 */
async function pasteText(page, text, { append = false } = {}) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const parsed = page.evaluate(() => new Promise((ok) => document.querySelector('transcript-cards').addEventListener('transcript-cards:parsed', ok, { once: true })));
  if (!append) await page.locator('#paste').fill('');
  await page.locator('#paste').focus();
  if (append) await page.keyboard.press('Control+End');
  await page.keyboard.press('Control+V');
  await parsed;
}

test('should load the sample on first open: 12 exchange cards, in order, with their outlets', () =>
  onPage({}, async (page) => {
    const shown = await exchanges(page);
    assert.deepEqual(shown.map((c) => c.outlet), OUTLETS, 'the outlets should be those of the briefing, in order');
    assert.deepEqual(shown.map((c) => c.id), OUTLETS.map((_, i) => `e${i + 1}`));
    const summary = await page.locator('transcript-cards .summary').innerText();
    assert.match(summary, /Wang Wenbin's regular press conference on September 14, 2020/);
    assert.match(summary, /12\s+exchanges/, 'the header panel should count the exchanges');
    const speakers = await page.locator('transcript-cards article[data-kind="exchange"] .speaker').allTextContents();
    assert.deepEqual(speakers, OUTLETS.map(() => 'Wang Wenbin'), 'every answer should name its speaker');
    await page.screenshot({ path: join(RESULTS, 'page.png') });
  }));

test('should turn a pasted transcript into 12 exchange cards', () =>
  onPage({ permissions: CLIPBOARD }, async (page) => {
    await pasteText(page, 'Q: Placeholder?\n\nA: Placeholder.\n');
    assert.equal((await exchanges(page)).length, 1, 'a one-question paste should give one card');
    await pasteText(page, await readFile(SAMPLE, 'utf8'));
    assert.deepEqual((await exchanges(page)).map((c) => c.outlet), OUTLETS);
  }));

test('should give the same transcript for a text pasted in three pieces, cut mid-line, as pasted whole', () =>
  onPage({ permissions: CLIPBOARD }, async (page) => {
    const text = await readFile(SAMPLE, 'utf8');
    const transcript = () => page.evaluate(() => JSON.stringify(document.querySelector('transcript-cards').transcript));
    await pasteText(page, text);
    const whole = await transcript();
    await page.locator('#paste').fill('');
    const cuts = [0, Math.floor(text.length / 3), Math.floor((2 * text.length) / 3), text.length];
    assert.ok(text[cuts[1] - 1] !== '\n' && text[cuts[2] - 1] !== '\n', 'the cuts should fall inside lines');
    for (let i = 0; i < 3; i++) await pasteText(page, text.slice(cuts[i], cuts[i + 1]), { append: true });
    assert.equal(await page.inputValue('#paste'), text, 'the text box should hold the three pieces, in order');
    assert.equal(await transcript(), whole, 'the transcript should be the one of the whole text');
    assert.deepEqual((await exchanges(page)).map((c) => c.outlet), OUTLETS);
  }));

test('should find "TikTok" in exactly 2 exchanges, highlighted', () =>
  onPage({}, async (page) => {
    await page.locator('transcript-cards input[type="search"]').fill('TikTok');
    const shown = await cards(page);
    assert.deepEqual(shown.map((c) => `${c.id} ${c.outlet}`), ['e3 NHK', 'e9 Agence France-Presse']);
    const highlighted = await page.evaluate(() => {
      const ranges = [...CSS.highlights.get('transcript-cards-match')];
      return ranges.map((r) => ({ text: r.toString(), card: r.startContainer.parentElement.closest('article').dataset.id }));
    });
    assert.ok(highlighted.length >= 2, 'each match should be highlighted');
    assert.ok(highlighted.every((h) => h.text.toLowerCase() === 'tiktok'), 'highlights should cover the matched word only');
    assert.deepEqual([...new Set(highlighted.map((h) => h.card))], ['e3', 'e9']);
    assert.match(await page.locator('transcript-cards .status').innerText(), /Showing 2 of \d+ cards matching “TikTok”/);
    await page.locator('transcript-cards input[type="search"]').press('Escape');
    assert.equal((await exchanges(page)).length, 12, 'Escape should clear the search');
    assert.equal(await page.evaluate(() => CSS.highlights.get('transcript-cards-match').size), 0, 'no highlight should remain');
  }));

test('should filter by outlet chip, kind and speaker, with counts', () =>
  onPage({}, async (page) => {
    const chip = page.locator('transcript-cards button.chip', { hasText: 'Bloomberg' });
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    assert.equal(await chip.locator('.n').innerText(), '2', 'the chip should count its cards');
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    assert.deepEqual((await cards(page)).map((c) => c.id), ['e5', 'e11']);
    assert.equal(await shadow(page, (el) => el.getAttribute('outlet')), 'Bloomberg', 'the chip should set the outlet attribute');
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    assert.equal((await exchanges(page)).length, 12, 'pressing the chip again should clear the filter');

    await page.locator('transcript-cards input[type="search"]').fill('TikTok');
    const counts = await page.locator('transcript-cards button.chip:not(.zero)').allInnerTexts();
    assert.deepEqual(counts.map((t) => t.replace(/\s+/g, ' ')).sort(), ['AFP 1', 'NHK 1'], 'chip counts should follow the search (outlets grouped by canonical name)');
    await page.locator('transcript-cards input[type="search"]').fill('');

    await page.locator('transcript-cards button.kind', { hasText: 'Statements' }).click();
    assert.equal((await exchanges(page)).length, 0, 'the kind filter should hide the exchanges');
    await page.locator('transcript-cards button.kind', { hasText: 'Statements' }).click();
    await shadow(page, (el) => { el.speaker = 'Nobody'; });
    await page.waitForFunction(() => document.querySelector('transcript-cards').shownItems.length === 0);
    await shadow(page, (el) => { el.speaker = 'Wang Wenbin'; });
    await page.waitForFunction(() => document.querySelector('transcript-cards').shownItems.length === 12);
  }));

test('should export the cards shown: JSON equal to the CLI, CSV and Markdown', () =>
  onPage({}, async (page) => {
    const download = async (format) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${format}"]`).click()]);
      return readFile(await file.path(), 'utf8');
    };
    const cli = (...args) => execFileSync(process.env.TC_CLI ?? join(ROOT, 'target/release/transcript-cards'), ['parse', '--format', 'json', ...args, SAMPLE], { encoding: 'utf8' });
    const json = await download('json');
    assert.deepEqual(JSON.parse(json), JSON.parse(cli()), 'the JSON export should hold what the CLI prints');
    assert.equal(json, cli('--pretty'), 'the JSON export should be byte for byte the CLI output with --pretty');

    await page.locator('transcript-cards input[type="search"]').fill('TikTok');
    const filtered = JSON.parse(await download('json'));
    assert.deepEqual(filtered.items.map((i) => i.id), ['e3', 'e9'], 'the export should hold the cards shown');
    const csv = await download('csv');
    assert.equal(csv.trimEnd().split('\r\n').filter((l) => l.startsWith('"e')).length, 2, 'CSV: one row a card');
    assert.match(csv, /^"id","kind","number","outlet"/);
    const md = await download('md');
    assert.match(md, /^# Foreign Ministry Spokesperson/);
    assert.match(md, /## 3\\?\. NHK/);
    assert.match(md, /## 9\\?\. Agence France-Presse/);
  }));

test('should restore search, outlet and focused card from a permalink after a reload', () =>
  onPage({}, async (page) => {
    await page.locator('transcript-cards input[type="search"]').fill('tiktok');
    await page.locator('transcript-cards button.chip', { hasText: 'AFP' }).click(); // Agence France-Presse's canonical chip
    await page.locator('transcript-cards article[data-id="e9"] .card-title').click();
    await page.waitForFunction(() => document.querySelector('transcript-cards').focusedCard === 'e9');
    await page.keyboard.press('j'); // the only card shown: j stays on it, and says so in the hash
    await page.waitForFunction(() => location.hash.includes('card=e9'));
    const url = page.url();
    assert.match(url, /q=tiktok/);
    assert.match(url, /outlet=AFP/);
    await page.reload();
    await waitForCards(page);
    await page.waitForFunction(() => document.querySelector('transcript-cards').focusedCard === 'e9', null, { timeout: 10_000 }).catch(async (e) => {
      console.log('# DEBUG', await page.evaluate(() => ({ hash: location.hash, shown: document.querySelector('transcript-cards').shownItems.map((i) => i.id), active: document.activeElement?.localName, inner: document.querySelector('transcript-cards').shadowRoot.activeElement?.outerHTML?.slice(0, 80), note: document.getElementById('source-note').textContent })));
      throw e;
    });
    assert.equal(await page.locator('transcript-cards input[type="search"]').inputValue(), 'tiktok');
    assert.deepEqual((await cards(page)).map((c) => c.id), ['e9']);
    assert.equal(await page.locator('transcript-cards button.chip[aria-pressed="true"]').innerText().then((t) => t.replace(/\s+\d+$/, '')), 'AFP');

    await page.goto(`${page.origin}/#card=e7`);
    await page.waitForFunction(() => document.querySelector('transcript-cards').focusedCard === 'e7');
  }));

test('should move between cards with j/k and the arrow keys, and follow part links', () =>
  onPage({}, async (page) => {
    const focused = () => page.evaluate(() => document.querySelector('transcript-cards').focusedCard);
    await page.locator('transcript-cards article[data-id="e1"] .card-title').click();
    assert.equal(await focused(), 'e1', 'a click inside a card should focus it');
    await page.keyboard.press('j');
    assert.equal(await focused(), 'e2', 'j should move to the next card');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'e3');
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), 'e1');
    const links = page.locator('transcript-cards article[data-id="e3"] .question a.part');
    assert.ok((await links.count()) >= 2, "NHK's multi-part question should link its parts to their answers");
    await links.nth(1).click();
    const target = await page.evaluate(() => document.querySelector('transcript-cards').shadowRoot.activeElement?.id);
    assert.match(target, /^e3-a\d+$/, 'a question part link should focus the answer part');
    assert.ok(await page.locator('transcript-cards [role="feed"] article[aria-posinset="1"]').count(), 'cards should carry their position for screen readers');
  }));

test('should copy one card with a citation line', () =>
  onPage({ permissions: CLIPBOARD }, async (page) => {
    await page.locator('transcript-cards article[data-id="e3"] button.copy').click();
    await page.waitForFunction(() => document.querySelector('transcript-cards').shadowRoot.querySelector('article[data-id="e3"] button.copy').textContent === 'Copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(text, /^Q \(NHK\): First question/);
    assert.match(text, /A \(Wang Wenbin\): Regarding the first question/);
    assert.match(text, /— Foreign Ministry Spokesperson Wang Wenbin's regular press conference on September 14, 2020, 2020-09-14, question from NHK\. http:\/\/127\.0\.0\.1:\d+\/#card=e3/);
  }));

test('should show text it could not place, visibly', () =>
  onPage({ permissions: CLIPBOARD }, async (page) => {
    await pasteText(page, 'Print this page\n\nQ: Any comment?\n\nA: No comment.\n');
    const shown = await cards(page);
    const unparsed = shown.filter((c) => c.kind === 'unparsed');
    assert.ok(unparsed.some((c) => c.text.includes('Print this page')), 'the stray line should be on an unparsed card');
    assert.ok(await page.locator('transcript-cards article[data-kind="unparsed"]').first().isVisible());
  }));

test('should follow the dark colour scheme', () =>
  onPage({ colorScheme: 'dark' }, async (page) => {
    const bg = await page.locator('transcript-cards article').first().evaluate((a) => getComputedStyle(a).backgroundColor);
    assert.equal(bg, 'rgb(29, 33, 40)', 'cards should be dark under prefers-color-scheme: dark');
    await page.screenshot({ path: join(RESULTS, 'page-dark.png') });
  }));
