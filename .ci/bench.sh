#!/usr/bin/env bash
# The benchmark: installs what is missing, builds the release, measures it and writes
# BENCHMARKS.md. Not part of the tests (timings vary with the machine). RUNS=N changes the runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
source .ci/env.sh
cargo build --locked --bin nour-bundle
trunk build --release --offline
node tests/e2e/bench/report.mjs dist --runs "${RUNS:-5}"
