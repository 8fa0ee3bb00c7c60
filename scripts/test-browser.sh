#!/usr/bin/env bash
# The browser tests: the wasm glue's wasm-bindgen tests in headless Chromium,
# then the end-to-end suite (node --test + playwright-core driving Debian's
# Chromium) against www/ served on 127.0.0.1 by each test file's own server.
# Builds www/pkg, dist/ and the CLI first (the JSON export is checked against it).
# Needs what scripts/setup-browser.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
target_dir="${CARGO_TARGET_DIR:-target}"

echo "== wasm glue: wasm-bindgen tests in headless Chromium"
# Without --features wasm: tests/wasm_glue.rs compiles src/wasm.rs itself.
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}" \
  cargo test --target wasm32-unknown-unknown --test wasm_glue

echo "== build: www/pkg, dist/ and the CLI"
scripts/build-wasm.sh
node scripts/dist/build.mjs
cargo build --quiet --release --bin transcript-cards
scripts/build-sample.sh

echo "== end to end: playwright-core + node --test"
mkdir -p test-results
TC_CLI="$target_dir/release/transcript-cards" \
  node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/
echo "screenshots: test-results/*.png"
