#!/usr/bin/env bash
# Runs every test of claimex, from a fresh machine: the README's test command, and what .ci/run
# calls. Installs anything later tests need before running them.
set -euo pipefail
cd "$(dirname "$0")/.."

# The review page is tested in a headless browser: Debian's chromium, installed when missing.
if [ -z "${CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "scripts/test.sh: installing chromium for the browser test" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
        echo "scripts/test.sh: /usr/bin/chromium is missing and cannot be installed here" \
            "(needs root and apt-get); install Debian's chromium or set CHROMIUM" >&2
    fi
fi

cargo test --all-targets
cargo test --doc
