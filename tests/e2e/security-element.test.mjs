// The element against its own failure and against its host: a trap in the
// wasm instance (forced through the test-only hook globalThis.__tcForceTrap)
// shows an error card, keeps the input and starts a fresh instance; a name
// carrying U+202E cannot reorder the card (every name and text field is
// bidi-isolated); defining <transcript-cards> twice, or after the host took
// the name, throws nothing; host CSS reaches the cards only through ::part
// and --tc-*. Lone surrogate halves from JS read as U+FFFD, with a parser
// note.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, withPage, paste, POLICIES } from './helpers.mjs';

// Servers: `strict` (STRICT_CSP), `strictPage` (PAGE_STRICT_CSP), `named` (NAMED_CSP), `open` (no policy).
const env = useBrowser(POLICIES);

const TEXT = 'Q: Will the talks go ahead as planned?\n\nA: We will release information in due course.\n';

/** Pastes without waiting for a parse: a trap ends it with no parsed event. */
const pasteInto = (page, text) => paste(page, text, { parsed: false });

async function assertTrapCaught(page, text, what) {
  const error = page.locator('transcript-cards article[data-kind="error"]');
  await error.waitFor();
  assert.equal(await error.getAttribute('role'), 'alert', `${what}: the error card should be announced`);
  assert.match(await error.textContent(), /parser stopped inside WebAssembly \(a trap: .*unreachable/, `${what}: the error card should say what happened`);
  assert.match(await error.textContent(), /text is kept/, `${what}: the error card should say the text is kept`);
  assert.equal(await page.locator('transcript-cards article').count(), 1, `${what}: the error card should be the only card`);
  assert.equal(await page.inputValue('#paste'), text, `${what}: the textarea should still hold the input`);
}

test('should catch a wasm trap on this thread: an error card, the input kept, a fresh instance on the next parse (under CSP and Trusted Types)', async () => {
  const glue = [];
  await withPage(env, {
    on: env.strictPage,
    prepare: (page) => page.on('request', (r) => { if (r.url().includes('/pkg/transcript_cards.js')) glue.push(new URL(r.url()).search); }),
    goto: '/',
    clean: 'no error, violation or foreign request',
  }, async (page) => {
    await page.evaluate(() => { globalThis.__tcForceTrap = true; });
    await pasteInto(page, TEXT);
    await assertTrapCaught(page, TEXT, 'on this thread');
    assert.match(await page.textContent('#source-note'), /Could not parse this text/, 'the page note should say so too');
    await pasteInto(page, TEXT);
    await page.waitForFunction(() => document.querySelector('transcript-cards').transcript?.stats.exchanges === 1);
    assert.deepEqual(await page.$$eval('transcript-cards article', (a) => a.map((x) => x.dataset.kind)), ['exchange'], 'the next parse should show its card, and the error card should go');
    assert.deepEqual(glue, ['', '?instance=1'], 'the next parse should load a fresh instance');
    await pasteInto(page, `${TEXT}\n${TEXT}`);
    await page.waitForFunction(() => document.querySelector('transcript-cards').transcript?.stats.exchanges === 2);
    assert.equal(glue.length, 2, 'the fresh instance should serve the parses after it');
  });
});

test('should catch a wasm trap in the worker: an error card, the input kept, a fresh worker on the next parse', async () => {
  const big = 'Q: A filler question?\n\nA: A filler answer.\n\n'.repeat(8000);
  await withPage(env, { on: env.named, goto: '/', clean: 'no error, violation or foreign request' }, async (page) => {
    const workers = page.workersSeen;
    await page.evaluate(() => { globalThis.__tcForceTrap = true; });
    await pasteInto(page, big);
    await assertTrapCaught(page, big, 'in the worker');
    await pasteInto(page, big);
    await page.waitForFunction(() => document.querySelector('transcript-cards').transcript?.stats.exchanges === 8000);
    assert.equal(workers.length, 2, 'the next parse should start a fresh worker');
    assert.equal(await page.locator('transcript-cards article[data-kind="error"]').count(), 0, 'the error card should go');
  });
});

test('should keep a name with U+202E (RLO) from reordering the card: every name and text field bidi-isolated', async () => {
  await withPage(env, { on: env.open, goto: '/' }, async (page) => {
    const seen = await page.evaluate(async () => {
      const el = document.querySelector('transcript-cards');
      const t = structuredClone(el.transcript);
      const ex = t.items.find((i) => i.kind === 'exchange');
      ex.asker.outlet = '\u202EReuters';
      ex.asker.outlet_canonical = null; // the chip shows the name as written (the tagger would group it as Xinhua)
      ex.asker.name = '\u202EZhang';
      ex.answer.speaker = '\u202EWang Wenbin';
      ex.question.paragraphs = ['\u202Eevil', 'Next paragraph'];
      t.title = '\u202ETitle';
      t.spokespersons = ['\u202EWang'];
      t.items = t.items.filter((i) => i.kind !== 'exchange' || i === ex);
      el.transcript = t;
      await new Promise(requestAnimationFrame);
      const root = el.shadowRoot;
      const card = root.querySelector(`article[data-id="${ex.id}"]`);
      const box = (e) => e.getBoundingClientRect();
      const isolation = (sel) => [...root.querySelectorAll(sel)].map((e) => getComputedStyle(e).unicodeBidi);
      const chip = [...root.querySelectorAll('.chip')].find((c) => c.textContent.includes('Reuters'));
      return {
        isolation: Object.fromEntries(['article .badge', 'article .who', 'article .speaker', 'article p.tx', '.title', '.spokesperson', '.chip .name']
          .map((sel) => [sel, [...new Set(isolation(sel))]])),
        badgeBeforeName: box(card.querySelector('.badge')).right <= box(card.querySelector('.who')).left,
        badgeBeforeNumber: box(card.querySelector('.badge')).right <= box(card.querySelector('.permalink')).left,
        countAfterName: chip && box(chip.querySelector('.name')).right <= box(chip.querySelector('.n')).left,
        questionOrder: box(card.querySelectorAll('.question p.tx')[0]).top < box(card.querySelectorAll('.question p.tx')[1]).top,
      };
    });
    for (const [sel, values] of Object.entries(seen.isolation)) {
      assert.ok(values.length > 0, `${sel} should be on the card`);
      assert.deepEqual(values.filter((v) => v !== 'isolate' && v !== 'plaintext'), [], `${sel} should be bidi-isolated`);
    }
    assert.ok(seen.badgeBeforeName, "the outlet badge should stay left of the asker's name");
    assert.ok(seen.badgeBeforeNumber, 'the outlet badge should stay left of the card number');
    assert.ok(seen.countAfterName, "an outlet chip's count should stay right of its RLO name");
    assert.ok(seen.questionOrder, 'paragraphs should keep their order');
  });
});

test('should read lone surrogate halves from JS as U+FFFD, say so in a parser note, and keep every other character (on this thread and in the worker)', async () => {
  await withPage(env, { on: env.named, goto: '/', clean: 'no error, violation or foreign request' }, async (page) => {
    // Built in the page: a lone half may not survive the trip from Node.
    const seen = await page.evaluate(async () => {
      const hi = String.fromCharCode(0xd83d);
      const lo = String.fromCharCode(0xde00);
      const small = `Reu${hi}ters: Is the emoji 😀 whole, and is ${lo} this one cut?\n\nA: Yes ${hi}\n`;
      const el = document.querySelector('transcript-cards');
      const area = document.getElementById('paste');
      const parseOf = async (text) => {
        const done = new Promise((ok) => el.addEventListener('transcript-cards:parsed', ok, { once: true }));
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
        await done;
        const t = el.transcript;
        const ex = t.items.find((i) => i.kind === 'exchange');
        return {
          statements: t.stats.statements,
          outlet: ex.asker.outlet,
          question: ex.question.paragraphs.join('\n'),
          answer: ex.answer.paragraphs.join('\n'),
          note: t.diagnostics.find((d) => d.kind === 'lone_surrogate'),
          shown: el.shadowRoot.querySelector('.diagnostics')?.textContent ?? '',
        };
      };
      const onThread = await parseOf(small);
      // Past the worker threshold (256 K UTF-16 units): the worker parses it.
      const onWorker = await parseOf(small + '\nA: And more.\n'.repeat(20000));
      return { onThread, onWorker };
    });
    for (const [where, r] of Object.entries(seen)) {
      assert.equal(r.outlet, 'Reu\uFFFDters', `${where}: the broken half in a name should read as U+FFFD`);
      assert.equal(r.question, 'Is the emoji 😀 whole, and is \uFFFD this one cut?', `${where}: a whole pair should stay whole, a lone half read as U+FFFD`);
      assert.match(r.answer, /^Yes \uFFFD/, `${where}: a lone half at a line's end should read as U+FFFD`);
      assert.ok(r.note, `${where}: a lone_surrogate parser note should be there`);
      assert.match(r.note.message, /^the text holds 3 broken characters \(half of a UTF-16 surrogate pair/, `${where}: the note should count the halves`);
      assert.deepEqual(r.note.span, { start: 3, end: 6, line: 1 }, `${where}: the note should point at the first half, in UTF-8 bytes`);
      assert.match(r.shown, /3 broken characters/, `${where}: the page should show the note`);
    }
    assert.equal(seen.onWorker.statements, 20000, 'the large text should be parsed whole: every answer after the first a statement');
  });
});

test('should define <transcript-cards> twice without throwing, and leave a host-defined name alone', async () => {
  await withPage(env, { on: env.open, goto: '/', clean: 'defining twice should throw nothing' }, async (page) => {
    const twice = await page.evaluate(async () => {
      const first = customElements.get('transcript-cards');
      const again = await import('./element/define.js?twice'); // a second copy of the module: runs define() again
      const same = (await import('./element/define.js')).define();
      const other = again.define('tc-other-name');
      const el = document.createElement('tc-other-name');
      el.textContent = 'Q: Any comment?\n\nA: No comment.';
      document.body.append(el);
      await new Promise((ok) => el.addEventListener('transcript-cards:parsed', ok, { once: true }));
      return { kept: customElements.get('transcript-cards') === first && same === first, other: other === customElements.get('tc-other-name'), cards: el.shadowRoot.querySelectorAll('article').length };
    });
    assert.ok(twice.kept, 'defining again should keep the first definition');
    assert.ok(twice.other, 'define(tag) should register under another name');
    assert.equal(twice.cards, 1, 'the element under another name should work');
  });

  await withPage(env, { on: env.open, clean: 'importing define.js after the host took the name should throw nothing' }, async (host) => {
    await host.route(`${host.origin}/host-took-the-name.html`, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title>
        <script type="module">customElements.define('transcript-cards', class HostWidget extends HTMLElement {});</script>
        <script type="module" src="element/define.js"></script>
        <transcript-cards id="theirs">Q: Theirs?\n\nA: Theirs.</transcript-cards>`,
    }));
    await host.goto(`${host.origin}/host-took-the-name.html`);
    const result = await host.evaluate(async () => {
      const { define } = await import('./element/define.js');
      const ours = define('our-cards');
      const el = Object.assign(document.createElement('our-cards'), { textContent: 'Q: Ours?\n\nA: Ours.' });
      document.body.append(el);
      await new Promise((ok) => el.addEventListener('transcript-cards:parsed', ok, { once: true }));
      return { theirs: customElements.get('transcript-cards').name, shadow: !!document.getElementById('theirs').shadowRoot, ours: el.shadowRoot.querySelectorAll('article').length, ok: !!ours };
    });
    assert.equal(result.theirs, 'HostWidget', "the host's own element should keep the name");
    assert.equal(result.shadow, false, "ours should not take over the host's element");
    assert.equal(result.ours, 1, 'ours should work under another name');
  });
});

test('should let host CSS reach the cards only through ::part and --tc-* variables', async () => {
  await withPage(env, { on: env.open, goto: '/' }, async (page) => {
    const look = () => page.evaluate(() => {
      const root = document.querySelector('transcript-cards').shadowRoot;
      const p = root.querySelector('article .question p.tx');
      const card = root.querySelector('article');
      const s = getComputedStyle(p);
      return {
        text: { font: s.fontFamily, size: s.fontSize, color: s.color, visibility: s.visibility, transform: s.textTransform, spacing: s.letterSpacing, words: s.wordSpacing, align: s.textAlign, white: s.whiteSpace, direction: s.direction, line: s.lineHeight, cursor: s.cursor },
        card: { display: getComputedStyle(card).display, visible: card.checkVisibility(), radius: getComputedStyle(card).borderTopLeftRadius, bg: getComputedStyle(card).backgroundColor },
        cards: root.querySelectorAll('article').length,
      };
    });
    // The page's CSP refuses inline <style>; a constructed sheet is the host's own CSS all the same.
    const hostCSS = (css) => page.evaluate((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, css);
    const before = await look();
    await hostCSS(`
      * { font: italic 30px/3 "Comic Sans MS", cursive !important; color: #d0008f !important; visibility: hidden !important; text-transform: uppercase !important; letter-spacing: 9px !important; word-spacing: 20px !important; text-align: right !important; white-space: pre !important; cursor: wait !important; }
      transcript-cards { direction: rtl; visibility: hidden; }
      transcript-cards article, transcript-cards .card, transcript-cards *, article, .card, [part], p { display: none !important; }
      body transcript-cards > * { display: none !important; }
      html { direction: rtl !important; }
    `);
    assert.deepEqual(await look(), before, "host CSS (even !important, on * and on the element) should not restyle or hide the cards");
    await hostCSS('transcript-cards { --tc-fg: rgb(1, 2, 3); } transcript-cards::part(card) { display: none; }');
    const themed = await look();
    assert.equal(themed.text.color, 'rgb(1, 2, 3)', '--tc-fg should colour the text');
    assert.equal(themed.card.visible, false, '::part(card) should be able to hide a card');
  });
});
