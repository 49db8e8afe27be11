#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), run on the staging folder before Trunk
# moves it to dist/:
#  1. builds the facilitator's tools page, tools/index.html, into tools/,
#     the families' check-in, family/index.html, into family/, and the
#     district page, district/index.html, into district/, so every
#     `trunk build` and `trunk serve` ships all four pages. Each is a
#     bundle of its own so that no page's first load carries another's code;
#  2. in release builds, minifies the JavaScript that wasm-bindgen wrote
#     and our loader. Trunk 0.21's own minifier leaves the first as it is
#     and never touches copied files; terser makes the glue a quarter
#     smaller after brotli (6.3 KB to 4.8 KB for the self-check).
#  3. in release builds, last, puts a static copy of the app's first screen into
#     index.html, and each other language's into lang/<code>.<hash>.html
#     (scripts/prerender.mjs), which the loader shows while the WebAssembly
#     is still arriving.
#  4. writes lang/<code>.<version>.json, the language files of every
#     language but the default one (src/bin/export_languages.rs, a native
#     build of the same content), which both pages read when someone
#     chooses that language; <version> is a fingerprint of what they are
#     made from, which the bundles know too (build.rs, FILES_VERSION);
#  5. names each page's loader by its content (loader-<hash>.js), as Trunk
#     names the app's files, and points the page at it.
set -euo pipefail
# The nested Trunk reads the same Trunk.toml and so runs this hook again;
# the outer run minifies both pages' files afterwards.
if [ -n "${PSC_TOOLS_BUILD:-}" ]; then
  exit 0
fi
cargo run --quiet --offline --bin export-languages -- "$TRUNK_STAGING_DIR/lang"
export PSC_TOOLS_BUILD=1
for page in tools family district; do
  args=(build "$page/index.html" --dist "$TRUNK_STAGING_DIR/$page" --public-url ./)
  if [ "${TRUNK_PROFILE:-debug}" = release ]; then
    args+=(--release)
  fi
  trunk --quiet "${args[@]}"
done

if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  terser="$(cd "$(dirname "$0")/.." && pwd)/.tools/node_modules/.bin/terser"
  if [ ! -x "$terser" ]; then
    echo "post-build: $terser is missing; run scripts/setup.sh" >&2
    exit 1
  fi
  for script in "$TRUNK_STAGING_DIR"/partnership-selfcheck*.js "$TRUNK_STAGING_DIR"/{tools,family,district}/partnership-selfcheck*.js \
    "$TRUNK_STAGING_DIR"/loader.js "$TRUNK_STAGING_DIR"/{tools,family,district}/loader.js; do
    "$terser" "$script" --module --compress --mangle --output "$script"
  done
fi

# Each page's loader is named by its content, like every file Trunk writes
# (Trunk.toml: filehash), so that a host may cache all of them for a year
# and a page can only ever start its own build's files (README, "Deploying").
# Trunk copies the loader under its own name; the page's script tag is
# rewritten to match.
for page in "$TRUNK_STAGING_DIR" "$TRUNK_STAGING_DIR/tools" "$TRUNK_STAGING_DIR/family" "$TRUNK_STAGING_DIR/district"; do
  hash="$(sha256sum "$page/loader.js" | cut -c1-16)"
  mv "$page/loader.js" "$page/loader-$hash.js"
  # Trunk's release build minifies the page: the attribute may be unquoted.
  sed -i "s#\\(src=[\"']\\?[^\"' >]*/\\)loader\\.js\\([\"' >]\\)#\\1loader-$hash.js\\2#" "$page/index.html"
  if ! grep -q "/loader-$hash\\.js" "$page/index.html"; then
    echo "post-build: $page/index.html names no loader.js to rename" >&2
    exit 1
  fi
done

if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  node "$(cd "$(dirname "$0")" && pwd)/prerender.mjs" "$TRUNK_STAGING_DIR"
fi
