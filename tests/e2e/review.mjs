// End-to-end tests of the year-later review (issue 25): a plan of four
// steps written, saved and reopened as "last year", reviewed step by step,
// two team links a year apart set side by side, the review printed on one
// page, the unfinished steps carried into a new plan; and a person
// comparing this year's result with last year's link on the results page.
// Once in English at 1280px with two team links that carry families (T3),
// once in Spanish at 320px with families on last year's link only; axe
// clean at both.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  browserAndServer, watchPage, appReady, assertNoProblems, runAxe, tabUntil, nextFrame, completeWithMarks, personLink, pdfPages, screenshot, REPO,
} from './helpers.mjs';

const env = browserAndServer();
const REVIEW_KEY = 'partnership-selfcheck:team-review';
const PLAN_KEY = 'partnership-selfcheck:team-plan';

// Last year mostly Come-if-we-call, this year mostly Open-Door, with one
// area (the last) further back. Marks in AREAS order. Last year everyone
// held the first belief at 5 but practised it at 2 and checked the first
// barrier; this year they practise it at 4 and check none.
const LAST_YEAR = ['come_if_we_call', 'come_if_we_call', 'open_door', 'fortress', 'open_door'];
const THIS_YEAR = ['open_door', 'open_door', 'open_door', 'come_if_we_call', 'come_if_we_call'];
const LAST_ANSWERS = { held: 5, practised: 2, barrier: true };
const THIS_ANSWERS = { held: 5, practised: 4 };

/**
 * Five families' check-in codes for `round` (1 last year: most describe
 * every area as Fortress; 2 this year: most as Come-if-we-call), made by
 * the core (examples/family_links.rs): walking the family page ten times
 * would be slow, and the family page has its own tests.
 */
function familyCodes(round) {
  const out = execFileSync('cargo', ['run', '--quiet', '--offline', '--example', 'family_links', '--', String(round)], { cwd: REPO, encoding: 'utf8' });
  return out.trim().split('\n');
}

/**
 * A team's links pooled on the tools page from five people's links: `team`
 * from the staff alone (T2), then `withFamilies` (T3) once five families'
 * codes of `round` are pasted too.
 */
async function teamLink(marks, answers, round) {
  const links = await Promise.all([1, 2, 3, 4, 5].map(() => personLink(env.browser, env.server.url, marks, answers)));
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}tools/`);
  await appReady(page);
  await page.fill('#psc-team-paste', links.join('\n'));
  await page.click('#psc-team-add');
  await page.waitForSelector('#psc-team-link');
  const team = await page.inputValue('#psc-team-link');
  assert.match(team, /#t=T2/);
  await page.fill('#psc-team-paste', familyCodes(round).map((code) => `https://s.example/family/#f=${code}`).join('\n'));
  await page.click('#psc-team-add');
  await page.waitForFunction(() => /#t=T3/.test(document.querySelector('#psc-team-link')?.value ?? ''));
  const withFamilies = await page.inputValue('#psc-team-link');
  await context.close();
  return { team, withFamilies, person: links[0] };
}

// The links are made once, when the first test asks for them.
let made;
const yearLinks = () =>
  (made ??= (async () => ({ then: await teamLink(LAST_YEAR, LAST_ANSWERS, 1), now: await teamLink(THIS_YEAR, THIS_ANSWERS, 2) }))());

/** The tools page of a fresh facilitator at `width`. */
async function toolsPage(width, label) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchPage(page, label);
  await page.goto(`${env.server.url}tools/`);
  await appReady(page);
  return { context, page, problems };
}

const STEPS = ['Coffee mornings at drop-off', 'Home visits before school starts', 'Parents on the planning team', 'A family homework night'];

/** Writes the four-step plan on the team summary and downloads it. */
async function writeAndSavePlan(page, dir) {
  for (const [i, words] of STEPS.entries()) {
    await page.fill('#psc-plan-typed', words);
    await page.click('#psc-plan-add-typed');
    await page.waitForSelector(`#psc-plan-step-${i + 1}`);
    await page.fill(`#psc-plan-step-${i + 1}-lead`, `Lead ${i + 1}`);
    await page.fill(`#psc-plan-step-${i + 1}-by-when`, 'March');
    await page.fill(`#psc-plan-step-${i + 1}-how`, `We will see sign ${i + 1}`);
  }
  const download = page.waitForEvent('download');
  await page.click('#psc-plan-download');
  const path = join(dir, 'last-year.json');
  await (await download).saveAs(path);
  return path;
}

// Each step's review: status, whether it worked, what we learned.
const REVIEW = [['done', 'yes', 'Parents came when asked by name.'], ['partly', 'partly', ''], ['not-yet', 'cant-tell', ''], ['dropped', 'no', 'No budget for it.']];

/** Reviews the four steps: the first by keyboard alone, the rest by clicks. */
async function reviewSteps(page) {
  await tabUntil(page, '#psc-review-1-status-done');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('#psc-review-1-status-done')?.checked);
  await tabUntil(page, 'input[name="psc-review-1-met"]');
  await page.keyboard.press('Space');
  await nextFrame(page);
  assert.ok(await page.isChecked('#psc-review-1-met-yes'), 'Space chooses the first answer, by keyboard alone');
  // An answer given by mistake is taken back: none of the group is chosen.
  await page.check('#psc-review-2-status-done');
  await page.click('#psc-review-2-status-clear');
  await page.waitForFunction(() => ![...document.querySelectorAll('input[name="psc-review-2-status"]')].some((r) => r.checked));
  assert.equal(await page.locator('#psc-review-2-status-clear').count(), 0, 'nothing left to clear');
  for (const [i, [status, met, learned]] of REVIEW.entries()) {
    if (i > 0) {
      await page.check(`#psc-review-${i + 1}-status-${status}`);
      await page.check(`#psc-review-${i + 1}-met-${met}`);
    }
    if (learned) await page.fill(`#psc-review-${i + 1}-learned`, learned);
  }
}

/** The review's whole journey on the tools page, in `lang` at `width`. */
async function journey(width, lang, words) {
  const { then, now } = await yearLinks();
  const dir = await mkdtemp(join(tmpdir(), 'psc-review-'));
  const { context, page, problems } = await toolsPage(width, `[review ${lang} ${width}px]`);
  if (lang !== 'en') {
    await page.selectOption('#psc-language', lang);
    await page.waitForFunction((code) => document.documentElement.lang === code, lang);
  }
  const file = await writeAndSavePlan(page, dir);

  // A year later, on a device that has forgotten the plan.
  await page.evaluate((key) => localStorage.removeItem(key), PLAN_KEY);
  await page.reload();
  await appReady(page);
  await page.click('#psc-tool-review');
  await page.setInputFiles('#psc-review-open', file);
  await page.waitForSelector('#psc-review-step-4');
  assert.match(await page.innerText('.psc-review'), words.opened);
  await reviewSteps(page);
  await screenshot(page, `${width}-review-steps-${lang}`);
  assert.match(await page.innerText('#psc-review-tally'), words.tally);

  // Kept on the device: a reload brings the review back.
  assert.ok(await page.evaluate((key) => localStorage.getItem(key)?.includes('"status": "dropped"'), REVIEW_KEY));
  await page.reload();
  await appReady(page);
  await page.click('#psc-tool-review');
  await page.waitForSelector('#psc-review-step-4');
  assert.ok(await page.isChecked('#psc-review-4-status-dropped'), 'the review is kept on the device');
  assert.equal(await page.inputValue('#psc-review-1-learned'), REVIEW[0][2]);

  // English compares two links that carry families; Spanish has families on last year's only.
  await page.fill('#psc-review-then', then.withFamilies);
  await page.fill('#psc-review-now', words.bothFamilies ? now.withFamilies : now.team);
  await page.click('#psc-review-teams-go');
  await page.waitForSelector('#psc-review-years');
  const changed = await page.innerText('#psc-review-years');
  assert.match(changed, words.moved);
  assert.match(changed, words.gaps, 'the first belief\'s gap narrowed');
  assert.match(changed, words.barriers, 'last year\'s most checked barrier is named, and none this year');
  for (const line of words.families) assert.match(changed, line);
  const tables = words.bothFamilies ? 4 : 3;
  assert.equal(await page.$$eval('#psc-review-years table', (found) => found.length), tables, 'areas, gaps, barriers (and families) as tables');
  assert.deepEqual(await runAxe(page, `review ${lang} ${width}px`), []);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `the review is ${scrollWidth}px wide at ${width}px`);

  await page.emulateMedia({ media: 'print' });
  const pages = await pdfPages(page);
  assert.equal(pages.length, 1, `the review prints on one page, not ${pages.length}`);
  for (const heading of words.printed) assert.match(pages[0], heading);
  assert.match(pages[0], /Parents came when asked by name\./);
  assert.match(pages[0].replace(/\s+/g, ' '), words.families[0], 'the families\' first line is printed too');
  await page.emulateMedia({ media: 'screen' });

  // Carried, undone (the plan as it was: none, since it was removed
  // above), and carried again.
  await page.click('#psc-review-carry');
  await page.waitForFunction(() => document.activeElement?.id === 'psc-plan-notice');
  assert.equal(await page.locator('#psc-plan-step-1-lead').count(), 1, 'carried');
  await screenshot(page, `${width}-review-carried-${lang}`);
  await page.click('#psc-carry-undo');
  await page.waitForFunction(() => !document.getElementById('psc-carry-undo') && document.activeElement?.id === 'psc-plan-notice');
  assert.equal(await page.locator('.psc-team-plan .psc-plan-step').count(), 0, 'Undo puts back the plan the steps replaced');
  await page.click('#psc-tool-review');
  await page.click('#psc-review-carry');
  await page.waitForFunction(() => document.activeElement?.id === 'psc-plan-notice');
  assert.match(await page.innerText('#psc-plan-notice'), words.carried);
  assert.equal(await page.$$eval('.psc-team-plan .psc-plan-step', (steps) => steps.length), 2, 'the two unfinished steps');
  assert.equal(await page.inputValue('#psc-plan-step-1-lead'), 'Lead 2');
  assert.equal(await page.inputValue('#psc-plan-step-2-how'), 'We will see sign 3');
  assert.equal(await page.inputValue('#psc-plan-step-1-by-when'), '', 'the dates are cleared');
  assertNoProblems(problems);
  await context.close();
  await rm(dir, { recursive: true, force: true });
}

/** A person compares this year's result with last year's link on the results page. */
async function personCompares(width, lang, words) {
  const { then } = await yearLinks();
  const context = await env.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page, `[earlier ${lang} ${width}px]`);
  await page.goto(`${env.server.url}?lang=${lang}`);
  await appReady(page);
  await completeWithMarks(page, THIS_YEAR, THIS_ANSWERS);
  await page.fill('#psc-earlier-text', then.person);
  await page.click('#psc-earlier-go');
  await page.waitForSelector('#psc-earlier-summary');
  assert.match(await page.innerText('#psc-earlier-summary'), words.summary);
  assert.equal(await page.$$eval('#psc-earlier-shown table', (tables) => tables.length), 2, 'areas and beliefs as tables');
  assert.match(await page.innerText('#psc-earlier-shown'), words.practised, 'the practice of the first belief moved from 2 to 4');
  await page.fill('#psc-earlier-text', 'not a link');
  await page.click('#psc-earlier-go');
  await page.waitForSelector('#psc-earlier-shown [role=alert]');
  await page.fill('#psc-earlier-text', then.person);
  await page.click('#psc-earlier-go');
  await page.waitForSelector('#psc-earlier-summary');
  assert.deepEqual(await runAxe(page, `earlier ${lang} ${width}px`), []);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= width, `the results page is ${scrollWidth}px wide at ${width}px`);
  assertNoProblems(problems);
  await context.close();
}

const ENGLISH = {
  opened: /Last year's plan is open for review\./,
  tally: /Of 4 steps: 1 done, 1 partly done, 1 not yet, 1 dropped, 0 not reviewed yet\./,
  moved: /Areas where staff moved further along: 3\. Moved back: 1\. Stayed the same: 1\./,
  printed: [/Our plan, a year later/, /What we did/, /What it changed/, /What we learned/, /What comes next/],
  carried: /unfinished steps from last year: 2\./,
  gaps: /came closer to belief: (?!none)[^.]+\. Fell further behind: none\./,
  barriers: /Most checked barrier: last year (?!none)[^;]+; this year none\./,
  practised: /2 → 4 \(Further along\)/,
  summary: /Areas further along than before: 3\. Further back: 1\. The same: 1\./,
  bothFamilies: true,
  families: [/Families who answered: last year 5; this year 5\./,
    ...['Building relationships', 'Sharing power'].map((area) => new RegExp(`Families on ${area}: last year mostly Fortress; this year Come-if-we-call\\.`, 'i'))],
};

const SPANISH = {
  opened: /El plan del año pasado está abierto para revisarlo\./,
  tally: /De 4 pasos: hechos, 1; hechos en parte, 1; todavía no, 1; abandonados, 1; sin revisar, 0\./,
  moved: /Áreas en las que el personal avanzó: 3\. Retrocedió: 1\. Siguió igual: 1\./,
  printed: [/Nuestro plan, un año después/, /Lo que hicimos/, /Lo que cambió/, /Lo que aprendimos/, /Lo que sigue/],
  carried: /pasos sin terminar del año pasado: 2\./,
  gaps: /se acercó a la creencia: (?!ninguna)[^.]+\. Se alejó más: ninguna\./,
  barriers: /Obstáculo más marcado: el año pasado (?!ninguno)[^;]+; este año ninguno\./,
  practised: /2 → 4 \(Más avanzada\)/,
  summary: /Áreas más avanzadas que antes: 3\. Más atrás: 1\. Iguales: 1\./,
  bothFamilies: false,
  families: [/Solo el enlace del equipo del año pasado lleva las respuestas de las familias, así que no se puede mostrar cómo cambiaron\./],
};

test('review: a four-step plan saved, reopened as last year, reviewed, two team links a year apart carrying families (T3), one printed page, unfinished steps carried (English, 1280px)', async () => {
  await journey(1280, 'en', ENGLISH);
});

test('review: the same in Spanish at 320px, with families on last year\'s link only', async () => {
  await journey(320, 'es', SPANISH);
});

test('a person compares this year\'s result with last year\'s link on the results page (English 1280px, Spanish 320px)', async () => {
  await personCompares(1280, 'en', ENGLISH);
  await personCompares(320, 'es', SPANISH);
});
