// End-to-end tests of the static first question (scripts/loader.js): Start
// pressed on the page's static copy shows the first area's question at
// once, before the WebAssembly has arrived, with its practices in the order
// the app will list them; what the person ticks and chooses there, and a
// button they press, carry over when the app takes over; settings that
// change the steps make Start wait for the app as before.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AREAS, LEVELS, browserAndServer, openHeld, appReady, assertNoProblems, runAxe, focusedId, screenshot } from './helpers.mjs';

const env = browserAndServer();
const FIRST = AREAS[0];

/** The ids of the practices' boxes in the list under `root`, in the order shown. */
const listed = (page, root) => page.$$eval(`${root} .psc-practices input[type=checkbox]`, (boxes) => boxes.map((b) => b.id));

/** Every id that is on the page more than once. */
const doubled = (page) => page.evaluate(() => {
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
});

test('Start on the static copy shows the first question at once; what is done there carries over to the app', async () => {
  const held = await openHeld(env, '?name=Lincoln%20Elementary&accent=%23336699');
  const { page } = held;
  // The app's files were asked for when the page loaded; nothing is asked
  // for once the person has started.
  const late = [];
  page.on('request', (request) => late.push(request.url()));
  await page.click('#psc-static #psc-start');
  await page.waitForSelector('#psc-static .psc-area-step', { state: 'visible' });
  assert.equal(await page.locator('#psc-app > .psc-root').count(), 0, 'the app has not started: this is the copy');
  // Focus moves in the frame that shows the question.
  await page.waitForFunction(() => document.activeElement?.id === 'psc-heading', null, { timeout: 5000 });
  assert.ok(await page.$eval('#psc-static #psc-heading', (h) => h === document.activeElement), 'focus is on the question\'s heading, as in the app');
  assert.equal(await page.textContent('#psc-static .psc-school-name'), 'Lincoln Elementary');
  assert.deepEqual(await doubled(page), [], 'the intro made way for the question: no id twice');
  const order = await listed(page, '#psc-static');
  assert.equal(order.length, 12);
  assert.deepEqual(await runAxe(page, 'static first question'), []);
  await screenshot(page, '390-00-static-first-question');

  // Two boxes by keyboard and pointer, a choice, then Next, all before the app.
  await page.focus(`#${order[0]}`);
  await page.keyboard.press('Space');
  await page.click(`label[for="${order[5]}"]`);
  await page.click(`#psc-static #psc-mark-${FIRST}-open_door`);
  await page.click('#psc-static #psc-next');
  assert.equal(await page.getAttribute('#psc-static', 'aria-busy'), 'true', 'the press is taken, to be carried out');
  held.release();
  await appReady(page);
  await page.waitForSelector(`#psc-app #psc-mark-${AREAS[1]}-fortress`);
  assert.equal(await focusedId(page), 'psc-heading', 'Next was carried out: the second area, its heading focused');
  assert.equal(await page.getAttribute('html', 'data-psc-assessment'), null, 'the app took the loader\'s id once');

  await page.click('#psc-back');
  await page.waitForSelector(`#psc-app #psc-mark-${FIRST}-fortress`);
  assert.deepEqual(await listed(page, '#psc-app'), order, 'the app lists the practices in the order the copy showed');
  const ticked = await page.$$eval('#psc-app .psc-practices input:checked', (boxes) => boxes.map((b) => b.id).sort());
  assert.deepEqual(ticked, [order[0], order[5]].sort(), 'the boxes ticked on the copy are ticked in the app');
  assert.ok(await page.isChecked(`#psc-mark-${FIRST}-open_door`), 'the choice made on the copy is the app\'s');
  assert.deepEqual(await doubled(page), [], 'no id twice once the app has taken over');
  assert.deepEqual(late, [], 'no request after Start');
  assertNoProblems(held.problems);
  await held.context.close();
});

test('the loader lists the first area as the core does for the same id (src/core/order.rs)', async () => {
  // The core's test `the_first_areas_order_is_the_one_the_loader_follows`
  // has this list for id 0102030405, as (type, position).
  const core = [[0, 1], [3, 2], [0, 2], [1, 0], [1, 2], [3, 1], [1, 1], [2, 0], [2, 1], [0, 0], [2, 2], [3, 0]]
    .map(([level, position]) => `psc-tick-${FIRST}-${LEVELS[level]}-${position}`);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    crypto.getRandomValues = (array) => { array.set([1, 2, 3, 4, 5].slice(0, array.length)); return array; };
  });
  const held = await openHeld(env, '', { context });
  const { page } = held;
  await page.click('#psc-static #psc-start');
  assert.deepEqual(await listed(page, '#psc-static'), core, 'the copy');
  held.release();
  await appReady(page);
  assert.deepEqual(await listed(page, '#psc-app'), core, 'the app');
  assertNoProblems(held.problems);
  await context.close();
});

test('in Spanish, the static first question is the Spanish one, and the app keeps its order', async () => {
  const held = await openHeld(env, '?lang=es');
  const { page } = held;
  await page.waitForSelector('#psc-static[lang="es"] #psc-start', { state: 'visible' });
  await page.click('#psc-static #psc-start');
  await page.waitForSelector('#psc-static .psc-area-step', { state: 'visible' });
  const heading = await page.textContent('#psc-static #psc-heading');
  const order = await listed(page, '#psc-static');
  held.release();
  await appReady(page);
  await page.waitForSelector(`#psc-app #psc-mark-${FIRST}-fortress`);
  assert.equal(await page.textContent('#psc-app #psc-heading'), heading, 'the same words as the app\'s');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.deepEqual(await listed(page, '#psc-app'), order);
  assertNoProblems(held.problems);
  await held.context.close();
});

test('with settings that change the steps, Start waits for the app, which then starts on the first question', async () => {
  for (const path of ['?order=book', '?barriers=off&name=Lincoln', '?debug=1']) {
    const held = await openHeld(env, path);
    const { page } = held;
    await page.click('#psc-static #psc-start');
    assert.equal(await page.locator('#psc-static .psc-area-step').count(), 0, `${path}: no static question`);
    assert.equal(await page.getAttribute('#psc-static', 'aria-busy'), 'true', `${path}: the press is taken`);
    held.release();
    await appReady(page);
    await page.waitForSelector(`#psc-app #psc-mark-${FIRST}-fortress`);
    assert.equal(await focusedId(page), 'psc-heading', `${path}: the app carried out Start`);
    assertNoProblems(held.problems);
    await held.context.close();
  }
});

test('a language chosen on the static question is the app\'s when it takes over', async () => {
  const held = await openHeld(env, '?name=Lincoln');
  const { page } = held;
  await page.click('#psc-static #psc-start');
  const order = await listed(page, '#psc-static');
  await page.selectOption('#psc-static #psc-language', 'es');
  held.release();
  await appReady(page);
  await page.waitForFunction(() => document.documentElement.lang === 'es', null, { timeout: 15000 });
  assert.equal(await page.inputValue('#psc-app #psc-language'), 'es');
  assert.ok(await page.isVisible(`#psc-app #psc-mark-${FIRST}-fortress`), 'still on the first question');
  assert.deepEqual(await listed(page, '#psc-app'), order);
  assertNoProblems(held.problems);
  await held.context.close();
});

