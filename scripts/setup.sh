#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Partnership Self-Check.
# Idempotent: prints nothing when everything is already in place, and one line
# per thing it installs otherwise. Meant for Debian (as root, or with sudo)
# with rustup already installed.
#
#   - Rust target wasm32-unknown-unknown, rustfmt and clippy  (rustup)
#   - trunk 0.21.14                                            (cargo install)
#   - wasm-bindgen-cli, same version as wasm-bindgen in Cargo.lock (cargo install)
#   - chromium + chromium-driver, poppler-utils (pdftotext), and node/npm if absent (apt)
#   - firefox-esr, webkit2gtk-driver (WebKitWebDriver and MiniBrowser),
#     xvfb and fonts-dejavu-core, for the engine smoke            (apt)
#   - binaryen 132 (wasm-opt) into .tools/node_modules         (npm)
#   - terser 5.51.2 (release JS minifier) into .tools/node_modules (npm)
#   - gecko-profiler-demangle 0.4.0 (make bench's crate table) into .tools/node_modules (npm)
#   - survey-core and survey-js-ui 2.5.38 (make bench's comparison page) into .tools/node_modules (npm)
#   - lighthouse 12.2.3 (make bench's Lighthouse runs) into .tools/node_modules (npm)
#   - the e2e test's npm packages into tests/e2e/node_modules  (npm)
#   - the engine smoke's npm packages into tests/engines/node_modules (npm)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
TERSER_VERSION=5.51.2
DEMANGLE_VERSION=0.4.0
SURVEYJS_VERSION=2.5.38
# 13.x needs Node 22; 12.2.3 runs on Node 20.
LIGHTHOUSE_VERSION=12.2.3

# cargo-installed binaries and our local node tools must be found below.
[ -f "$HOME/.cargo/env" ] && . "$HOME/.cargo/env"
export PATH="$ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# --- apt (only when something is missing) ------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi
apt_updated=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install these yourself: $*"
  say "installing $* (apt)"
  # Refresh the package lists only if apt does not know a package yet.
  if [ "$apt_updated" -eq 0 ] && ! apt-cache show "$@" >/dev/null 2>&1; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
  # Stale package lists can name versions the mirror no longer has: refresh
  # them once and retry before giving up.
  if ! $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  fi
}

# --- Rust ---------------------------------------------------------------------
command -v rustup >/dev/null 2>&1 || die "rustup is required (https://rustup.rs)"
command -v cargo >/dev/null 2>&1 || die "cargo is required (rustup default stable)"

# rustfmt and clippy: make test checks formatting and lints.
for component in rustfmt clippy; do
  if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
    say "adding Rust component $component"
    rustup component add "$component" >/dev/null 2>&1
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown >/dev/null 2>&1
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (cargo install, takes ~10 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WBG_VERSION" ] || die "could not read the wasm-bindgen version from Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WBG_VERSION" ] \
  || [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" != "wasm-bindgen-test-runner $WBG_VERSION" ]; then
  say "installing wasm-bindgen-cli $WBG_VERSION (cargo install, takes ~5 minutes)"
  # Not --locked: the CLI's own lock file pins dependencies too old for current rustc.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force --quiet
fi

# Trunk builds with `cargo build --offline` (Trunk.toml: offline = true), so
# download the crates in Cargo.lock now; instant when they are all present.
cargo fetch --quiet

# --- Browser ------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
# pdftotext reads the printouts' pages in the e2e tests.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# The smoke in the other engines staff use (tests/engines): Firefox ESR, and
# WebKitGTK's WebDriver with the MiniBrowser it drives, on a virtual display.
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ "${#missing[@]}" -gt 0 ]; then apt_install "${missing[@]}"; fi

node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "node >= 20 is required (found $(node --version)); playwright-core needs it"

# --- Node tools ---------------------------------------------------------------
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1   # we use the system Chromium
export PUPPETEER_SKIP_DOWNLOAD=1            # and the system Firefox ESR

# Debian's binaryen is too old for current wasm-bindgen output; Trunk must find
# wasm-opt "version_$BINARYEN_VERSION" on PATH (see Trunk.toml [tools]).
if ! .tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "(version_$BINARYEN_VERSION)"; then
  say "installing binaryen@$BINARYEN_VERSION (wasm-opt) into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --loglevel=error "binaryen@$BINARYEN_VERSION" >/dev/null
fi

# terser minifies wasm-bindgen's JavaScript in release builds
# (scripts/post-build.sh); Trunk 0.21's own minifier leaves that file alone.
if ! .tools/node_modules/.bin/terser --version 2>/dev/null | grep -qx "terser $TERSER_VERSION"; then
  say "installing terser@$TERSER_VERSION (JS minifier) into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --loglevel=error "terser@$TERSER_VERSION" >/dev/null
fi

# rustc-demangle compiled to WebAssembly, for the crate table that
# `make bench` prints (scripts/bench-crates.mjs).
if [ "$(node -p "try { require('./.tools/node_modules/gecko-profiler-demangle/package.json').version } catch { '' }")" != "$DEMANGLE_VERSION" ]; then
  say "installing gecko-profiler-demangle@$DEMANGLE_VERSION (Rust symbol names for make bench) into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --loglevel=error "gecko-profiler-demangle@$DEMANGLE_VERSION" >/dev/null
fi

# SurveyJS, the page `make bench` compares the first question with
# (scripts/surveyjs-page.mjs); never part of the widget.
for pkg in survey-core survey-js-ui; do
  if [ "$(node -p "try { require('./.tools/node_modules/$pkg/package.json').version } catch { '' }")" != "$SURVEYJS_VERSION" ]; then
    say "installing $pkg@$SURVEYJS_VERSION (make bench's comparison page) into .tools/"
    mkdir -p .tools
    npm install --prefix .tools --loglevel=error "$pkg@$SURVEYJS_VERSION" >/dev/null
  fi
done

# Lighthouse, which `make bench` runs on the release build
# (scripts/bench-lighthouse.mjs) with the system Chromium: it downloads no
# browser of its own (puppeteer-core, PUPPETEER_SKIP_DOWNLOAD above).
if [ "$(node -p "try { require('./.tools/node_modules/lighthouse/package.json').version } catch { '' }")" != "$LIGHTHOUSE_VERSION" ]; then
  say "installing lighthouse@$LIGHTHOUSE_VERSION (make bench's Lighthouse runs) into .tools/"
  mkdir -p .tools
  npm install --prefix .tools --loglevel=error --save-exact "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

# Test packages, reinstalled when a manifest or lock file is newer than what
# is installed: the e2e tests' (playwright-core, axe-core) and the engine
# smoke's (puppeteer-core, selenium-webdriver).
for dir in tests/e2e tests/engines; do
  [ -f "$dir/package.json" ] || continue
  marker=$dir/node_modules/.package-lock.json
  if [ ! -f "$marker" ] || [ "$dir/package.json" -nt "$marker" ] \
    || { [ -f "$dir/package-lock.json" ] && [ "$dir/package-lock.json" -nt "$marker" ]; }; then
    if [ -f "$dir/package-lock.json" ]; then
      say "installing npm packages (npm ci in $dir)"
      npm ci --prefix "$dir" --loglevel=error >/dev/null
    else
      say "installing npm packages (npm install in $dir)"
      npm install --prefix "$dir" --loglevel=error >/dev/null
    fi
    touch "$marker"
  fi
done
