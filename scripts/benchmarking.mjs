// What the `make bench` scripts share: the throttled profile, the command
// line's numbers, the check that the release build is there, a median, and
// a fresh page on the throttled profile with an empty cache. Not named
// bench-*.mjs, since `make bench` runs every script so named.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** A cheap phone on a slow connection: 150 ms latency, 1.6 Mbit/s, the CPU slowed x4. */
export const THROTTLED = {
  network: { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 200000 },
  cpu: 4,
};

/** The number given on the command line after `name` (e.g. --runs 7), or `fallback`. */
export function numberOption(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** Stops with a plain message when `root` holds no release build. */
export function needBuild(root) {
  if (!existsSync(resolve(root, 'index.html'))) {
    console.error(`${root}/index.html is missing: run \`make dist\` first.`);
    process.exit(1);
  }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * A page in `browser` on the throttled profile (the network and the CPU
 * slowed through the DevTools protocol), with an empty cache, `width`
 * pixels wide. Resolves to { context, page, cdp }.
 */
export async function throttledPage(browser, width) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', THROTTLED.network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpu });
  return { context, page, cdp };
}
