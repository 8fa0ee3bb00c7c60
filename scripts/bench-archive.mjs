// Benchmark of the reader's archive (not a timed test), in headless Chromium:
// the whole ../shared/corpus plus repetitions of it (each copy made distinct
// by a line, so it is kept) up to 30,000 exchanges imported through the
// archive page's own path (worker parse, one transaction per transcript);
// the archive page opened on it; search keystroke → repaint; and, side by
// side on the same cards and queries, MiniSearch and FlexSearch (npm
// devDependencies, served from node_modules on 127.0.0.1): index build time,
// query latency, memory (CDP, after a forced GC: JS heap plus typed arrays'
// backing stores). Prints tables.
//   node scripts/bench-archive.mjs [--exchanges 30000] [--runs 15]

import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { launch, openPage, ROOT, WWW, SHARED } from '../tests/e2e/helpers.mjs';

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const TARGET = arg('--exchanges', 30_000);
const RUNS = arg('--runs', 15);
const QUERIES = ['china', 'cooperation', 'hong kong', '"hong kong"', 'trade war', '台湾', '中方'];
const KEYSTROKES = ['hong kong', 'cooperation', '台湾问题'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

/** www/ at /, and the two libraries' files under /node_modules/. */
async function serveWithLibraries() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const lib = path.startsWith('/node_modules/');
    const base = lib ? ROOT : WWW;
    const file = normalize(join(base, path));
    if (!file.startsWith(base) || (lib && !/^\/node_modules\/(minisearch|flexsearch)\//.test(path))) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      // Cross-origin isolated, so performance.now() counts in 5 µs steps, not 100 µs.
      res.writeHead(200, {
        'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8`, 'cache-control': 'no-store',
        'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp',
      }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }) };
}

async function corpusTexts() {
  const out = [];
  for (const dir of await readdir(join(SHARED, 'corpus'), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const path = join(SHARED, 'corpus', dir.name);
    for (const f of (await readdir(path)).filter((f) => f.endsWith('.txt')).sort()) out.push({ name: f, text: await readFile(join(path, f), 'utf8') });
  }
  return out;
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] };
};
const ms = (x) => (x < 1 ? `${x.toFixed(3)} ms` : x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(0)} ms`);
const mb = (x) => `${(x / 1048576).toFixed(1)} MB`;

const server = await serveWithLibraries();
const browser = await launch();
const page = await openPage(browser, server.origin);
const cdp = await page.context().newCDPSession(page);
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  // The JS heap and the typed arrays' backing stores (which usedSize leaves out).
  const { usedSize, backingStorageSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  return usedSize + backingStorageSize;
};

try {
  await page.goto(`${server.origin}/archive.html`);
  await page.waitForFunction(() => document.documentElement.dataset.archive !== undefined);
  await page.evaluate(async () => (await import('./archive/archive-store.js')).clear());

  // ---- import: the corpus, then copies of it, until TARGET exchanges ---------
  const corpus = await corpusTexts();
  const importRound = (texts) => page.evaluate(async (texts) => {
    const { importTexts } = await import('./archive/archive-import.js');
    const t0 = performance.now();
    const r = await importTexts(texts);
    const { all } = await import('./archive/archive-store.js');
    const exchanges = (await all()).reduce((n, rec) => n + rec.exchanges, 0);
    return { ms: performance.now() - t0, added: r.added, failed: r.failed.length, exchanges };
  }, texts);
  const first = await importRound(corpus);
  const perCopy = first.exchanges;
  const copies = Math.max(0, Math.ceil((TARGET - perCopy) / perCopy));
  const rest = [];
  for (let k = 1; k <= copies; k++) for (const { name, text } of corpus) rest.push({ name: `copy-${k}-${name}`, text: `${text}\n\n(archive benchmark copy ${k})\n` });
  const more = rest.length ? await importRound(rest) : { ms: 0, added: 0, exchanges: perCopy };
  const transcripts = first.added + more.added;
  console.log(`imported ${transcripts} transcripts, ${more.exchanges} exchanges (${first.failed + (more.failed ?? 0)} failed)`);

  // ---- open the archive page on it ----------------------------------------------
  const t0 = Date.now();
  await page.reload();
  await page.waitForFunction(() => Number(document.documentElement.dataset.archive) > 0, null, { timeout: 300_000 });
  const openMs = Date.now() - t0;
  const cards = await page.evaluate(() => Number(document.getElementById('status').textContent.match(/of ([\d,]+) cards/)[1].replace(/,/g, '')));

  // ---- keystroke → repaint on the page ----------------------------------------------
  // A key lands at any moment of a frame, as a typist's do: a pause of 20–60 ms
  // before each (a key sent right after a paint would always wait a whole
  // frame, 16.7 ms, for the next). "total": from the key to the end of the
  // next painted frame; "work" leaves out the wait for that frame to start
  // (the JS of the key, then style, layout and paint), as bench-page.mjs does.
  const keystrokes = await page.evaluate(async ({ words, runs }) => {
    const frame = () => new Promise((ok) => requestAnimationFrame(() => { const start = performance.now(); const c = new MessageChannel(); c.port1.onmessage = () => ok(start); c.port2.postMessage(0); }));
    const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));
    const search = document.getElementById('search');
    const total = [];
    const work = [];
    let n = 0;
    for (let r = 0; r < Math.max(1, Math.round(runs / 5)); r++) {
      for (const word of words) {
        for (let k = 1; k <= word.length; k++) {
          await pause(20 + ((n++ * 7919) % 41));
          search.value = word.slice(0, k);
          const t = performance.now();
          search.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
          const js = performance.now() - t;
          const start = await frame();
          const end = performance.now();
          total.push(end - t);
          work.push(js + (end - start));
        }
        search.value = '';
        search.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await frame();
      }
    }
    return { total, work };
  }, { words: KEYSTROKES, runs: RUNS });

  // ---- the same cards in each engine: build, query, memory ------------------------------
  await page.evaluate(async () => {
    const { all } = await import('./archive/archive-store.js');
    const { searchableText } = await import('./search/search-index.js');
    window.__records = await all();
    window.__docs = window.__records.flatMap((r) => r.transcript.items.map((item) => searchableText(item)));
    window.__engines = {};
  });
  const engines = {
    ours: `async () => { const { ArchiveIndex } = await import('./archive/archive-index.js'); const ix = new ArchiveIndex(window.__records);
      return { ix, query: (q) => ix.search(q).length, withFacets: (q) => ix.filter(ix.search(q), {}).shown.length }; }`,
    MiniSearch: `async () => { const { default: MiniSearch } = await import('/node_modules/minisearch/dist/es/index.js');
      const ix = new MiniSearch({ fields: ['text'] }); ix.addAll(window.__docs.map((text, id) => ({ id, text })));
      const strip = (q) => q.replaceAll('"', ''); // no phrase search: the words, ANDed
      return { ix, query: (q) => ix.search(strip(q), { combineWith: 'AND' }).length }; }`,
    FlexSearch: `async () => { const { Index } = await import('/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs');
      const ix = new Index({ tokenize: 'forward' }); window.__docs.forEach((text, id) => ix.add(id, text));
      const strip = (q) => q.replaceAll('"', '');
      return { ix, query: (q) => ix.search(strip(q), { limit: 1e6 }).length }; }`,
  };
  const rows = [];
  let facets = null;
  const isolated = await page.evaluate(() => crossOriginIsolated);
  for (const [name, make] of Object.entries(engines)) {
    const before = await heap();
    const build = await page.evaluate(async ({ name, make }) => {
      const t = performance.now();
      window.__engines[name] = await (0, eval)(`(${make})`)();
      return performance.now() - t;
    }, { name, make });
    const memory = (await heap()) - before;
    const run = (mode) => page.evaluate(({ name, mode, queries, runs }) => {
      const query = window.__engines[name][mode];
      const times = [];
      const hits = {};
      for (let r = 0; r < runs; r++) {
        for (const q of queries) {
          const t = performance.now();
          hits[q] = query(q);
          times.push(performance.now() - t);
        }
      }
      return { times, hits };
    }, { name, mode, queries: QUERIES, runs: RUNS });
    const result = await run('query');
    rows.push({ name, build, memory, ...stats(result.times), hits: result.hits });
    // Ours also counts the facets of the cards found (what the archive page shows beside them).
    if (name === 'ours') {
      const faceted = await run('withFacets');
      facets = stats(faceted.times);
    }
    await page.evaluate((name) => { delete window.__engines[name]; }, name);
  }

  // ---- tables ----------------------------------------------------------------------
  const k = stats(keystrokes.total);
  const w = stats(keystrokes.work);
  console.log(`\nArchive: ${transcripts} transcripts, ${cards.toLocaleString('en-US')} cards (${more.exchanges.toLocaleString('en-US')} exchanges), Chromium headless\n`);
  console.log('| measure | value | goal |\n|---|---|---|');
  console.log(`| import (worker parse + IndexedDB, one transaction each) | ${(first.ms / 1000).toFixed(1)} s for the corpus (${first.added}), ${((first.ms + more.ms) / 1000).toFixed(1)} s in all (${(transcripts / ((first.ms + more.ms) / 1000)).toFixed(0)} transcripts/s) | |`);
  console.log(`| open the archive page (read IndexedDB, build the index, first paint) | ${ms(openMs)} | |`);
  console.log(`| search keystroke → repaint, median | ${ms(k.median)} (work ${ms(w.median)}) | ≤ 16 ms |`);
  console.log(`| search keystroke → repaint, p95 | ${ms(k.p95)} (work ${ms(w.p95)}) | ≤ 50 ms |`);
  console.log(`\nSame ${cards.toLocaleString('en-US')} cards, same queries (${QUERIES.join(', ')}), ${RUNS} runs each:\n`);
  console.log('| engine | index build | query median | query p95 | memory for the index (heap + array buffers) |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${ms(r.build)} | ${ms(r.median)} | ${ms(r.p95)} | ${mb(r.memory)} |`);
  console.log(`| ours, search + facet counts | (same) | ${ms(facets.median)} | ${ms(facets.p95)} | (same) |`);
  console.log(`\n(timer: ${isolated ? 'cross-origin isolated, 5 µs steps' : '100 µs steps'}; a query is the search alone: the cards found, as the libraries return them)`);
  console.log('\nHits per query (ours: exact substring after folding; MiniSearch/FlexSearch: their tokenisers, quotes dropped):\n');
  console.log(`| query | ${rows.map((r) => r.name).join(' | ')} |\n|---|${rows.map(() => '---').join('|')}|`);
  for (const q of QUERIES) console.log(`| ${q} | ${rows.map((r) => r.hits[q]).join(' | ')} |`);
  const problems = page.problems();
  if (problems.length) console.log('\npage problems:', problems);
} finally {
  await page.closeAll();
  await browser.close();
  await server.close();
}
