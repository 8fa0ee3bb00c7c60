// What the element loads beside its own modules, each found relative to this
// module (import.meta.url), so the element works from whatever folder a site
// serves it: its stylesheet, the wasm parser (wasm-bindgen's glue and its
// .wasm) and the parse worker. The one-file builds (make dist) bundle
// scripts/dist/assets.js in this module's place: the same exports, with the
// stylesheet as text, the wasm inlined and the worker as a blob: URL.

const GLUE_URL = new URL('../pkg/transcript_cards.js', import.meta.url);

/** The element's stylesheet: {url} (a <link> in its shadow root) here, {text} in the one-file builds. */
export const STYLESHEET = { url: new URL('./transcript-cards.css', import.meta.url).href };

let copies = 0;

/**
 * The wasm parser, initialised: its glue module. `fresh` gives a new
 * instance: a new copy of the glue (wasm-bindgen's init() keeps its first
 * instance), which fetches the .wasm again.
 */
export async function loadParser(fresh = false) {
  // Imported on first use, not with the element: a page can show a parse made
  // elsewhere (its sample's, built with it) before the parser has arrived.
  let glue = await import('../pkg/transcript_cards.js');
  if (fresh) {
    const url = new URL(GLUE_URL);
    url.searchParams.set('instance', String(++copies));
    glue = await import(url.href);
  }
  await glue.default();
  return glue;
}

/**
 * The parse worker: its script URL (what the Trusted Types policy lets
 * through), its type, and what the page sends it to start its wasm with
 * (nothing here: the worker fetches the .wasm beside its glue itself).
 */
export const WORKER = {
  url: new URL('./parse-worker.js', import.meta.url).href,
  type: 'module',
  wasm: async () => undefined,
};
