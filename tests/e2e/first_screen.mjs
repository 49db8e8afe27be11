// End-to-end tests of the static first screen for the links people really
// open (scripts/loader.js): a district's embed link with the school's name
// and accent, every other setting of the query, another language, and a
// returning person. The .wasm is held back, so what is seen is the page
// before the app runs; then it is let through and the app takes over.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DRAFT_KEY, browserAndServer, storeBeforeLoad, watchPage, appReady, headerAndIntro, assertNoProblems, runAxe, screenshot } from './helpers.mjs';

const env = browserAndServer();

/** A fresh page whose .wasm is held back until `release()`. */
async function openHeld(path, { width = 390, locale = 'en-US', draft } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, locale });
  const page = await context.newPage();
  const problems = await watchPage(page, `[first screen ${path}]`);
  if (draft !== undefined) await storeBeforeLoad(page, env.server.url, DRAFT_KEY, draft);
  let release;
  const released = new Promise((done) => { release = done; });
  await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  await page.goto(env.server.url + path, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#psc-static header', { state: 'visible' });
  assert.equal(await page.locator('#psc-app > .psc-root').count(), 0, `${path}: the app has not started`);
  return { context, page, problems, release };
}

const accentOf = (page, selector) => page.$eval(selector, (e) => getComputedStyle(e).getPropertyValue('--psc-accent').trim());

test('the embed link shows the first screen with the school\'s name and accent before the wasm arrives, as the app then draws it', async () => {
  const path = '?name=Lincoln%20Elementary&accent=%23ffeb3b';
  const held = await openHeld(path);
  const { page } = held;
  await page.waitForSelector('#psc-static #psc-start', { state: 'visible' });
  assert.equal(await page.textContent('#psc-static .psc-school-name'), 'Lincoln Elementary');
  const copied = await page.$eval('#psc-static', headerAndIntro);
  const accent = await accentOf(page, '#psc-static');
  assert.notEqual(accent.toLowerCase(), '#ffeb3b', 'the too-light accent is darkened, as the app does');
  await screenshot(page, '390-00-static-embed-link');
  assert.deepEqual(await runAxe(page, 'static first screen of the embed link'), []);
  // Start pressed early is carried out by the app.
  await page.click('#psc-static #psc-start');
  held.release();
  await appReady(page);
  await page.waitForSelector('.psc-step-of');
  assert.equal(await accentOf(page, '#psc-app > .psc-root'), accent, 'the copy had the app\'s accent');
  assertNoProblems(held.problems);
  await held.context.close();

  const again = await openHeld(path);
  again.release();
  await appReady(again.page);
  assert.equal(await again.page.$eval('#psc-app > .psc-root', headerAndIntro), copied, 'the copy was the app\'s first screen, element for element');
  assertNoProblems(again.problems);
  await again.context.close();
});

test('a school name is shown as text, never as markup', async () => {
  const held = await openHeld(`?name=${encodeURIComponent('<img src=x onerror=alert(1)> & Co')}`);
  const { page } = held;
  assert.equal(await page.textContent('#psc-static .psc-school-name'), '<img src=x onerror=alert(1)> & Co');
  assert.equal(await page.locator('#psc-static img').count(), 0);
  held.release();
  await appReady(page);
  assertNoProblems(held.problems);
  await held.context.close();
});

test('every other setting of the query still shows the first screen at once, as the app draws it', async () => {
  for (const path of ['?mode=staff&order=book&barriers=off&notes=off&min_team=8&debug=1', '?lang=en&order=shuffled&mode=full', '?name=%20%20&min_team=2&colour=red']) {
    const held = await openHeld(path, { width: 1280 });
    const { page } = held;
    await page.waitForSelector('#psc-static #psc-start', { state: 'visible' });
    const copied = await page.$eval('#psc-static', headerAndIntro);
    held.release();
    await appReady(page);
    assert.equal(await page.$eval('#psc-app > .psc-root', headerAndIntro), copied, `${path}: the copy was the app's first screen`);
    if (path.includes('staff')) assert.equal(await page.locator('#psc-open-team').count(), 0, 'staff mode: no facilitators\' part');
    assertNoProblems(held.problems);
    await held.context.close();
  }
});

test('another language, or a returning person, sees the page\'s frame at once, never a blank page', async () => {
  const cases = [
    ['?lang=es&name=Escuela%20Lincoln', { }, 'es'],
    ['', { locale: 'es-ES' }, 'es'],
    ['', { draft: 'partnership-selfcheck-draft 1 intro\n{"format": "partnership-selfcheck", "version": 1, "instrument_version": 1, "assessment_id": "5e1fc4ec6b", "areas": {}}' }, 'en'],
    ['#r=P1abc', {}, 'en'],
  ];
  for (const [path, options, language] of cases) {
    const label = `${path || '/'} ${JSON.stringify(options).slice(0, 40)}`;
    const held = await openHeld(path, options);
    const { page } = held;
    const box = await page.locator('#psc-static header').boundingBox();
    assert.ok(box && box.height > 20, `${label}: the header is there (${JSON.stringify(box)})`);
    assert.equal(await page.locator('#psc-static #psc-start').isVisible(), false, `${label}: no intro that the app may not show`);
    const englishShown = await page.locator('#psc-static .psc-brand').evaluate((e) => getComputedStyle(e).visibility === 'visible');
    assert.equal(englishShown, language === 'en', `${label}: the header's English words only for English`);
    if (path.includes('name=')) assert.equal(await page.locator('#psc-static .psc-school-name').isVisible(), true, `${label}: the school's name shows`);
    held.release();
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), language, label);
    assertNoProblems(held.problems);
    await held.context.close();
  }
});
