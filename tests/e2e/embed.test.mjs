// <transcript-cards> inside a host page with hostile CSS (www/embed.html):
// it renders correctly, its styles stay inside, and its API (attributes
// mirrored as properties, namespaced events, src and text content) works.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, withPage, RESULTS } from './helpers.mjs';

const env = useBrowser();

/** Opens embed.html with both elements' cards shown, runs `body`, then checks nothing went wrong. */
const onEmbed = (body) => withPage(env, {
  goto: '/embed.html',
  waitFor: ['#from-src', '#from-text'],
  clean: 'the embed page should log no error and request nothing from another origin',
}, body);

test('should render inside a hostile host page', () =>
  onEmbed(async (page) => {
    const card = page.locator('#from-src article[data-id="e3"]');
    assert.ok(await card.isVisible(), 'a card should be visible despite article {display:none}');
    const box = await card.boundingBox();
    assert.ok(box.width > 300 && box.height > 100, `the card should have a real size, got ${JSON.stringify(box)}`);
    const style = await card.locator('.question p').first().evaluate((p) => {
      const s = getComputedStyle(p);
      return { font: s.fontFamily, size: s.fontSize, transform: s.textTransform, spacing: s.letterSpacing, color: s.color, align: s.textAlign, whiteSpace: s.whiteSpace };
    });
    assert.doesNotMatch(style.font, /comic/i, 'the host font should not reach the cards');
    assert.equal(style.size, '16px');
    assert.equal(style.transform, 'none');
    assert.equal(style.spacing, 'normal');
    assert.notEqual(style.color, 'rgb(208, 0, 143)', 'the host colour should not reach the cards');
    assert.equal(style.align, 'start');
    assert.equal(style.whiteSpace, 'normal');
    assert.deepEqual(await page.$$eval('#from-src article', (a) => a.map((x) => x.dataset.id)), ['e3'], 'the outlet attribute should filter to NHK');
    await page.screenshot({ path: join(RESULTS, 'embed.png'), fullPage: true });
  }));

test('should keep its styles inside its shadow root', () =>
  onEmbed(async (page) => {
    const host = await page.locator('.host-card').evaluate((d) => {
      const s = getComputedStyle(d);
      return { radius: s.borderTopLeftRadius, bg: s.backgroundColor, font: s.fontFamily };
    });
    assert.equal(host.radius, '0px', "the widget's .card rule should not style the host's .card");
    assert.match(host.font, /comic/i, "the host's own rules should still apply to the host");
    assert.equal(await page.locator('.host-article').isVisible(), false, "the host's article rule still hides the host's article");
    const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href?.split('/').pop()));
    assert.deepEqual(sheets, ['embed-hostile.css'], 'the document should gain no stylesheet from the widget');
  }));

test('should take theming through --tc-* variables and ::part', () =>
  onEmbed(async (page) => {
    const border = await page.locator('#from-text article .question').first().evaluate((q) => getComputedStyle(q).borderLeftColor);
    assert.equal(border, 'rgb(255, 122, 0)', '--tc-accent should colour the question rule');
    const bg = await page.locator('#from-text article').first().evaluate((a) => getComputedStyle(a).backgroundColor);
    assert.equal(bg, 'rgb(29, 33, 40)', 'theme="dark" should make the cards dark');
  }));

test('should read a transcript from its text content', () =>
  onEmbed(async (page) => {
    const ids = await page.$$eval('#from-text article', (a) => a.map((x) => `${x.dataset.kind} ${x.querySelector('.badge').textContent}`));
    assert.equal(ids[0], 'exchange Question', 'a bare Q: should read as a question from no named outlet');
    assert.ok(ids.some((x) => x === 'exchange Reuters'), 'the Reuters question should be a card');
  }));

test('should mirror attributes as properties and announce changes with events', () =>
  onEmbed(async (page) => {
    const result = await page.evaluate(async () => {
      const el = document.getElementById('from-src');
      const events = [];
      el.addEventListener('transcript-cards:filter', (e) => events.push(e.detail));
      el.search = 'TikTok';
      const reflected = el.getAttribute('search');
      el.setAttribute('outlet', 'Agence France-Presse');
      const mirrored = el.outlet;
      el.theme = 'dark';
      await new Promise((ok) => setTimeout(ok, 0));
      const announced = events.splice(0);
      el.outlet = '';
      el.search = '';
      el.transcript = null;
      const parsed = new Promise((ok) => el.addEventListener('transcript-cards:parsed', (e) => ok(e.detail.stats.exchanges), { once: true }));
      el.src = 'samples/2020-09-14-wang-wenbin-mt.txt?again';
      return { reflected, mirrored, theme: el.getAttribute('theme'), events: announced, parsedExchanges: await parsed };
    });
    assert.equal(result.reflected, 'TikTok', 'the search property should reflect to the attribute');
    assert.equal(result.mirrored, 'Agence France-Presse', 'the outlet attribute should show in the property');
    assert.equal(result.theme, 'dark');
    assert.equal(result.events.length, 1, 'changes in one task should be applied (and announced) once');
    assert.deepEqual({ ...result.events[0] }, { search: 'TikTok', outlet: 'Agence France-Presse', kind: '', speaker: '', shown: 1, total: 12 });
    assert.equal(result.parsedExchanges, 12, 'a new src should load and announce the parse');
  }));
