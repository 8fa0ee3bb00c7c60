// The service worker of the served pages (registered by page/offline.js):
// keeps a copy of every file in www/, so that the cards page, the archive and
// the embed demo open with the network off once they have been opened online.
//
// From the copy, online too, where the browser has static routes (Chromium:
// InstallEvent.addRoutes): every file is read from the copy by the browser
// itself, with neither the server nor this worker in the way (on a busy
// two-core machine this worker's answering each file held an archive's open by
// a sixth); a file the copy lacks comes from the server. A worker's requests,
// which the browser does not route, come to this worker and are answered from
// the copy likewise. Each page opened from the copy asks for the copy to be
// brought up to date once it has loaded (refresh: every file fetched again,
// revalidated, a few seconds later so as not to slow the open); when a file
// has changed the open pages are told, and say that a newer version is ready
// (page/offline.js): it shows at the next reload, all files of one version
// together. Elsewhere the network comes first, as before: online each file
// comes from the server, offline from the copy (the query left aside: a fresh
// parser's ?instance=N gets its glue), and the same refresh keeps the copy up
// to date. A new sw.js (a new CACHE) starts its copy afresh and deletes the
// old ones.
//
// A share (the manifest's share target: a navigation to
// ./?title=…&text=…&url=…, which page/app.js reads) is answered from the
// copy alone: the shared text never goes to the server, and a long one does
// not meet a server's limit on the length of a URL. (A URL with a query is
// never routed to the copy by the browser: it comes here.)
//
// FILES is every file of www/ but this one (tests/e2e/offline.test.mjs
// compares the copy with the folder).

const CACHE = 'transcript-cards-v4';
const FILES = [
  './',
  'index.html', 'archive.html', 'embed.html', 'manifest.webmanifest', 'favicon.svg',
  'page/app.js', 'page/offline.js', 'page/sample.js', 'page/page.css', 'page/embed-hostile.css',
  'element/assets.js', 'element/card-list.js', 'element/card.js', 'element/define.js', 'element/dom.js',
  'element/export.js', 'element/highlight.js', 'element/pairs.js', 'element/panels.js',
  'element/parse-worker.js', 'element/parser.js', 'element/transcript-cards.css', 'element/transcript-cards.js', 'element/wasm-crash.js',
  'search/fold.js', 'search/postings.js', 'search/search-index.js',
  'archive/archive-boot.js', 'archive/archive-client.js', 'archive/archive-datasets.js', 'archive/archive-engine.js', 'archive/archive-export.js',
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

/**
 * Whether this browser takes the static routes: then a request the routes
 * match that comes here all the same is one the browser does not route, a
 * worker's (the archive's worker and its modules, in Chromium): it is
 * answered from the copy too, as the routes would, not the server (in a
 * trace of an archive's open its two modules took 33 ms from the server
 * through this worker, on the open's critical path; and a worker's modules
 * of another version than its page's could not work together).
 */
const ROUTED = typeof InstallEvent !== 'undefined' && 'addRoutes' in InstallEvent.prototype;

self.addEventListener('install', (event) => {
  // Every GET of a URL without a query, under this worker's scope: from the copy, else the server.
  // Where the browser cannot take them, every request comes to the fetch handler, as elsewhere.
  let routed = null;
  try {
    const scope = new URL(self.registration.scope).pathname;
    if (ROUTED) routed = event.addRoutes({
      condition: { requestMethod: 'GET', urlPattern: new URLPattern({ pathname: `${scope}*`, search: '' }) },
      source: { cacheName: CACHE },
    }).catch(() => {});
  } catch { /* an older form of the API */ }
  event.waitUntil(Promise.all([routed, copyAll()]).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  const query = url.search !== '';
  url.search = '';
  if (request.method !== 'GET' || !KEPT.has(url.href)) return;
  const shared = request.mode === 'navigate' && ['title', 'text', 'url'].some((k) => new URL(request.url).searchParams.has(k));
  event.respondWith(shared || (ROUTED && !query) ? keptOnly(url.href) : networkFirst(request, url.href));
});

/** From the copy; failing that, from the server without the query (a share's page, or a file the routes would take). */
async function keptOnly(key) {
  return (await caches.match(key, { cacheName: CACHE })) ?? fetch(key);
}

/** From the server; from the copy when the server cannot be reached. */
async function networkFirst(request, key) {
  try {
    return await fetch(request);
  } catch (error) {
    const kept = await caches.match(key, { cacheName: CACHE });
    if (kept) return kept;
    throw error;
  }
}

// ---- the copy brought up to date --------------------------------------------------

/**
 * How long after the last page asked the refresh begins: that page has
 * opened by then, its reads done. Counted again at each ask, so pages
 * opened one after the other (a reader reloading) do not meet it midway.
 */
const QUIET = 3000;
let refreshing = null;
let quiet = 0;
let begin = () => {};

const sameBytes = (a, b) => {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
};

/**
 * Every file fetched again (revalidated: an unchanged one is a 304 where the
 * server says so), and those that changed written to the copy, once all
 * are in (so a copy is of one version, unless writing fails midway).
 * Resolves to how many changed. A file the server does not give (an error,
 * or no network) leaves the whole copy as it is.
 */
async function refresh() {
  const cache = await caches.open(CACHE);
  const fresh = await Promise.all(FILES.map(async (f) => {
    const response = await fetch(f, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${f}: ${response.status}`);
    return { f, response, body: await response.clone().arrayBuffer() };
  }));
  const changed = [];
  for (const one of fresh) {
    const kept = await cache.match(one.f);
    if (!kept || !sameBytes(one.body, await kept.arrayBuffer())) changed.push(one);
  }
  for (const { f, response } of changed) await cache.put(f, response);
  return changed.length;
}

// A page asks for the refresh ({refresh: true, tell: it was opened from the copy}); the pages opened
// from the copy hear of a change ({type: 'transcript-cards:updated', files}).
const fromCopy = new Set(); // client ids
self.addEventListener('message', (event) => {
  if (!event.data?.refresh) return;
  if (event.data.tell && event.source?.id) fromCopy.add(event.source.id);
  clearTimeout(quiet);
  refreshing ??= new Promise((ok) => { begin = ok; })
    .then(refresh)
    .then(async (files) => {
      if (!files) return;
      for (const client of await self.clients.matchAll({ type: 'window' })) {
        if (fromCopy.has(client.id)) client.postMessage({ type: 'transcript-cards:updated', files });
      }
    })
    .catch(() => {}) // offline, or the server is away: the copy stays as it is
    .finally(() => { refreshing = null; });
  quiet = setTimeout(begin, QUIET);
  event.waitUntil(refreshing);
});
