// Web Worker for large pastes: parses off the main thread, then sends the
// transcript back as a head (everything but the items) and batches of items,
// so the page can show progress and stay responsive while it receives them.
// It says 'ready' once its script runs (until then, an error event means it
// never started: parser.js parses on its own thread instead). Its wasm starts
// with the first job: from the compiled module the job carries (the one-file
// builds), or fetched beside the glue. A trap in the wasm instance is
// reported as 'crash': the page then ends this worker and starts a fresh one
// for the next parse (parser.js).

import * as glue from '../pkg/transcript_cards.js';

const BATCH = 2000;
let ready = null;

self.addEventListener('message', async ({ data: { id, text, trap, room, wasm } }) => {
  let transcript;
  try {
    ready ??= glue.default(wasm && { module_or_path: wasm });
    await ready;
    transcript = trap ? glue.debugTrap() : glue.parseTranscript(text, room);
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

self.postMessage({ type: 'ready' });
