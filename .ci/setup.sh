#!/usr/bin/env bash
# Installs what a fresh Debian machine with rustup lacks, and skips what is already present.
# Everything comes from the registries through their ordinary clients; Trunk never downloads.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14          # 0.22 needs rustc 1.96.1
WASM_BINDGEN_VERSION=0.2.130   # must equal the `=` pin in Cargo.toml (and so Cargo.lock)
BINARYEN_NPM_VERSION=132.0.0   # Debian's binaryen 108 emits broken wasm
WASM_SPLIT_VERSION=0.2.4       # wasm-split-cli (crate wasm_split_cli_support): splits the wasm into parts
TERSER_NPM_VERSION=5.51.4      # minifies the JavaScript that wasm-bindgen and wasm-split write
TOOLS_DIR="$PWD/.tools"
export PATH="$TOOLS_DIR/node_modules/.bin:$HOME/.cargo/bin:$PATH"

log() { printf '\n[setup] %s\n' "$*"; }
SECONDS=0

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32 target"; rustup target add wasm32-unknown-unknown
fi
# The release wasm rebuilds the standard library for size (.ci/wasm-build.mjs): it needs its source.
if ! rustup component list --installed | grep -qx rust-src; then
  log "adding the standard library's source (rust-src)"; rustup component add rust-src
fi

need_apt=()
command -v node >/dev/null || need_apt+=(nodejs npm)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt: ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi

if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "${BINARYEN_NPM_VERSION%%.*}" ] \
  || [ "$(terser --version 2>/dev/null | awk '{print $2}')" != "$TERSER_NPM_VERSION" ]; then
  log "npm: binaryen@$BINARYEN_NPM_VERSION (wasm-opt), terser@$TERSER_NPM_VERSION"
  npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --no-save \
    "binaryen@$BINARYEN_NPM_VERSION" "terser@$TERSER_NPM_VERSION"
fi

pids=()
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  log "cargo install trunk $TRUNK_VERSION (about 15 min the first time)"
  # Trunk's own profile (fat LTO, 1 codegen unit) takes 17 min here; a plain release build works as well.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked trunk --version "$TRUNK_VERSION" & pids+=($!)
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # not --locked: its lockfile pins a webpki-roots release the registry does not serve
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" & pids+=($!)
fi
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "cargo install wasm-split-cli $WASM_SPLIT_VERSION"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary & pids+=($!)
fi
for p in "${pids[@]}"; do wait "$p"; done

if [ ! -d tests/e2e/node_modules ] || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  log "npm ci for the e2e suite"
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi

log "done in ${SECONDS}s"
