"""Reading the store: search, speakers, one article, totals (export lives in ``export.py``).

Every function takes an open ``Store`` (read-only is enough) and returns rows from ``rows.py``,
so the CLI, JSON output and the web app show the same fields. SQL is plain and parameterised
so the same queries can later run on PostgreSQL.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from quotewatch.errors import StoreError
from quotewatch.model import (
    Article,
    Dateline,
    Entity,
    OffsetMap,
    Page,
    Segment,
    Statement,
)
from quotewatch.store.export import export_statements
from quotewatch.store.rows import ArticleRow, EntityRow, SpeakerRow, StatementRow
from quotewatch.store.speakers import find_speaker_ids
from quotewatch.store.sqlite import STORE_SCHEMA_VERSION, Store, row_id

__all__ = [
    "QueryError",
    "export_statements",
    "fts_query",
    "get_article",
    "get_raw",
    "list_speakers",
    "load_article",
    "search_statements",
    "totals",
]


class QueryError(StoreError):
    """The request itself is invalid: bad FTS syntax in raw mode, a malformed date, an
    ambiguous hash prefix. ``path`` is the offending input, not the database."""


STATEMENT_SELECT = """
SELECT s.id, s.article_id, s.seq, s.text, s.kind, s.cue, s.speaker, s.speaker_kind,
       s.speaker_id, sp.name, s.speaker_mention, s.text_start, s.text_end,
       s.source_start, s.source_end, s.speaker_mention_start, s.speaker_mention_end,
       s.speaker_mention_text_start, s.speaker_mention_text_end, s.confidence,
       a.content_hash, a.title, a.uri, a.url, a.outlet, a.published, a.dateline_text
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id
"""

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$")
_CHUNK = re.compile(r'"([^"]*)"?|([^\s"]+)')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def fts_query(text: str) -> str:
    """User text -> an FTS5 query that cannot be a syntax error.

    Why: people paste quotes with stray quote marks, parentheses, "NEAR", "*", "-" or "AND";
    FTS5 treats those as syntax and raises. Every word run becomes a quoted phrase (so
    operators are plain words), "double-quoted text" stays one phrase, and a trailing ``*``
    keeps its prefix meaning. All terms must match (implicit AND). Returns "" when nothing
    searchable is left.
    """
    parts = []
    text = _CONTROL.sub(" ", text)
    for match in _CHUNK.finditer(text):
        phrase, chunk = match.group(1), match.group(2)
        prefix = chunk is not None and chunk.endswith("*")
        body = phrase if phrase is not None else chunk
        if not re.search(r"\w", body):
            continue
        parts.append('"' + body.replace('"', " ").strip() + '"' + ("*" if prefix else ""))
    return " ".join(parts)


def search_statements(
    store: Store,
    query: str | None = None,
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: float = 0.0,
    limit: int = 50,
    offset: int = 0,
    raw: bool = False,
) -> list[StatementRow]:
    """Statements matching every given filter; best FTS match first, else newest first.

    ``query`` is plain words and "phrases" (see ``fts_query``); ``raw=True`` passes it to FTS5
    as is, and a syntax error then raises ``QueryError``. ``speaker`` matches any alias and
    spelling variant (a surname alone covers everyone with it). ``outlet`` is case-insensitive.
    ``since``/``until`` (YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime, inclusive) compare the
    article's ``published`` value as written, in the outlet's own time zone; articles without a
    publication date are left out whenever a date filter is given: the capture or header date
    is never used in its place.
    """
    joins, params, order = _fts_join(query, raw=raw)
    where: list[str] = ["s.confidence >= ?"]
    params.append(min_confidence)
    if speaker is not None:
        ids = find_speaker_ids(store.conn, speaker)
        if not ids:
            return []
        where.append(f"s.speaker_id IN ({', '.join('?' * len(ids))})")
        params += ids
    if outlet is not None:
        where.append("lower(a.outlet) = lower(?)")
        params.append(outlet)
    _date_filters(since, until, where, params)
    sql = f"{STATEMENT_SELECT}{joins}WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ? OFFSET ?"
    rows = _fetch(store, sql, [*params, limit, offset], raw_query=query if raw else None)
    return _statement_rows(store, rows)


def _fts_join(query: str | None, *, raw: bool) -> tuple[str, list[Any], str]:
    """The FTS join (empty when there is nothing to match), its parameter and the ordering."""
    newest = "a.published DESC NULLS LAST, s.article_id DESC, s.seq"
    match = query if raw else fts_query(query or "")
    if query is None or not match or not match.strip():
        return "", [], newest
    join = (
        "JOIN (SELECT rowid AS fts_id, rank AS fts_rank FROM statements_fts"
        " WHERE statements_fts MATCH ?) m ON m.fts_id = s.id\n"
    )
    return join, [match], "m.fts_rank, " + newest


def _date_filters(
    since: str | None, until: str | None, where: list[str], params: list[Any]
) -> None:
    """Inclusive ISO-prefix comparison: until=2022-02-24 keeps the whole day."""
    for value in (since, until):
        if value is not None and not _DATE.match(value):
            raise QueryError(value, "not a date: use YYYY-MM-DD (or YYYY, YYYY-MM, ISO datetime)")
    if since is not None:
        where.append("a.published IS NOT NULL AND a.published >= ?")
        params.append(since)
    if until is not None:
        where.append("a.published IS NOT NULL AND substr(a.published, 1, ?) <= ?")
        params += [len(until), until]


def list_speakers(store: Store) -> list[SpeakerRow]:
    """Every speaker, most quoted first, with every spelling under which it was named."""
    rows = _fetch(
        store,
        "SELECT sp.id, sp.name, sp.kind, count(s.id), count(DISTINCT s.article_id)"
        " FROM speakers sp LEFT JOIN statements s ON s.speaker_id = sp.id"
        " GROUP BY sp.id, sp.name, sp.kind ORDER BY count(s.id) DESC, sp.name, sp.id",
        [],
    )
    aliases: dict[int, list[str]] = defaultdict(list)
    for speaker_id, alias in _fetch(
        store, "SELECT speaker_id, alias FROM speaker_aliases ORDER BY id", []
    ):
        aliases[speaker_id].append(alias)
    return [
        SpeakerRow(id=r[0], name=r[1], kind=r[2], statements=r[3], articles=r[4],
                   aliases=tuple(aliases[r[0]]))
        for r in rows
    ]  # fmt: skip


def get_article(store: Store, ref: str) -> tuple[ArticleRow, list[StatementRow]] | None:
    """An article and its statements (in order) by id, content-hash prefix, uri or url.

    An ambiguous hash prefix raises ``QueryError``; several articles with one url or uri (the
    page re-captured after an edit) give the most recently stored.
    """
    article_id = _find_article_id(store, ref.strip())
    if article_id is None:
        return None
    row = _fetch(store, f"{_ARTICLE_SELECT} WHERE a.id = ?", [article_id])[0]
    entities = _article_entities(store, article_id)
    article = _article_row(row, entities)
    statements = _fetch(
        store, f"{STATEMENT_SELECT} WHERE s.article_id = ? ORDER BY s.seq", [article_id]
    )
    return article, _statement_rows(store, statements)


def get_raw(store: Store, article_id: int) -> bytes | None:
    """The exact input bytes the article was made from (for provenance and re-processing)."""
    rows = _fetch(
        store, "SELECT compression, raw FROM raw_inputs WHERE article_id = ?", [article_id]
    )
    if not rows:
        return None
    compression, data = rows[0]
    return zlib.decompress(data) if compression == "zlib" else bytes(data)


def load_article(store: Store, ref: str) -> Article | None:
    """Rebuild the model ``Article`` exactly as stored: ``to_dict()`` equals the original's."""
    found = get_article(store, ref)
    if found is None:
        return None
    row, _ = found
    offset_json, dl_start, dl_end = _fetch(
        store, "SELECT offset_map, dateline_start, dateline_end FROM articles WHERE id = ?",
        [row.id],
    )[0]  # fmt: skip
    segments = tuple(Segment(*seg) for seg in json.loads(offset_json))
    dateline = None
    if row.dateline is not None:
        dateline = Dateline(row.dateline, row.dateline_place, row.dateline_agency, dl_start, dl_end)
    page = Page(
        uri=row.uri, input_kind=row.input_kind, input_text=row.input_text,  # type: ignore[arg-type]
        encoding=row.encoding, title=row.title, text=row.text, body_start=row.body_start,
        offsets=OffsetMap(segments), url=row.url, published=row.published,
        page_date=row.page_date, modified=row.modified, captured_at=row.captured_at,
        dateline=dateline, outlet=row.outlet, language=row.language, authors=row.authors,
    )  # fmt: skip
    entities = _model_entities(store, row.id)
    return Article(page, _model_statements(store, row.id), tuple(entities))


def totals(store: Store) -> dict:
    """Counts for a status line or dashboard, plus the span of publication dates."""
    one = _fetch(
        store,
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM statements),"
        " (SELECT count(*) FROM speakers), (SELECT count(*) FROM speaker_aliases),"
        " (SELECT count(*) FROM entities WHERE in_article = 1),"
        " (SELECT count(DISTINCT outlet) FROM articles),"
        " (SELECT min(published) FROM articles), (SELECT max(published) FROM articles)",
        [],
    )[0]
    keys = ("articles", "statements", "speakers", "aliases", "entities", "outlets")
    result: dict[str, Any] = dict(zip(keys, one[:6], strict=True))
    result["published_first"], result["published_last"] = one[6], one[7]
    result["schema_version"] = STORE_SCHEMA_VERSION
    return result


# --- helpers ---------------------------------------------------------------------------------

_ARTICLE_SELECT = """
SELECT a.id, a.content_hash, a.uri, a.url, a.title, a.text, a.body_start, a.published,
       a.page_date, a.modified, a.captured_at, a.dateline_text, a.dateline_place,
       a.dateline_agency, a.outlet, a.language, a.authors, a.input_kind, a.encoding,
       a.media_type, a.ingested_at, r.input_text
FROM articles a LEFT JOIN raw_inputs r ON r.article_id = a.id
"""


def _fetch(
    store: Store, sql: str, params: Sequence[Any], *, raw_query: str | None = None
) -> list[tuple]:
    """Run a read; SQLite errors become typed errors (bad raw FTS syntax names the query)."""
    try:
        return store.conn.execute(sql, list(params)).fetchall()
    except sqlite3.OperationalError as error:
        if raw_query is not None and "locked" not in str(error):
            raise QueryError(raw_query, f"invalid search syntax: {error}") from error
        raise StoreError(store.path, f"query failed: {error}") from error
    except sqlite3.Error as error:
        raise StoreError(store.path, f"query failed: {error}") from error


def _find_article_id(store: Store, ref: str) -> int | None:
    if row_id(ref) is not None:
        rows = _fetch(store, "SELECT id FROM articles WHERE id = ?", [row_id(ref)])
        if rows:
            return rows[0][0]
    if len(ref) >= 4 and re.fullmatch(r"[0-9a-fA-F]+", ref):
        rows = _fetch(
            store, "SELECT id FROM articles WHERE content_hash LIKE ? LIMIT 2", [ref.lower() + "%"]
        )
        if len(rows) > 1:
            raise QueryError(ref, "hash prefix matches several articles: give more characters")
        if rows:
            return rows[0][0]
    rows = _fetch(
        store,
        "SELECT id FROM articles WHERE uri = ? OR url = ? OR uri LIKE ? ESCAPE '\\'"
        " ORDER BY (uri = ? OR url = ?) DESC, id DESC LIMIT 1",
        [ref, ref, "%/" + _like_escape(ref), ref, ref],
    )
    return rows[0][0] if rows else None


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _article_row(row: tuple, entities: tuple[EntityRow, ...]) -> ArticleRow:
    values = list(row)
    values[16] = tuple(json.loads(values[16] or "[]"))
    values[21] = values[21] or ""
    return ArticleRow(*values, entities=entities)


def _article_entities(store: Store, article_id: int) -> tuple[EntityRow, ...]:
    rows = _fetch(
        store,
        "SELECT id, text, label, text_start, text_end FROM entities"
        " WHERE article_id = ? AND in_article = 1 ORDER BY seq",
        [article_id],
    )
    return tuple(EntityRow(*r) for r in rows)


def _statement_entities(store: Store, ids: Iterable[int]) -> dict[int, tuple[EntityRow, ...]]:
    """Entities of many statements in one query (no N+1 for a page of results)."""
    ids = list(ids)
    found: dict[int, list[EntityRow]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        rows = _fetch(
            store,
            "SELECT se.statement_id, e.id, e.text, e.label, e.text_start, e.text_end"
            " FROM statement_entities se JOIN entities e ON e.id = se.entity_id"
            f" WHERE se.statement_id IN ({', '.join('?' * len(chunk))})"
            " ORDER BY se.statement_id, se.seq",
            chunk,
        )
        for r in rows:
            found[r[0]].append(EntityRow(*r[1:]))
    return {k: tuple(v) for k, v in found.items()}


def _statement_rows(store: Store, rows: list[tuple]) -> list[StatementRow]:
    entities = _statement_entities(store, (r[0] for r in rows))
    return [StatementRow(*r, entities=entities.get(r[0], ())) for r in rows]


def _model_entities(store: Store, article_id: int) -> list[Entity]:
    return [Entity(e.text, e.label, e.start, e.end) for e in _article_entities(store, article_id)]


def _model_statements(store: Store, article_id: int) -> tuple[Statement, ...]:
    rows = _fetch(
        store,
        "SELECT id, text, kind, text_start, text_end, cue, speaker_mention,"
        " speaker_mention_text_start, speaker_mention_text_end, speaker, speaker_kind,"
        " confidence FROM statements WHERE article_id = ? ORDER BY seq",
        [article_id],
    )
    entities = _statement_entities(store, (r[0] for r in rows))
    return tuple(
        Statement(
            *r[1:],
            entities=tuple(Entity(e.text, e.label, e.start, e.end) for e in entities.get(r[0], ())),
        )
        for r in rows
    )
