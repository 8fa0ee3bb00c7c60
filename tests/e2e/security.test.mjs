// Pasted text is data, never markup: an <img onerror> or <script> inside a
// question, and the 223 payloads of DOMPurify's own test suite
// (../shared/security), must render as plain text, create no element the page
// did not make, fire no handler, and fetch nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, withPage, paste, SHARED, SERVED, OUR_TAGS as TAGS, OUR_ATTRIBUTES as ATTRIBUTES } from './helpers.mjs';

const env = useBrowser();

// What the page itself builds; anything else in the shadow root came from the text.
const OUR_TAGS = new Set(TAGS);
const OUR_ATTRIBUTES = new RegExp(ATTRIBUTES);

/**
 * Opens the page with alert/confirm/prompt wired to a flag, pastes `text`
 * (every card rendered), runs `body`, then closes the page (the body checks
 * it, with assertInert).
 */
const withPasted = (text, body) => withPage(env, {
  prepare: (page) => page.addInitScript(() => {
    window.__ran = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...a) => window.__ran.push([name, ...a]);
  }),
  goto: '/',
  clean: false,
}, async (page) => {
  await paste(page, text, { print: true });
  await page.waitForTimeout(300); // let any injected handler (onerror, onload, timers) fire
  await body(page);
});

async function inspect(page) {
  return page.evaluate(() => {
    const root = document.querySelector('transcript-cards').shadowRoot;
    const elements = [...root.querySelectorAll('*')];
    return {
      ran: window.__ran,
      tags: [...new Set(elements.map((e) => e.localName))],
      attributes: [...new Set(elements.flatMap((e) => e.getAttributeNames()))],
      hrefs: [...new Set(elements.filter((e) => e.hasAttribute('href')).map((e) => e.getAttribute('href')))],
      questions: [...root.querySelectorAll('article .question')].map((q) => [...q.querySelectorAll('p.tx')].map((p) => p.textContent).join(' ')),
      outsideElements: document.querySelectorAll('body img, body script:not([src]), body iframe, body svg:not(h1 > svg.logo), body object, body embed').length,
    };
  });
}

function assertInert(page, seen) {
  assert.deepEqual(seen.ran, [], 'no pasted handler or script should run');
  assert.deepEqual(seen.tags.filter((t) => !OUR_TAGS.has(t)), [], 'the text should create no element');
  assert.deepEqual(seen.attributes.filter((a) => !OUR_ATTRIBUTES.test(a)), [], 'the text should create no attribute');
  assert.deepEqual(seen.hrefs.filter((h) => !/^#card=[\w-]+$/.test(h) && !h.endsWith('transcript-cards.css')), [], 'every link should be one the page made');
  assert.equal(seen.outsideElements, 0, 'nothing should be injected into the page either');
  assert.deepEqual(page.paths.filter((p) => !SERVED.test(p)), [], 'the text should make the page fetch nothing');
  assert.deepEqual(page.problems(), [], 'no error, dialog or request to another origin');
}

test('should render a pasted <img onerror> and <script> inside a question as text, running nothing', async () => {
  const question = '<img src=x onerror="alert(1)"> <script>alert(2)</script> <b onmouseover=alert(3)>bold</b> <a href="javascript:alert(4)">link</a>';
  await withPasted(`Q: ${question} Any comment?\n\nA: <iframe src="javascript:alert(5)"></iframe> No comment.\n`, async (page) => {
    const seen = await inspect(page);
    assert.deepEqual(seen.questions, [`${question} Any comment?`], 'the question should read exactly as pasted');
    const answer = await page.locator('transcript-cards article .answer p.tx').textContent();
    assert.equal(answer, '<iframe src="javascript:alert(5)"></iframe> No comment.');
    assert.ok(await page.locator('transcript-cards article .question').getByText('<script>alert(2)</script>', { exact: false }).isVisible(), 'the markup should be visible as text');
    await page.locator('transcript-cards article .question p.tx').hover();
    await page.waitForTimeout(100);
    assertInert(page, await inspect(page));
  });
});

test("should render each of DOMPurify's 223 payloads as plain text", async () => {
  const { payloads } = JSON.parse(await readFile(join(SHARED, 'security/dompurify-payloads.json'), 'utf8'));
  const one = (s) => s.replace(/\s+/g, ' ').trim();
  const text = payloads.map((p, i) => `Q: ${one(p)}\n\nA: Payload ${i + 1} was pasted as text.\n\n`).join('');
  await withPasted(text, async (page) => {
    const seen = await inspect(page);
    assert.equal(seen.questions.length, payloads.length, 'every payload should be a card');
    payloads.forEach((p, i) => assert.equal(one(seen.questions[i]), one(p), `payload ${i + 1} should read exactly as pasted`));
    await page.locator('transcript-cards input[type="search"]').fill('onerror');
    await page.waitForTimeout(100);
    assertInert(page, await inspect(page));
  });
});
