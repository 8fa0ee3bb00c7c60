#!/usr/bin/env bash
# Runs each cargo-fuzz target (fuzz/fuzz_targets/) for SECONDS (default 60),
# one after the other, single process, with the label dictionary and the seed
# corpus, then prints a table of executions and crashes. `make fuzz` calls it
# with FUZZ_SECONDS. Exits 1 when any target crashed, timed out or ran out of
# memory; the input is then in fuzz/artifacts/TARGET/ (see fuzz/README.md).
#
#   scripts/fuzz.sh [SECONDS]
#   FUZZ_TARGETS="parse"  only these targets (default: all of fuzz/fuzz_targets/)
#   FUZZ_SANITIZER=none   or address/leak (those need nightly; RUSTC_BOOTSTRAP=1
#                         lets the stable toolchain take them)
#   FUZZ_MAX_LEN=8192     the longest input tried, in bytes (longer seeds are cut;
#                         the 40-line slices of the seed corpus fit)
#   FUZZ_ARGS="..."       more libFuzzer options (-seed=1, -only_ascii=1, ...)
#
# Only stable Rust is here, so the default is --sanitizer none: no nightly -Z
# flag, while coverage, debug assertions and overflow checks stay on (the
# parser is safe Rust; a panic or an overflow is the crash we look for).
set -euo pipefail
cd "$(dirname "$0")/.."

secs=${1:-60}
case $secs in '' | *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2 ;; esac
sanitizer=${FUZZ_SANITIZER:-none}
max_len=${FUZZ_MAX_LEN:-8192}
targets=${FUZZ_TARGETS:-$(for f in fuzz/fuzz_targets/*.rs; do basename "$f" .rs; done)}

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz from crates.io"
  cargo install --locked cargo-fuzz --version '^0.13'
fi

build=(-O --debug-assertions --sanitizer "$sanitizer")
cargo fuzz build "${build[@]}"
fuzz/seed-corpus.sh

mkdir -p fuzz/artifacts/logs
results=()
failed=0
for t in $targets; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  before=$(mktemp)
  ls "fuzz/artifacts/$t" >"$before"
  log=fuzz/artifacts/logs/$t.log
  echo "fuzz: $t for ${secs}s (log: $log)"
  start=$(date +%s)
  # The first corpus dir collects what the fuzzer finds; the seeds are read only.
  # -timeout: a parse of a few KB taking 10 s is a hang, not slowness.
  # -max_len: small inputs mutate faster; whole transcripts are the seeds'
  # business and the pathological tests' (huge inputs), not the fuzzer's.
  # shellcheck disable=SC2086
  cargo fuzz run "${build[@]}" "$t" "fuzz/corpus/$t" fuzz/corpus/seeds -- \
    -dict=fuzz/labels.dict -max_len="$max_len" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 ${FUZZ_ARGS:-} >"$log" 2>&1 && rc=0 || rc=$?
  took=$(($(date +%s) - start))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  slowest=$(sed -n 's/^stat::slowest_unit_time_sec: *//p' "$log" | tail -1)
  # Peak memory: a parse that keeps memory between calls shows here long
  # before it reaches the -rss_limit_mb of an oom- artifact.
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  found=$(ls "fuzz/artifacts/$t" | grep -E '^(crash|timeout|oom|leak)-' | grep -vxF -f "$before" || true)
  rm -f "$before"
  crashes=$(printf '%s' "$found" | grep -c . || true)
  if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then
    echo "fuzz: $t exited $rc with no artifact; the end of $log:" >&2
    tail -20 "$log" >&2
    crashes="? (exit $rc)"
  fi
  [ "$crashes" = 0 ] || failed=1
  for f in $found; do echo "fuzz: $t found fuzz/artifacts/$t/$f"; done
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  results+=("$t|$took|${execs:-?}|$((${execs:-0} / (took > 0 ? took : 1)))|$corpus|${slowest:-?}|${rss:-?}|$crashes")
done

echo
{
  echo "target|seconds|executions|exec/s|corpus|slowest unit (s)|peak RSS (MB)|crashes"
  printf '%s\n' "${results[@]}"
} | column -t -s '|'
exit $failed
