"""Typed errors that always name the input they are about.

A batch catches ``QuotewatchError``, reports ``path: reason`` and goes on with the next input,
so every failure a user sees says which file (or WARC record) and why.
"""

from __future__ import annotations


class QuotewatchError(Exception):
    """Base class: ``str(error)`` is ``"<path>: <reason>"``."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self):
        """Rebuild from (path, reason): errors cross process boundaries in a parallel batch."""
        return type(self), (self.path, self.reason)


class UnreadableSource(QuotewatchError):
    """The input could not be read or decoded: missing, truncated, binary, not a page."""


class EmptyPage(QuotewatchError):
    """The input was read but holds no article text to work on."""


class StoreError(QuotewatchError):
    """The database could not be opened, or is not a quotewatch database."""
