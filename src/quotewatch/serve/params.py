"""Reading filters and paging from a query string, leniently for HTML and strictly for the API.

Why lenient for HTML: a form submits empty fields (``since=``); a page should ignore them, not
answer 422. The API declares typed parameters instead (see ``api.py``) so OpenAPI describes them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated

from fastapi import Path

from quotewatch.serve.queries import Filters

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_OFFSET = 100_000  # deeper than this, narrow the search (or use the CSV/JSONL export)
KINDS = ("direct", "indirect", "mixed", "headline")
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_DATE = re.compile(DATE_PATTERN)
_MAX_TEXT = 300
RowId = Annotated[int, Path(ge=0, le=2**63 - 1)]  # SQLite's integer range: no 500 on 10**20


def _text(params: Mapping[str, str], name: str) -> str | None:
    value = " ".join(params.get(name, "").split())[:_MAX_TEXT]
    return value or None


def _date(params: Mapping[str, str], name: str) -> str | None:
    value = _text(params, name)
    return value if value and _DATE.match(value) else None


def filters_from(params: Mapping[str, str]) -> Filters:
    """Filters from a query string; values that make no sense are dropped, never an error."""
    kind = _text(params, "kind")
    return Filters(
        q=_text(params, "q") or "",
        speaker=_text(params, "speaker"),
        outlet=_text(params, "outlet"),
        since=_date(params, "since"),
        until=_date(params, "until"),
        entity=_text(params, "entity"),
        language=_text(params, "language"),
        kind=kind if kind in KINDS else None,
    )


def page_from(params: Mapping[str, str]) -> int:
    """The 1-based page number, clamped to what ``MAX_OFFSET`` allows."""
    try:
        page = int(params.get("page", "1"))
    except ValueError:
        page = 1
    return max(1, min(page, MAX_OFFSET // PAGE_SIZE + 1))


def sort_from(params: Mapping[str, str]) -> str:
    return "oldest" if params.get("sort") == "oldest" else "newest"


def by_from(params: Mapping[str, str]) -> str:
    return params.get("by") if params.get("by") in ("week", "month") else "month"
