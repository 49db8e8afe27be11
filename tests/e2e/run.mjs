// End-to-end tests of the release build (dist/) in the system Chromium.
// Builds nothing: run `make dist` first. Run with: node tests/e2e/run.mjs
// (node's own test runner; the output ends with # tests / # pass / # fail).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AREAS, BELIEFS, DIST, DRAFT_KEY, REPO,
  browserAndServer, openLive, watchPage, tabUntil, screenshot, nextFrame, completeByClicks, goToStep, appReady,
  assertNoProblems, runAxe, axeFindings,
} from './helpers.mjs';

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dist/index.html is missing: run `make dist` first.');
  process.exit(1);
}

const env = browserAndServer(); // the strict CSP
const tmp = await mkdtemp(join(tmpdir(), 'psc-e2e-'));
after(() => rm(tmp, { recursive: true, force: true }));

/** A fresh context + page with console/CSP watching; width in CSS px. */
const openPage = (width, options) => openLive(env, width, options);

/** Every radio has a fieldset ancestor with a non-empty legend. */
async function radiosWithoutGroupName(page) {
  return page.evaluate(() => [...document.querySelectorAll('input[type=radio]')].filter((r) => {
    const fieldset = r.closest('fieldset');
    const legend = fieldset?.querySelector(':scope > legend');
    return !legend || !legend.textContent.trim();
  }).map((r) => r.id));
}

// ---------------------------------------------------------------- 1 + 6: keyboard only, screenshots

for (const width of [320, 390, 1280]) {
  test(`keyboard-only completion at ${width}px (with screenshots)`, async () => {
    const { context, page, problems } = await openPage(width);
    const overflow = [];
    const shot = async (name) => {
      // WCAG 1.4.10 reflow: no horizontal scrolling at any width.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) overflow.push(`${name}: page is ${scrollWidth}px wide`);
      await screenshot(page, `${width}-${name}`);
    };
    const headingFocused = async (what) => {
      await page.waitForFunction(() => document.activeElement?.id === 'psc-heading', null, { timeout: 5000 })
        .catch(() => { throw new Error(`focus did not move to #psc-heading after ${what}`); });
    };
    await page.waitForSelector('#psc-start');
    await shot('00-intro');
    await tabUntil(page, '#psc-start');
    await page.keyboard.press('Enter');

    for (const [i, area] of AREAS.entries()) {
      await page.waitForSelector(`#psc-mark-${area}-fortress`);
      await headingFocused(`going to ${area}`);
      // Tick the first practice found, with Space.
      const tick = await tabUntil(page, `input[type=checkbox][id^="psc-tick-${area}-"]`);
      assert.ok(tick > 0);
      const tickId = await page.evaluate(() => document.activeElement.id);
      await page.keyboard.press('Space');
      assert.equal(await page.isChecked(`#${tickId}`), true, `Space ticks ${tickId}`);
      // Into the mark group: Space selects the focused radio, arrows move on.
      await tabUntil(page, `input[type=radio][name="psc-mark-${area}"]`);
      await page.keyboard.press('Space');
      for (let k = 0; k < i % 5; k++) await page.keyboard.press('ArrowRight');
      const checked = await page.$$eval(`input[name="psc-mark-${area}"]:checked`, (els) => els.map((e) => e.id));
      assert.equal(checked.length, 1, `a mark is chosen for ${area}`);
      await shot(`${String(i + 1).padStart(2, '0')}-${area}`);
      await tabUntil(page, '#psc-next');
      await page.keyboard.press('Enter');
    }

    await page.waitForSelector(`#psc-belief-${BELIEFS[0]}-held-1`);
    await headingFocused('going to the beliefs');
    for (const belief of BELIEFS) {
      for (const scale of ['held', 'practised']) {
        await tabUntil(page, `input[type=radio][name="psc-belief-${belief}-${scale}"]`);
        await page.keyboard.press('ArrowRight'); // first point -> second, and checks it
        await page.keyboard.press('ArrowRight');
        const value = await page.$eval(`input[name="psc-belief-${belief}-${scale}"]:checked`, (e) => e.value).catch(() => null);
        assert.ok(value, `${belief} ${scale} answered with the arrow keys`);
      }
    }
    await shot('06-beliefs');
    await tabUntil(page, '#psc-next');
    await page.keyboard.press('Enter');

    await page.waitForSelector('#psc-notes');
    await headingFocused('going to the reflection');
    await tabUntil(page, 'input[type=checkbox][id^="psc-barrier-"]');
    const barrierId = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked(`#${barrierId}`), true);
    await tabUntil(page, '#psc-notes');
    await page.keyboard.type('Typed with the keyboard only.');
    await shot('07-reflection');
    await tabUntil(page, '#psc-next');
    await page.keyboard.press('Enter');

    await page.waitForSelector('.psc-label');
    await headingFocused('going to the results');
    const label = (await page.textContent('.psc-label')).trim();
    assert.ok(label.length > 0, 'results show a label');
    assert.ok(await page.isVisible('.psc-bars'), 'results show the chart');
    await shot('08-results');
    // Results controls are reachable by keyboard.
    await tabUntil(page, '#psc-print');
    await tabUntil(page, '#psc-download');
    console.log(`# ${width}px result label: ${label.replace(/\s+/g, ' ')}`);
    assert.deepEqual(overflow, [], `horizontal overflow at ${width}px`);
    assertNoProblems(problems);
    await context.close();
  });
}

// WCAG 1.4.12's text spacing (letter 0.12em, word 0.16em, line 1.5,
// paragraphs 2em) stands in for a font with wider metrics than this
// machine's, and a school name of one 70-letter word for the longest word a
// district may send. No screen of either page may scroll sideways at 320px.
test('320px holds with wider text and a 70-letter word, on every screen of both pages', async () => {
  const name = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(2);
  const spacing = '.psc-root, .psc-root * { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; line-height: 1.5 !important; } .psc-root p { margin-bottom: 2em !important; }';
  // The spacing is test-only inline CSS, which the strict CSP would refuse.
  const context = await env.browser.newContext({ viewport: { width: 320, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  const problems = await watchPage(page, '[320px text spacing]');
  const overflow = [];
  const check = async (screen) => {
    await page.addStyleTag({ content: spacing });
    await nextFrame(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > 320) overflow.push(`${screen}: page is ${scrollWidth}px wide`);
  };
  await page.goto(`${env.server.url}?name=${name}`);
  await appReady(page);
  await check('intro with the open-results panel');
  await page.click('#psc-start');
  for (let step = 1; step <= 8; step++) {
    await page.waitForSelector('#psc-heading');
    await check(`step ${step}`);
    if (!(await page.$('#psc-next'))) break;
    await page.click('#psc-next');
  }
  await page.goto(`${env.server.url}tools/?name=${name}`);
  await appReady(page);
  await check('team summary with its file input');
  await page.click('#psc-tool-compare');
  await check('compare');
  assert.deepEqual(overflow, [], 'horizontal overflow');
  assertNoProblems(problems);
  await context.close();
});

// ---------------------------------------------------------------- 2: axe on every screen

test('axe-core: no serious or critical WCAG 2.1 A/AA violations; radios have group names', async () => {
  const serious = [];
  const ungrouped = [];
  for (const width of [320, 390, 1280]) {
    const { context, page, problems } = await openPage(width);
    const check = async (label) => {
      await nextFrame(page);
      serious.push(...(await runAxe(page, `${width}px ${label}`)));
      ungrouped.push(...(await radiosWithoutGroupName(page)).map((id) => `${width}px ${label}: #${id}`));
    };
    await page.waitForSelector('#psc-start');
    await check('intro');
    await page.click('#psc-about');
    await page.waitForSelector('#psc-about-close');
    await check('about');
    await page.click('#psc-about-close');
    await page.click('#psc-start');
    for (const [i, area] of AREAS.entries()) {
      await page.waitForSelector(`#psc-mark-${area}-fortress`);
      await check(`${area} (blank)`);
      await page.click(`#psc-tick-${area}-open_door-0`);
      if (i === 0) await check(`${area} (ticked, suggestion shown)`);
      await page.click(`#psc-mark-${area}-${i === 4 ? 'not_sure' : 'partnership'}`);
      await page.click('#psc-next');
    }
    await page.waitForSelector(`#psc-belief-${BELIEFS[0]}-held-1`);
    for (const belief of BELIEFS) {
      await page.click(`#psc-belief-${belief}-held-4`);
      await page.click(`#psc-belief-${belief}-practised-2`);
    }
    await check('beliefs');
    await page.click('#psc-next');
    await page.waitForSelector('#psc-notes');
    await check('reflection');
    await page.click('#psc-next');
    await page.waitForSelector('.psc-label');
    await check('results');
    const link = await page.inputValue('#psc-share-link');
    if (await page.$('#psc-start-over')) {
      await page.click('#psc-start-over');
      await nextFrame(page);
      await check('results (start-over confirm)');
    }
    // The read-only view of someone's shared link.
    const shared = await context.newPage();
    const sharedProblems = await watchPage(shared, `[${width}px shared]`);
    await shared.goto(link.replace(/^[^#]*/, env.server.url));
    await shared.waitForSelector('.psc-shared-banner');
    await shared.waitForSelector('.psc-label');
    await screenshot(shared, `${width}-10-shared-link`);
    serious.push(...(await runAxe(shared, `${width}px shared link (read-only results)`)));
    assertNoProblems(sharedProblems);
    assertNoProblems(problems);
    await context.close();

    // Error states: a corrupted link, then garbage pasted into the open panel.
    const bad = await openPage(width, { hash: '#r=P1abc' });
    await bad.page.waitForSelector('.psc-notice.psc-error');
    serious.push(...(await runAxe(bad.page, `${width}px bad link notice`)));
    await bad.page.fill('#psc-open-paste', 'this is not a results code }{');
    await bad.page.click('#psc-open-pasted');
    await bad.page.waitForSelector('.psc-open .psc-error');
    await screenshot(bad.page, `${width}-09-errors`);
    serious.push(...(await runAxe(bad.page, `${width}px pasted garbage error`)));
    await bad.page.fill('#psc-open-paste', '{"not": "a results file"}');
    await bad.page.click('#psc-open-pasted');
    await nextFrame(bad.page);
    serious.push(...(await runAxe(bad.page, `${width}px pasted bad JSON error`)));
    // Console errors are not expected here either (a bad link is handled, not thrown).
    assertNoProblems(bad.problems);
    await bad.context.close();
  }
  assert.deepEqual(ungrouped, [], `radios without a fieldset/legend group name:\n${ungrouped.join('\n')}`);
  assert.deepEqual(serious, [], `serious/critical axe violations:\n${serious.join('\n')}`);
});

// ---------------------------------------------------------------- 3: CSP (strict header) on a full walk-through

test('strict CSP: no violations, console errors or page errors through a full walk-through', async () => {
  const { context, page, problems } = await openPage(1280);
  const header = (await page.goto(env.server.url)).headers()['content-security-policy'];
  assert.match(header || '', /script-src 'self' 'wasm-unsafe-eval'/, 'served with the strict CSP header');
  await appReady(page);
  await completeByClicks(page);
  await goToStep(page, 1);
  await page.waitForSelector('#psc-heading');
  await page.click('#psc-next');
  await nextFrame(page);
  assertNoProblems(problems);
  await context.close();
});

test('no /favicon.ico request (index.html should name an icon, e.g. <link rel="icon" href="data:,">)', async () => {
  const { context, page, problems } = await openPage(1280);
  await page.waitForSelector('#psc-start');
  await new Promise((r) => setTimeout(r, 300));
  await context.close();
  assert.deepEqual(problems.filter((p) => FAVICON.test(p)), []);
});

// ---------------------------------------------------------------- 4: no network after load, storage

test('network: nothing is fetched after the app has loaded; no cookies; only the draft key in localStorage', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1024, height: 800 }, acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
  const page = await context.newPage();
  const problems = await watchPage(page, '[network]');
  const requests = [];
  context.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
  await page.goto(env.server.url);
  await appReady(page);
  await nextFrame(page);
  const loaded = requests.length;
  console.log(`# requests during load (${loaded}):\n${requests.map((r) => `#   ${r}`).join('\n')}`);

  await completeByClicks(page);
  await page.click('#psc-copy, #psc-share-link-copy');
  await page.waitForSelector('.psc-share [role=status]');
  const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
  const link = await page.inputValue('#psc-share-link');
  console.log(`# clipboard after Copy link: ${copied === null ? 'unreadable' : copied === link ? 'the share link' : JSON.stringify(copied)}`);
  if (copied !== null) assert.equal(copied, link, 'Copy link puts the share link on the clipboard');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#psc-download')]);
  const file = join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  assert.match(download.suggestedFilename(), /\.json$/);
  const json = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(typeof json, 'object');

  // Back to the intro and open the downloaded file there.
  await goToStep(page, 1);
  await page.waitForSelector('#psc-back');
  await page.click('#psc-back');
  await page.waitForSelector('#psc-open-file');
  await page.setInputFiles('#psc-open-file', file);
  await page.waitForSelector('.psc-shared-banner');
  await page.waitForSelector('.psc-label');
  await nextFrame(page);

  const later = requests.slice(loaded);
  // blob: URLs of the download are local; anything else is a real fetch.
  const network = later.filter((r) => !/^\w+ (blob|data):/.test(r));
  console.log(`# requests after load: ${later.length ? later.join(', ') : 'none'}`);
  assert.deepEqual(network, [], 'no network requests after the app has loaded');

  assert.deepEqual(await context.cookies(), [], 'no cookies');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, [DRAFT_KEY], 'localStorage holds only the draft');
  const sessionKeys = await page.evaluate(() => Object.keys(sessionStorage));
  assert.deepEqual(sessionKeys, [], 'sessionStorage is unused');
  assertNoProblems(problems);
  await context.close();
});

// ---------------------------------------------------------------- file schemas

test('the built folder ships the file schemas of docs/schemas/ as schemas/', async () => {
  const names = readdirSync(join(REPO, 'docs', 'schemas')).sort();
  assert.deepEqual(names, ['district-workspace.schema.json', 'results-file.schema.json', 'team-plan-file.schema.json']);
  assert.deepEqual(readdirSync(join(DIST, 'schemas')).sort(), names);
  for (const name of names) {
    const built = await readFile(join(DIST, 'schemas', name), 'utf8');
    assert.equal(built, await readFile(join(REPO, 'docs', 'schemas', name), 'utf8'), name);
    assert.match(JSON.parse(built).$schema, /draft\/2020-12/, name);
  }
});

after(() => {
  if (axeFindings.length) console.log(`# axe findings (all impacts): ${axeFindings.length}`);
});

// ---------------------------------------------------------------- print, clipboard fallback

test('print: results fit on two pages, with no buttons or navigation', async () => {
  const { context, page, problems } = await openPage(1280);
  await completeByClicks(page);
  await page.emulateMedia({ media: 'print' });
  const visibleButtons = await page.$$eval('.psc-root button', (all) => all.filter((b) => b.offsetParent !== null).length);
  assert.equal(visibleButtons, 0, 'no buttons in print');
  assert.equal(await page.$eval('.psc-progress', (e) => e.offsetParent === null), true, 'no step navigation in print');
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  console.log(`# print: ${pages} page(s), ${pdf.length} bytes`);
  assert.ok(pages >= 1 && pages <= 2, `the printout has ${pages} pages`);
  assertNoProblems(problems);
  await context.close();
});

test('copy link falls back to a selected field when the clipboard is denied', async () => {
  const { context, page, problems } = await openPage(1280);
  // No clipboard permission is granted in this context, and the API is
  // removed outright, as on an insecure page.
  await page.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }); });
  await page.reload();
  await completeByClicks(page);
  await page.click('#psc-share-link-copy');
  await page.waitForSelector('.psc-copy-status');
  assert.match(await page.textContent('.psc-copy-status'), /Ctrl\+C/);
  const selected = await page.evaluate(() => {
    const input = document.activeElement;
    return input?.id === 'psc-share-link' && input.selectionStart === 0 && input.selectionEnd === input.value.length;
  });
  assert.ok(selected, 'the link is focused and fully selected');
  assertNoProblems(problems);
  await context.close();
});

// ---------------------------------------------------------------- team summary, as a facilitator would use it

test('team summary: six colleagues\' links pasted from a mock e-mail thread, team link, compare; accessible at 320px', async () => {
  // Six colleagues each complete the self-check in their own browser.
  const links = [];
  for (let i = 0; i < 6; i++) {
    const { context, page } = await openPage(1280);
    await completeByClicks(page);
    links.push(await page.inputValue('#psc-share-link'));
    await context.close();
  }
  assert.equal(new Set(links).size, 6, 'every colleague has their own assessment id');

  const { context, page, problems } = await openPage(320);
  await page.click('#psc-open-team');
  await page.waitForSelector('#psc-team-paste');
  assert.deepEqual(await runAxe(page, 'team (empty)'), []);

  // Five links first: an earlier team link for the comparison.
  await page.fill('#psc-team-paste', links.slice(0, 5).join('\n'));
  await page.click('#psc-team-add');
  await page.waitForSelector('#psc-team-link');
  const earlierTeamLink = await page.inputValue('#psc-team-link');
  await page.click('#psc-team-clear');
  await page.click('#psc-clear-yes');

  const thread = [
    'From: Ms. Rivera <rivera@school.example>', 'Subject: Re: self-check links', '',
    `Here's mine: ${links[0]}`, '', '> On Monday, Mr. Chen wrote:', `> ${links[1]}`, `> ${links[2]}.`,
    `Sorry, sending again: ${links[1]}`, `(${links[3]})`, `<${links[4]}>`, links[5].replace('#', '%23'),
    `This one got cut: ${links[2].slice(0, links[2].length - 9)}`, 'Thanks all!',
  ].join('\n');
  await page.fill('#psc-team-paste', thread);
  await page.click('#psc-team-add');
  await page.waitForSelector('.psc-team-results');
  assert.equal(await page.locator('.psc-status-added').count(), 6);
  assert.equal(await page.locator('.psc-status-duplicate').count(), 1);
  assert.equal(await page.locator('.psc-status-damaged').count(), 1);
  assert.match(await page.textContent('.psc-team-count'), /6 different/);
  assert.equal(await page.locator('.psc-team-table tbody tr').count(), 5);
  assert.deepEqual(await runAxe(page, 'team summary'), []);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 320, `the team summary fits 320px (page is ${scrollWidth}px wide)`);
  await screenshot(page, '320-11-team-summary');
  const teamLink = await page.inputValue('#psc-team-link');
  assert.match(teamLink, /#t=T2/);
  await context.close();

  // The team link opens the same summary, read-only, in a fresh browser.
  const fresh = await openPage(1280, { hash: teamLink.slice(teamLink.indexOf('#')) });
  await fresh.page.waitForSelector('.psc-team-results');
  assert.match(await fresh.page.textContent('.psc-team-count'), /6 different/);
  assert.equal(await fresh.page.locator('#psc-team-paste').count(), 0, 'read-only');
  assertNoProblems(fresh.problems);
  await fresh.context.close();

  // Compare the earlier (five people) and later (six people) team links.
  const cmp = await openPage(320);
  await cmp.page.click('#psc-open-compare');
  await cmp.page.fill('#psc-compare-before', earlierTeamLink);
  await cmp.page.fill('#psc-compare-after', teamLink);
  await cmp.page.click('#psc-compare-go');
  await cmp.page.waitForSelector('.psc-compare-results');
  assert.equal(await cmp.page.locator('.psc-compare-results tbody tr').count(), 9, '5 areas + 4 beliefs');
  assert.deepEqual(await runAxe(cmp.page, 'compare'), []);
  await screenshot(cmp.page, '320-12-compare');
  assertNoProblems(cmp.problems);
  await cmp.context.close();
  assertNoProblems(problems);
});

test('a file with notes at the limit is written, read back, and continuing from it restores the notes', async () => {
  const { context, page, problems } = await openPage(390);
  await completeByClicks(page);
  // Notes at the limit, in characters that JSON escapes, typed as a paste
  // would put them; the box keeps no more than its limit.
  await goToStep(page, 7);
  const limit = Number((await page.getAttribute('#psc-notes', 'maxlength')));
  assert.equal(limit, 10000);
  const notes = 'Quote "this"\\ and\tthat. '.repeat(1000).slice(0, limit);
  await page.fill('#psc-notes', notes + 'over the limit');
  assert.equal((await page.inputValue('#psc-notes')).length, limit, 'the box stops at the limit');
  assert.match(await page.textContent('#psc-notes-count'), new RegExp(`^${limit} of ${limit}`));
  await page.click('#psc-next');
  await page.check('#psc-include-notes');
  const download = page.waitForEvent('download');
  await page.click('#psc-download');
  const path = join(tmp, 'with-notes.json');
  await (await download).saveAs(path);
  const written = await readFile(path, 'utf8');
  assert.ok(written.length <= 64 * 1024, `the file is ${written.length} bytes`);
  // A fresh device opens the file and continues from it.
  const fresh = await openPage(390);
  await fresh.page.setInputFiles('#psc-open-file', path);
  await fresh.page.waitForSelector('.psc-shared-banner');
  assert.match(await fresh.page.textContent('.psc-shared-banner'), /private notes/);
  await fresh.page.click('#psc-shared-continue');
  await goToStep(fresh.page, 7);
  assert.equal(await fresh.page.inputValue('#psc-notes'), notes, 'the notes come back whole');
  assertNoProblems(problems);
  assertNoProblems(fresh.problems);
  await context.close();
  await fresh.context.close();
});

test('the tools page at 390 and 1280px: team summary and compare fit, pass axe, and are kept as screenshots', async () => {
  for (const width of [390, 1280]) {
    const { context, page, problems } = await openPage(width, { hash: 'tools/' });
    const serious = [];
    for (const [name, open] of [['team-summary', null], ['compare', '#psc-tool-compare']]) {
      if (open) await page.click(open);
      await nextFrame(page);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `${name} at ${width}px: page is ${scrollWidth}px wide`);
      serious.push(...await runAxe(page, `${width}px tools ${name}`));
      await screenshot(page, `${width}-tools-${name}`);
    }
    assert.deepEqual(serious, []);
    assertNoProblems(problems);
    await context.close();
  }
});

test('results files: dropped on the open panel, and many at once on the team page', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'psc-files-'));
  const files = [];
  for (let i = 0; i < 5; i++) {
    const { context, page } = await openPage(1280);
    await completeByClicks(page);
    const download = page.waitForEvent('download');
    await page.click('#psc-download');
    const path = join(dir, `colleague-${i}.json`);
    await (await download).saveAs(path);
    files.push(path);
    await context.close();
  }
  const { context, page, problems } = await openPage(1280);
  // Drag and drop one file onto the open panel's drop zone.
  const contents = await readFile(files[0], 'utf8');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'results.json', { type: 'application/json' }));
    document.querySelector('.psc-open .psc-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, contents);
  await page.waitForSelector('.psc-shared-banner');
  assert.match(await page.textContent('.psc-shared-banner'), /results file/);
  await page.click('#psc-shared-own');
  // A hand-edited file with a duplicate key is refused with a message.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text.replace('"version": 2,', '"version": 2, "version": 2,')], 'edited.json'));
    document.querySelector('.psc-open .psc-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, contents);
  await page.waitForSelector('.psc-open .psc-error');
  assert.match(await page.textContent('.psc-open .psc-error'), /same entry twice/);
  // Five files at once on the team page, plus the first again: 5 counted.
  await page.click('#psc-open-team');
  await page.waitForSelector('#psc-team-files');
  await page.setInputFiles('#psc-team-files', [...files, files[0]]);
  await page.waitForSelector('.psc-team-results');
  assert.match(await page.textContent('.psc-team-count'), /5 different/);
  assert.equal(await page.locator('.psc-status-duplicate').count(), 1);
  assertNoProblems(problems);
  await context.close();
  await rm(dir, { recursive: true, force: true });
});

// The plan on the results page has tests of its own, run in this same run.
await import('./plan.mjs');
await import('./compare.mjs');
await import('./meeting.mjs');
await import('./facilitator.mjs');
await import('./district.mjs');
await import('./language.mjs');
await import('./details.mjs');
await import('./review.mjs');
await import('./bundles.mjs');
await import('./first_screen.mjs');
await import('./first_question.mjs');
await import('./embedding.mjs');
await import('./updates.mjs');
await import('./family.mjs');
