"""Writing one article: everything in one transaction, or nothing.

Why one transaction per article: a crash or a bad record in a batch of 10,000 pages must leave
every earlier article complete and no statement without its article, speaker or FTS row.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from quotewatch.errors import StoreError
from quotewatch.model import Article, Entity, Source, Statement
from quotewatch.store.speakers import record_mention_alias, resolve_speaker

if TYPE_CHECKING:
    from quotewatch.store.sqlite import Store

EntityKey = tuple[str, str, int, int]
# Errors caused by the article's data (a constraint, a lone surrogate, an int too large for
# SQLite): reported against the input so a batch goes on. Anything else is a bug and propagates.
_DATA_ERRORS = (sqlite3.Error, UnicodeError, OverflowError)


def content_hash(source: Source) -> str:
    """The article's identity: sha256 of the exact input bytes."""
    return hashlib.sha256(source.raw).hexdigest()


def text_hash(article: Article, source: Source) -> str:
    """Second identity: the same URL with the same text is the same article re-captured."""
    url = article.page.url or source.url or ""
    return hashlib.sha256(f"{url}\n{article.page.text}".encode()).hexdigest()


def add_article(store: Store, article: Article, source: Source) -> bool:
    """Insert ``article`` and its provenance; ``False`` (and no change) if already stored."""
    conn = store.conn
    hashes = (content_hash(source), text_hash(article, source))
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise StoreError(source.uri, f"cannot start a transaction: {error}") from error
    try:
        added = _write(conn, article, source, hashes)
        conn.execute("COMMIT" if added else "ROLLBACK")
    except BaseException as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(error, _DATA_ERRORS):
            raise StoreError(source.uri, f"cannot store article: {error}") from error
        raise
    return added


def _write(
    conn: sqlite3.Connection, article: Article, source: Source, hashes: tuple[str, str]
) -> bool:
    if _already_stored(conn, *hashes):
        return False
    article_id = _insert_article(conn, article, source, hashes)
    _insert_raw(conn, article_id, article, source, hashes[0])
    entity_ids = _insert_entities(conn, article_id, article)
    statement_ids = _insert_statements(conn, article_id, article)
    _insert_statement_entities(conn, article.statements, statement_ids, entity_ids)
    return True


def _already_stored(conn: sqlite3.Connection, content: str, text: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM articles WHERE content_hash = ? OR text_hash = ? LIMIT 1", (content, text)
    ).fetchone()
    return row is not None


def _insert_article(
    conn: sqlite3.Connection, article: Article, source: Source, hashes: tuple[str, str]
) -> int:
    page = article.page
    dl = page.dateline
    offset_map = [[s.start, s.source_start, s.length] for s in page.offsets.segments]
    cur = conn.execute(
        "INSERT INTO articles (content_hash, text_hash, uri, url, title, text, body_start,"
        " published, page_date, modified, captured_at, dateline_text, dateline_place,"
        " dateline_agency, dateline_start, dateline_end, outlet, language, authors, input_kind,"
        " encoding, media_type, offset_map, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            *hashes,
            page.uri,
            page.url or source.url,
            page.title,
            page.text,
            page.body_start,
            page.published,
            page.page_date,
            page.modified,
            page.captured_at or source.captured_at,
            dl.text if dl else None,
            dl.place if dl else None,
            dl.agency if dl else None,
            dl.start if dl else None,
            dl.end if dl else None,
            page.outlet,
            page.language,
            json.dumps(list(page.authors), ensure_ascii=False),
            page.input_kind,
            page.encoding,
            source.media_type,
            json.dumps(offset_map),
            datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        ),
    )
    return int(cur.lastrowid or 0)


def _insert_raw(
    conn: sqlite3.Connection, article_id: int, article: Article, source: Source, sha: str
) -> None:
    conn.execute(
        "INSERT INTO raw_inputs (article_id, sha256, size, compression, raw, input_text)"
        " VALUES (?, ?, ?, 'zlib', ?, ?)",
        (article_id, sha, len(source.raw), zlib.compress(source.raw, 6), article.page.input_text),
    )


def _entity_key(entity: Entity) -> EntityKey:
    return (entity.text, entity.label, entity.start, entity.end)


def _insert_entities(
    conn: sqlite3.Connection, article_id: int, article: Article
) -> dict[EntityKey, int]:
    """Article entities first (in order), then any only a statement lists (``in_article=0``)."""
    ids: dict[EntityKey, int] = {}
    extra = [e for s in article.statements for e in s.entities]
    rows = [(e, 1) for e in article.entities] + [(e, 0) for e in extra]
    for seq, (entity, in_article) in enumerate(rows):
        key = _entity_key(entity)
        if key in ids and not in_article:
            continue
        cur = conn.execute(
            "INSERT INTO entities (article_id, seq, text, label, text_start, text_end, in_article)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (article_id, seq, *key, in_article),
        )
        ids.setdefault(key, int(cur.lastrowid or 0))
    return ids


def _insert_statements(conn: sqlite3.Connection, article_id: int, article: Article) -> list[int]:
    offsets = article.page.offsets
    ids = []
    for seq, s in enumerate(article.statements):
        speaker_id = resolve_speaker(conn, s.speaker, s.speaker_kind) if s.speaker else None
        if speaker_id is not None and s.speaker_mention:
            record_mention_alias(conn, speaker_id, s.speaker, s.speaker_mention)
        src_start, src_end, *mention_src = offsets.statement_to_source(s)
        cur = conn.execute(
            "INSERT INTO statements (article_id, seq, text, kind, cue, speaker_id, speaker,"
            " speaker_kind, speaker_mention, text_start, text_end, source_start, source_end,"
            " speaker_mention_start, speaker_mention_end, speaker_mention_text_start,"
            " speaker_mention_text_end, confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id, seq, s.text, s.kind, s.cue, speaker_id, s.speaker, s.speaker_kind,
                s.speaker_mention, s.start, s.end, src_start, src_end, *mention_src,
                s.speaker_mention_start, s.speaker_mention_end, s.confidence,
            ),
        )  # fmt: skip
        ids.append(int(cur.lastrowid or 0))
    return ids


def _insert_statement_entities(
    conn: sqlite3.Connection,
    statements: tuple[Statement, ...],
    statement_ids: list[int],
    entity_ids: dict[EntityKey, int],
) -> None:
    for statement, statement_id in zip(statements, statement_ids, strict=True):
        for seq, entity in enumerate(statement.entities):
            conn.execute(
                "INSERT INTO statement_entities (statement_id, entity_id, seq)"
                " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                (statement_id, entity_ids[_entity_key(entity)], seq),
            )
