// The one-file builds of make dist (scripts/dist/build.mjs), as their users
// meet them: dist/transcript-cards.html double-clicked (file:, the network
// off) and dist/transcript-cards.js / .iife.js embedded by a page of another
// origin under its own CSP and Trusted Types — cards, search, the blob:
// worker, a fresh parser after a trap, and no request but to the page's own
// origin and the script's (file:, data: and blob: for the file).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useBrowser, withPage, openPage, waitForCards, paste, DIST, SAMPLE, RESULTS } from './helpers.mjs';

const PAGE = join(DIST, 'transcript-cards.html');
if (!existsSync(PAGE)) throw new Error('dist/ is missing: run `make dist` (node scripts/dist/build.mjs) first');

// Servers: `dist` serves dist/ to any origin (CORS), `host` is the embedding site.
const env = useBrowser({ dist: { root: DIST, headers: { 'access-control-allow-origin': '*' } }, host: {} });

const BIG = `Q: A first question?\n\nA: A first answer.\n\n${'Q: Filler question?\n\nA: Filler answer.\n\n'.repeat(9000)}`;
const exchanges = (page, selector = 'transcript-cards') =>
  page.locator(`${selector} article[data-kind="exchange"]`).count();

test('should open the one-file page from disk with the network off: cards from a paste, search, the worker, a fresh parser after a trap, nothing fetched', async () => {
  const sample = await readFile(SAMPLE, 'utf8');
  const page = await openPage(env.browser, 'file://'); // any request but file:, data: and blob: is a problem
  try {
    await page.context().setOffline(true);
    await page.goto(pathToFileURL(PAGE).href);
    await waitForCards(page); // the sample, inlined
    await paste(page, 'Q: Any comment?\n\nA: No comment.');
    assert.equal(await exchanges(page), 1, 'a pasted text should replace the sample');
    await paste(page, sample);
    assert.equal(await exchanges(page), 12, 'the 2020-09-14 transcript should give 12 exchange cards');
    await page.locator('transcript-cards input[type="search"]').fill('TikTok');
    await page.waitForFunction(() => document.querySelector('transcript-cards').shownItems.length === 2);
    assert.equal(await exchanges(page), 2, 'the search should find TikTok in 2 exchanges');
    assert.equal(await page.locator('#keep').count(), 0, 'the one file should offer no archive');
    assert.match(await page.textContent('#no-archive'), /No archive in this one-file version.*every HTML file opened from\s+disk/s, 'it should say why, and what to do instead');
    await page.screenshot({ path: join(RESULTS, 'dist-file.png') });

    await page.locator('transcript-cards input[type="search"]').fill('');
    const download = page.waitForEvent('download');
    await page.click('[data-export="json"]');
    assert.equal(JSON.parse(await readFile(await (await download).path(), 'utf8')).stats.exchanges, 12, 'the JSON export should work from disk');

    await paste(page, BIG);
    assert.equal(page.workersSeen.length, 1, 'a large paste should go to the (blob:) worker');
    assert.equal(await page.evaluate(() => document.querySelector('transcript-cards').transcript.stats.exchanges), 9001);

    await page.evaluate(() => { globalThis.__tcForceTrap = true; });
    await paste(page, 'Q: Trapped?\n\nA: Yes.', { parsed: false });
    await page.waitForSelector('transcript-cards article[role="alert"]');
    await paste(page, sample);
    assert.equal(await exchanges(page), 12, 'after a trap, the next parse should run in a fresh instance');
    assert.deepEqual(page.problems(), [], 'the file should log no error, break no CSP or Trusted Types rule, and request nothing');
  } finally {
    await page.closeAll();
  }
});

/** A page of env.host's origin that embeds dist's `script` (a tag) under `csp`, the sample as the element's text. */
const hostPage = (script, csp, body) => withPage(env, {
  on: env.host,
  clean: false,
  prepare: async (page) => {
    page.others = [];
    page.context().on('request', (r) => {
      const { origin } = new URL(r.url());
      if (origin !== env.host.origin && origin !== env.dist.origin && !/^(blob|data):/.test(r.url())) page.others.push(r.url());
    });
    const sample = (await readFile(SAMPLE, 'utf8')).replaceAll('&', '&amp;').replaceAll('<', '&lt;');
    env.host.pages.set('/news.html', {
      headers: { 'content-security-policy': csp },
      body: `<!doctype html><meta charset="utf-8"><title>A news site</title><link rel="icon" href="/favicon.svg">\n${script}\n<transcript-cards id="cards">${sample}</transcript-cards>`,
    });
    await page.goto(`${env.host.origin}/news.html`);
    await waitForCards(page, '#cards');
  },
}, body);

/** page.problems() but for the script's own origin, which the embedding page asks (page.others has any third one). */
const problems = (page) => page.problems().filter((p) => p !== `request to another origin: ${env.dist.origin}/${p.split('/').pop()}`);

const csp = (dist, more = '') => `default-src 'self'; script-src ${dist} 'wasm-unsafe-eval'; ${more}require-trusted-types-for 'script'; trusted-types transcript-cards`;

async function assertRendered(page, what) {
  assert.equal(await exchanges(page, '#cards'), 12, `${what}: 12 exchange cards`);
  const card = page.locator('#cards article').first();
  const box = await card.boundingBox();
  assert.ok(box.width > 300 && box.height > 100, `${what}: the cards should be styled (a real size), got ${JSON.stringify(box)}`);
  assert.notEqual(await card.evaluate((a) => getComputedStyle(a).borderTopStyle), 'none', `${what}: the element's stylesheet should apply`);
  assert.deepEqual(page.others, [], `${what}: no request to a third origin`);
}

test("should embed the one-file module from another origin: cards, styles, no third origin; a CSP without worker-src blob: leaves large texts to the page's thread", async () => {
  const dist = env.dist.origin;
  await hostPage(`<script type="module" src="${dist}/transcript-cards.js"></script>`, csp(dist), async (page) => {
    await assertRendered(page, 'the module');
    assert.deepEqual(problems(page), [], 'the module should log no error and break no CSP or Trusted Types rule');
    const n = await page.evaluate(async (big) => (await document.getElementById('cards').parseText(big)).stats.exchanges, BIG);
    assert.equal(n, 9001, 'a large text should parse all the same');
    const refused = page.seen.violations.filter((v) => /^worker-src blocked blob\b/.test(v));
    assert.equal(refused.length, 1, `the refused worker should be the one report: ${page.seen.violations}`);
    page.seen.violations = page.seen.violations.filter((v) => !refused.includes(v));
    page.seen.consoleErrors = page.seen.consoleErrors.filter((e) => !/Creating a worker from 'blob:/.test(e));
    assert.deepEqual(problems(page), [], 'nothing else should go wrong');
  });
});

test('should embed the classic-script variant from another origin, its large texts in the blob: worker', async () => {
  const dist = env.dist.origin;
  await hostPage(`<script src="${dist}/transcript-cards.iife.js"></script>`, csp(dist, 'worker-src blob:; '), async (page) => {
    await assertRendered(page, 'the classic script');
    assert.equal(await page.evaluate(() => typeof window.TranscriptCards?.define), 'function', 'it should expose TranscriptCards.define');
    const n = await page.evaluate(async (big) => (await document.getElementById('cards').parseText(big)).stats.exchanges, BIG);
    assert.equal(n, 9001);
    assert.equal(page.workersSeen.length, 1, 'the large text should go to the worker');
    assert.deepEqual(problems(page), [], 'no error and no CSP or Trusted Types violation');
  });
});
