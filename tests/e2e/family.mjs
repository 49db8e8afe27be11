// End-to-end tests of the families' check-in (family/): a family walks it
// by touch at 390px in English and by keyboard at 320px in Spanish, axe
// finds nothing serious, the page makes no request after it starts, and
// the link with the answers opens the same answers, read-only, in a fresh
// browser context. Imported by run.mjs, so it runs in the same
// `node tests/e2e/run.mjs`; alone: `node --test tests/e2e/family.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserAndServer, watchPage, tabUntil, screenshot, assertNoProblems, runAxe, DIST, REPO } from './helpers.mjs';

const env = browserAndServer();

const AREAS = ['building_relationships', 'linking_to_learning', 'addressing_differences', 'supporting_advocacy', 'sharing_power'];

/** A fresh context and page on the family page; `query` and `hash` go into the address. */
async function openFamily(width, { query = '', hash = '', touch = false, locale = 'en-US' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, hasTouch: touch, isMobile: touch, locale });
  const page = await context.newPage();
  const problems = await watchPage(page, `[family ${width}px]`);
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await page.goto(`${env.server.url}family/${query}${hash}`);
  await page.waitForFunction(() => document.querySelector('#psc-app > .psc-root.psc-family'), null, { timeout: 30000 });
  return { context, page, problems, requests, loaded: requests.length };
}

/** Fails when the page is wider than the screen (WCAG 1.4.10 reflow). */
async function assertFits(page, width, what) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `${what}: the page is ${scrollWidth}px wide at ${width}px`);
}

/** Waits for focus on the screen's heading, where it goes after each step. */
async function headingFocused(page, what) {
  await page.waitForFunction(() => document.activeElement?.id === 'psc-family-heading', null, { timeout: 5000 })
    .catch(() => { throw new Error(`focus did not move to the heading after ${what}`); });
}

/** The answers list of the end screen, as text. */
function answersText(page) {
  return page.$eval('#psc-family-answers', (list) => list.innerText.trim());
}

/** Radios that are not in a fieldset with a legend. */
function ungrouped(page) {
  return page.evaluate(() => [...document.querySelectorAll('input[type=radio], input[type=checkbox]')]
    .filter((input) => !input.closest('fieldset')?.querySelector(':scope > legend')?.textContent.trim()).map((input) => input.id));
}

test('a family answers by touch at 390px in English, copies the link, and it opens the same answers read-only in a fresh context', async () => {
  const { context, page, problems, requests, loaded } = await openFamily(390, { query: '?name=Lincoln%20Elementary', touch: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const serious = [];
  assert.match(await page.textContent('h1'), /How does Lincoln Elementary work with your family\?/);
  assert.match(await page.textContent('main'), /This page sends nothing/);
  serious.push(...await runAxe(page, 'family intro 390px'));
  await page.tap('#psc-family-start');
  const chosen = { building_relationships: 'partnership', linking_to_learning: 'come_if_we_call', addressing_differences: 'dont_know', supporting_advocacy: 'fortress' };
  for (const area of AREAS) {
    await page.waitForSelector(`#psc-family-${area}-dont_know`);
    // The type names are never shown, and no option is the first in every area.
    assert.doesNotMatch(await page.textContent('main'), /Fortress|Come-if-we-call|Open-Door|Partnership School/);
    if (chosen[area]) await page.tap(`label[for="psc-family-${area}-${chosen[area]}"]`);
    if (area === 'building_relationships') {
      serious.push(...await runAxe(page, 'family area 390px'));
      await screenshot(page, 'family-390-area');
    }
    await assertFits(page, 390, area);
    await page.tap('#psc-family-next');
  }
  await page.waitForSelector('#psc-family-school_invites-1');
  for (const [item, point] of [['school_invites', 4], ['teacher_asks', 2], ['know_how', 1], ['my_job', 5]]) {
    // Each point's radio lies over its own segment of the row.
    await page.tap(`#psc-family-${item}-${point}`);
  }
  assert.equal(await page.isChecked('#psc-family-know_how-1'), true);
  serious.push(...await runAxe(page, 'family invitation 390px'));
  await assertFits(page, 390, 'invitation');
  await page.tap('#psc-family-next');
  await page.waitForSelector('#psc-family-welcome-1');
  await page.tap('#psc-family-welcome-3');
  await page.tap('#psc-family-next');
  await page.waitForSelector('#psc-family-barrier-work_hours');
  await page.tap('label[for="psc-family-barrier-work_hours"]');
  await page.tap('label[for="psc-family-barrier-language"]');
  assert.deepEqual(await ungrouped(page), []);
  await page.tap('#psc-family-next');

  await page.waitForSelector('#psc-family-link');
  const main = await page.textContent('main');
  assert.match(main, /Nothing was sent/);
  assert.match(main, /someone to help in your language/);
  assert.match(main, /meeting time that fits your work hours/);
  const link = await page.inputValue('#psc-family-link');
  assert.match(link, /\/family\/\?name=Lincoln(%20|\+)Elementary#f=F1[A-Za-z0-9_-]{20}$/);
  await page.tap('#psc-family-copy');
  await page.waitForFunction(() => /copied/.test(document.querySelector('[role=status]')?.textContent ?? ''));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  serious.push(...await runAxe(page, 'family end 390px'));
  await assertFits(page, 390, 'end');
  await screenshot(page, 'family-390-end');
  const answers = await answersText(page);
  assert.match(answers, /Not answered/);
  assert.deepEqual(requests.slice(loaded), [], 'no request after the page started');
  assertNoProblems(problems);

  // The link, in a browser that has never seen the page.
  const fresh = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
  const other = await fresh.newPage();
  const otherProblems = await watchPage(other, '[family link]');
  await other.goto(link.replace(/^https?:\/\/[^/]+\//, env.server.url));
  await other.waitForSelector('#psc-family-answers');
  assert.equal(await answersText(other), answers, 'the link opens the same answers');
  assert.equal(await other.$('#psc-family-link'), null, 'answers from a link are not passed on again');
  assert.equal(await other.$$eval('main input', (inputs) => inputs.length), 0, 'and cannot be changed');
  serious.push(...await runAxe(other, 'family link 390px'));
  await other.click('#psc-family-own');
  await other.waitForSelector('#psc-family-start');
  assertNoProblems(otherProblems);
  assert.deepEqual(serious, []);
  await fresh.close();
  await context.close();
});

test('a family answers by keyboard alone at 320px in Spanish, and a damaged link says so', async () => {
  const { context, page, problems, requests, loaded } = await openFamily(320, { query: '?lang=es' });
  const serious = [];
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.match(await page.textContent('h1'), /¿Cómo trabaja la escuela con su familia\?/);
  await tabUntil(page, '#psc-family-start');
  await page.keyboard.press('Enter');
  for (const [index, area] of AREAS.entries()) {
    await headingFocused(page, `going to ${area}`);
    // Into the group; Space picks the first statement, and in every other
    // area the arrow moves on to the next one, which picks it.
    await tabUntil(page, `input[name="psc-family-${area}"]`);
    await page.keyboard.press('Space');
    if (index % 2) await page.keyboard.press('ArrowDown');
    const picked = await page.$eval(`input[name="psc-family-${area}"]:checked`, (radio) => radio.id);
    assert.ok(picked.startsWith(`psc-family-${area}-`), picked);
    if (index === 0) {
      serious.push(...await runAxe(page, 'family area 320px es'));
      await screenshot(page, 'family-320-es-area');
    }
    await assertFits(page, 320, area);
    await tabUntil(page, '#psc-family-next');
    await page.keyboard.press('Enter');
  }
  await headingFocused(page, 'going to the invitation');
  for (const item of ['school_invites', 'teacher_asks']) {
    await tabUntil(page, `input[name="psc-family-${item}"]`);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
  }
  assert.equal(await page.isChecked('#psc-family-teacher_asks-2'), true);
  serious.push(...await runAxe(page, 'family invitation 320px es'));
  await assertFits(page, 320, 'invitation');
  await screenshot(page, 'family-320-es-invitation');
  await tabUntil(page, '#psc-family-next');
  await page.keyboard.press('Enter');
  await headingFocused(page, 'going to joining');
  await tabUntil(page, '#psc-family-next');
  await page.keyboard.press('Enter');
  await headingFocused(page, 'going to the barriers');
  await tabUntil(page, '#psc-family-barrier-transport');
  await page.keyboard.press('Space');
  await tabUntil(page, '#psc-family-next');
  assert.equal(await page.textContent('#psc-family-next'), 'Terminar');
  await page.keyboard.press('Enter');
  await headingFocused(page, 'finishing');
  const main = await page.textContent('main');
  assert.match(main, /No se envió nada/);
  assert.match(main, /por teléfono o por videollamada/);
  serious.push(...await runAxe(page, 'family end 320px es'));
  await assertFits(page, 320, 'end');
  await screenshot(page, 'family-320-es-end');
  const link = await page.inputValue('#psc-family-link');
  assert.doesNotMatch(link, /lang=/, 'the link leaves the language to the reader');
  const answers = await answersText(page);
  assert.deepEqual(requests.slice(loaded), [], 'no request after the page started');
  assertNoProblems(problems);

  // The same link in a fresh browser whose language is Spanish.
  const fresh = await openFamily(320, { hash: link.slice(link.indexOf('#')), locale: 'es-MX' });
  await fresh.page.waitForSelector('#psc-family-answers');
  assert.equal(await answersText(fresh.page), answers);
  assertNoProblems(fresh.problems);
  await fresh.context.close();

  // A damaged link starts an empty check-in that says why.
  const damaged = await openFamily(320, { hash: `${link.slice(link.indexOf('#'), -1)}${link.endsWith('A') ? 'B' : 'A'}` });
  assert.match(await damaged.page.textContent('[role=alert]'), /broken on the way/);
  await damaged.page.waitForSelector('#psc-family-start');
  serious.push(...await runAxe(damaged.page, 'family damaged link 320px'));
  await damaged.context.close();
  assert.deepEqual(serious, []);
  await context.close();
});

test('the language switch turns the page into Spanish without a request', async () => {
  const { context, page, problems, requests, loaded } = await openFamily(390);
  await page.selectOption('#psc-language', 'es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.match(await page.textContent('#psc-family-start'), /Empezar/);
  assert.equal(await page.title(), 'Consulta para familias');
  assert.deepEqual(requests.slice(loaded), [], 'Spanish is carried, not fetched');
  assertNoProblems(problems);
  await context.close();
});

test('the family bundle carries neither the self-check\'s nor the tools\' texts', () => {
  const folder = join(DIST, 'family');
  const wasm = readdirSync(folder).filter((file) => file.endsWith('.wasm'));
  assert.equal(wasm.length, 1);
  const bytes = readFileSync(join(folder, wasm[0])).toString('utf8');
  const content = (file) => JSON.parse(readFileSync(join(REPO, 'content', 'en', file), 'utf8'));
  const family = content('family.json');
  assert.ok(bytes.includes(family.statement_sharing_power_partnership), 'the family texts are in it');
  const instrument = content('instrument.json');
  for (const text of [content('tools.json').tools_back_to_self_check, content('ui.json').app_name, instrument.about.citation,
    instrument.areas.sharing_power.practices.partnership[0]]) {
    assert.ok(!bytes.includes(text), `the family bundle carries ${JSON.stringify(text)}`);
  }
});

test('tools page: six staff and seven families in one e-mail thread are pooled apart, set side by side, in the meeting guide, the CSV and the team link (T3); four families alone show nothing, with the reason', async () => {
  // The thread's codes are checked natively (tests/family_pool.rs).
  const thread = readFileSync(join(REPO, 'tests', 'golden', 'family_thread.txt'), 'utf8');
  const families = [...thread.matchAll(/\bF1[A-Za-z0-9_-]{20}\b/g)].map((match) => match[0]);
  assert.equal(families.length, 7);
  const context = await env.browser.newContext({ viewport: { width: 320, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchPage(page, '[tools families 320px]');
  await page.goto(`${env.server.url}tools/`);
  await page.waitForSelector('#psc-team-paste');
  await page.fill('#psc-team-paste', thread);
  await page.click('#psc-team-add');
  await page.waitForSelector('#psc-families-heading');
  const pooled = await page.textContent('#psc-pooled-line');
  assert.equal(pooled, 'Staff: 6 people · Families: 7 families');
  const section = page.locator('.psc-families');
  assert.equal(await section.locator('table').count(), 7, 'five areas, the items and the barriers');
  assert.match(await section.textContent(), /Staff place .* at .*; most families describe|Staff and most families both place/);
  assert.deepEqual(await runAxe(page, 'tools families 320px'), []);
  await assertFits(page, 320, 'families beside staff');
  await screenshot(page, 'family-tools-320-beside');
  // The meeting guide gains where families see the school differently, and still lasts 45 minutes.
  assert.match(await page.textContent('.psc-guide'), /Where families see us differently/);
  const minutes = await page.$$eval('.psc-guide-part h4 .psc-hint', (parts) => parts.map((part) => Number(part.textContent.match(/\d+/)[0])));
  assert.equal(minutes.reduce((a, b) => a + b, 0), 45, `the parts' minutes ${minutes}`);
  // Where these families differ from staff they describe Partnership, which has no type above it, so
  // the plan builder offers nothing from them (tests/family_pool.rs covers the practices it offers).
  assert.match(await section.textContent(), /most families describe Partnership/);
  assert.doesNotMatch(await section.textContent(), /most families describe (Fortress|Come-if-we-call|Open-Door)/);
  assert.equal(await page.locator('.psc-plan-family-candidates').count(), 0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#psc-team-csv')]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.match(csv, /\r\n,respondents,,,6,,,\r\n/);
  assert.match(csv, /\r\n,family_respondents,,,7,,,\r\n/, 'the CSV gains the families\' rows');
  assert.match(csv, /\r\n,family_barrier,work_hours,checked,\d+,,,My work hours\r\n/);
  // The team link carries the families' counts (T3): opened in another tab, it shows their side too.
  const teamLink = await page.inputValue('#psc-team-link');
  assert.match(teamLink, /#t=T3[A-Za-z0-9_-]+$/);
  const opened = await context.newPage();
  const openedProblems = await watchPage(opened, '[tools T3 link 320px]');
  await opened.goto(teamLink);
  await opened.waitForSelector('.psc-shared-banner');
  await opened.waitForSelector('#psc-families-heading');
  assert.equal(await opened.textContent('#psc-families-heading'), 'What families told us');
  assert.equal(await opened.textContent('#psc-pooled-line'), 'Staff: 6 people · Families: 7 families');
  assert.equal(await opened.locator('.psc-families table').count(), 7, 'the link\'s five areas, items and barriers');
  assert.match(await opened.textContent('.psc-families'), /most families describe Partnership/);
  assert.deepEqual(await runAxe(opened, 'tools T3 link 320px'), []);
  await assertFits(opened, 320, 'a T3 link beside staff');
  assertNoProblems(openedProblems);
  await opened.close();

  await page.click('#psc-team-clear');
  await page.click('#psc-clear-yes');
  await page.fill('#psc-team-paste', families.slice(0, 4).map((code) => `https://s.example/family/#f=${code}`).join('\n'));
  await page.click('#psc-team-add');
  await page.waitForSelector('.psc-families-too-few');
  assert.match(await page.textContent('.psc-families-too-few'), /4 families have answered so far\. What families told us is shown from 5 families/);
  assert.equal(await page.locator('.psc-families table').count(), 0, 'nothing about four families');
  assert.match(await page.textContent('#psc-pooled-line'), /Staff: 0 people · Families: 4 families/);
  assertNoProblems(problems);
  await context.close();
});
