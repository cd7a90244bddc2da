"""quotewatch: who said what, when, where, in which outlet, about whom — with provenance."""

import logging

from quotewatch.errors import QuotewatchError
from quotewatch.model import Article, Entity, Page, Source, Statement

__all__ = ["Article", "Entity", "Page", "QuotewatchError", "Source", "Statement", "extract"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def extract(page: str | bytes, url: str | None = None) -> Article:
    """One page (plain text or HTML, str or bytes) -> its article and attributed statements."""
    from quotewatch.pipeline import extract as _extract

    return _extract(page, url=url)
