// Shared by the end-to-end tests: a static server for www/ on 127.0.0.1 that
// each test file starts and stops itself, Debian's Chromium through
// playwright-core, and a page wrapper that records console errors, page
// errors, dialogs, CSP / Trusted Types violations and every request to
// another origin.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = join(ROOT, 'www');
export const SHARED = resolve(ROOT, '../shared');
export const SAMPLE = join(WWW, 'samples/2020-09-14-wang-wenbin-mt.txt');
export const RESULTS = join(ROOT, 'test-results');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** The strictest policy the page runs under: CSP plus Trusted Types with no policy at all. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'; trusted-types 'none'";

/**
 * Serves www/ on 127.0.0.1 (a free port); resolves to {origin, close()}.
 * `headers` are added to every response (e.g. a Content-Security-Policy,
 * which also governs the worker, whose policy comes from its own response).
 */
export async function serve({ headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(WWW, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(WWW)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens a page in a fresh context that records what must never happen:
 * console errors, uncaught errors, dialogs (alert from injected script),
 * securitypolicyviolation events and requests to any origin but the server's. `problems()` lists them.
 */
export async function openPage(browser, origin, { colorScheme = 'light', permissions = [] } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  if (permissions.length) await context.grantPermissions(permissions, { origin });
  const page = await context.newPage();
  const seen = { consoleErrors: [], pageErrors: [], dialogs: [], foreign: [], violations: [] };
  page.on('console', (m) => { if (m.type() === 'error') seen.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  // CSP and Trusted Types violations, from the first script on: problems too.
  await page.exposeBinding('__tcViolation', (_, v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__tcViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${e.sample ? ` "${e.sample}"` : ''} at ${e.sourceFile}:${e.lineNumber}`);
    }, true);
  });
  context.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url)) seen.foreign.push(url);
  });
  page.seen = seen;
  page.problems = () => [
    ...seen.consoleErrors.map((t) => `console error: ${t}`),
    ...seen.pageErrors.map((t) => `page error: ${t}`),
    ...seen.dialogs.map((t) => `dialog opened: ${t}`),
    ...seen.foreign.map((t) => `request to another origin: ${t}`),
    ...seen.violations.map((t) => `security policy violation: ${t}`),
  ];
  page.closeAll = () => context.close();
  return page;
}

/** Waits until the element has shown a transcript with at least one card (or `count`). */
export async function waitForCards(page, selector = 'transcript-cards', count = 1) {
  await page.waitForFunction(([sel, n]) => {
    const el = document.querySelector(sel);
    return el?.transcript && el.shadowRoot.querySelectorAll('article').length >= n;
  }, [selector, count]);
}

/** The cards shown: [{id, kind, outlet}] in order, read from the shadow DOM. */
export function cards(page, selector = 'transcript-cards') {
  return page.$$eval(`${selector} article`, (articles) =>
    articles.map((a) => ({
      id: a.dataset.id,
      kind: a.dataset.kind,
      outlet: a.querySelector('.badge')?.textContent ?? null,
      text: a.textContent,
    })));
}
