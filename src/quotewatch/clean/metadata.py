"""Outlet, time zone and language of a page: small lookups, no network.

Why the agency first: a BelTA story republished on another site is still BelTA's words, and
its timestamps are written in Minsk time.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from quotewatch.clean.lexicon import AGENCIES, DOMAIN_ZONES

LOGGER = logging.getLogger(__name__)

# py3langid on fewer characters than this guesses; measured as unstable on short teasers.
MIN_LANGUAGE_CHARS = 40


@lru_cache(maxsize=1)
def _extractor():
    """tldextract that never fetches the public suffix list (uses its bundled snapshot)."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def registered_domain(url: str | None) -> str | None:
    """``https://www.belta.by/x`` -> ``belta.by``; ``None`` for no or odd URLs."""
    if not url:
        return None
    try:
        parts = _extractor()(url)
    except Exception:
        LOGGER.debug("no domain in %r", url)
        return None
    if not parts.domain:
        return None
    return f"{parts.domain}.{parts.suffix}" if parts.suffix else parts.domain


def zone_for(agency: str | None, url: str | None) -> str | None:
    """The IANA zone an outlet prints its local times in, when we know it."""
    if agency:
        for name, zone in AGENCIES.values():
            if name == agency and zone:
                return zone
    domain = registered_domain(url)
    return DOMAIN_ZONES.get(domain) if domain else None


def outlet(agency: str | None, url: str | None, sitename: str | None) -> str | None:
    """The dateline's agency, else the site's registered domain, else its declared name."""
    if agency:
        return agency
    domain = registered_domain(url)
    if domain:
        return domain
    return sitename.strip() if sitename and sitename.strip() else None


def language(text: str, declared: str | None = None) -> str | None:
    """The page's declared language (``<html lang>`` primary subtag) or py3langid's guess."""
    if declared:
        primary = declared.strip().lower().replace("_", "-").split("-")[0]
        if 2 <= len(primary) <= 3 and primary.isalpha():
            return primary
    sample = text[:5000]
    if len(sample.strip()) < MIN_LANGUAGE_CHARS:
        return None
    import py3langid

    lang, _score = py3langid.classify(sample)
    return lang
