#!/usr/bin/env bash
# Builds the wasm glue (feature "wasm") with wasm-pack (--target web: an ES
# module the page imports, no bundler), twice, each tuned for where it goes:
#   www/pkg/           for speed: opt-level 3, then wasm-opt -O3. What the page,
#                      the element served from www/ and the archive's parse
#                      workers load (a parse takes about two thirds of the time
#                      of the size build; the wasm is about 24 KB larger gzipped).
#   target/wasm-small/ for size: opt-level z, then wasm-opt -Oz (Cargo.toml's
#                      wasm-pack metadata). What scripts/dist/build.mjs inlines
#                      in the one-file builds, which have a size budget.
# Both on top of the release profile's LTO; the size build compiles in
# target/size, so neither build undoes the other's cache. wasm-opt is npm's binaryen
# (node_modules/.bin; Debian's older binaryen breaks modern output).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/wasm-opt ]; then
  echo "build-wasm: node_modules/.bin/wasm-opt is missing; run scripts/setup-browser.sh (npm ci)" >&2
  exit 1
fi
export PATH="$PWD/node_modules/.bin:$PATH"
FEATURES=(--enable-bulk-memory --enable-nontrapping-float-to-int)

CARGO_PROFILE_RELEASE_OPT_LEVEL=3 wasm-pack --log-level warn build --release --no-opt --target web --out-dir www/pkg --no-pack -- --features wasm
wasm-opt -O3 "${FEATURES[@]}" www/pkg/transcript_cards_bg.wasm -o www/pkg/transcript_cards_bg.wasm

CARGO_TARGET_DIR=target/size CARGO_PROFILE_RELEASE_OPT_LEVEL=z wasm-pack --log-level warn build --release --target web --out-dir target/wasm-small --no-pack -- --features wasm
# wasm-pack writes a .gitignore of '*' into its out dirs; both are ignored at the top already.
ls -l www/pkg/*.wasm www/pkg/*.js target/wasm-small/*.wasm | awk '{ printf "build-wasm: %8d bytes  %s\n", $5, $9 }'
