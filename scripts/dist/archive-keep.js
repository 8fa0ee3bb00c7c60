// The one-file page's www/archive/archive-keep.js: that page has no archive
// (its note says why: no keep button, no link from archive.html), so it
// bundles none of IndexedDB's code. page/app.js asks for neither of these there.

export async function keepTranscript() {}

export async function archivedText() {
  return null;
}
