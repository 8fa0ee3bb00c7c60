#!/usr/bin/env bash
# Writes each sample's parse beside it (www/samples/NAME.json: the CLI's
# JSON, the very shape the wasm gives the page), so the cards page shows its
# sample before the parser has arrived. Needs the CLI built (make cli).
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${CARGO_TARGET_DIR:-target}/release/transcript-cards"
for f in www/samples/*.txt; do
  "$bin" parse --compact "$f" > "${f%.txt}.json"
done
