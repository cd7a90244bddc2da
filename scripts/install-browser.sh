#!/usr/bin/env bash
# Install what the browser tests (pytest -m browser, tests/serve/) need: Debian's chromium and
# Playwright for Python in .venv. Playwright drives /usr/bin/chromium directly, so its own
# browser download (`playwright install`) is never run. Idempotent: when both are present it
# only checks and exits in well under a second.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python

if [ ! -x /usr/bin/chromium ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

if ! "$PY" -c "import playwright" 2>/dev/null; then
    "$PY" -m pip install --quiet "playwright>=1.40"
fi

/usr/bin/chromium --version 2>/dev/null  # Debian's wrapper warns about its own env tests
"$PY" -c "from importlib.metadata import version; print('playwright', version('playwright'))"
