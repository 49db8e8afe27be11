#!/usr/bin/env node
// Prints the raw, gzip and brotli sizes of every file the first page load of
// the release build fetches, and fails if the brotli total is over budget.
//
//   node scripts/size.mjs [--root dist] [--budget 150000] [--json out.json]
//
// The files are found by following references from index.html: <script src>,
// <link href> (stylesheet, modulepreload, preload, icon), then JavaScript
// imports and `new URL('…', import.meta.url)` (how wasm-bindgen finds the
// .wasm), and CSS url(…). Only files inside the root are counted.
import { readFileSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join, dirname, relative, resolve, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

function parseArgs(argv) {
  const opts = { root: 'dist', budget: 150000, json: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--root') opts.root = value();
    else if (arg === '--budget') opts.budget = Number(value());
    else if (arg === '--json') opts.json = value();
    else throw new Error(`unknown argument: ${arg}`);
  }
  if (!Number.isFinite(opts.budget) || opts.budget <= 0) throw new Error('--budget must be a positive number of bytes');
  return opts;
}

// References that a browser follows on first load, by file type.
function references(file, text) {
  const refs = [];
  const add = (re) => { for (const m of text.matchAll(re)) refs.push(m[1] ?? m[2]); };
  switch (extname(file)) {
    case '.html': {
      const withoutComments = text.replace(/<!--[\s\S]*?-->/g, '');
      for (const tag of withoutComments.matchAll(/<(script|link)\b[^>]*>/gi)) {
        const attr = (name) => {
          const m = tag[0].match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
          return m ? (m[1] ?? m[2] ?? m[3]) : null;
        };
        if (tag[1].toLowerCase() === 'script') {
          if (attr('src')) refs.push(attr('src'));
        } else {
          const rel = (attr('rel') || '').toLowerCase().split(/\s+/);
          if (['stylesheet', 'modulepreload', 'preload', 'icon'].some((r) => rel.includes(r)) && attr('href')) {
            refs.push(attr('href'));
          }
        }
      }
      break;
    }
    case '.js':
    case '.mjs':
      add(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g);
      add(/\bexport\s*[\w*{}\s,$]+\s*from\s*["']([^"']+)["']/g);
      add(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g);
      add(/new\s+URL\s*\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g);
      break;
    case '.css':
      add(/@import\s+["']([^"']+)["']/g);
      add(/url\(\s*(?:"([^"]+)"|'([^']+)'|([^)'"\s]+))\s*\)/g);
      break;
    default:
      break;
  }
  return refs.filter(Boolean);
}

function resolveRef(root, fromFile, ref) {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref)) return null; // data:, https:, fragments
  const clean = ref.split(/[?#]/)[0];
  if (!clean) return null;
  const path = clean.startsWith('/') ? join(root, clean) : join(dirname(fromFile), clean);
  const inside = relative(root, path);
  if (inside.startsWith('..') || !existsSync(path) || !statSync(path).isFile()) return null;
  return path;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const root = resolve(opts.root);
  const entry = join(root, 'index.html');
  if (!existsSync(entry)) throw new Error(`${relative(process.cwd(), entry)} not found; run \`make dist\` first`);

  const seen = new Set([entry]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift();
    const text = readFileSync(file, 'utf8');
    for (const ref of references(file, text)) {
      const path = resolveRef(root, file, ref);
      if (path && !seen.has(path)) { seen.add(path); queue.push(path); }
    }
  }

  const rows = [...seen].map((file) => {
    const data = readFileSync(file);
    return {
      file: relative(root, file),
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          [constants.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        },
      }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

  const width = Math.max(5, ...rows.map((r) => r.file.length));
  const line = (name, r) => `${name.padEnd(width)}  ${String(r.raw).padStart(9)}  ${String(r.gzip).padStart(9)}  ${String(r.brotli).padStart(9)}`;
  console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
  for (const r of rows) console.log(line(r.file, r));
  console.log(line('total', total));

  const ok = total.brotli <= opts.budget;
  if (opts.json) writeFileSync(opts.json, JSON.stringify({ files: rows, total, budget: opts.budget, ok }, null, 2) + '\n');
  const pct = ((100 * total.brotli) / opts.budget).toFixed(1);
  if (ok) {
    console.log(`size: OK, ${total.brotli} bytes brotli of a ${opts.budget}-byte budget (${pct}%)`);
  } else {
    console.error(`size: FAIL, ${total.brotli} bytes brotli is over the ${opts.budget}-byte budget (${pct}%)`);
    process.exitCode = 1;
  }
}

try {
  main();
} catch (error) {
  console.error(`size: ${error.message}`);
  process.exitCode = 2;
}
