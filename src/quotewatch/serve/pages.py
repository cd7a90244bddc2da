"""HTML pages: overview, search, statement in context, speaker, entity and outlet.

Each page calls the same query functions as its JSON twin under ``/api/`` (datasette's habit:
one query, several renderings) and links to its CSV/JSONL exports.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from quotewatch.serve import queries
from quotewatch.serve.params import (
    PAGE_SIZE,
    RowId,
    by_from,
    filters_from,
    page_from,
    sort_from,
)
from quotewatch.serve.queries import Filters
from quotewatch.serve.templating import link, render
from quotewatch.store.sqlite import row_id

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _db(request: Request):
    return request.app.state.db


def _twin(response: HTMLResponse, api_url: str) -> HTMLResponse:
    """Point to the page's JSON twin, as datasette does: ``Link: <...>; rel="alternate"``."""
    response.headers["Link"] = f'<{api_url}>; rel="alternate"; type="application/json"'
    return response


@router.get("/")
def overview(request: Request) -> HTMLResponse:
    db = _db(request)
    with db.connect() as conn:
        context = db.memo(conn, "overview", lambda: _overview(conn))
    return render(request, "index.html", context)


def _overview(conn) -> dict:
    return {
        "totals": queries.totals(conn),
        "speakers": queries.list_speakers(conn, limit=10),
        "outlets": queries.list_outlets(conn, limit=10),
    }


@router.get("/search")
def search(request: Request) -> HTMLResponse:
    db = _db(request)
    params = request.query_params
    filters = filters_from(params)
    page, sort = page_from(params), sort_from(params)
    with db.connect() as conn:
        labels = db.labels(conn)
        rows = queries.search(
            conn, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, sort=sort, labels=labels
        )
        total, exact = queries.count(conn, filters, labels)
        facets = queries.facets(conn, filters, labels)
        speaker_label = _speaker_label(conn, filters)
    context = {
        "filters": filters,
        "params": filters.params(),
        "rows": rows,
        "total": total,
        "exact": exact,
        "facets": facets,
        "page": page,
        "pages": max(1, -(-total // PAGE_SIZE)),
        "sort": sort,
        "speaker_label": speaker_label,
    }
    return _twin(render(request, "search.html", context), link("/api/search", filters.params()))


def _speaker_label(conn, filters: Filters) -> str | None:
    number = row_id(filters.speaker) if filters.speaker else None
    if number is None:
        return filters.speaker
    found = queries.speaker(conn, number)
    return found["name"] if found else filters.speaker


@router.get("/statements/{statement_id}")
def statement(request: Request, statement_id: RowId) -> HTMLResponse:
    with _db(request).connect() as conn:
        row = queries.statement(conn, statement_id)
        if row is None:
            raise HTTPException(404, f"No statement {statement_id}.")
        article = queries.article(conn, row["article_id"])
        others = [
            s for s in queries.article_statements(conn, row["article_id"]) if s["id"] != row["id"]
        ]
        repeats = queries.repeats(conn, row)
    context = {
        "row": row,
        "article": article,
        "pieces": marked_text(article["text"], row),
        "others": others,
        "repeats": repeats,
        "first_seen": _first_seen(row, repeats),
        "repeated_by": sorted({r["outlet"] for r in repeats if r["outlet"]}),
    }
    return _twin(render(request, "statement.html", context), f"/api/statements/{statement_id}")


def marked_text(text: str, row: dict) -> list[tuple[str | None, str]]:
    """The article text cut into (css class, piece) runs: the statement and its speaker mention.

    Why pieces: the template escapes each one, so the highlight cannot open a door for markup.
    """
    spans = [(row["start"], row["end"], "statement")]
    m_start, m_end = row["speaker_mention_text_start"], row["speaker_mention_text_end"]
    if m_start is not None and m_end is not None:
        spans.append((m_start, m_end, "mention"))
    pieces: list[tuple[str | None, str]] = []
    pos = 0
    for start, end, cls in sorted(spans):
        if start < pos or not 0 <= start <= end <= len(text):
            continue  # overlapping or out of range: show the text plainly rather than guess
        pieces += [(None, text[pos:start]), (cls, text[start:end])]
        pos = end
    pieces.append((None, text[pos:]))
    return [(cls, piece) for cls, piece in pieces if piece]


def _first_seen(row: dict, repeats: list[dict]) -> dict:
    dated = [r for r in [row, *repeats] if r["published"]]
    return min(dated, key=lambda r: r["published"]) if dated else row


@router.get("/speakers")
def speakers(request: Request) -> HTMLResponse:
    page = page_from(request.query_params)
    db = _db(request)
    with db.connect() as conn:
        rows = db.memo(
            conn, f"speakers:{page}", lambda: _page_of(queries.list_speakers, conn, page)
        )
    return render(request, "speakers.html", _listing(rows, page))


def _page_of(lister, conn, page: int) -> list[dict]:
    """One page of a corpus-wide ranking, plus one row to tell whether there is a next page."""
    return lister(conn, limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE)


def _listing(rows: list[dict], page: int) -> dict:
    return {"rows": rows[:PAGE_SIZE], "page": page, "more": len(rows) > PAGE_SIZE}


@router.get("/speakers/{speaker_id}")
def speaker(request: Request, speaker_id: RowId) -> HTMLResponse:
    db, params = _db(request), request.query_params
    page, by = page_from(params), by_from(params)
    filters = Filters(speaker=str(speaker_id))
    with db.connect() as conn:
        found = queries.speaker(conn, speaker_id)
        if found is None:
            raise HTTPException(404, f"No speaker {speaker_id}.")
        labels = db.labels(conn)
        context = {
            "speaker": found,
            "timeline": queries.timeline(conn, filters, by, labels),
            "entities": queries.top_entities(conn, filters, labels),
            "rows": queries.search(
                conn, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, labels=labels
            ),
        }
    context.update(params=filters.params(), page=page, by=by, scan=queries.PROFILE_SCAN_LIMIT)
    context["pages"] = max(1, -(-found["statements"] // PAGE_SIZE))
    return _twin(render(request, "speaker.html", context), f"/api/speakers/{speaker_id}")


@router.get("/entities")
def entities(request: Request) -> HTMLResponse:
    page = page_from(request.query_params)
    db = _db(request)
    with db.connect() as conn:
        rows = db.memo(
            conn, f"entities:{page}", lambda: _page_of(queries.list_entities, conn, page)
        )
    return render(request, "entities.html", _listing(rows, page))


@router.get("/entities/{name:path}")
def entity(request: Request, name: str) -> HTMLResponse:
    db = _db(request)
    filters = Filters(entity=name)
    with db.connect() as conn:
        labels = db.labels(conn)
        found = queries.entity(conn, name, labels)
        if found is None:
            raise HTTPException(404, "No such entity.")
        context = _profile(conn, request, filters, labels)
    page = render(request, "entity.html", {"entity": found, **context})
    return _twin(page, f"/api/entities/{quote(name, safe='')}")


def _profile(conn, request: Request, filters: Filters, labels: tuple[str, ...]) -> dict:
    """What entity and outlet pages share: facets, a histogram and the latest statements."""
    page = page_from(request.query_params)
    total, exact = queries.count(conn, filters, labels)
    return {
        "exact": exact,
        "facets": queries.facets(conn, filters, labels),
        "rows": queries.search(
            conn, filters, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, labels=labels
        ),
        "params": filters.params(),
        "total": total,
        "page": page,
        "pages": max(1, -(-total // PAGE_SIZE)),
    }


@router.get("/outlets")
def outlets(request: Request) -> HTMLResponse:
    page = page_from(request.query_params)
    db = _db(request)
    with db.connect() as conn:
        rows = db.memo(conn, f"outlets:{page}", lambda: _page_of(queries.list_outlets, conn, page))
    return render(request, "outlets.html", _listing(rows, page))


@router.get("/outlets/{name:path}")
def outlet(request: Request, name: str) -> HTMLResponse:
    db = _db(request)
    filters = Filters(outlet=name)
    with db.connect() as conn:
        found = queries.outlet(conn, name)
        if found is None:
            raise HTTPException(404, "No such outlet.")
        context = _profile(conn, request, filters, db.labels(conn))
    page = render(request, "outlet.html", {"outlet": found, **context})
    return _twin(page, f"/api/outlets/{quote(name, safe='')}")
