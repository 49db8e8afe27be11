// End-to-end smoke of the release build (dist/) in the engines staff use
// besides Chromium: Firefox ESR and WebKitGTK (Safari's engine), both from
// Debian, driven through WebDriver (drivers.mjs). In each engine: the
// self-check walked to its results at 390px and at 1280px with no sideways
// scrolling, the share link opened in a fresh session, a results file saved
// and opened again, six links pooled on the tools page, the language
// switched to Spanish and back, and no console error or uncaught exception
// on any page. Builds nothing: run `make dist` first.
//
//   node tests/engines/smoke.mjs              both engines
//   ENGINES=webkit node tests/engines/smoke.mjs   one of them
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, REPO, AREAS, serve, completeByClicks, appReady, assertNoProblems } from '../e2e/helpers.mjs';
import { firefox, webkit, until } from './drivers.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: run `make dist` first.');
  process.exit(1);
}

const ENGINES = { firefox, webkit };
const chosen = (process.env.ENGINES || 'firefox,webkit').split(',').filter(Boolean);
const content = (code, file) => JSON.parse(readFileSync(join(REPO, 'content', code, `${file}.json`), 'utf8'));

/**
 * A copy of dist/ whose pages load watch.js first, for engines whose
 * driver reports no console messages (WebKit).
 */
async function watchedDist(dir) {
  await cp(DIST, dir, { recursive: true });
  await writeFile(join(dir, 'engine-watch.js'), await readFile(join(HERE, 'watch.js')));
  for (const page of ['index.html', 'tools/index.html', 'family/index.html']) {
    const html = await readFile(join(dir, page), 'utf8');
    assert.match(html, /<meta charset=utf-8>/, `${page} starts as expected`);
    await writeFile(join(dir, page), html.replace('<meta charset=utf-8>', '<meta charset=utf-8><script src=/engine-watch.js></script>'));
  }
  return dir;
}

/** What the results say, in words and chart: the same wherever the same answers are shown. */
function resultsShown(page) {
  return page.evaluate(() => {
    const text = (selector) => document.querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim();
    return { label: text('.psc-label'), chart: text('.psc-bars') };
  });
}

/** Waits for a complete results file in `dir` (JSON that parses), and returns its path. */
async function savedFile(dir) {
  for (let waited = 0; waited < 30000; waited += 100) {
    for (const name of await readdir(dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        JSON.parse(await readFile(join(dir, name), 'utf8'));
        return join(dir, name);
      } catch { /* still being written */ }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no results file appeared in ${dir}: ${(await readdir(dir)).join(', ') || 'empty'}`);
}

for (const name of chosen) {
  describe(name, () => {
    const env = { links: [], open: [] };
    before(async () => {
      env.tmp = await mkdtemp(join(tmpdir(), `psc-${name}-`));
      env.downloads = join(env.tmp, 'downloads');
      await mkdir(env.downloads);
      env.engine = await ENGINES[name]({ downloads: env.downloads, home: env.tmp });
      env.root = name === 'webkit' ? { root: await watchedDist(join(env.tmp, 'dist')) } : {};
      env.server = await serve({ csp: true, ...env.root });
    });
    // A test that failed half-way leaves its session open; WebKitWebDriver
    // runs one session at a time, so it is closed before the next test.
    afterEach(async () => {
      for (const page of env.open.splice(0)) await page.close().catch(() => {});
    });
    after(async () => {
      await env.engine?.close();
      await env.server?.close();
      // The browser's helper processes may still be writing their caches for a moment.
      if (env.tmp) await rm(env.tmp, { recursive: true, force: true, maxRetries: 10 });
    });

    /** A fresh session (its own storage) showing `path` at `width` CSS px. */
    async function open(width, path = '', label = `[${name} ${width}px ${path || '/'}]`) {
      const page = await env.engine.newPage(width, label);
      env.open.push(page);
      const close = page.close.bind(page);
      page.close = async () => {
        if (env.open.includes(page)) env.open.splice(env.open.indexOf(page), 1);
        await close();
      };
      await page.goto(env.server.url + path);
      await appReady(page);
      return page;
    }

    test('the error watch sees an uncaught exception and a console.error', async () => {
      const page = await open(1280);
      console.log(`# ${name}: ${env.engine.version}`);
      await page.evaluate(() => {
        setTimeout(() => { throw new Error('smoke canary thrown'); });
        console.error('smoke canary logged');
      });
      const seen = await until(async () => {
        const all = (await page.seen()).join('\n');
        return /smoke canary thrown/.test(all) && /smoke canary logged/.test(all) && all;
      }, 'both canaries');
      assert.ok(seen);
      page.problems.length = 0;
      await page.close();
      assertNoProblems(page.problems);
    });

    for (const width of [390, 1280]) {
      test(`walk to the results at ${width}px with no sideways scrolling`, async () => {
        const page = await open(width);
        const overflow = [];
        const check = async (where) => {
          const { viewport, scroll } = await page.widths();
          assert.equal(viewport, width, 'the page is as wide as asked');
          if (scroll > width) overflow.push(`${where}: ${scroll}px wide`);
        };
        // completeByClicks, checking each screen before it moves on.
        const walker = Object.create(page);
        let screen = 0;
        walker.click = async (selector) => {
          if (selector === '#psc-start' || selector === '#psc-next') await check(`screen ${screen++}`);
          return page.click(selector);
        };
        await completeByClicks(walker);
        await check('results');
        const shown = await resultsShown(page);
        assert.ok(shown.label && shown.chart, `results are shown: ${JSON.stringify(shown)}`);
        env.results ??= shown;
        assert.deepEqual(shown, env.results, 'the same answers give the same results at every width');
        env.links.push(await page.inputValue('#psc-share-link'));
        assert.deepEqual(overflow, [], `sideways scrolling at ${width}px`);
        await page.close();
        assertNoProblems(page.problems);
      });
    }

    test('the share link, opened in a fresh session, shows the same results', async () => {
      const link = env.links[0];
      assert.match(link ?? '', /#r=/, 'a share link from the walk');
      const page = await open(390, link.slice(link.indexOf('#')));
      await page.waitForSelector('.psc-shared-banner');
      await page.waitForSelector('.psc-label');
      assert.deepEqual(await resultsShown(page), env.results);
      await page.close();
      assertNoProblems(page.problems);
    });

    test('a results file saved with "Save as a file" opens again with the same results', async () => {
      const page = await open(1280);
      await completeByClicks(page);
      await page.click('#psc-download');
      const file = await savedFile(env.downloads);
      const saved = JSON.parse(await readFile(file, 'utf8'));
      assert.equal(typeof saved, 'object');
      await page.close();
      const fresh = await open(1280);
      await fresh.setInputFiles('#psc-open-file', file);
      await fresh.waitForSelector('.psc-shared-banner');
      await fresh.waitForSelector('.psc-label');
      assert.match(await fresh.textContent('.psc-shared-banner'), /results file/);
      assert.deepEqual(await resultsShown(fresh), env.results);
      await fresh.close();
      assertNoProblems([...page.problems, ...fresh.problems]);
    });

    test('six share links pooled on the tools page show the team summary', async () => {
      const problems = [];
      while (env.links.length < 6) {
        const page = await open(1280);
        await completeByClicks(page);
        env.links.push(await page.inputValue('#psc-share-link'));
        await page.close();
        problems.push(...page.problems);
      }
      assert.equal(new Set(env.links).size, 6, 'six different assessments');
      const page = await open(390, 'tools/');
      await page.fill('#psc-team-paste', env.links.join('\n'));
      await page.click('#psc-team-add');
      await page.waitForSelector('.psc-team-results');
      assert.match(await page.textContent('.psc-team-count'), /6 different/);
      const rows = await page.evaluate(() => document.querySelectorAll('.psc-team-table tbody tr').length);
      assert.equal(rows, AREAS.length, 'one row per area');
      const { scroll } = await page.widths();
      assert.ok(scroll <= 390, `the team summary fits 390px (page is ${scroll}px wide)`);
      await page.close();
      assertNoProblems([...problems, ...page.problems]);
    });

    test('a family walks the check-in by clicks, and its link opens the same answers in a fresh session', async () => {
      const page = await open(390, 'family/?name=Lincoln%20Elementary');
      await page.click('#psc-family-start');
      for (const area of AREAS) {
        await page.waitForSelector(`#psc-family-${area}-dont_know`);
        await page.click(`label[for="psc-family-${area}-${area === 'sharing_power' ? 'dont_know' : 'open_door'}"]`);
        await page.click('#psc-family-next');
      }
      for (const step of ['invitation', 'joining', 'barriers']) {
        await page.waitForSelector('#psc-family-next');
        if (step === 'barriers') await page.click('label[for="psc-family-barrier-language"]');
        await page.click('#psc-family-next');
      }
      await page.waitForSelector('#psc-family-link');
      const link = await page.inputValue('#psc-family-link');
      assert.match(link, /#f=F1[A-Za-z0-9_-]{20}$/);
      const answers = await page.evaluate(() => document.getElementById('psc-family-answers').textContent.replace(/\s+/g, ' ').trim());
      const { scroll } = await page.widths();
      assert.ok(scroll <= 390, `the end screen fits 390px (page is ${scroll}px wide)`);
      await page.close();
      assertNoProblems(page.problems);
      const fresh = await open(390, `family/${link.slice(link.indexOf('#'))}`);
      await fresh.waitForSelector('#psc-family-answers');
      assert.equal(await fresh.evaluate(() => document.getElementById('psc-family-answers').textContent.replace(/\s+/g, ' ').trim()), answers);
      await fresh.close();
      assertNoProblems(fresh.problems);
    });

    test('on a slow connection the static first question is answered before the app arrives, and the app keeps it', async () => {
      // The .wasm is held back for a few seconds, so the page's static copy
      // is all there is at first.
      const slow = await serve({ csp: true, slow: { '.wasm': 8000 }, ...env.root });
      const page = await env.engine.newPage(390, `[${name} 390px slow]`);
      env.open.push(page);
      try {
        await page.begin(`${slow.url}?name=Lincoln`);
        await page.waitForSelector('#psc-static #psc-start');
        await page.click('#psc-static #psc-start');
        await page.waitForSelector('#psc-static .psc-area-step');
        const listed = (root) => page.evaluate((r) => [...document.querySelectorAll(`${r} .psc-practices input`)].map((box) => box.id), root);
        const order = await listed('#psc-static');
        assert.equal(order.length, 12);
        assert.equal(await page.evaluate(() => !document.querySelector('#psc-app > .psc-root')), true, 'the copy, before the app');
        await page.click(`label[for="${order[2]}"]`);
        await page.click('#psc-static #psc-mark-building_relationships-open_door');
        assert.equal(await page.evaluate(() => Boolean(document.getElementById('psc-static'))), true, 'answered on the copy, before the app');
        await appReady(page);
        await page.waitForSelector('#psc-app #psc-mark-building_relationships-open_door');
        assert.deepEqual(await listed('#psc-app'), order, 'the app lists the practices as the copy did');
        assert.equal(await page.evaluate((id) => document.getElementById(id).checked, order[2]), true, 'the box ticked on the copy');
        assert.equal(await page.evaluate(() => document.getElementById('psc-mark-building_relationships-open_door').checked), true, 'the choice');
      } finally {
        await page.close();
        await slow.close();
      }
      assertNoProblems(page.problems);
    });

    test('the language switched to Spanish and back, on both pages', async () => {
      const spanish = content('es', 'instrument').areas.building_relationships.title;
      const english = content('en', 'instrument').areas.building_relationships.title;
      const page = await open(390);
      await page.click('#psc-start');
      await page.waitForSelector('#psc-mark-building_relationships-fortress');
      await page.click('#psc-mark-building_relationships-partnership');
      await page.selectOption('#psc-language', 'es');
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      assert.equal((await page.textContent('#psc-heading')).trim(), spanish);
      assert.equal(await page.evaluate(() => document.getElementById('psc-mark-building_relationships-partnership').checked), true,
        'the answer is kept');
      await page.selectOption('#psc-language', 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal((await page.textContent('#psc-heading')).trim(), english);
      await page.goto(`${env.server.url}tools/`);
      await appReady(page);
      await page.selectOption('#psc-language', 'es');
      await page.waitForFunction(() => document.documentElement.lang === 'es');
      assert.equal((await page.textContent('label[for="psc-language"]')).trim(), 'Idioma');
      await page.selectOption('#psc-language', 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal((await page.textContent('label[for="psc-language"]')).trim(), 'Language');
      await page.close();
      assertNoProblems(page.problems);
    });
  });
}
