"""Orchestration of the clean stage: decode, pick the text or HTML path, attach metadata."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from quotewatch.clean import dateline as dateline_mod
from quotewatch.clean import dates, metadata, plaintext
from quotewatch.errors import EmptyPage
from quotewatch.model import Page, Source
from quotewatch.sources import decode, sniff_kind

LOGGER = logging.getLogger(__name__)


def clean(source: Source) -> Page:
    """A source as read -> its article. Raises ``EmptyPage`` when nothing article-like is left.

    Why decode here and not earlier: ``sources`` keeps bytes unchanged for provenance; the
    offsets of ``Page`` index the decoded text, which only exists from this stage on.
    """
    text, encoding = decode(source.raw, declared=source.media_type, uri=source.uri)
    kind = _kind(source, text)
    if kind == "html":
        return clean_html_text(
            text, uri=source.uri, url=source.url, captured_at=source.captured_at, encoding=encoding
        )
    return clean_plain_text(
        text, uri=source.uri, url=source.url, captured_at=source.captured_at, encoding=encoding
    )


def _kind(source: Source, text: str) -> str:
    """``sources.sniff_kind`` on the text; a container's ``text/plain`` is believed.

    Why not believe ``text/html`` too: archives label everything HTML, and a plain-text page
    run through an HTML extractor loses its lines (trafilatura ~0.70 body F1 on such text).
    """
    if (source.media_type or "").lower().startswith("text/plain"):
        return "text"
    return sniff_kind(text)


def _now(captured_at: str | None) -> datetime:
    """The latest a publication date may be: the capture time, else the present."""
    parsed = dates.parse_iso(captured_at) if captured_at else None
    return parsed or datetime.now(UTC)


def clean_plain_text(
    text: str,
    *,
    uri: str,
    url: str | None = None,
    captured_at: str | None = None,
    encoding: str = "utf-8",
) -> Page:
    """Plain text saved from a whole page (or an already clean article) -> ``Page``."""
    article = plaintext.clean_lines(text, url)
    if not article.body:
        raise EmptyPage(uri, "no article-like lines in the text")
    page_text, title, body_start, offsets = plaintext.assemble(text, article)
    found = dateline_mod.find_dateline(page_text, body_start)
    agency = found.agency if found else None
    zone = metadata.zone_for(agency, url)
    title_line = article.title if article.title is not None else article.body[0]
    shown = dates.plain_dates(
        text, title_line.start, article.body[0].start, now=_now(captured_at), zone=zone
    )
    return Page(
        uri=uri,
        input_kind="text",
        input_text=text,
        encoding=encoding,
        title=title,
        text=page_text,
        body_start=body_start,
        offsets=offsets,
        url=url,
        published=shown.published,
        page_date=shown.page_date,
        modified=shown.modified,
        captured_at=captured_at,
        dateline=found,
        outlet=metadata.outlet(agency, url, None),
        language=metadata.language(page_text),
    )


def clean_html_text(
    html: str,
    *,
    uri: str,
    url: str | None = None,
    captured_at: str | None = None,
    encoding: str = "utf-8",
) -> Page:
    """A decoded HTML page -> ``Page`` via trafilatura; see ``clean/html.py``."""
    from quotewatch.clean import html as html_mod

    return html_mod.clean_html(
        html, uri=uri, url=url, captured_at=captured_at, encoding=encoding, now=_now(captured_at)
    )
