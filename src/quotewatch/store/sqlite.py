"""Opening the SQLite store: create it, recognise it, refuse anything else.

Why so strict: ``quotewatch ingest --db x.db`` pointed at someone's unrelated database must not
add tables to it, and a read-only ``serve`` must never be able to write.
"""

from __future__ import annotations

import re
import sqlite3
from importlib import resources
from pathlib import Path
from types import TracebackType

from quotewatch.errors import StoreError
from quotewatch.model import Article, Source

STORE_SCHEMA_VERSION = 1
APPLICATION_ID = 0x51574154  # "QWAT"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_BUSY_TIMEOUT_MS = 10_000


class Store:
    """An open quotewatch database: one connection, one writer.

    Use ``open_store``; the store is a context manager and closes its connection on exit.
    """

    def __init__(self, path: str, conn: sqlite3.Connection, *, readonly: bool):
        self.path = path
        self.conn = conn
        self.readonly = readonly

    def add(self, article: Article, source: Source) -> bool:
        """Store one article in one transaction; ``False`` when it is already stored.

        Nothing is half-written: any error rolls the whole article back and is re-raised
        (SQLite errors as ``StoreError`` naming the input, so a batch can report and go on).
        """
        if self.readonly:
            raise StoreError(self.path, "opened read-only: cannot add articles")
        from quotewatch.store.writer import add_article

        return add_article(self, article, source)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def row_id(text: str) -> int | None:
    """``text`` as a row id, or None: ASCII digits only ("²".isdigit() is true, and int()
    rejects it) and at most 18 of them, always inside SQLite's 64-bit integers."""
    text = text.strip()
    return int(text) if re.fullmatch(r"[0-9]{1,18}", text) else None


def open_store(path: str | Path, *, readonly: bool = False) -> Store:
    """Open (or, unless ``readonly``, create) the quotewatch database at ``path``.

    ``":memory:"`` gives a throwaway store (tests, one-off extraction). Read-only stores open
    with ``mode=ro`` and ``query_only``, so even raw SQL on ``store.conn`` cannot write.

    Raises ``StoreError`` when the file is missing in read-only mode, is not SQLite, is
    another application's database, or has a newer schema than this version understands.
    """
    name = str(path)
    _check_file(Path(path), name, readonly=readonly)
    try:
        conn = _connect(Path(path), readonly=readonly)
    except sqlite3.Error as error:
        raise StoreError(name, f"cannot open database: {error}") from error
    try:
        _prepare(conn, name, readonly=readonly)
    except BaseException:
        conn.close()
        raise
    return Store(name, conn, readonly=readonly)


def _check_file(path: Path, name: str, *, readonly: bool) -> None:
    """Refuse early what SQLite would accept lazily (it opens any file and fails later)."""
    if not path.exists():
        if readonly:
            raise StoreError(name, "no such database")
        return
    if path.is_dir():
        raise StoreError(name, "is a directory, not a database")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as error:
        raise StoreError(name, f"cannot read: {error.strerror or error}") from error
    if head and head != _SQLITE_MAGIC:
        raise StoreError(name, "not a SQLite database")


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """Autocommit connection: transactions are explicit (BEGIN IMMEDIATE ... COMMIT)."""
    if readonly:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _prepare(conn: sqlite3.Connection, name: str, *, readonly: bool) -> None:
    """Check the file is ours (creating the schema in an empty file), then set pragmas."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StoreError(name, f"not a usable SQLite database: {error}") from error
    if tables == 0 and app_id == 0:
        if readonly:
            raise StoreError(name, "empty database: not a quotewatch store yet")
        _create_schema(conn, name)
    elif app_id != APPLICATION_ID:
        raise StoreError(name, "not a quotewatch database (another application's SQLite file)")
    elif version > STORE_SCHEMA_VERSION:
        raise StoreError(
            name, f"store schema {version} is newer than this quotewatch ({STORE_SCHEMA_VERSION})"
        )
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    else:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")


def _create_schema(conn: sqlite3.Connection, name: str) -> None:
    script = resources.files("quotewatch.store").joinpath("schema.sql").read_text("utf-8")
    try:
        conn.executescript(script)
    except sqlite3.Error as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError(name, f"cannot create the quotewatch schema: {error}") from error
