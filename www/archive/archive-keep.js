// The main page's way into the archive: the "Keep in archive" button (keeps
// the transcript shown, its text and parse, once; says so when it already
// is, or when storage is full), and opening a kept transcript from a link of
// the archive page (index.html#archive=<hash>&card=<id>).

import { keep, get } from './archive-store.js';

/**
 * The button was pressed: keeps `shown` ({text, transcript} of what is
 * shown, or null); `note` is the element that says what happened. (The page
 * loads this module on the first press.)
 */
export async function keepTranscript(button, shown, note) {
  if (!shown?.transcript) {
    note.textContent = 'Nothing to keep yet: paste a transcript first.';
    return;
  }
  button.disabled = true;
  try {
    const { added } = await keep(shown.text, shown.transcript);
    // An archive page open in another tab reads what it lacks.
    if (added && typeof BroadcastChannel === 'function') new BroadcastChannel('transcript-cards-archive').postMessage('changed');
    const title = shown.transcript.title ?? 'This transcript';
    note.textContent = added ? `Kept “${title}” in your archive.` : `“${title}” is already in your archive (kept once).`;
  } catch (error) {
    note.textContent = error.message;
  } finally {
    button.disabled = false;
  }
}

/** The text of a kept transcript, by its hash (from the URL hash), or null. */
export async function archivedText(hash) {
  if (!hash) return null;
  try {
    return (await get(hash))?.text ?? null;
  } catch {
    return null;
  }
}
