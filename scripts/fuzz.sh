#!/usr/bin/env bash
# Runs the cargo-fuzz targets (fuzz/) for a set time each, in parallel, one per core, and prints
# what each did. A crash leaves its input in fuzz/artifacts/TARGET/; keep it as a regression test
# (tests/pathological.rs) once fixed. Logs go to fuzz/logs/TARGET.log.
#
# Usage: scripts/fuzz.sh SECONDS [TARGET...]      (targets: pipeline numbers; default both)
#
# Works on stable Rust: cargo-fuzz needs nightly-only flags (-Zsanitizer=address), which
# RUSTC_BOOTSTRAP=1 lets the stable compiler accept.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:?usage: scripts/fuzz.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pipeline numbers)

command -v cargo-fuzz > /dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1

# Build once, so that the parallel runs do not fight over the build lock.
for t in "${targets[@]}"; do
  cargo fuzz build "$t"
done

mkdir -p fuzz/logs
pids=()
for t in "${targets[@]}"; do
  # Seed each corpus with the real articles: mutations of news reach deeper than noise does.
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  cp corpus/*.txt corpus/*.md "fuzz/corpus/$t/" 2> /dev/null || true
  cargo fuzz run "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$secs" -max_len=20000 -timeout=10 -rss_limit_mb=2048 \
    -dict=fuzz/news.dict -print_final_stats=1 > "fuzz/logs/$t.log" 2>&1 &
  pids+=($!)
done

status=0
for i in "${!targets[@]}"; do
  t=${targets[$i]}
  if wait "${pids[$i]}"; then result=ok; else result="FAILED"; status=1; fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "fuzz/logs/$t.log" | grep -o '[0-9]*$' || true)
  if [ -z "$execs" ]; then
    # A crash ends the run before the final stats: take the last progress line instead.
    execs=$(grep -o '^#[0-9]*' "fuzz/logs/$t.log" | tail -1 | tr -d '#' || true)
  fi
  echo "fuzz: $t: ${secs} s, ${execs:-?} executions, $result"
  if [ "$result" != ok ]; then
    grep -m1 -A3 'panicked at\|ERROR: libFuzzer\|ERROR: AddressSanitizer' "fuzz/logs/$t.log" || true
    grep 'Test unit written to' "fuzz/logs/$t.log" || true
  fi
done
exit $status
