// Shared helpers for the end-to-end tests and scripts/bench-load.mjs:
// launching the system Chromium, serving dist/, and keyboard navigation.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, mkdir, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const { chromium } = require('playwright-core');

export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '..', '..');
export const DIST = resolve(REPO, 'dist');
export const SCREENSHOTS = resolve(HERE, 'screenshots');
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const AREAS = ['building_relationships', 'linking_to_learning', 'addressing_differences', 'supporting_advocacy', 'sharing_power'];
export const LEVELS = ['fortress', 'come_if_we_call', 'open_door', 'partnership'];
export const BELIEFS = ['dreams_for_children', 'capacity_to_support', 'equal_partners', 'staff_responsibility'];
export const DRAFT_KEY = 'partnership-selfcheck:draft';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // The widget opens in the browser's language; the tests' browser speaks
  // English whatever this machine's locale (a test that needs another sets
  // its context's locale).
  '--lang=en-US',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Starts scripts/serve-dist.mjs in-process. */
export async function serve(options = {}) {
  const { serveDist } = await import(resolve(REPO, 'scripts', 'serve-dist.mjs'));
  return serveDist({ root: DIST, port: 0, ...options });
}

/** A minimal static server for the cross-origin host page: routes map a URL path to [type, body]. */
export function serveRoutes(routes) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const route = routes[path];
    if (!route) { res.writeHead(404, { 'Content-Type': 'text/plain' }); res.end('Not Found\n'); return; }
    res.writeHead(200, { 'Content-Type': route[0], 'Cache-Control': 'no-store' });
    res.end(route[1]);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const port = server.address().port;
      done({ port, url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) });
    });
  });
}

export async function readText(path) { return readFile(path, 'utf8'); }

/**
 * Records console errors, page errors and CSP violations of a page.
 * The securitypolicyviolation listener is installed through the DevTools
 * protocol (addInitScript + exposeBinding), so the page's CSP does not block it.
 */
export async function watchPage(page, label = '') {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`${label} console.error: ${msg.text()} ${JSON.stringify(msg.location())}`);
  });
  page.on('pageerror', (error) => problems.push(`${label} pageerror: ${error.message}`));
  await page.exposeBinding('__pscCspViolation', (_source, text) => problems.push(`${label} CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      // eslint-disable-next-line no-undef
      window.__pscCspViolation(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return problems;
}

/** Presses Tab (or Shift+Tab) until the focused element matches selector; fails after max presses. */
export async function tabUntil(page, selector, { max = 200, reverse = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(reverse ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate((sel) => {
      const el = document.activeElement;
      return !!(el && el.matches(sel));
    }, selector);
    if (hit) return i + 1;
  }
  const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`no focusable element matching ${selector} after ${max} tabs (focus on ${where})`);
}

export async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
}

export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage });
}

/**
 * Waits until the app itself runs: its own root is in the mount element and
 * the release build's static copy of the intro (scripts/prerender.mjs) is
 * gone. `#psc-start` alone is not enough: the copy has one too, visible
 * before the app is ready. Works on a page or a frame.
 */
export function appReady(pageOrFrame) {
  return pageOrFrame.waitForFunction(() => !document.getElementById('psc-static')
    && document.querySelector('#psc-app > .psc-root'), null, { timeout: 30000 });
}

/**
 * The first screen's header and intro, as markup, from a widget root: what
 * scripts/prerender.mjs copies into index.html, and what the e2e tests
 * compare that copy with. Runs in the page (pass it to `$eval`), so it uses
 * nothing from outside itself.
 */
export function headerAndIntro(root) {
  return [...root.children]
    .filter((child) => child.tagName === 'HEADER' || child.tagName === 'MAIN')
    .map((child) => {
      if (child.tagName === 'HEADER') return child.outerHTML;
      const main = child.cloneNode(false);
      main.append(...[...child.children].filter((c) => c.classList.contains('psc-intro')).map((c) => c.cloneNode(true)));
      return main.outerHTML;
    })
    .join('');
}

/**
 * Stores `text` under `key` in the page's localStorage for the site at
 * `url` before the widget is opened, as a visit from an earlier day would
 * have left it (a blank page of that site is opened for it).
 */
export async function storeBeforeLoad(page, url, key, text) {
  await page.route(`${url}seed`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto(`${url}seed`);
  await page.evaluate(([k, t]) => localStorage.setItem(k, t), [key, text]);
  await page.unroute(`${url}seed`);
}

/** Waits for the next painted frame. */
export function nextFrame(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** Fills in the whole assessment with mouse clicks (for tests that are not about the keyboard). */
export async function completeByClicks(page) {
  await page.click('#psc-start');
  for (const [i, area] of AREAS.entries()) {
    await page.waitForSelector(`#psc-mark-${area}-fortress`);
    await page.click(`#psc-tick-${area}-${LEVELS[i % 4]}-0`);
    await page.click(`#psc-mark-${area}-${LEVELS[(i + 2) % 4]}`);
    await page.click('#psc-next');
  }
  await page.waitForSelector(`#psc-belief-${BELIEFS[0]}-held-1`);
  for (const [i, belief] of BELIEFS.entries()) {
    await page.click(`#psc-belief-${belief}-held-${(i % 5) + 1}`);
    await page.click(`#psc-belief-${belief}-practised-${((i + 2) % 5) + 1}`);
  }
  await page.click('#psc-next');
  await page.waitForSelector('#psc-notes');
  await page.click('#psc-barrier-' + (await page.$eval('[id^="psc-barrier-"]', (e) => e.id.slice('psc-barrier-'.length))));
  await page.fill('#psc-notes', 'Private note.');
  await page.click('#psc-next');
  await page.waitForSelector('.psc-label');
}

/** The words of each page of the page as printed now (poppler's pdftotext). */
export async function pdfPages(page) {
  const dir = await mkdtemp(join(tmpdir(), 'psc-pdf-'));
  const path = join(dir, 'print.pdf');
  await writeFile(path, await page.pdf({ format: 'Letter' }));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  await rm(dir, { recursive: true, force: true });
  return text.split('\f').filter((words) => words.trim());
}

/**
 * Completes a self-check with one mark per area (a level key each, in AREAS
 * order) and waits for the results' share link. Beliefs, barriers and notes
 * are left open, unless `held` and `practised` (1–5) answer the first
 * belief and `barrier` checks the first barrier.
 */
export async function completeWithMarks(page, marks, { held, practised, barrier = false } = {}) {
  await page.click('#psc-start');
  for (const [i, area] of AREAS.entries()) {
    await page.waitForSelector(`#psc-mark-${area}-${marks[i]}`);
    await page.click(`#psc-mark-${area}-${marks[i]}`);
    await page.click('#psc-next');
  }
  await page.waitForSelector('[id^="psc-belief-"]');
  if (held && practised) {
    await page.click(`#psc-belief-${BELIEFS[0]}-held-${held}`);
    await page.click(`#psc-belief-${BELIEFS[0]}-practised-${practised}`);
  }
  await page.click('#psc-next');
  await page.waitForSelector('#psc-notes');
  if (barrier) await page.click('[id^="psc-barrier-"]');
  await page.click('#psc-next');
  await page.waitForSelector('#psc-share-link');
}

/** One person's share link: the self-check completed by completeWithMarks in a browser context of their own. */
export async function personLink(browser, url, marks, answers = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await appReady(page);
  await completeWithMarks(page, marks, answers);
  const link = await page.inputValue('#psc-share-link');
  await context.close();
  return link;
}

/**
 * Jumps to step `n` by the step list, opening it first where a narrow
 * screen folds it behind "Step 3 of 8".
 */
export async function goToStep(page, n) {
  if (!(await page.$eval('.psc-steps', (d) => d.open))) await page.click('#psc-step-toggle');
  await page.click(`#psc-goto-${n}`);
}

// Chromium asks for /favicon.ico when the page names no icon; that 404 is
// checked once, by its own test, instead of failing every test.
const FAVICON = /favicon\.ico/;
export function assertNoProblems(problems) {
  problems = problems.filter((p) => !FAVICON.test(p));
  assert.deepEqual(problems, [], `console errors / page errors / CSP violations:\n${problems.join('\n')}`);
}

// axe-core, read once when first needed.
let axeSource;

export const axeFindings = []; // every violation, for the summary

export async function runAxe(page, label) {
  // Evaluated through the DevTools protocol: the page's CSP does not apply.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource ??= readFileSync(AXE_PATH, 'utf8'));
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations', 'incomplete'] }));
  if (result.incomplete.length) {
    console.log(`# axe ${label}: needs review: ${result.incomplete.map((v) => `${v.id} (${v.nodes.length})`).join(', ')}`);
  }
  for (const v of result.violations) {
    const line = `${label}: [${v.impact}] ${v.id}: ${v.help}\n` +
      v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n');
    axeFindings.push(line);
    console.log(`# axe ${line}`);
  }
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}


/**
 * A fresh context and page of `env`'s server (see `browserAndServer`),
 * watched for console errors and CSP violations, the app ready; `width`
 * in CSS px, `hash` the query or fragment to open.
 */
export async function openLive(env, width, { hash = '' } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = await watchPage(page, `[${width}px]`);
  await page.goto(env.server.url + hash);
  await appReady(page);
  return { context, page, problems };
}

/**
 * A fresh page of `env`'s server (see `browserAndServer`) whose .wasm is
 * held back until `release()`, so that what is seen is the page before
 * the app runs (`javaScript: false`: a browser that runs no script).
 */
export async function openHeld(env, path, { width = 390, locale = 'en-US', draft, context: given, javaScript = true } = {}) {
  const context = given ?? await env.browser.newContext({ viewport: { width, height: 800 }, locale, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const problems = javaScript ? await watchPage(page, `[first screen ${path}]`) : [];
  if (draft !== undefined) await storeBeforeLoad(page, env.server.url, DRAFT_KEY, draft);
  let release;
  const released = new Promise((done) => { release = done; });
  await page.route('**/*.wasm', async (route) => { await released; await route.continue(); });
  await page.goto(env.server.url + path, { waitUntil: 'domcontentloaded' });
  // Without JavaScript the copy stays hidden, and there is no app to wait for.
  if (javaScript) await page.waitForSelector('#psc-static header', { state: 'visible' });
  assert.equal(await page.locator('#psc-app > .psc-root').count(), 0, `${path}: the app has not started`);
  return { context, page, problems, release };
}

/**
 * Registers the hooks that start one browser and one strictly served dist/
 * for the calling test file and close them afterwards; the returned object
 * holds them while the file's tests run.
 */
export function browserAndServer() {
  const shared = {};
  before(async () => {
    shared.browser = await launch();
    shared.server = await serve({ csp: true });
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
