// The wasm parser in the archive's workers (the archive's worker for
// datasets' tags, each parse worker for .txt files): loaded on first use,
// and a fresh instance after a trap, as the element's parser.js does on the
// page (which this thread cannot import: it starts workers of its own).

import { parseOfJson } from './archive-store.js';
import { isWasmCrash } from '../element/wasm-crash.js';

let glue = null;
let instances = 0;
let compiled = null;

/** The wasm module, compiled here once (parse workers are handed it, rather than each compiling it). */
export function wasmModule() {
  compiled ??= WebAssembly.compileStreaming(fetch(new URL('../pkg/transcript_cards_bg.wasm', import.meta.url)));
  return compiled;
}

/** Uses a module compiled elsewhere (a WebAssembly.Module from the thread that started this one). */
export function useModule(module) {
  compiled = Promise.resolve(module);
}

/** The wasm parser, loaded on first use (a fresh instance after a trap). */
async function parser() {
  if (!glue) {
    const url = new URL('../pkg/transcript_cards.js', import.meta.url);
    if (instances) url.searchParams.set('instance', String(instances));
    glue = Promise.all([import(url.href), wasmModule()]).then(async ([m, module]) => { await m.default({ module_or_path: module }); return m; });
  }
  return glue;
}

/** The transcript of a text, as an object (made from parseJson's bytes). */
export async function parse(text) {
  return parseOfJson(await parseJson(text));
}

/**
 * The transcript of a text as the CLI's JSON, its UTF-8 bytes
 * (parseTranscriptJsonBytes): what a record keeps, so an import makes them
 * once, and the object from them with JSON.parse (faster than the glue's
 * own objects).
 */
export async function parseJson(text) {
  const m = await parser();
  try {
    return m.parseTranscriptJsonBytes(text);
  } catch (error) {
    if (isWasmCrash(error)) {
      glue = null;
      instances++;
      throw new Error(`the parser stopped inside WebAssembly (${error.message}); the next file gets a fresh parser`);
    }
    throw error;
  }
}

