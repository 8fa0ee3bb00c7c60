// The archive's data in and out (www/archive.html): a CSV of exchanges made
// here (a quoted field with commas, line breaks and markup) mapped in the
// dialog, its rows becoming cards and nothing in them running, its bad rows
// reported by line while the others are kept; the CLI's JSON Lines; the
// results exported as CSV with a citation per card; and the faults a
// reader meets: two tabs importing at once, an export cut short or edited
// by hand (refused, saying what is wrong, nothing kept lost).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { useBrowser, withPage, RESULTS } from './helpers.mjs';
import { EN, ZH, openArchive, importFiles, imported, waitImported, settle, status, shownCount, keptTitles, searchFor, cliParse, cliJsonl } from './archive-helpers.mjs';
import { readCSV } from '../../www/archive/csv.js';

const env = useBrowser();
const FILES = [join(EN, '2019-03-22-1647752.txt'), join(EN, '2019-06-13-1672069.txt'), join(ZH, '2017-02-09-1437184.txt')];
const cardsOf = (files) => files.reduce((n, f) => n + cliParse(f).items.filter((i) => !(i.kind === 'statement' && i.minor)).length, 0);

const CSV = [
  'date,spokesperson,question,answer,outlet',
  '2021-03-01,Hua Chunying,"On trade, tariffs, and more:',
  'a second line","Our position is clear, <script>window.__xss = 1</script><img src=x onerror=""window.__xss = 2""> stays text.",Reuters',
  '2021-03-01,Hua Chunying,Second question?,Second answer.,AFP',
  '2021-03-02,Wang Wenbin,A bad "quote" here,answer,BBC',
  '2021-03-02,Wang Wenbin,Only four,fields',
  '2021-03-02,Wang Wenbin,Third question on Taiwan?,Third answer.,Bloomberg',
  'not a date,Wang Wenbin,Q?,A.,BBC',
].join('\r\n');

test('a CSV of exchanges, mapped in the dialog: rows become cards, nothing runs, bad rows are reported by line and the others kept', async () => {
  await withPage(env, {}, async (page) => {
    await openArchive(page);
    const before = await imported(page);
    await page.setInputFiles('#dataset', { name: 'presscon.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    const dialog = page.locator('dialog.csv-dialog');
    await dialog.waitFor();
    const guessed = await dialog.locator('select').evaluateAll((ss) => ss.map((s) => s.value));
    assert.deepEqual(guessed, ['date', 'spokesperson', 'question', 'answer', 'outlet'], 'the dialog should guess each column from its name');
    await page.screenshot({ path: join(RESULTS, 'archive-csv-dialog.png') });
    await dialog.locator('button[value="import"]').click();
    await waitImported(page, before);
    const note = await page.textContent('#import-note');
    const error = await page.textContent('#import-error');
    assert.match(note, /Kept 2 new transcripts/, `the good rows should make two briefings, one per date (${note})`);
    assert.match(error, /presscon\.csv, line 5: a quote inside field 3/, `the row with a stray quote should be named by its line (${error})`);
    assert.match(error, /presscon\.csv, line 6: 4 fields where the header has 5/, `the short row too (${error})`);
    assert.match(error, /presscon\.csv, line 8: “not a date” is not a date/, `and the bad date (${error})`);
    assert.doesNotMatch(error, /line [2347]\b/, 'no good row should be reported');
    assert.equal(await shownCount(page), 3, 'each good row should be a card');
    await settle(page, () => page.check('input[value="stream"]'));
    const texts = await page.locator('#results').evaluate((host) => [...host.shadowRoot.querySelectorAll('article')].map((a) => a.textContent));
    assert.ok(texts.some((t) => t.includes('On trade, tariffs, and more:') && t.includes('a second line')), 'the quoted field should keep its commas and its line break');
    assert.ok(texts.some((t) => t.includes('<script>window.__xss = 1</script>')), 'markup in a field should show as text');
    assert.equal(await page.locator('#results').evaluate((host) => host.shadowRoot.querySelectorAll('script, img').length), 0, 'and never become an element');
    assert.equal(await page.evaluate(() => window.__xss), undefined, 'nothing in the file should run');
    assert.match(await page.textContent('#kept'), /from a CSV/, 'the list should say where the briefing came from');
    const outlets = await page.$$eval('#outlet option', (os) => os.map((o) => o.value));
    assert.ok(['Reuters', 'AFP', 'Bloomberg'].every((o) => outlets.includes(o)), `the outlets should be facets (${outlets})`);
    const spokes = await page.$$eval('#speaker option', (os) => os.map((o) => o.value));
    assert.ok(spokes.includes('Hua Chunying') && spokes.includes('Wang Wenbin'), 'and the spokespersons');

    // The same file again: every briefing is already kept.
    const again = await imported(page);
    await page.setInputFiles('#dataset', { name: 'presscon.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await dialog.waitFor();
    await dialog.locator('button[value="import"]').click();
    await waitImported(page, again);
    assert.match(await page.textContent('#import-note'), /Kept 0 new transcripts; 2 already in the archive/);
  });
});

test('the CLI\'s JSON Lines import as their transcripts; a bad line is reported; the results export as CSV with a citation per card', async () => {
  await withPage(env, {}, async (page) => {
    await openArchive(page);
    const jsonl = Buffer.concat([cliJsonl(FILES), Buffer.from('{"title": "no items"}\n')]);
    const { note, error } = await importFiles(page, [{ name: 'cli.jsonl', mimeType: 'application/x-ndjson', buffer: jsonl }], '#dataset');
    assert.match(note, /Kept 3 new transcripts/, note);
    assert.match(error, /cli\.jsonl, line 4: not a transcript/, error);
    assert.equal(await shownCount(page), cardsOf(FILES), 'every card of the three should be there');

    await searchFor(page, 'china');
    const shown = await shownCount(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const path = join(RESULTS, 'archive-results.csv');
    await download.saveAs(path);
    const { rows, errors } = readCSV(await readFile(path, 'utf8'));
    assert.deepEqual(errors, [], 'the export should be well-formed CSV');
    const [header, ...body] = rows.map((r) => r.fields);
    assert.ok(['date', 'institution', 'question', 'answer', 'outlet', 'minor', 'citation'].every((c) => header.includes(c)), `the columns (${header})`);
    assert.equal(body.filter((r) => r[header.indexOf('minor')] === 'false').length, shown, 'one row per card shown');
    const cite = body[0][header.indexOf('citation')];
    assert.match(cite, /Press Conference.*, \d{4}-\d{2}-\d{2}.*\. http:\/\/127\.0\.0\.1:\d+\/index\.html#archive=[0-9a-f]{64}&card=[esu]\d+$/, `each row should cite its briefing and link its card (${cite})`);
    assert.ok(body.every((r) => /china/i.test(r[header.indexOf('question')] + r[header.indexOf('answer')])), 'every row should hold the query');
  });
});

test('two tabs importing the same files at once end with each transcript kept once', async () => {
  const files = readdirSync(EN).filter((f) => f.endsWith('.txt')).sort().slice(0, 10).map((f) => join(EN, f));
  await withPage(env, {}, async (page) => {
    const other = await page.context().newPage();
    await openArchive(page);
    other.origin = page.origin;
    await openArchive(other);
    const notes = await Promise.all([page, other].map(imported));
    await Promise.all([page.setInputFiles('#files', files), other.setInputFiles('#files', files)]);
    await Promise.all([waitImported(page, notes[0]), waitImported(other, notes[1])]);
    const added = await Promise.all([page, other].map(async (p) => Number((await p.textContent('#import-note')).match(/Kept (\d+)/)[1])));
    assert.equal(added[0] + added[1], files.length, `between them the tabs should keep each file once (${added})`);
    for (const p of [page, other]) await p.waitForFunction((n) => document.querySelectorAll('#kept li').length === n, files.length);
    assert.equal(await openArchive(page), files.length, 'a reload should find each transcript once');
    assert.equal(await shownCount(page), cardsOf(files), 'and each card once');
    assert.equal(new Set(await keptTitles(page)).size, files.length);
    await other.close();
  });
});

test('an export cut short, or edited by hand, is refused with what is wrong, and nothing kept is lost', async () => {
  await withPage(env, {}, async (page) => {
    await openArchive(page);
    await importFiles(page, FILES);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const exported = await readFile(await download.path(), 'utf8');
    await page.click('#kept li:nth-child(1) .remove'); // the export now holds one transcript the archive does not
    await page.waitForFunction(() => document.querySelectorAll('#kept li').length === 2);
    const titles = await keptTitles(page);
    const cards = await shownCount(page);
    const data = JSON.parse(exported);
    const edited = structuredClone(data);
    edited.transcripts[1].text += '\nAnd a line added by hand.';
    const noItems = structuredClone(data);
    delete noItems.transcripts[2].transcript.items[0].answer;
    const fewer = structuredClone(data);
    fewer.transcripts.pop();
    const cases = [
      ['cut short', exported.slice(0, Math.floor(exported.length * 0.6)), /ends too soon.*cut short/],
      ['edited text', JSON.stringify(edited), /text of transcript 2 .* no longer matches its hash: it was edited after the export/],
      ['a field taken out', JSON.stringify(noItems), /item 1 of transcript 3 .*has no answer paragraphs/],
      ['a transcript taken out', JSON.stringify(fewer), /says it holds 3 transcripts but holds 2/],
      ['a stray comma', exported.replace('"transcripts":[', '"transcripts":[,'), /not valid JSON at line 1, column \d+/],
    ];
    for (const [what, body, message] of cases) {
      const path = join(RESULTS, `archive-export-${what.replace(/ /g, '-')}.json`);
      await writeFile(path, body);
      const { error } = await importFiles(page, [path], '#archive-file');
      assert.match(error, message, `an export with ${what} should be refused, saying so (${error})`);
      assert.match(error, /Nothing was imported; the archive is as it was/, 'and say nothing was imported');
      assert.deepEqual(await keptTitles(page), titles, `after the export with ${what}, the archive should hold what it held`);
    }
    assert.equal(await openArchive(page), 2, 'a reload should find the two transcripts');
    assert.equal(await shownCount(page), cards);
    const { note } = await importFiles(page, [{ name: 'whole.json', mimeType: 'application/json', buffer: Buffer.from(exported) }], '#archive-file');
    assert.match(note, /Kept 1 new transcript; 2 already in the archive/, 'the whole export should still import');
  });
});
