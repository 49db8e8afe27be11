#!/usr/bin/env node
// Puts a static copy of the self-check's first screen into a release
// build's index.html, so a visitor can read the intro while the
// WebAssembly is still arriving (on a slow connection that takes most of a
// second). Run by scripts/post-build.sh on Trunk's staging folder.
//
// The copy is not written by hand: this script opens the freshly built app
// in headless Chromium, with an empty profile and no query or fragment, and
// takes the header and intro exactly as the app rendered them. The results
// panel below the intro is left out: it holds form fields, and what someone
// typed there would be lost when the app takes over. The copy goes, hidden,
// just before the mount element (Yew empties the mount element when it
// starts, which would drop keyboard focus without a trace); scripts/loader.js
// shows it only when the app is certain to start on that same screen, and
// removes it once the app has rendered.
//
//   node scripts/prerender.mjs <folder with index.html and the built app>
import { readFile, writeFile } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/prerender.mjs <built folder>');
  process.exit(2);
}
const helpers = resolve(repo, 'tests', 'e2e', 'helpers.mjs');
let launch;
let headerAndIntro;
try {
  ({ launch, headerAndIntro } = await import(pathToFileURL(helpers).href));
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
try {
  // The copy is the English intro, whatever this machine's locale: the
  // loader shows it only to a browser that prefers English.
  const page = await browser.newPage({ locale: 'en-US' });
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.url);
  await page.waitForFunction(() => !document.getElementById('psc-static')
    && document.querySelector('#psc-app > .psc-root #psc-start'), null, { timeout: 30000 });
  // The copy keeps the root's class, which carries the styles, and gets an
  // id of its own; it starts hidden.
  const rootClass = await page.$eval('#psc-app > .psc-root', (root) => root.className);
  const inner = await page.$eval('#psc-app > .psc-root', headerAndIntro);
  snapshot = `<div class="${rootClass}" id="psc-static" hidden="">${inner}</div>`;
  if (problems.length) throw new Error(`the app reported errors: ${problems.join('; ')}`);
  if (/\sstyle=|<script/i.test(snapshot)) throw new Error('the snapshot has inline style or script, which the CSP forbids');
} catch (error) {
  console.error(`prerender: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
if (snapshot) {
  await writeFile(indexPath, html.replace(mount, (div) => snapshot + div));
  console.log(`prerender: the intro (${snapshot.length} characters) is in index.html`);
}
