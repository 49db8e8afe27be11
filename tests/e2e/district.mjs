// End-to-end test of the district page (issue 24): twelve schools' team
// links pasted as a forwarded email thread give the grid, the spread, the
// gap, where support should go, the families line, the district CSV, the
// workspace file (saved and opened again) and a printed brief of at most
// two pages; a second round gives year over year; a pasted results link
// (#r=) is refused with its reason; axe is clean at 320 and 1280 px.
//
// One school's team link is made in the real UI (six colleagues complete
// the self-check, the tools page pools their links); the other eleven are
// made by the core from made-up answers (examples/district_links.rs), which
// is what the tools page would make from their people, in a fraction of
// the time.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AREAS, LEVELS, BELIEFS, REPO, browserAndServer, watchPage, appReady, assertNoProblems, runAxe, axeFindings } from './helpers.mjs';

const env = browserAndServer();
const KEY = 'partnership-selfcheck:district';
const REAL = 'Lincoln Elementary';

/** Eleven schools' names and team codes for a round, made by the core. */
function madeSchools(round) {
  const out = execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'district_links', '--', '11', String(round)],
    { cwd: REPO, encoding: 'utf8' });
  return out.trim().split('\n').map((line) => {
    const [name, code] = line.split('\t');
    return { name, code };
  });
}

/** One colleague's self-check, done in a browser of their own; their share link. */
async function colleague(marks) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await appReady(page);
  await page.click('#psc-start');
  for (const [i, area] of AREAS.entries()) {
    await page.waitForSelector(`#psc-mark-${area}-fortress`);
    await page.click(`#psc-mark-${area}-${LEVELS[marks[i]]}`);
    await page.click('#psc-next');
  }
  await page.waitForSelector(`#psc-belief-${BELIEFS[0]}-held-1`);
  await page.click(`#psc-belief-${BELIEFS[0]}-held-5`);
  await page.click('#psc-next');
  await page.waitForSelector('#psc-notes');
  await page.click('#psc-next');
  await page.waitForSelector('#psc-share-link');
  const link = await page.inputValue('#psc-share-link');
  await context.close();
  return link;
}

/** Lincoln's team link, made as a facilitator would: six colleagues' links pooled on the tools page. */
async function realTeamLink() {
  const marks = [[1, 2, 0, 1, 2], [1, 2, 1, 1, 2], [2, 2, 0, 1, 3], [1, 1, 0, 2, 2], [1, 2, 0, 1, 2], [2, 2, 1, 1, 2]];
  const links = [];
  for (const m of marks) links.push(await colleague(m));
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}tools/?name=${encodeURIComponent(REAL)}`);
  await appReady(page);
  await page.fill('#psc-team-paste', links.join('\n'));
  await page.click('#psc-team-add');
  await page.waitForSelector('#psc-team-link');
  const team = await page.inputValue('#psc-team-link');
  await context.close();
  return { team, person: links[0] };
}

/** A forwarded thread with one message per school. */
function thread(schools) {
  return schools.map(({ name, link }) => [
    '---------- Forwarded message ---------',
    `From: Principal, ${name} <principal@example.org>`,
    'Subject: Our team summary',
    '',
    `> Here is our team summary link: ${link}`,
    '> Thanks!',
  ].join('\n')).join('\n\n');
}

/** The district page of a fresh coordinator. */
async function districtPage(width, label) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchPage(page, label);
  await page.goto(`${env.server.url}district/`);
  await appReady(page);
  return { context, page, problems };
}

async function paste(page, text) {
  await page.fill('#psc-district-paste', text);
  await page.click('#psc-district-add');
}

/** The words of each printed page (poppler's pdftotext). */
async function pdfPages(page) {
  const dir = await mkdtemp(join(tmpdir(), 'psc-pdf-'));
  const path = join(dir, 'brief.pdf');
  await writeFile(path, await page.pdf({ format: 'Letter' }));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  await rm(dir, { recursive: true, force: true });
  return text.split('\f').filter((words) => words.trim());
}

/** A download's text, after clicking `selector`. */
async function downloaded(page, selector) {
  const download = page.waitForEvent('download');
  await page.click(selector);
  return readFile(await (await download).path(), 'utf8');
}

const rows = (page) => page.locator('.psc-district-table tbody tr').count();

test('district: twelve schools from a forwarded thread, the views, CSV, workspace, brief, year over year, a refused #r= link, axe at 320 and 1280', async () => {
  const tools = `${env.server.url}tools/`;
  const real = await realTeamLink();
  assert.match(real.team, /\?name=Lincoln(%20|\+)Elementary#t=T2/, 'the team link carries the school name');
  const first = [{ name: REAL, link: real.team }, ...madeSchools(1).map(({ name, code }) => ({ name, link: `${tools}?name=${encodeURIComponent(name)}#t=${code}` }))];
  assert.equal(first.length, 12);

  const { context, page, problems } = await districtPage(1280, '[district]');
  await page.fill('#psc-district-name', 'Springfield Unified');
  await page.check('#psc-district-round-1');
  const mail = `${thread(first)}\n\n> And my own results, in case: ${real.person}\n`;
  await paste(page, mail);
  await page.waitForSelector('.psc-district-table');
  assert.match(await page.innerText('.psc-team-tally'), /Added: 12\. Already here: 0\. Replaced: 0\. Refused: 1\./);
  assert.match(await page.innerText('#psc-district-log'), /one person's results link, so it was not read\. The district page reads team links only/);

  // The grid: twelve schools, each with its people and a written type per area.
  assert.equal(await rows(page), 12);
  const lincoln = await page.innerText(`.psc-district-table tbody tr:has(th:text-is("${REAL}"))`);
  assert.match(lincoln, /\b6\b.*few people/s, 'Lincoln rests on six people, marked as few');
  assert.match(lincoln, /Come-if-we-call|Open-Door|Fortress|Partnership/);
  await page.selectOption('#psc-district-sort', 'far');
  const top = await page.innerText('.psc-district-table tbody tr:first-child th');
  await page.selectOption('#psc-district-sort', 'name');
  assert.equal(await page.innerText('.psc-district-table tbody tr:first-child th'), 'Adams Elementary');
  assert.notEqual(top, '', 'sorted by how far along');
  await page.fill('#psc-district-filter', 'linc');
  assert.equal(await rows(page), 1);
  assert.match(await page.innerText('#psc-district-shown'), /Schools shown: 1 of 12\./);
  await page.fill('#psc-district-filter', '');
  const sticky = await page.$eval('.psc-district-table thead th', (th) => getComputedStyle(th).position);
  assert.equal(sticky, 'sticky', 'the headings stay in view while the grid scrolls');

  // The spread: every area's row adds up to twelve schools.
  const spread = await page.$$eval('.psc-district-spread tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].reduce((s, td) => s + Number(td.textContent), 0)));
  assert.deepEqual(spread, [12, 12, 12, 12, 12]);
  // The gap, in plain words, and where support may help first.
  assert.ok(await page.locator('.psc-district-gap li').count() >= 1);
  assert.match(await page.innerText('.psc-district-gap li:first-child'), /schools range from|every school with a middle type is at/);
  assert.match(await page.innerText('#psc-district-behind'), /Where support may help first: .+\. These schools are below|No school is below/);
  // Support: the four lists.
  const support = await page.innerText('.psc-district-support');
  for (const heading of ['Areas most schools find hard', 'Barriers staff check most', 'Widest gaps between belief and practice', 'Practices many schools call easy']) {
    assert.ok(support.includes(heading), heading);
  }
  assert.match(support, /checked by \d+ of \d+ people\./);
  assert.match(await page.innerText('.psc-district-families'), /No family answers in these links\./);

  // The CSV: one row per school and area, with the crosswalk.
  const csv = (await downloaded(page, '#psc-district-csv')).replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(csv.length, 1 + 12 * 5);
  assert.equal(csv[0], 'round,school,people,few_people,area,middle_type,fortress,come_if_we_call,open_door,partnership,not_sure,unmarked,pta_standards,epstein_types,area_title');
  assert.ok(csv.some((row) => row.startsWith(`2025–26,${REAL},6,yes,building_relationships,`) && row.includes('Welcoming all families')));

  // Kept on this device, and the workspace file saved and opened again.
  assert.match(await page.evaluate((key) => localStorage.getItem(key), KEY), /^partnership-selfcheck-district 1\n\{/);
  const file = await downloaded(page, '#psc-district-download');
  const workspace = JSON.parse(file);
  assert.equal(workspace.format, 'partnership-selfcheck-district');
  assert.equal(workspace.district, 'Springfield Unified');
  assert.equal(workspace.rounds[0].schools.length, 12);
  await page.click('#psc-district-clear');
  await page.click('#psc-district-clear-yes');
  await page.waitForSelector('text=Everything on this page was cleared');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
  await page.setInputFiles('#psc-district-open', { name: 'district.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.waitForSelector('text=The workspace from the file is open');
  await page.check('#psc-district-round-1');
  assert.equal(await rows(page), 12);
  assert.equal(await page.inputValue('#psc-district-name'), 'Springfield Unified');

  // The brief: at most two pages, with the district's name and the date.
  const pages = await pdfPages(page);
  assert.ok(pages.length >= 1 && pages.length <= 2, `the brief prints on ${pages.length} pages`);
  assert.match(pages[0], /District brief · Springfield Unified · Printed on \w+ \d+, \d{4}/);
  assert.match(pages.join('\n'), /How the schools are spread/);

  // The second round: a newer link replaces the older, and year over year shows what moved.
  await page.check('#psc-district-round-2');
  const second = madeSchools(2).map(({ name, code }) => ({ name, link: `${tools}?name=${encodeURIComponent(name)}#t=${code}` }));
  await paste(page, first[1].link);
  await paste(page, thread([{ name: REAL, link: real.team }, ...second]));
  assert.match(await page.innerText('#psc-district-log'), /Adams Elementary: a newer link replaced the earlier one for this school\./);
  assert.equal(await rows(page), 12);
  const moves = await page.$$eval('#psc-district-moves li', (lis) => lis.map((li) => li.textContent));
  assert.equal(moves.length, 5);
  assert.ok(moves.some((line) => /up in [1-9]\d* schools/.test(line)), moves.join('\n'));
  assert.equal(await page.locator('.psc-district-years tbody tr').count(), 12);

  await runAxe(page, 'district 1280');
  assertNoProblems(problems);

  // 320 px: one school per stacked block, no sideways scrolling, axe clean.
  await page.setViewportSize({ width: 320, height: 800 });
  const display = await page.$eval('.psc-district-table tbody tr', (tr) => getComputedStyle(tr).display);
  assert.equal(display, 'block', 'each school is one stacked block');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 320, `the page is ${wide}px wide at 320`);
  await runAxe(page, 'district 320');
  assert.deepEqual(axeFindings.filter((f) => f.startsWith('district')), []);
  await context.close();
});
