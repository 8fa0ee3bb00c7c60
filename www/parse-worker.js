// Web Worker for large pastes: parses off the main thread, then sends the
// transcript back as a head (everything but the items) and batches of items,
// so the page can show progress and stay responsive while it receives them.

import init, { parseTranscript } from './pkg/transcript_cards.js';

const ready = init();
const BATCH = 2000;

self.addEventListener('message', async ({ data: { id, text } }) => {
  try {
    await ready;
    const transcript = parseTranscript(text);
    const { items } = transcript;
    transcript.items = [];
    self.postMessage({ id, type: 'head', transcript, total: items.length });
    for (let i = 0; i < items.length; i += BATCH) {
      self.postMessage({ id, type: 'items', items: items.slice(i, i + BATCH), total: items.length });
    }
    self.postMessage({ id, type: 'done' });
  } catch (error) {
    self.postMessage({ id, type: 'error', message: String(error?.message ?? error) });
  }
});
