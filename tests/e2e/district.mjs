// End-to-end test of the district page (issue 24): twelve schools' team
// links pasted as a forwarded email thread give the grid, the spread, the
// gap, where support should go, families beside staff, the district CSV,
// the workspace file (saved and opened again) and a printed brief of at
// most two pages; a second round gives year over year, the families' too;
// a pasted results link (#r=) is refused with its reason; axe is clean at
// 320 and 1280 px.
//
// Every team link is made in the real UI: six colleagues per school
// complete the self-check (marks, one belief and a barrier for some), and
// the tools page pools their links into the school's team link. At three
// schools five families or more answer on the family page and their links
// are pooled too, so those schools' links carry families (T3); at one
// school only three families answer, so its link does not (T2). In the
// second round four schools' teams (and Lincoln's families) answer again
// in the UI; the other eight schools' first-round links are pasted again,
// as a coordinator would whose schools sent no new link, so they stay the
// same. Walks run a few browser contexts at a time in one browser.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`;
// alone: `node --test tests/e2e/district.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { AREAS, LEVELS, browserAndServer, watchPage, appReady, assertNoProblems, runAxe, axeFindings, completeWithMarks, pdfPages } from './helpers.mjs';

const env = browserAndServer();
const KEY = 'partnership-selfcheck:district';
const REAL = 'Lincoln Elementary';
/** How many browser contexts walk a page at once. */
const BATCH = 4;

/**
 * The twelve schools, each with its staff's middle type per area (an index
 * into LEVELS, in AREAS order) and, for some, the families who answer: a
 * type index per area for each family (null: "I don't know"), and whether
 * they agree they feel welcome and that the school invites them.
 */
const SCHOOLS = [
  { name: 'Adams Elementary', staff: [1, 1, 0, 1, 0] },
  { name: 'Baker Middle', staff: [2, 2, 1, 2, 1], families: [[1, 1, 1, 1, 1], [2, 1, 1, 1, 1], [1, 1, 0, 1, 1]].map((places) => ({ places, welcome: 4, invites: 4 })) },
  { name: 'Cedar Grove Elementary', staff: [0, 1, 0, 0, 0], families: [[1, 1, 1, 0, 1], [1, 1, 1, 0, 1], [1, 2, 1, 0, 1], [0, 1, 1, 0, 1], [1, 1, 2, 0, null]].map((places, i) => ({ places, welcome: i < 3 ? 4 : 2, invites: 3 })) },
  { name: 'Douglass High', staff: [1, 2, 1, 1, 1] },
  { name: 'Eastside Elementary', staff: [3, 2, 2, 2, 2] },
  { name: 'Franklin Middle', staff: [2, 1, 1, 2, 1] },
  { name: 'Garfield Elementary', staff: [0, 0, 0, 1, 0], families: [[0, 0, 0, 1, 0], [0, 0, 0, 1, 0], [0, 1, 0, 1, 0], [1, 0, 0, 1, 0], [0, 0, 1, 2, 0]].map((places) => ({ places, welcome: 5, invites: 4 })) },
  { name: 'Hillcrest High', staff: [2, 3, 2, 2, 2] },
  { name: 'Irving Elementary', staff: [1, 1, 1, 1, 0] },
  { name: 'Jefferson Middle', staff: [3, 3, 2, 3, 2] },
  { name: 'King Elementary', staff: [1, 2, 0, 1, 1] },
  { name: REAL, staff: [1, 2, 0, 1, 2], families: [[0, 0, 0, 1, 1], [0, 1, 0, 1, 1], [0, 0, 0, 0, 1], [1, 1, 0, 1, 2], [0, 1, 1, 1, 1], [0, 1, 0, 1, 1]].map((places, i) => ({ places, welcome: i < 4 ? 4 : 2, invites: i < 3 ? 5 : 1 })) },
];

/** The second round: four schools answer again, three a type further along everywhere, Eastside a type less far. */
const SECOND = [
  { name: 'Adams Elementary', staff: [2, 2, 1, 2, 1] },
  { name: 'Douglass High', staff: [2, 3, 2, 2, 2] },
  { name: 'Eastside Elementary', staff: [2, 1, 1, 1, 1] },
  { name: REAL, staff: [2, 3, 1, 2, 3], families: [[1, 1, 1, 2, 2], [1, 2, 1, 2, 2], [1, 1, 0, 2, 2], [2, 1, 1, 2, 2], [1, 1, 1, 1, 2]].map((places) => ({ places, welcome: 4, invites: 4 })) },
];

/**
 * Six colleagues' marks around a school's middle types: in each area one
 * colleague marks a type higher and one a type lower (different ones per
 * area), so the school's lower median stays its own while the people vary.
 */
function colleagues(staff) {
  return [0, 1, 2, 3, 4, 5].map((person) => staff.map((level, area) => {
    const shift = person === (area + 1) % 6 ? 1 : person === (area + 3) % 6 ? -1 : 0;
    return LEVELS[Math.min(3, Math.max(0, level + shift))];
  }));
}

/** Runs `jobs` (functions returning promises) BATCH at a time, keeping their order. */
async function inBatches(jobs) {
  const results = [];
  for (let i = 0; i < jobs.length; i += BATCH) results.push(...await Promise.all(jobs.slice(i, i + BATCH).map((job) => job())));
  return results;
}

/** One colleague's self-check, in a browser context of their own; their share link. */
async function colleague(marks, person) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await appReady(page);
  // Some colleagues say how far practice trails a belief and check a barrier, for the support view.
  await completeWithMarks(page, marks, person % 2 === 0 ? { held: 5, practised: 2 + (person % 3), barrier: person % 4 === 0 } : {});
  const link = await page.inputValue('#psc-share-link');
  await context.close();
  return link;
}

/** One family's check-in on the family page, by clicks; their family link. */
async function family({ places, welcome, invites }) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}family/`);
  await page.waitForSelector('#psc-family-start');
  await page.click('#psc-family-start');
  for (const [i, area] of AREAS.entries()) {
    await page.waitForSelector(`#psc-family-${area}-dont_know`);
    await page.click(`label[for="psc-family-${area}-${places[i] === null ? 'dont_know' : LEVELS[places[i]]}"]`);
    await page.click('#psc-family-next');
  }
  await page.waitForSelector('#psc-family-school_invites-1');
  await page.click(`#psc-family-school_invites-${invites}`);
  await page.click('#psc-family-next');
  await page.waitForSelector('#psc-family-welcome-1');
  await page.click(`#psc-family-welcome-${welcome}`);
  await page.click('#psc-family-next');
  await page.waitForSelector('#psc-family-barrier-work_hours');
  await page.click('#psc-family-next');
  await page.waitForSelector('#psc-family-link');
  const link = await page.inputValue('#psc-family-link');
  await context.close();
  return link;
}

/** Pools a school's colleagues' and families' links on the tools page, as its facilitator would; the team link. */
async function pooled(name, staffLinks, familyLinks) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}tools/?name=${encodeURIComponent(name)}`);
  await appReady(page);
  await page.fill('#psc-team-paste', [...staffLinks, ...familyLinks].join('\n'));
  await page.click('#psc-team-add');
  await page.waitForSelector('#psc-team-link');
  const team = await page.inputValue('#psc-team-link');
  await context.close();
  return team;
}

/** Every school's team link, made in the real UI: every walk first, a few at a time, then each school pooled. */
async function teamLinks(schools) {
  const walks = schools.flatMap((school) => [
    ...colleagues(school.staff).map((marks, person) => () => colleague(marks, person)),
    ...(school.families ?? []).map((answers) => () => family(answers)),
  ]);
  const links = await inBatches(walks);
  let at = 0;
  const made = [];
  for (const school of schools) {
    const staff = links.slice(at, at + 6);
    const families = links.slice(at + 6, at + 6 + (school.families?.length ?? 0));
    at += 6 + families.length;
    made.push({ name: school.name, link: await pooled(school.name, staff, families), person: staff[0] });
  }
  return made;
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

/** A download's text, after clicking `selector`. */
async function downloaded(page, selector) {
  const download = page.waitForEvent('download');
  await page.click(selector);
  return readFile(await (await download).path(), 'utf8');
}

const rows = (page) => page.locator('.psc-district-table tbody tr').count();

test('district: twelve schools made in the real UI, from a forwarded thread: the views, families beside staff, CSV, workspace, brief, year over year, a refused #r= link, axe at 320 and 1280', async () => {
  const first = await teamLinks(SCHOOLS);
  const real = first.find((school) => school.name === REAL);
  assert.match(real.link, /\?name=Lincoln(%20|\+)Elementary#t=T3/, 'the team link carries the school name and its families');
  const linkOf = (name, made = first) => made.find((school) => school.name === name).link;
  assert.match(linkOf('Cedar Grove Elementary'), /#t=T3/);
  assert.match(linkOf('Garfield Elementary'), /#t=T3/);
  assert.match(linkOf('Baker Middle'), /#t=T2/, 'three families stay out of the team link');
  assert.match(linkOf('Adams Elementary'), /#t=T2/);

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
  assert.match(lincoln, /Come-if-we-call.*Open-Door.*Fortress.*Come-if-we-call.*Open-Door/s, "Lincoln's middle types, area by area");
  await page.selectOption('#psc-district-sort', 'far');
  assert.equal(await page.innerText('.psc-district-table tbody tr:first-child th'), 'Jefferson Middle', 'furthest along first');
  await page.selectOption('#psc-district-sort', 'name');
  assert.equal(await page.innerText('.psc-district-table tbody tr:first-child th'), 'Adams Elementary');
  await page.fill('#psc-district-filter', 'linc');
  assert.equal(await rows(page), 1);
  assert.match(await page.innerText('#psc-district-shown'), /Schools shown: 1 of 12\./);
  await page.fill('#psc-district-filter', '');
  const sticky = await page.$eval('.psc-district-table thead th', (th) => getComputedStyle(th).position);
  assert.equal(sticky, 'sticky', 'the headings stay in view while the grid scrolls');

  // The spread: per area, the schools at each type, twelve in all.
  const spread = await page.$$eval('.psc-district-spread tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent))));
  const expected = AREAS.map((_, area) => [0, 1, 2, 3].map((level) => SCHOOLS.filter((school) => school.staff[area] === level).length).concat(0));
  assert.deepEqual(spread, expected);
  // The gap, in plain words, and where support may help first.
  assert.match(await page.innerText('.psc-district-gap li:first-child'), /Building relationships: schools range from Fortress to Partnership/);
  assert.match(await page.innerText('#psc-district-behind'), /Where support may help first: Adams Elementary, Cedar Grove Elementary, Garfield Elementary\b/);
  // Support: the four lists.
  const support = await page.innerText('.psc-district-support');
  for (const heading of ['Areas most schools find hard', 'Barriers staff check most', 'Widest gaps between belief and practice', 'Practices many schools call easy']) {
    assert.ok(support.includes(heading), heading);
  }
  assert.match(support, /checked by 24 of 72 people\./, 'two colleagues of six checked a barrier at every school');

  // Families beside staff: the three schools whose links carry families, and plain words for the others.
  const families = page.locator('.psc-district-families-table tbody tr');
  assert.equal(await families.count(), 3);
  const lincolnFamilies = await page.innerText(`.psc-district-families-table tbody tr:has(th:text-is("${REAL}"))`);
  assert.match(lincolnFamilies, /^Lincoln Elementary\s+6\s+6\s+4 of 6 agree\s+3 of 6 agree\s+Staff: Come-if-we-call\. Families: Fortress\./, lincolnFamilies);
  assert.match(lincolnFamilies, /Staff: Open-Door\. Families: Come-if-we-call\.\s*$/, 'sharing power: staff further along than most families');
  const without = await page.innerText('#psc-district-families-without');
  assert.match(without, /No family answers in the links of Adams Elementary, Baker Middle, Douglass High/);
  assert.doesNotMatch(without, /Cedar Grove|Garfield|Lincoln/);
  const wide = await page.innerText('#psc-district-families-wide');
  assert.match(wide, /From 3 schools whose links carry families: 16 families in all\./);
  assert.match(wide, /12 of 16 families feel welcome at their school\./);
  assert.match(wide, /8 of 16 families say the school invites them to take part\./);
  assert.match(wide, /Building relationships: families describe it as less far along than staff do in 1 schools, the same in 1, further along in 1, and no single type in 0\./);

  // The CSV: one row per school and area, with the families' columns and the crosswalk.
  const csv = (await downloaded(page, '#psc-district-csv')).replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(csv.length, 1 + 12 * 5);
  assert.equal(csv[0], 'round,school,people,few_people,area,middle_type,fortress,come_if_we_call,open_door,partnership,not_sure,unmarked,families,family_most_type,family_fortress,family_come_if_we_call,family_open_door,family_partnership,family_no_view,pta_standards,epstein_types,area_title');
  assert.ok(csv.includes(`2025–26,${REAL},6,yes,building_relationships,come_if_we_call,1,4,1,0,0,0,6,fortress,5,1,0,0,0,Welcoming all families; Communicating effectively,Communicating; Volunteering,Building relationships`), csv.filter((row) => row.includes(REAL)).join('\n'));
  assert.ok(csv.some((row) => row.startsWith('2025–26,Baker Middle,6,yes,building_relationships,open_door,0,1,4,1,0,0,,,,,,,,')), 'a link without families leaves their columns empty');

  // Kept on this device, and the workspace file saved and opened again.
  assert.match(await page.evaluate((key) => localStorage.getItem(key), KEY), /^partnership-selfcheck-district 1\n\{/);
  const file = await downloaded(page, '#psc-district-download');
  const workspace = JSON.parse(file);
  assert.equal(workspace.format, 'partnership-selfcheck-district');
  assert.equal(workspace.version, 2);
  assert.equal(workspace.district, 'Springfield Unified');
  assert.equal(workspace.rounds[0].schools.length, 12);
  assert.deepEqual(workspace.rounds[0].schools.filter((school) => school.families > 0).map((school) => [school.name, school.families]),
    [['Cedar Grove Elementary', 5], ['Garfield Elementary', 5], [REAL, 6]]);
  await page.click('#psc-district-clear');
  await page.click('#psc-district-clear-yes');
  await page.waitForSelector('text=Everything on this page was cleared');
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
  await page.setInputFiles('#psc-district-open', { name: 'district.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.waitForSelector('text=The workspace from the file is open');
  await page.check('#psc-district-round-1');
  assert.equal(await rows(page), 12);
  assert.equal(await page.inputValue('#psc-district-name'), 'Springfield Unified');
  assert.equal(await families.count(), 3, 'the families come back with the file');

  // The brief: at most two pages, with the district's name, the date and the families.
  const pages = await pdfPages(page);
  assert.ok(pages.length >= 1 && pages.length <= 2, `the brief prints on ${pages.length} pages`);
  assert.match(pages[0], /District brief · Springfield Unified · Printed on \w+ \d+, \d{4}/);
  const printed = pages.join('\n');
  assert.match(printed, /How the schools are spread/);
  assert.match(printed, /Families beside staff/);
  assert.match(printed, /12 of 16 families feel welcome/);

  // The second round, made in the UI for the four schools that answered
  // again; a newer link replaces the older, and year over year shows what moved.
  const second = await teamLinks(SECOND);
  await page.check('#psc-district-round-2');
  await paste(page, linkOf('Adams Elementary'));
  const again = first.filter((school) => !SECOND.some((s) => s.name === school.name));
  await paste(page, thread([...second, ...again]));
  assert.match(await page.innerText('#psc-district-log'), /Adams Elementary: a newer link replaced the earlier one for this school\./);
  assert.equal(await rows(page), 12);
  const moves = await page.$$eval('#psc-district-moves li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(moves.map((line) => line.replace(/^[^:]+: /, '')), AREAS.map((_, area) => {
    const up = SECOND.filter((s) => s.staff[area] > SCHOOLS.find((f) => f.name === s.name).staff[area]).length;
    const down = SECOND.filter((s) => s.staff[area] < SCHOOLS.find((f) => f.name === s.name).staff[area]).length;
    return `up in ${up} schools, the same in ${12 - up - down}, down in ${down}.`;
  }));
  assert.equal(await page.locator('.psc-district-years tbody tr').count() - 3, 12, 'twelve schools, then three with families');
  const adams = await page.innerText('.psc-district-years tbody tr:has(th:text-is("Adams Elementary"))');
  assert.match(adams, /Come-if-we-call → Open-Door: up/);
  const eastside = await page.innerText('.psc-district-years tbody tr:has(th:text-is("Eastside Elementary"))');
  assert.match(eastside, /Partnership → Open-Door: down/);
  const familyYears = await page.innerText(`#psc-district-families-years tbody tr:has(th:text-is("${REAL}"))`);
  assert.match(familyYears, /6 → 5\s+Fortress → Come-if-we-call: up/, familyYears);

  await runAxe(page, 'district 1280');
  assertNoProblems(problems);

  // 320 px: one school per stacked block, no sideways scrolling, axe clean.
  await page.setViewportSize({ width: 320, height: 800 });
  const display = await page.$eval('.psc-district-table tbody tr', (tr) => getComputedStyle(tr).display);
  assert.equal(display, 'block', 'each school is one stacked block');
  const wideNow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wideNow <= 320, `the page is ${wideNow}px wide at 320`);
  await runAxe(page, 'district 320');
  assert.deepEqual(axeFindings.filter((f) => f.startsWith('district')), []);
  await context.close();
});
