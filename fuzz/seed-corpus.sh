#!/usr/bin/env bash
# Builds the fuzzers' seed corpus, fuzz/corpus/seeds/ (gitignored), from
#   ../shared/corpus/*/*.txt     the real transcripts, whole and in 40-line slices
#   tests/fixtures/*.txt         one file per tricky case
#   tests/fuzz-regressions/*     inputs the fuzzers once found interesting
# Files are named by the SHA-1 of their content, as libFuzzer names its own,
# so running this again adds nothing twice. scripts/fuzz.sh calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

seeds=fuzz/corpus/seeds
mkdir -p "$seeds"

add() { # add FILE: copy FILE into the seeds under its content hash
  local sum
  sum=$(sha1sum "$1" | cut -d' ' -f1)
  [ -e "$seeds/$sum" ] || cp "$1" "$seeds/$sum"
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

shopt -s nullglob
shared=(../shared/corpus/*/*.txt)
if [ ${#shared[@]} -eq 0 ]; then
  echo "seed-corpus: ../shared/corpus is not beside the repository; seeding from tests only" >&2
fi
for f in "${shared[@]}"; do
  add "$f"
  # Slices: small inputs mutate faster, and each starts somewhere new.
  rm -f "$tmp"/slice.*
  split -l 40 "$f" "$tmp/slice."
  for s in "$tmp"/slice.*; do add "$s"; done
done
for f in tests/fixtures/*.txt tests/fuzz-regressions/*; do
  [ -s "$f" ] && add "$f"
done
echo "seed-corpus: $(find "$seeds" -type f | wc -l) seeds in $seeds"
