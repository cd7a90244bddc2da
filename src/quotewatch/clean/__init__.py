"""The clean stage: a ``Source`` -> its article as a ``Page`` (text, metadata, offsets).

Pure functions: no I/O, no network (tldextract never fetches its list), no global state.
"""

from __future__ import annotations

from quotewatch.clean.core import clean, clean_html_text, clean_plain_text

__all__ = ["clean", "clean_html_text", "clean_plain_text"]
