// The page's one way into the Rust parser: parse(text) → Promise<Transcript>.
// The wasm module starts loading once, on first use. Small texts parse right here
// (a 30 KB briefing takes a few milliseconds); large ones go to a Web Worker
// (parse-worker.js), which sends the cards back in batches with progress, so
// the page never freezes.
//
// A trap or out-of-memory inside the wasm instance (it should never happen:
// the parser never panics) rejects with a ParserCrash, and the instance is
// dropped: the next parse loads a fresh one (a new copy of the glue module,
// since wasm-bindgen's init() keeps its first instance), or a fresh worker.
//
// Trusted Types: `new Worker(url)` is a script-URL sink, so the worker URL
// goes through a policy named "transcript-cards" (allow it with
// `trusted-types transcript-cards`). Where Trusted Types forbid that policy
// (`trusted-types 'none'`), or the Content Security Policy forbids the
// worker's URL (the one-file builds' blob: worker without `worker-src
// blob:`), large texts parse on this thread instead.
//
// Where the glue, the wasm and the worker are is assets.js's (the one-file
// builds put theirs in its place).
//
// Test hook, off unless a script sets it: `globalThis.__tcForceTrap = true`
// makes the next parse call the wasm export debugTrap(), which traps.

import { loadParser, WORKER } from './assets.js';
import { trustedScriptURL } from './dom.js';
import { isWasmCrash } from './wasm-crash.js';

/** Texts longer than this (in UTF-16 units) are parsed in the worker. */
export const WORKER_THRESHOLD = 256 * 1024;

/** The wasm instance stopped (trap or out of memory); the text is not at fault. */
export class ParserCrash extends Error {
  constructor(cause) {
    const what = String(cause?.message ?? cause);
    const oom = /memory|allocat/i.test(what);
    super(`The parser stopped inside WebAssembly (${oom ? 'out of memory' : 'a trap'}: ${what}). Your text is kept; parsing again starts a fresh parser.`);
    this.name = 'ParserCrash';
    this.kind = oom ? 'out-of-memory' : 'trap';
  }
}

let glue = null;

/** The parser, loading it the first time. */
const parser = () => (glue ??= start(loadParser()));

function start(ready) {
  ready.catch(() => {}); // reported by the parse that awaits it
  return ready;
}

/** Drops the current instance: the next parse starts a fresh one. */
function restart() {
  glue = start(loadParser(true));
}

let worker = null;
let workerRefused = false; // the Content Security Policy forbids the worker's URL
let jobs = 0;
const pending = new Map();
const prebuilt = new WeakMap(); // transcript → what the worker made of its search

/**
 * What the worker made of a large transcript's search (search-index.js's
 * SearchIndex `prebuilt`: the folded texts, the facets and the inverted
 * index), or null: the page makes its own.
 */
export const prebuiltIndex = (transcript) => prebuilt.get(transcript) ?? null;

/** The worker's folded batches as one: texts, and where questions end and answers begin. */
function joinFolded(batches) {
  const n = batches.reduce((k, b) => k + b.texts.length, 0);
  const texts = new Array(n);
  const questionEnd = new Int32Array(n);
  const answerAt = new Int32Array(n);
  let at = 0;
  for (const b of batches) {
    for (let k = 0; k < b.texts.length; k++) texts[at + k] = b.texts[k];
    questionEnd.set(b.questionEnd, at);
    answerAt.set(b.answerAt, at);
    at += b.texts.length;
  }
  return { texts, questionEnd, answerAt };
}

/**
 * Parses a transcript. `onProgress({phase: 'parse'|'receive', done, total})`
 * reports a worker parse; `inWorker` forces (true) or forbids (false) the
 * worker; `room` reads the text as that briefing room's ("us-wh"; see
 * rooms()) instead of the one detected.
 */
export async function parse(text, { onProgress = () => {}, inWorker = text.length > WORKER_THRESHOLD, room = null } = {}) {
  const broken = brokenHalves(text);
  const t = await parseWellFormed(broken && text.toWellFormed ? text.toWellFormed() : text, onProgress, inWorker, room || undefined);
  if (broken) {
    const at = t.diagnostics.findIndex((d) => d.span.start > broken.span.start);
    t.diagnostics.splice(at < 0 ? t.diagnostics.length : at, 0, broken);
  }
  return t;
}

/**
 * A JS string can hold half of a surrogate pair (an emoji cut in two by a
 * script or an editor), which UTF-8 cannot: on its way into wasm each half
 * becomes U+FFFD. The parse says so, with the first one's place, as a
 * `lone_surrogate` diagnostic, rather than changing the text unannounced.
 */
function brokenHalves(text) {
  if (typeof text.isWellFormed === 'function' && text.isWellFormed()) return null;
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { i += 1; continue; }
    }
    count += 1;
    if (first < 0) first = i;
  }
  if (count === 0) return null;
  const before = text.slice(0, first); // well formed: it ends before the first lone half
  const start = new TextEncoder().encode(before).length;
  const line = 1 + (before.match(/\r\n|[\n\r\u2028\u2029]/g)?.length ?? 0);
  const what = count === 1 ? 'a broken character' : `${count} broken characters`;
  return {
    kind: 'lone_surrogate',
    message: `the text holds ${what} (half of a UTF-16 surrogate pair, which no text file can hold), kept as U+FFFD “\uFFFD”`,
    span: { start, end: start + 3, line },
  };
}

function parseWellFormed(text, onProgress, inWorker, room) {
  const trap = takeTrapHook();
  const w = inWorker && startWorker();
  return w ? inTheWorker(w, text, trap, onProgress, room) : parseHere(text, trap, room);
}

async function parseHere(text, trap, room) {
  const m = await parser();
  try {
    return trap ? m.debugTrap() : m.parseTranscript(text, room);
  } catch (error) {
    if (!isWasmCrash(error)) throw error;
    restart();
    throw new ParserCrash(error);
  }
}

/** The briefing rooms a text can be read as: [{id, institution}]. */
export async function rooms() {
  return (await parser()).rooms();
}

/** The parser's version (the crate's). */
export async function version() {
  return (await parser()).version();
}

/** The exchanges of two transcripts, given their texts, aligned: [{a, b, similarity}] (alignTranscripts). */
export async function align(a, b) {
  return (await parser()).alignTranscripts(a, b);
}

function takeTrapHook() {
  const trap = globalThis.__tcForceTrap === true;
  if (trap) globalThis.__tcForceTrap = false;
  return trap;
}

/** Characters a message carries to the worker: copying 23 MB in one message held this thread for 60 ms. */
const CHUNK = 1 << 22;

/** Hands the text over a piece a task (the worker joins them; a pair cut in two is whole again there). */
async function sendText(w, id, text, trap, room) {
  const wasm = await WORKER.wasm();
  for (let at = 0; ; at += CHUNK) {
    const last = at + CHUNK >= text.length;
    w.postMessage({ id, chunk: text.slice(at, at + CHUNK), last, trap, room, wasm: last ? wasm : undefined });
    if (last) return;
    await new Promise((ok) => setTimeout(ok, 0));
  }
}

function inTheWorker(w, text, trap, onProgress, room) {
  const id = ++jobs;
  const job = { text, trap, onProgress, room, transcript: null };
  const done = new Promise((resolve, reject) => Object.assign(job, { resolve, reject }));
  pending.set(id, job);
  onProgress({ phase: 'parse', done: 0, total: 1 });
  sendText(w, id, text, trap, room).catch((error) => { pending.delete(id); job.reject(error); });
  return done;
}

/** The worker's URL through the element's policy; null where Trusted Types forbid it (parse on this thread). */
const scriptURL = () => trustedScriptURL('transcript-cards', WORKER.url);

function stopWorker(error) {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  worker?.terminate();
  worker = null;
}

/**
 * The worker never started (the Content Security Policy refused its URL, which
 * the browser reports once, or its script is missing): its jobs, and every
 * large text after them, parse on this thread.
 */
function refuseWorker() {
  workerRefused = true;
  const jobs = [...pending.values()];
  pending.clear();
  worker?.terminate();
  worker = null;
  for (const job of jobs) parseHere(job.text, job.trap, job.room).then(job.resolve, job.reject);
}

function startWorker() {
  if (worker) return worker;
  const url = !workerRefused && scriptURL();
  if (!url) return null;
  try {
    worker = new Worker(url, { type: WORKER.type });
  } catch {
    refuseWorker();
    return null;
  }
  let started = false;
  worker.addEventListener('message', ({ data }) => {
    if (data.type === 'ready') {
      started = true;
      return;
    }
    const job = pending.get(data.id);
    if (!job) return;
    if (data.type === 'head') {
      job.transcript = data.transcript;
      job.transcript.items = [];
      job.onProgress({ phase: 'receive', done: 0, total: data.total });
    } else if (data.type === 'items') {
      // push in chunks: spreading 100,000 arguments would overflow the stack
      for (const item of data.items) job.transcript.items.push(item);
      if (data.folded) (job.folded ??= []).push(data.folded);
      job.onProgress({ phase: 'receive', done: job.transcript.items.length, total: data.total });
    } else if (data.type === 'done') {
      pending.delete(data.id);
      // What the worker made of a large transcript's search: the page builds none of it.
      if (data.search) prebuilt.set(job.transcript, { ...joinFolded(job.folded), ...data.search });
      job.resolve(job.transcript);
    } else if (data.type === 'crash') {
      stopWorker(new ParserCrash(data.message)); // the next parse starts a fresh worker
    } else if (data.type === 'error') {
      pending.delete(data.id);
      job.reject(new Error(data.message));
    }
  });
  worker.addEventListener('error', (event) => {
    if (!started) refuseWorker();
    else stopWorker(new ParserCrash(`the parse worker failed: ${event.message}`));
  });
  return worker;
}
