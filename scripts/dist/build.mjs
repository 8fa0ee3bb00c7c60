// make dist: the release build in dist/ (git-ignored), bundled by esbuild
// from the modular source in www/ (which `make serve` keeps serving as it is):
//   dist/transcript-cards.html     the cards page in one file: scripts, styles, the wasm
//                                   and the sample inlined; it opens from disk, offline
//   dist/transcript-cards.js       the element in one ES module (registers <transcript-cards>)
//   dist/transcript-cards.iife.js  the same as a classic script (window.TranscriptCards)
//   dist/element.js                the element's class alone, registering nothing
// Nothing in them fetches anything: three modules of www/ that find files
// beside them (element/assets.js, page/sample.js, page/offline.js) are
// bundled as their namesakes in scripts/dist/ instead (and archive/archive-keep.js
// as a stub: the one-file page keeps no archive), and the `inline:`
// modules those import are made here (the glue as a factory of fresh copies,
// the wasm, the worker's own bundle). The wasm and its glue are the size
// build's (target/pkg-small, scripts/build-wasm.sh), not www/pkg's: the
// glue imported as ../pkg/ is swapped for it too. Needs npm's esbuild.
// Prints each file's size, raw and gzipped.
//   node scripts/dist/build.mjs

import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const WWW = join(ROOT, 'www');
const DIST = join(ROOT, 'dist');
const HERE = 'scripts/dist';
/** The size build of the wasm and its glue (scripts/build-wasm.sh). */
const SMALL = 'target/pkg-small';
const SMALL_GLUE = `${SMALL}/transcript_cards.js`;
/** www/ modules that find files beside them, or keep an archive, → what the one-file builds bundle instead. */
const SWAPS = {
  'www/element/assets.js': `${HERE}/assets.js`,
  'www/page/sample.js': `${HERE}/sample.js`,
  'www/page/offline.js': `${HERE}/offline.js`,
  'www/archive/archive-keep.js': `${HERE}/archive-keep.js`,
  'www/pkg/transcript_cards.js': SMALL_GLUE,
};

function fail(message) {
  console.error(`dist: ${message}`);
  process.exit(1);
}

const GLUE = join(ROOT, SMALL_GLUE);
const WASM = join(ROOT, SMALL, 'transcript_cards_bg.wasm');
if (!existsSync(GLUE) || !existsSync(WASM)) fail(`${SMALL} is missing; run scripts/build-wasm.sh (make build) first`);
const cargoVersion = /^version = "([^"]+)"/m.exec(await readFile(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
const npmVersion = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version;
if (cargoVersion !== npmVersion) fail(`package.json's version ${npmVersion} should be Cargo.toml's ${cargoVersion}`);

const COMMON = {
  bundle: true,
  minify: true,
  target: 'es2022',
  write: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  // The glue's default wasm URL (new URL(…, import.meta.url)) is never used:
  // the wasm is always given to it. In a classic script import.meta is empty.
  logOverride: { 'empty-import-meta': 'silent' },
};

/** One bundle's code (an `outfile` is only its name in source maps and messages). */
async function bundle(entry, options) {
  const result = await build({ ...COMMON, entryPoints: [join(ROOT, entry)], metafile: true, ...options });
  if (result.warnings.length) fail(`${entry}: esbuild's warnings above are errors here`);
  const inputs = Object.keys(result.metafile.inputs);
  for (const original of Object.keys(SWAPS)) {
    if (inputs.includes(original)) fail(`${entry}: bundled ${original}, which the one-file builds must not; the swap for it failed`);
  }
  return result.outputFiles[0].text;
}

// ---- the inline: modules ----------------------------------------------------

const oneFile = {
  name: 'one-file',
  setup(b) {
    b.onResolve({ filter: /^inline:/ }, (args) => ({ path: args.path.slice('inline:'.length), namespace: 'inline' }));
    b.onLoad({ filter: /.*/, namespace: 'inline' }, (args) => ({ contents: INLINE[args.path], loader: 'js' }));
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const swap = SWAPS[relative(ROOT, resolve(args.resolveDir, args.path)).replaceAll('\\', '/')];
      return swap ? { path: join(ROOT, swap) } : undefined;
    });
  },
};
const ONE_FILE = { plugins: [oneFile], loader: { '.css': 'text', '.txt': 'text' } };

const glueIIFE = await bundle(SMALL_GLUE, { format: 'iife', globalName: 'glue' });
const workerIIFE = await bundle('www/element/parse-worker.js', { ...ONE_FILE, format: 'iife' });
const wasm = await readFile(WASM);
const INLINE = {
  // A new copy of the glue per call: wasm-bindgen's init() keeps its first instance.
  glue: `export function makeGlue() {\n${glueIIFE}\nreturn glue;\n}\n`,
  wasm: `export const WASM_GZIP_BASE64 = ${JSON.stringify(gzipSync(wasm, { level: 9 }).toString('base64'))};\n`,
  worker: `export const WORKER_SOURCE = ${JSON.stringify(workerIIFE)};\n`,
};

// ---- the element ------------------------------------------------------------

// Modules are UTF-8 whatever serves them; a classic script is read in the
// page's encoding unless told, so the IIFE is kept ASCII (\u escapes).
const files = {
  'transcript-cards.js': await bundle('www/element/define.js', { ...ONE_FILE, format: 'esm', charset: 'utf8' }),
  'element.js': await bundle('www/element/transcript-cards.js', { ...ONE_FILE, format: 'esm', charset: 'utf8' }),
  'transcript-cards.iife.js': await bundle('www/element/define.js', { ...ONE_FILE, format: 'iife', globalName: 'TranscriptCards' }),
};

// ---- the page ---------------------------------------------------------------

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const dataURI = (type, body) => `data:${type};base64,${Buffer.from(body).toString('base64')}`;

async function onePage() {
  const script = await bundle('www/page/app.js', { ...ONE_FILE, format: 'esm', charset: 'utf8' });
  const style = (await build({ ...COMMON, entryPoints: [join(WWW, 'page/page.css')], charset: 'utf8' })).outputFiles[0].text.trim();
  if (/<\/(script|style)/i.test(script + style)) fail('the page script or stylesheet holds a closing tag and cannot be inlined');
  const icon = dataURI('image/svg+xml', await readFile(join(WWW, 'favicon.svg')));
  // Inline script and style allowed by their hashes only; the element's
  // stylesheet is a constructed one (not subject to style-src), the worker a blob:.
  const csp = [
    "default-src 'none'", `script-src ${sha256(script)} 'wasm-unsafe-eval'`, `style-src ${sha256(style)}`,
    'img-src data:', 'worker-src blob:', "base-uri 'none'", "form-action 'none'",
    "require-trusted-types-for 'script'", 'trusted-types transcript-cards',
  ].join('; ');
  let html = await readFile(join(WWW, 'index.html'), 'utf8');
  // Each piece of index.html changed must be there exactly once: a changed page fails the build, not the file.
  const replace = (from, to) => {
    const n = html.split(from).length - 1;
    if (n !== 1) fail(`www/index.html should hold ${JSON.stringify(from)} once, not ${n} times`);
    html = html.replace(from, () => to);
  };
  replace(/content="default-src[^"]*"/.exec(html)?.[0] ?? 'the CSP meta', `content="${csp}"`);
  replace('<link rel="icon" href="favicon.svg"', `<link rel="icon" href="${icon}"`);
  replace('  <link rel="manifest" href="manifest.webmanifest">\n  <meta name="theme-color" content="#2457c5">\n', '');
  replace('  <link rel="modulepreload" href="element/transcript-cards.js">\n', '');
  replace('<link rel="stylesheet" href="page/page.css">', `<style>${style}</style>`);
  replace('<script type="module" src="page/app.js"></script>', `<script type="module">${script}</script>`);
  replace(/\n\s*<button type="button" id="keep"[^\n]*<\/button>/.exec(html)?.[0] ?? 'the keep button', '');
  replace(/\n\s*<a class="button" href="archive.html">[^\n]*<\/a>/.exec(html)?.[0] ?? 'the archive link', '');
  replace('<p id="source-note" class="note" role="status"></p>', `<p id="source-note" class="note" role="status"></p>
      <p class="note" id="no-archive"><strong>No archive in this one-file version.</strong> A page opened from
        disk has no storage of its own: Chromium lets every HTML file opened from disk read what any other
        one stored, so transcripts kept here would not be private (other browsers differ, or refuse). To keep
        an archive, open Transcript cards from a web server (<code>make serve</code>, or any static host of
        <code>www/</code>) and install it: it works offline too. Here, export the cards shown instead.</p>`);
  replace('<a href="embed.html">embed it in your page</a>', 'this page in one file, for use offline');
  return html;
}
files['transcript-cards.html'] = await onePage();

await mkdir(DIST, { recursive: true });
for (const [name, body] of Object.entries(files)) {
  await writeFile(join(DIST, name), body);
  const raw = Buffer.byteLength(body);
  const gz = gzipSync(body, { level: 9 }).length;
  console.log(`dist: ${(raw / 1024).toFixed(1).padStart(6)} KB, ${(gz / 1024).toFixed(1).padStart(6)} KB gzipped  dist/${name}`);
}
