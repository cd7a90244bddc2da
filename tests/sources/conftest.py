"""Fixtures for the sources tests: a tiny synthetic WARC builder, and the shared corpus path.

Every page here is made up for the test; no third-party page text is shipped.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from fastwarc.warc import WarcRecord, WarcRecordType

SHARED = Path(__file__).resolve().parents[2].parent / "shared"

CAPTURED = "2022-02-24T10:15:00Z"


def _http_response(
    body: bytes,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    extra_headers: str = "",
) -> bytes:
    """An HTTP/1.1 response message as a WARC response record holds it."""
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra_headers}\r\n"
    return head.encode("latin-1") + body


def _warc_record(
    payload: bytes,
    url: str,
    record_id: str,
    record_type: WarcRecordType = WarcRecordType.response,
    date: str = CAPTURED,
) -> bytes:
    """One serialized WARC/1.1 record, written by FastWARC itself."""
    record = WarcRecord()
    record.init_headers(record_type, record_id.encode("ascii"))
    record.headers["WARC-Target-URI"] = url
    record.headers["WARC-Date"] = date
    kind = "request" if record_type == WarcRecordType.request else "response"
    record.headers["Content-Type"] = f"application/http; msgtype={kind}"
    record.set_bytes_content(payload)
    out = io.BytesIO()
    record.write(out)
    return out.getvalue()


@pytest.fixture
def http_response() -> Callable[..., bytes]:
    """``http_response(body, content_type=..., status="200 OK", extra_headers="")``."""
    return _http_response


@pytest.fixture
def warc_record() -> Callable[..., bytes]:
    """``warc_record(payload, url, record_id, record_type=response, date=CAPTURED)``."""
    return _warc_record


@pytest.fixture
def write_warc(tmp_path: Path) -> Callable[..., Path]:
    """``write_warc(name, *records)`` -> the path of a WARC made of those record bytes."""

    def write(name: str, *records: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(b"".join(records))
        return path

    return write


@pytest.fixture
def shared_corpus() -> Path:
    """../shared/corpus, or skip: it is a development corpus, absent from a plain checkout."""
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip(f"needs the development corpora: {corpus} is absent")
    return corpus
