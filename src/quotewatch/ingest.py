"""Batch ingest: read many inputs, extract them over all cores, store each in its own transaction.

The store is written from this one process only (SQLite has one writer); workers only parse.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from quotewatch.errors import QuotewatchError
from quotewatch.pipeline import Outcome, process
from quotewatch.sources import iter_sources
from quotewatch.store import open_store

LOGGER = logging.getLogger(__name__)


@dataclass
class IngestSummary:
    """Counts for the user, and every failure as ``path: reason``."""

    pages: int = 0
    added: int = 0
    already_present: int = 0
    statements: int = 0
    failures: list[str] = field(default_factory=list)

    def describe(self, db_path: str) -> str:
        return (
            f"{self.pages} page(s): {self.added} added ({self.statements} statements), "
            f"{self.already_present} already in {db_path}, {len(self.failures)} failed"
        )


def ingest_paths(
    paths: Iterable[str | Path],
    db_path: str | Path,
    *,
    workers: int | None = None,
    progress: bool = False,
) -> IngestSummary:
    """Ingest every page under ``paths``; a failure is recorded and the batch goes on."""
    summary = IngestSummary()
    with open_store(db_path) as store:
        outcomes = process(iter_sources(paths), workers=workers)
        for outcome in tqdm(outcomes, unit="page", disable=not progress, leave=False):
            summary.pages += 1
            _record(store, outcome, summary)
    return summary


def _record(store, outcome: Outcome | QuotewatchError, summary: IngestSummary) -> None:
    if isinstance(outcome, QuotewatchError):
        summary.failures.append(str(outcome))
        return
    if outcome.error is not None:
        summary.failures.append(str(outcome.error))
        return
    try:
        added = store.add(outcome.article, outcome.source)
    except QuotewatchError as error:
        summary.failures.append(str(error))
        return
    if added:
        summary.added += 1
        summary.statements += len(outcome.article.statements)
    else:
        summary.already_present += 1
