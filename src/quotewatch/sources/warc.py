"""WARC files (plain or gzipped) -> one ``Source`` per HTML response record, via FastWARC.

Why records are read with ``auto_decode="none"`` and decoded separately: with FastWARC's own
decoding on, one record with a broken gzip or chunked body makes the iterator fail for the rest
of the file. Reading the raw body first and decoding it as a standalone record contains the
damage to that record. Common Crawl stores bodies already decoded (it renames the headers to
``X-Crawler-Content-Encoding``), so for its files no decoding happens at all.

FastWARC does not notice a file cut short: it hands back the truncated record. So every body
is checked against the length the record declares, and a short one is reported, not used.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

from fastwarc.warc import ArchiveIterator, WarcRecord, WarcRecordType

from quotewatch.errors import UnreadableSource
from quotewatch.model import Source
from quotewatch.sources.limits import MAX_PAGE_BYTES, too_large

LOGGER = logging.getLogger(__name__)

# Content types that are HTML pages; everything else (images, scripts, feeds) is not a page.
HTML_MEDIA_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# HTTP encodings of the body that FastWARC can undo; "identity" means none.
_NO_ENCODING = {"", "identity"}


def iter_warc(path: Path) -> Iterator[Source | UnreadableSource]:
    """Every successful HTML response in the WARC, in file order; failures as values.

    Non-HTML, non-2xx (redirects, errors) and non-response records are skipped: they are not
    article pages, and reporting each would bury the real failures. A WARC with no HTML
    response at all is reported, so an empty or wrong file never passes silently.
    """
    name = str(path)
    pages = failures = skipped = 0
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(
                stream,
                record_types=WarcRecordType.response,
                parse_http=True,
                auto_decode="none",
            )
            for record in records:
                item = _record_source(record, name)
                if item is None:
                    skipped += 1
                    continue
                pages += isinstance(item, Source)
                failures += isinstance(item, UnreadableSource)
                yield item
    except (OSError, ValueError) as error:
        where = f"after {pages} page(s)" if pages else "at the start"
        yield UnreadableSource(name, f"cannot read WARC {where}: {_reason(error)}")
        return
    LOGGER.info("%s: %d page(s), %d non-page response record(s) skipped", name, pages, skipped)
    if pages == failures == 0:
        yield UnreadableSource(name, "WARC holds no HTML response record")


def _record_source(record: WarcRecord, warc_name: str) -> Source | UnreadableSource | None:
    """One response record -> a Source, an error naming the record, or None if not a page."""
    headers = record.http_headers
    if headers is None:
        return None
    content_type = headers.get("Content-Type")
    status = headers.status_code
    if not _is_html(content_type) or status is None or not 200 <= status < 300:
        return None
    uri = f"{warc_name}#{(record.record_id or f'offset-{record.stream_pos}').strip('<>')}"
    declared = record.content_length
    if declared > MAX_PAGE_BYTES:
        return too_large(uri, declared)
    body = record.reader.read()
    if len(body) < declared:
        return UnreadableSource(uri, f"WARC record truncated: {len(body)} of {declared} bytes")
    if _http_encodings(headers):
        body = _decode_http_body(headers, body, uri)
        if isinstance(body, UnreadableSource):
            return body
    return Source(
        raw=body,
        uri=uri,
        url=record.headers.get("WARC-Target-URI"),
        captured_at=_capture_time(record),
        media_type=content_type,
    )


def _is_html(content_type: str | None) -> bool:
    return bool(content_type) and content_type.split(";")[0].strip().lower() in HTML_MEDIA_TYPES


def _http_encodings(headers) -> list[str]:
    """The Transfer-/Content-Encoding values that still need undoing."""
    values = [headers.get("Transfer-Encoding") or "", headers.get("Content-Encoding") or ""]
    return [v for v in values if v.strip().lower() not in _NO_ENCODING]


def _decode_http_body(headers, body: bytes, uri: str) -> bytes | UnreadableSource:
    """De-chunk and decompress ``body`` in a standalone record, so a failure stays local."""
    header_block = io.BytesIO()
    headers.write(header_block)
    block = header_block.getvalue() + body
    envelope = (
        b"WARC/1.1\r\nWARC-Type: response\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        b"Content-Length: %d\r\n\r\n" % len(block)
    )
    try:
        standalone = WarcRecord.from_bytes(envelope + block + b"\r\n\r\n")
        standalone.parse_http(auto_decode="all")
        decoded = standalone.reader.read(MAX_PAGE_BYTES + 1)
    except (OSError, ValueError) as error:
        encodings = ", ".join(_http_encodings(headers))
        return UnreadableSource(uri, f"cannot decode HTTP body ({encodings}): {_reason(error)}")
    if len(decoded) > MAX_PAGE_BYTES:
        return too_large(uri)
    return decoded


def _capture_time(record: WarcRecord) -> str | None:
    """WARC-Date as written: the WARC standard already requires ISO 8601 (W3C profile)."""
    value = record.headers.get("WARC-Date")
    if value:
        return value.strip()
    date = record.record_date
    return date.isoformat() if date else None


def _reason(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
