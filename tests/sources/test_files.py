"""iter_sources() over files, folders and gzip: bytes unchanged, every failure a named value."""

from __future__ import annotations

import errno
import gzip
import os
from pathlib import Path

import pytest

from quotewatch.errors import EmptyPage, UnreadableSource
from quotewatch.model import Source
from quotewatch.sources import MAX_PAGE_BYTES, decode, iter_sources

PAGE = "<html><body><p>Der Minister sagte: «Wir verhandeln weiter.»</p></body></html>\r\n"


def only(items: list) -> Source | UnreadableSource:
    assert len(items) == 1, items
    return items[0]


def test_a_single_file_is_one_source_with_its_bytes_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    raw = PAGE.encode("cp1252")
    path.write_bytes(raw)
    source = only(list(iter_sources([path])))
    assert source == Source(raw=raw, uri=str(path))


def test_a_single_path_string_is_not_iterated_character_by_character(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("Text.")
    assert only(list(iter_sources(str(path)))).uri == str(path)


def test_a_missing_file_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some text.")
    missing = tmp_path / "missing.txt"
    first, second = iter_sources([missing, good])
    assert isinstance(first, UnreadableSource)
    assert str(first) == f"{missing}: no such file or directory"
    assert isinstance(second, Source)


def test_an_empty_file_is_read_and_its_decoding_reports_an_empty_page(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    source = only(list(iter_sources([path])))
    assert source.raw == b""
    with pytest.raises(EmptyPage):
        decode(source.raw, uri=source.uri)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    item = only(list(iter_sources([path])))
    assert str(item) == f"{path}: permission denied"


def test_a_fifo_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    item = only(list(iter_sources([fifo])))
    assert str(item) == f"{fifo}: not a regular file"


def test_a_folder_is_read_recursively_sorted_and_without_hidden_files(tmp_path: Path) -> None:
    for relative in ["b.txt", "a/z.html", "a/b/c.txt", ".hidden.txt", ".git/config", "c.txt"]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"page {relative}")
    uris = [item.uri for item in iter_sources([tmp_path])]
    expected = ["a/b/c.txt", "a/z.html", "b.txt", "c.txt"]
    assert uris == [str(tmp_path / relative) for relative in expected]


def test_a_folder_walk_passes_over_data_and_images_but_a_named_file_is_read(
    tmp_path: Path,
) -> None:
    for name in ["page.html", "page.json", "meta.info", "photo.JPG"]:
        (tmp_path / name).write_text(f"content of {name}")
    assert [item.uri for item in iter_sources([tmp_path])] == [str(tmp_path / "page.html")]
    assert only(list(iter_sources([tmp_path / "page.json"]))).uri == str(tmp_path / "page.json")


def test_a_folder_of_data_files_only_is_reported_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text("{}")
    item = only(list(iter_sources([tmp_path])))
    assert isinstance(item, UnreadableSource)
    assert "1 file(s) are data, images or code, not pages" in item.reason


def test_an_empty_folder_is_reported(tmp_path: Path) -> None:
    item = only(list(iter_sources([tmp_path])))
    assert isinstance(item, UnreadableSource)
    assert item.path == str(tmp_path)
    assert "holds no files" in item.reason


def test_a_folder_with_nothing_readable_is_reported_after_its_failures(tmp_path: Path) -> None:
    (tmp_path / "broken.gz").write_bytes(gzip.compress(b"<p>text</p>")[:-8])
    items = list(iter_sources([tmp_path]))
    assert [item.path for item in items] == [str(tmp_path / "broken.gz"), str(tmp_path)]
    assert "none of its 1 file(s) could be read" in items[-1].reason


def test_a_gzipped_page_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    source = only(list(iter_sources([path])))
    assert source.raw == PAGE.encode()
    assert source.uri == str(path)


def test_truncated_gzip_is_reported_with_its_name(tmp_path: Path) -> None:
    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode() * 50)[:40])
    item = only(list(iter_sources([path])))
    assert isinstance(item, UnreadableSource)
    assert item.path == str(path)
    assert "truncated gzip" in item.reason


def test_a_file_named_gz_that_is_not_gzip_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "page.gz"
    path.write_bytes(b"<p>not compressed</p>")
    item = only(list(iter_sources([path])))
    assert isinstance(item, UnreadableSource)
    assert "not a gzip file" in item.reason


def test_a_50_mb_page_is_reported_as_too_large_and_the_batch_goes_on(tmp_path: Path) -> None:
    huge = tmp_path / "a-huge.html"
    with huge.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, instant to make
    (tmp_path / "b-small.txt").write_text("A short page.")
    first, second = iter_sources([tmp_path])
    assert isinstance(first, UnreadableSource)
    assert first.path == str(huge)
    assert first.reason.startswith("too large: 52,428,800 bytes")
    assert isinstance(second, Source)


def test_a_gzip_bomb_is_refused_after_the_cap_not_fully_inflated(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    chunk = b"<p>" + b"a" * (1024 * 1024) + b"</p>"
    with gzip.open(path, "wb", compresslevel=1) as stream:
        for _ in range(MAX_PAGE_BYTES // len(chunk) + 2):
            stream.write(chunk)
    item = only(list(iter_sources([path])))
    assert isinstance(item, UnreadableSource)
    assert "too large" in item.reason


def test_a_permission_error_while_reading_is_reported_by_name(tmp_path: Path, monkeypatch) -> None:
    # Simulated, so the test also runs as root (which can read any file).
    path = tmp_path / "locked.txt"
    path.write_text("x")
    real_open = Path.open

    def refuse(self: Path, *args, **kwargs):
        if self == path:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert str(only(list(iter_sources([path])))) == f"{path}: permission denied"


def test_an_unlistable_subfolder_is_reported_and_its_siblings_read(
    tmp_path: Path, monkeypatch
) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "open.txt").write_text("A page.")
    real_scandir = os.scandir

    def refuse(path):
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    first, second = iter_sources([tmp_path])
    assert str(first) == f"{tmp_path / 'locked'}: permission denied"
    assert second.uri == str(tmp_path / "open.txt")


def test_a_path_with_a_nul_byte_is_reported_not_raised() -> None:
    item = only(list(iter_sources(["bad\x00name.html"])))
    assert isinstance(item, UnreadableSource)
    assert item.path == "bad\x00name.html"


def test_an_unexpected_reader_error_costs_only_that_file(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.warc").write_bytes(b"whatever")
    (tmp_path / "b.txt").write_text("A page.")

    def explode(path: Path):
        raise RuntimeError("library bug")
        yield  # pragma: no cover - makes this a generator

    monkeypatch.setattr("quotewatch.sources.files.iter_warc", explode)
    first, second = iter_sources([tmp_path])
    assert str(first) == f"{tmp_path / 'a.warc'}: unexpected error: RuntimeError: library bug"
    assert second.uri == str(tmp_path / "b.txt")
