"""JSONL inputs: one page per line; a bad line is reported as file:line and the rest go on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from quotewatch.errors import UnreadableSource
from quotewatch.model import Source
from quotewatch.sources import iter_sources


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_good_lines_become_sources_with_url_capture_time_and_media_type(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "pages.jsonl",
        [
            json.dumps(
                {
                    "html": "<p>Привет</p>",
                    "url": "https://example.org/a",
                    "captured_at": "2022-02-24T10:15:00Z",
                }
            ),
            json.dumps({"text": "Plain words.", "crawl_date": "2022-02-25"}),
            json.dumps({"raw": "Either kind.", "url": None}),
        ],
    )
    first, second, third = iter_sources([path])
    assert first == Source(
        raw="<p>Привет</p>".encode(),
        uri=f"{path}:1",
        url="https://example.org/a",
        captured_at="2022-02-24T10:15:00Z",
        media_type="text/html; charset=utf-8",
    )
    assert (second.uri, second.captured_at) == (f"{path}:2", "2022-02-25")
    assert second.media_type == "text/plain; charset=utf-8"
    assert (third.raw, third.media_type, third.url) == (b"Either kind.", None, None)


def test_html_is_preferred_over_the_extracted_text_of_the_same_record(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "p.jsonl", [json.dumps({"text": "t", "html": "<p>h</p>"})])
    (source,) = iter_sources([path])
    assert source.raw == b"<p>h</p>"


def test_bad_lines_are_reported_by_line_number_and_good_ones_still_read(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "mixed.jsonl",
        [
            "{not json",
            json.dumps(["a", "list"]),
            json.dumps({"url": "https://example.org/no-page"}),
            json.dumps({"html": 42}),
            json.dumps({"html": "<p>ok</p>", "url": ["not", "a", "string"]}),
            "",
            json.dumps({"html": "<p>fine</p>"}),
        ],
    )
    items = list(iter_sources([path]))
    errors = [item for item in items if isinstance(item, UnreadableSource)]
    assert [e.path for e in errors] == [f"{path}:{n}" for n in (1, 2, 3, 4, 5)]
    assert "not valid JSON" in errors[0].reason
    assert "expected a JSON object, got list" in errors[1].reason
    assert "no 'html', 'raw' or 'text' field" in errors[2].reason
    assert "'html' must be a string" in errors[3].reason
    assert "'url' must be a string" in errors[4].reason
    assert [item.uri for item in items if isinstance(item, Source)] == [f"{path}:7"]


def test_a_lone_surrogate_in_a_line_is_reported_not_raised(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "s.jsonl", ['{"text": "broken \\ud800 text"}'])
    (item,) = iter_sources([path])
    assert isinstance(item, UnreadableSource)
    assert "lone surrogate" in item.reason


def test_gzipped_jsonl_is_read(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "one"}\n{"text": "two"}\n'))
    assert [item.raw for item in iter_sources([path])] == [b"one", b"two"]


def test_truncated_gzipped_jsonl_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl.gz"
    whole = gzip.compress(b"".join(b'{"text": "page %d"}\n' % i for i in range(2000)))
    path.write_bytes(whole[: len(whole) - 20])
    items = list(iter_sources([path]))
    assert all(isinstance(item, Source) for item in items[:-1])
    assert len(items) > 1
    assert items[-1].path == str(path)
    assert "truncated" in items[-1].reason


def test_an_overlong_line_is_skipped_and_reported_and_the_next_line_read(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr("quotewatch.sources.jsonl.MAX_JSONL_LINE_BYTES", 50)
    monkeypatch.setattr("quotewatch.sources.jsonl._SKIP_CHUNK", 7)
    path = write_lines(tmp_path / "long.jsonl", [json.dumps({"text": "x" * 500}), '{"text": "ok"}'])
    first, second = iter_sources([path])
    assert str(first) == f"{path}:1: line too long for one page"
    assert (second.uri, second.raw) == (f"{path}:2", b"ok")
