// Whether an error thrown by the wasm parser is a crash of its instance,
// whose memory can no longer be trusted (the caller then starts a fresh
// one), rather than an error it reported: a RuntimeError is a trap
// (unreachable, out of bounds…), a RangeError from the glue is memory it
// could not grow, and some engines give a trap as a plain Error saying so.
// A JsError from the parser is none of these. Used by the page's parser
// (parser.js), its worker (parse-worker.js) and the archive's (archive-parser.js).

export const isWasmCrash = (error) => error instanceof WebAssembly.RuntimeError || error instanceof RangeError
  || (error instanceof Error && /unreachable|out of memory/i.test(error.message));
