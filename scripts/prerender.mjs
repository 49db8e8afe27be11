#!/usr/bin/env node
// Puts a static copy of the self-check's first screen into a release
// build's index.html, so a visitor can read the intro while the
// WebAssembly is still arriving (on a slow connection that takes most of a
// second). Run by scripts/post-build.sh on Trunk's staging folder.
//
// The copy is not written by hand: this script opens the freshly built app
// in headless Chromium, with an empty profile and no query or fragment, and
// takes the header and intro exactly as the app rendered them, and the
// first question as Start shows it (in a <template>, which the loader puts
// in place of the intro when Start is pressed before the app has come;
// docs/first-screen.md, "The first question"). The results
// panel below the intro is left out: it holds form fields, and what someone
// typed there would be lost when the app takes over. The copy goes, hidden,
// just before the mount element (Yew empties the mount element when it
// starts, which would drop keyboard focus without a trace); scripts/loader.js
// shows it when the app will start on that same screen, made to look as
// the app will for the query (or only its header, when the app may start
// elsewhere), and removes it once the app has rendered. The same header and
// intro in each other language the switch offers go into
// lang/<code>.<hash>.html, which the loader fetches instead for someone
// whose app will open in that language.
//
//   node scripts/prerender.mjs <folder with index.html and the built app>
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LANGUAGE_KEY = 'partnership-selfcheck:language'; // src/browser.rs LANGUAGE_KEY
const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/prerender.mjs <built folder>');
  process.exit(2);
}
const helpers = resolve(repo, 'tests', 'e2e', 'helpers.mjs');
let launch;
let headerAndIntro;
let storeBeforeLoad;
try {
  ({ launch, headerAndIntro, storeBeforeLoad } = await import(pathToFileURL(helpers).href));
} catch (error) {
  console.error(`prerender: cannot load playwright-core (${error.message}); run scripts/setup.sh`);
  process.exit(1);
}
const { serveDist } = await import(pathToFileURL(resolve(repo, 'scripts', 'serve-dist.mjs')).href);

const indexPath = resolve(folder, 'index.html');
const html = await readFile(indexPath, 'utf8');
// Trunk minifies index.html in release builds, so the mount element may be
// written either way.
const mount = /<div id="?psc-app"?><\/div>/;
if (!mount.test(html)) {
  console.error('prerender: index.html has no empty <div id="psc-app"></div> to put the copy before');
  process.exit(1);
}

const server = await serveDist({ root: folder, port: 0, csp: true });
const browser = await launch();
let snapshot;

/** The app's header, intro and first question in `language` (null: English), as rendered. */
async function render(language) {
  // English whatever this machine's locale; another language as chosen
  // on an earlier visit, so that the links carry no query of their own.
  const page = await browser.newPage({ locale: 'en-US' });
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  if (language) await storeBeforeLoad(page, server.url, LANGUAGE_KEY, language);
  await page.goto(server.url);
  await page.waitForFunction(() => !document.getElementById('psc-static')
    && document.querySelector('#psc-app > .psc-root #psc-start'), null, { timeout: 30000 });
  const root = await page.$eval('#psc-app > .psc-root', (e) => ({ className: e.className, languages: [...e.querySelectorAll('#psc-language option')].map((o) => o.value) }));
  const intro = await page.$eval('#psc-app > .psc-root', headerAndIntro);
  // The first question, as Start shows it, kept in a template: it is not
  // part of the page (its ids would clash with the intro's) until the
  // loader puts it in place of the intro.
  await page.click('#psc-app #psc-start');
  await page.waitForSelector('#psc-app .psc-area-step');
  const step = await page.$eval('#psc-app > .psc-root > main', (main) => main.outerHTML);
  const inner = `${intro}<template data-psc-step="">${step}</template>`;
  await page.close();
  if (problems.length) throw new Error(`the app reported errors: ${problems.join('; ')}`);
  if (/\sstyle=|<script/i.test(inner)) throw new Error('the snapshot has inline style or script, which the CSP forbids');
  return { ...root, inner };
}

try {
  // The copy keeps the root's class, which carries the styles, and gets an
  // id of its own; it starts hidden. Each other language the switch offers
  // gets a copy of its own, in lang/<code>.<hash>.html, named on the copy
  // (data-intro-<code>), which the loader fetches for someone whose app
  // will open in that language.
  const english = await render(null);
  const files = [];
  for (const language of english.languages.filter((code) => code !== 'en')) {
    const { inner } = await render(language);
    const name = `lang/${language}.${createHash('sha256').update(inner).digest('hex').slice(0, 16)}.html`;
    await writeFile(resolve(folder, name), inner);
    files.push(` data-intro-${language}="${name}"`);
  }
  snapshot = `<div class="${english.className}" id="psc-static" hidden=""${files.join('')}>${english.inner}</div>`;
} catch (error) {
  console.error(`prerender: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
if (snapshot) {
  await writeFile(indexPath, html.replace(mount, (div) => snapshot + div));
  console.log(`prerender: the intro (${snapshot.length} characters) is in index.html, each other language's in lang/`);
}
