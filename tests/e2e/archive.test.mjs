// The reader's archive (www/archive.html) as a reader uses it: keep from the
// cards page (once, however often pressed), survive a reload, import many
// .txt files with progress, search across every transcript with highlights
// and facets, follow a result to its card, remove one and all, export and
// import the whole archive, recognise a duplicate, and say so clearly when
// storage is full. No page may log an error or reach another origin.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, withPage, showCards, waitForCards, RESULTS } from './helpers.mjs';
import { EN, ZH, openArchive, importFiles, settle, status, keptTitles, searchFor, keepSnapshotAs, keptParses, keptTexts, imported, waitImported } from './archive-helpers.mjs';

const FILES = [join(EN, '2019-03-22-1647752.txt'), join(EN, '2019-06-13-1672069.txt'), join(ZH, '2017-02-09-1437184.txt')];

const env = useBrowser();

/** Opens a fresh browser context (an empty archive), runs `body`, then checks nothing went wrong. */
const inContext = (body) => withPage(env, { clean: 'the pages should log no error and request nothing from another origin' }, body);

/** From now on every write to IndexedDB on the page fails as it does when the storage is full. */
const fillStorage = (page) => page.evaluate(() => {
  IDBObjectStore.prototype.put = function put() {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
});

test('a transcript kept from the cards page is kept once, and is there after a reload', async () => {
  await inContext(async (page) => {
    await showCards(page);
    await page.click('#keep');
    await page.waitForFunction(() => /Kept “/.test(document.getElementById('source-note').textContent));
    await page.click('#keep');
    await page.waitForFunction(() => /already in your archive/.test(document.getElementById('source-note').textContent));
    assert.equal(await openArchive(page), 1, 'the archive should hold the kept transcript once');
    const [title] = await keptTitles(page);
    assert.match(title, /Regular Press Conference/i, 'the list should show the briefing\'s title');
    assert.match(await page.textContent('#kept li .meta'), /14 September 2020 · Wang Wenbin/, 'the list should show date and spokesperson');
    assert.equal(await openArchive(page), 1, 'the archive should survive a reload');
  });
});

test('many .txt files import with progress; search finds and highlights across them; a result opens its card', async () => {
  await inContext(async (page) => {
    await openArchive(page);
    const sawProgress = page.waitForFunction(() => !document.getElementById('import-progress').hidden, null, { polling: 'raf' });
    const { note, error } = await importFiles(page, FILES);
    await sawProgress;
    assert.equal(error, '', 'a clean import should report no error');
    assert.match(note, /Kept 3 new transcripts/, 'every file should be kept');
    assert.equal((await keptTitles(page)).length, 3, 'the list should show three transcripts');
    assert.match(await status(page), /in 3 transcripts/, 'with no query every card of every transcript is shown');

    const found = await searchFor(page, 'China');
    const [, cards, transcripts] = found.match(/^([\d,]+) cards? in (\d+) transcripts?/);
    assert.ok(Number(cards) > 5 && Number(transcripts) >= 2, `"China" should match cards in several transcripts (${found})`);
    await page.waitForFunction(() => CSS.highlights.get('transcript-cards-match')?.size > 0);
    const zh = await searchFor(page, '中国');
    assert.match(zh, /in 1 transcript /, 'a Chinese substring should find the Chinese transcript');

    // Two words: both must be on a card; a quoted phrase: together.
    const both = await searchFor(page, "hong china");
    const phrase = await searchFor(page, "\"hong kong\"");
    assert.ok(parseInt(both.replace(/,/g, '')) >= 1 && parseInt(phrase.replace(/,/g, '')) >= 1, `AND and phrase should find cards (${both} / ${phrase})`);

    // Facets: a spokesperson narrows to their transcripts.
    await searchFor(page, '');
    const speakers = await page.$$eval('#speaker option', (os) => os.slice(1).map((o) => ({ value: o.value, text: o.textContent })));
    assert.ok(speakers.length >= 2, `the spokesperson menu should list several (${speakers.map((s) => s.text)})`);
    await settle(page, () => page.selectOption('#speaker', speakers[0].value));
    const [, n] = speakers[0].text.match(/\(([\d,]+)\)$/);
    assert.match(await status(page), new RegExp(`^${n} cards? in `), `a spokesperson's count in the menu is what picking them shows (${speakers[0].text})`);
    await settle(page, () => page.selectOption('#speaker', ''));
    await settle(page, () => page.fill('#from', '2019-06-01'));
    assert.match(await status(page), / in 1 transcript/, 'a date range keeps only the briefings inside it');
    await settle(page, () => page.fill('#from', ''));

    // The stream: newest first, each card naming its transcript.
    await settle(page, () => page.check('input[value="stream"]'));
    const links = await page.$$eval('#results .from a', (as) => as.slice(0, 3).map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
    assert.match(links[0].text, /2019/, 'the stream starts with the newest briefing');
    assert.match(links[0].href, /^index\.html#archive=[0-9a-f]{64}&card=[esu]\d+$/, 'each card links to itself in its transcript');
    await page.screenshot({ path: join(RESULTS, 'archive.png') });

    // Following the link opens the transcript on the cards page at that card.
    const card = new URLSearchParams(links[1].href.split('#')[1]).get('card');
    await page.click(`#results .from a[href="${links[1].href}"]`);
    await page.waitForURL(/index\.html/);
    await waitForCards(page);
    await page.waitForFunction((id) => document.querySelector('transcript-cards').shadowRoot.activeElement?.dataset.id === id, card);
    assert.match(await page.textContent('#source-note'), /From your archive/, 'the cards page says where the text came from');
  });
});

test('after a reload, searches read in the kept texts find what they found before (texts kept in parts, or whole as before; a table part not of its head rebuilt)', async () => {
  await inContext(async (page) => {
    await openArchive(page);
    await importFiles(page, FILES);
    // Each is checked in the folded texts: two phrases, and three ideographs.
    const queries = ['"hong kong"', '外交部', '"the us side"'];
    const counts = async () => {
      const out = [];
      for (const q of queries) out.push(await searchFor(page, q));
      return out;
    };
    const before = await counts();
    assert.ok(before.every((line) => /^[1-9][\d,]* cards? in/.test(line)), `each query should find cards (${before.join(' / ')})`);
    await openArchive(page);
    assert.deepEqual(await counts(), before, 'the texts read back in parts should find the same cards');
    await keepSnapshotAs(page, 'texts whole');
    await openArchive(page);
    assert.deepEqual(await counts(), before, 'texts kept whole (an earlier version\'s snapshot) should still be read');
    // The head and the rest of the table are read apart: a rest not of this head (a write cut short) is not used.
    await keepSnapshotAs(page, 'table of another head');
    await openArchive(page);
    assert.deepEqual(await counts(), before, 'a table part of another head should be rebuilt, and find the same cards');
    const sameStamp = () => page.evaluate(() => new Promise((ok) => {
      indexedDB.open('transcript-cards-archive').onsuccess = ({ target: { result: db } }) => {
        const store = db.transaction('index').objectStore('index');
        const [head, table] = [store.get('head'), store.get('table')];
        table.onsuccess = () => { db.close(); ok(head.result?.stamp === table.result?.stamp); };
      };
    }));
    for (let t = 0; !(await sameStamp()); t += 200) {
      assert.ok(t < 20_000, 'the snapshot should be kept again, its table part of its head');
      await page.waitForTimeout(200);
    }
  });
});

test('reopened, the archive is drawn in place: nothing moves as its menus, status, cards and timeline come in, wide or phone-sized', async () => {
  const corpus = async (dir) => (await readdir(dir)).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  const files = [...await corpus(EN), ...await corpus(ZH)];
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    await withPage(env, { viewport }, async (page) => {
      // Every layout shift not caused by the reader (the Layout Instability API), from the page's first script.
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (!e.hadRecentInput) window.__shifts.push({ value: e.value, moved: e.sources.map((s) => s.node?.id || s.node?.className || s.node?.nodeName).join(', ') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openArchive(page);
      await importFiles(page, files);
      await openArchive(page);
      await page.waitForTimeout(500); // a late move would be in by now
      const shifts = await page.evaluate(() => window.__shifts);
      const total = shifts.reduce((n, s) => n + s.value, 0);
      assert.ok(total <= 0.005, `at ${viewport.width} px the open should move nothing on the page (layout shift ${total.toFixed(4)}: ${JSON.stringify(shifts)})`);
      await page.screenshot({ path: join(RESULTS, `archive-open-${viewport.width}.png`) });
    });
  }
});

test('the same transcript imported twice (or with other line ends) is kept once', async () => {
  await inContext(async (page) => {
    await openArchive(page);
    await importFiles(page, FILES.slice(0, 1));
    const text = await readFile(FILES[0], 'utf8');
    const { note } = await importFiles(page, [
      { name: 'again.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
      { name: 'again-crlf.txt', mimeType: 'text/plain', buffer: Buffer.from(`${text.replace(/\n/g, '\r\n')}\n\n`) },
    ]);
    assert.match(note, /Kept 0 new transcripts; 2 already in the archive/, 'both copies should be recognised');
    assert.equal((await keptTitles(page)).length, 1, 'the archive should still hold one transcript');
  });
});

test('many files are read in groups, each as a single read would: a BOM dropped, a bad byte replaced, an empty file or one changed on disk fails alone', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tc-read-'));
  try {
    // 24 files (more than one group of reads): 22 transcripts, among them a
    // Chinese one with a BOM and one with a byte that is not UTF-8; an empty
    // file; and one changed on the disk after it was picked.
    const names = (await readdir(EN)).filter((n) => n.endsWith('.txt')).slice(0, 20);
    const paths = [];
    for (const [k, name] of names.entries()) {
      paths.push(join(dir, name));
      await writeFile(paths[k], await readFile(join(EN, name)));
    }
    const zh = await readFile(FILES[2]);
    const add = async (name, bytes, at) => { paths.splice(at, 0, join(dir, name)); await writeFile(join(dir, name), bytes); };
    await add('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), zh]), 3);
    await add('bad-byte.txt', Buffer.concat([Buffer.from('A bad byte: '), Buffer.from([0xff]), Buffer.from(' here.\n\nMr. Lu: Nothing.\n')]), 7);
    await add('empty.txt', Buffer.alloc(0), 12);
    await add('changed.txt', await readFile(FILES[0]), 17);
    await inContext(async (page) => {
      await openArchive(page);
      // Picked on an input of its own, then changed on the disk, then handed to the archive's.
      await page.evaluate(() => document.body.append(Object.assign(document.createElement('input'), { type: 'file', multiple: true, id: 'picked', hidden: true })));
      await page.setInputFiles('#picked', paths);
      await writeFile(join(dir, 'changed.txt'), 'changed after it was picked, and longer than it was before');
      const before = await imported(page);
      await page.evaluate(() => {
        const files = new DataTransfer();
        for (const file of document.getElementById('picked').files) files.items.add(file);
        const input = document.getElementById('files');
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await waitImported(page, before);
      const note = await page.textContent('#import-note');
      const error = await page.textContent('#import-error');
      assert.match(note, /Kept 22 new transcripts/, `every readable file should be kept (${note} ${error})`);
      assert.match(error, /empty\.txt: the file is empty/, 'the empty file should be named');
      assert.match(error, /changed\.txt: /, 'the file changed on the disk should fail, and be named');
      assert.doesNotMatch(error, /bom\.txt|bad-byte\.txt|\d{4}-\d\d-\d\d-\d+\.txt/, `no other file should fail (${error})`);
      const texts = Object.values(await keptTexts(page));
      assert.ok(texts.includes(zh.toString('utf8')), 'the BOM should be dropped, the rest kept as it was');
      assert.ok(texts.includes('A bad byte: \ufffd here.\n\nMr. Lu: Nothing.\n'), 'a byte that is not UTF-8 should become U+FFFD');
      for (const name of names.slice(0, 3)) assert.ok(texts.includes(await readFile(join(EN, name), 'utf8')), `${name} should be kept as it is`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('export, remove all, import the export: the archive comes back; remove one', async () => {
  await inContext(async (page) => {
    await openArchive(page);
    await importFiles(page, FILES);
    const titles = await keptTitles(page);
    // Records keep the parse as its JSON's bytes; one is rewritten as records kept it before (a string).
    const parses = await keptParses(page);
    assert.deepEqual(Object.values(parses).map((p) => p.kind), ['bytes', 'bytes', 'bytes'], 'an import should keep each parse as its JSON bytes');
    const older = Object.keys(parses)[0];
    await keptParses(page, older);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const path = join(RESULTS, 'archive-export.json');
    await download.saveAs(path);
    const exported = JSON.parse(await readFile(path, 'utf8'));
    assert.equal(exported.transcripts.length, 3, 'the export should hold every transcript');
    assert.ok(exported.transcripts.every((t) => t.text && t.transcript.items.length), 'each with its text and parse');
    for (const t of exported.transcripts) assert.deepEqual(t.transcript, parses[t.hash].transcript, `the export should hold the parse as kept${t.hash === older ? ' (kept as a string, as before)' : ''}`);

    await page.click('#clear');
    await page.click('#clear-confirm');
    await page.waitForFunction(() => document.documentElement.dataset.archive === '0');
    assert.equal(await openArchive(page), 0, 'remove all should empty the archive, across a reload');

    await page.setInputFiles('#archive-file', path);
    await page.waitForFunction(() => document.documentElement.dataset.archive === '3');
    await page.waitForFunction((n) => document.querySelectorAll('#kept li').length === n, titles.length);
    assert.deepEqual(await keptTitles(page), titles, 'importing the export should restore the same transcripts');

    await page.click(`#kept li:nth-child(2) .remove`);
    await page.waitForFunction(() => document.documentElement.dataset.archive === '2');
    await page.waitForFunction(() => document.querySelectorAll('#kept li').length === 2);
    assert.deepEqual(await keptTitles(page), [titles[0], titles[2]], 'remove should take out that one transcript only');
    assert.equal(await openArchive(page), 2, 'and it stays removed after a reload');
  });
});

test('a dropped set of files imports like the multi-select', async () => {
  await inContext(async (page) => {
    await openArchive(page);
    const texts = await Promise.all(FILES.slice(0, 2).map((f) => readFile(f, 'utf8')));
    await page.evaluate((texts) => {
      const data = new DataTransfer();
      texts.forEach((t, i) => data.items.add(new File([t], `dropped-${i}.txt`, { type: 'text/plain' })));
      document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, texts);
    await page.waitForFunction(() => document.documentElement.dataset.archive === '2');
  });
});

/**
 * In the archive's worker, from now on: IndexedDB keeps transcripts' texts
 * up to `budget` characters more, then refuses as a full disk does (a
 * transaction that would pass it fails with QuotaExceededError, and is undone).
 */
async function fillWorkerStorage(page, budget) {
  const [worker] = page.workers().filter((w) => w.url().endsWith('/archive/archive-worker.js'));
  await worker.evaluate((budget) => {
    let remaining = budget;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function fullPut(value, key) {
      if (this.name === 'transcripts') {
        const tx = this.transaction;
        if (tx.pending === undefined) {
          tx.pending = 0;
          tx.addEventListener('complete', () => { remaining -= tx.pending; });
        }
        if (tx.pending + value.text.length > remaining) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        tx.pending += value.text.length;
      }
      return put.call(this, value, key);
    };
  }, budget);
}

test('a full storage quota mid-import keeps what was written, says how many were not kept, and loses nothing kept before', async () => {
  await inContext(async (page) => {
    await openArchive(page);
    await importFiles(page, FILES.slice(0, 1));
    const more = (await import('node:fs')).readdirSync(EN).filter((f) => f.endsWith('.txt')).sort().map((f) => join(EN, f)).filter((f) => f !== FILES[0]).slice(0, 12);
    const sizes = await Promise.all(more.map(async (f) => (await readFile(f, 'utf8')).length));
    await fillWorkerStorage(page, sizes[0] + sizes[1] + sizes[2] + 10); // room for three more
    const { note, error } = await importFiles(page, more);
    assert.match(note, /Kept 3 new transcripts/, `what fitted should be kept (${note})`);
    assert.match(error, new RegExp(`storage for this page is full: ${more.length - 3} transcripts were not kept, from “.+” on\\..*Everything kept before is still there`, 's'), `the reader should be told how many were not kept (${error})`);
    assert.equal((await keptTitles(page)).length, 4, 'the transcript kept before and the three that fitted should be listed');
    assert.equal(await openArchive(page), 4, 'and still be there after a reload');
  });
});

test('a full storage quota on the cards page\'s Keep button gives a clear message', async () => {
  await inContext(async (page) => {
    // The cards page's "Keep in archive" button.
    await showCards(page);
    await fillStorage(page);
    await page.click('#keep');
    await page.waitForFunction(() => /storage for this page is full/.test(document.getElementById('source-note').textContent));
  });
});
