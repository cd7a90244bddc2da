"""The web app: ``create_app(db_path)`` builds it, ``serve(db_path, host, port)`` runs it.

Everything read from the database is untrusted article text. Hence: Jinja2 autoescape on every
template, a Content-Security-Policy that allows no inline script, parameterised SQL only, a
read-only database, and a generic error page that never shows a stack trace.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from quotewatch.serve import api, exports, pages, upload
from quotewatch.serve.db import Database, QueryTimeout
from quotewatch.serve.templating import render

LOGGER = logging.getLogger(__name__)
HERE = Path(__file__).parent

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def create_app(db_path: str, *, write_token: str | None = None) -> FastAPI:
    """The app over the store at ``db_path`` (opened read-only; ``StoreError`` if unusable).

    With a ``write_token``, ``POST /api/ingest`` accepts pages from holders of that token;
    without one the route does not exist and the app never writes.
    """
    app = FastAPI(
        title="quotewatch",
        summary="Who said what, when, where and in which outlet: search and export.",
        version="1",
        docs_url=None,  # Swagger UI needs inline script and a CDN: neither fits the CSP
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db = Database(db_path)
    app.state.write_token = write_token
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    if write_token:
        app.include_router(upload.make_router(db_path, write_token))
    app.include_router(exports.router)
    app.include_router(pages.router)
    _install_safety(app)
    return app


def _install_safety(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(QueryTimeout, _timeout)
    app.add_exception_handler(Exception, _internal_error)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def _error(request: Request, status: int, title: str, message: str) -> Response:
    """An error answer with the security headers set here too: a 500 skips the middleware."""
    if _wants_json(request):
        response: Response = JSONResponse({"error": title, "detail": message}, status_code=status)
    else:
        response = render(request, "error.html", {"title": title, "message": message}, status)
    response.headers.update(SECURITY_HEADERS)
    return response


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    titles = {404: "Not found", 405: "Method not allowed", 400: "Bad request"}
    title = titles.get(exc.status_code, "Error")
    message = exc.detail if isinstance(exc.detail, str) else title
    response = _error(request, exc.status_code, title, message)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
    if _wants_json(request):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse({"error": "Invalid request", "detail": errors}, status_code=422)
    return _error(request, 422, "Invalid request", "Some parameters were not understood.")


async def _timeout(request: Request, exc: QueryTimeout) -> Response:
    return _error(request, 503, "Too slow", "The query took too long: narrow your search.")


async def _internal_error(request: Request, exc: Exception) -> Response:
    LOGGER.exception("error serving %s", request.url.path, exc_info=exc)
    return _error(request, 500, "Something went wrong", "The error was logged on the server.")


def serve(
    db_path: str, host: str = "127.0.0.1", port: int = 8000, *, write_token: str | None = None
) -> None:
    """Run the app with uvicorn until interrupted; binds loopback unless told otherwise."""
    import uvicorn

    app = create_app(db_path, write_token=write_token)
    uvicorn.run(app, host=host, port=port, log_level="info")
