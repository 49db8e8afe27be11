// End-to-end tests of the details a teacher on a phone trips over (issue 22,
// section 5), each at 320 and 390 px: the mixed profile's sentences, the
// blind order, the folded step list, carrying on where one stopped, a
// refused value in a results file, a colleague's shared results, and the
// sign that a file was saved.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  AREAS, DRAFT_KEY, REPO, browserAndServer, watchPage, completeByClicks, goToStep, appReady, assertNoProblems, runAxe,
} from './helpers.mjs';

const env = browserAndServer();
const WIDTHS = [320, 390];

async function openPage(width, { query = '', height = 800, acceptDownloads = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, acceptDownloads });
  const page = await context.newPage();
  const problems = await watchPage(page, `[details ${width}px]`);
  await page.goto(env.server.url + query);
  await appReady(page);
  return { context, page, problems };
}


const text = (page, selector) => page.$eval(selector, (e) => e.textContent.replace(/\s+/g, ' ').trim());

for (const width of WIDTHS) {
  test(`details ${width}px: the mixed profile counts the marks and names every open area that could settle it`, async () => {
    const { context, page, problems } = await openPage(width);
    await page.click('#psc-start');
    // Open-Door, Not sure, Open-Door, Open-Door, and Sharing power left
    // unmarked with a tick (a suggestion waiting there).
    const marks = ['open_door', 'not_sure', 'open_door', 'open_door', null];
    for (const [i, area] of AREAS.entries()) {
      await page.waitForSelector(`#psc-mark-${area}-fortress`);
      if (marks[i]) await page.click(`#psc-mark-${area}-${marks[i]}`);
      else {
        await page.click(`[id^="psc-tick-${area}-"]`);
        await page.click('#psc-next'); // asks about the unmarked ticks once
      }
      await page.click('#psc-next');
    }
    await goToStep(page, 8);
    await page.waitForSelector('.psc-label[data-label=mixed]');
    const outcome = await text(page, '.psc-outcome');
    assert.match(outcome, /The 3 areas with a mark sit at different types/, outcome);
    assert.doesNotMatch(outcome, /five areas sit/, outcome);
    assert.match(outcome, /Answering any one of these areas could settle the label: Linking to learning, Sharing power\./, outcome);
    assertNoProblems(problems);
    await context.close();
  });

  test(`details ${width}px: the blind order keeps types out of sight until the area is marked or left; order=book keeps them`, async () => {
    const { context, page, problems } = await openPage(width);
    await page.click('#psc-start');
    const [first, second] = AREAS;
    await page.click(`#psc-tick-${first}-fortress-0`);
    await page.click(`#psc-tick-${first}-partnership-0`);
    assert.equal(await page.locator('.psc-type-badge').count(), 0, 'no type while checking');
    assert.doesNotMatch(await text(page, '.psc-mark .psc-hint'), /Fortress 1/);
    await page.click(`#psc-mark-${first}-come_if_we_call`);
    assert.equal(await page.locator('.psc-type-badge').count(), 2, 'choosing the mark reveals them');
    assert.match(await text(page, '.psc-mark .psc-hint'), /Fortress 1/);
    // The second area: checked, then left by Next and come back to by Back.
    await page.click('#psc-next');
    await page.click(`#psc-tick-${second}-open_door-1`);
    assert.equal(await page.locator('.psc-type-badge').count(), 0);
    await page.click('#psc-next'); // asks, still on the area
    assert.equal(await page.locator('.psc-type-badge').count(), 0, 'asking is not leaving');
    await page.click('#psc-next');
    await page.click('#psc-back');
    await page.waitForSelector(`#psc-tick-${second}-open_door-1`);
    assert.equal(await page.locator('.psc-type-badge').count(), 1, 'left once, its types show');
    assertNoProblems(problems);
    await context.close();

    const book = await openPage(width, { query: '?order=book' });
    await book.page.click('#psc-start');
    assert.equal(await book.page.locator('.psc-cell').count(), 4, 'the book grid names each type');
    await book.page.click(`#psc-tick-${first}-fortress-0`);
    // The types stay in sight: the box checked sits under its type's name.
    assert.match(await book.page.$eval(`#psc-tick-${first}-fortress-0`, (box) => box.closest('fieldset').querySelector('legend').textContent), /Fortress/);
    assertNoProblems(book.problems);
    await book.context.close();
  });

  test(`details ${width}px: the step list folds into "Step 1 of 8"; the heading is in the first third at ${width}x640, English and Spanish`, async () => {
    for (const [query, counter] of [['', /^Step (\d) of 8$/], ['?lang=es', /^Paso (\d) de 8$/]]) {
      const { context, page, problems } = await openPage(width, { query, height: 640 });
      await page.click('#psc-start');
      await page.waitForSelector('#psc-heading');
      const top = await page.$eval('#psc-heading', (h) => h.getBoundingClientRect().top);
      assert.ok(top < 640 / 3, `${query || 'en'}: the heading starts at ${top}px of 640`);
      const toggle = page.locator('#psc-step-toggle');
      const open = () => page.$eval('.psc-steps', (d) => d.open);
      assert.equal(await page.$eval('#psc-step-toggle', (e) => e.tagName), 'SUMMARY', 'a native disclosure');
      assert.match(await toggle.innerText(), counter);
      assert.equal(await open(), false, 'folded');
      assert.equal(await page.isVisible('#psc-goto-3'), false);
      await toggle.click();
      assert.equal(await open(), true);
      assert.equal(await page.isVisible('#psc-goto-3'), true, 'the control opens the list');
      assert.deepEqual(await runAxe(page, `details ${width}px ${query || 'en'} step list open`), []);
      await page.click('#psc-goto-3');
      await page.waitForSelector(`#psc-mark-${AREAS[2]}-fortress`);
      assert.equal((await toggle.innerText()).match(counter)?.[1], '3');
      // The keyboard folds and opens it too.
      await toggle.focus();
      await page.keyboard.press('Enter');
      assert.equal(await open(), false);
      await page.keyboard.press('Space');
      assert.equal(await open(), true);
      assertNoProblems(problems);
      await context.close();
    }
    if (width === WIDTHS[0]) {
      // A wide screen opens with the whole list.
      const { context, page } = await openPage(1280);
      await page.click('#psc-start');
      assert.equal(await page.$eval('.psc-steps', (d) => d.open), true, 'open on a wide screen');
      assert.equal(await page.isVisible('#psc-goto-8'), true);
      await context.close();
    }
  });

  test(`details ${width}px: reopening a self-check left midway carries on at its step; a draft without the step still opens`, async () => {
    const { context, page, problems } = await openPage(width);
    await page.click('#psc-start');
    await page.click(`#psc-mark-${AREAS[0]}-open_door`);
    await page.click('#psc-next');
    await page.click('#psc-next');
    await page.waitForSelector(`#psc-mark-${AREAS[2]}-fortress`);
    // Left from the about panel: the page reopens on the intro.
    await page.click('#psc-about');
    await page.reload();
    await appReady(page);
    await page.click('#psc-start');
    await page.waitForSelector(`#psc-mark-${AREAS[2]}-fortress`);
    assert.equal(await text(page, '#psc-step-toggle'), 'Step 3 of 8', 'Continue carries on at step 3');
    // The current format without the step, as saved before it was kept.
    await page.click('#psc-about');
    const saved = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
    assert.match(saved, /^partnership-selfcheck-draft 1 intro area:addressing_differences\n/);
    await page.evaluate(([key, old]) => localStorage.setItem(key, old), [DRAFT_KEY, saved.replace(/ intro [^\n]*\n/, ' intro\n')]);
    await page.reload();
    await appReady(page);
    await page.click('#psc-start');
    await page.waitForSelector(`#psc-mark-${AREAS[0]}-fortress`);
    assert.equal(await page.isChecked(`#psc-mark-${AREAS[0]}-open_door`), true, 'the answers are there');
    assert.equal(await text(page, '#psc-step-toggle'), 'Step 1 of 8');
    assertNoProblems(problems);
    await context.close();
  });

  test(`details ${width}px: a value out of range in a results file says which question and what is allowed`, async () => {
    const { context, page, problems } = await openPage(width);
    const file = JSON.parse(readFileSync(resolve(REPO, 'tests', 'golden', 'results_v2.json'), 'utf8'));
    file.beliefs.equal_partners.held = 7;
    await page.setInputFiles('#psc-open-file', { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForSelector('.psc-error');
    const error = await text(page, '.psc-error');
    assert.match(error, /How strongly you hold belief 3 must be 1 to 5\./, error);
    assert.doesNotMatch(error, /Field:|beliefs\.equal_partners/, error);
    file.beliefs.equal_partners.held = 4;
    file.areas.sharing_power.mark = 'castle';
    await page.setInputFiles('#psc-open-file', { name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.waitForFunction(() => /Sharing power/.test(document.querySelector('.psc-error')?.textContent));
    assert.match(await text(page, '.psc-error'), /The mark for Sharing power must be a school type or "Not sure"\./);
    assertNoProblems(problems);
    await context.close();
  });

  test(`details ${width}px: shared results speak of their answers; saving a file says what was saved and where`, async () => {
    const { context, page, problems } = await openPage(width, { acceptDownloads: true });
    await completeByClicks(page);
    // Every barrier checked, so the priority chosen has some in its way.
    await goToStep(page, 7);
    for (const box of await page.$$('[id^="psc-barrier-"]:not(:checked)')) await box.click();
    await goToStep(page, 8);
    await page.click('[id^="psc-plan-"][id$="-priority"]');
    assert.match(await text(page, '.psc-priorities'), /Barriers you checked/);
    const own = await page.$$eval('.psc-results h3, .psc-results h4', (hs) => hs.map((h) => h.textContent));
    assert.ok(own.includes('My priorities'), own.join(' | '));
    // Saving a file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#psc-download')]);
    const status = page.locator('#psc-download-status');
    assert.equal(await status.getAttribute('role'), 'status');
    await page.waitForFunction(() => document.getElementById('psc-download-status')?.textContent.trim());
    const said = await status.innerText();
    assert.ok(said.includes(download.suggestedFilename()), said);
    assert.match(said, /Downloads folder/);

    const link = await page.inputValue('#psc-share-link');
    const principal = await openPage(width);
    await principal.page.goto(link);
    await principal.page.waitForSelector('.psc-shared-banner');
    const headings = await principal.page.$$eval('.psc-results h2, .psc-results h3, .psc-results h4, .psc-results caption, .psc-results th',
      (hs) => hs.map((h) => h.textContent.trim()));
    for (const heading of headings) {
      assert.doesNotMatch(heading, /\b(my|I|we|our|us|your)\b/i, `a first- or second-person heading: ${heading}`);
    }
    for (const theirs of ['Their priorities', 'Where their school is', 'What they could do next', 'What holds them back']) {
      assert.ok(headings.includes(theirs), `${theirs} in ${headings.join(' | ')}`);
    }
    const priorities = await text(principal.page, '.psc-priorities');
    assert.doesNotMatch(priorities, /you checked/);
    assert.match(priorities, /Barriers they checked/);
    assert.deepEqual(await runAxe(principal.page, `details ${width}px shared`), []);
    assertNoProblems(principal.problems);
    await principal.context.close();
    assertNoProblems(problems);
    await context.close();
  });
}

test('a results file saved as Windows-1252 is refused in plain words, never read with garbled letters; UTF-16 with its mark opens', async () => {
  const { context, page, problems } = await openPage(390);
  const file = JSON.parse(readFileSync(resolve(REPO, 'tests', 'golden', 'results_v2.json'), 'utf8'));
  file.notes = 'café señora, niño';
  const json = JSON.stringify(file);
  // é, ñ and the rest as one byte each, as a text editor saving Latin-1 writes them.
  const latin1 = Buffer.from(json, 'latin1');
  await page.setInputFiles('#psc-open-file', { name: 'latin1.json', mimeType: 'application/json', buffer: latin1 });
  await page.waitForSelector('.psc-error');
  assert.match(await text(page, '.psc-error'), /This file is not saved as UTF-8 text/);
  assert.equal(await page.$('.psc-results'), null, 'nothing was opened');
  // The same file as UTF-16 with its byte order mark opens, notes intact.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
  await page.setInputFiles('#psc-open-file', { name: 'utf16.json', mimeType: 'application/json', buffer: utf16 });
  await page.waitForSelector('#psc-shared-continue');
  await page.click('#psc-shared-continue');
  await goToStep(page, 7);
  assert.equal(await page.inputValue('#psc-notes'), 'café señora, niño', 'the notes come back with every letter');
  assertNoProblems(problems);
  await context.close();
});
