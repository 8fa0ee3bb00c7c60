// The page and the embed under the strictest policy they claim to support,
// served as headers: `default-src 'self'; script-src 'self'
// 'wasm-unsafe-eval'; require-trusted-types-for 'script'; trusted-types
// 'none'` for the embed, and for the page the same but for its own policy
// (`trusted-types transcript-cards-sw`: its offline copy) — zero
// securitypolicyviolation events (listened for from the first script) while
// pasting, searching, exporting and copying; under 'none' the page works
// without its offline copy and the refused policy is its one report. Every request is
// intercepted (context.route, which sees the Web Worker's requests too): only
// the page's own files are fetched, and pasted URLs never become an href or
// src anywhere.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, waitForCards, paste, CLIPBOARD, POLICIES } from './helpers.mjs';

// The files of www/ (the service worker keeps a copy of them all).
const OWN_FILES = /^\/(|(index|embed|archive)\.html|(element|search|archive|page)\/[a-z-]+\.(js|css)|favicon\.svg|manifest\.webmanifest|sw\.js|pkg\/transcript_cards(_bg\.wasm|\.js)|samples\/[\w.-]+\.(txt|json))$/;

// Servers: `strict` (STRICT_CSP), `strictPage` (PAGE_STRICT_CSP), `named` (NAMED_CSP), `open` (no policy).
const env = useBrowser(POLICIES);

/**
 * A page on env[server] whose every request goes through a route: the
 * server's own files continue (their paths kept in page.own, or page.kept
 * when the service worker asked, copying them), anything else is aborted and
 * kept in page.others, whether the page, an iframe, the worker or the
 * service worker asked. `body` does the checks (assertClean).
 */
const guarded = (server, options, body) => withPage(env, {
  on: env[server],
  ...options,
  clean: false,
  prepare: async (page) => {
    page.own = [];
    page.kept = [];
    page.others = [];
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${page.origin}/`)) {
        (route.request().serviceWorker() ? page.kept : page.own).push(new URL(url).pathname);
        return route.continue();
      }
      if (/^(blob|data):/.test(url)) return route.continue();
      page.others.push(url);
      return route.abort();
    });
  },
}, body);

function assertClean(page, what) {
  assert.deepEqual(page.others, [], `${what}: no request should leave the page's origin`);
  assert.deepEqual([...page.own, ...page.kept].filter((p) => !OWN_FILES.test(p)), [], `${what}: only the page's own files should be fetched`);
  assert.deepEqual(page.problems(), [], `${what}: no CSP or Trusted Types violation, error or dialog`);
}

const URLS = [
  'http://evil.example/steal?c=1', 'https://evil.example/x.png', '//evil.example/x.js', 'www.evil.example',
  'javascript:alert(1)', 'JaVaScRiPt:window.__xss=1', 'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=', 'vbscript:msgbox(1)', 'blob:http://evil.example/1', 'file:///etc/passwd', 'mailto:a@evil.example',
];
const TRANSCRIPT = [
  'Foreign Ministry Spokesperson Wang Wenbin\'s Regular Press Conference on September 14, 2020',
  '',
  ...URLS.flatMap((u, i) => [`Reuters: Question ${i + 1}: see ${u} and <a href="${u}">${u}</a>?`, '', `Wang Wenbin: Answer ${i + 1}: ${u}`, '']),
].join('\n');

test("should run the page under CSP and Trusted Types allowing only its own policy with zero violations while pasting, searching, exporting and copying", async () => {
  await guarded('strictPage', { permissions: CLIPBOARD, goto: '/' }, async (page) => {
    await paste(page, TRANSCRIPT);
    await waitForCards(page, 'transcript-cards', URLS.length);
    await page.locator('transcript-cards input[type="search"]').fill('evil');
    await page.waitForTimeout(200);
    await page.locator('transcript-cards input[type="search"]').fill('');
    for (const format of ['json', 'csv', 'md']) {
      const download = page.waitForEvent('download');
      await page.click(`[data-export="${format}"]`);
      assert.match((await download).suggestedFilename(), new RegExp(`\\.${format}$`), `the ${format} export should download`);
    }
    await page.locator('transcript-cards article button.copy').first().click();
    await page.waitForFunction(() => document.querySelector('transcript-cards').shadowRoot.querySelector('button.copy').textContent === 'Copied');
    await page.keyboard.press('j');
    await page.locator('transcript-cards article a.permalink').first().click();
    await page.waitForTimeout(200);
    await page.evaluate(() => navigator.serviceWorker.ready);
    assert.ok(page.kept.includes('/pkg/transcript_cards_bg.wasm'), "the service worker should be registered through the page's policy and keep a copy of the files");
    assertClean(page, 'the page under Trusted Types');
    // The listener works: an HTML sink is refused and reported under this policy.
    const refused = await page.evaluate(() => {
      try { document.createElement('div').innerHTML = '<b>x</b>'; return false; } catch { return true; }
    });
    await page.waitForTimeout(50);
    assert.ok(refused, 'Trusted Types should be enforced (innerHTML of a string refused)');
    assert.ok(page.seen.violations.length >= 1 && page.seen.violations.every((v) => v.startsWith('require-trusted-types-for')),
      `the deliberate violation should be reported (once per policy enforcing it): ${page.seen.violations}`);
  });
});

test("should run the page under Trusted Types 'none' without its offline copy, the refused policy its one report", async () => {
  await guarded('strict', { goto: '/' }, async (page) => {
    await paste(page, TRANSCRIPT);
    await waitForCards(page, 'transcript-cards', URLS.length);
    for (let i = 0; i < 50 && !page.seen.violations.length; i++) await page.waitForTimeout(100);
    assert.deepEqual(page.seen.violations.map((v) => v.replace(/ at .*/, '')), ['trusted-types blocked trusted-types-policy "transcript-cards-sw"'],
      "the page's own policy should be refused, and be the one report");
    assert.deepEqual(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'no service worker should be registered');
    page.seen.violations.length = 0;
    page.seen.consoleErrors = page.seen.consoleErrors.filter((e) => !/TrustedTypePolicy named 'transcript-cards-sw'/.test(e));
    assertClean(page, "the page under Trusted Types 'none'");
  });
});

test("should run the embed under CSP and Trusted Types 'none' with zero violations and no foreign request", async () => {
  await guarded('strict', { goto: '/embed.html', waitFor: ['#from-src', '#from-text'] }, async (page) => {
    await page.evaluate(() => { document.getElementById('from-src').search = 'TikTok'; });
    await page.locator('#from-text article a.permalink').first().click();
    await page.waitForTimeout(200);
    assertClean(page, 'the embed under Trusted Types');
  });
});

test('should parse a large paste in the worker under its named Trusted Types policy, and fetch nothing foreign from the worker', async () => {
  await guarded('named', { goto: '/' }, async (page) => {
    const workers = page.workersSeen;
    const big = `${TRANSCRIPT}\n\n${'Q: Filler question?\n\nA: Filler answer.\n\n'.repeat(9000)}`;
    await paste(page, big);
    await waitForCards(page);
    assert.equal(workers.length, 1, 'the large paste should go to the worker');
    const wasm = page.own.filter((p) => p === '/pkg/transcript_cards_bg.wasm').length;
    assert.equal(wasm, 2, "the worker's own fetch of the wasm should be seen by the interception (page + worker)");
    assertClean(page, 'the page with its worker');
  });
});

test("should see the worker's own requests, so a stray one would show (no CSP here to block it first)", async () => {
  await guarded('open', { goto: '/' }, async (page) => {
    const workers = page.workersSeen;
    await paste(page, 'Q: Filler question?\n\nA: Filler answer.\n\n'.repeat(9000));
    assert.equal(workers.length, 1, 'the large paste should go to the worker');
    await workers[0].evaluate(() => fetch('http://127.0.0.1:9/from-the-worker').catch(() => {}));
    await page.waitForTimeout(300);
    assert.deepEqual(page.others, ['http://127.0.0.1:9/from-the-worker'], "a worker's fetch to another origin should be caught");
    page.others.length = 0;
    page.seen.foreign.length = 0;
    page.seen.consoleErrors = page.seen.consoleErrors.filter((e) => !/from-the-worker|ERR_FAILED/.test(e));
    assertClean(page, 'the page with its worker, apart from the probe');
  });
});

test("should fall back to this thread for a large paste where Trusted Types forbid the element's policy", async () => {
  await guarded('strictPage', { goto: '/' }, async (page) => {
    const workers = page.workersSeen;
    await paste(page, `${TRANSCRIPT}\n\n${'Q: Filler question?\n\nA: Filler answer.\n\n'.repeat(9000)}`);
    const n = await page.evaluate(() => document.querySelector('transcript-cards').transcript.stats.exchanges);
    assert.equal(n, URLS.length + 9000, 'the large paste should parse all the same');
    assert.equal(workers.length, 0, 'no worker should start');
    assert.ok(page.seen.violations.every((v) => /^trusted-types/.test(v)), `only the refused policy should be reported: ${page.seen.violations}`);
    page.seen.violations.length = 0;
    page.seen.consoleErrors = page.seen.consoleErrors.filter((e) => !/TrustedTypePolicy named 'transcript-cards'/.test(e));
    assertClean(page, 'the fallback');
  });
});

test('should never turn a pasted URL into an href or src', async () => {
  await guarded('open', { goto: '/' }, async (page) => {
    await paste(page, TRANSCRIPT);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const check = () => page.evaluate((urls) => {
      const root = document.querySelector('transcript-cards').shadowRoot;
      const all = [...document.querySelectorAll('*'), ...root.querySelectorAll('*')];
      const shown = root.querySelectorAll('article').length;
      const linkish = ['href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'style', 'background'];
      const hits = [];
      for (const el of all) {
        for (const name of el.getAttributeNames()) {
          const value = el.getAttribute(name);
          if (linkish.includes(name) && urls.some((u) => value.includes(u) || value.includes(u.toLowerCase()) || /evil|javascript:|data:|vbscript:/i.test(value))) hits.push(`<${el.localName} ${name}="${value}">`);
        }
      }
      return { hits, shown, text: root.textContent };
    }, URLS);
    const found = await check();
    assert.ok(found.shown >= URLS.length, 'every URL should be on a card');
    for (const u of URLS) assert.ok(found.text.includes(u), `${u} should be shown as text`);
    assert.deepEqual(found.hits, [], 'no pasted URL should be an href or src (or any link-like attribute)');
    for (const query of ['http', 'javascript', 'data:']) {
      await page.locator('transcript-cards input[type="search"]').fill(query);
      await page.waitForTimeout(150);
      await page.locator('transcript-cards article button.copy').first().click();
      assert.deepEqual((await check()).hits, [], `no pasted URL should become a link while searching for ${query} or copying`);
    }
    assertClean(page, 'pasted URLs');
  });
});
