"""Paths -> ``Source`` values: files, folders, gzip, WARC and JSONL, failures as values.

Why failures are yielded, not raised: ingest runs over thousands of inputs, and one missing,
truncated or binary file must cost that file only, with a message naming it. The container
format comes from the file name (``.warc.gz``, ``.jsonl``, ``.gz``) because it decides how to
*open* the file; whether a page is HTML or text is never judged from the name.
"""

from __future__ import annotations

import errno
import gzip
import logging
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from quotewatch.errors import UnreadableSource
from quotewatch.model import Source
from quotewatch.sources.jsonl import iter_jsonl
from quotewatch.sources.limits import MAX_PAGE_BYTES, too_large
from quotewatch.sources.warc import iter_warc

LOGGER = logging.getLogger(__name__)

# WET/WAT files are WARCs too; read as such they report "no HTML response" rather than
# passing off a whole crawl segment as one page.
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".wat", ".wat.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
GZIP_SUFFIX = ".gz"
# Files a folder walk passes over: data, images, code and archives that are never a page (a
# corpus folder keeps its gold ".json" and "meta.info" beside the pages). A file named on the
# command line is read whatever its name: the user asked for it.
NOT_PAGE_SUFFIXES = (
    ".json", ".info", ".csv", ".tsv", ".parquet", ".db", ".sqlite", ".png", ".jpg", ".jpeg",
    ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".tar", ".css", ".js", ".py", ".pyc",
    ".mp3", ".mp4",
)  # fmt: skip

Item = Source | UnreadableSource


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Source | UnreadableSource]:
    """Every page under ``paths``, in order; folders recursively, sorted, hidden files skipped.

    Never raises for a bad input: each failure is an ``UnreadableSource`` naming the input
    (``file``, ``file:line`` or ``file#record``) and the reason, and the batch goes on.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    for path in paths:
        yield from _iter_path(Path(path))


def _iter_path(path: Path) -> Iterator[Item]:
    try:
        mode = path.stat().st_mode
    except (OSError, ValueError) as error:  # ValueError: a NUL byte in the path
        yield UnreadableSource(str(path), _os_reason(error))
        return
    if stat.S_ISDIR(mode):
        yield from _iter_folder(path)
    elif not stat.S_ISREG(mode):
        # A FIFO or device would block or never end; it is not a page.
        yield UnreadableSource(str(path), "not a regular file")
    else:
        yield from _guarded(path, _iter_file(path))


def _guarded(path: Path, items: Iterator[Item]) -> Iterator[Item]:
    """Last line of defence: a reader bug on one file must not end the batch or the folder.

    Every expected failure is already an ``UnreadableSource``; this catches the unexpected
    (a library raising an undocumented exception on hostile bytes), logs the traceback so it
    can be fixed, and reports the file like any other failure.
    """
    try:
        yield from items
    except Exception as error:
        LOGGER.exception("%s: unexpected error while reading", path)
        yield UnreadableSource(str(path), f"unexpected error: {type(error).__name__}: {error}")


def _iter_file(path: Path) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        yield from iter_warc(path)
    elif name.endswith(tuple(s + GZIP_SUFFIX for s in JSONL_SUFFIXES)):
        yield from iter_jsonl(path, gzip.open)
    elif name.endswith(JSONL_SUFFIXES):
        yield from iter_jsonl(path, _open_binary)
    elif name.endswith(GZIP_SUFFIX):
        yield _read_gzip(path)
    else:
        yield _read_plain(path)


def _iter_folder(folder: Path) -> Iterator[Item]:
    """The folder's files in sorted order; reported when nothing in it could be read."""
    files = failures = pages = skipped = 0
    for entry in _walk(folder):
        if isinstance(entry, UnreadableSource):
            failures += 1
            yield entry
            continue
        if entry.name.lower().endswith(NOT_PAGE_SUFFIXES):
            skipped += 1
            continue
        files += 1
        for item in _iter_path(entry):
            pages += isinstance(item, Source)
            yield item
    if skipped:
        LOGGER.info("%s: passed over %d data, image or code file(s)", folder, skipped)
    if pages == 0:
        reason = _why(files, failures, skipped)
        yield UnreadableSource(str(folder), f"no readable page in folder: {reason}")


def _why(files: int, unlistable: int, skipped: int = 0) -> str:
    if files:
        return f"none of its {files} file(s) could be read"
    if skipped:
        return f"its {skipped} file(s) are data, images or code, not pages"
    return "none of its subfolders could be listed" if unlistable else "it holds no files"


def _walk(folder: Path) -> Iterator[Path | UnreadableSource]:
    """Non-hidden files below ``folder``, sorted by name at each level.

    Symlinked folders are not followed, as in ``os.walk``: a link back up the tree would
    loop forever. Symlinked files are read.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as error:
        yield UnreadableSource(str(folder), _os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_dir():
            LOGGER.debug("%s: symlinked folder not followed", path)
        else:
            yield path


def _read_plain(path: Path) -> Item:
    """The whole file, or an error if it is over the cap (checked before and while reading)."""
    try:
        with _open_binary(path) as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_PAGE_BYTES:
                return too_large(str(path), size)
            data = stream.read(MAX_PAGE_BYTES + 1)
    except OSError as error:
        return UnreadableSource(str(path), _os_reason(error))
    if len(data) > MAX_PAGE_BYTES:
        return too_large(str(path))
    return Source(raw=data, uri=str(path))


def _read_gzip(path: Path) -> Item:
    """A gzipped page, decompressed; at most cap + 1 bytes, so a gzip bomb stays harmless."""
    try:
        with gzip.open(path, "rb") as stream:
            data = stream.read(MAX_PAGE_BYTES + 1)
    except EOFError:
        return UnreadableSource(
            str(path), "truncated gzip: the file ends before the end-of-stream marker"
        )
    except gzip.BadGzipFile as error:
        return UnreadableSource(str(path), f"not a gzip file: {error}")
    except zlib.error as error:
        return UnreadableSource(str(path), f"corrupt gzip data: {error}")
    except OSError as error:
        return UnreadableSource(str(path), _os_reason(error))
    if len(data) > MAX_PAGE_BYTES:
        return too_large(str(path))
    return Source(raw=data, uri=str(path))


def _open_binary(path: Path):
    return path.open("rb")


def _os_reason(error: OSError | ValueError) -> str:
    """A short, stable reason: "permission denied" rather than a full OSError repr."""
    if not isinstance(error, OSError):
        return str(error)
    if error.errno == errno.ENOENT:
        return "no such file or directory"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    return (error.strerror or str(error) or type(error).__name__).lower()
