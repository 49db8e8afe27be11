#!/usr/bin/env node
// District page benchmark (issue 24): a thousand schools' team links, made
// by the core (examples/district_links.rs), pasted at once into the
// district page of the release build (dist/district/) in headless
// Chromium, timed from the click on "Add the links" to the page painted
// (the next animation frame) with the grid's first rows (the page draws
// 200 at first, core::district::GRID_ROWS) and the spread, gap and support
// over every school, median of 5 runs; then
// the same text read by the core natively. Prints only; asserts nothing.
// Needs dist/ (make dist) and tests/e2e's node_modules.
//
//   node scripts/bench-district.mjs [--schools 1000] [--runs 5]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { launch, serve, appReady, DIST } = await import(pathToFileURL(resolve(repo, 'tests', 'e2e', 'helpers.mjs')).href);
const arg = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const SCHOOLS = arg('--schools', 1000);
const FIRST_ROWS = Math.min(SCHOOLS, 200);
const RUNS = arg('--runs', 5);

if (!existsSync(resolve(DIST, 'district', 'index.html'))) {
  console.error('dist/district/index.html is missing: run `make dist` first.');
  process.exit(1);
}

const made = execFileSync('cargo', ['run', '--quiet', '--release', '--offline', '--example', 'district_links', '--', String(SCHOOLS), '1'],
  { cwd: repo, encoding: 'utf8' });
const text = made.trim().split('\n').map((line) => {
  const [name, code] = line.split('\t');
  return `> https://example.org/tools/?name=${encodeURIComponent(name)}#t=${code}`;
}).join('\n');

const browser = await launch();
const server = await serve({ csp: true });
const times = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}district/`);
    await appReady(page);
    await page.fill('#psc-district-paste', text);
    const ms = await page.evaluate(([schools, rows]) => new Promise((done) => {
      const start = performance.now();
      const seen = new MutationObserver(() => {
        const shown = document.getElementById('psc-district-shown')?.textContent ?? '';
        if (document.querySelectorAll('.psc-district-table tbody tr').length === rows && shown.includes(` of ${schools}`)
          && document.querySelector('.psc-district-spread table')) {
          seen.disconnect();
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
        }
      });
      seen.observe(document.body, { childList: true, subtree: true });
      document.getElementById('psc-district-add').click();
    }), [SCHOOLS, FIRST_ROWS]);
    times.push(ms);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`district, Chromium: ${SCHOOLS} schools' links read and shown (first ${FIRST_ROWS} rows of the grid, every view) in ${median.toFixed(0)} ms (median of ${RUNS}; min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`);
execFileSync('cargo', ['run', '--quiet', '--release', '--offline', '--example', 'district_links', '--', String(SCHOOLS), '1', '--bench'],
  { cwd: repo, stdio: 'inherit' });
