#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): builds the facilitator's tools page,
# tools/index.html, into the main build's staging folder as tools/, so every
# `trunk build` and `trunk serve` ships both pages. The tools page is a bundle
# of its own so that the self-check's first load does not carry it.
set -euo pipefail
# The nested Trunk reads the same Trunk.toml and so runs this hook again.
if [ -n "${PSC_TOOLS_BUILD:-}" ]; then
  exit 0
fi
export PSC_TOOLS_BUILD=1
args=(build tools/index.html --dist "$TRUNK_STAGING_DIR/tools" --public-url ./)
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  args+=(--release)
fi
exec trunk --quiet "${args[@]}"
