#!/usr/bin/env bash
# Builds the wasm glue (feature "wasm") with wasm-pack (--target web: an ES
# module the page imports, no bundler), twice, each tuned for where it goes
# (a Cargo.toml profile, both with the release profile's LTO, then wasm-opt):
#   www/pkg/           for speed (release: opt-level 3, wasm-opt -O3, and
#                      128-bit SIMD, so that memchr's line, byte and substring
#                      searches use it: parseTranscriptJson about a tenth
#                      faster; every current browser runs it, Safari from 16.4).
#                      What the page, the element served from www/ and the
#                      archive's parse workers load (a parse takes about two
#                      thirds of the time of the size build; the wasm is about
#                      24 KB larger gzipped).
#   target/pkg-small/  for size (wasm-small: opt-level z, wasm-opt -Oz). What
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

# build OUT_DIR WASM_OPT_LEVEL TARGET_FEATURES PROFILE_FLAGS...
# (The features go to rustc through cargo's per-target flags: the two
# profiles build in directories of their own, so neither rebuilds the other.)
build() {
  local out=$1 level=$2 features=$3
  shift 3
  local opt=(--enable-bulk-memory --enable-nontrapping-float-to-int)
  local flags=""
  if [ -n "$features" ]; then
    flags="-C target-feature=$features"
    opt+=(--enable-simd)
  fi
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$flags" \
    wasm-pack --log-level warn build "$@" --no-opt --target web --out-dir "$out" --no-pack -- --features wasm
  wasm-opt "$level" "${opt[@]}" "$out/transcript_cards_bg.wasm" -o "$out/transcript_cards_bg.wasm"
}
build www/pkg -O3 +simd128 --release
build target/pkg-small -Oz "" --profile wasm-small
# wasm-pack writes a .gitignore of '*' into its out dirs; both are ignored at the top already.
ls -l www/pkg/*.wasm www/pkg/*.js target/pkg-small/*.wasm | awk '{ printf "build-wasm: %8d bytes  %s\n", $5, $9 }'
