import { execFileSync } from 'node:child_process';
import { launch, serve, appReady, REPO } from './helpers.mjs';
const made = execFileSync('cargo', ['run', '--quiet', '--release', '--offline', '--example', 'district_links', '--', '1000', '1'], { cwd: REPO, encoding: 'utf8' });
const text = made.trim().split('\n').map((l) => { const [n, c] = l.split('\t'); return `> https://example.org/tools/?name=${encodeURIComponent(n)}#t=${c}`; }).join('\n');
const browser = await launch();
const server = await serve({ csp: true });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.goto(`${server.url}district/`);
await appReady(page);
await page.fill('#psc-district-paste', text);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const ms = await page.evaluate(() => new Promise((done) => {
  const start = performance.now();
  const seen = new MutationObserver(() => {
    if (document.querySelectorAll('.psc-district-table tbody tr').length === 1000) { seen.disconnect(); requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0)); }
  });
  seen.observe(document.body, { childList: true, subtree: true });
  document.getElementById('psc-district-add').click();
}));
const { profile } = await cdp.send('Profiler.stop');
console.log('ms', ms);
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || '(anon ' + n.callFrame.url.split('/').pop() + ')'; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); total += dt[i] || 0; });
console.log('total ms', total / 1000);
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log((v / 1000).toFixed(1), k));
await browser.close(); await server.close();
