"""WARC inputs: HTML response records become Sources with URL and capture time.

The small WARCs here are synthetic, built in the test with FastWARC; the one real Common Crawl
file is read from ../shared when present.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from fastwarc.warc import WarcRecordType

from quotewatch.errors import UnreadableSource
from quotewatch.model import Source
from quotewatch.sources import decode, iter_sources

BODY = b"<html><body><p>The minister said talks would go on.</p></body></html>"


def test_an_html_response_record_is_a_source_with_url_and_capture_time(
    write_warc, warc_record, http_response
) -> None:
    path = write_warc(
        "crawl.warc",
        warc_record(http_response(BODY), "https://example.org/news/1", "uuid:0001"),
    )
    (source,) = iter_sources([path])
    assert source == Source(
        raw=BODY,
        uri=f"{path}#urn:uuid:0001",
        url="https://example.org/news/1",
        captured_at="2022-02-24T10:15:00Z",
        media_type="text/html; charset=utf-8",
    )


def test_requests_non_html_and_non_2xx_responses_are_skipped(
    write_warc, warc_record, http_response
) -> None:
    request = warc_record(
        b"GET / HTTP/1.1\r\n\r\n", "https://e.org/", "u:1", WarcRecordType.request
    )
    image = warc_record(http_response(b"\x89PNG", "image/png"), "https://e.org/a.png", "u:2")
    missing = warc_record(
        http_response(b"<p>gone</p>", status="404 Not Found"), "https://e.org/x", "u:3"
    )
    xhtml = warc_record(http_response(BODY, "application/xhtml+xml"), "https://e.org/ok", "u:4")
    path = write_warc("mixed.warc", request, image, missing, xhtml)
    assert [item.url for item in iter_sources([path])] == ["https://e.org/ok"]


def test_gzip_and_chunked_http_bodies_are_decoded(write_warc, warc_record, http_response) -> None:
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(BODY), BODY)
    path = write_warc(
        "encoded.warc",
        warc_record(
            http_response(gzip.compress(BODY), extra_headers="Content-Encoding: gzip\r\n"),
            "https://example.org/gz",
            "u:1",
        ),
        warc_record(
            http_response(chunked, extra_headers="Transfer-Encoding: chunked\r\n"),
            "https://example.org/chunked",
            "u:2",
        ),
    )
    assert [item.raw for item in iter_sources([path])] == [BODY, BODY]


def test_a_record_with_a_broken_body_is_reported_and_the_next_still_read(
    write_warc, warc_record, http_response
) -> None:
    path = write_warc(
        "broken.warc",
        warc_record(
            http_response(b"not gzip", extra_headers="Content-Encoding: gzip\r\n"),
            "https://example.org/bad",
            "u:bad",
        ),
        warc_record(http_response(BODY), "https://example.org/good", "u:good"),
    )
    first, second = iter_sources([path])
    assert isinstance(first, UnreadableSource)
    assert first.path == f"{path}#urn:u:bad"
    assert "cannot decode HTTP body (gzip)" in first.reason
    assert second.url == "https://example.org/good"


def test_a_truncated_record_is_reported_not_passed_on_cut(
    write_warc, warc_record, http_response
) -> None:
    whole = warc_record(http_response(BODY * 20), "https://example.org/cut", "u:cut")
    path = write_warc("cut.warc", whole[: len(whole) // 2])
    (item,) = iter_sources([path])
    assert isinstance(item, UnreadableSource)
    assert item.path == f"{path}#urn:u:cut"
    assert "truncated" in item.reason


def test_a_gzipped_warc_is_read(tmp_path: Path, warc_record, http_response) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(gzip.compress(warc_record(http_response(BODY), "https://e.org/", "u:1")))
    (source,) = iter_sources([path])
    assert source.raw == BODY


def test_a_file_that_is_not_a_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"<html>just a page</html>")
    (item,) = iter_sources([path])
    assert isinstance(item, UnreadableSource)
    assert item.path == str(path)
    assert "cannot read WARC" in item.reason


def test_a_warc_without_html_pages_is_reported(write_warc, warc_record, http_response) -> None:
    path = write_warc(
        "images.warc", warc_record(http_response(b"GIF89a", "image/gif"), "https://e.org/", "u:1")
    )
    (item,) = iter_sources([path])
    assert str(item) == f"{path}: WARC holds no HTML response record"


@pytest.mark.corpus
def test_real_common_crawl_warc_yields_its_one_page(shared_corpus: Path) -> None:
    path = shared_corpus / "warc" / "whirlwind.warc.gz"
    (source,) = iter_sources([path])
    assert source.uri == f"{path}#urn:uuid:2aabeff2-67f5-4608-8466-e87c6296e2b6"
    assert source.url == "https://an.wikipedia.org/wiki/Escopete"
    assert source.captured_at == "2024-05-18T01:58:10Z"
    assert source.media_type == "text/html; charset=UTF-8"
    assert len(source.raw) == 72_848  # the README's body size: stored already de-chunked
    text, encoding = decode(source.raw, declared=source.media_type, uri=source.uri)
    assert encoding == "utf-8"
    assert text.startswith("<!DOCTYPE html>")


def test_a_record_over_the_page_cap_is_reported_too_large(
    write_warc, warc_record, http_response, monkeypatch
) -> None:
    monkeypatch.setattr("quotewatch.sources.warc.MAX_PAGE_BYTES", 100)
    path = write_warc(
        "big.warc",
        warc_record(http_response(b"<p>" + b"x" * 200 + b"</p>"), "https://e.org/big", "u:big"),
        warc_record(http_response(b"<p>small</p>"), "https://e.org/small", "u:small"),
    )
    first, second = iter_sources([path])
    assert first.path == f"{path}#urn:u:big"
    assert first.reason.startswith("too large: 207 bytes")
    assert second.raw == b"<p>small</p>"
