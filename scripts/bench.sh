#!/usr/bin/env bash
# Whole-program figures for BENCHMARKS.md: throughput on one and two threads over a generated
# archive, and peak memory over a 1 GB archive streamed through JSON Lines.
# Usage: scripts/bench.sh [MB]   (default 1000 for the memory run; the speed runs use 200 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-1000}
cargo build --release --quiet --bin claimex --example news_archive
bin=target/release/claimex
gen=target/release/examples/news_archive
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$gen" --mb 200 > "$work/speed.jsonl" 2>/dev/null
size=$(stat -c %s "$work/speed.jsonl")
for j in 1 2; do
  start=$(date +%s.%N)
  "$bin" extract -q -j "$j" --input-format jsonl --format jsonl "$work/speed.jsonl" > /dev/null
  end=$(date +%s.%N)
  echo "threads=$j: $(python3 -c "print(round($size / 1e6 / ($end - $start), 1))") MB/s of JSON Lines input over $((size / 1000000)) MB"
done

echo
# Peak memory: the archive is generated on the fly and never held anywhere.
if command -v /usr/bin/time > /dev/null; then
  "$gen" --mb "$mb" 2>/dev/null | /usr/bin/time -f "peak RSS over a $mb MB archive: %M KB (%e s)" \
    "$bin" extract -q --input-format jsonl --format jsonl - > /dev/null
else
  echo "install GNU time (apt-get install time) for the peak-memory figure" >&2
fi
