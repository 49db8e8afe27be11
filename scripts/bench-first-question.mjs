#!/usr/bin/env node
// The first question, side by side: how long until someone who opens the
// page and presses Start at once sees the first question painted, for the
// self-check (the README's embed link), SurveyJS 2.5.38 with 30 questions
// (scripts/surveyjs-page.mjs) and the one-button baseline, on the throttled
// profile (150 ms latency, 1.6 Mbit/s down, CPU x4), each load in a fresh
// Chromium with an empty cache, the three pages taking turns in one run so
// that the machine's load falls on all of them alike. The self-check's
// first question is the page's static copy of it until the app has taken
// over (docs/first-screen.md), so the script also prints when that
// happened. Prints medians and the self-check's ratio to SurveyJS. Prints
// only; asserts nothing.
//
//   node scripts/bench-first-question.mjs [--runs 9]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const load = (...path) => import(pathToFileURL(resolve(repo, ...path)).href);
const { launch, serve, DIST } = await load('tests', 'e2e', 'helpers.mjs');
const { writeSurveyJsPage, FIRST_QUESTION } = await load('scripts', 'surveyjs-page.mjs');
const { writeBaselinePage } = await load('scripts', 'baseline-page.mjs');
const { THROTTLED, numberOption, needBuild, median, throttledPage } = await load('scripts', 'benchmarking.mjs');

const RUNS = numberOption('--runs', 9);
needBuild(DIST);

/**
 * One cold, throttled load of `url`: presses `start` (when given) as soon
 * as it is visible, then times the frame after `question` enters the page.
 * Times are from navigation start, taken inside the page.
 */
async function firstQuestion(url, question, start) {
  const browser = await launch();
  try {
    const { page, cdp } = await throttledPage(browser, 390);
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        const found = document.querySelector(selector);
        if (found && !found.closest('[hidden]')) {
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => { window.__benchQuestion = performance.now(); }, 0));
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
      // The self-check's app has taken over from its static copy.
      new MutationObserver((_, observer) => {
        if (document.querySelector('#psc-app > .psc-root') && !document.getElementById('psc-static')) {
          observer.disconnect();
          window.__benchLive = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    }, question);
    // A browser someone already has open: idle for a second before it navigates.
    await new Promise((settled) => setTimeout(settled, 1000));
    await page.goto(url, { waitUntil: 'commit' });
    if (start) {
      await page.locator(start).first().click({ timeout: 60000 });
    }
    await page.waitForFunction(() => window.__benchQuestion !== undefined, null, { timeout: 60000, polling: 50 });
    const ms = await page.evaluate(() => window.__benchQuestion);
    if (url.startsWith(selfCheckUrl)) await page.waitForFunction(() => window.__benchLive !== undefined, null, { timeout: 60000, polling: 50 });
    const live = await page.evaluate(() => window.__benchLive);
    await new Promise((r) => setTimeout(r, 100));
    return { ms, bytes, live };
  } finally {
    await browser.close();
  }
}

const surveyRoot = await writeSurveyJsPage(await mkdtemp(join(tmpdir(), 'psc-surveyjs-')));
const baselineRoot = await writeBaselinePage(await mkdtemp(join(tmpdir(), 'psc-baseline-')));

const selfCheck = await serve({ root: DIST, csp: true, brotli: true });
const selfCheckUrl = selfCheck.url;
// SurveyJS sets inline styles, which the widget's strict policy forbids.
const survey = await serve({ root: surveyRoot, csp: false, brotli: true });
const baseline = await serve({ root: baselineRoot, csp: true, brotli: true });
const PAGES = [
  ['self-check, the embed link, Start pressed at once', `${selfCheck.url}?name=Lincoln%20Elementary&accent=%23336699`, '.psc-area-step', '#psc-start'],
  ['SurveyJS 2.5.38, 30 questions', survey.url, FIRST_QUESTION, null],
  ['baseline (one button that adds a heading)', baseline.url, '.question', '#psc-start'],
];
try {
  const results = PAGES.map(() => []);
  // Warm-up (discarded): the servers compress each file once and cache it.
  for (const [, url, question, start] of PAGES) await firstQuestion(url, question, start);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, [, url, question, start]] of PAGES.entries()) results[i].push(await firstQuestion(url, question, start));
  }
  console.log(`first question painted, throttled (150 ms, 1.6 Mbit/s, CPU x${THROTTLED.cpu}), 390 px, ${RUNS} cold loads each, interleaved`);
  const medians = results.map((rs) => median(rs.map((r) => r.ms)));
  for (const [i, [label]] of PAGES.entries()) {
    const bytes = median(results[i].map((r) => r.bytes));
    console.log(`  ${label.padEnd(52)} median ${medians[i].toFixed(0).padStart(5)} ms   ${bytes.toFixed(0)} bytes`);
  }
  console.log(`  the self-check's app took over from its static copy at ${median(results[0].map((r) => r.live)).toFixed(0)} ms (median), the question answerable before that`);
  console.log(`  self-check / SurveyJS: ${(medians[0] / medians[1]).toFixed(2)}x   baseline / SurveyJS: ${(medians[2] / medians[1]).toFixed(2)}x`);
} finally {
  await Promise.all([selfCheck.close(), survey.close(), baseline.close()]);
  await rm(surveyRoot, { recursive: true, force: true });
  await rm(baselineRoot, { recursive: true, force: true });
}
