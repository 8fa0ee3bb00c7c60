// The service worker of the served pages (registered by page/offline.js):
// keeps a copy of every file in www/, so that the cards page, the archive and
// the embed demo open with the network off once they have been opened online.
//
// Network first: online, each request goes to the server as it would without
// a service worker (an edited file shows at once, as `make serve` needs) and
// refreshes its copy; offline, the copy answers (the query left aside: a
// fresh parser's ?instance=N gets its glue). Installing copies the whole
// list; each page opened online refreshes the whole list too, so a file
// loaded only on first use (exports, the worker) is never more than one
// visit behind the page that loads it (the files the page loaded itself are
// not fetched again for it). The copies are written once the page has
// stopped loading files for a few seconds, not while it opens. A new
// sw.js (a new CACHE) starts its copy afresh and deletes the old ones.
//
// A share (the manifest's share target: a navigation to
// ./?title=…&text=…&url=…, which page/app.js reads) is answered from the
// copy alone: the shared text never goes to the server, and a long one does
// not meet a server's limit on the length of a URL.
//
// FILES is every file of www/ but this one (tests/e2e/offline.test.mjs
// compares the copy with the folder).

const CACHE = 'transcript-cards-v3';
const FILES = [
  './',
  'index.html', 'archive.html', 'embed.html', 'manifest.webmanifest', 'favicon.svg',
  'page/app.js', 'page/offline.js', 'page/sample.js', 'page/page.css', 'page/embed-hostile.css',
  'element/assets.js', 'element/card-list.js', 'element/card.js', 'element/define.js', 'element/dom.js',
  'element/export.js', 'element/highlight.js', 'element/pairs.js', 'element/panels.js',
  'element/parse-worker.js', 'element/parser.js', 'element/transcript-cards.css', 'element/transcript-cards.js',
  'search/fold.js', 'search/postings.js', 'search/search-index.js',
  'archive/archive-client.js', 'archive/archive-datasets.js', 'archive/archive-engine.js', 'archive/archive-export.js',
  'archive/archive-file.js', 'archive/archive-import.js', 'archive/archive-keep.js', 'archive/archive-parse-worker.js',
  'archive/archive-parser.js', 'archive/archive-pool.js', 'archive/archive-query.js', 'archive/archive-results.css',
  'archive/archive-results.js', 'archive/archive-snapshot.js', 'archive/archive-store.js', 'archive/archive-table.js',
  'archive/archive-url.js', 'archive/archive-view.js', 'archive/archive-worker.js', 'archive/archive.css', 'archive/archive.js',
  'archive/compare.js', 'archive/csv-dialog.js', 'archive/csv.js', 'archive/dropped-files.js', 'archive/kept-list.js',
  'archive/timeline.js', 'archive/who-what.js',
  'pkg/transcript_cards.js', 'pkg/transcript_cards_bg.wasm',
  'samples/2020-09-14-wang-wenbin-mt.json',
  'samples/2020-09-14-wang-wenbin-mt.txt',
];
const KEPT = new Set(FILES.map((f) => new URL(f, self.registration.scope).href));

const copyAll = async () => (await caches.open(CACHE)).addAll(FILES);

self.addEventListener('install', (event) => {
  event.waitUntil(copyAll().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  url.search = '';
  if (request.method !== 'GET' || !KEPT.has(url.href)) return;
  const shared = request.mode === 'navigate' && ['title', 'text', 'url'].some((k) => new URL(request.url).searchParams.has(k));
  event.respondWith(shared ? keptOnly(url.href) : networkFirst(event, url.href));
});

/** The page a share opens, from the copy; failing that, from the server without the query. */
async function keptOnly(key) {
  return (await caches.match(key, { cacheName: CACHE })) ?? fetch(key);
}

/**
 * Copies are written once the page has stopped asking for files for a
 * while: writing them as they come (and the whole list's refresh) held the
 * disk and a core while the page opened, a tenth of its time to the first
 * results.
 */
const QUIET = 3000;
let lastAsked = 0;
let refreshing = null;
/** The files the page loaded itself (their copies written from its responses) since the last refresh: the refresh fetches only the others. */
const written = new Set();
async function quiet() {
  while (Date.now() - lastAsked < QUIET) await new Promise((ok) => setTimeout(ok, QUIET - (Date.now() - lastAsked)));
}

/** The refresh of a navigation: every file of the list the page did not just load (and write) itself. */
async function refreshOthers() {
  const rest = FILES.filter((f) => !written.has(new URL(f, self.registration.scope).href));
  written.clear();
  await (await caches.open(CACHE)).addAll(rest);
}

async function networkFirst(event, key) {
  lastAsked = Date.now();
  const { request } = event;
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      written.add(key);
      event.waitUntil(quiet().then(() => caches.open(CACHE)).then((cache) => cache.put(key, copy)));
      if (request.mode === 'navigate' && !refreshing) {
        refreshing = quiet().then(refreshOthers).catch(() => {}).finally(() => { refreshing = null; });
        event.waitUntil(refreshing);
      }
    }
    return response;
  } catch (error) {
    const kept = await caches.match(key, { cacheName: CACHE });
    if (kept) return kept;
    throw error;
  }
}
