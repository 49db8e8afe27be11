#!/usr/bin/env node
// `make bench` prints which crates the self-check's WebAssembly is made of: a table of
// crate, functions, code bytes and an estimate of the brotli bytes each adds
// to the first load.
//
//   node scripts/bench-crates.mjs [--wasm target/.../partnership-selfcheck.wasm] [--dist dist]
//
// How: the release build's module, straight from cargo (function names
// still in it), goes through wasm-bindgen and wasm-opt with the flags that
// Trunk uses, but keeping names (-g). binaryen's own `--func-metrics` then
// gives every function's size in the binary. A function belongs to the crate
// its name starts with (`<X as Trait>::f` to X's crate). Brotli compresses the
// whole file at once, so a crate's brotli bytes are estimated as its share of
// the module's bytes applied to the shipped .wasm's brotli size; the
// "data, tables, types, imports" row is what no function holds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

// rustc-demangle, compiled to WebAssembly, from npm (installed into .tools/
// by scripts/setup.sh). Its module expects a bundler, so it is instantiated
// here by hand with its own JavaScript imports.
const demanglerJs = createRequire(import.meta.url).resolve('../.tools/node_modules/gecko-profiler-demangle/index_bg.js');
const demangler = await import(demanglerJs);
const { instance } = await WebAssembly.instantiate(readFileSync(join(dirname(demanglerJs), 'index_bg.wasm')), { './index_bg.js': demangler });
demangler.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start?.();

// Names of primitive types, whose trait methods live in `core`.
const PRIMITIVES = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'f32', 'f64', 'bool', 'char', 'str']);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
};
const rawWasm = option('--wasm', 'target/wasm32-unknown-unknown/release/partnership-selfcheck.wasm');
const dist = option('--dist', 'dist');

// The same optimisation Trunk runs (Trunk.toml's data-wasm-opt and
// data-wasm-opt-params in index.html), so that the sizes are the shipped ones.
const indexHtml = readFileSync('index.html', 'utf8');
const level = indexHtml.match(/data-wasm-opt="([^"]+)"/)?.[1] ?? 'z';
const params = (indexHtml.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);

const work = mkdtempSync(join(tmpdir(), 'psc-crates-'));
try {
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'app', rawWasm]);
  const named = join(work, 'named.wasm');
  execFileSync('wasm-opt', [join(work, 'app_bg.wasm'), `-O${level}`, ...params.filter((p) => p !== '--strip-producers'), '-g', '-o', named]);
  const metrics = execFileSync('wasm-opt', [named, '--func-metrics'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

  const byCrate = new Map();
  let current = null;
  let functionBytes = 0;
  for (const line of metrics.split('\n')) {
    const func = line.match(/^func: (.*)$/);
    if (func) { current = crateOf(demangler.demangle_any(func[1])); continue; }
    const bytes = line.match(/^ \[binary-bytes\]\s*:\s*(\d+)/);
    if (bytes && current !== null) {
      const row = byCrate.get(current) ?? { functions: 0, bytes: 0 };
      row.functions += 1;
      row.bytes += Number(bytes[1]);
      byCrate.set(current, row);
      functionBytes += Number(bytes[1]);
      current = null;
    }
  }

  // The module without its name section is the size that ships.
  const stripped = join(work, 'stripped.wasm');
  execFileSync('wasm-opt', [named, '--strip-debug', '--strip-producers', '-o', stripped]);
  const moduleBytes = statSync(stripped).size;
  // Named by its content (Trunk.toml: filehash): the one the page preloads.
  const preloaded = readFileSync(join(dist, 'index.html'), 'utf8').match(/href=["']?(?:\.\/)?(partnership-selfcheck-[0-9a-f]+_bg\.wasm)/);
  if (!preloaded) throw new Error(`${dist}/index.html preloads no partnership-selfcheck-<hash>_bg.wasm`);
  const shipped = join(dist, preloaded[1]);
  const shippedBrotli = brotli(readFileSync(shipped));
  const estimate = (bytes) => Math.round((shippedBrotli * bytes) / moduleBytes);

  const rows = [...byCrate.entries()].sort((a, b) => b[1].bytes - a[1].bytes);
  const width = Math.max(28, ...rows.map(([name]) => name.length));
  const line = (name, functions, bytes, est) =>
    console.log(`${name.padEnd(width)} ${String(functions).padStart(9)} ${String(bytes).padStart(11)} ${String(est).padStart(14)}`);
  console.log(`crates in ${shipped} (${shippedBrotli} bytes brotli; estimates by each crate's share of the module)`);
  line('crate', 'functions', 'code bytes', 'brotli (est.)');
  for (const [name, row] of rows) line(name, row.functions, row.bytes, estimate(row.bytes));
  line('data, tables, types, imports', '', moduleBytes - functionBytes, estimate(moduleBytes - functionBytes));
  line('total', rows.reduce((n, [, r]) => n + r.functions, 0), moduleBytes, shippedBrotli);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function brotli(buffer) {
  return brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

// The crate a (demangled) Rust function name belongs to. Trait methods are
// named `<Type as Trait>::method`; the type's crate is the one that pays.
function crateOf(demangled) {
  // v0 mangling keeps each crate's disambiguator: `core[c5930c85a12de822]`.
  const name = demangled.replace(/\[[0-9a-f]+\]/g, '');
  if (/^_*(wbg|wbindgen|externref_)/.test(name)) return 'wasm-bindgen';
  let text = name.replace(/^_*/, '');
  if (name.startsWith('<')) text = name.slice(1);
  if (text.startsWith('&') || text.startsWith('[') || text.startsWith('(') || text.startsWith('*')) {
    text = text.replace(/^[&*\[(]+(mut |const )?/, '');
  }
  const head = text.split(/::|<|>| /)[0].replace(/\.llvm\..*$/, '');
  if (head === 'wasm_bindgen') return 'wasm-bindgen';
  if (['core', 'alloc', 'std'].includes(head)) return `${head} (Rust standard library)`;
  if (/^(mem|str)\w*$|^_?rust|^main$|^multi3$|^compiler_builtins/.test(head) || !/^[a-z][a-z0-9_]*$/.test(head)) {
    return 'runtime and compiler built-ins';
  }
  if (PRIMITIVES.has(head)) return 'core (Rust standard library)';
  return head;
}
