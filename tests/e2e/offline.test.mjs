// The served page as an installed app: installable (Chromium's own check of
// the manifest and the service worker), its offline copy (www/sw.js) holding
// every file of www/, the page, a new tab, exports, the worker and the
// archive working with the network off after one visit, opening from that
// copy online too and saying when the server has a newer version, and the manifest's
// share target putting shared text in the paste box without sending it to
// the server.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, withPage, openPage, showCards, waitForCards, paste, SAMPLE, WWW } from './helpers.mjs';
import { openArchive } from './archive-helpers.mjs';

const env = useBrowser();
const exchanges = (page) => page.locator('transcript-cards article[data-kind="exchange"]').count();

/** What the offline copy should hold: every file of www/ but sw.js and wasm-pack's extras, and the folder itself. */
async function filesOfWww() {
  const all = (await readdir(WWW, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const paths = all.map((d) => `/${join(d.parentPath ?? d.path, d.name).slice(WWW.length + 1)}`);
  const kept = paths.filter((p) => p !== '/sw.js' && (!p.startsWith('/pkg/') || /^\/pkg\/transcript_cards(_bg\.wasm|\.js)$/.test(p)));
  return ['/', ...kept].sort();
}

test('should be installable, and open offline after one visit: the page, a new tab, exports, the worker, the archive', async () => {
  await withPage(env, { goto: '/' }, async (page) => {
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // A test context is incognito-like, the one thing it cannot change.
    assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), [], 'Chromium should find the page installable (manifest, icon, service worker)');
    assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, [], 'the manifest should parse without a warning');
    const copied = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys())[0]);
      return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
    });
    assert.deepEqual(copied, await filesOfWww(), "the offline copy should hold every file of www/ (sw.js's FILES)");

    await page.context().setOffline(true);
    await page.reload();
    await waitForCards(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the reload should be served by the service worker');
    assert.equal(await exchanges(page), 12, 'the reloaded page should show its cards offline');

    const tab = await page.context().newPage();
    await tab.goto(`${env.server.origin}/`);
    await waitForCards(tab);
    assert.equal(await exchanges(tab), 12, 'a new tab should load the sample offline');
    const download = tab.waitForEvent('download');
    await tab.click('[data-export="csv"]');
    assert.match((await download).suggestedFilename(), /\.csv$/, 'an export (a module loaded on first use) should work offline');
    await paste(tab, 'Q: Filler question?\n\nA: Filler answer.\n\n'.repeat(9000));
    assert.equal(tab.workers().length, 1, 'a large paste should go to the worker, loaded from the copy');
    assert.equal(await tab.evaluate(() => document.querySelector('transcript-cards').transcript.stats.exchanges), 9000);
    await tab.goto(`${env.server.origin}/archive.html`);
    await tab.waitForFunction(() => document.documentElement.dataset.archive !== undefined);
    await tab.close();
    await page.context().setOffline(false);
  });
});

test('should open from its copy online too (the server asked for nothing of the page, nor of the archive and its worker), then say when the server has a newer version, shown at the reload', async () => {
  const newer = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="#c52424"/></svg>';
  try {
    await withPage(env, { goto: '/' }, async (page) => {
      await page.evaluate(() => navigator.serviceWorker.ready);
      const asked = env.server.urls.length;
      await page.reload();
      await waitForCards(page);
      assert.equal(await exchanges(page), 12, 'the reloaded page should show its cards');
      assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation')[0].workerFinalSourceType), 'cache', 'the page should be read from the copy (a static route)');
      assert.deepEqual(env.server.urls.slice(asked).filter((u) => u !== '/sw.js'), [], 'opening should ask the server for none of its files (the copy answers)');
      assert.equal(await page.locator('#updated').count(), 0, 'nothing has changed: no note');
      // The archive too, with its worker (whose requests the browser does not route: the service worker answers them, from the copy).
      const beforeArchive = env.server.urls.length;
      await openArchive(page);
      assert.ok(page.workersSeen.some((w) => w.url().endsWith('/archive/archive-worker.js')), "the archive's worker should have started");
      assert.deepEqual(env.server.urls.slice(beforeArchive).filter((u) => u !== '/sw.js'), [], "opening the archive should ask the server for none of its files, its worker's modules included");
      await page.goto(`${env.server.origin}/`);
      await waitForCards(page);

      env.server.pages.set('/favicon.svg', { body: newer, headers: { 'content-type': 'image/svg+xml' } });
      await page.reload();
      await waitForCards(page);
      assert.notEqual(await page.evaluate(() => fetch('favicon.svg').then((r) => r.text())), newer, 'the page should still open from its copy, one version behind');
      const note = page.locator('#updated');
      await note.waitFor({ timeout: 20_000 });
      assert.match(await note.textContent(), /newer version of this page is ready/, 'once the copy is brought up to date, the page should say so');
      assert.ok(env.server.urls.includes('/pkg/transcript_cards_bg.wasm'), 'the refresh should fetch every file of the list, not only what the page loaded');
      await Promise.all([page.waitForEvent('load'), note.getByRole('button', { name: 'Reload' }).click()]);
      await waitForCards(page);
      assert.equal(await page.evaluate(() => fetch('favicon.svg').then((r) => r.text())), newer, 'after the reload the newer file should show, from the copy');
    });
  } finally {
    env.server.pages.delete('/favicon.svg');
  }
});

test("should put text shared with the installed app in the paste box and show its cards, sending none of it to the server (the manifest's share target)", async () => {
  const manifest = JSON.parse(await readFile(join(WWW, 'manifest.webmanifest'), 'utf8'));
  const { action, method, params } = manifest.share_target;
  assert.equal(method, 'GET', 'the share target should be a GET (the page reads its query)');
  const sample = await readFile(SAMPLE, 'utf8');
  const [title, ...rest] = sample.split('\n');
  const url = new URL(action, `${env.server.origin}/manifest.webmanifest`);
  url.search = new URLSearchParams({ [params.title]: title, [params.text]: rest.join('\n').trim(), [params.url]: 'https://example.org/briefing' });
  await withPage(env, { goto: '/' }, async (page) => {
    await page.evaluate(() => navigator.serviceWorker.ready); // installed: the share opens the app's copy
    const asked = env.server.urls.length;
    await showCards(page, `${url.pathname}${url.search}`);
    assert.deepEqual(env.server.urls.slice(asked).filter((u) => u.includes('?')), [], 'the shared text should not reach the server');
    const shared = await page.inputValue('#paste');
    assert.ok(shared.startsWith(`${title}\n\n`), 'the shared title should be the first line');
    assert.ok(shared.endsWith('\n\nhttps://example.org/briefing'), 'the shared URL should be the last line');
    assert.equal(await exchanges(page), 12, 'the shared transcript should show its 12 exchange cards');
    assert.equal(await page.evaluate(() => location.search), '', 'the share should leave the URL, so a reload does not share it again');
    assert.match(await page.textContent('#source-note'), /Shared/);
  });
});
