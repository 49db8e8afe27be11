#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml), run on the staging folder before Trunk
# moves it to dist/:
#  1. builds the facilitator's tools page, tools/index.html, into tools/,
#     and the district page, district/index.html, into district/, so every
#     `trunk build` and `trunk serve` ships all three pages. Each is a
#     bundle of its own so that the self-check's first load carries
#     neither;
#  2. in release builds, minifies the JavaScript that wasm-bindgen wrote
#     and our loader. Trunk 0.21's own minifier leaves the first as it is
#     and never touches copied files; terser makes the glue a quarter
#     smaller after brotli (6.3 KB to 4.8 KB for the self-check).
#  3. in release builds, puts a static copy of the app's first screen into
#     index.html (scripts/prerender.mjs), which the loader shows while the
#     WebAssembly is still arriving.
#  4. writes lang/<code>.json, the language files of every language but the
#     default one (src/bin/export_languages.rs, a native build of the same
#     content), which both pages read when someone chooses that language.
set -euo pipefail
# The nested Trunk reads the same Trunk.toml and so runs this hook again;
# the outer run minifies both pages' files afterwards.
if [ -n "${PSC_TOOLS_BUILD:-}" ]; then
  exit 0
fi
cargo run --quiet --offline --bin export-languages -- "$TRUNK_STAGING_DIR/lang"
export PSC_TOOLS_BUILD=1
for page in tools district; do
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
  for script in "$TRUNK_STAGING_DIR"/partnership-selfcheck*.js "$TRUNK_STAGING_DIR"/{tools,district}/partnership-selfcheck*.js \
    "$TRUNK_STAGING_DIR"/loader.js "$TRUNK_STAGING_DIR"/{tools,district}/loader.js; do
    "$terser" "$script" --module --compress --mangle --output "$script"
  done
  node "$(cd "$(dirname "$0")" && pwd)/prerender.mjs" "$TRUNK_STAGING_DIR"
fi
