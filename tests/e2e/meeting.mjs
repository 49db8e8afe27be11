// End-to-end tests of the tools page as the action team's meeting
// companion: six colleagues' links (with plan ratings) pooled, the summary
// read, a three-step team plan built, kept across a reload, downloaded and
// opened again, and the summary, plan and guide printed apart.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  browserAndServer, watchPage, screenshot, nextFrame, completeByClicks, appReady, assertNoProblems, runAxe,
} from './helpers.mjs';

// One browser and one strictly served dist/ for this file's tests.
const env = browserAndServer();

/** Six colleagues, each in a browser of their own, rating one practice "easy" each. */
async function makeSixLinks() {
  const links = [];
  for (let i = 0; i < 6; i++) {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await appReady(page);
    await completeByClicks(page);
    // Everyone calls the same practice easy; half of them a second one.
    await page.click('#psc-plan-building_relationships-0-easy');
    if (i % 2 === 0) await page.click('#psc-plan-sharing_power-1-easy');
    links.push(await page.inputValue('#psc-share-link'));
    await context.close();
  }
  return links;
}

// The six colleagues complete their self-checks once, for every test here.
let six;
const sixLinksWithRatings = () => (six ??= makeSixLinks());

/**
 * The tools page at `width` with the six links pooled; `init` runs in the
 * page before it loads (a stubbed print dialog, blocked storage).
 */
async function pooledToolsPage(width, label, { init, acceptDownloads = false } = {}) {
  const links = await sixLinksWithRatings();
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, acceptDownloads });
  const page = await context.newPage();
  const problems = await watchPage(page, label);
  if (init) await page.addInitScript(init);
  await page.goto(`${env.server.url}tools/`);
  await appReady(page);
  await page.fill('#psc-team-paste', links.join('\n'));
  await page.click('#psc-team-add');
  await page.waitForSelector('.psc-team-plan');
  return { context, page, problems, links };
}

/** Pages in a PDF of the page as printed now. */
async function printedPages(page) {
  const pdf = await page.pdf({ format: 'Letter' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
}

test('meeting: six colleagues pooled, a three-step plan built, kept on reload, downloaded and reopened; summary, plan and guide printed apart', async () => {
  // The print dialog is the browser's; here it only marks what is printed.
  const { context, page, problems, links } = await pooledToolsPage(1280, '[meeting]', {
    init: () => { window.print = () => {}; },
    acceptDownloads: true,
  });
  assert.match(await page.innerText('.psc-guide'), /45/, 'the guide is a 45-minute agenda');
  // The calibrated summary: six people who chose the same types agree, and
  // the practice all six call easy is the first quick win.
  assert.match(await page.innerText('.psc-team-results'), /Staff mostly agree in every area\./);
  assert.equal(await page.$$eval('.psc-conversations li', (items) => items.length), 0);
  const wins = await page.$$eval('.psc-team-quick-wins > li', (items) => items.map((li) => li.innerText));
  assert.ok(wins.length >= 1 && /Staff visit the home of every new family/.test(wins[0]), `quick wins: ${wins.join(' | ')}`);
  assert.equal(await page.$$eval('.psc-team-bars .psc-stack', (bars) => bars.length), 5, 'a full-width bar per area');

  // Three steps: two suggested practices and one typed.
  const adds = await page.$$('.psc-plan-candidates button');
  assert.ok(adds.length >= 2, 'the results suggest practices');
  await adds[0].click();
  await page.click('.psc-plan-candidates li:nth-child(2) button');
  await page.fill('#psc-plan-typed', 'A welcome breakfast for new families');
  await page.selectOption('#psc-plan-typed-area', 'building_relationships');
  await page.click('#psc-plan-add-typed');
  await page.waitForSelector('.psc-plan-step:nth-child(3)');
  await page.fill('#psc-plan-step-1-what', 'Visit every new family before October');
  await page.fill('#psc-plan-step-1-lead', 'Family liaison');
  await page.fill('#psc-plan-step-1-by-when', 'October');
  await page.fill('#psc-plan-step-1-cost', 'Two substitute days, Title I family funds');
  await page.fill('#psc-plan-step-1-how', 'Every new family visited; survey in spring');
  await page.click('.psc-plan-step:nth-child(3) .psc-actions button:first-child'); // "Move up"
  const steps = () => page.$$eval('.psc-plan-step legend', (legends) => legends.map((l) => l.textContent));
  const built = await steps();
  assert.equal(built.length, 3);
  assert.match(built[1], /welcome breakfast/, 'the typed step moved up');

  // Kept on this device across a reload: the plan and the pool, without
  // pasting the links again.
  await page.reload();
  await appReady(page);
  await page.waitForSelector('.psc-plan-step:nth-child(3)');
  assert.match(await page.innerText('.psc-team-count'), new RegExp(`${links.length} different self-checks pooled`));
  assert.deepEqual(await steps(), built, 'the plan is back after a reload');
  assert.equal(await page.inputValue('#psc-plan-step-1-lead'), 'Family liaison');

  // Downloaded, removed, and opened again from the file.
  const dir = await mkdtemp(join(tmpdir(), 'psc-plan-'));
  const download = page.waitForEvent('download');
  await page.click('#psc-plan-download');
  const path = join(dir, 'plan.json');
  await (await download).saveAs(path);
  const json = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(json.format, 'partnership-selfcheck-team-plan');
  assert.equal(json.items.length, 3);
  for (let i = 0; i < 3; i++) await page.click('.psc-plan-step:first-child .psc-danger');
  await page.waitForSelector('.psc-plan-step', { state: 'detached' });
  await page.setInputFiles('#psc-plan-open', path);
  await page.waitForSelector('.psc-plan-step:nth-child(3)');
  assert.deepEqual(await steps(), built, 'the plan file opens to the same plan');
  await rm(dir, { recursive: true, force: true });
  assert.deepEqual(await runAxe(page, 'meeting: summary, plan and guide'), []);
  await screenshot(page, '1280-tools-meeting');

  // Printing: the summary without the tools, then the plan, then the guide.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#psc-team-paste'), false, 'no paste box on paper');
  assert.equal(await page.isVisible('.psc-team-log'), false, 'no intake log on paper');
  assert.equal(await page.isVisible('.psc-team-plan'), false, 'the summary prints without the plan');
  const summaryPages = await printedPages(page);
  await page.emulateMedia({ media: 'screen' });
  await page.click('#psc-print-plan');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.psc-team-plan'), true);
  assert.equal(await page.isVisible('.psc-guide'), false);
  assert.equal(await page.isVisible('#psc-plan-step-1-lead'), true, 'the steps print with what was typed into them');
  const planPages = await printedPages(page);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await page.click('#psc-print-guide');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.psc-guide'), true);
  assert.equal(await page.isVisible('.psc-team-plan'), false);
  const guidePages = await printedPages(page);
  console.log(`# printed: summary ${summaryPages}, plan ${planPages}, guide ${guidePages} page(s)`);
  assert.ok(summaryPages <= 2, `the summary prints on ${summaryPages} pages`);
  assert.equal(planPages, 1, `the plan prints on ${planPages} pages`);
  assert.ok(guidePages <= 2, `the guide prints on ${guidePages} pages`);
  assertNoProblems(problems);
  await context.close();
});

test('meeting: the team plan and guide fit 320px and pass axe', async () => {
  const { context, page, problems } = await pooledToolsPage(320, '[meeting 320px]');
  await page.click('.psc-plan-candidates button');
  await page.waitForSelector('.psc-plan-step');
  await nextFrame(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `the tools page with a plan is ${width}px wide`);
  assert.deepEqual(await runAxe(page, '320px meeting'), []);
  await screenshot(page, '320-tools-meeting');
  assertNoProblems(problems);
  await context.close();
});

test('meeting: with storage blocked the plan still works, and the page says it is not kept', async () => {
  // As in a cross-site iframe with third-party storage blocked.
  const { context, page, problems } = await pooledToolsPage(1280, '[meeting, storage blocked]', {
    init: () => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    },
  });
  await page.click('.psc-plan-candidates button');
  await page.waitForSelector('.psc-plan-step');
  await page.fill('#psc-plan-step-1-lead', 'Principal');
  assert.equal(await page.inputValue('#psc-plan-step-1-lead'), 'Principal', 'the plan is edited as usual');
  assert.match(await page.innerText('.psc-team-plan'), /not keeping the plan/);
  assertNoProblems(problems);
  await context.close();
});
