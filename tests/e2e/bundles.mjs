// What each page's bundle carries. The pages are folders of their own in
// src/app/, and module privacy keeps one page's views out of another's
// code; this checks the result where it matters, in the built files: the
// self-check's WebAssembly holds none of the tools page's texts, which the
// tools page's own bundle does hold (so the check can fail).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, REPO } from './helpers.mjs';

/** The .wasm a page preloads (Trunk.toml: pattern_preload), as bytes. */
async function pageWasm(folder) {
  const html = await readFile(join(folder, 'index.html'), 'utf8');
  // The release build's HTML is minified: attributes in any order, quoted or not.
  const href = html.match(/<link\b[^>]*\bhref=["']?([^"'\s>]+\.wasm)/)?.[1];
  assert.ok(href, `${folder}/index.html preloads a .wasm`);
  return readFile(join(folder, href.replace(/^\.\//, '')));
}

/** English texts of the tools page that no other content file has. */
async function toolsOnlyTexts() {
  const read = async (name) => JSON.parse(await readFile(join(REPO, 'content', 'en', name), 'utf8'));
  const [tools, ui, instrument] = await Promise.all([read('tools.json'), read('ui.json'), read('instrument.json')]);
  const elsewhere = JSON.stringify([ui, instrument]);
  return Object.values(tools).filter((text) => typeof text === 'string' && text.length > 30 && !elsewhere.includes(text));
}

test('the self-check bundle carries none of the tools page texts; the tools bundle carries them all', async () => {
  const texts = await toolsOnlyTexts();
  assert.ok(texts.length > 50, `enough texts to check (${texts.length})`);
  const [selfCheck, tools] = await Promise.all([pageWasm(DIST), pageWasm(join(DIST, 'tools'))]);
  const inSelfCheck = texts.filter((text) => selfCheck.includes(Buffer.from(text)));
  const missingFromTools = texts.filter((text) => !tools.includes(Buffer.from(text)));
  assert.deepEqual(inSelfCheck, [], 'tools texts found in the self-check bundle');
  assert.deepEqual(missingFromTools, [], 'tools texts the tools bundle should carry');
});

test('the district page is a bundle of its own, which carries its texts; the self-check carries none of them', async () => {
  const tools = JSON.parse(await readFile(join(REPO, 'content', 'en', 'tools.json'), 'utf8'));
  const texts = Object.entries(tools).filter(([key, text]) => key.startsWith('district_') && typeof text === 'string' && text.length > 30).map(([, text]) => text);
  assert.ok(texts.length > 20, `enough district texts to check (${texts.length})`);
  const [selfCheck, district] = await Promise.all([pageWasm(DIST), pageWasm(join(DIST, 'district'))]);
  assert.deepEqual(texts.filter((text) => selfCheck.includes(Buffer.from(text))), [], 'district texts found in the self-check bundle');
  assert.deepEqual(texts.filter((text) => !district.includes(Buffer.from(text))), [], 'district texts the district bundle should carry');
});
