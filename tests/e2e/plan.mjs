// End-to-end tests of the results page's plan: the feasibility scale, the
// priorities, and what the link, the draft and the printout keep of them.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserAndServer, watchPage, tabUntil, screenshot, nextFrame, completeByClicks, goToStep, appReady, assertNoProblems, runAxe,
} from './helpers.mjs';

// One browser and one strictly served dist/ for this file's tests.
const env = browserAndServer();

async function openPage(width, { bypassCSP = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, bypassCSP });
  const page = await context.newPage();
  const problems = await watchPage(page, `[plan ${width}px]`);
  await page.goto(env.server.url);
  await appReady(page);
  return { context, page, problems };
}

const plan = (area, position, what) => `#psc-plan-${area}-${position}-${what}`;

/** The practice a rating control belongs to: its group's legend. */
function practiceOf(page, selector) {
  return page.$eval(selector, (input) => input.closest('fieldset').querySelector('legend').textContent.trim());
}

/** The priorities as the page lists them: practice and the line under it. */
function priorities(page) {
  return page.$$eval('.psc-priorities > li', (items) => items.map((li) => li.innerText.replace(/\s+/g, ' ').trim()));
}

/** The plan's ratings, read from whichever view shows them. */
function ratingsShown(page) {
  return page.$$eval('.psc-plan-item', (items) => items.map((li) => li.innerText.replace(/\s+/g, ' ').trim()));
}

/**
 * A completed self-check (see completeByClicks: Building relationships at
 * Open-Door, Addressing differences at Fortress, Supporting advocacy at
 * Come-if-we-call, Sharing power at Open-Door, Linking to learning at
 * Partnership), plus one Partnership practice ticked in Building
 * relationships, which the plan then counts as already done.
 */
async function completedWithATickedNextPractice(page) {
  await completeByClicks(page);
  await goToStep(page, 1);
  await page.click('#psc-tick-building_relationships-partnership-1');
  await goToStep(page, 8);
  await page.waitForSelector('.psc-plan');
}

test('plan: rate, prioritise (three at most, quick wins first), keep on reload, share, open the link fresh, print on two pages', async () => {
  const { context, page, problems } = await openPage(390);
  await completedWithATickedNextPractice(page);
  assert.ok(await page.isChecked(plan('building_relationships', 1, 'already_doing')), 'a ticked practice starts as "Already doing this"');
  assert.equal(await page.$$eval('.psc-plan-area', (areas) => areas.length), 4, 'four areas are below Partnership');

  await page.click(plan('building_relationships', 0, 'hard'));
  await page.click(plan('sharing_power', 2, 'easy'));
  await page.click(plan('addressing_differences', 1, 'takes_time'));
  const hard = await practiceOf(page, plan('building_relationships', 0, 'hard'));
  const easy = await practiceOf(page, plan('sharing_power', 2, 'easy'));
  const slow = await practiceOf(page, plan('addressing_differences', 1, 'takes_time'));
  for (const [area, position] of [['building_relationships', 0], ['sharing_power', 2], ['addressing_differences', 1]]) {
    await page.click(plan(area, position, 'priority'));
  }
  // A fourth is refused in place, and its box stays unticked.
  await page.click(plan('supporting_advocacy', 0, 'priority'));
  await page.waitForSelector('.psc-plan [role=alert]');
  assert.match(await page.textContent('.psc-plan [role=alert]'), /three priorities/);
  assert.equal(await page.isChecked(plan('supporting_advocacy', 0, 'priority')), false);

  const listed = await priorities(page);
  assert.equal(listed.length, 3);
  assert.ok(listed[0].startsWith(easy) && /Quick win/.test(listed[0]), `the quick win comes first: ${listed[0]}`);
  assert.ok(listed[1].startsWith(slow), `then what takes time: ${listed[1]}`);
  assert.ok(listed[2].startsWith(hard), `then what will be hard: ${listed[2]}`);
  assert.match(listed[0], /Sharing power: a step toward Partnership School/);
  await screenshot(page, '390-11-plan');

  // The draft keeps the plan.
  await page.reload();
  await appReady(page);
  await page.waitForSelector('.psc-priorities');
  assert.deepEqual(await priorities(page), listed, 'the priorities are back after a reload');
  assert.ok(await page.isChecked(plan('building_relationships', 0, 'hard')));
  const own = await ratingsShown(page);

  // The link carries the plan; opened fresh, it shows the same plan.
  const link = await page.inputValue('#psc-share-link');
  const code = link.split('#r=')[1];
  assert.match(code, /^P2/, 'the link holds a format-2 code');
  assert.ok(code.length <= 48, `the code is ${code.length} characters`);
  const fresh = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
  const shared = await fresh.newPage();
  const sharedProblems = await watchPage(shared, '[plan shared]');
  await shared.goto(link.replace(/^[^#]*/, env.server.url));
  await shared.waitForSelector('.psc-shared-banner');
  // The same priorities, in the same order; shared results speak of the
  // barriers "they" checked.
  assert.deepEqual(await priorities(shared), listed.map((line) => line.replace('Barriers you checked', 'Barriers they checked')),
    'the same priorities, in the same order');
  const seen = await ratingsShown(shared);
  assert.equal(seen.length, own.length);
  assert.ok(seen.some((line) => line.startsWith(hard) && line.includes('This will be hard')), 'ratings are shown in words');
  assert.equal(await shared.$$eval('.psc-plan input', (inputs) => inputs.length), 0, 'shared results have no plan controls');
  assert.deepEqual(await runAxe(shared, 'shared plan'), []);
  await screenshot(shared, '390-12-shared-plan');
  assertNoProblems(sharedProblems);
  await fresh.close();

  // Print: today's date, the plan, no controls; the notes only when asked.
  assert.deepEqual(await runAxe(page, 'own plan'), []);
  await page.emulateMedia({ media: 'print' });
  const year = String(new Date().getFullYear());
  assert.match(await page.innerText('.psc-print-header'), new RegExp(year), 'the printout carries the local date');
  assert.equal(await page.isVisible('.psc-notes-results'), false, 'notes are left off the printout by default');
  assert.equal(await page.isVisible('.psc-priorities'), true);
  const countPages = async () => {
    const pdf = await page.pdf({ format: 'Letter' });
    return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  };
  const pages = await countPages();
  console.log(`# print with a plan: ${pages} page(s)`);
  assert.ok(pages >= 1 && pages <= 2, `the printout has ${pages} pages`);
  await page.emulateMedia({ media: 'screen' });
  await page.check('#psc-print-notes');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.psc-notes-results'), true, 'asked for, the notes are printed');
  assert.match(await page.innerText('.psc-notes-results'), /Private note\./);
  const withNotes = await countPages();
  assert.ok(withNotes <= 2, `the printout with notes has ${withNotes} pages`);
  assertNoProblems(problems);
  await context.close();
});

test('plan by keyboard alone at 320px, within the width even with wider text, and accessible', async () => {
  const { context, page, problems } = await openPage(320, { bypassCSP: true });
  await completedWithATickedNextPractice(page);
  // Into the first rating group, then the arrow keys choose within it.
  await tabUntil(page, '.psc-rating input[name="psc-plan-building_relationships-0"]');
  await page.keyboard.press('ArrowDown');
  await nextFrame(page);
  const chosen = await page.$eval('input[name="psc-plan-building_relationships-0"]:checked', (input) => input.value);
  assert.ok(chosen, 'an arrow key rates the practice');
  await tabUntil(page, plan('building_relationships', 0, 'priority'));
  await page.keyboard.press('Space');
  await page.waitForSelector('.psc-priorities');
  assert.equal((await priorities(page)).length, 1, 'Space makes it a priority');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'psc-plan-building_relationships-0-priority', 'focus stays on the box');

  assert.deepEqual(await runAxe(page, '320px plan'), []);
  await page.addStyleTag({ content: '.psc-root, .psc-root * { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; } .psc-root p { margin-bottom: 2em !important; }' });
  await nextFrame(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `the results page with its plan is ${width}px wide`);
  const clipped = await page.$$eval('.psc-bars-label, .psc-axis-label, .psc-rating label, .psc-stacked tbody td, .psc-stacked tbody th',
    (cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent.slice(0, 40)));
  assert.deepEqual(clipped, [], 'no clipped text in the chart, the scale or the stacked tables');
  const smallest = await page.$$eval('.psc-bars-label, .psc-axis-label',
    (nodes) => Math.min(...nodes.map((n) => parseFloat(getComputedStyle(n).fontSize))));
  assert.ok(smallest >= 14, `chart text is ${smallest}px`);
  await screenshot(page, '320-11-plan');
  assertNoProblems(problems);
  await context.close();
});
