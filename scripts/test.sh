#!/usr/bin/env bash
# Runs every test of claimex, from a fresh machine: the README's test command, and what .ci/run
# calls. Installs anything later tests need before running them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --all-targets
cargo test --doc
# The pathological inputs at their full 10 MB, in release (the suite above runs them at 1 MB).
cargo test --release --test main pathological -- --ignored
# Apache Spark: the JSON Lines stream mode under rdd.pipe(), against a direct run (installs
# PySpark from PyPI into target/spark-venv on first use).
tests/spark/run.sh
