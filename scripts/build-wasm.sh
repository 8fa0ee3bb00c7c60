#!/usr/bin/env bash
# Builds the wasm glue (feature "wasm") with wasm-pack (--target web: an ES
# module the page imports, no bundler), twice, each tuned for where it goes
# (Cargo.toml's profiles, both the release profile's LTO, then wasm-opt):
#   www/pkg/           for speed (wasm-speed: opt-level 3, wasm-opt -O3). What
#                      the page, the element served from www/ and the archive's
#                      parse workers load (a parse takes about two thirds of the
#                      time of the size build; the wasm is about 24 KB larger gzipped).
#   target/wasm-small/ for size (wasm-small: opt-level z, wasm-opt -Oz). What
#                      scripts/dist/build.mjs inlines in the one-file builds,
#                      which have a size budget.
# wasm-opt is npm's binaryen (node_modules/.bin; Debian's older binaryen breaks
# modern output).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x node_modules/.bin/wasm-opt ]; then
  echo "build-wasm: node_modules/.bin/wasm-opt is missing; run scripts/setup-browser.sh (npm ci)" >&2
  exit 1
fi
export PATH="$PWD/node_modules/.bin:$PATH"

# build PROFILE OUT_DIR WASM_OPT_LEVEL
build() {
  wasm-pack --log-level warn build --profile "$1" --no-opt --target web --out-dir "$2" --no-pack -- --features wasm
  wasm-opt "$3" --enable-bulk-memory --enable-nontrapping-float-to-int "$2/transcript_cards_bg.wasm" -o "$2/transcript_cards_bg.wasm"
}
build wasm-speed www/pkg -O3
build wasm-small target/wasm-small -Oz
# wasm-pack writes a .gitignore of '*' into its out dirs; both are ignored at the top already.
ls -l www/pkg/*.wasm www/pkg/*.js target/wasm-small/*.wasm | awk '{ printf "build-wasm: %8d bytes  %s\n", $5, $9 }'
