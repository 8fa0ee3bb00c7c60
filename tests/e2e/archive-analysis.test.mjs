// The archive as an analyst uses it (www/archive.html): the timeline of the
// cards found, checked bar by bar against counts made here from the CLI's
// parse of the same corpus files; a date range picked on it by dragging and
// by keys; its table alternative; the who-and-what bar lists filtering on a
// click; a comparison of two filter sets, each side's count equal to that
// set searched alone, restored from its URL; screenshots of the timeline
// and the comparison in light and dark (test-results/archive-*.png).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { useBrowser, withPage, RESULTS } from './helpers.mjs';
import { EN, WH, openArchive, importFiles, settle, status, shownCount, searchFor, cliParse, keepSnapshotAs } from './archive-helpers.mjs';

const env = useBrowser();
const txt = (dir, n = Infinity) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, n).map((f) => join(dir, f));
const MFA = txt(EN);
const WHITE_HOUSE = txt(WH, 8);

/** Cards per month holding `word` (lower case, ASCII), counted from the CLI's parse: {'YYYY-MM': n}. */
function expectedPerMonth(files, word) {
  const months = {};
  for (const file of files) {
    const t = cliParse(file);
    for (const item of t.items) {
      if (item.kind === 'statement' && item.minor) continue;
      const text = item.kind === 'exchange' ? [...item.question.paragraphs, ...item.answer.paragraphs].join('\n')
        : item.kind === 'statement' ? item.paragraphs.join('\n') : item.text;
      if (!text.toLowerCase().includes(word)) continue;
      const month = t.date.slice(0, 7);
      months[month] = (months[month] ?? 0) + 1;
    }
  }
  return months;
}

/** The bars as drawn: [{start, end, totals: [n per set], series: {name: n}}]. */
const bars = (page) => page.$$eval('.tl-bucket', (gs) => gs.map((g) => ({
  start: g.dataset.start, end: g.dataset.end, totals: g.dataset.total.split(',').map(Number),
  series: Object.fromEntries([...g.querySelectorAll('.tl-bar')].map((r) => [r.dataset.series, Number(r.dataset.count)])),
})));

/** The table alternative, opened as a reader opens it (it is filled when open). */
async function openTable(page) {
  if (!(await page.$eval('.tl-numbers', (d) => d.open))) await page.click('.tl-numbers summary');
  // Its toggle event (which fills it) comes in a task after the click: two frames later it is in.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForSelector('.tl-table caption');
}

/** The table alternative: [{start, cells: [numbers]}]. */
const tableRows = async (page) => {
  await openTable(page);
  return page.$$eval('.tl-table tbody tr', (trs) => trs.map((tr) => ({ start: tr.dataset.start, cells: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/,/g, ''))) })));
};

test('the timeline counts per month what the corpus holds; a range dragged or keyed becomes From/To; the table holds the same numbers', async () => {
  await withPage(env, {}, async (page) => {
    await openArchive(page);
    const { error } = await importFiles(page, MFA);
    assert.equal(error, '', 'the corpus should import cleanly');
    const expected = expectedPerMonth(MFA, 'taiwan');
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    await searchFor(page, 'taiwan');
    assert.equal(await shownCount(page), total, 'the status should count the cards the corpus holds');
    const drawn = await bars(page);
    await openTable(page);
    assert.match(await page.textContent('.tl-table caption'), /per month/, 'two years of briefings should be counted per month');
    assert.ok(drawn.length >= 12, `every month of the range should have its bar (${drawn.length})`);
    for (const bar of drawn) {
      assert.match(bar.start, /^\d{4}-\d{2}-01$/, 'a month bar should begin on the first');
      assert.equal(bar.totals[0], expected[bar.start.slice(0, 7)] ?? 0, `the bar of ${bar.start} should count the cards of that month`);
    }
    assert.equal(drawn.reduce((n, b) => n + b.totals[0], 0), total, 'the bars should add up to the cards found');
    const sameAsBars = async (what) => assert.deepEqual((await tableRows(page)).map((r) => [r.start, r.cells[0]]), (await bars(page)).map((b) => [b.start, b.totals[0]]), what);
    await sameAsBars('the table should hold the same numbers as the bars');
    // Open, it follows each search; closed, it is filled when it opens again.
    await searchFor(page, 'hong kong');
    await sameAsBars('the open table should follow a new search');
    await page.click('.tl-numbers summary');
    await searchFor(page, 'trade');
    await sameAsBars('the table opened after a search made while it was closed should hold that search\'s numbers');
    await searchFor(page, 'taiwan');

    // Dragging from one bar to another picks that range.
    const withCards = drawn.map((b, k) => (b.totals[0] ? k : -1)).filter((k) => k >= 0);
    const [a, b] = [withCards[1], withCards[withCards.length - 2]];
    const box = async (k) => (await page.locator(`.tl-bucket[data-bucket="${k}"] .tl-hit`).boundingBox());
    const [ba, bb] = [await box(a), await box(b)];
    await settle(page, async () => {
      await page.mouse.move(ba.x + ba.width / 2, ba.y + ba.height / 2);
      await page.mouse.down();
      await page.mouse.move(bb.x + bb.width / 2, bb.y + bb.height / 2, { steps: 5 });
      await page.mouse.up();
    });
    assert.equal(await page.inputValue('#from'), drawn[a].start, 'the drag should set From to the first day of its first bar');
    assert.equal(await page.inputValue('#to'), drawn[b].end, 'and To to the last day of its last bar');
    const inRange = drawn.slice(a, b + 1).reduce((n, bar) => n + bar.totals[0], 0);
    assert.equal(await shownCount(page), inRange, `the cards shown should be those of the range (${await status(page)})`);
    assert.match(page.url(), new RegExp(`from=${drawn[a].start}.*to=${drawn[b].end}|to=${drawn[b].end}.*from=${drawn[a].start}`), 'the range should be in the URL');

    // Keys: the last bar, then two more to its left with Shift, then Enter.
    await settle(page, async () => { await page.click('button[type="reset"]'); });
    await searchFor(page, 'taiwan');
    const again = await bars(page);
    await page.focus('.tl-svg');
    await page.keyboard.press('End');
    assert.match(await page.textContent('.timeline [aria-live]'), new RegExp(`: ${again.at(-1).totals[0]} cards?`), 'focusing a bar should say its count');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await settle(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.inputValue('#from'), again.at(-3).start, 'Shift+arrows then Enter should set From');
    assert.equal(await page.inputValue('#to'), again.at(-1).end, 'and To');
  });
});

test('typed faster than the charts are drawn, the cards come first and the menus, the timeline and who-and-what follow the last search', async () => {
  await withPage(env, {}, async (page) => {
    await openArchive(page);
    await importFiles(page, MFA);
    const expected = expectedPerMonth(MFA, 'taiwan');
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    // Each key comes as soon as the cards of the one before are drawn: before its charts are.
    const events = await page.evaluate(() => new Promise((done) => {
      const search = document.getElementById('search');
      const word = 'taiwan';
      const seen = { results: 0, shown: 0 };
      let k = 0;
      const type = () => {
        search.value = word.slice(0, ++k);
        search.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      };
      document.addEventListener('archive:results', () => { seen.results++; if (k < word.length) type(); });
      document.addEventListener('archive:shown', () => {
        seen.shown++;
        if (k === word.length) setTimeout(() => done(seen), 300);
      });
      type();
    }));
    assert.equal(events.results, 6, 'the cards of every key should be drawn');
    assert.equal(events.shown, 1, `the charts should be drawn once, for the last key only (${JSON.stringify(events)})`);
    assert.match(await status(page), /match “taiwan”/, 'the status should be the last key\'s');
    assert.equal(await shownCount(page), total, 'and count the cards the corpus holds');
    const drawn = await bars(page);
    for (const bar of drawn) assert.equal(bar.totals[0], expected[bar.start.slice(0, 7)] ?? 0, `the bar of ${bar.start} should count the last search's cards of that month`);
    assert.equal(drawn.reduce((n, b) => n + b.totals[0], 0), total, 'the bars should add up to the last search\'s cards');
    const menu = await page.$$eval('#institution option', (os) => os.map((o) => o.textContent));
    assert.ok(menu.some((o) => o.endsWith(`(${total})`)), `the institution menu should count the last search's cards (${menu})`);
    const outlets = await page.$$eval('#who-what [data-facet="outlet"] li', (ls) => ls.map((l) => Number(l.dataset.count)));
    assert.ok(outlets.length > 0 && outlets.every((n) => n <= total), `who and what should count within the last search's cards (${outlets})`);
  });
});

/** Cards holding `word` (lower case, ASCII) in their questions, and in their answers (statements are all answer), from the CLI's parse. */
function expectedByScope(files, word) {
  const has = (paragraphs) => paragraphs.join('\n').toLowerCase().includes(word);
  let question = 0;
  let answer = 0;
  for (const file of files) {
    for (const item of cliParse(file).items) {
      if (item.kind === 'exchange') {
        if (has(item.question.paragraphs)) question++;
        if (has(item.answer.paragraphs)) answer++;
      } else if (item.kind === 'statement' && !item.minor && has(item.paragraphs)) answer++;
    }
  }
  return { question, answer };
}

/** Where the marked matches of the results are: how many in questions, and how many elsewhere. */
const marksIn = (page) => page.evaluate(() => {
  const out = { question: 0, elsewhere: 0 };
  for (const range of CSS.highlights.get('transcript-cards-match') ?? []) {
    if (range.startContainer.parentElement.closest('.question')) out.question++;
    else out.elsewhere++;
  }
  return out;
});

test('a search in the questions only, or the answers only, counts what the corpus holds there, marks only there, and is kept in the URL', async () => {
  await withPage(env, {}, async (page) => {
    await openArchive(page);
    await importFiles(page, MFA);
    const expected = expectedByScope(MFA, 'taiwan');
    assert.ok(expected.question > 0 && expected.answer > 0, 'the corpus should ask and answer about Taiwan');
    await searchFor(page, 'taiwan');
    await page.waitForFunction(() => /(^#|&)q=taiwan(&|$)/.test(location.hash), null, { timeout: 5000 }); // once the typing pauses
    await settle(page, () => page.selectOption('#scope', 'question'));
    assert.equal(await shownCount(page), expected.question, 'questions only should count the questions that hold the word');
    assert.match(await status(page), /match “taiwan” in the questions/, 'the status should say where it searched');
    await page.waitForFunction(() => CSS.highlights.get('transcript-cards-match')?.size > 0);
    const marks = await marksIn(page);
    assert.ok(marks.question > 0 && marks.elsewhere === 0, `matches should be marked in the questions only (${JSON.stringify(marks)})`);
    await settle(page, () => page.selectOption('#scope', 'answer'));
    assert.equal(await shownCount(page), expected.answer, 'answers only should count the answers and statements that hold the word');
    const hash = await page.evaluate(() => location.hash);
    assert.match(hash, /scope=answer/, 'the scope should be in the URL');
    await openArchive(page, hash);
    assert.equal(await page.inputValue('#scope'), 'answer', 'a reload of the URL should pick the scope again');
    assert.equal(await shownCount(page), expected.answer, 'and count the same cards');
  });
});

/** Cards of each kind, from the CLI's parse: {exchange, statement, unparsed} (a minor statement is no card). */
function expectedKinds(files) {
  const out = { exchange: 0, statement: 0, unparsed: 0 };
  for (const file of files) for (const item of cliParse(file).items) if (!(item.kind === 'statement' && item.minor)) out[item.kind]++;
  return out;
}

const kindMenu = (page) => page.$$eval('#kind option', (os) => os.map((o) => ({ value: o.value, text: o.textContent })));

test('the kind menu keeps questions and answers, statements or text not understood, each counted as the corpus holds; an older snapshot is rebuilt for it', async () => {
  await withPage(env, {}, async (page) => {
    await openArchive(page);
    await importFiles(page, MFA);
    const expected = expectedKinds(MFA);
    assert.ok(expected.exchange > 0 && expected.statement > 0, 'the corpus should hold exchanges and statements');
    const menu = await kindMenu(page);
    for (const [kind, label] of [['exchange', 'Questions and answers'], ['statement', 'Statements']]) {
      assert.ok(menu.some((o) => o.value === kind && o.text === `${label} (${expected[kind].toLocaleString('en-US')})`), `the menu should count ${kind} cards (${JSON.stringify(menu)})`);
      await settle(page, () => page.selectOption('#kind', kind));
      assert.equal(await shownCount(page), expected[kind], `picking ${kind} should show those cards`);
    }
    await settle(page, () => page.selectOption('#kind', ''));
    assert.equal(await shownCount(page), expected.exchange + expected.statement + expected.unparsed, 'any kind should show every card');
    await keepSnapshotAs(page, 'head v4');
    await openArchive(page);
    await page.waitForFunction(() => document.documentElement.dataset.searchable === 'true');
    assert.deepEqual(await kindMenu(page), menu, 'an older snapshot should be rebuilt, with the kinds');
  });
});

test('split by institution, the bars stack each institution; who-and-what lists filter on a click; screenshots', async () => {
  for (const colorScheme of ['light', 'dark']) {
    await withPage(env, { colorScheme }, async (page) => {
      await openArchive(page);
      await importFiles(page, [...MFA, ...WHITE_HOUSE]);
      await settle(page, () => page.selectOption('#split', 'institution'));
      const drawn = await bars(page);
      const names = new Set(drawn.flatMap((b) => Object.keys(b.series)));
      assert.ok(names.has('The White House') && [...names].some((n) => /China/.test(n)), `both institutions should be stacked (${[...names]})`);
      for (const bar of drawn) assert.equal(Object.values(bar.series).reduce((a, b) => a + b, 0), bar.totals[0], `the stack of ${bar.start} should add up to its total`);
      await openTable(page);
      const headers = await page.$$eval('.tl-table thead th', (ths) => ths.map((th) => th.textContent));
      assert.ok(headers.includes('The White House') && headers.includes('Total'), `the table should have a column per institution and a total (${headers})`);
      await page.click('.tl-numbers summary'); // closed again: the screenshots below show the chart

      // A bar list's button filters; pressed again, lets go.
      const first = page.locator('#who-what [data-facet="outlet"] button').first();
      const [value, n] = await first.evaluate((b) => [b.parentElement.dataset.value, Number(b.parentElement.dataset.count)]);
      await settle(page, () => first.click());
      assert.equal(await page.inputValue('#outlet'), value, 'the click should pick the outlet in its menu');
      assert.equal(await shownCount(page), n, 'and show the cards it counted');
      assert.equal(await page.locator('#who-what [data-facet="outlet"] button[aria-pressed="true"]').count(), 1, 'its button should show pressed');
      await settle(page, () => page.locator('#who-what [data-facet="outlet"] button[aria-pressed="true"]').click());
      assert.equal(await page.inputValue('#outlet'), '', 'pressed again, it should let go');
      const shares = await page.$$eval('#who-what [data-facet="speaker"] .ww-count', (cs) => cs.map((c) => c.textContent));
      assert.ok(shares.length >= 2 && shares.every((s) => /^\d+%$/.test(s)), `spokespersons should show their share (${shares})`);

      await searchFor(page, 'china');
      await page.locator('.timeline').screenshot({ path: join(RESULTS, `archive-timeline-${colorScheme}.png`) });
      await page.screenshot({ path: join(RESULTS, `archive-results-${colorScheme}.png`) });
    });
  }
});

test('compare: each side counts what its filter set finds alone; the pinned set is in the URL and a reload restores both', async () => {
  await withPage(env, { colorScheme: 'dark' }, async (page) => {
    await openArchive(page);
    await importFiles(page, [...MFA, ...WHITE_HOUSE]);
    const A = async () => { await settle(page, () => page.selectOption('#institution', 'Ministry of Foreign Affairs of China')); await searchFor(page, 'taiwan'); };
    const B = async () => { if (await page.inputValue('#institution')) await settle(page, () => page.selectOption('#institution', '')); await searchFor(page, 'china'); await settle(page, () => page.fill('#from', '2020-01-01')); };
    await A();
    const alone = { pin: await shownCount(page) };
    await settle(page, () => page.click('button[type="reset"]'));
    await B();
    alone.cur = await shownCount(page);
    await settle(page, () => page.click('button[type="reset"]'));
    assert.ok(alone.pin > 0 && alone.cur > 0 && alone.pin !== alone.cur, `the two sets should find different, non-zero counts (${JSON.stringify(alone)})`);

    await A();
    await settle(page, () => page.click('#pin'));
    await B();
    const sides = async () => Object.fromEntries(await Promise.all(['pin', 'cur'].map(async (side) => [side, {
      count: Number((await page.textContent(`.side-count[data-side="${side}"]`)).match(/^([\d,]+)/)[1].replace(/,/g, '')),
      feed: Number(await page.locator(`.side[data-side="${side}"] .side-results`).evaluate((host) => host.shadowRoot.querySelector('[role="feed"]').getAttribute('aria-setsize'))),
    }])));
    const shown = await sides();
    assert.deepEqual({ pin: shown.pin.count, cur: shown.cur.count }, alone, 'each side should count what its set finds alone');
    assert.deepEqual({ pin: shown.pin.feed, cur: shown.cur.feed }, alone, 'each side\'s column should list those cards');
    const drawn = await bars(page);
    assert.ok(drawn.every((b) => b.totals.length === 2), 'the timeline should draw both sets on one axis');
    const dated = (side) => drawn.reduce((n, b) => n + b.totals[side === 'pin' ? 0 : 1], 0);
    assert.deepEqual({ pin: dated('pin'), cur: dated('cur') }, alone, 'each set\'s bars should add up to its count');
    assert.match(page.url(), /#.*pin=/, 'the pinned set should be in the URL');
    await page.locator('.timeline').screenshot({ path: join(RESULTS, 'archive-compare-timeline-dark.png') });
    await page.screenshot({ path: join(RESULTS, 'archive-compare-dark.png'), fullPage: false });

    await openArchive(page, new URL(page.url()).hash);
    await page.waitForSelector('#compare:not([hidden])');
    const restored = await sides();
    assert.deepEqual({ pin: restored.pin.count, cur: restored.cur.count }, alone, 'a reload of the URL should restore both sides');
    assert.equal(await page.inputValue('#search'), 'china', 'and the current filters');
    await page.evaluate(() => { document.getElementById('theme').value = 'light'; document.getElementById('theme').dispatchEvent(new Event('change')); });
    await page.screenshot({ path: join(RESULTS, 'archive-compare-light.png') });
    await settle(page, () => page.click('#unpin'));
    assert.ok(await page.locator('#compare').isHidden(), 'stopping should leave one set');
    assert.doesNotMatch(page.url(), /pin=/, 'and take the pin out of the URL');
    await settle(page, () => page.click('#pin'));
    const repinned = await sides();
    assert.deepEqual({ pin: repinned.pin.count, cur: repinned.cur.count }, { pin: alone.cur, cur: alone.cur }, 'pinning another set should count that set, not the one pinned before');
  });
});
