// End-to-end tests of the languages: the whole widget in Spanish, the
// language switch on both pages, the browser's language, links and teams
// across languages, a language file that cannot be had, and the
// pseudo-locales at 320px on every screen of both pages.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  REPO, DIST, AREAS, browserAndServer, watchPage, tabUntil, screenshot, nextFrame, completeByClicks, appReady,
  assertNoProblems, runAxe,
} from './helpers.mjs';

const env = browserAndServer();

const LANGUAGE_KEY = 'partnership-selfcheck:language'; // src/browser.rs LANGUAGE_KEY
/** Spanish's language file, whatever the build's fingerprint in its name. */
const ES_FILE = /\/lang\/es\.[0-9a-f]{16}\.json$/;
const content = (code, file) => JSON.parse(readFileSync(join(REPO, 'content', code, `${file}.json`), 'utf8'));

/** Every text of a content file, with its path, plural forms and lists included. */
function texts(value, path = '') {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  return [];
}

/**
 * The English sentences that must not show on a Spanish page: every English
 * text of the self-check and the tools page that Spanish translates (not a
 * name or citation kept as it is), cut at its first placeholder, long enough
 * not to be found inside a Spanish sentence by chance.
 */
function englishSentences() {
  const found = new Set();
  for (const file of ['instrument', 'ui', 'tools']) {
    const spanish = new Map(texts(content('es', file)));
    for (const [path, english] of texts(content('en', file))) {
      if (spanish.get(path) === english || path.startsWith('about.citation') || path.includes('crosswalk')) continue;
      const head = english.split('{')[0].trim();
      if (head.length >= 16) found.add(head);
    }
  }
  return [...found];
}
const ENGLISH = englishSentences();

/** English sentences visible on the page now. */
function englishShown(page) {
  return page.evaluate((english) => {
    const shown = document.querySelector('.psc-root')?.innerText ?? '';
    return english.filter((sentence) => shown.includes(sentence));
  }, ENGLISH);
}

async function openPage(path, { width = 390, locale = 'en-US', label = path, bypassCSP = false, acceptDownloads = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, locale, bypassCSP, acceptDownloads });
  const page = await context.newPage();
  const problems = await watchPage(page, `[${label} ${width}px]`);
  await page.goto(env.server.url + path);
  await appReady(page);
  return { context, page, problems };
}

/** Each area's mark as the results chart shows it, whatever the language. */
function chartMarks(page) {
  return page.$$eval('.psc-bars-row', (rows) => rows.map((row) => row.querySelector('.psc-bars-fill')?.className ?? 'open'));
}

/** Six colleagues, three answering in Spanish and three in English; made once for this file. */
let six;
function sixLinks() {
  six ??= (async () => {
    const links = [];
    for (let i = 0; i < 6; i++) {
      const { context, page } = await openPage(i < 3 ? '?lang=es' : '', { width: 1280, label: `colleague ${i}` });
      await completeByClicks(page);
      await page.click(`#psc-plan-building_relationships-0-${i % 2 ? 'easy' : 'hard'}`);
      links.push(await page.inputValue('#psc-share-link'));
      await context.close();
    }
    return links;
  })();
  return six;
}

/**
 * Goes through every screen of the self-check, calling `check` with each
 * screen's name: intro, about, the five areas (each with a practice ticked
 * and marked as `marks` says), beliefs, reflection (a barrier checked) and
 * the results with one practice of `planArea` rated easy and made a
 * priority.
 */
async function everyScreen(page, { marks, planArea }, check) {
  await check('intro');
  await page.click('#psc-about');
  await page.waitForSelector('#psc-about-close');
  await check('about');
  await page.click('#psc-about-close');
  await page.click('#psc-start');
  for (const [i, area] of AREAS.entries()) {
    await page.waitForSelector(`#psc-mark-${area}-fortress`);
    await page.click(`#psc-tick-${area}-open_door-0`);
    await page.click(`#psc-mark-${area}-${marks[i]}`);
    await check(`step ${area}`);
    await page.click('#psc-next');
  }
  await page.waitForSelector('#psc-belief-dreams_for_children-held-1');
  await page.click('#psc-belief-dreams_for_children-held-5');
  await check('beliefs');
  await page.click('#psc-next');
  await page.waitForSelector('#psc-notes');
  await page.click('input[id^="psc-barrier-"]');
  await check('reflection');
  await page.click('#psc-next');
  await page.waitForSelector('.psc-label');
  await page.click(`#psc-plan-${planArea}-0-easy`);
  await page.click(`#psc-plan-${planArea}-0-priority`);
  await page.waitForSelector('.psc-priorities');
  await check('results with a plan');
}

test('Spanish at 320px: the whole walk-through, results, share and print with lang=es; nothing left in English, nothing overflows; axe', async () => {
  const { context, page, problems } = await openPage('?lang=es', { width: 320, label: 'es' });
  const serious = [];
  const layout = [];
  const check = async (screen) => {
    await nextFrame(page);
    assert.deepEqual(await englishShown(page), [], `English on the Spanish ${screen}`);
    serious.push(...(await runAxe(page, `es ${screen}`)));
    layout.push(...(await layoutProblems(page, screen)));
  };
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.getAttribute('#psc-app', 'lang'), 'es');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  assert.equal(await page.title(), content('es', 'ui').app_name);
  assert.equal(await page.textContent('#psc-heading'), content('es', 'ui').intro_heading);
  await everyScreen(page, { marks: AREAS.map(() => 'open_door'), planArea: 'sharing_power' }, check);
  assert.match(await page.textContent('.psc-label'), /Escuela de Puertas Abiertas/);
  await screenshot(page, 'es-320-results');

  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  console.log(`# Spanish print: ${pages} page(s)`);
  assert.ok(pages >= 1 && pages <= 2, `the Spanish printout has ${pages} pages`);
  await page.emulateMedia({ media: 'screen' });

  // The link made in Spanish opens in English with the same answers.
  const link = await page.inputValue('#psc-share-link');
  assert.doesNotMatch(link, /lang=/, 'the link does not carry the language');
  const marks = await chartMarks(page);
  const english = await openPage(link.slice(link.indexOf('#')), { label: 'en, link made in es' });
  await english.page.waitForSelector('.psc-shared-banner');
  assert.equal(await english.page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await chartMarks(english.page), marks, 'the same marks in English');
  assert.match(await english.page.textContent('.psc-label'), /Open-Door School/);
  assert.match(await english.page.textContent('.psc-priorities'), new RegExp(content('en', 'instrument').areas.sharing_power.title));
  assertNoProblems(english.problems);
  await english.context.close();

  assert.deepEqual(serious, [], 'no serious or critical axe findings in Spanish');
  assert.deepEqual(layout, [], 'Spanish fits 320px');
  assertNoProblems(problems);
  await context.close();
});

test('Spanish team page: colleagues who answered in Spanish and English pooled; summary, meeting guide and CSV in Spanish, at 1280 and 320px', async () => {
  const links = await sixLinks();
  const { context, page, problems } = await openPage('tools/?lang=es', { width: 1280, label: 'es tools', acceptDownloads: true });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.fill('#psc-team-paste', links.join('\n'));
  await page.click('#psc-team-add');
  await page.waitForSelector('.psc-team-plan');
  await nextFrame(page);
  assert.deepEqual(await englishShown(page), [], 'English on the Spanish team page');
  assert.deepEqual(await runAxe(page, 'es team summary'), []);
  await screenshot(page, 'es-1280-team');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#psc-team-csv')]);
  const csv = readFileSync(await download.path(), 'utf8');
  const tools = content('es', 'tools');
  const heading = ['csv_group', 'csv_section', 'csv_item', 'csv_value', 'csv_count', 'csv_pta_standards', 'csv_epstein_types', 'csv_text'].map((key) => tools[key]);
  assert.equal(csv.split('\r\n')[0], `\u{feff}${heading.join(',')}`);
  assert.match(csv, /\r\n,respondents,,,6,,,\r\n/, 'six people, whatever language each used (no school name on this page)');
  assert.match(csv, /,area,sharing_power,fortress,\d+,[^\r]*,Compartir el poder\r\n/, 'the text column is in Spanish');
  await page.setViewportSize({ width: 320, height: 800 });
  assert.deepEqual(await layoutProblems(page, 'Spanish team summary'), [], 'the Spanish team summary fits 320px');
  await page.click('#psc-tool-compare');
  await nextFrame(page);
  assert.deepEqual(await englishShown(page), [], 'English on the Spanish compare screen');
  assertNoProblems(problems);
  await context.close();
});

test('language switch: by keyboard, both pages, kept with the draft on reload, lang follows; the file is fetched only when chosen', async () => {
  const { context, page, problems } = await openPage('', { label: 'switch' });
  const requests = [];
  context.on('request', (request) => requests.push(new URL(request.url()).pathname));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // The switch names each language in itself, marked as that language.
  assert.deepEqual(await page.$$eval('#psc-language option', (options) => options.map((o) => [o.value, o.lang, o.textContent.trim()])),
    [['en', 'en', 'English'], ['es', 'es', 'Español']]);
  assert.equal(await page.$eval('#psc-language', (select) => select.labels[0]?.textContent.trim()), 'Language');
  await page.click('#psc-start');
  await page.click('#psc-tick-building_relationships-partnership-0');
  await page.click('#psc-mark-building_relationships-partnership');
  await tabUntil(page, '#psc-language', { reverse: true });
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'psc-language', 'focus stays on the switch');
  assert.equal(await page.isChecked('#psc-mark-building_relationships-partnership'), true, 'the answer is kept');
  assert.equal(await page.textContent('#psc-heading'), content('es', 'instrument').areas.building_relationships.title);
  assert.equal(requests.length, 1, `only the language file is fetched, once, when chosen: ${requests.join(', ')}`);
  // Named by a fingerprint of the build (README, "Deploying"), so a host
  // may cache it for good.
  assert.match(requests[0], /^\/lang\/es\.[0-9a-f]{16}\.json$/);
  assert.ok(existsSync(join(DIST, requests[0])), `${requests[0]} is in dist/`);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY), 'es');

  await page.reload();
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', 'the choice is kept');
  assert.equal(await page.isChecked('#psc-mark-building_relationships-partnership'), true, 'and the answers');
  assert.equal(await page.$eval('#psc-language', (select) => select.value), 'es');

  // The tools page opens in the same language, and switches back on its own.
  await page.goto(`${env.server.url}tools/`);
  await appReady(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await page.$eval('#psc-language', (select) => select.labels[0]?.textContent.trim()), 'Idioma');
  const before = requests.length;
  await page.selectOption('#psc-language', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.deepEqual(requests.slice(before), [], 'English is carried, not fetched');
  assert.equal(await page.title(), content('en', 'ui').app_name);
  assert.deepEqual(await runAxe(page, 'tools after switching'), []);
  assertNoProblems(problems);
  await context.close();
});

test('with no lang parameter the browser\'s language picks among the languages there are; lang= goes first', async () => {
  for (const [locale, path, expected] of [['es-MX', '', 'es'], ['fr-FR', '', 'en'], ['es-ES', '?lang=en', 'en'], ['en-GB', 'tools/', 'en'], ['es-US', 'tools/', 'es']]) {
    const { context, page, problems } = await openPage(path, { locale, label: `${locale} ${path}` });
    assert.equal(await page.evaluate(() => document.documentElement.lang), expected, `${locale} ${path || '/'}`);
    assertNoProblems(problems);
    await context.close();
  }
});

test('a language file that cannot be had, or belongs to another version, is refused in plain words and nothing is lost', async () => {
  const { context, page, problems } = await openPage('', { label: 'missing file' });
  await page.click('#psc-start');
  await page.click('#psc-mark-building_relationships-open_door');
  await page.route(ES_FILE, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.selectOption('#psc-language', 'es');
  await page.waitForSelector('#psc-language-status.psc-error');
  assert.match(await page.textContent('#psc-language-status'), /Español could not be loaded/);
  assert.equal(await page.$eval('#psc-language', (select) => select.value), 'en', 'the switch goes back');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.isChecked('#psc-mark-building_relationships-open_door'), true, 'the answer is kept');
  await page.unroute(ES_FILE);
  await page.route(ES_FILE, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '["es","0","Hola"]' }));
  await page.selectOption('#psc-language', 'es');
  await page.waitForFunction(() => /do not match/.test(document.getElementById('psc-language-status')?.textContent ?? ''));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY), null, 'a refused language is not kept');
  assertNoProblems(problems.filter((p) => !/404/.test(p)));
  await context.close();

  // Asked for at the start, the page opens in English and says why.
  const start = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
  const first = await start.newPage();
  await first.route(ES_FILE, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await first.goto(`${env.server.url}?lang=es`);
  await appReady(first);
  assert.equal(await first.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await first.textContent('#psc-language-status'), /Español could not be loaded/);
  await start.close();
});

/**
 * Whether a screen fits 320px: the page does not scroll sideways, and no
 * element that hides its overflow has text cut off.
 */
async function layoutProblems(page, screen) {
  await nextFrame(page);
  const found = await page.evaluate(() => {
    const problems = [];
    const width = document.documentElement.scrollWidth;
    if (width > 320) {
      // Name the widest elements, so the failure says where to look.
      const wide = [...document.querySelectorAll('.psc-root *')]
        .filter((element) => element.getBoundingClientRect().right > 321 || element.getBoundingClientRect().left < -1)
        .filter((element) => ![...element.children].some((child) => child.getBoundingClientRect().right > 321))
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${element.textContent.trim().slice(0, 30)}"`);
      problems.push(`the page is ${width}px wide (${wide.join('; ')})`);
    }
    // A form control scrolls its own value, by design; anything else that
    // hides its overflow must not cut text off.
    for (const element of document.querySelectorAll('.psc-root *:not(input, textarea, select)')) {
      const style = getComputedStyle(element);
      const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      // Visually hidden text for screen readers is 1px by design.
      if (hides && element.clientWidth > 1 && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} clips "${element.textContent.trim().slice(0, 40)}"`);
      }
    }
    return problems;
  });
  return found.map((problem) => `${screen}: ${problem}`);
}

for (const [code, dir] of [['en-XA', 'ltr'], ['ar-XB', 'rtl']]) {
  test(`pseudo-locale ${code} (${dir}): every screen of both pages at 320px without overflow or clipped text`, async () => {
    const links = await sixLinks();
    const { context, page, problems } = await openPage(`?lang=${code}`, { width: 320, label: code });
    assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
    assert.equal(await page.evaluate(() => document.documentElement.lang), code);
    const found = [];
    const marks = ['fortress', 'come_if_we_call', 'open_door', 'not_sure', 'come_if_we_call'];
    await everyScreen(page, { marks, planArea: 'building_relationships' }, async (screen) => {
      found.push(...(await layoutProblems(page, screen)));
    });
    await screenshot(page, `${code}-320-results`);

    await page.goto(`${env.server.url}tools/?lang=${code}`);
    await appReady(page);
    found.push(...(await layoutProblems(page, 'team page')));
    await page.fill('#psc-team-paste', links.join('\n'));
    await page.click('#psc-team-add');
    await page.waitForSelector('.psc-team-plan');
    found.push(...(await layoutProblems(page, 'team summary, plan and meeting guide')));
    await screenshot(page, `${code}-320-team`);
    await page.click('#psc-tool-compare');
    await page.fill('#psc-compare-before', links[0]);
    await page.fill('#psc-compare-after', links[3]);
    await page.click('#psc-compare-go');
    await nextFrame(page);
    found.push(...(await layoutProblems(page, 'compare')));
    assert.deepEqual(found, [], `${code} at 320px`);
    assertNoProblems(problems);
    await context.close();
  });
}
