"""The store stage: articles, statements, speakers and provenance in SQLite (FTS5-indexed).

Write with ``open_store(path).add(article, source)`` (one transaction per article, idempotent);
read with the query functions, which return the frozen rows in ``rows.py``.
"""

from quotewatch.store.export import ExportFormat, export_statements
from quotewatch.store.queries import (
    QueryError,
    fts_query,
    get_article,
    get_raw,
    list_speakers,
    load_article,
    search_statements,
    totals,
)
from quotewatch.store.rows import ArticleRow, EntityRow, SpeakerRow, StatementRow
from quotewatch.store.sqlite import STORE_SCHEMA_VERSION, Store, open_store

__all__ = [
    "STORE_SCHEMA_VERSION",
    "ArticleRow",
    "EntityRow",
    "ExportFormat",
    "QueryError",
    "SpeakerRow",
    "StatementRow",
    "Store",
    "export_statements",
    "fts_query",
    "get_article",
    "get_raw",
    "list_speakers",
    "load_article",
    "open_store",
    "search_statements",
    "totals",
]
