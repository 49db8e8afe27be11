#!/usr/bin/env node
// Lighthouse 12.2.3 (npm `lighthouse`, installed into .tools/ by
// scripts/setup.sh) on the release build, as a phone would see it: its
// default mobile settings (a Moto G Power's screen, 150 ms latency,
// 1.6 Mbit/s and a CPU slowed x4, all simulated from one unthrottled load).
// Three pages: the self-check from the README's embed link, its bare
// address, and the families' check-in. Each is audited 3 times, the pages
// taking turns, each run in a fresh system Chromium (chrome-launcher, the
// e2e tests' flags), served as a host following docs/deploying.md would
// (brotli, the strict Content-Security-Policy, hashed files cached). Prints
// the median performance score and metrics, the longest main-thread task
// Lighthouse's simulation found, and which audits cost points in the run
// with the median score. Prints only; asserts nothing: the simulation
// scales whatever the processor did during the load, so on a busy machine
// the figures move from run to run. Works offline: it fetches nothing but
// the local server's files, and never downloads a browser.
//
//   node scripts/bench-lighthouse.mjs [--runs 3]
import { existsSync, readdirSync } from 'node:fs';
import { resolve, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { serve, DIST, CHROMIUM, CHROMIUM_ARGS } = await import(pathToFileURL(resolve(repo, 'tests', 'e2e', 'helpers.mjs')).href);
const { numberOption, needBuild, median } = await import(pathToFileURL(resolve(repo, 'scripts', 'benchmarking.mjs')).href);
const modules = resolve(repo, '.tools', 'node_modules');
if (!existsSync(join(modules, 'lighthouse', 'package.json'))) {
  console.error('.tools/node_modules/lighthouse is missing: run scripts/setup.sh.');
  process.exit(1);
}
const { default: lighthouse } = await import(pathToFileURL(join(modules, 'lighthouse', 'core', 'index.js')).href);
const chromeLauncher = await import(pathToFileURL(join(modules, 'chrome-launcher', 'dist', 'index.js')).href);

const RUNS = numberOption('--runs', 3);
needBuild(DIST);

/** The metrics printed, as Lighthouse's audit ids, with their labels and units. */
const METRICS = [
  ['total-blocking-time', 'TBT', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['first-contentful-paint', 'FCP', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
  ['speed-index', 'SI', 'ms'],
];

/** One Lighthouse run (performance only, default mobile config) in a fresh Chromium. */
async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: ['performance'] });
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    if (lhr.categories.performance.score === null) throw new Error(`${url}: Lighthouse gave no performance score`);
    return lhr;
  } finally {
    await chrome.kill();
  }
}

/** The figures printed for one run. */
function figures(lhr) {
  const out = { score: Math.round(lhr.categories.performance.score * 100) };
  for (const [id, label] of METRICS) out[label] = lhr.audits[id].numericValue;
  // Simulated durations (the CPU slowed x4): the longest task of the whole
  // load, and the longest after the first contentful paint (what Lighthouse
  // calls the max potential first input delay).
  out.longest = lhr.audits['long-tasks'].details?.items?.[0]?.duration ?? 0;
  out.afterPaint = lhr.audits['max-potential-fid'].numericValue;
  return out;
}

/**
 * What loses points: each metric's share of the score it did not get, then
 * every other performance audit that failed (an opportunity or a
 * diagnostic; they carry no weight in the score but say what to change).
 */
function losses(lhr) {
  const lines = [];
  for (const ref of lhr.categories.performance.auditRefs) {
    const a = lhr.audits[ref.id];
    if (ref.weight > 0 && a.score !== null && a.score < 1) {
      lines.push(`    ${a.title}: ${a.displayValue ?? ''}, score ${a.score.toFixed(2)}, ${(ref.weight * (1 - a.score)).toFixed(1)} of its ${ref.weight} points lost`);
    }
  }
  for (const ref of lhr.categories.performance.auditRefs) {
    const a = lhr.audits[ref.id];
    if (ref.weight === 0 && a.score !== null && a.score < 0.9 && ['numeric', 'binary', 'metricSavings'].includes(a.scoreDisplayMode)) {
      lines.push(`    (no weight) ${a.title}${a.displayValue ? `: ${a.displayValue}` : ''}`);
    }
  }
  return lines.length ? lines : ['    nothing'];
}

/**
 * Asks once for every built file, as a browser would (brotli accepted), so
 * that the server has compressed each before Lighthouse measures: its
 * simulation takes the observed response times as the server's.
 */
async function warm(url) {
  const files = (dir) => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of files(DIST).filter((f) => !f.endsWith('.br'))) {
    await fetch(url + relative(DIST, file), { headers: { 'Accept-Encoding': 'br' } }).then((r) => r.arrayBuffer());
  }
}

const format = (value, unit) => (unit ? `${value.toFixed(0)} ${unit}` : value.toFixed(3));

const EMBED = '?name=Lincoln%20Elementary&accent=%23336699'; // README, "Embedding"
const server = await serve({ root: DIST, csp: true, brotli: true, cache: true });
const PAGES = [
  ['self-check, the embed link', server.url + EMBED],
  ['self-check, the bare address', server.url],
  ["families' check-in (family/)", `${server.url}family/`],
];
try {
  await warm(server.url);
  const runs = PAGES.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, [, url]] of PAGES.entries()) runs[i].push(await audit(url));
  }
  console.log(`Lighthouse ${runs[0][0].lighthouseVersion}, mobile (simulated: 150 ms, 1.6 Mbit/s, CPU x4), ${RUNS} runs each, medians`);
  // Lighthouse 12's trace reader predates this Chromium's traces: some
  // diagnostics fail. The metrics, and so the score, are not among them.
  const failed = [...new Set(runs.flat().flatMap((lhr) => Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === 'error').map((a) => a.id)))];
  if (failed.length) console.log(`  audits that could not run with this Chromium: ${failed.join(', ')}`);
  for (const [i, [label]] of PAGES.entries()) {
    const all = runs[i].map(figures);
    const scores = all.map((f) => f.score);
    const metrics = METRICS.map(([, name, unit]) => `${name} ${format(median(all.map((f) => f[name])), unit)}`).join('   ');
    console.log(`  ${label}: performance ${median(scores)} (runs: ${scores.join(', ')})`);
    console.log(`    ${metrics}   longest task ${median(all.map((f) => f.longest)).toFixed(0)} ms`
      + ` (after the first paint ${median(all.map((f) => f.afterPaint)).toFixed(0)} ms)`);
    // The run with the median score says what costs points.
    const middle = runs[i][all.map((f, at) => [f.score, at]).sort((a, b) => a[0] - b[0])[all.length >> 1][1]];
    console.log('   what costs points (the median run):');
    for (const line of losses(middle)) console.log(line);
  }
} finally {
  await server.close();
}
