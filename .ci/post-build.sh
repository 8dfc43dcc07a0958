#!/usr/bin/env bash
# Trunk post_build hook: runs in the project root with TRUNK_STAGING_DIR set.
set -euo pipefail
staging="${TRUNK_STAGING_DIR:?run by trunk}"
cli="${NOUR_BUNDLE_BIN:-target/debug/nour-bundle}"
if [ ! -x "$cli" ]; then
  echo "post-build: $cli is missing; build it with: cargo build --bin nour-bundle" >&2
  exit 1
fi
"$cli" pack public/courses/*/ --out "$staging/catalog"
# First the CSP work (boot script out of the HTML, style hashes, _headers), then the precache
# list, which must see the final index.html and the boot file.
node .ci/harden.mjs "$staging"
node .ci/precache.mjs "$staging"
