// Browser benchmark of the page (not a timed test): paste → cards painted for
// a 30 KB transcript (the served page, and the one-file page of make dist
// opened from disk), search keystroke → repaint with 30,000 cards loaded (the
// ../shared/corpus transcripts concatenated), the gzipped size of what the
// page ships (wasm + JS + CSS), of what its service worker copies after the
// first visit, and of dist/'s files. Prints a table. Needs www/pkg and dist/
// built (make dist) and what scripts/setup-browser.sh installs.
//   node scripts/bench-page.mjs [--runs 15]

import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve, launch, openPage, waitForCards, WWW, SHARED, DIST } from '../tests/e2e/helpers.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const TARGET_CARDS = 30_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
const rows = [];
const row = (what, value, target = '') => rows.push([what, value, target]);

// ---- sizes ------------------------------------------------------------------
// What index.html loads up front: its stylesheets and scripts, the static
// imports of those modules, what they fetch by `new URL(…, import.meta.url)`
// (the element's stylesheet, the wasm) — and, apart, what is loaded on first
// use (dynamic `import()`, the worker) and the whole of www/ (the archive
// page too). Each file gzipped on its own, as a server sends it.
const STATIC_IMPORT = /(?:^|[;\n])\s*(?:import|export)\s+(?:[^'"();]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;
const DYNAMIC_IMPORT = /import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const URL_REF = /new URL\(\s*['"]([^'"]+\.(?:css|wasm|js))['"]\s*,\s*import\.meta\.url\s*\)/g;

async function graph() {
  const eager = new Set();
  const lazy = new Set();
  const visit = async (file, set) => {
    if (eager.has(file) || set.has(file)) return;
    set.add(file);
    if (!file.endsWith('.js')) return;
    const src = await readFile(join(WWW, file), 'utf8');
    const rel = (r) => join(dirname(file), r).replaceAll('\\', '/');
    for (const [, r] of src.matchAll(STATIC_IMPORT)) await visit(rel(r), set);
    for (const [, r] of src.matchAll(URL_REF)) {
      // The worker's module is started only for large pastes: first use.
      // A module's URL alone loads nothing (import() does, below); a stylesheet's or the wasm's is fetched.
      if (/worker/.test(r)) lazy.add(rel(r));
      else if (!r.endsWith('.js')) await visit(rel(r), set);
    }
    for (const [, r] of src.matchAll(DYNAMIC_IMPORT)) lazy.add(rel(r));
  };
  const html = await readFile(join(WWW, 'index.html'), 'utf8');
  for (const [, f] of html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.(?:js|css))"/g)) await visit(f, eager);
  // What first use loads beyond the page, with its own imports.
  const later = new Set();
  for (const f of lazy) await visit(f, later);
  for (const f of eager) later.delete(f);
  return { eager: [...eager].sort(), later: [...later].sort() };
}

async function gz(files, dir = WWW) {
  const kinds = { wasm: 0, js: 0, css: 0 };
  let raw = 0;
  let total = 0;
  for (const f of files) {
    const body = await readFile(join(dir, f));
    const packed = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    total += packed;
    const kind = f.split('.').pop();
    if (kind in kinds) kinds[kind] += packed;
  }
  return { ...kinds, total, raw };
}

async function sizes() {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB (${n.toLocaleString('en')} B)`;
  const { eager, later } = await graph();
  const page = await gz(eager);
  row('wasm, gzipped', kb(page.wasm));
  row(`JS (${eager.filter((f) => f.endsWith('.js')).length} modules), gzipped`, kb(page.js));
  row('CSS, gzipped', kb(page.css));
  row('page: wasm + JS + CSS, gzipped', kb(page.total), '≤ 150 KB');
  row('  (before gzip)', kb(page.raw));
  const first = await gz(later);
  row(`loaded on first use (${later.join(', ')})`, kb(first.total));
  const top = (await readdir(WWW, { recursive: true })).filter((f) => /\.(js|css)$/.test(f) && !f.startsWith('pkg') && !f.endsWith('embed-hostile.css'));
  const all = await gz([...top, 'pkg/transcript_cards.js', 'pkg/transcript_cards_bg.wasm']);
  row('all of www/ (the archive page too), gzipped', kb(all.total));
  // What sw.js copies in the background once the page is shown (its FILES), and itself.
  const FILES = /const FILES = \[([^\]]*)\]/.exec(await readFile(join(WWW, 'sw.js'), 'utf8'))[1];
  const copied = [...FILES.matchAll(/'([^']+)'/g)].map(([, f]) => (f === './' ? 'index.html' : f)).filter((f, i, a) => a.indexOf(f) === i);
  row(`service worker: sw.js + its offline copy (${copied.length} files), gzipped`, kb((await gz(['sw.js', ...copied])).total), 'after the page is shown');
  for (const f of ['transcript-cards.html', 'transcript-cards.js', 'transcript-cards.iife.js']) {
    const d = await gz([f], DIST);
    row(`dist/${f}, gzipped`, `${kb(d.total)}; ${(d.raw / 1024).toFixed(1)} KB on disk`, '≤ 200 KB');
  }
}

// ---- in the page ------------------------------------------------------------
/** Runs in the page: resolves after the next frame has been painted. */
const AFTER_PAINT = `() => new Promise((ok) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); }))`;

async function pasteToCards(page, text, label) {
  const times = await page.evaluate(async ({ text, runs, afterPaint }) => {
    const paint = eval(afterPaint);
    const el = document.querySelector('transcript-cards');
    const paste = document.getElementById('paste');
    const out = [];
    for (let i = 0; i < runs; i++) {
      paste.value = i % 2 ? text : `${text}\n`; // a new text each time
      const parsed = new Promise((ok) => el.addEventListener('transcript-cards:parsed', ok, { once: true }));
      const t0 = performance.now();
      paste.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
      await parsed;
      await paint();
      out.push(performance.now() - t0);
      await new Promise((ok) => setTimeout(ok, 30));
    }
    return out;
  }, { text, runs: RUNS, afterPaint: AFTER_PAINT });
  row(`paste → cards painted, ${label}`, `${ms(median(times))} median, ${ms(Math.min(...times))} best`, '< 50 ms');
}

async function corpusText() {
  const texts = [];
  for (const dir of ['cn-mfa-en', 'cn-mfa-zh']) {
    const names = (await readdir(join(SHARED, 'corpus', dir))).filter((f) => f.endsWith('.txt')).sort();
    for (const f of names) texts.push(await readFile(join(SHARED, 'corpus', dir, f), 'utf8'));
  }
  return texts;
}

async function keystrokes(page) {
  const texts = await corpusText();
  // Count cards per pass of the corpus, then repeat it to reach 30,000.
  const perPass = await page.evaluate(async (t) => {
    const el = document.querySelector('transcript-cards');
    return (await el.parseText(t)).items.length;
  }, texts.join('\n\n'));
  const passes = Math.ceil(TARGET_CARDS / perPass);
  const big = Array(passes).fill(texts.join('\n\n')).join('\n\n');
  const load = await page.evaluate(async ({ big, afterPaint }) => {
    const paint = eval(afterPaint);
    const el = document.querySelector('transcript-cards');
    let longest = 0;
    let t0 = Infinity;
    // The tasks from the parse's start on: not the one that brought the text here (Playwright's, not the page's).
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.startTime >= t0) longest = Math.max(longest, e.duration); }).observe({ type: 'longtask' });
    await new Promise((ok) => setTimeout(ok, 0));
    t0 = performance.now();
    const t = await el.parseText(big);
    await paint();
    const total = performance.now() - t0;
    const t1 = performance.now();
    el.transcript = t; // the main thread's share: index, facets, first cards
    // The frame that paints the cards starts (its rAF), then the main thread
    // is free again (after what the page leaves for after that frame: the
    // inverted index of a large transcript).
    const frame = await new Promise((ok) => requestAnimationFrame(() => ok(performance.now())));
    await new Promise((ok) => setTimeout(ok, 0));
    await paint();
    return { cards: t.items.length, total, setup: frame - t1, ready: performance.now() - t1, longest };
  }, { big, afterPaint: AFTER_PAINT });
  row(`load ${(big.length / 1e6).toFixed(1)} MB (corpus ×${passes}) in the worker`, `${load.cards.toLocaleString('en-US')} cards in ${ms(load.total)}; main thread: cards painted at ${ms(load.setup)}, free again at ${ms(load.ready)}; longest task ${ms(load.longest)}`);

  // keystroke → repaint: from the key's event time to the end of the next
  // painted frame. Part of that is waiting for the frame to start (up to one
  // vsync, 16.7 ms); "work" leaves the wait out: the JS up to the filter
  // event, plus style, layout and paint from the frame's start.
  await page.evaluate(() => {
    const el = document.querySelector('transcript-cards');
    const input = el.shadowRoot.querySelector('input[type="search"]');
    window.__keys = [];
    let start = 0;
    input.addEventListener('beforeinput', (e) => { start = e.timeStamp; });
    el.addEventListener('transcript-cards:filter', () => {
      if (!start) return;
      const began = start;
      const js = performance.now() - began;
      start = 0;
      requestAnimationFrame(() => {
        const frame = performance.now();
        const c = new MessageChannel();
        c.port1.onmessage = () => {
          const end = performance.now();
          window.__keys.push({ total: end - began, work: js + (end - frame) });
        };
        c.port2.postMessage(0);
      });
    });
  });
  const search = page.locator('transcript-cards input[type="search"]');
  const measure = async (label, keys, prefill = '') => {
    await search.fill(prefill);
    await page.waitForTimeout(50);
    await page.evaluate(() => { window.__keys = []; });
    for (const key of keys) {
      if (key.length === 1 && key > '\u007f') await page.keyboard.insertText(key); // as an IME commits it
      else await search.press(key);
      await page.waitForTimeout(40);
    }
    const keys_ = await page.evaluate(() => window.__keys);
    const total = keys_.map((k) => k.total);
    const work = keys_.map((k) => k.work);
    row(`keystroke → repaint, ${TARGET_CARDS.toLocaleString('en-US')}+ cards, ${label}`, `${ms(median(total))} median, ${ms(Math.max(...total))} worst; work ${ms(median(work))} median, ${ms(Math.max(...work))} worst`, '≤ 16 ms');
    if (process.env.BENCH_RAW) console.log(label, keys_.map((k) => `${k.total.toFixed(1)}/${k.work.toFixed(1)}`).join(' '));
  };
  await measure('typing "tiktok"', [...'tiktok']);
  await measure('typing "zqxjv" (no match: full scan)', [...'zqxjv']);
  await measure('typing "外交部"', [...'外交部']);
  await measure('Backspace from "tiktok" to ""', Array(6).fill('Backspace'), 'tiktok');
}

const server = await serve();
const browser = await launch();
try {
  await sizes();
  const page = await openPage(browser, server.origin);
  await page.goto(`${server.origin}/`);
  await waitForCards(page);
  const big = await readFile(join(SHARED, 'corpus/cn-mfa-en/2020-05-06-1776657.txt'), 'utf8');
  const cut = big.slice(0, big.lastIndexOf('\n', 30_000));
  await pasteToCards(page, cut, `${(Buffer.byteLength(cut) / 1024).toFixed(1)} KB (2020-05-06, cut at a line)`);
  await pasteToCards(page, big, `${(Buffer.byteLength(big) / 1024).toFixed(1)} KB (2020-05-06, whole)`);
  // The same in the one-file page, opened from disk with the network off.
  const file = await openPage(browser, 'file://');
  await file.context().setOffline(true);
  await file.goto(pathToFileURL(join(DIST, 'transcript-cards.html')).href);
  await waitForCards(file);
  await pasteToCards(file, cut, `${(Buffer.byteLength(cut) / 1024).toFixed(1)} KB, one-file page (dist/, file:, offline)`);
  await pasteToCards(file, big, `${(Buffer.byteLength(big) / 1024).toFixed(1)} KB, one-file page (dist/, file:, offline)`);
  if (file.problems().length) row('problems on the one-file page', file.problems().join('; '));
  await file.closeAll();
  await keystrokes(page);
  if (page.problems().length) row('problems on the page', page.problems().join('; '));
} finally {
  await browser.close();
  await server.close();
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['what', 'measured', 'target'][i].length));
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(['what', 'measured', 'target']));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));
console.log(`\n(headless Chromium ${browser.version()}, ${RUNS} runs a paste; 2 cores)`);
