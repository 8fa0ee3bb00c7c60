// Benchmark of the wasm parser in headless Chromium (not a timed test): every
// transcript of ../shared/corpus and ../shared/silver parsed by the page's
// build (www/pkg) in the two ways the page and the archive use it, the
// object (parseTranscript: the element) and the CLI's JSON as its UTF-8
// bytes (parseTranscriptJsonBytes: what an archive import keeps), plus
// their decoding and JSON.parse; then the archive's other work per
// transcript (the hash of the text, its share of the search table). Per
// transcript and per MB, the median of --runs passes over the corpus.
//   node scripts/bench-wasm.mjs [--runs 5]

import { launch, openPage, serve, corpusTexts } from '../tests/e2e/helpers.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const texts = (await corpusTexts()).map((c) => c.text);
const server = await serve();
const browser = await launch();
const page = await openPage(browser, server.origin);
try {
  await page.goto(`${server.origin}/archive.html`);
  const passes = await page.evaluate(async ({ texts, runs }) => {
    const glue = await import('./pkg/transcript_cards.js');
    await glue.default();
    const { hashText, recordOf } = await import('./archive/archive-store.js');
    const { recordPart } = await import('./archive/archive-table.js');
    const out = [];
    for (let r = 0; r <= runs; r++) { // the first pass warms the engine up, and is not counted
      const t = { object: 0, json: 0, jsonParse: 0, hash: 0, part: 0 };
      const utf8 = new TextDecoder();
      for (const text of texts) {
        let s = performance.now();
        glue.parseTranscript(text);
        t.object += performance.now() - s;
        s = performance.now();
        const json = glue.parseTranscriptJsonBytes(text);
        t.json += performance.now() - s;
        s = performance.now();
        const transcript = JSON.parse(utf8.decode(json));
        t.jsonParse += performance.now() - s;
        s = performance.now();
        const hash = await hashText(text);
        t.hash += performance.now() - s;
        s = performance.now();
        recordPart(recordOf(hash, text, transcript, { json }), transcript);
        t.part += performance.now() - s;
      }
      if (r) out.push(t);
    }
    return out;
  }, { texts, runs: RUNS });
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const median = (k) => passes.map((p) => p[k]).sort((a, b) => a - b)[Math.floor(passes.length / 2)];
  console.log(`${texts.length} transcripts, ${(bytes / 1e6).toFixed(2)} MB (${(bytes / texts.length / 1024).toFixed(1)} KB each on average); median of ${RUNS} passes\n`);
  console.log('| step | per transcript | throughput |\n|---|---|---|');
  for (const [k, label] of [['object', 'parseTranscript (the object)'], ['json', 'parseTranscriptJsonBytes (the JSON bytes)'], ['jsonParse', 'decoding them and JSON.parse'], ['hash', 'the archive: hashText'], ['part', 'the archive: recordOf + recordPart']]) {
    const ms = median(k);
    console.log(`| ${label} | ${(ms / texts.length).toFixed(3)} ms | ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s |`);
  }
} finally {
  await page.closeAll();
  await browser.close();
  await server.close();
}
