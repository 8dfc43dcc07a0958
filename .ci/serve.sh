#!/usr/bin/env bash
# Quick start 1: install what is missing, build the app and serve it with the sample courses.
# PORT and ADDRESS override where it listens (default http://127.0.0.1:8080).
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup.sh
source .ci/env.sh
cargo build --locked --bin nour-bundle   # the post-build hook packs public/courses with it
exec trunk serve --release --offline --address "${ADDRESS:-127.0.0.1}" --port "${PORT:-8080}"
