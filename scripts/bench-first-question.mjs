#!/usr/bin/env node
// The first question, side by side: how long until someone who opens the
// page and presses Start at once sees the first question painted, for the
// self-check (the README's embed link), SurveyJS 2.5.38 with 30 questions
// (scripts/surveyjs-page.mjs) and the one-button baseline, on the throttled
// profile (150 ms latency, 1.6 Mbit/s down, CPU x4), each load in a fresh
// Chromium with an empty cache, the three pages taking turns in one run so
// that the machine's load falls on all of them alike. Prints medians and
// the self-check's ratio to SurveyJS. Prints only; asserts nothing.
//
//   node scripts/bench-first-question.mjs [--runs 9]
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { launch, serve, DIST } = await import(pathToFileURL(resolve(repo, 'tests', 'e2e', 'helpers.mjs')).href);
const { writeSurveyJsPage, FIRST_QUESTION } = await import(pathToFileURL(resolve(repo, 'scripts', 'surveyjs-page.mjs')).href);

const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 9;
if (!existsSync(resolve(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: run `make dist` first.');
  process.exit(1);
}

const NETWORK = { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 200000 };
const CPU = 4;

/**
 * One cold, throttled load of `url`: presses `start` (when given) as soon
 * as it is visible, then times the frame after `question` enters the page.
 * Times are from navigation start, taken inside the page.
 */
async function firstQuestion(url, question, start) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
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
    }, question);
    // A browser someone already has open: idle for a second before it navigates.
    await new Promise((settled) => setTimeout(settled, 1000));
    await page.goto(url, { waitUntil: 'commit' });
    if (start) {
      await page.locator(start).first().click({ timeout: 60000 });
    }
    await page.waitForFunction(() => window.__benchQuestion !== undefined, null, { timeout: 60000, polling: 50 });
    const ms = await page.evaluate(() => window.__benchQuestion);
    await new Promise((r) => setTimeout(r, 100));
    return { ms, bytes };
  } finally {
    await browser.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const surveyRoot = await writeSurveyJsPage(await mkdtemp(join(tmpdir(), 'psc-surveyjs-')));
const baselineRoot = await mkdtemp(join(tmpdir(), 'psc-baseline-'));
await writeFile(join(baselineRoot, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title>'
  + '<link rel="icon" href="data:,"><script type="module" src="start.js"></script></head><body></body></html>\n');
await writeFile(join(baselineRoot, 'start.js'), "const b = document.createElement('button');\nb.id = 'psc-start';\nb.textContent = 'Start';\n"
  + "b.onclick = () => { const h = document.createElement('h2'); h.className = 'question'; h.textContent = 'Question 1'; document.body.append(h); };\n"
  + 'document.body.append(b);\n');

const selfCheck = await serve({ root: DIST, csp: true, brotli: true });
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
  console.log(`first question painted, throttled (150 ms, 1.6 Mbit/s, CPU x${CPU}), 390 px, ${RUNS} cold loads each, interleaved`);
  const medians = results.map((rs) => median(rs.map((r) => r.ms)));
  for (const [i, [label]] of PAGES.entries()) {
    const bytes = median(results[i].map((r) => r.bytes));
    console.log(`  ${label.padEnd(52)} median ${medians[i].toFixed(0).padStart(5)} ms   ${bytes.toFixed(0)} bytes`);
  }
  console.log(`  self-check / SurveyJS: ${(medians[0] / medians[1]).toFixed(2)}x   baseline / SurveyJS: ${(medians[2] / medians[1]).toFixed(2)}x`);
} finally {
  await Promise.all([selfCheck.close(), survey.close(), baseline.close()]);
  await rm(surveyRoot, { recursive: true, force: true });
  await rm(baselineRoot, { recursive: true, force: true });
}
