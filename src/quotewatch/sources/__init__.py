"""The ``sources`` stage: inputs -> ``Source`` values (bytes unchanged), and decoding them.

Reading and decoding are separate on purpose: a ``Source`` keeps the bytes exactly as read so
provenance can always go back to them; ``decode`` runs in ``clean``, the first stage that needs
text. Every failure is a ``QuotewatchError`` naming the input.
"""

from __future__ import annotations

import logging

from quotewatch.errors import UnreadableSource
from quotewatch.model import Source
from quotewatch.sources.decode import decode, sniff_kind
from quotewatch.sources.files import iter_sources
from quotewatch.sources.limits import MAX_PAGE_BYTES, too_large

__all__ = ["MAX_PAGE_BYTES", "decode", "iter_sources", "sniff_kind", "source_from_bytes"]

LOGGER = logging.getLogger(__name__)


def source_from_bytes(data: str | bytes, uri: str = "<input>", url: str | None = None) -> Source:
    """One page handed over in memory (the ``extract()`` API) as a ``Source``.

    A ``str`` is stored as its UTF-8 encoding, which ``decode`` reads back unchanged. Raises
    ``UnreadableSource`` for a page over ``MAX_PAGE_BYTES`` or a str that is not valid Unicode,
    the same limits a file would meet.
    """
    if isinstance(data, str):
        try:
            raw = data.encode("utf-8")
        except UnicodeEncodeError as error:
            raise UnreadableSource(uri, "text is not valid Unicode (lone surrogate)") from error
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
    else:
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    if len(raw) > MAX_PAGE_BYTES:
        raise too_large(uri, len(raw))
    return Source(raw=raw, uri=uri, url=url)
