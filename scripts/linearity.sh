#!/usr/bin/env bash
# Linearity of every pathological case (tests/common/pathological.rs) in
# instructions, not seconds: callgrind counts the instructions of one
# `transcript_cards::parse` call on the case at SMALL and at 10 × SMALL bytes
# (default 5 MB → 50 MB). Counts do not move with the machine's load, caches
# or page faults, which make the timed table of `cargo bench --bench
# pathological` wander by ±30 % here; a ratio near 10 is linear work.
# Takes about 4 minutes on 2 cores. Needs valgrind.
#
#   scripts/linearity.sh [SMALL] [case name words...]
set -euo pipefail
cd "$(dirname "$0")/.."

small=${1:-5000000}
shift || true
large=$((small * 10))
if ! command -v valgrind >/dev/null; then
  echo "linearity: needs valgrind (apt-get install valgrind)" >&2
  exit 2
fi
bench=$(cargo bench --bench pathological --no-run 2>&1 | sed -n 's/.*Executable benches\/pathological.rs (\(.*\))/\1/p')
# The bench re-runs itself with this set; under valgrind the child would go uncounted.
export MALLOC_MMAP_THRESHOLD_=131072
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

count() { # case-number size → instructions
  local name
  name=$(sed -n "$(($1 + 1))p" "$out/cases")
  valgrind --tool=callgrind --toggle-collect='transcript_cards::parse::parse' \
    --callgrind-out-file=/dev/null "$bench" "$name" --once="$2" 2>&1 |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' >"$out/$1.$2"
}
export -f count
export out bench

"$bench" --list "$@" >"$out/cases"
n=$(wc -l <"$out/cases")
for ((i = 0; i < n; i++)); do printf '%s %s\n%s %s\n' "$i" "$small" "$i" "$large"; done |
  xargs -P "$(nproc)" -n 2 bash -c 'count "$0" "$1"'

printf '%-40s %16s %16s %7s\n' case "instr @$((small / 1000000)) MB" "instr @$((large / 1000000)) MB" ratio
worst=0
for ((i = 0; i < n; i++)); do
  a=$(cat "$out/$i.$small")
  b=$(cat "$out/$i.$large")
  ratio=$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", b / a }')
  worst=$(awk -v w="$worst" -v r="$ratio" 'BEGIN { print (r > w ? r : w) }')
  printf '%-40s %16s %16s %7s\n' "$(sed -n "$((i + 1))p" "$out/cases")" "$a" "$b" "$ratio"
done
echo "worst 10x ratio in instructions: $worst"
