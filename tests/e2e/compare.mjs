// End-to-end tests of the tools page's comparison: the overall labels, the
// labelled bars, the stacked tables on a phone, and the refusal of a team
// beside one person with its "Compare anyway".
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  browserAndServer, watchPage, screenshot, nextFrame, appReady, assertNoProblems, runAxe, personLink as completeIn,
} from './helpers.mjs';

// One browser and one strictly served dist/ for this file's tests.
const shared = browserAndServer();

// Four Open-Door areas and no Fortress give Proficient; three Partnership
// areas with the others at Open-Door give Advanced. Marks in AREAS order.
const PROFICIENT = ['open_door', 'open_door', 'open_door', 'open_door', 'come_if_we_call'];
const ADVANCED = ['partnership', 'partnership', 'partnership', 'open_door', 'open_door'];

/** One person's share link, one mark per area (beliefs and barriers are left open: the labels need only the marks). */
const personLink = (marks) => completeIn(shared.browser, shared.server.url, marks);

/** A team link pooled on the tools page from the pasted links, as a facilitator makes one. */
async function teamLink(links) {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${shared.server.url}tools/`);
  await appReady(page);
  await page.fill('#psc-team-paste', links.join('\n'));
  await page.click('#psc-team-add');
  await page.waitForSelector('#psc-team-link');
  const link = await page.inputValue('#psc-team-link');
  await context.close();
  return link;
}

// The links are made once, when the first test asks for them, so a run
// filtered to other tests does not spend time on them.
let made;
function links() {
  made ??= (async () => {
    const earlier = await Promise.all([1, 2, 3, 4, 5].map(() => personLink(PROFICIENT)));
    const later = await Promise.all([1, 2, 3, 4, 5, 6].map(() => personLink(ADVANCED)));
    assert.equal(new Set([...earlier, ...later]).size, 11, 'every colleague has their own assessment id');
    return { earlierTeam: await teamLink(earlier), laterTeam: await teamLink(later), person: later[0] };
  })();
  return made;
}

/** The tools page's comparison, opened by its address, at a width in CSS px. */
async function openCompare(width) {
  const context = await shared.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page, `[compare ${width}px]`);
  await page.goto(`${shared.server.url}tools/#compare`);
  await appReady(page);
  await page.waitForSelector('#psc-compare-before');
  return { context, page, problems };
}

async function compareLinks(page, earlier, later) {
  await page.fill('#psc-compare-before', earlier);
  await page.fill('#psc-compare-after', later);
  await page.click('#psc-compare-go');
}

const text = (page, selector) => page.$eval(selector, (node) => node.innerText.replace(/\s+/g, ' ').trim());

/** Labels whose text is cut (wider than their box), and labels drawn over a bar. */
function labelProblems(page) {
  return page.$$eval('.psc-compare-results .psc-bars-label, .psc-compare-results .psc-axis-label', (labels) => {
    const tracks = [...document.querySelectorAll('.psc-compare-results .psc-bars-track')].map((t) => t.getBoundingClientRect());
    const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return labels.flatMap((label) => {
      const box = label.getBoundingClientRect();
      const words = label.textContent.trim().slice(0, 40);
      return [
        ...(label.scrollWidth > label.clientWidth ? [`clipped: ${words} (${label.scrollWidth} > ${label.clientWidth})`] : []),
        ...(tracks.some((track) => overlaps(box, track)) ? [`over a bar: ${words}`] : []),
      ];
    });
  });
}

test('compare: two team links show both overall labels and labelled bars, never clipped nor over the bars, stacked at 320px; accessible at 320 and 1280px', async () => {
  const { earlierTeam, laterTeam } = await links();
  for (const width of [320, 1280]) {
    const { context, page, problems } = await openCompare(width);
    await compareLinks(page, earlierTeam, laterTeam);
    await page.waitForSelector('.psc-compare-results');
    await nextFrame(page);
    assert.equal(await text(page, '.psc-compare-overall'),
      'Earlier: Open-Door School (Proficient) → Later: Partnership School (Advanced)', 'the overall labels, in words');
    assert.equal(await text(page, '.psc-compare-overall-change'), 'Change: moved up');
    assert.equal(await page.locator('.psc-compare-kinds').count(), 0, 'two teams need no note on what is compared');

    // Two labelled bars per area, each label in words above its bar.
    const sides = await page.$$eval('.psc-compare-side', (nodes) => nodes.map((n) => n.textContent.trim()));
    assert.equal(sides.length, 10, 'an earlier and a later bar in each of the five areas');
    assert.equal(sides[0], 'Earlier: Open-Door School');
    assert.equal(sides[1], 'Later: Partnership School');
    assert.deepEqual(await labelProblems(page), [], `no label is cut or drawn over a bar at ${width}px`);
    const smallest = await page.$$eval('.psc-compare-results .psc-bars-label, .psc-compare-results .psc-axis-label',
      (nodes) => Math.min(...nodes.map((n) => parseFloat(getComputedStyle(n).fontSize))));
    assert.ok(smallest >= 14, `chart text is ${smallest}px at ${width}px`);
    assert.equal(await page.locator('.psc-compare-results svg').count(), 0, 'the chart is HTML, not an SVG');

    // The tables: 5 areas + 4 beliefs, stacked into blocks on a phone.
    assert.equal(await page.locator('.psc-compare-results tbody tr').count(), 9);
    const display = await page.$eval('.psc-compare-results .psc-stacked tbody tr', (row) => getComputedStyle(row).display);
    assert.equal(display, width === 320 ? 'block' : 'table-row', `the table rows at ${width}px`);
    const cut = await page.$$eval('.psc-compare-results .psc-stacked tbody td, .psc-compare-results .psc-stacked tbody th',
      (cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent.slice(0, 40)));
    assert.deepEqual(cut, [], 'no table cell is cut');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollWidth <= width, `the comparison fits ${width}px (the page is ${scrollWidth}px wide)`);

    assert.deepEqual(await runAxe(page, `compare two teams ${width}px`), []);
    await screenshot(page, `${width}-compare-teams`);
    assertNoProblems(problems);
    await context.close();
  }
});

test('compare: a team beside one person is refused with the reason, and "Compare anyway" compares and says so', async () => {
  const { earlierTeam, person } = await links();
  const { context, page, problems } = await openCompare(320);
  await compareLinks(page, earlierTeam, person);
  await page.waitForSelector('.psc-compare-refused');
  assert.equal(await page.getAttribute('.psc-compare-refused', 'role'), 'alert', 'the refusal is announced');
  assert.match(await text(page, '.psc-compare-refused'), /one is a team summary and the other is one person's results/);
  assert.equal(await page.locator('.psc-compare-results').count(), 0, 'nothing is compared silently');
  assert.deepEqual(await runAxe(page, 'compare refused 320px'), []);

  await page.click('#psc-compare-anyway');
  await page.waitForSelector('.psc-compare-results');
  assert.equal(await page.locator('.psc-compare-refused').count(), 0);
  const note = await text(page, '.psc-compare-kinds');
  assert.match(note, /A team beside one person, not a change over time/);
  assert.match(note, /a team summary of 5 people \(earlier\) beside one person's results \(later\)/);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.psc-compare-kinds') !== null), true,
    'focus moves to the note, since the pressed button is gone');
  assert.equal(await text(page, '.psc-compare-overall'),
    'Earlier: Open-Door School (Proficient) → Later: Partnership School (Advanced)');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 320, `the comparison fits 320px (the page is ${scrollWidth}px wide)`);
  assert.deepEqual(await runAxe(page, 'compare anyway 320px'), []);
  await screenshot(page, '320-compare-anyway');

  // Two people are compared without a question.
  const other = await personLink(PROFICIENT);
  await compareLinks(page, other, person);
  await page.waitForSelector('.psc-compare-overall');
  await page.waitForFunction(() => !document.querySelector('.psc-compare-kinds'));
  assert.equal(await text(page, '.psc-compare-overall-change'), 'Change: moved up');
  assertNoProblems(problems);
  await context.close();
});
