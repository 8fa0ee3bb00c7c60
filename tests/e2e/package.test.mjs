// The npm package as a user gets it: `npm pack` at the root (its prepack
// runs make dist's build), the tarball installed offline into a scratch
// project, which holds only the shipped files; its `exports` resolved by
// node, its types checked by tsc against tests/package/usage.ts, and both
// entry points imported by a page (an import map, as a bundler would resolve
// them) that renders cards.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serve, waitForCards, ROOT, SAMPLE } from './helpers.mjs';

const run = promisify(execFile);
const SHIPPED = [
  'README.md', 'package.json', 'dist/element.js', 'dist/transcript-cards.html', 'dist/transcript-cards.iife.js',
  'dist/transcript-cards.js', 'types/element.d.ts', 'types/transcript-cards.d.ts',
].sort();

let scratch;
let installed;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tc-package-'));
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  await run('npm', ['pack', '--pack-destination', scratch], { cwd: ROOT });
  await writeFile(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  await run('npm', ['install', `./transcript-cards-${version}.tgz`, '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: scratch });
  installed = join(scratch, 'node_modules/transcript-cards');
});
after(() => scratch && rm(scratch, { recursive: true, force: true }));

test('should pack only the built files, the types and the README, and resolve its exports from a project that installed it', async () => {
  const files = (await readdir(installed, { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile()).map((d) => relative(installed, join(d.parentPath ?? d.path, d.name))).sort();
  assert.deepEqual(files, SHIPPED, 'the tarball should hold the dist files, the .d.ts and the README, nothing of the source');
  const { stdout } = await run('node', ['--input-type=module', '-e',
    "console.log(JSON.stringify(['transcript-cards', 'transcript-cards/define', 'transcript-cards/element', 'transcript-cards/dist/transcript-cards.iife.js'].map((s) => import.meta.resolve(s))))"], { cwd: scratch });
  assert.deepEqual(JSON.parse(stdout).map((u) => relative(installed, fileURLToPath(u))),
    ['dist/transcript-cards.js', 'dist/transcript-cards.js', 'dist/element.js', 'dist/transcript-cards.iife.js']);
});

test('should type-check a usage of the element, its events and the Transcript (tsc --noEmit), and refuse misuses', async () => {
  await copyFile(join(ROOT, 'tests/package/usage.ts'), join(scratch, 'usage.ts'));
  await writeFile(join(scratch, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [] },
    files: ['usage.ts'],
  }));
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  const result = await run(tsc, ['--noEmit', '-p', scratch]).catch((error) => error);
  assert.equal(result.code ?? 0, 0, `tsc should find no error:\n${result.stdout}${result.stderr}`);
});

test('should render cards from both entry points imported by a page (the element registered, and the bare class under a tag of its own)', async () => {
  const server = await serve({ root: scratch });
  const browser = await launch();
  try {
    const sample = (await readFile(SAMPLE, 'utf8')).replaceAll('&', '&amp;').replaceAll('<', '&lt;');
    const imports = { 'transcript-cards': '/node_modules/transcript-cards/dist/transcript-cards.js', 'transcript-cards/element': '/node_modules/transcript-cards/dist/element.js' };
    server.pages.set('/index.html', {
      body: `<!doctype html><meta charset="utf-8"><title>scratch</title><link rel="icon" href="data:,">
        <script type="importmap">${JSON.stringify({ imports })}</script>
        <script type="module">
          import { TranscriptCardsElement, define } from 'transcript-cards';
          import { TranscriptCardsElement as Bare } from 'transcript-cards/element';
          customElements.define('briefing-cards', class extends Bare {});
          window.__registered = customElements.get('transcript-cards').prototype instanceof TranscriptCardsElement && typeof define === 'function';
        </script>
        <transcript-cards id="a">${sample}</transcript-cards>
        <briefing-cards id="b">${sample}</briefing-cards>`,
    });
    const page = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/index.html`);
    await waitForCards(page, '#a');
    await waitForCards(page, '#b');
    assert.ok(await page.evaluate(() => window.__registered), 'importing the package should register <transcript-cards>');
    for (const id of ['a', 'b']) {
      assert.equal(await page.locator(`#${id} article[data-kind="exchange"]`).count(), 12, `#${id} should show the 12 exchange cards`);
    }
    assert.deepEqual(page.problems(), [], 'no error, and nothing fetched from another origin');
  } finally {
    await browser.close();
    await server.close();
  }
});
