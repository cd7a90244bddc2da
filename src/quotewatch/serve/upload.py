"""``POST /api/ingest``: add one page over HTTP, only when the server was given a write token.

Why this shape: the page goes through the project's own pipeline (``pipeline.extract_source``,
the same as ``quotewatch ingest``) and the store's own writer (``Store.add``), never a copy of
them. Reading stays on read-only connections; the one writable connection lives only for the
duration of an upload, behind a lock, because SQLite has a single writer. The token is compared
with ``hmac.compare_digest`` so its value cannot be guessed from response times.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Request
from starlette.concurrency import run_in_threadpool

from quotewatch.errors import QuotewatchError
from quotewatch.serve import schemas
from quotewatch.sources import MAX_PAGE_BYTES

_WRITE_LOCK = threading.Lock()


def make_router(db_path: str, token: str) -> APIRouter:
    """The upload route, bound to ``db_path`` and ``token``; absent when no token is set."""
    router = APIRouter(prefix="/api", tags=["write"])

    @router.post(
        "/ingest",
        response_model=schemas.Ingested,
        status_code=201,
        responses={
            401: {"model": schemas.ErrorOut},
            413: {"model": schemas.ErrorOut},
            422: {"model": schemas.ErrorOut},
        },
    )
    async def ingest(
        request: Request,
        authorization: Annotated[str | None, Header()] = None,
        url: Annotated[str | None, Query(max_length=2000)] = None,
    ) -> dict:
        """Extract and store the page in the request body (HTML or plain text, as bytes).

        Send ``Authorization: Bearer <token>``. Returns the article id and whether it was new
        (the same page twice is stored once).
        """
        _check_token(authorization, token)
        body = await _read_limited(request)
        return await run_in_threadpool(_ingest, db_path, body, url)

    return router


def _check_token(authorization: str | None, token: str) -> None:
    scheme, _, given = (authorization or "").partition(" ")
    ok = scheme.lower() == "bearer" and hmac.compare_digest(given.encode(), token.encode())
    if not ok:
        raise HTTPException(401, "A valid write token is required.", {"WWW-Authenticate": "Bearer"})


async def _read_limited(request: Request) -> bytes:
    """The body, refusing more than ``MAX_PAGE_BYTES`` without reading it all into memory."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_PAGE_BYTES:
            raise HTTPException(413, f"A page may be at most {MAX_PAGE_BYTES:,} bytes.")
        chunks.append(chunk)
    body = b"".join(chunks)
    if not body.strip():
        raise HTTPException(422, "The request body is empty: send the page itself.")
    return body


def _ingest(db_path: str, body: bytes, url: str | None) -> dict:
    from quotewatch.pipeline import extract_source
    from quotewatch.sources import source_from_bytes
    from quotewatch.store import open_store
    from quotewatch.store.writer import content_hash, text_hash

    sha = hashlib.sha256(body).hexdigest()
    try:
        source = source_from_bytes(body, uri=f"upload:{sha[:16]}", url=url)
        article = extract_source(source)
        with _WRITE_LOCK, open_store(db_path) as store:
            added = store.add(article, source)
            row = store.conn.execute(
                "SELECT id FROM articles WHERE content_hash = ? OR text_hash = ?",
                [content_hash(source), text_hash(article, source)],
            ).fetchone()
    except QuotewatchError as error:
        raise HTTPException(422, error.reason) from error
    return {
        "article_id": row[0] if row else None,
        "added": added,
        "statements": len(article.statements),
        "title": article.page.title,
    }
