"""Jinja2 set-up and the small helpers templates use.

Why our own Environment: ``autoescape=True`` for every template whatever its extension (the
Atom feed included), and ``StrictUndefined`` so a typo fails in tests, not silently in a page.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATES = Path(__file__).parent / "templates"
# XML 1.0 forbids these code points; hostile text holding one would break a feed.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def safe_href(url: str | None) -> str | None:
    """The URL if it is http(s), else ``None``: a ``javascript:`` URL must never be a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def link(path: str, params: dict | None = None, **changes: object) -> str:
    """``path`` with ``params`` updated by ``changes`` (``None`` drops a key) as a query string."""
    merged = {k: v for k, v in (params or {}).items() if v not in (None, "")}
    for key, value in changes.items():
        if value in (None, ""):
            merged.pop(key, None)
        else:
            merged[key] = value
    query = urlencode({k: str(v) for k, v in merged.items()})
    return f"{path}?{query}" if query else path


def xml_text(value: object) -> str:
    return _XML_INVALID.sub("\ufffd", "" if value is None else str(value))


def day(value: str | None) -> str:
    """The date part of an ISO timestamp, for compact lists."""
    return (value or "")[:10]


def bars(histogram: list[dict], width: int = 640, height: int = 120) -> list[dict]:
    """Geometry for an SVG bar chart: one bar per bucket, scaled to the tallest."""
    if not histogram:
        return []
    peak = max(item["count"] for item in histogram) or 1
    step = min(width / len(histogram), 48.0)  # one bucket must not fill the whole chart
    out = []
    for i, item in enumerate(histogram):
        h = max(1.0, (height - 16) * item["count"] / peak)
        out.append(
            {
                **item,
                "x": round(i * step + 1, 2),
                "w": round(max(step - 2, 1), 2),
                "y": round(height - h, 2),
                "h": round(h, 2),
            }
        )
    return out


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(link=link, safe_href=safe_href, bars=bars)
    env.filters.update(day=day, xml_text=xml_text)
    return env


ENV = _environment()


def render(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
    html = ENV.get_template(name).render({"request": request, **context})
    return HTMLResponse(html, status_code=status)


def render_text(name: str, context: dict) -> str:
    return ENV.get_template(name).render(context)
