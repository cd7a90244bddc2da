#!/usr/bin/env bash
# Install everything, ingest the bundled sample pages into quotewatch-demo.db, and print what
# was found: the statements with their speakers, then the speakers with their aliases.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
DB=${DB:-quotewatch-demo.db}
.venv/bin/quotewatch ingest samples/pages --db "$DB"
.venv/bin/quotewatch quotes --db "$DB" --limit 30
.venv/bin/quotewatch speakers --db "$DB"
