// A large transcript (a .txt file of a few MB) parses in the Web Worker with
// visible progress, the page stays responsive, and the cards come lazily: the
// first page at once, more as the reader scrolls.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrowser, withPage, SAMPLE } from './helpers.mjs';

const env = useBrowser();

const COPIES = 150; // 150 × 22 KB ≈ 3.3 MB, 1,800 exchanges

test('should parse a large file in a worker, with progress, and render cards lazily', () =>
  withPage(env, { goto: '/' }, async (page) => {
    const sample = await readFile(SAMPLE, 'utf8');
    const big = Array(COPIES).fill(sample).join('\n\n');
    await page.evaluate(() => {
      window.__progress = [];
      window.__longest = 0;
      // Count only the page's own tasks: from the file's change event on (the
      // test's setInputFiles decodes the file in the page, in the task before).
      let from = Infinity;
      document.getElementById('file').addEventListener('change', () => { from = performance.now(); }, { capture: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.startTime >= from) window.__longest = Math.max(window.__longest, e.duration);
      }).observe({ type: 'longtask' });
      document.querySelector('transcript-cards').addEventListener('transcript-cards:progress', (e) => window.__progress.push(e.detail));
    });
    await page.locator('#file').setInputFiles({ name: 'big-briefing.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
    await page.waitForFunction((n) => document.querySelector('transcript-cards').transcript?.stats.exchanges === n, 12 * COPIES, { timeout: 60_000 });

    const progress = await page.evaluate(() => window.__progress);
    assert.equal(progress[0].phase, 'parse', 'progress should start with the parse');
    const received = progress.filter((p) => p.phase === 'receive');
    assert.ok(received.length >= 2, 'cards should arrive in batches, with progress');
    assert.equal(received.at(-1).done, received.at(-1).total, 'progress should end complete');
    assert.ok(await page.locator('transcript-cards .progress').isHidden(), 'the progress bar should go once done');
    assert.match(await page.locator('#source-note').innerText(), /big-briefing\.txt \(3\.\d MB\)/);

    const rendered = await page.locator('transcript-cards article').count();
    assert.ok(rendered > 0 && rendered < 100, `only the first cards should be built (${rendered})`);
    await page.locator('transcript-cards .more').scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelector('transcript-cards').shadowRoot.querySelectorAll('article').length > n, rendered);

    await page.locator('transcript-cards input[type="search"]').fill('TikTok');
    await page.waitForFunction(() => document.querySelector('transcript-cards').shownItems.length > 0);
    assert.equal(await page.evaluate(() => document.querySelector('transcript-cards').shownItems.length), 2 * COPIES);
    const longest = await page.evaluate(() => window.__longest);
    console.log(`# longest task while loading: ${Math.round(longest)} ms`);
    assert.ok(longest < 1000, `the page should never freeze: longest task ${Math.round(longest)} ms`);
  }));

test('should count the matches of a search over thousands of cards after a pause, in slices, and drop a count the reader typed past', () =>
  withPage(env, { goto: '/' }, async (page) => {
    const CARDS = 3000; // over the 2,000 cards counted at once
    const seen = await page.evaluate(async (n) => {
      const el = document.querySelector('transcript-cards');
      el.transcript = await el.parseText('Q: Is the tide the same?\n\nA: The tide is the tide.\n\n'.repeat(n));
      const status = el.shadowRoot.querySelector('p.status');
      const input = el.shadowRoot.querySelector('input[type="search"]');
      const type = (v) => { input.value = v; input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true })); };
      const settle = () => new Promise((ok) => setTimeout(ok, 50));
      type('tid');
      await settle();
      const before = status.textContent;
      type('tide'); // typed on before the count of "tid" came
      await settle();
      const early = status.textContent;
      const t0 = performance.now();
      while (!/: [\d,]+ match(es)?$/.test(status.textContent) && performance.now() - t0 < 10_000) await settle();
      return { before, early, after: status.textContent };
    }, CARDS);
    assert.match(seen.before, /^Showing 3,000 of 3,000 cards matching “tid”$/, 'the count should wait for a pause');
    assert.match(seen.early, /^Showing 3,000 of 3,000 cards matching “tide”$/, 'the count of the old query should be dropped');
    assert.equal(seen.after, 'Showing 3,000 of 3,000 cards matching “tide”: 9,000 matches', 'every match of the new query should be counted');
  }));
