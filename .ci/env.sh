# Sourced by the scripts in .ci/: puts the pinned tools first on PATH and keeps Trunk offline.
export PATH="$PWD/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
