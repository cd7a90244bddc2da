"""JSON Lines files (plain or gzipped): one page per line, each bad line reported on its own.

A line is a JSON object with the page in ``html``, ``raw`` or ``text`` (checked in that order:
a crawl record often carries both the HTML and an extracted ``text``, and the HTML is the page
as published), and optionally ``url`` and ``captured_at`` (or ``crawl_date``). JSON holds text,
not bytes, so the page is stored as its UTF-8 encoding and the media type says so.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from quotewatch.errors import UnreadableSource
from quotewatch.model import Source
from quotewatch.sources.limits import MAX_JSONL_LINE_BYTES, MAX_PAGE_BYTES, too_large

LOGGER = logging.getLogger(__name__)

# Page fields in order of preference, with the media type each one implies.
PAGE_FIELDS: tuple[tuple[str, str | None], ...] = (
    ("html", "text/html; charset=utf-8"),
    ("raw", None),
    ("text", "text/plain; charset=utf-8"),
)
CAPTURE_FIELDS = ("captured_at", "crawl_date")

# Long lines are read in pieces of this size while skipping them, to bound memory.
_SKIP_CHUNK = 1024 * 1024

Opener = Callable[[Path], BinaryIO]


def iter_jsonl(path: Path, opener: Opener) -> Iterator[Source | UnreadableSource]:
    """Every page line as a Source; a bad line as an UnreadableSource named ``file:line``."""
    name = str(path)
    lineno = 0
    try:
        with opener(path) as stream:
            for lineno, line in enumerate(_bounded_lines(stream), start=1):
                if line is None:
                    yield UnreadableSource(f"{name}:{lineno}", "line too long for one page")
                elif line.strip():
                    yield _line_source(line, f"{name}:{lineno}")
    except (OSError, EOFError, zlib.error) as error:
        where = f"after line {lineno}" if lineno else "at the start"
        yield UnreadableSource(name, f"cannot read {where}: {_reason(error)}")


def _bounded_lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Lines of at most ``MAX_JSONL_LINE_BYTES``; None stands for a longer line, skipped."""
    while line := stream.readline(MAX_JSONL_LINE_BYTES + 1):
        if len(line) > MAX_JSONL_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _line_source(line: bytes, uri: str) -> Source | UnreadableSource:
    try:
        record = json.loads(line)
    except ValueError as error:
        return UnreadableSource(uri, f"not valid JSON: {error}")
    if not isinstance(record, dict):
        return UnreadableSource(uri, f"expected a JSON object, got {type(record).__name__}")
    try:
        return _record_source(record, uri)
    except ValueError as error:
        return UnreadableSource(uri, str(error))


def _record_source(record: dict, uri: str) -> Source | UnreadableSource:
    found = next(((f, m) for f, m in PAGE_FIELDS if record.get(f) is not None), None)
    if found is None:
        return UnreadableSource(uri, "no 'html', 'raw' or 'text' field with the page")
    field, media_type = found
    page = _string(record, field) or ""
    try:
        raw = page.encode("utf-8")
    except UnicodeEncodeError:
        return UnreadableSource(uri, f"'{field}' is not valid Unicode (lone surrogate)")
    if len(raw) > MAX_PAGE_BYTES:
        return too_large(uri, len(raw))
    captured = next((_string(record, f) for f in CAPTURE_FIELDS if record.get(f)), None)
    return Source(
        raw=raw,
        uri=uri,
        url=_string(record, "url"),
        captured_at=captured,
        media_type=media_type,
    )


def _string(record: dict, field: str) -> str | None:
    """A field that must be a string when present; why strict: a number or list there means
    the line is not what the user thinks it is, and silently dropping it would hide that."""
    value = record.get(field)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"'{field}' must be a string, got {type(value).__name__}")
    return value


def _reason(error: BaseException) -> str:
    if isinstance(error, EOFError):
        return "compressed file is truncated (ends before the end-of-stream marker)"
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
