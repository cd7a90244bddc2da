"""Size limits shared by every reader in ``sources``, so one number decides "too large".

Why refuse rather than truncate: a cut page is a different page. Its HTML loses its closing
structure, its last paragraphs disappear without a trace, and provenance offsets would point
into a document nobody can reproduce from the original bytes. A clear ``UnreadableSource``
tells the user which input was skipped and why; the batch goes on with the next one.
"""

from __future__ import annotations

import logging

from quotewatch.errors import UnreadableSource

LOGGER = logging.getLogger(__name__)

# 20 MiB per page. Real news article pages, scripts and inline styles included, are well under
# 5 MiB; 20 MiB leaves four times that headroom. Past it, the later stages (lxml parsing,
# trafilatura, spaCy) need minutes and gigabytes for one page, which stalls a whole batch for
# what is almost always a data dump, a feed or binary junk rather than one article.
MAX_PAGE_BYTES = 20 * 1024 * 1024

# A JSONL line holds one page as a JSON string, where escapes inflate it: ``\u0416`` is six
# bytes for a two-byte UTF-8 Cyrillic letter. Four page caps lets a capped page through in
# its escaped form while still bounding the memory one line can take.
MAX_JSONL_LINE_BYTES = 4 * MAX_PAGE_BYTES


def too_large(uri: str, size: int | None = None) -> UnreadableSource:
    """The error for an input over ``MAX_PAGE_BYTES``; ``size`` when it is known."""
    have = f"{size:,} bytes" if size is not None else f"more than {MAX_PAGE_BYTES:,} bytes"
    return UnreadableSource(
        uri, f"too large: {have}, over the {MAX_PAGE_BYTES:,}-byte limit for one page"
    )
