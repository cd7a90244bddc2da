"""source_from_bytes(): a page handed over in memory, under the same limits as a file."""

from __future__ import annotations

import pytest

from quotewatch.errors import UnreadableSource
from quotewatch.model import Source
from quotewatch.sources import MAX_PAGE_BYTES, decode, source_from_bytes


def test_a_str_is_stored_as_utf8_and_decodes_back_to_itself() -> None:
    page = "Лукашенко заявил:\r\n«Мы готовы».\n"
    source = source_from_bytes(page, uri="api", url="https://example.org/a")
    assert source == Source(raw=page.encode("utf-8"), uri="api", url="https://example.org/a")
    assert decode(source.raw, uri=source.uri) == (page, "utf-8")


def test_bytes_are_kept_unchanged_and_the_media_type_left_to_detection() -> None:
    raw = "Привет".encode("koi8-r")
    source = source_from_bytes(raw)
    assert (source.raw, source.uri, source.media_type) == (raw, "<input>", None)


def test_a_page_over_the_cap_is_refused_by_name() -> None:
    with pytest.raises(UnreadableSource, match=r"^big: too large"):
        source_from_bytes(b"x" * (MAX_PAGE_BYTES + 1), uri="big")


def test_a_str_with_a_lone_surrogate_is_unreadable_not_a_crash() -> None:
    with pytest.raises(UnreadableSource, match="lone surrogate"):
        source_from_bytes("bad \ud800 text")


def test_anything_but_text_or_bytes_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        source_from_bytes(42)  # type: ignore[arg-type]
