#!/usr/bin/env bash
# Install everything, lint, and run the whole test suite (tests that need ../shared skip
# with a reason when it is absent).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/ruff check src tests benchmarks
.venv/bin/python -m pytest -q "$@"
