"""Downloads behind every list: CSV and JSONL (streamed), and searches as Atom feeds.

Why streamed with a connection of its own: an export of a million statements must not sit in
memory, and the response iterator hops between worker threads. Why the CSV cells that start
with ``= + - @`` get a leading apostrophe: spreadsheets run such cells as formulas, and the
text comes from untrusted pages (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from quotewatch.serve import queries
from quotewatch.serve.params import filters_from
from quotewatch.serve.templating import link, render_text

router = APIRouter(include_in_schema=False)

EXPORT_ROW_CAP = 1_000_000
FEED_SIZE = 50
STATEMENT_FIELDS = (
    "id", "published", "outlet", "speaker_canonical", "speaker", "speaker_id", "speaker_kind",
    "speaker_mention", "cue", "kind", "text", "confidence", "title", "url", "uri", "dateline",
    "language", "article_id", "article_hash", "seq", "start", "end", "source_start",
    "source_end", "speaker_mention_start", "speaker_mention_end",
    "speaker_mention_text_start", "speaker_mention_text_end", "entities",
)  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A value safe to open in a spreadsheet; lists become ``text (LABEL); ...``."""
    if isinstance(value, list):
        value = "; ".join(f"{e['text']} ({e['label']})" for e in value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_lines(rows: Iterable[dict], fields: tuple[str, ...]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(fields)
    for n, row in enumerate(rows):
        writer.writerow([csv_cell(row.get(f)) for f in fields])
        if n % 200 == 0:
            yield _drain(buffer)
    yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def _jsonl_lines(rows: Iterable[dict], fields: tuple[str, ...]) -> Iterator[str]:
    """Lines in batches: each chunk the server sends costs a hop between threads."""
    batch = []
    for row in rows:
        batch.append(json.dumps({f: row.get(f) for f in fields}, ensure_ascii=False) + "\n")
        if len(batch) == 200:
            yield "".join(batch)
            batch = []
    yield "".join(batch)


def _stream(
    request: Request, fmt: str, name: str, fields: tuple[str, ...], fetch: Callable
) -> StreamingResponse:
    """Stream ``fetch(conn)`` rows as CSV or JSONL from a dedicated read-only connection."""
    db = request.app.state.db

    def rows() -> Iterator[dict]:
        with db.dedicated() as conn:
            yield from fetch(conn, db)

    lines = _csv_lines(rows(), fields) if fmt == "csv" else _jsonl_lines(rows(), fields)
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    return StreamingResponse(lines, media_type=media, headers=headers)


@router.get("/search.{fmt}")
def search_export(request: Request, fmt: str) -> Response:
    if fmt == "atom":
        return _atom(request)
    _check_format(fmt)
    filters = filters_from(request.query_params)

    def fetch(conn, db):
        return queries.iter_search(conn, filters, limit=EXPORT_ROW_CAP, labels=db.labels(conn))

    return _stream(request, fmt, "statements", STATEMENT_FIELDS, fetch)


def _check_format(fmt: str) -> None:
    from fastapi import HTTPException

    if fmt not in ("csv", "jsonl"):
        raise HTTPException(404, "Exports come as .csv, .jsonl or (for searches) .atom.")


def _all_pages(lister: Callable) -> Callable:
    def fetch(conn, db):
        offset = 0
        while rows := lister(conn, limit=1000, offset=offset):
            yield from rows
            offset += len(rows)

    return fetch


_LISTS = {
    "speakers": (("id", "name", "kind", "statements"), queries.list_speakers),
    "outlets": (
        ("name", "articles", "statements", "first_published", "last_published"),
        queries.list_outlets,
    ),
    "entities": (("name", "label", "statements"), queries.list_entities),
}


@router.get("/speakers.{fmt}")
@router.get("/outlets.{fmt}")
@router.get("/entities.{fmt}")
def list_export(request: Request, fmt: str) -> Response:
    _check_format(fmt)
    name = request.url.path.strip("/").split(".")[0]
    fields, lister = _LISTS[name]
    return _stream(request, fmt, name, fields, _all_pages(lister))


def _atom(request: Request) -> Response:
    """The newest ``FEED_SIZE`` matches of a saved search, for a feed reader."""
    db = request.app.state.db
    filters = filters_from(request.query_params)
    with db.connect() as conn:
        rows = queries.search(conn, filters, limit=FEED_SIZE, labels=db.labels(conn))
    for row in rows:
        row["atom_updated"] = atom_time(row["published"])
    base = str(request.base_url)
    params = filters.params()
    body = render_text(
        "feed.atom",
        {
            "title": filters.q or "all statements",
            "rows": rows,
            "base_url": base,
            "self_url": base.rstrip("/") + link("/search.atom", params),
            "html_url": base.rstrip("/") + link("/search", params),
            "updated": max((r["atom_updated"] for r in rows), default=atom_time(None)),
        },
    )
    return Response(body, media_type="application/atom+xml; charset=utf-8")


def atom_time(published: str | None) -> str:
    """An RFC 3339 time for Atom: the publication time when it parses, else now."""
    if published:
        try:
            when = datetime.fromisoformat(published)
        except ValueError:
            when = None
        if when is not None:
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            return when.isoformat()
    return datetime.now(UTC).replace(microsecond=0).isoformat()
