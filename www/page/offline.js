// The served pages' offline copy: registers the service worker (sw.js, at the
// top of www/ so that it serves every page there), which keeps the site's
// files so that it opens with the network off after one visit (sw.js says how).
//
// Trusted Types: register() is a script-URL sink, so sw.js's URL goes through
// a policy of the pages' own, "transcript-cards-sw", which lets that one URL
// through (index.html and archive.html allow it in their CSP). Where Trusted
// Types refuse it (`trusted-types 'none'`; the browser reports that once), or
// there are no service workers (file:, some private modes), the page works
// online only. The one-file build puts scripts/dist/offline.js in this
// module's place: that file is its own offline copy.

import { trustedScriptURL } from '../element/dom.js';

const SW_URL = new URL('../sw.js', import.meta.url).href;

/** Registers sw.js; resolves to its registration, or null where it cannot be. */
export async function keepOffline() {
  if (!('serviceWorker' in navigator)) return null;
  const url = trustedScriptURL('transcript-cards-sw', SW_URL);
  if (!url) return null; // Trusted Types refuse the policy: no offline copy
  try {
    return await navigator.serviceWorker.register(url);
  } catch {
    return null; // not allowed here (a private mode, storage off): online only
  }
}
