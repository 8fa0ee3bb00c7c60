// Web Worker for large pastes: parses off the main thread, then sends the
// transcript back as a head (everything but the items) and batches of items,
// so the page can show progress and stay responsive while it receives them.
// A trap in the wasm instance is reported as 'crash': the page then ends
// this worker and starts a fresh one for the next parse (parser.js).

import * as glue from '../pkg/transcript_cards.js';

const ready = glue.default();
const BATCH = 2000;

self.addEventListener('message', async ({ data: { id, text, trap } }) => {
  let transcript;
  try {
    await ready;
    transcript = trap ? glue.debugTrap() : glue.parseTranscript(text);
  } catch (error) {
    const crash = error instanceof WebAssembly.RuntimeError || error instanceof RangeError;
    self.postMessage({ id, type: crash ? 'crash' : 'error', message: String(error?.message ?? error) });
    return;
  }
  const { items } = transcript;
  transcript.items = [];
  self.postMessage({ id, type: 'head', transcript, total: items.length });
  for (let i = 0; i < items.length; i += BATCH) {
    self.postMessage({ id, type: 'items', items: items.slice(i, i + BATCH), total: items.length });
  }
  self.postMessage({ id, type: 'done' });
});
