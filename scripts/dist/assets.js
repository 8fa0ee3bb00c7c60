// The one-file builds' www/element/assets.js (make dist bundles this module in
// its place; build.mjs makes the `inline:` modules it imports): the same
// exports, with nothing left to fetch.
// - The stylesheet as text: the element adopts it as a constructed
//   stylesheet (no <style> element, so no style-src 'unsafe-inline' needed).
// - The wasm as base64 of its gzip (the smallest on disk, and as small as the
//   .wasm itself once a server gzips the file), inflated by the browser's
//   DecompressionStream and compiled once; each instance of the parser is a
//   fresh copy of the glue (makeGlue) started from that one module.
// - The worker as a blob: URL of its own bundle, sent the compiled module
//   with each job, so the wasm is in the file once. A page whose Content
//   Security Policy has no `worker-src blob:` (or script-src) refuses it:
//   large texts then parse on the page's thread (parser.js).

import { makeGlue } from 'inline:glue';
import { WASM_GZIP_BASE64 } from 'inline:wasm';
import { WORKER_SOURCE } from 'inline:worker';
import STYLE_TEXT from '../../www/element/transcript-cards.css';

export const STYLESHEET = { text: STYLE_TEXT };

let compiled = null;

/** The parser's compiled WebAssembly.Module, made once. */
function wasmModule() {
  compiled ??= (async () => {
    const gzip = Uint8Array.from(atob(WASM_GZIP_BASE64), (c) => c.charCodeAt(0));
    const stream = new Blob([gzip]).stream().pipeThrough(new DecompressionStream('gzip'));
    return WebAssembly.compile(await new Response(stream).arrayBuffer());
  })();
  compiled.catch(() => { compiled = null; }); // out of memory: try again next time
  return compiled;
}

export async function loadParser() {
  const glue = makeGlue();
  await glue.default({ module_or_path: await wasmModule() });
  return glue;
}

let workerURL = null;

export const WORKER = {
  get url() {
    workerURL ??= URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    return workerURL;
  },
  type: 'classic',
  wasm: wasmModule,
};
