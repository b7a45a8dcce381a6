#!/usr/bin/env bash
# Runs every test of claimex, from a fresh machine: the README's test command, and what .ci/run
# calls. Installs anything later tests need before running them.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --all-targets
cargo test --doc
