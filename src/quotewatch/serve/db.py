"""Read-only database access for the web app: one connection per thread, every query timed.

Why per thread: FastAPI runs sync routes in a thread pool, and a SQLite connection is cheapest
reused by the thread that made it. Why a time limit: a search over a huge corpus must fail
with "narrow your search" rather than hold a worker for minutes (datasette's sqlite_timelimit).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from quotewatch.serve import queries
from quotewatch.store.sqlite import Store, open_store

T = TypeVar("T")
QUERY_TIME_LIMIT_S = 2.0
EXPORT_TIME_LIMIT_S = 120.0
_PROGRESS_STEPS = 5_000
_LABELS_TTL_S = 30.0


class QueryTimeout(Exception):
    """A query ran past its time limit and was interrupted."""


class Database:
    """The store at ``path``, opened read-only (``file:...?mode=ro``, ``query_only``)."""

    def __init__(self, path: str):
        self.path = path
        open_store(path, readonly=True).close()  # fail at start-up, not on the first request
        self._local = threading.local()
        self._labels: tuple[tuple[str, ...], float] = ((), 0.0)
        self._memo: dict[str, tuple[tuple, object]] = {}
        self._memo_lock = threading.Lock()

    def _store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.path, readonly=True)
            self._local.store = store
        return store

    @contextmanager
    def connect(self, time_limit: float = QUERY_TIME_LIMIT_S) -> Iterator[sqlite3.Connection]:
        """This thread's connection, interrupted after ``time_limit`` seconds of work."""
        conn = self._store().conn
        _limit(conn, time_limit)
        try:
            yield conn
        except sqlite3.OperationalError as error:
            if "interrupted" in str(error):
                raise QueryTimeout(str(error)) from error
            raise
        finally:
            conn.set_progress_handler(None, 0)

    @contextmanager
    def dedicated(self, time_limit: float = EXPORT_TIME_LIMIT_S) -> Iterator[sqlite3.Connection]:
        """A connection of its own, for a streamed export that outlives one thread hop."""
        store = open_store(self.path, readonly=True)
        _limit(store.conn, time_limit)
        try:
            yield store.conn
        finally:
            store.close()

    def memo(self, conn: sqlite3.Connection, name: str, compute: Callable[[], T]) -> T:
        """``compute()`` once per version of the data: corpus-wide lists change only on ingest.

        Why: ranking every speaker or outlet reads the whole table (about a second at a
        million statements); the overview page must not pay that on every visit. The version
        is the newest article, statement and speaker id, which any ingest moves.
        """
        version = conn.execute(
            "SELECT (SELECT max(id) FROM articles), (SELECT max(id) FROM statements),"
            " (SELECT max(id) FROM speakers)"
        ).fetchone()
        with self._memo_lock:
            hit = self._memo.get(name)
        if hit is not None and hit[0] == version:
            return hit[1]  # type: ignore[return-value]
        value = compute()
        with self._memo_lock:
            if len(self._memo) > 256:
                self._memo.clear()
            self._memo[name] = (version, value)
        return value

    def labels(self, conn: sqlite3.Connection) -> tuple[str, ...]:
        """Entity labels, cached briefly: they change only when new kinds of entity arrive."""
        labels, at = self._labels
        if time.monotonic() - at > _LABELS_TTL_S:
            labels = queries.entity_labels(conn)
            self._labels = (labels, time.monotonic())
        return labels


def _limit(conn: sqlite3.Connection, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _PROGRESS_STEPS)
