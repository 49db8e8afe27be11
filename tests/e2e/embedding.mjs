// End-to-end tests of the widget as districts embed it: in a cross-origin
// iframe resized by scripts/embed.js (whose size is checked), configured
// from the address (name, accent, sections, order, mode, debug), under a
// sub-path, and from a host that sends the .wasm with the wrong type.
// Imported by run.mjs, so it runs in the same `node tests/e2e/run.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  REPO, HERE, browserAndServer, openLive, serve, serveRoutes, watchPage, screenshot, nextFrame, appReady, completeByClicks, assertNoProblems,
} from './helpers.mjs';

const env = browserAndServer(); // the strict CSP

/** A fresh context + page with console/CSP watching; width in CSS px. */
const openPage = (width, options) => openLive(env, width, options);

// ---------------------------------------------------------------- 5: cross-origin embed

test('cross-origin embed: iframe resizes via embed.js; host cannot read the hash', async (t) => {
  const widgetUrl = `http://localhost:${env.server.port}/`;
  const hostHtml = (await readFile(join(HERE, 'host.html'), 'utf8')).replace('__WIDGET_URL__', widgetUrl);
  const embedJs = await readFile(join(REPO, 'scripts', 'embed.js'), 'utf8');
  const host = await serveRoutes({
    '/': ['text/html; charset=utf-8', hostHtml],
    '/embed.js': ['text/javascript; charset=utf-8', embedJs],
  });
  const context = await env.browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  const problems = await watchPage(page, '[embed host]');
  const messages = [];
  await page.exposeBinding('__pscHostMessage', (_s, m) => messages.push(m));
  await page.addInitScript(() => window.addEventListener('message', (e) => {
    if (e.data && typeof e.data === 'object') window.__pscHostMessage({ origin: e.origin, data: e.data });
  }));
  try {
    await page.goto(`${host.url}`);
    const frame = await (await page.waitForSelector('#widget')).contentFrame();
    await appReady(frame);
    await nextFrame(page);
    await embedShot(page, 'embed-host-intro');
    const storageNotice = await frame.$$eval('.psc-notice', (els) => els.map((e) => e.textContent.trim().slice(0, 80)));
    if (storageNotice.length) console.log(`# embed: notices shown in the cross-origin iframe: ${JSON.stringify(storageNotice)}`);

    await t.test('host cannot read the iframe location.hash (SecurityError)', async () => {
      const outcome = await page.evaluate(() => {
        try { return `read: ${document.getElementById('widget').contentWindow.location.hash}`; } catch (e) { return e.name; }
      });
      assert.equal(outcome, 'SecurityError');
    });

    await t.test('the facilitator links open in a new tab from the frame', async () => {
      for (const id of ['#psc-open-team', '#psc-open-compare']) {
        assert.equal(await frame.getAttribute(id, 'target'), '_blank', id);
        assert.equal(await frame.getAttribute(id, 'rel'), 'noopener', id);
      }
    });

    await t.test('hostile host CSS does not reach the widget', async () => {
      const font = await frame.$eval('.psc-root', (e) => getComputedStyle(e).fontFamily);
      assert.doesNotMatch(font, /^serif$/);
    });

    await t.test('embed.js ignores messages from the wrong window', async () => {
      await page.evaluate(() => window.postMessage({ type: 'partnership-selfcheck:resize', height: 7 }, '*'));
      await nextFrame(page);
      const h = await page.$eval('#widget', (e) => e.getBoundingClientRect().height);
      assert.notEqual(Math.round(h), 7);
    });

    await t.test('iframe height follows the widget (partnership-selfcheck:resize messages)', async () => {
      const widgetOrigin = new URL(widgetUrl).origin;
      const resize = () => messages.filter((m) => m.data?.type === 'partnership-selfcheck:resize' && m.origin === widgetOrigin);
      const fit = async () => {
        const content = await frame.evaluate(() => document.documentElement.scrollHeight);
        const outer = await page.$eval('#widget', (e) => e.getBoundingClientRect().height);
        return { content, outer };
      };
      await page.waitForFunction(() => document.getElementById('widget').getBoundingClientRect().height > 300, null, { timeout: 5000 })
        .catch(() => {});
      const first = await fit();
      if (resize().length === 0) {
        assert.fail(`NOT IMPLEMENTED YET: the widget posted no {type: "partnership-selfcheck:resize", height} message ` +
          `to its parent (iframe stays ${first.outer}px, content is ${first.content}px). Messages seen: ${JSON.stringify(messages)}`);
      }
      assert.ok(first.outer >= first.content - 2, `iframe (${first.outer}px) fits the intro (${first.content}px)`);
      // Navigate inside the widget: the height follows.
      await frame.click('#psc-start');
      await frame.waitForSelector('#psc-next');
      let second = await fit();
      for (let i = 0; i < 50 && Math.abs(second.outer - second.content) > 2; i++) {
        await new Promise((r) => setTimeout(r, 100));
        second = await fit();
      }
      assert.ok(Math.abs(second.outer - second.content) <= 2, `iframe (${second.outer}px) fits step 1 (${second.content}px)`);
      await embedShot(page, 'embed-host-step1');
    });
    await t.test('embed.js validates messages from the widget frame', async () => {
      const height = () => page.$eval('#widget', (e) => e.style.height);
      const before = await height();
      for (const bad of [{ height: -5 }, { height: 0 }, { height: 'Infinity' }, { height: '900' }, { height: null },
        { type: 'other', height: 900 }, { type: 'partnership-selfcheck:resize' }]) {
        await frame.evaluate((m) => parent.postMessage({ type: 'partnership-selfcheck:resize', ...m }, '*'), bad);
      }
      await frame.evaluate(() => parent.postMessage({ type: 'partnership-selfcheck:resize', height: Infinity }, '*'));
      await frame.evaluate(() => parent.postMessage({ type: 'partnership-selfcheck:resize', height: NaN }, '*'));
      await nextFrame(page);
      assert.equal(await height(), before, 'invalid messages are ignored');
      await frame.evaluate(() => parent.postMessage({ type: 'partnership-selfcheck:resize', height: 1234.2 }, '*'));
      await page.waitForFunction(() => document.getElementById('widget').style.height === '1235px', null, { timeout: 2000 });
    });
    assertNoProblems(problems);
    await t.test('Copy link works inside the cross-origin frame with the README\'s snippet', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(widgetUrl).origin });
      await frame.goto(widgetUrl);
      await appReady(frame);
      await completeByClicks(frame);
      await frame.click('#psc-share-link-copy');
      await frame.waitForSelector('.psc-copy-status');
      const status = await frame.textContent('.psc-copy-status');
      assert.doesNotMatch(status, /Ctrl\+C/, `the copy was refused: ${status}`);
      assert.match(status, /[Cc]opied/, 'the widget says the link was copied');
      // The frame may only write the clipboard (its policy), so the host
      // page, which granted nothing else, reads it back.
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
      await page.bringToFront();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, await frame.inputValue('#psc-share-link'), 'the share link is on the clipboard');
    });
  } finally {
    await context.close();
    await host.close();
  }
});

/** Full-page screenshots do not repaint out-of-process iframes: grow the viewport instead. */
async function embedShot(page, name) {
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.min(height, 8000) });
  await nextFrame(page);
  await new Promise((r) => setTimeout(r, 200));
  await screenshot(page, name, { fullPage: false });
  await page.setViewportSize(size);
}

// ---------------------------------------------------------------- size of embed.js

test('scripts/embed.js is under 2048 bytes', () => {
  const size = statSync(resolve(REPO, 'scripts', 'embed.js')).size;
  assert.ok(size < 2048, `embed.js is ${size} bytes`);
});

// ---------------------------------------------------------------- configuration, sub-path, print, clipboard fallback

test('embed configuration: name, accent (contrast corrected), sections; bad values only warn', async () => {
  const { context, page, problems } = await openPage(1280, {
    hash: '?name=Lincoln%20Elementary&accent=%23ffeb3b&barriers=off&notes=off&lang=xx&colour=red',
  });
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  await page.reload();
  await appReady(page);
  assert.match(await page.textContent('.psc-header'), /Lincoln Elementary/);
  // The yellow accent is too light for white text, so a darker one is used.
  const accent = await page.$eval('.psc-root', (e) => getComputedStyle(e).getPropertyValue('--psc-accent').trim());
  assert.notEqual(accent.toLowerCase(), '#ffeb3b');
  const [r, g, b] = accent.match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const contrast = 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
  assert.ok(contrast >= 4.5, `accent ${accent} has contrast ${contrast.toFixed(2)}`);
  await page.click('#psc-start');
  assert.equal(await page.textContent('.psc-step-of'), 'Step 1 of 7', 'barriers and notes off: no reflection step');
  assert.ok(warnings.some((w) => /lang=xx/.test(w)), `a warning names the bad language: ${warnings.join(' | ')}`);
  assert.ok(warnings.some((w) => /colour=red/.test(w)), 'a warning names the unknown setting');
  assertNoProblems(problems);
  await context.close();
});

test('embed settings from the address: order=book, mode=staff, and debug=1 showing what was ignored', async () => {
  const { context, page, problems } = await openPage(390, { hash: `?order=book&mode=staff&debug=1&name=${'x'.repeat(81)}` });
  assert.match(await page.textContent('.psc-config-problems'), /81 characters/, 'the too-long name is shown to whoever set the page up');
  assert.equal(await page.locator('#psc-open-team').count(), 0, 'staff mode: no facilitator tools');
  assert.equal(await page.locator('.psc-open').count(), 0, 'staff mode: no panel for opening results');
  await page.click('#psc-start');
  await page.waitForSelector('.psc-cell');
  assert.equal(await page.locator('.psc-cell').count(), 4, 'order=book: the book\'s grid');
  await screenshot(page, '390-13-book-order-staff-debug');
  const plain = await openPage(390);
  assert.equal(await plain.page.locator('.psc-config-problems').count(), 0, 'no notice without debug=1');
  await plain.page.click('#psc-start');
  await plain.page.waitForSelector('.psc-practices');
  assert.equal(await plain.page.locator('.psc-cell').count(), 0, 'by default: one list without types');
  assertNoProblems(problems);
  assertNoProblems(plain.problems);
  await context.close();
  await plain.context.close();
});

test('dist works under a sub-path with the strict CSP', async () => {
  const prefixed = await serve({ csp: true, prefix: '/tools/partnership/' });
  const context = await env.browser.newContext({ viewport: { width: 800, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page, '[sub-path]');
  try {
    assert.match(prefixed.url, /\/tools\/partnership\/$/);
    await page.goto(prefixed.url);
    await appReady(page);
    await page.click('#psc-start');
    await page.waitForSelector('.psc-step-of');
    assertNoProblems(problems);
  } finally {
    await context.close();
    await prefixed.close();
  }
});

test('a host that sends the .wasm with the wrong MIME type still gets a working widget, fetching it once', async () => {
  const careless = await serve({ csp: true, types: { '.wasm': 'application/octet-stream' } });
  const context = await env.browser.newContext({ viewport: { width: 800, height: 800 } });
  const page = await context.newPage();
  const problems = await watchPage(page, '[wrong MIME]');
  const wasmRequests = [];
  page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasmRequests.push(request.url()); });
  try {
    await page.goto(careless.url);
    await appReady(page);
    await page.click('#psc-start');
    await page.waitForSelector('.psc-step-of');
    assert.equal(wasmRequests.length, 1, `one request for the .wasm: ${wasmRequests.join(', ')}`);
    assertNoProblems(problems);
  } finally {
    await context.close();
    await careless.close();
  }
});
