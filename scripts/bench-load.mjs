#!/usr/bin/env node
// Cold-load benchmark of the release build (dist/): 10 runs unthrottled and
// 10 throttled (150 ms latency, 1.6 Mbit/s down, 4x CPU slowdown), each in a
// fresh Chromium browser (fresh profile, empty cache), served with brotli and
// the strict CSP. Each browser is left idle for a second after it starts,
// as a browser someone already has open would be: on two cores, a browser
// still starting up competes with the page for the processor, which adds
// about 80 ms and most of the run-to-run noise to every figure. Then 10 more
// unthrottled runs navigate right after launch, as earlier versions of this
// benchmark did. Measures navigation start -> the start button (#psc-start)
// visible and the next frame painted: usually the release build's static
// copy of the intro (scripts/prerender.mjs), which takes presses while the
// WebAssembly arrives. Also measures navigation start -> the app's own
// screen painted, when the app has taken over and answers at once. Prints
// median/min/max, bytes transferred and JS heap, then the same for a
// baseline page that only adds one button. The self-check is measured at
// its bare address and at the README's embed link (a school's name and
// accent), side by side. Throttled, it also prints the longest main-thread
// task after the first screen was painted and the total blocking time
// (the time over 50 ms of every task from then until the app's screen is
// painted and a second after), from long tasks observed in the page with
// the CPU really slowed ×4 (DevTools protocol). Last, a repeat visit: the
// bytes a second load transfers when the host caches as docs/deploying.md
// advises (scripts/serve-dist.mjs --cache). The families' check-in
// (dist/family/, its start button #psc-family-start, which its app draws)
// is measured too, unthrottled and throttled.
// Prints only; asserts nothing. Needs dist/ (make dist) and tests/e2e's
// node_modules (npm install --prefix tests/e2e).
//
//   node scripts/bench-load.mjs [--runs 10] [--root dist]
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { resolve, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const helpers = resolve(repo, 'tests', 'e2e', 'helpers.mjs');
const { launch, serve, DIST } = await import(pathToFileURL(helpers).href);
const { writeBaselinePage } = await import(pathToFileURL(resolve(repo, 'scripts', 'baseline-page.mjs')).href);

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('--runs', 10));
// Another built folder, e.g. a copy of dist/ with an earlier loader, to
// compare two versions on the same machine.
const ROOT = resolve(option('--root', DIST));

if (!existsSync(resolve(ROOT, 'index.html'))) {
  console.error(`${ROOT}/index.html is missing: run \`make dist\` first.`);
  process.exit(1);
}

const THROTTLED = {
  network: { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 200000 },
  cpu: 4,
};

/** How long a fresh browser is left idle before it navigates. */
const SETTLE_MS = 1000;

/** A page in a fresh browser, with a count of the bytes it receives. */
async function freshPage(browser, { cache }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
  const received = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (e) => { received.bytes += e.encodedDataLength; received.requests += 1; });
  return { page, cdp, received };
}

async function coldLoad(url, throttle, settleMs = SETTLE_MS, startId = 'psc-start') {
  const browser = await launch();
  try {
    const { page, cdp, received } = await freshPage(browser, { cache: false });
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', throttle.network);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
    }
    // Timed inside the page: a mutation observer notes when the start button
    // becomes visible, and when the app's own root (not the static copy)
    // enters the page, and records the time of the frame after each (a task
    // queued from the next animation frame runs after that frame's paint).
    // Polling from outside would add the DevTools round trips to every figure.
    //
    // The static copy's frame is timed by the browser's own first
    // contentful paint instead, when that frame is the one with the button:
    // nothing else on the page is visible before it. Right after the copy is
    // shown the app starts up, a long task that would delay the queued task
    // and so push the app's start-up time into the copy's figure.
    await page.addInitScript((startId) => {
      window.__pscTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__pscTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === 'first-contentful-paint') window.__pscFirstPaint = entry.startTime;
        }
      }).observe({ type: 'paint', buffered: true });
      const painted = (name) => requestAnimationFrame(() => setTimeout(() => { window[name] = performance.now(); }, 0));
      let shown = false;
      let app = false;
      new MutationObserver((_, observer) => {
        const start = document.getElementById(startId);
        // A hidden ancestor is the only way the page hides it; asking the
        // browser for visibility would force a style update mid-parse.
        if (!shown && start && !start.closest('[hidden]')) {
          shown = true;
          window.__pscVisible = performance.now();
          painted('__pscShown');
        }
        // The baseline page has no app: its button is all there is.
        const root = document.getElementById('psc-app');
        if (!app && (root ? root.querySelector(':scope > .psc-root:not(#psc-static)') : shown)) {
          app = true;
          painted('__pscApp');
        }
        if (shown && app) observer.disconnect();
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    }, startId);
    await new Promise((settled) => setTimeout(settled, settleMs));
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__pscShown !== undefined && window.__pscApp !== undefined, null, { timeout: 60000 });
    // Long tasks until a second after the app's screen was painted.
    await page.waitForFunction(() => performance.now() > window.__pscApp + 1000, null, { timeout: 60000, polling: 100 });
    const { ms, app, longest, blocking } = await page.evaluate(() => {
      const shown = window.__pscFirstPaint >= window.__pscVisible ? window.__pscFirstPaint : window.__pscShown;
      const after = window.__pscTasks.filter(([start]) => start >= (window.__pscFirstPaint ?? shown));
      return {
        ms: shown,
        app: window.__pscApp,
        longest: Math.max(0, ...after.map(([, duration]) => duration)),
        blocking: after.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      };
    });
    const heap = await cdp.send('Runtime.getHeapUsage');
    await new Promise((r) => setTimeout(r, 100)); // let loadingFinished events arrive
    return { ms, app, longest, blocking, ...received, heap: heap.usedSize };
  } finally {
    await browser.close();
  }
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1] };
};
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

// The same measurement of a page that is nothing but a module script adding
// one button with id psc-start (scripts/baseline-page.mjs): what this
// machine and harness cost before any of the widget's bytes or work, so the
// widget's own share can be read off the difference.
async function baselineRoot() {
  return writeBaselinePage(await mkdtemp(join(tmpdir(), 'psc-baseline-')));
}

const MODES = [
  ['unthrottled', null, SETTLE_MS],
  ['throttled (150 ms, 1.6 Mbit/s, CPU x4)', THROTTLED, SETTLE_MS],
  ['unthrottled, navigating right after launch', null, 0],
];

async function measure(label, url, withApp, { startId = 'psc-start', modes = MODES } = {}) {
  // Warm-up (discarded): the server compresses each file with brotli once and caches it.
  await coldLoad(url, null, 0, startId);
  for (const [name, throttle, settleMs] of modes) {
    const results = [];
    for (let i = 0; i < RUNS; i++) results.push(await coldLoad(url, throttle, settleMs, startId));
    const t = stats(results.map((r) => r.ms));
    const a = stats(results.map((r) => r.app));
    const b = stats(results.map((r) => r.bytes));
    const h = stats(results.map((r) => r.heap));
    console.log(`${label}, ${name}: ${RUNS} cold loads from navigation start`);
    console.log(`  start button painted   median ${t.median.toFixed(0)} ms   min ${t.min.toFixed(0)} ms   max ${t.max.toFixed(0)} ms`);
    if (withApp) console.log(`  app's screen painted   median ${a.median.toFixed(0)} ms   min ${a.min.toFixed(0)} ms   max ${a.max.toFixed(0)} ms`);
    console.log(`  bytes  median ${kib(b.median)} over ${results[0].requests} requests (min ${kib(b.min)}, max ${kib(b.max)})`);
    console.log(`  heap   median ${kib(h.median)} used JS heap (min ${kib(h.min)}, max ${kib(h.max)})`);
    if (throttle) {
      const l = stats(results.map((r) => r.longest));
      const tbt = stats(results.map((r) => r.blocking));
      console.log(`  longest task after the first paint  median ${l.median.toFixed(0)} ms   min ${l.min.toFixed(0)} ms   max ${l.max.toFixed(0)} ms`);
      console.log(`  total blocking time after it        median ${tbt.median.toFixed(0)} ms   min ${tbt.min.toFixed(0)} ms   max ${tbt.max.toFixed(0)} ms`);
    }
  }
}

/** The bytes a second visit transfers, the browser's cache kept from the first. */
async function repeatVisit(url) {
  const browser = await launch();
  try {
    const { page, received } = await freshPage(browser, { cache: true });
    const visit = async () => {
      Object.assign(received, { bytes: 0, requests: 0 });
      await page.goto(url);
      await page.waitForFunction(() => !document.getElementById('psc-static') && document.querySelector('#psc-app > .psc-root'), null, { timeout: 60000 });
      await new Promise((r) => setTimeout(r, 200));
      return { ...received };
    };
    return { first: await visit(), again: await visit() };
  } finally {
    await browser.close();
  }
}

const EMBED = '?name=Lincoln%20Elementary&accent=%23336699'; // README, "Embedding"
const server = await serve({ root: ROOT, csp: true, brotli: true });
try {
  await measure(`self-check (${relative(repo, ROOT) || ROOT})`, server.url, true);
  await measure(`self-check, the embed link (${EMBED})`, server.url + EMBED, true, { modes: MODES.slice(0, 2) });
  // The families' check-in has no static copy: its start button is the app's own.
  await measure("families' check-in (dist/family/)", `${server.url}family/`, false, { startId: 'psc-family-start', modes: MODES.slice(0, 2) });
} finally {
  await server.close();
}
const cached = await serve({ root: ROOT, csp: true, brotli: true, cache: true });
try {
  const { first, again } = await repeatVisit(cached.url + EMBED);
  console.log('self-check, a repeat visit (hashed files cached for a year, the page revalidated: docs/deploying.md)');
  console.log(`  first visit  ${first.bytes} bytes over ${first.requests} requests`);
  console.log(`  second visit ${again.bytes} bytes over ${again.requests} requests`);
} finally {
  await cached.close();
}
const root = await baselineRoot();
const baseline = await serve({ root, csp: true, brotli: true });
try {
  await measure('baseline (a module script adds one button)', baseline.url, false);
} finally {
  await baseline.close();
  await rm(root, { recursive: true, force: true });
}
