#!/usr/bin/env bash
# Quick start 2: install what is missing, then run every test tier.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
source .ci/env.sh
SECONDS=0

echo "== 1/3 native: core, in-memory store contract, trainer CLI (cargo test)"
cargo test --locked

echo "== 2/3 browser: IndexedDB store in headless Chromium (wasm-bindgen-test)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --test browser

echo "== 3/3 e2e: release build, then Playwright journeys with axe-core"
cargo build --locked --bin nour-bundle
trunk build --release --offline
node .ci/size-guard.mjs dist   # the first load (brotli) within .ci/size-budget.json
(cd tests/e2e && npx playwright test)

echo "all tiers passed in ${SECONDS}s"
