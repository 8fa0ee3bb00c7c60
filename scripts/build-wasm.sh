#!/usr/bin/env bash
# Builds the wasm glue (feature "wasm") into www/pkg/ with wasm-pack
# (--target web: an ES module the page imports, no bundler), tuned for size:
# opt-level z on top of the release profile's LTO, then wasm-opt -Oz from npm's
# binaryen (node_modules/.bin; Debian's older binaryen breaks modern output).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/wasm-opt ]; then
  echo "build-wasm: node_modules/.bin/wasm-opt is missing; run scripts/setup-browser.sh (npm ci)" >&2
  exit 1
fi
export PATH="$PWD/node_modules/.bin:$PATH"
export CARGO_PROFILE_RELEASE_OPT_LEVEL=z

wasm-pack --log-level warn build --release --target web --out-dir www/pkg --no-pack -- --features wasm
# wasm-pack writes a .gitignore of '*' into its out dir; www/pkg is ignored at the top already.
ls -l www/pkg/*.wasm www/pkg/*.js | awk '{ printf "build-wasm: %8d bytes  %s\n", $5, $9 }'
