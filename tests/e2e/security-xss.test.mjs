// Every XSS vector we know of, rendered as transcript text in every field the
// page shows: DOMPurify's 223 test payloads (../shared/security) and the
// OWASP XSS Filter Evasion Cheat Sheet's vectors (tests/data). Pasted, they
// are questions and answers; set through the element's `transcript`
// property, they are also outlet badges, asker and speaker names, the title,
// the spokesperson, chips, the speaker menu and unparsed text. Whatever the
// field: no element or attribute appears that the page did not create (a
// MutationObserver watches the document and the shadow root), no handler
// ever fires (a global trap, alert & co., dialogs), nothing is fetched, and
// each card's text equals the input.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useBrowser, withPage, paste, SHARED, ROOT, SERVED, OUR_TAGS as TAGS, OUR_ATTRIBUTES } from './helpers.mjs';

const env = useBrowser();
let vectors;
before(async () => {
  const dompurify = JSON.parse(await readFile(join(SHARED, 'security/dompurify-payloads.json'), 'utf8')).payloads;
  const owasp = JSON.parse(await readFile(join(ROOT, 'tests/data/owasp-xss-vectors.json'), 'utf8'));
  assert.match(owasp.source, /OWASP/, 'the OWASP data should name its source');
  assert.equal(owasp.vectors.length, owasp.count, 'the OWASP data should hold as many vectors as it says');
  vectors = [...dompurify, ...owasp.vectors];
});

// What the page itself builds (in the document too: the textarea); anything else came from the text.
const OUR_TAGS = [...TAGS, 'textarea'];

/** One line: the parser joins a paragraph's lines with a space. */
const one = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * Traps set from the first script on: window.__xss (set by vectors),
 * alert/confirm/prompt/print/open/eval recorded, and a MutationObserver over
 * the document and, once it exists (window.__watch), the shadow root,
 * recording every element or attribute that is not the page's.
 */
function setTraps(page) {
  return page.addInitScript(([tags, attributes]) => {
    const ours = new Set(tags);
    const attr = new RegExp(attributes);
    const api = /^(search|outlet|kind|speaker|theme|src|place|topic|scope)$/; // the element's own attributes
    window.__xss = 0;
    window.__ran = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
      window[name] = (...a) => { window.__xss += 1; window.__ran.push([name, ...a.map(String)]); };
    }
    window.__foreign = [];
    const check = (el) => {
      if (!(el instanceof Element)) return;
      for (const e of [el, ...el.querySelectorAll('*')]) {
        if (!ours.has(e.localName) && !e.closest?.('head')) window.__foreign.push(`<${e.localName}>`);
        for (const a of e.getAttributeNames()) if (!attr.test(a)) window.__foreign.push(`<${e.localName} ${a}>`);
      }
    };
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type !== 'attributes') r.addedNodes.forEach(check);
        else if (!attr.test(r.attributeName) && !(r.target.localName === 'transcript-cards' && api.test(r.attributeName))) {
          window.__foreign.push(`<${r.target.localName} ${r.attributeName}>`);
        }
      }
    });
    const watch = (node) => observer.observe(node, { childList: true, subtree: true, attributes: true });
    window.__watch = watch;
    document.addEventListener('DOMContentLoaded', () => watch(document.body));
  }, [OUR_TAGS, OUR_ATTRIBUTES]);
}

/** Opens the page with the traps set and the shadow root watched, runs `body` (which checks the page: assertInert), closes it. */
const withTraps = (body) => withPage(env, { prepare: setTraps, goto: '/', clean: false }, async (page) => {
  await page.evaluate(() => {
    const root = document.querySelector('transcript-cards').shadowRoot;
    window.__watch(root);
    // A snapshot of the page's own links, before any vector is pasted.
    window.__linksBefore = [...document.querySelectorAll('[href], [src]'), ...root.querySelectorAll('[href], [src]')]
      .map((e) => e.getAttribute('href') ?? e.getAttribute('src'));
  });
  await body(page);
});

/** Everything that must be empty after rendering: traps, foreign nodes, fetches, links. */
async function assertInert(page, what) {
  await page.waitForTimeout(400); // let any injected onerror/onload/timer fire
  const seen = await page.evaluate(() => {
    const root = document.querySelector('transcript-cards').shadowRoot;
    const all = [...document.querySelectorAll('*'), ...root.querySelectorAll('*')];
    return {
      xss: window.__xss,
      ran: window.__ran,
      foreign: [...new Set(window.__foreign)],
      links: all.filter((e) => e.hasAttribute('href') || e.hasAttribute('src'))
        .map((e) => e.getAttribute('href') ?? e.getAttribute('src'))
        .filter((h) => !/^#card=[\w-]+$/.test(h) && !window.__linksBefore.includes(h)),
    };
  });
  assert.equal(seen.xss, 0, `${what}: no handler or script should run (window.__xss): ${JSON.stringify(seen.ran)}`);
  assert.deepEqual(seen.foreign, [], `${what}: the text should create no element or attribute`);
  assert.deepEqual(seen.links, [], `${what}: every href/src should be one the page made`);
  assert.deepEqual(page.paths.filter((p) => !SERVED.test(p)), [], `${what}: the text should make the page fetch nothing`);
  assert.deepEqual(page.problems(), [], `${what}: no error, dialog, policy violation or request to another origin`);
}

test('should render every DOMPurify and OWASP vector pasted as a question and an answer as plain text', async () => {
  assert.ok(vectors.length >= 400, `at least 400 vectors (223 DOMPurify + OWASP), got ${vectors.length}`);
  await withTraps(async (page) => {
    await paste(page, vectors.map((v) => `Q: ${one(v)}\n\nA: ${one(v)}\n\n`).join(''), { print: true });
    const shown = await page.$$eval('transcript-cards article', (cards) => cards.map((a) => ({
      question: [...a.querySelectorAll('.question p.tx')].map((p) => p.textContent).join(' '),
      answer: [...a.querySelectorAll('.answer p.tx')].map((p) => p.textContent).join(' '),
    })));
    assert.equal(shown.length, vectors.length, 'every vector should be one card');
    vectors.forEach((v, i) => {
      assert.equal(one(shown[i].question), one(v), `vector ${i + 1} should read exactly as pasted in the question`);
      assert.equal(one(shown[i].answer), one(v), `vector ${i + 1} should read exactly as pasted in the answer`);
    });
    await page.locator('transcript-cards input[type="search"]').fill('onerror');
    await page.locator('transcript-cards article .question p.tx').first().hover();
    await assertInert(page, 'pasted');
    console.log(`# ${vectors.length} XSS vectors rendered inert as questions and answers`);
  });
});

test('should render every vector as outlet, asker, speaker, title, spokesperson and unparsed text, exactly', async () => {
  await withTraps(async (page) => {
    await paste(page, vectors.map((_, i) => `Q: Question ${i + 1}?\n\nA: Answer ${i + 1}.\n\n`).join(''), { print: true });
    const result = await page.evaluate(async (vs) => {
      const el = document.querySelector('transcript-cards');
      const t = structuredClone(el.transcript);
      t.title = vs.join(' ');
      t.institution = vs[1];
      t.spokespersons = vs.slice(0, 3);
      const exchanges = t.items.filter((item) => item.kind === 'exchange');
      exchanges.forEach((ex, i) => {
        Object.assign(ex.asker, { outlet: vs[i], label: vs[i], name: vs[(i + 1) % vs.length] });
        Object.assign(ex.answer, { speaker: vs[(i + 2) % vs.length], label: vs[(i + 2) % vs.length] });
        ex.question.paragraphs = [vs[i]];
        ex.answer.paragraphs = [vs[(i + 3) % vs.length]];
      });
      const template = exchanges[0];
      vs.forEach((v, i) => {
        t.items.push({ kind: 'statement', id: `s-x${i}`, label: v, speaker: v, speaker_canonical: null, paragraphs: [v], paragraph_spans: [template.span], span: template.span, tags: { places: [], topics: [] } });
        t.items.push({ kind: 'unparsed', id: `u-x${i}`, reason: v, text: v, span: template.span });
      });
      t.diagnostics = vs.slice(0, 5).map((message) => ({ kind: 'empty_question', message, span: template.span }));
      el.transcript = t;
      window.dispatchEvent(new Event('beforeprint'));
      const root = el.shadowRoot;
      const text = (sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent);
      return {
        cards: [...root.querySelectorAll('article')].map((a) => ({
          kind: a.dataset.kind,
          badge: a.querySelector('.badge')?.textContent,
          who: a.querySelector('.who')?.textContent ?? null,
          speaker: a.querySelector('.speaker')?.textContent ?? null,
          body: [...a.querySelectorAll('p.tx, pre.tx')].map((p) => p.textContent).join('\n'),
        })),
        title: text('.title')[0],
        spokesperson: text('.spokesperson')[0],
        chips: text('.chip .name'),
        notes: text('.diagnostics li').map((s) => s.replace(/^line \d+ /, '')),
      };
    }, vectors);
    const n = vectors.length;
    const exchanges = result.cards.filter((c) => c.kind === 'exchange');
    assert.equal(exchanges.length, n, 'every exchange should be a card');
    exchanges.forEach((c, i) => {
      assert.equal(c.badge, vectors[i], `vector ${i + 1} should read exactly as given in the outlet badge`);
      assert.equal(c.who, vectors[(i + 1) % n], `vector ${(i + 1) % n + 1} should read exactly as given as the asker's name`);
      assert.equal(c.speaker, vectors[(i + 2) % n], `vector ${(i + 2) % n + 1} should read exactly as given as the answering speaker`);
      assert.equal(c.body, `${vectors[i]}\n${vectors[(i + 3) % n]}`, `vectors ${i + 1} and ${(i + 3) % n + 1} should read exactly as given in the question and answer`);
    });
    const statements = result.cards.filter((c) => c.kind === 'statement');
    const unparsed = result.cards.filter((c) => c.kind === 'unparsed');
    assert.deepEqual(statements.map((c) => c.who), vectors, 'every vector should read exactly as given as a statement speaker');
    assert.deepEqual(statements.map((c) => c.body), vectors, 'every vector should read exactly as given as a statement');
    assert.deepEqual(unparsed.map((c) => c.body), vectors, 'every vector should read exactly as given as unparsed text');
    assert.equal(result.title, vectors.join(' '), 'the title should read exactly as given');
    assert.equal(result.spokesperson, vectors.slice(0, 3).join(', '), 'the spokespersons should read exactly as given');
    assert.deepEqual([...result.chips].sort(), [...new Set(vectors)].sort(), 'every vector should be an outlet chip, as given');
    assert.deepEqual(result.notes, vectors.slice(0, 5), 'parser notes should read exactly as given');
    await page.locator('transcript-cards .chip').first().click();
    await page.locator('transcript-cards article .badge').first().hover();
    await assertInert(page, 'names and labels');
  });
});
