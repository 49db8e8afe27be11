// End-to-end tests of the static first screen for the links people really
// open (scripts/loader.js): a district's embed link with the school's name
// and accent, every other setting of the query, another language, and a
// returning person; keyboard focus handed over, the page's frame alone,
// no JavaScript, and an app that cannot load. The .wasm is held back, so
// what is seen is the page before the app runs; then it is let through
// and the app takes over.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DRAFT_KEY, browserAndServer, openHeld as openHeldIn, openLive, tabUntil, nextFrame, storeBeforeLoad, watchPage, appReady, headerAndIntro, assertNoProblems, runAxe, screenshot } from './helpers.mjs';

const env = browserAndServer();
const openHeld = (path, options) => openHeldIn(env, path, options);

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

test('another language shows its own copy of the first screen before the wasm arrives, as the app then draws it', async () => {
  for (const [path, options] of [['?lang=es&name=Escuela%20Lincoln&accent=%23aa3355', {}], ['', { locale: 'es-MX' }]]) {
    const label = `${path || '/'} ${options.locale ?? ''}`;
    const held = await openHeld(path, options);
    const { page } = held;
    await page.waitForSelector('#psc-static #psc-start', { state: 'visible' });
    assert.equal(await page.getAttribute('#psc-static', 'lang'), 'es', label);
    const copied = await page.$eval('#psc-static', headerAndIntro);
    assert.match(copied, /Español/, `${label}: the Spanish copy`);
    if (path) assert.equal(await page.textContent('#psc-static .psc-school-name'), 'Escuela Lincoln');
    if (!path) await screenshot(page, '390-00-static-intro-es');
    assert.deepEqual(await runAxe(page, `${label} static first screen`), []);
    held.release();
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es', label);
    assert.equal(await page.$eval('#psc-app > .psc-root', headerAndIntro), copied, `${label}: the copy was the app's first screen`);
    assertNoProblems(held.problems);
    await held.context.close();
  }
});

test('a language without a copy, a returning person, or a missing copy: the page\'s frame at once, never a blank page', async () => {
  const draft = 'partnership-selfcheck-draft 1 intro\n{"format": "partnership-selfcheck", "version": 1, "instrument_version": 1, "assessment_id": "5e1fc4ec6b", "areas": {}}';
  const cases = [
    ['?lang=ar-XB&name=Lincoln', {}, 'ar-XB', false],
    ['?lang=es', { missing: true }, 'es', false],
    ['', { draft }, 'en', true],
    ['#r=P1abc', {}, 'en', true],
  ];
  for (const [path, options, language, words] of cases) {
    const label = `${path || '/'} ${JSON.stringify(options).slice(0, 40)}`;
    const context = options.missing ? await env.browser.newContext() : null;
    if (context) await context.route('**/lang/es.*.html', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    const held = await openHeld(path, { ...options, context });
    const { page } = held;
    await page.waitForTimeout(300); // time for a copy that might arrive
    const box = await page.locator('#psc-static header').boundingBox();
    assert.ok(box && box.height > 20, `${label}: the header is there (${JSON.stringify(box)})`);
    assert.equal(await page.locator('#psc-static #psc-start').isVisible(), false, `${label}: no intro that the app may not show`);
    const shown = await page.locator('#psc-static .psc-brand').evaluate((e) => getComputedStyle(e).visibility === 'visible');
    assert.equal(shown, words, `${label}: the header's words only in the app's language`);
    if (path.includes('name=')) assert.equal(await page.locator('#psc-static .psc-school-name').isVisible(), true, `${label}: the school's name shows`);
    held.release();
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), language, label);
    assertNoProblems(held.problems.filter((p) => !(options.missing && /404/.test(p))));
    await held.context.close();
  }
});

test('static first screen: shown before the app runs, identical to the app\'s intro, accessible; Start pressed early shows the first question, which the app takes over', async () => {
  const held = await openHeld('', { width: 320 });
  const { page } = held;
  await page.waitForSelector('#psc-static #psc-start', { state: 'visible' });
  assert.equal(await page.locator('#psc-app > .psc-root').count(), 0, 'the app has not started: only the static copy is there');
  await screenshot(page, '320-00-static-intro');
  const copied = await page.$eval('#psc-static', headerAndIntro);
  assert.deepEqual(await runAxe(page, '320px static intro'), []);
  // Keyboard only, before the app is there: Tab to Start and press Enter.
  await tabUntil(page, '#psc-start');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#psc-static .psc-area-step', { state: 'visible' });
  assert.equal(await page.locator('#psc-app > .psc-root').count(), 0, 'the static copy\'s first question, before the app');
  held.release();
  await appReady(page);
  await page.waitForSelector('.psc-step-of');
  assert.match(await page.textContent('.psc-step-of'), /^Step 1 of \d+$/);
  await page.waitForFunction(() => document.activeElement?.id === 'psc-heading', null, { timeout: 5000 });
  assertNoProblems(held.problems);
  await held.context.close();

  // The app's own intro, on a page it has fully loaded.
  const { context, page: live, problems } = await openLive(env, 320);
  assert.equal(await live.$eval('#psc-app > .psc-root', headerAndIntro), copied, 'the static copy is the app\'s intro, element for element');
  assertNoProblems(problems);
  await context.close();
});

test('static first screen: keyboard focus moves to the same control in the app, and nothing else happens', async () => {
  const held = await openHeld('', { width: 1280 });
  const { page } = held;
  await page.waitForSelector('#psc-static #psc-start', { state: 'visible' });
  await tabUntil(page, '#psc-intro-about');
  held.release();
  await appReady(page);
  await nextFrame(page);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'psc-intro-about');
  assert.equal(await page.locator('.psc-intro').count(), 1, 'still on the intro');
  assertNoProblems(held.problems);
  await held.context.close();
});

test('static first screen: only the page\'s frame when the app may start elsewhere; nothing without JavaScript', async () => {
  const cases = [
    ['a link with results in the fragment', { path: '#r=P1abc' }, '.psc-notice.psc-error'],
    ['a saved draft', { draft: 'not a draft' }, '.psc-notice.psc-error'],
  ];
  for (const [label, options, appShows] of cases) {
    const held = await openHeld(options.path ?? '', { width: 1280, draft: options.draft });
    const { page } = held;
    await nextFrame(page);
    assert.equal(await page.locator('#psc-static header').isVisible(), true, `${label}: the header shows at once`);
    assert.equal(await page.locator('#psc-static main').isVisible(), false, `${label}: the intro does not`);
    assert.equal(await page.locator('#psc-start:visible').count(), 0, `${label}: no Start before the app runs`);
    held.release();
    await appReady(page);
    await page.waitForSelector(appShows);
    assertNoProblems(held.problems);
    await held.context.close();
  }
  const noScript = await openHeld('', { width: 1280, javaScript: false });
  assert.equal(await noScript.page.locator('button:visible').count(), 0, 'without JavaScript no button is shown');
  assert.match(await noScript.page.textContent('body'), /needs JavaScript and WebAssembly/);
  await noScript.context.close();
});

test('if the app cannot load, the static intro goes and a plain message says so', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page, '[no wasm]');
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
  await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('#psc-load-failed', { state: 'visible' });
  assert.equal(await page.locator('button:visible').count(), 0, 'no button that does nothing');
  assert.ok(problems.some((p) => /could not start/.test(p)), `the console says why: ${problems.join(' | ')}`);
  await context.close();
});
