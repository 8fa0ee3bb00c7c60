// Shared by the end-to-end tests: a static server for www/ on 127.0.0.1 that
// each test file starts and stops itself (useBrowser), Debian's Chromium
// through playwright-core, a page wrapper that records console errors, page
// errors, dialogs, CSP / Trusted Types violations and every request to
// another origin (openPage), a test's page from open to close with that
// record checked (withPage), and the ways a test puts a transcript on the
// page (showCards, paste, loadTranscript).

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, readdir, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = join(ROOT, 'www');
export const DIST = join(ROOT, 'dist');
export const SHARED = resolve(ROOT, '../shared');
export const SAMPLE = join(WWW, 'samples/2020-09-14-wang-wenbin-mt.txt');
export const RESULTS = join(ROOT, 'test-results');

/** Every transcript of ../shared/corpus and ../shared/silver ({name, text}), folder by folder, each sorted: what the benchmarks read. */
export async function corpusTexts() {
  const out = [];
  for (const base of ['corpus', 'silver']) {
    for (const dir of (await readdir(join(SHARED, base), { withFileTypes: true })).filter((d) => d.isDirectory())) {
      const path = join(SHARED, base, dir.name);
      for (const name of (await readdir(path)).filter((f) => f.endsWith('.txt')).sort()) out.push({ name, text: await readFile(join(path, name), 'utf8') });
    }
  }
  return out;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** The strictest policy the element runs under: CSP plus Trusted Types with no policy at all. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'; trusted-types 'none'";
/**
 * The strictest the page runs under with its offline copy: Trusted Types
 * allowing only the page's own policy (the service worker's URL), not the
 * element's (the worker's; large texts parse on the main thread).
 */
export const PAGE_STRICT_CSP = STRICT_CSP.replace("trusted-types 'none'", 'trusted-types transcript-cards-sw');
/** Trusted Types allowing the element's policy and the page's: what index.html declares. */
export const NAMED_CSP = STRICT_CSP.replace("trusted-types 'none'", 'trusted-types transcript-cards transcript-cards-sw');
/** useBrowser's servers for the policy tests: STRICT_CSP, PAGE_STRICT_CSP, NAMED_CSP and no policy at all. */
export const POLICIES = {
  strict: { headers: { 'content-security-policy': STRICT_CSP } },
  strictPage: { headers: { 'content-security-policy': PAGE_STRICT_CSP } },
  named: { headers: { 'content-security-policy': NAMED_CSP } },
  open: {},
};

/** Paths of the files the cards page (index.html) may fetch from its server. */
export const SERVED = /^\/(|index\.html|(element|search|archive|page)\/[a-z-]+\.(js|css)|favicon\.svg|manifest\.webmanifest|sw\.js|pkg\/transcript_cards(_bg\.wasm|\.js)|samples\/[\w.-]+\.(txt|json))$/;
/** The elements the page builds itself in the element's shadow root; anything else came from the text. */
export const OUR_TAGS = ['link', 'div', 'progress', 'span', 'section', 'input', 'label', 'select', 'option', 'p', 'h2', 'time', 'ul', 'li', 'strong', 'details', 'summary', 'article', 'header', 'h3', 'a', 'button', 'pre', 'mark', 'bdi'];
/** The attributes the page sets itself (a RegExp source, so that it can go into the page too). */
export const OUR_ATTRIBUTES = '^(class|id|part|tabindex|role|hidden|lang|dir|datetime|type|placeholder|autocomplete|spellcheck|value|max|title|rel|href|for|aria-[a-z]+|data-[a-z-]+)$';

export const CLIPBOARD = ['clipboard-read', 'clipboard-write'];

/**
 * Serves www/ (or `root`) on 127.0.0.1 (a free port); resolves to {origin,
 * close(), pages, urls}. `headers` are added to every response (e.g. a
 * Content-Security-Policy, which also governs the worker, whose policy comes
 * from its own response). `pages` maps a path to a page a test writes
 * ({body, headers}: HTML served from this origin, as a real site's would be);
 * `urls` are the request URLs the server received, in order.
 */
export async function serve({ headers = {}, root = WWW } = {}) {
  const pages = new Map();
  const urls = [];
  const server = createServer(async (req, res) => {
    urls.push(req.url);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const page = pages.get(path);
    if (page) return void res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...headers, ...page.headers }).end(page.body);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
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
  return { origin, pages, urls, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }) };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Registers the test file's before and after hooks: before, starts a server
 * for each entry of `servers` (its name → serve() options) and Chromium, and
 * makes test-results/; after, closes them. Returns the object they are set on
 * once started: {browser, <name>: {origin, close()}, …}.
 */
export function useBrowser(servers = { server: {} }) {
  const env = {};
  const names = Object.keys(servers);
  before(async () => {
    const started = await Promise.all(names.map((name) => serve(servers[name])));
    names.forEach((name, i) => { env[name] = started[i]; });
    env.browser = await launch();
    await mkdir(RESULTS, { recursive: true });
  });
  after(async () => {
    await env.browser?.close();
    await Promise.all(names.map((name) => env[name]?.close()));
  });
  return env;
}

/**
 * Opens a page in a fresh context that records what must never happen:
 * console errors, uncaught errors, dialogs (alert from injected script),
 * securitypolicyviolation events and requests to any origin but the server's. `problems()` lists them.
 * Also kept on the page: `origin`, `paths` (the paths it requested from that
 * origin) and `workersSeen` (every worker it started, in order).
 */
export async function openPage(browser, origin, { colorScheme = 'light', permissions = [], viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ colorScheme, viewport, acceptDownloads: true });
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
  page.origin = origin;
  page.paths = [];
  page.on('request', (r) => { if (r.url().startsWith(origin)) page.paths.push(new URL(r.url()).pathname); });
  page.workersSeen = [];
  page.on('worker', (w) => page.workersSeen.push(w));
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

export const CLEAN = 'the page should log no error and request nothing from another origin';

/**
 * A test's page, from open to close: opens it on `on` (a server of env;
 * env.server unless said) with openPage's `options`, runs `prepare(page)`
 * (listeners, routes, init scripts), opens `goto` (a path) if given and waits
 * for cards in each of the `waitFor` selectors, runs `body(page)`, then checks
 * that page.problems() is empty, `clean` being the message (false: the body
 * does its own checks). The context is closed whatever happens.
 */
export async function withPage(env, { on = env.server, goto, waitFor = ['transcript-cards'], prepare, clean = CLEAN, ...options }, body) {
  const page = await openPage(env.browser, on.origin, options);
  try {
    await prepare?.(page);
    if (goto !== undefined) await showCards(page, goto, ...waitFor);
    await body(page);
    if (clean !== false) assert.deepEqual(page.problems(), [], clean);
  } finally {
    await page.closeAll();
  }
}

/** Opens `path` on the page's server and waits for cards in each selector (the page's own <transcript-cards> if none). */
export async function showCards(page, path = '/', ...selectors) {
  await page.goto(`${page.origin}${path}`);
  for (const selector of selectors.length ? selectors : ['transcript-cards']) await waitForCards(page, selector);
}

/**
 * Puts `text` in the page's textarea as a paste does (an input event,
 * insertFromPaste); waits for the element's parsed event unless `parsed` is
 * false; with `print`, then renders every card shown (beforeprint).
 */
export function paste(page, text, { parsed = true, print = false } = {}) {
  return page.evaluate(async ([t, wait, all]) => {
    const area = document.getElementById('paste');
    area.value = t;
    const done = wait && new Promise((ok) => document.querySelector('transcript-cards').addEventListener('transcript-cards:parsed', ok, { once: true }));
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    await done;
    if (all) window.dispatchEvent(new Event('beforeprint'));
  }, [text, parsed, print]);
}

/** Shows a transcript in the page's element: a .txt file's path (parsed by the element) or a Transcript object. */
export async function loadTranscript(page, file) {
  const text = typeof file === 'string' ? await readFile(file, 'utf8') : null;
  await page.evaluate(async (t) => {
    const el = document.querySelector('transcript-cards');
    if (typeof t === 'string') await el.parseText(t);
    else el.transcript = t;
  }, text ?? file);
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
