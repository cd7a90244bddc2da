"""Bytes -> text, and "is this HTML or plain text?", decided from the content alone.

The decoded text is kept exact: only a byte-order mark is removed, newlines and whitespace are
untouched, because every provenance offset downstream indexes this string. The encoding returned
is a Python codec name such that ``raw.decode(encoding) == text``, so anyone can reproduce it;
the one exception is a UTF-8 page with a few invalid bytes (a body cut mid-character), where
``raw.decode("utf-8", "replace") == text``: each invalid sequence is one U+FFFD.
"""

from __future__ import annotations

import codecs
import logging
import re
from typing import Literal

import charset_normalizer

from quotewatch.errors import EmptyPage, UnreadableSource
from quotewatch.sources.limits import MAX_PAGE_BYTES, too_large

LOGGER = logging.getLogger(__name__)

BINARY_REASON = "binary data, not a text or HTML page"

# Byte-order marks, longest first: the UTF-32-LE mark begins with the UTF-16-LE one. The codecs
# named here strip the mark themselves, so ``raw.decode(name)`` gives the text without it.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Text pages have no NUL bytes; binary files (images, PDFs, archives) are full of them. One in
# a hundred tolerates a stray NUL in a damaged page, and is far below the 10-40 % typical of
# binary formats. UTF-16/32 text without a BOM is the one text that has many NULs: it passes
# only when the container declares that encoding.
MAX_NUL_FRACTION = 0.01

# Share of decoded characters that may be control characters (C0 other than tab/newline/
# carriage-return/form-feed/vertical-tab, DEL, C1). Random bytes decoded as a single-byte
# code page give 10 % or more; a real page gives ~0 %. 1 % keeps pages with a few stray
# control codes and rejects junk that merely happens to decode.
MAX_CONTROL_FRACTION = 0.01
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# "Nearly UTF-8": at most one invalid sequence per this many bytes (at least one allowed),
# and at least this many valid multi-byte characters per invalid one. A cp1251 or koi8-r page
# read as UTF-8 fails on nearly every letter and has almost no valid multi-byte sequence, so
# it never passes; a cp1252 page with one "é" has no multi-byte evidence and goes to detection.
UTF8_BYTES_PER_ERROR = 10_000
UTF8_EVIDENCE_PER_ERROR = 10

# Where to look for <meta charset>: the HTML standard prescans 1024 bytes, but real pages put
# the tag after kilobytes of inline script or style, so look further; it is a cheap regex.
META_SCAN_BYTES = 32 * 1024
_META_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.I)
_PARAM_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)

# Labels that browsers (WHATWG Encoding Standard) read as a superset encoding; pages labelled
# latin-1 are in practice windows-1252 (curly quotes in 0x80-0x9F), and so on.
WHATWG_SUPERSETS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "shift_jis": "cp932",
    "sjis": "cp932",
    "euc-kr": "cp949",
}

# Python codecs that exist but are not page encodings: transforms, escapes, or (UTF-7) an
# encoding browsers refuse for security reasons. A declared label naming one is ignored.
NOT_PAGE_ENCODINGS = frozenset(
    {"idna", "punycode", "raw-unicode-escape", "unicode-escape", "undefined", "utf-7"}
)

# sniff_kind looks at this many characters from the start: markup shows itself early.
SNIFF_CHARS = 4096
# A page needs this many known tags in the window to count as HTML without starting like it;
# a plain-text article that mentions "<b>" or "<p>" once or twice stays text.
MIN_HTML_TAGS = 4
_BLOCK_TAGS = r"html|head|body|meta|title|p|div|article|section|main|header|nav|table|ul|ol|h[1-6]"
_HTML_START_RE = re.compile(
    r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rf"<(?:!doctype\s+html|(?:{_BLOCK_TAGS})(?=[\s>/]))",
    re.I | re.S,
)
_TAG_RE = re.compile(
    rf"</?(?:{_BLOCK_TAGS}|br|span|a|script|style|link|tr|td|li|img|b|i|em|strong|footer)"
    r"(?=[\s>/])[^<>]{0,500}>",
    re.I,
)


def decode(raw: bytes, declared: str | None = None, uri: str = "<bytes>") -> tuple[str, str]:
    """Decode a page: BOM, then strict UTF-8, then a declared charset, then detection.

    Why this order: a BOM is unambiguous; valid UTF-8 is almost never an accident for non-ASCII
    text (and UTF-8 cut mid-character is still UTF-8, see ``_nearly_utf8``); a declaration
    (``declared`` from the container, else ``<meta charset>``) is trusted next but only if it
    decodes; detection is the last resort. ``declared`` may be a charset name or a whole
    Content-Type such as ``"text/html; charset=windows-1251"``, so callers can pass
    ``Source.media_type`` as it is.

    Raises ``EmptyPage`` for empty or whitespace-only input, ``UnreadableSource`` for binary
    data or input over ``MAX_PAGE_BYTES``; nothing else, whatever the bytes.
    """
    if len(raw) > MAX_PAGE_BYTES:
        raise too_large(uri, len(raw))
    if not raw.strip():
        raise EmptyPage(uri, "the page is empty")
    declared_codec = _codec_for_label(_charset_of(declared))
    text, encoding = _decode_text(raw, declared_codec, uri)
    if not text.strip():
        raise EmptyPage(uri, "the page holds only whitespace")
    return text, encoding


def _decode_text(raw: bytes, declared_codec: str | None, uri: str) -> tuple[str, str]:
    for bom, codec in BOMS:
        if raw.startswith(bom) and (text := _try(raw, codec)) is not None:
            return text, codec
    wide = declared_codec is not None and declared_codec.startswith(("utf-16", "utf-32"))
    if not wide and raw.count(0) > MAX_NUL_FRACTION * len(raw):
        raise UnreadableSource(uri, BINARY_REASON)
    if (text := _try(raw, "utf-8")) is not None:
        return text, "utf-8"
    if (text := _nearly_utf8(raw)) is not None:
        LOGGER.warning("%s: UTF-8 with a few invalid bytes; replaced with U+FFFD", uri)
        return text, "utf-8"
    for codec in _declared_candidates(raw, declared_codec):
        if (text := _try(raw, codec)) is not None:
            return text, codec
    if _is_utf8(raw):
        # Valid UTF-8 full of control codes is binary; re-reading it as some other code page
        # (charset-normalizer will offer EBCDIC) would only invent text.
        raise UnreadableSource(uri, BINARY_REASON)
    return _detect(raw, uri)


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _nearly_utf8(raw: bytes) -> str | None:
    """UTF-8 with invalid bytes replaced, if the bytes are plainly UTF-8 but for a few.

    Why: crawlers cut bodies at a byte limit (Common Crawl at 1 MiB), often in the middle of a
    multi-byte character. Sending such a page to detection would re-read all of it as some
    code page and turn every letter into mojibake to save one character.
    """
    text = raw.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    if invalid <= 0 or invalid > max(1, len(raw) // UTF8_BYTES_PER_ERROR):
        return None
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - text.count("\ufffd")
    if multibyte < UTF8_EVIDENCE_PER_ERROR * invalid:
        return None
    return text if _looks_like_text(text) else None


def _declared_candidates(raw: bytes, declared_codec: str | None) -> list[str]:
    """The container's charset, then the page's own declaration (meta or XML)."""
    candidates = []
    if declared_codec:
        candidates.append(declared_codec)
    head = raw[:META_SCAN_BYTES]
    for pattern in (_META_CHARSET_RE, _XML_ENCODING_RE):
        if match := pattern.search(head):
            codec = _codec_for_label(match.group(1).decode("ascii"))
            if codec:
                candidates.append(codec)
    return list(dict.fromkeys(candidates))


def _detect(raw: bytes, uri: str) -> tuple[str, str]:
    """charset-normalizer's guesses, best first; the first that really decodes wins."""
    for match in charset_normalizer.from_bytes(raw):
        codec = _codec_for_label(match.encoding)
        if codec and (text := _try(raw, codec)) is not None:
            LOGGER.debug("%s: detected encoding %s", uri, codec)
            return text, codec
    raise UnreadableSource(uri, BINARY_REASON)


def _try(raw: bytes, codec: str) -> str | None:
    """The text if ``codec`` decodes ``raw`` strictly to mostly printable text, else None."""
    try:
        text = raw.decode(codec)
    except (UnicodeError, LookupError, ValueError, TypeError):
        return None
    return text if _looks_like_text(text) else None


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    controls = len(text) - len(_CONTROL_RE.sub("", text))
    return controls <= MAX_CONTROL_FRACTION * len(text)


def _charset_of(declared: str | None) -> str | None:
    """The charset in a Content-Type (``text/html; charset=x``), or a bare charset name."""
    if not declared:
        return None
    if "=" in declared or "/" in declared or ";" in declared:
        match = _PARAM_CHARSET_RE.search(declared)
        return match.group(1) if match else None
    return declared.strip()


def _codec_for_label(label: str | None) -> str | None:
    """A canonical Python codec name for a charset label, or None if it is no page encoding."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = WHATWG_SUPERSETS.get(label, label)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in NOT_PAGE_ENCODINGS:
        return None
    return info.name


def sniff_kind(text: str) -> Literal["html", "text"]:
    """Whether a decoded page is HTML or plain text, from its content: never its file name.

    Why two tests: a page that *starts* like HTML (doctype, ``<html>``, ``<head>``, a block
    tag, after an optional XML declaration or comments) is HTML however little markup follows;
    otherwise it takes ``MIN_HTML_TAGS`` known tags near the start, so a plain-text article
    quoting a tag or two stays text.
    """
    head = text[:SNIFF_CHARS]
    if _HTML_START_RE.match(head):
        return "html"
    return "html" if len(_TAG_RE.findall(head)) >= MIN_HTML_TAGS else "text"
