// The served pages' offline copy: registers the service worker (sw.js, at the
// top of www/ so that it serves every page there), which keeps the site's
// files so that it opens with the network off after one visit, and, where
// the browser can (Chromium), opens it from that copy online too (sw.js says
// how). A page that the worker served asks it to bring the copy up to date;
// when the copy was older than the server's files, the page says that a
// newer version is ready, with a button that reloads it.
//
// Trusted Types: register() is a script-URL sink, so sw.js's URL goes through
// a policy of the pages' own, "transcript-cards-sw", which lets that one URL
// through (index.html and archive.html allow it in their CSP). Where Trusted
// Types refuse it (`trusted-types 'none'`; the browser reports that once), or
// there are no service workers (file:, some private modes), the page works
// online only. The one-file build puts scripts/dist/offline.js in this
// module's place: that file is its own offline copy.

import { h, trustedScriptURL } from '../element/dom.js';

const SW_URL = new URL('../sw.js', import.meta.url).href;

/** Registers sw.js; resolves to its registration, or null where it cannot be. */
export async function keepOffline() {
  if (!('serviceWorker' in navigator)) return null;
  const url = trustedScriptURL('transcript-cards-sw', SW_URL);
  if (!url) return null; // Trusted Types refuse the policy: no offline copy
  let registration;
  try {
    registration = await navigator.serviceWorker.register(url);
  } catch {
    return null; // not allowed here (a private mode, storage off): online only
  }
  const worker = navigator.serviceWorker.controller;
  if (worker) {
    navigator.serviceWorker.addEventListener('message', ({ data }) => {
      if (data?.type === 'transcript-cards:updated') sayUpdated();
    });
    worker.postMessage({ refresh: true, tell: openedFromCopy() });
  }
  return registration;
}

/** Was this page read from the copy (a static route of sw.js), not the server? */
function openedFromCopy() {
  const [entry] = performance.getEntriesByType('navigation');
  return entry?.workerFinalSourceType === 'cache';
}

/** The note that a newer version is ready, once, with a button that reloads the page. */
function sayUpdated() {
  if (document.getElementById('updated')) return;
  document.body.append(h('p', { id: 'updated', class: 'updated', role: 'status' },
    'A newer version of this page is ready. ',
    h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, 'Reload'),
    ' ',
    h('button', { type: 'button', class: 'button', onclick: (e) => e.target.closest('p').remove() }, 'Later')));
}
