"""The JSON API under ``/api/``: the same queries as the pages, typed for ``/openapi.json``.

Pagination is by ``offset``/``limit`` with a hard cap (``MAX_PAGE_SIZE``) and a deepest offset
(``MAX_OFFSET``); each answer gives ``next_offset`` (null on the last page). Bulk downloads go
through the streamed ``/search.jsonl`` instead.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from quotewatch.serve import queries, schemas
from quotewatch.serve.params import DATE_PATTERN, MAX_OFFSET, MAX_PAGE_SIZE, PAGE_SIZE, RowId
from quotewatch.serve.queries import Filters

_ERROR = {"model": schemas.ErrorOut}
router = APIRouter(
    prefix="/api",
    tags=["api"],
    responses={422: _ERROR, 503: {**_ERROR, "description": "query too slow: narrow it"}},
)
NOT_FOUND = {404: _ERROR}

Text = Annotated[str | None, Query(max_length=300)]
Day = Annotated[
    str | None,
    Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"),
]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]


def search_filters(
    q: Annotated[str, Query(max_length=500, description='words, "a phrase", prefix*')] = "",
    speaker: Annotated[
        str | None, Query(max_length=300, description="a speaker id, or a name")
    ] = None,
    outlet: Text = None,
    since: Day = None,
    until: Day = None,
    entity: Text = None,
    language: Text = None,
    kind: Literal["direct", "indirect", "mixed", "headline"] | None = None,
) -> Filters:
    """The search filters, shared by every statement list."""
    return Filters(
        q=q,
        speaker=speaker,
        outlet=outlet,
        since=since,
        until=until,
        entity=entity,
        language=language,
        kind=kind,
    )


SearchFilters = Annotated[Filters, Depends(search_filters)]


def _next(offset: int, limit: int, got: int, total: int | None = None) -> int | None:
    more = offset + got < total if total is not None else got == limit
    nxt = offset + limit
    return nxt if more and nxt <= MAX_OFFSET else None


@router.get("/search", response_model=schemas.StatementPage)
def search(
    request: Request,
    filters: SearchFilters,
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
    sort: Literal["newest", "oldest"] = "newest",
) -> dict:
    """Statements matching a full-text query and filters, newest first by default."""
    db = request.app.state.db
    with db.connect() as conn:
        labels = db.labels(conn)
        items = queries.search(conn, filters, limit=limit, offset=offset, sort=sort, labels=labels)
        total, exact = queries.count(conn, filters, labels)
    return {
        "total": total,
        "total_exact": exact,
        "offset": offset,
        "limit": limit,
        "next_offset": _next(offset, limit, len(items), total),
        "items": items,
    }


@router.get("/facets", response_model=schemas.Facets)
def facets(request: Request, filters: SearchFilters) -> dict:
    """Counts per speaker, outlet, language, kind and entity, and matches per month."""
    db = request.app.state.db
    with db.connect() as conn:
        return queries.facets(conn, filters, db.labels(conn))


@router.get(
    "/statements/{statement_id}", response_model=schemas.StatementDetail, responses=NOT_FOUND
)
def statement(request: Request, statement_id: RowId) -> dict:
    """A statement, its article, the article's other statements, and repeats elsewhere."""
    with request.app.state.db.connect() as conn:
        row = queries.statement(conn, statement_id)
        if row is None:
            raise HTTPException(404, f"No statement {statement_id}.")
        siblings = queries.article_statements(conn, row["article_id"])
        return {
            "statement": row,
            "article": queries.article(conn, row["article_id"]),
            "others": [s for s in siblings if s["id"] != row["id"]],
            "repeats": queries.repeats(conn, row),
        }


@router.get("/articles/{article_id}", response_model=schemas.ArticleDetail, responses=NOT_FOUND)
def article(request: Request, article_id: RowId) -> dict:
    """An article with its text, metadata and statements (``quotes``, as in extract --json)."""
    with request.app.state.db.connect() as conn:
        found = queries.article(conn, article_id)
        if found is None:
            raise HTTPException(404, f"No article {article_id}.")
        return {"article": found, "quotes": queries.article_statements(conn, article_id)}


@router.get("/speakers", response_model=schemas.SpeakerList)
def speakers(request: Request, limit: Limit = PAGE_SIZE, offset: Offset = 0) -> dict:
    """Speakers, most quoted first."""
    with request.app.state.db.connect() as conn:
        items = queries.list_speakers(conn, limit=limit, offset=offset)
    return _listing(items, limit, offset)


def _listing(items: list[dict], limit: int, offset: int) -> dict:
    nxt = _next(offset, limit, len(items))
    return {"offset": offset, "limit": limit, "next_offset": nxt, "items": items}


@router.get("/speakers/{speaker_id}", response_model=schemas.SpeakerDetail, responses=NOT_FOUND)
def speaker(
    request: Request,
    speaker_id: RowId,
    by: Literal["month", "week"] = "month",
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> dict:
    """A speaker's names, timeline, most mentioned entities and latest statements."""
    db = request.app.state.db
    filters = Filters(speaker=str(speaker_id))
    with db.connect() as conn:
        found = queries.speaker(conn, speaker_id)
        if found is None:
            raise HTTPException(404, f"No speaker {speaker_id}.")
        labels = db.labels(conn)
        return {
            "speaker": found,
            "timeline": queries.timeline(conn, filters, by, labels),
            "entities": queries.top_entities(conn, filters, labels),
            "latest": queries.search(conn, filters, limit=limit, offset=offset, labels=labels),
        }


@router.get("/outlets", response_model=schemas.OutletList)
def outlets(request: Request, limit: Limit = PAGE_SIZE, offset: Offset = 0) -> dict:
    """Outlets, most statements first."""
    with request.app.state.db.connect() as conn:
        return _listing(queries.list_outlets(conn, limit=limit, offset=offset), limit, offset)


@router.get("/outlets/{name:path}", response_model=schemas.OutletDetail, responses=NOT_FOUND)
def outlet(
    request: Request,
    name: Annotated[str, Path(max_length=300)],
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> dict:
    """An outlet: its speakers, entities, statements per month and latest statements."""
    db = request.app.state.db
    with db.connect() as conn:
        found = queries.outlet(conn, name)
        if found is None:
            raise HTTPException(404, "No such outlet.")
        return {"outlet": found, **_profile(conn, db, Filters(outlet=name), limit, offset)}


def _profile(conn, db, filters: Filters, limit: int, offset: int) -> dict:
    labels = db.labels(conn)
    return {
        "facets": queries.facets(conn, filters, labels),
        **dict(zip(("total", "total_exact"), queries.count(conn, filters, labels), strict=True)),
        "latest": queries.search(conn, filters, limit=limit, offset=offset, labels=labels),
    }


@router.get("/entities", response_model=schemas.EntityList)
def entities(request: Request, limit: Limit = PAGE_SIZE, offset: Offset = 0) -> dict:
    """Entities, most often mentioned in statements first."""
    with request.app.state.db.connect() as conn:
        return _listing(queries.list_entities(conn, limit=limit, offset=offset), limit, offset)


@router.get("/entities/{name:path}", response_model=schemas.EntityDetail, responses=NOT_FOUND)
def entity(
    request: Request,
    name: Annotated[str, Path(max_length=300)],
    limit: Limit = PAGE_SIZE,
    offset: Offset = 0,
) -> dict:
    """An entity: who talks about it, in which outlets, when, and the latest statements."""
    db = request.app.state.db
    with db.connect() as conn:
        found = queries.entity(conn, name, db.labels(conn))
        if found is None:
            raise HTTPException(404, "No such entity.")
        return {"entity": found, **_profile(conn, db, Filters(entity=name), limit, offset)}


@router.get("/totals", response_model=schemas.Totals)
def totals(request: Request) -> dict:
    """Corpus totals: articles, statements, speakers, outlets, first and last publication."""
    with request.app.state.db.connect() as conn:
        return queries.totals(conn)
