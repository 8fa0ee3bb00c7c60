// The one-file page's www/page/offline.js: a file opened from disk is its own
// offline copy, and file: pages have no service worker.

export async function keepOffline() {
  return null;
}
