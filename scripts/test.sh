#!/usr/bin/env bash
# Install everything, lint, and run the whole test suite. Tests that need the development
# corpora in ../shared skip with a reason when it is absent. The browser tests need Debian's
# chromium: installed here (apt, as root or with sudo); outside CI a machine where that is
# impossible still runs every other test, and the browser tests say why they skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
if [ -n "${CI:-}" ]; then
    bash scripts/install-browser.sh
else
    bash scripts/install-browser.sh || echo "chromium could not be installed: browser tests will skip"
fi
.venv/bin/ruff check src tests benchmarks
.venv/bin/python -m pytest -q "$@"
