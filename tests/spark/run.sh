#!/usr/bin/env bash
# The Spark integration test: claimex's JSON Lines stream mode under Apache Spark's rdd.pipe(),
# in local mode, against a direct run over the same input (tests/spark/check.py says what is
# checked). Installs PySpark from PyPI into target/spark-venv once and reuses it after.
#
# Usage: tests/spark/run.sh [ARTICLES]     (generated articles, default 3000, plus the corpus)
# Needs: Java 17+ and python3 with venv.
set -euo pipefail
cd "$(dirname "$0")/../.."
articles=${1:-3000}
started=$(date +%s)

cargo build --release --quiet --bin claimex
bin=$PWD/target/release/claimex

venv=target/spark-venv
if ! "$venv/bin/python" -c "import pyspark" 2> /dev/null; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "pyspark>=4,<5"
fi
# The driver and the Python workers must run the same interpreter, the one with PySpark.
export SPARK_LOCAL_IP=${SPARK_LOCAL_IP:-127.0.0.1}
export PYSPARK_PYTHON=$PWD/$venv/bin/python PYSPARK_DRIVER_PYTHON=$PWD/$venv/bin/python

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 tests/spark/make_input.py "$articles" corpus > "$work/input.jsonl"

# The reference: one process over the whole stream. Exit 1 means some line gave an error record.
"$bin" extract -q --input-format jsonl --format jsonl - < "$work/input.jsonl" \
  > "$work/direct.jsonl" 2> "$work/direct.err" || [ $? -eq 1 ]

"$venv/bin/python" tests/spark/pipe_job.py "$work/input.jsonl" "$work/spark.jsonl" "$bin" 8
python3 tests/spark/check.py "$work/input.jsonl" "$work/direct.jsonl" "$work/spark.jsonl"
echo "spark test: $(($(date +%s) - started)) s"
