// A White House briefing on the page, as a reader sees it: its room and
// institution named, the guest and the press secretary answering one
// question in turn (each named where their turn starts), the reporters the
// host called on ("called on: Chris"), floor management folded between the
// cards rather than carded, the kind facet's "Floor" chip, and the room
// chosen by the reader re-reading the text. A screenshot for a person to
// look at.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, withPage, loadTranscript, ROOT, RESULTS } from './helpers.mjs';

const FIXTURE = join(ROOT, 'tests/fixtures/us-wh-guest-and-press-secretary-answer-in-turn.txt');

const env = useBrowser();

/** What the element's shadow root shows: its cards, folds and answer turns. */
const view = (page) =>
  page.locator('transcript-cards').evaluate((el) => {
    const root = el.shadowRoot;
    const list = root.querySelector('[role="feed"]');
    return {
      order: [...list.children].map((c) => c.dataset.kind),
      cards: [...root.querySelectorAll('article')].map((a) => ({
        id: a.dataset.id,
        kind: a.dataset.kind,
        turnSpeakers: [...a.querySelectorAll('.turn-speaker')].map((s) => s.textContent),
        calledOn: a.querySelector('.called-on')?.textContent ?? null,
      })),
      folds: [...root.querySelectorAll('details[data-kind="minor"]')].map((d) => ({ text: d.querySelector('summary').textContent, open: d.open })),
      summary: root.querySelector('.summary').innerText,
      room: root.querySelector('[part="room-select"]').value,
      roomNote: root.querySelector('[part="room-note"]').textContent,
      kinds: [...root.querySelectorAll('.facet-kind button')].map((b) => b.textContent),
    };
  });

test('should show a White House briefing: turns, calls on reporters, folded floor remarks, its institution', () =>
  withPage(env, { goto: '/' }, async (page) => {
    await loadTranscript(page, FIXTURE);
    const t = await page.locator('transcript-cards').evaluate((el) => el.transcript);
    assert.equal(t.source.room, 'us-wh', 'the briefing should be read as the White House');
    const v = await view(page);
    assert.match(v.summary, /The White House/, 'the header panel should name the institution');
    assert.match(v.summary, /Karine Jean-Pierre, Keisha Lance Bottoms/, 'and the officials who speak, in full');
    assert.match(v.roomNote, /detected: us-wh/, 'the room chooser should say the room was detected');
    assert.equal(v.room, '', 'and leave the choice to the parser');
    // Cards are exchanges and statements only; floor management is folded between them.
    const exchanges = t.items.filter((i) => i.kind === 'exchange');
    const minor = t.items.filter((i) => i.kind === 'statement' && i.minor);
    assert.ok(minor.length >= 2, 'the briefing should have floor remarks');
    assert.equal(v.cards.filter((c) => c.kind === 'exchange').length, exchanges.length, 'every exchange should be a card');
    assert.equal(v.folds.length, minor.length, 'every floor remark should be a fold, not a card');
    assert.ok(v.folds.every((f) => !f.open), 'the folds should start closed');
    assert.ok(v.folds.some((f) => /Go ahead, Ebony/.test(f.text)), 'a fold should say what the host said');
    assert.ok(v.order.indexOf('minor') > 0 && v.order.indexOf('minor') < v.order.length - 1, 'the folds should stand between the cards');
    assert.equal(v.summary.match(/(\d+)\s+floor remarks?/)?.[1], String(minor.length), 'the header panel should count the floor remarks apart');
    // One question answered by the guest and the press secretary in turn.
    const inTurns = v.cards.find((c) => c.turnSpeakers.length > 1);
    assert.ok(inTurns, 'an answer given in turns should name each speaker where their turn starts');
    assert.deepEqual([...new Set(inTurns.turnSpeakers)].sort(), ['Karine Jean-Pierre', 'Keisha Lance Bottoms']);
    // The reporters called on by name.
    const called = v.cards.map((c) => c.calledOn).filter(Boolean);
    assert.ok(called.includes('called on: Chris') && called.includes('called on: Ebony'), `the cards should say whom the host called on: ${called}`);
    assert.ok(v.kinds.some((k) => /Floor/.test(k)), 'the kind facet should offer the floor remarks');
    await page.screenshot({ path: join(RESULTS, 'rooms-white-house.png'), fullPage: true });

    // The Floor chip shows only the floor remarks.
    await page.locator('transcript-cards .facet-kind button', { hasText: 'Floor' }).click();
    const floor = await view(page);
    assert.deepEqual(floor.order, minor.map(() => 'minor'), 'the Floor chip should keep the floor remarks only');
    await page.locator('transcript-cards .facet-kind button', { hasText: 'Floor' }).click();

    // The reader chooses the room: the text is read again as that room's.
    await page.evaluate(() => {
      const el = document.querySelector('transcript-cards');
      window.__reparsed = new Promise((ok) => el.addEventListener('transcript-cards:parsed', () => ok(el.transcript), { once: true }));
    });
    await page.locator('transcript-cards [part="room-select"]').selectOption('dialogue');
    const again = await page.evaluate(() => window.__reparsed);
    assert.equal(again.source.room, 'dialogue');
    assert.equal(again.source.detected, false, 'a chosen room is not a detected one');
    assert.equal(await page.locator('transcript-cards').getAttribute('room'), 'dialogue', 'the choice should be the room attribute');
    assert.match((await view(page)).roomNote, /chosen/, 'the chooser should say the room was chosen');
  }));
