#!/usr/bin/env node
// A tiny static server for the release build, used by the end-to-end tests
// and benchmarks. No dependencies; binds 127.0.0.1 only; logs nothing unless
// --log is given.
//
//   node scripts/serve-dist.mjs [--port 8081] [--root dist] [--csp] [--brotli]
//                               [--cache] [--prefix /tools/partnership/] [--log]
//
//   --port N     port to listen on (0 picks a free one); the URL is printed on
//                stdout when the port is 0 or --log is given
//   --root DIR   folder to serve (default dist)
//   --csp        send the app's strict Content-Security-Policy header
//   --brotli     send brotli when the client accepts it: FILE.br if present,
//                otherwise compressed on the fly (and cached)
//   --cache      the caching the README advises (docs/deploying.md): files
//                whose names carry a content hash are cached for a year
//                (immutable), everything else is revalidated (no-cache);
//                without it nothing is cached
//   --prefix P   serve ROOT under the URL path P only (sub-path hosting)
//   --log        log one line per request
//
// From Node: import { serveDist } from './scripts/serve-dist.mjs';
//   const server = await serveDist({ root: 'dist', port: 0, csp: true });
//   server.url  // e.g. http://127.0.0.1:40123/
//   await server.close();
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { resolve, join, extname, sep } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};
/** Built files named by their content: Trunk's app-<hash>.css and
 * partnership-selfcheck-<hash>.js / _bg.wasm, the post-build hook's
 * loader-<hash>.js, lang/<code>.<hash>.json and the other languages' first
 * screens, lang/<code>.<hash>.html (scripts/prerender.mjs). */
export const HASHED = /(?:-[0-9a-f]{8,16}(?:_bg)?\.(?:js|wasm|css)|\.[0-9a-f]{16}\.(?:json|html))$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt', '.map', '.ico']);

function normalizePrefix(prefix) {
  let p = prefix || '/';
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/')) p = `${p}/`;
  return p;
}

/** Starts the server; resolves to { server, port, url, close() }. */
// `types` overrides Content-Types by extension (e.g. { '.wasm':
// 'application/octet-stream' }), so tests can play a misconfigured host;
// `slow` holds back the answer for files of an extension by that many
// milliseconds (e.g. { '.wasm': 4000 }), so tests can play a slow
// connection in browsers whose driver cannot hold a request itself.
export function serveDist({ root = 'dist', port = 8081, csp = false, brotli = false, cache = false, prefix = '/', log = false, types = {}, slow = {} } = {}) {
  const rootDir = resolve(root);
  const base = normalizePrefix(prefix);
  const compressed = new Map(); // path -> { mtimeMs, body }

  async function handle(req, res) {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
    if (csp) headers['Content-Security-Policy'] = CSP;
    const send = (status, body, extra = {}) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', ...extra });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });

    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      return send(400, 'Bad Request\n');
    }
    if (pathname.includes('\0')) return send(400, 'Bad Request\n');
    if (`${pathname}/` === base) return send(301, '', { Location: base });
    if (!pathname.startsWith(base)) return send(404, 'Not Found\n');

    let file = resolve(rootDir, `.${sep}${pathname.slice(base.length)}`);
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return send(404, 'Not Found\n');
    let info = await stat(file).catch(() => null);
    if (info && info.isDirectory()) {
      if (!pathname.endsWith('/')) return send(301, '', { Location: `${pathname}/` });
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info || !info.isFile()) return send(404, 'Not Found\n');

    const ext = extname(file).toLowerCase();
    if (cache && HASHED.test(file)) headers['Cache-Control'] = IMMUTABLE;
    headers['Content-Type'] = types[ext] || TYPES[ext] || 'application/octet-stream';
    let body;
    if (brotli && COMPRESSIBLE.has(ext) && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
      headers['Vary'] = 'Accept-Encoding';
      headers['Content-Encoding'] = 'br';
      const pre = await stat(`${file}.br`).catch(() => null);
      if (pre && pre.isFile() && pre.mtimeMs >= info.mtimeMs) {
        body = await readFile(`${file}.br`);
      } else {
        const hit = compressed.get(file);
        if (hit && hit.mtimeMs === info.mtimeMs) {
          body = hit.body;
        } else {
          const raw = await readFile(file);
          body = brotliCompressSync(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          });
          compressed.set(file, { mtimeMs: info.mtimeMs, body });
        }
      }
    } else {
      if (brotli && COMPRESSIBLE.has(ext)) headers['Vary'] = 'Accept-Encoding';
      body = await readFile(file);
    }
    headers['Content-Length'] = body.length;
    if (slow[ext]) await new Promise((later) => setTimeout(later, slow[ext]));
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      if (log) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        console.log(`${res.statusCode} ${req.method} ${req.url} ${res.getHeader('Content-Length') ?? '-'}B ${ms.toFixed(1)}ms`);
      }
    });
    handle(req, res).catch((error) => {
      if (log) console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Internal Server Error\n');
    });
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolvePromise({
        server,
        port: actual,
        url: `http://127.0.0.1:${actual}${base}`,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

function parseArgs(argv) {
  const opts = { root: 'dist', port: 8081, csp: false, brotli: false, cache: false, prefix: '/', log: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--port') opts.port = Number(value());
    else if (arg === '--root') opts.root = value();
    else if (arg === '--prefix') opts.prefix = value();
    else if (arg === '--csp') opts.csp = true;
    else if (arg === '--brotli') opts.brotli = true;
    else if (arg === '--cache') opts.cache = true;
    else if (arg === '--log') opts.log = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/serve-dist.mjs [--port N] [--root DIR] [--csp] [--brotli] [--cache] [--prefix /path/] [--log]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('--port must be 0..65535');
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`serve-dist: ${error.message}`);
    process.exit(2);
  }
  serveDist(opts).then(
    (running) => {
      if (opts.port === 0 || opts.log) console.log(running.url);
      const stop = () => running.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error) => {
      console.error(`serve-dist: ${error.message}`);
      process.exit(1);
    },
  );
}
