// End-to-end tests of the facilitator's page as one reducer (issue 19):
// the ten findings of a facilitator with colleagues' links in a messy
// e-mail thread, each reproduced and now passing.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AREAS, LEVELS, BELIEFS, browserAndServer, watchPage, screenshot, nextFrame, appReady, assertNoProblems, runAxe, tabUntil, pdfPages,
} from './helpers.mjs';

const env = browserAndServer();
const POOL_KEY = 'partnership-selfcheck:team-pool';
const PLAN_KEY = 'partnership-selfcheck:team-plan';
const SCHOOL = 'Lincoln Elementary';

/**
 * Completes a self-check with one mark per area: a level index 0–3, 'not_sure',
 * or null for no mark (and no practice checked). Returns the share link.
 */
async function completeWith(page, marks) {
  await page.click('#psc-start');
  for (const [i, area] of AREAS.entries()) {
    await page.waitForSelector(`#psc-mark-${area}-fortress`);
    const mark = marks[i];
    if (mark !== null) {
      await page.click(`#psc-mark-${area}-${typeof mark === 'number' ? LEVELS[mark] : mark}`);
    }
    await page.click('#psc-next');
  }
  await page.waitForSelector(`#psc-belief-${BELIEFS[0]}-held-1`);
  await page.click(`#psc-belief-${BELIEFS[0]}-held-4`);
  await page.click('#psc-next');
  await page.waitForSelector('#psc-notes');
  await page.click('#psc-next');
  await page.waitForSelector('#psc-share-link');
  return page.inputValue('#psc-share-link');
}

/** One colleague in a browser of their own. */
async function colleague(marks) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await appReady(page);
  const link = await completeWith(page, marks);
  await context.close();
  return link;
}

// Six colleagues whose marks give each agreement case once, by column:
// agree (Open-Door), evenly split, far apart, nobody marked (not sure or
// no mark), one colleague far off the rest.
const PATTERN = [
  [2, 1, 0, 'not_sure', 0],
  [2, 1, 0, null, 2],
  [2, 1, 3, 'not_sure', 2],
  [2, 2, 3, null, 2],
  [1, 2, 3, 'not_sure', 2],
  [2, 2, 3, null, 2],
];
let links;
const sixLinks = async () => (links ??= await Promise.all(PATTERN.map((marks) => colleague(marks))));

/** The tools page of a fresh facilitator at `width`. */
async function toolsPage(width, label, { height = 800, query = `?name=${encodeURIComponent(SCHOOL)}`, acceptDownloads = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, acceptDownloads });
  const page = await context.newPage();
  const problems = await watchPage(page, label);
  await page.goto(`${env.server.url}tools/${query}`);
  await appReady(page);
  return { context, page, problems };
}

/** Pastes text into the team box and adds it. */
async function paste(page, text) {
  await page.fill('#psc-team-paste', text);
  await page.click('#psc-team-add');
}

/** Adds a plan step in the facilitator's own words; it becomes step `number`. */
async function addTypedStep(page, words, number = 1) {
  await page.fill('#psc-plan-typed', words);
  await page.click('#psc-plan-add-typed');
  await page.waitForSelector(`#psc-plan-step-${number}`);
}

const focused = (page) => page.evaluate(() => document.activeElement?.id);
const count = (page) => page.innerText('.psc-team-count');
const stored = (page) => page.evaluate(([pool, plan]) => [localStorage.getItem(pool), localStorage.getItem(plan)], [POOL_KEY, PLAN_KEY]);

test('facilitator: the pool and plan survive switching tools, the language and a reload; focus follows; clear asks and undo brings everything back', async () => {
  const thread = (await sixLinks()).map((link, i) => `> From colleague ${i + 1}:\n> ${link}\n>`).join('\n');
  const { context, page, problems } = await toolsPage(1366, '[pool kept]', { height: 768 });
  await paste(page, thread);
  await page.waitForSelector('.psc-team-count');
  assert.equal(await focused(page), 'psc-team-results-heading', 'focus moves to the results after adding');
  assert.match(await count(page), /6 different self-checks pooled/);
  const headingTop = await page.$eval('#psc-team-results-heading', (h) => h.getBoundingClientRect().top);
  assert.ok(headingTop >= 0 && headingTop < 768, `the results heading is scrolled into view (${headingTop}px)`);

  // Nothing new: focus goes to the log that says why.
  await paste(page, thread.split('\n').slice(0, 3).join('\n'));
  await page.waitForFunction(() => document.activeElement?.id === 'psc-team-log-heading');

  await addTypedStep(page, 'Coffee mornings at drop-off');
  assert.equal(await focused(page), 'psc-plan-step-1', 'focus moves to the new plan step');
  await page.fill('#psc-plan-step-1-lead', 'Family liaison');
  assert.match(await page.innerText('.psc-kept-line'), /A team plan and 6 pooled self-checks are kept on this device\./);

  // Compare and back.
  await page.click('#psc-tool-compare');
  await page.fill('#psc-compare-before', 'half-pasted');
  await page.click('#psc-tool-team');
  assert.match(await count(page), /6 different self-checks pooled/, 'the pool is still there after Compare');
  assert.equal(await page.inputValue('#psc-plan-step-1-lead'), 'Family liaison');
  await page.click('#psc-tool-compare');
  assert.equal(await page.inputValue('#psc-compare-before'), 'half-pasted', 'and so is the comparison');
  await page.click('#psc-tool-team');

  // Spanish and back.
  await page.selectOption('#psc-language', 'es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.match(await count(page), /6/);
  assert.match(await page.innerText('.psc-kept-line'), /un plan del equipo y 6 autoevaluaciones/);
  await page.selectOption('#psc-language', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.inputValue('#psc-plan-step-1-lead'), 'Family liaison');

  // A reload: the pool and the plan are back without pasting anything.
  await page.reload();
  await appReady(page);
  assert.match(await count(page), /6 different self-checks pooled/, 'the pool is kept across a reload');
  assert.equal(await page.inputValue('#psc-plan-step-1-lead'), 'Family liaison');
  const [pool, plan] = await stored(page);
  assert.match(pool, /^partnership-selfcheck-team-pool 2\n(P2[A-Za-z0-9_-]{44}\n){6}$/, 'the pool is kept as six codes');
  assert.ok(plan.includes('Family liaison'));

  // Clear everything asks first, forgets plan and pool, and undo brings them back.
  await page.click('#psc-team-clear');
  assert.equal(await focused(page), 'psc-clear-question');
  await page.click('#psc-clear-cancel');
  assert.match(await count(page), /6 different/);
  await page.click('#psc-team-clear');
  await page.click('#psc-clear-yes');
  await page.waitForSelector('#psc-clear-undo');
  assert.equal(await focused(page), 'psc-clear-undo');
  assert.deepEqual(await stored(page), [null, null], 'nothing is left in storage');
  assert.equal(await page.$('.psc-team-count'), null);
  assert.equal(await page.$('#psc-plan-step-1'), null);
  await page.click('#psc-clear-undo');
  await page.waitForSelector('.psc-team-count');
  assert.match(await count(page), /6 different/);
  assert.equal(await page.inputValue('#psc-plan-step-1-lead'), 'Family liaison');
  assert.notEqual((await stored(page))[0], null, 'undo keeps them on the device again');
  await page.click('#psc-team-clear');
  await page.click('#psc-clear-yes');
  await page.reload();
  await appReady(page);
  assert.equal(await page.$('.psc-team-count'), null, 'cleared stays cleared after a reload');
  assert.match(await page.innerText('.psc-kept-line'), /Nothing is kept on this device yet/);
  assertNoProblems(problems);
  await context.close();
});

test('facilitator: a corrected resend is flagged, the later answers count, and the earlier can be chosen', async () => {
  const others = (await sixLinks()).slice(0, 5);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const teacher = await context.newPage();
  await teacher.goto(env.server.url);
  await appReady(teacher);
  const first = await completeWith(teacher, [0, 0, 0, 0, 0]);
  // She goes back to the first area, corrects her mark and shares again:
  // the same self-check (the same random id) with other answers.
  await teacher.click('#psc-goto-1');
  await teacher.click(`#psc-mark-${AREAS[0]}-partnership`);
  await teacher.click('#psc-goto-8');
  await teacher.waitForFunction((old) => document.querySelector('#psc-share-link')?.value !== old, first);
  const second = await teacher.inputValue('#psc-share-link');
  await context.close();

  const { context: tools, page, problems } = await toolsPage(1280, '[resend]');
  await paste(page, [...others, first].join('\n'));
  await page.waitForSelector('.psc-team-count');
  const fortress = () => page.$eval('.psc-team-table tbody tr:first-child td:nth-child(2)', (td) => td.textContent);
  const before = await fortress();
  await paste(page, `Sorry, I changed my answers:\n${second}`);
  await page.waitForSelector('.psc-status-changed');
  assert.match(await page.innerText('.psc-status-changed'), /sent again with different answers\. The answers pasted last are counted\./);
  assert.match(await page.innerText('.psc-team-tally'), /1 sent again with different answers/);
  assert.match(await count(page), /6 different/, 'still one self-check');
  assert.equal(Number(await fortress()), Number(before) - 1, 'the later answers are counted');
  await page.click('.psc-resend-choice');
  await page.waitForFunction(() => /chose to count the earlier/.test(document.querySelector('.psc-status-changed')?.textContent));
  assert.equal(await fortress(), before, 'the earlier answers are counted again');
  assertNoProblems(problems);
  await tools.close();
});

test('facilitator: a team link in the team box is recognised, opened and compared', async () => {
  const { context, page, problems } = await toolsPage(1280, '[team link]');
  await paste(page, (await sixLinks()).join('\n'));
  await page.waitForSelector('#psc-team-link');
  const teamLink = await page.inputValue('#psc-team-link');
  const { context: other, page: second, problems: secondProblems } = await toolsPage(1280, '[team link, second]');
  await paste(second, `Here is last term's summary:\n${teamLink}\nThanks`);
  await second.waitForSelector('.psc-status-team-link');
  assert.match(await second.innerText('.psc-status-team-link'), /a team summary link of 6 people, not one person's self-check/);
  assert.match(await second.innerText('.psc-team-log'), /2 lines held no link or code/, 'the greeting and the thanks, not the link');
  await second.click('.psc-team-link-open');
  await second.waitForSelector('.psc-shared-banner');
  assert.match(await second.innerText('.psc-team-count'), /6 different self-checks pooled/);
  await second.click('#psc-team-view-back');
  await second.waitForSelector('#psc-team-paste');
  await second.click('.psc-team-link-compare');
  await second.waitForSelector('#psc-compare-before');
  assert.equal(await second.inputValue('#psc-compare-before'), teamLink.split('#t=')[1]);
  assertNoProblems(problems);
  assertNoProblems(secondProblems);
  await context.close();
  await other.close();
});

test('facilitator: the table, the conversations and the guide tell one story, and every bar has the axis\'s scale', async () => {
  const { context, page, problems } = await toolsPage(1280, '[one story]');
  await paste(page, (await sixLinks()).join('\n'));
  await page.waitForSelector('.psc-guide');
  const agreement = await page.$$eval('.psc-team-table tbody tr', (rows) => rows.map((r) => r.lastElementChild.textContent));
  assert.deepEqual(agreement, ['mostly agree', 'evenly split', 'far apart', '–', 'mostly agree']);
  const titles = await page.$$eval('.psc-team-table tbody th', (ths) => ths.map((th) => th.textContent));
  const talked = await page.$$eval('.psc-conversations li strong', (s) => s.map((e) => e.textContent));
  assert.deepEqual(talked.sort(), [titles[1], titles[2]].sort(), 'the split areas, and only they, are conversations');
  const agreed = await page.$$eval('.psc-guide-part', (parts) => {
    const part = parts.find((p) => /Where we agree/.test(p.querySelector('h4').textContent));
    return part ? [...part.querySelectorAll(':scope > ul > li')].map((li) => li.textContent) : [];
  });
  assert.deepEqual(agreed, [titles[0], titles[4]], 'where we agree: the areas the table says agree');

  // Every bar's whole width is the number of self-checks the axis names,
  // and its parts fill it: Not sure and no answer are drawn in their pattern.
  const bars = await page.$$eval('.psc-team-bars .psc-stack', (svgs) => svgs.map((svg) => {
    const rects = [...svg.querySelectorAll('rect')];
    const percent = (r) => parseFloat(r.getAttribute('width'));
    return {
      total: Number(svg.dataset.total),
      sum: Math.round(rects.reduce((s, r) => s + percent(r), 0) * 100) / 100,
      widths: rects.map((r) => Math.round(percent(r) * 6 / 100 * 100) / 100),
      hatched: rects.filter((r) => r.getAttribute('fill') === 'url(#psc-hatch)').map(percent),
      drawn: Math.round(svg.getBoundingClientRect().width),
    };
  }));
  assert.deepEqual(bars.map((b) => b.total), [6, 6, 6, 6, 6]);
  assert.deepEqual(bars.map((b) => b.sum), [100, 100, 100, 100, 100], 'every bar fills exactly its axis');
  assert.deepEqual(bars[0].widths, [1, 5], 'Come-if-we-call 1 and Open-Door 5 of 6');
  assert.deepEqual(bars[3].hatched, [100], 'the area nobody marked is all "not sure or no answer"');
  const axis = await page.$eval('.psc-stack-axis', (p) => Math.round(p.getBoundingClientRect().width));
  assert.ok(bars.every((b) => b.drawn === axis), `every bar is as wide as the axis (${axis}px)`);
  assert.match(await page.innerText('.psc-stack-axis'), /all 6 self-checks \(the whole bar\)/);
  assert.match(await page.innerText('.psc-legend'), /Not sure or no answer/);
  assertNoProblems(problems);
  await context.close();
});

/** Visible headings with nothing visible after them before the next heading. */
function emptyHeadings(page) {
  return page.evaluate(() => {
    const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const all = [...document.querySelectorAll('#psc-app *')].filter(visible);
    const headings = all.filter((e) => /^H[1-6]$/.test(e.tagName));
    return headings.filter((h) => {
      const i = all.indexOf(h);
      const next = all.slice(i + 1).find((e) => !h.contains(e) && (e.textContent.trim() || e.tagName === 'svg' || e.tagName === 'TABLE'));
      return !next || /^H[1-6]$/.test(next.tagName) && Number(next.tagName[1]) <= Number(h.tagName[1]);
    }).map((h) => h.textContent.trim());
  });
}

test('facilitator: printouts carry no navigation and no empty heading, and every page the school and the date', async () => {
  const { context, page, problems } = await toolsPage(1280, '[print]');
  await page.evaluate(() => { window.print = () => {}; });
  await paste(page, (await sixLinks()).join('\n'));
  await addTypedStep(page, 'Coffee mornings at drop-off');
  const check = async (what) => {
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['#psc-back-to-self-check', 'nav', '#psc-language', '#psc-team-paste', '.psc-kept']) {
      assert.equal(await page.isVisible(selector), false, `${what}: ${selector} is not printed`);
    }
    assert.deepEqual(await emptyHeadings(page), [], `${what}: no heading without content`);
    // Every printed page names the school and the date (read from the PDF).
    const pages = await pdfPages(page);
    await page.emulateMedia({ media: 'screen' });
    assert.ok(pages.length >= 1);
    for (const [i, words] of pages.entries()) {
      assert.match(words, new RegExp(`${SCHOOL} · Printed on \\w+ \\d+, \\d{4}`), `${what}, page ${i + 1} of ${pages.length}: school and date`);
    }
    return pages.length;
  };
  // Enough plan steps that the plan, like the summary, needs two pages.
  for (let i = 2; i <= 7; i++) await addTypedStep(page, `Step number ${i}`, i);
  assert.ok(await check('summary') <= 2, 'the summary of six prints on two pages at most');
  await page.click('#psc-print-plan');
  assert.ok(await check('plan') >= 2, 'the long plan prints on more than one page');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.click('#psc-print-guide');
  await check('guide');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assertNoProblems(problems);
  await context.close();
});

test('facilitator: a team beside one person compared anyway speaks of differences, not changes', async () => {
  const { context, page, problems } = await toolsPage(1280, '[compare anyway]');
  await paste(page, (await sixLinks()).join('\n'));
  await page.waitForSelector('#psc-team-link');
  const teamLink = await page.inputValue('#psc-team-link');
  await page.click('#psc-tool-compare');
  await page.fill('#psc-compare-before', teamLink);
  await page.fill('#psc-compare-after', (await sixLinks())[0]);
  await page.click('#psc-compare-go');
  await page.click('#psc-compare-anyway');
  await page.waitForSelector('#psc-compare-note');
  assert.equal(await focused(page), 'psc-compare-note');
  const words = await page.innerText('.psc-compare-results');
  assert.doesNotMatch(words, /moved up|moved down|no change/, 'no change over time is claimed');
  assert.match(words, /Difference: /);
  assertNoProblems(problems);
  await context.close();
});

test('facilitator: the CSV has only real practices, numbered from 0, with their words and the school', async () => {
  const { context, page, problems } = await toolsPage(1280, '[csv]', { acceptDownloads: true });
  await paste(page, (await sixLinks()).join('\n'));
  await page.waitForSelector('#psc-team-csv');
  const dir = await mkdtemp(join(tmpdir(), 'psc-csv-'));
  const download = page.waitForEvent('download');
  await page.click('#psc-team-csv');
  const path = join(dir, 'team.csv');
  await (await download).saveAs(path);
  const csv = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'group,section,item,value,count,pta_standards,epstein_types,text');
  const practiceRows = lines.filter((l) => l.includes(',practice,'));
  assert.equal(practiceRows.length, 5 * 3 * 3 * 6, 'six rows for each practice the rubric lists');
  assert.ok(practiceRows.every((l) => /\/[0-2],/.test(l)), 'positions 0 to 2, as in the results file');
  assert.ok(lines.slice(1).every((l) => l.startsWith(`${SCHOOL},`)), 'every row names the school');
  assert.match(csv, /,practice,building_relationships\/open_door\/0,doing,\d+,,,"?[A-Z]/);
  await rm(dir, { recursive: true, force: true });
  assertNoProblems(problems);
  await context.close();
});

test('facilitator: the presentation view by keyboard at 1366×768, one section a screen, Escape back, axe clean', async () => {
  const { context, page, problems } = await toolsPage(1366, '[present]', { height: 768 });
  await paste(page, (await sixLinks()).join('\n'));
  await page.waitForSelector('#psc-present');
  await tabUntil(page, '#psc-present');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.psc-present');
  assert.equal(await focused(page), 'psc-slide-heading');
  const seen = [];
  for (let i = 0; i < 6; i++) {
    await nextFrame(page);
    seen.push(await page.innerText('#psc-slide-heading'));
    assert.match(await page.innerText('.psc-present-counter'), new RegExp(`Screen ${i + 1} of 6`));
    const { height, width } = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth }));
    assert.ok(width <= 1366, `screen ${i + 1} is ${width}px wide`);
    assert.ok(height <= 768, `screen ${i + 1} fits the projector: it is ${height}px tall`);
    const fontSize = await page.$eval('.psc-slide', (s) => parseFloat(getComputedStyle(s).fontSize));
    assert.ok(fontSize >= 24, `large type (${fontSize}px)`);
    assert.deepEqual(await runAxe(page, `presentation screen ${i + 1}`), []);
    await screenshot(page, `1366-present-${i + 1}`, { fullPage: false });
    await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
  }
  assert.equal(new Set(seen).size, 6, `six different screens: ${seen.join(' | ')}`);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => /Screen 5 of 6/.test(document.querySelector('.psc-present-counter').textContent));
  await page.keyboard.press('Escape');
  await page.waitForSelector('.psc-present', { state: 'detached' });
  assert.equal(await focused(page), 'psc-present', 'Escape returns to the button that opened it');
  assert.match(await count(page), /6 different/);
  assertNoProblems(problems);
  await context.close();
});
