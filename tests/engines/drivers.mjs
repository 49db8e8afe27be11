// Firefox ESR and WebKitGTK behind one small page interface, so that the
// smoke (smoke.mjs) and the e2e helpers it reuses (completeByClicks,
// appReady) read the same in both engines. The interface is the subset of
// Playwright's Page that those helpers call: goto, click, fill,
// waitForSelector, waitForFunction, evaluate, $eval, inputValue,
// textContent, selectOption, setInputFiles.
//
// Firefox is driven over WebDriver BiDi by puppeteer-core, which also
// reports console messages and uncaught exceptions (log.entryAdded).
// WebKitGTK's WebKitWebDriver speaks classic WebDriver only and has no log
// endpoint, so its pages get a watcher script in their <head> (watch.js,
// added to a copy of dist/ by the smoke) that records errors in
// sessionStorage, where they survive the page's own navigations.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
import { Builder, By } from 'selenium-webdriver';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WATCH_KEY = 'engine-smoke:problems'; // watch.js keeps what it saw here

const TIMEOUT = 30000;

/** Polls `check` (async, truthy when done) until it holds; fails with `what` after `timeout` ms. */
export async function until(check, what, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error; // a page between two documents, or an element re-rendered
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout}ms waiting for ${what}${last ? ` (${last.message})` : ''}`);
    await sleep(50);
  }
}

/** `promise`, or an error naming `what` if it has not settled after `ms` (twice the usual timeout). */
function withTimeout(promise, what, ms = 2 * TIMEOUT) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`WebDriver did not answer ${what} in ${ms}ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The call of a function given as source (or a function) with JSON arguments, as an expression. */
function callSource(fn, args) {
  return `(${fn})(${args.map((a) => JSON.stringify(a === undefined ? null : a)).join(', ')})`;
}

/**
 * What both engines share, given `run(expression)`, which evaluates an
 * expression in the page and resolves to its (awaited) value, and `element`,
 * `typeInto` and `clickOn`, which act through the engine's input.
 */
class Page {
  /** Evaluates `fn(arg)` in the page; `fn` must use nothing from outside itself. */
  evaluate(fn, arg) { return this.run(callSource(fn, [arg])); }
  $eval(selector, fn) {
    return this.run(`(() => { const e = document.querySelector(${JSON.stringify(selector)});
      if (!e) throw new Error('no element matches ' + ${JSON.stringify(selector)}); return (${fn})(e); })()`);
  }
  /** Waits until `fn(arg)` is truthy in the page (a node, which cannot be sent back, counts as true). */
  waitForFunction(fn, arg, { timeout = TIMEOUT } = {}) {
    return until(() => this.run(`Boolean(${callSource(fn, [arg])})`), `${String(fn).slice(0, 120)}`, timeout);
  }
  /** Waits for an element matching `selector` that is displayed (has a box), as Playwright does. */
  waitForSelector(selector, { timeout = TIMEOUT } = {}) {
    return until(() => this.evaluate((sel) => [...document.querySelectorAll(sel)].some((e) => e.getClientRects().length > 0), selector),
      `a visible ${selector}`, timeout);
  }
  inputValue(selector) { return this.$eval(selector, (e) => e.value); }
  textContent(selector) { return this.$eval(selector, (e) => e.textContent); }
  /**
   * Sets a field's text. Short text is typed with the engine's keyboard;
   * long text (a pasted e-mail thread) is put in as a paste would put it,
   * the value set and an input event sent, as Playwright's fill does.
   */
  async fill(selector, text) {
    await this.waitForSelector(selector);
    await this.$eval(selector, (e) => { e.focus(); e.value = ''; e.dispatchEvent(new Event('input', { bubbles: true })); });
    if (text.length <= 60) {
      await this.typeInto(selector, text);
    } else {
      await this.evaluate(([sel, value]) => {
        const e = document.querySelector(sel);
        e.value = value;
        e.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, [selector, text]);
    }
  }
  /** The page's width in CSS pixels and its scrolling width. */
  widths() {
    return this.evaluate(() => ({ viewport: window.innerWidth, scroll: document.documentElement.scrollWidth }));
  }
}

// ---------------------------------------------------------------- Firefox

class FirefoxPage extends Page {
  constructor(context, page, problems) {
    super();
    Object.assign(this, { context, page, problems });
  }
  run(expression) { return this.page.evaluate(expression); }
  async goto(url) { await this.page.goto(url, { waitUntil: 'load' }); }
  /** Opens `url` without waiting for its load event (the page's own scripts may still be arriving). */
  async begin(url) { await this.page.goto(url, { waitUntil: 'domcontentloaded' }); }
  async click(selector) {
    await this.waitForSelector(selector);
    await this.page.click(selector);
  }
  async typeInto(selector, text) { await this.page.type(selector, text); }
  async selectOption(selector, value) { await this.page.select(selector, value); }
  /** What was seen so far (console and exceptions arrive as BiDi events). */
  async seen() { return this.problems; }
  async setInputFiles(selector, path) {
    const input = await this.page.$(selector);
    await input.uploadFile(path);
  }
  async setWidth(width) {
    await this.page.setViewport({ width, height: 800 });
    return this.widths();
  }
  async close() { await this.context.close(); }
}

/** Starts Firefox ESR; downloads go to `downloads` without asking. */
export async function firefox({ downloads }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json',
      // The widget opens in the browser's language; the smoke starts in English.
      'intl.accept_languages': 'en-US',
      'intl.locale.requested': 'en-US',
    },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async newPage(width, label) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${label} console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${label} uncaught: ${error.message}`));
      await page.setViewport({ width, height: 800 });
      return new FirefoxPage(context, page, problems);
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- WebKit

class WebKitPage extends Page {
  constructor(driver, label) {
    super();
    Object.assign(this, { driver, label, recorded: [] });
  }
  run(expression) { return this.driver.executeScript(`return ${expression};`); }
  async goto(url) {
    await this.collect();
    await this.driver.get(url);
  }
  /**
   * Opens `url` without waiting for its load event (the page's own scripts
   * may still be arriving): a script navigates, since WebDriver's own
   * navigation waits for the load event.
   */
  async begin(url) {
    await this.collect();
    await this.driver.executeScript('location.assign(arguments[0]);', url);
  }
  element(selector) { return this.driver.findElement(By.css(selector)); }
  async click(selector) {
    await this.waitForSelector(selector);
    await until(async () => { await (await this.element(selector)).click(); return true; }, `a click on ${selector}`, 5000);
  }
  async typeInto(selector, text) { await (await this.element(selector)).sendKeys(text); }
  /** Clicks the option, which WebDriver turns into choosing it, with input and change events. */
  async selectOption(selector, value) {
    await (await this.element(`${selector} option[value="${value}"]`)).click();
  }
  /** What watch.js saw so far. */
  async seen() {
    await this.collect();
    return this.problems;
  }
  async setInputFiles(selector, path) { await (await this.element(selector)).sendKeys(path); }
  /** Sets the window, which has no borders on this bare display, to `width` CSS px; the page follows. */
  async setWidth(width) {
    await this.driver.manage().window().setRect({ width, height: 800 });
    return until(async () => {
      const widths = await this.widths();
      return widths.viewport === width && widths;
    }, `a page ${width}px wide`, 5000);
  }
  /** Moves what watch.js recorded in this page's session into `recorded`. */
  async collect() {
    const found = await this.evaluate((key) => {
      if (!window.sessionStorage) return [];
      const list = JSON.parse(sessionStorage.getItem(key) || '[]');
      sessionStorage.removeItem(key);
      return list;
    }, WATCH_KEY).catch(() => []);
    this.recorded.push(...found.map((p) => `${this.label} ${p}`));
  }
  /** Everything watch.js recorded so far; read before the page is left. */
  get problems() { return this.recorded; }
  async close() {
    await this.collect();
    await this.driver.quit();
  }
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Starts a process and ends it (by its own pid) when `stop` is called. */
function start(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((done) => child.once('exit', done));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return { child, output: () => output, stop };
}

// MiniBrowser's window cannot be narrower than its toolbar, about 450px in
// GTK's default theme, which is too wide for a phone. This style sheet for
// the browser's own controls (GTK's, read from XDG_CONFIG_HOME; web pages
// never see it) shrinks them so the window can be 360px wide. (Page zoom,
// the other way to a narrow page, makes WebKitWebDriver click beside the
// element: it does not scale the click's coordinates.)
const GTK_CSS = '* { font-size: 1px; padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; -gtk-icon-transform: scale(0.1); }\n';

/**
 * Starts a virtual display (Xvfb) and WebKitWebDriver on it. Each newPage is a new WebDriver session:
 * a fresh MiniBrowser with its own storage. Downloads go to `downloads`.
 */
export async function webkit({ downloads, home }) {
  await mkdir(join(home, '.config', 'gtk-3.0'), { recursive: true });
  await writeFile(join(home, '.config', 'gtk-3.0', 'gtk.css'), GTK_CSS);
  // MiniBrowser saves downloads, without asking, in the user's download
  // folder, which GLib reads from here.
  await writeFile(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  // -noreset: an X server resets when its last client leaves, and refuses
  // connections meanwhile; between two sessions MiniBrowser is that last
  // client, and the next one could not open the display.
  const xvfb = start('Xvfb', ['-displayfd', '1', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp', '-noreset']);
  const display = await until(() => xvfb.output().match(/^(\d+)\s*$/m)?.[1], 'Xvfb to start', 10000)
    .catch(async (error) => {
      await xvfb.stop();
      throw new Error(`${error.message}: ${xvfb.output()}`);
    });
  const port = await freePort();
  const driver = start(WEBKIT_DRIVER, [`--port=${port}`], {
    DISPLAY: `:${display}`, HOME: home,
    XDG_CONFIG_HOME: `${home}/.config`, XDG_DATA_HOME: `${home}/.local/share`, XDG_CACHE_HOME: `${home}/.cache`,
    LANG: 'en_US.UTF-8', LANGUAGE: 'en_US',
  });
  const stop = async () => {
    await driver.stop();
    await xvfb.stop();
  };
  const server = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${server}/status`)).ok, 'WebKitWebDriver to start', 10000)
    .catch(async (error) => {
      await stop();
      throw new Error(`${error.message}: ${driver.output()}`);
    });
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    timeouts: { pageLoad: TIMEOUT, script: TIMEOUT, implicit: 0 },
  };
  // A MiniBrowser that cannot start (before -noreset above, about one start
  // in fifty could not open the display) never reports to WebKitWebDriver,
  // which then waits for it forever. Such a start is given up after 20 s,
  // said so (with what WebKitWebDriver printed), and tried again, up to
  // three times.
  const newSession = async () => {
    for (let attempt = 1; ; attempt++) {
      const said = driver.output().length;
      const starting = new Builder().usingServer(server).withCapabilities(capabilities).build();
      try {
        return await withTimeout(starting, 'a new session', 20000);
      } catch (error) {
        starting.then((late) => late.quit()).catch(() => {});
        if (attempt === 3) throw new Error(`${error.message} (3 attempts): ${driver.output().slice(-2000)}`);
        const log = driver.output().slice(said).trim().replace(/\s+/g, ' ').slice(0, 300);
        console.log(`# webkit: MiniBrowser did not start within 20 s (attempt ${attempt} of 3), starting another${log ? `; WebKitWebDriver said: ${log}` : ''}`);
      }
    }
  };
  let version = '';
  return {
    name: 'webkit',
    get version() { return version; },
    async newPage(width, label) {
      const session = await newSession();
      // A WebDriver command that never answers fails the test instead of
      // stopping the run; TRACE=1 prints every command, to see where.
      const executor = session.getExecutor();
      const execute = executor.execute.bind(executor);
      executor.execute = (command) => {
        if (process.env.TRACE) process.stderr.write(`webkit: ${command.getName()} ${JSON.stringify(command.getParameters()).slice(0, 100)}\n`);
        return withTimeout(execute(command), command.getName());
      };
      version ||= `WebKitGTK ${(await session.getCapabilities()).get('browserVersion')}`;
      const page = new WebKitPage(session, label);
      await page.driver.get('about:blank');
      await page.setWidth(width);
      return page;
    },
    close: stop,
  };
}
