// End-to-end tests of updates (README, "Deploying"): every built file is
// named by its content, so a browser holding one version's files for a year
// can never pair them with another version's page, and a draft saved by any
// released version opens in this one.
//
// The next version is simulated from dist/: a copy in which every file named
// by its content is changed (a rule added to the styles, a comment to the
// JavaScript, a custom section to the wasm, whose language files' version
// changes too) and renamed by its new content, with every reference and the
// styles' integrity hash rewritten, as a new build would have them.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DIST, DRAFT_KEY, REPO, launch, storeBeforeLoad, watchPage, appReady, assertNoProblems } from './helpers.mjs';

const { serveDist, HASHED } = await import(resolve(REPO, 'scripts', 'serve-dist.mjs'));

let browser;
let work;
let current; // a copy of dist/
let next; // the simulated next version

/** Every file under `folder`, as paths relative to it. */
async function files(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath ?? e.path, e.name))).sort();
}

const sha = (algorithm, bytes) => createHash(algorithm).update(bytes).digest();

/** A wasm custom section named `name` (section id 0), appended to a valid module it leaves valid. */
function customSection(name, payload) {
  const body = Buffer.concat([Buffer.from([name.length]), Buffer.from(name), Buffer.from(payload)]);
  assert.ok(body.length < 128, 'a one-byte size');
  return Buffer.concat([Buffer.from([0, body.length]), body]);
}

/** Makes `to` the next version of the build in `from` (see the top of this file). */
async function nextVersion(from, to) {
  await cp(from, to, { recursive: true });
  const all = await files(to);
  const oldVersion = all.map((f) => f.match(/^lang\/[^.]+\.([0-9a-f]{16})\.json$/)?.[1]).find(Boolean);
  assert.ok(oldVersion, 'dist/lang/ has language files named by their version');
  const newVersion = sha('sha256', `next ${oldVersion}`).toString('hex').slice(0, 16);
  const renamed = new Map(); // old base name -> new base name
  for (const file of all.filter((f) => HASHED.test(f))) {
    const path = join(to, file);
    let bytes = await readFile(path);
    let name;
    if (file.endsWith('.json')) {
      name = basename(file).replace(oldVersion, newVersion);
    } else {
      if (file.endsWith('.css')) bytes = Buffer.concat([bytes, Buffer.from('\n:root{--psc-build:"next"}\n')]);
      if (file.endsWith('.js')) bytes = Buffer.concat([bytes, Buffer.from('\n/* next */\n')]);
      if (file.endsWith('.html')) bytes = Buffer.concat([bytes, Buffer.from('<!-- next -->')]);
      if (file.endsWith('.wasm')) {
        // The bundle names its language files by FILES_VERSION (build.rs),
        // a string in its data: the next build's names the next files. The
        // families' page carries its languages and reads no language file.
        const text = bytes.toString('latin1');
        assert.ok(file.includes('tools') || file.startsWith('family/') || text.includes(oldVersion), `${file} names the language files' version`);
        bytes = Buffer.concat([Buffer.from(text.replaceAll(oldVersion, newVersion), 'latin1'), customSection('next', 'a new build')]);
      }
      const hash = sha('sha256', bytes).toString('hex').slice(0, 16);
      name = basename(file).replace(/[0-9a-f]{8,16}(?=(?:_bg)?\.(?:js|wasm|css|html)$)/, hash);
    }
    await writeFile(path, bytes);
    await rename(path, join(dirname(path), name));
    renamed.set(basename(file), name);
  }
  for (const page of ['index.html', 'tools/index.html', 'family/index.html', 'district/index.html'].filter((p) => existsSync(join(to, p)))) {
    let html = await readFile(join(to, page), 'utf8');
    for (const [old, now] of renamed) html = html.replaceAll(old, now);
    // The styles' integrity hash follows the styles (Trunk writes it).
    html = await replaceAsync(html, /<link\b[^>]*>/g, async (tag) => {
      const href = tag.match(/href=["']?([^"' >]+\.css)/)?.[1];
      if (!href || !/integrity=/.test(tag)) return tag;
      const integrity = sha('sha384', await readFile(join(to, dirname(page), href))).toString('base64');
      return tag.replace(/sha384-[A-Za-z0-9+/=]+/, `sha384-${integrity}`);
    });
    await writeFile(join(to, page), html);
  }
  for (const glue of (await files(to)).filter((f) => f.endsWith('.js') && HASHED.test(f))) {
    let text = await readFile(join(to, glue), 'utf8');
    for (const [old, now] of renamed) text = text.replaceAll(old, now);
    await writeFile(join(to, glue), text);
  }
  return renamed;
}

async function replaceAsync(text, pattern, replace) {
  const parts = await Promise.all([...text.matchAll(pattern)].map((m) => replace(...m)));
  let i = 0;
  return text.replace(pattern, () => parts[i++]);
}

/** The site's folder now holds `versions`' files, later ones over earlier ones (a deploy). */
async function deploy(site, ...versions) {
  await rm(site, { recursive: true, force: true });
  for (const version of versions) await cp(version, site, { recursive: true });
}

/** The files the page has loaded (resource timing): path and bytes over the wire. */
function loaded(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => ({ path: new URL(e.name).pathname.slice(1), transferred: e.transferSize })));
}

/** Whether the page's styles are the next version's. */
function stylesBuild(page) {
  return page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--psc-build').trim());
}

/** The app's files a page names: its loader, styles, preloads and other languages' first screens. */
function named(html) {
  // Trunk's release build minifies the page: attributes may be unquoted.
  return [...html.matchAll(/(?:src|href|data-intro-[a-z-]+)=["']?(?:\.\/)?([^"' >]+)/g)].map((m) => m[1]).filter((f) => HASHED.test(f)).sort();
}

before(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'psc-updates-'));
  current = join(work, 'current');
  next = join(work, 'next');
  await cp(DIST, current, { recursive: true });
  await nextVersion(current, next);
});
after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('the next version names none of this version\'s files: the simulation changes every built file', async () => {
  for (const page of ['index.html', 'tools/index.html', 'family/index.html', 'district/index.html'].filter((p) => existsSync(join(current, p)))) {
    const before = named(await readFile(join(current, page), 'utf8'));
    const after = named(await readFile(join(next, page), 'utf8'));
    assert.ok(before.length >= 4, `${page} names its loader, styles, JavaScript and wasm: ${before.join(', ')}`);
    assert.equal(after.length, before.length, page);
    assert.deepEqual(after.filter((f) => before.includes(f)), [], `${page}: no name in common`);
  }
});

test('after an update, the new page loads only its own files though the browser holds the old ones for a year; a repeat visit fetches only the page', async () => {
  const site = join(work, 'site-forward');
  await deploy(site, current);
  const server = await serveDist({ root: site, port: 0, csp: true, cache: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page, '[update]');
  try {
    await page.goto(server.url);
    await appReady(page);
    // A second visit: every built file comes from the browser's cache.
    await page.goto(server.url);
    await appReady(page);
    const again = (await loaded(page)).filter((r) => HASHED.test(r.path));
    assert.ok(again.length >= 4, `the built files: ${again.map((r) => r.path).join(', ')}`);
    assert.deepEqual(again.filter((r) => r.transferred > 0), [], 'nothing but the page is fetched again');

    await deploy(site, next);
    await page.goto(server.url);
    await appReady(page);
    const ours = new Set(await files(next));
    const theirs = new Set(await files(current));
    const used = (await loaded(page)).map((r) => r.path).filter((p) => HASHED.test(p));
    assert.deepEqual(used.filter((p) => !ours.has(p) || theirs.has(p)), [], `only the new version's files: ${used.join(', ')}`);
    assert.equal(await stylesBuild(page), '"next"', 'the new styles apply (their integrity hash holds)');
    await page.click('#psc-start');
    await page.waitForSelector('.psc-step-of');
    // The new bundle reads its own language files.
    await page.selectOption('#psc-language', 'es');
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    const language = (await loaded(page)).map((r) => r.path).filter((p) => p.startsWith('lang/'));
    assert.equal(language.length, 1);
    assert.ok(ours.has(language[0]) && !theirs.has(language[0]), `the new version's language file: ${language[0]}`);
    assertNoProblems(problems);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a page of the previous version, against the browser\'s cache of the new files, starts on its own files (a host that keeps them)', async () => {
  const site = join(work, 'site-backward');
  // A deploy that adds the new files beside the old ones (docs/deploying.md).
  await deploy(site, current, next);
  const server = await serveDist({ root: site, port: 0, csp: true, cache: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page, '[old page]');
  try {
    await page.goto(server.url);
    await appReady(page);
    assert.equal(await stylesBuild(page), '"next"');
    // The old page comes back: a tab opened before the update and reloaded
    // from a proxy that still has it, say.
    await cp(join(current, 'index.html'), join(site, 'index.html'));
    await page.goto(server.url);
    await appReady(page);
    const ours = new Set(await files(current));
    const used = (await loaded(page)).map((r) => r.path).filter((p) => HASHED.test(p));
    assert.ok(used.length >= 4, used.join(', '));
    assert.deepEqual(used.filter((p) => !ours.has(p)), [], `only the old version's files: ${used.join(', ')}`);
    assert.equal(await stylesBuild(page), '', 'the old styles');
    await page.click('#psc-start');
    await page.waitForSelector('.psc-step-of');
    assertNoProblems(problems);
  } finally {
    await context.close();
    await server.close();
  }
});

// ---------------------------------------------------------------- drafts of every released format

const GOLDEN = resolve(REPO, 'tests', 'golden', 'drafts');
const AREA_TITLES = JSON.parse(await readFile(resolve(REPO, 'content', 'en', 'instrument.json'), 'utf8')).areas;

test('a draft of every released format opens in this version with its answers, notes and place (tests/golden/drafts)', async () => {
  const server = await serveDist({ root: DIST, port: 0, csp: true });
  try {
    const names = (await readdir(GOLDEN)).sort();
    assert.equal(names.length, 5);
    for (const name of names) {
      const draft = await readFile(join(GOLDEN, name), 'utf8');
      const notes = JSON.parse(draft.slice(draft.indexOf('\n') + 1)).notes;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const problems = await watchPage(page, `[${name}]`);
      await storeBeforeLoad(page, server.url, DRAFT_KEY, draft);
      await page.goto(server.url);
      await appReady(page);
      assert.equal(await page.locator('.psc-notice.psc-error').count(), 0, `${name}: no complaint about the draft`);
      const header = draft.slice(0, draft.indexOf('\n')).split(' ');
      const [screen, resume] = header.slice(2);
      if (screen === 'intro') {
        assert.equal((await page.textContent('#psc-start')).trim(), 'Continue my self-check', `${name}: the intro offers to continue`);
        await page.click('#psc-start');
      }
      const at = screen === 'intro' ? resume : screen;
      await page.waitForSelector('.psc-step-of, .psc-results');
      if (at?.startsWith('area:')) {
        const area = at.slice('area:'.length);
        assert.equal(await page.textContent('#psc-heading'), AREA_TITLES[area].title, `${name}: back on ${area}`);
      } else if (at) {
        const screens = { beliefs: '.psc-beliefs-step', reflection: '.psc-reflection-step', results: '.psc-results' };
        assert.equal(await page.locator(screens[at]).count(), 1, `${name}: back on ${at}`);
      }
      const kept = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
      assert.ok(kept.includes(JSON.stringify(notes).slice(1, -1)), `${name}: the notes are still kept`);
      assertNoProblems(problems);
      await context.close();
    }
  } finally {
    await server.close();
  }
});
