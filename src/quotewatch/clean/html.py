"""HTML pages: trafilatura for the main text and metadata, the page's own metadata for time.

Why trafilatura: on real news HTML it reaches ~0.9 body F1 (news-pages, benchmarks/body_f1.py);
the DOM carries what plain text has lost. Why read the publication time ourselves: htmldate
returns a calendar date, but ``article:published_time`` / JSON-LD ``datePublished`` carry the
time and zone, which users need ("when, with time zone").
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quotewatch.clean import dates, metadata
from quotewatch.clean.boilerplate import word_units
from quotewatch.clean.dateline import find_dateline
from quotewatch.errors import EmptyPage
from quotewatch.model import OffsetMap, Page, Segment

LOGGER = logging.getLogger(__name__)

# trafilatura's favor_precision: measured on news-pages (benchmarks/body_f1.py), mean body F1
# 0.927 with it vs 0.926 without (trafilatura.extract defaults: 0.921); precision is what users
# ask for ("cookie banners extracted instead of the article").
FAVOR_PRECISION = True
# Fewer words than this after extraction is a navigation scrap, not an article.
MIN_BODY_WORDS = 10
# Title separators before a site name: "Headline | Site", "Headline - Site".
_TITLE_SEPARATORS = (" | ", " – ", " — ", " - ", " :: ", " · ", "：", "｜", " – ")

_META_TAG = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.\-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_PUBLISHED_KEYS = (
    "article:published_time",
    "datepublished",
    "og:article:published_time",
    "parsely-pub-date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "date",
)
_JSON_LD = re.compile(
    r"<script[^>]*application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_LD_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]{8,40})"')
_MODIFIED_KEYS = ("article:modified_time", "datemodified", "og:updated_time", "last-modified")
_TIME_TAG = re.compile(
    r"<time\b[^>]*itemprop=[\"']datePublished[\"'][^>]*datetime=[\"']([^\"']+)", re.IGNORECASE
)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][\w]+)?)", re.I)


def _meta_values(html: str) -> dict[str, str]:
    """``<meta>`` name/property/itemprop -> content, first occurrence wins."""
    found: dict[str, str] = {}
    for tag in _META_TAG.findall(html[:400_000]):
        attrs = {m[1].lower(): m[2] or m[3] or m[4] or "" for m in _ATTR.finditer(tag)}
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        if key and "content" in attrs:
            found.setdefault(key.lower(), attrs["content"].strip())
    return found


def declared_times(
    html: str, now: datetime, zone: str | None = None
) -> tuple[str | None, str | None]:
    """The page's declared (published, modified) times, ISO 8601 with their zone if plausible.

    JSON-LD first (publishers fill it for search engines and it is the "earliest release"
    fundus' gold follows), then ``<meta>`` tags, then ``<time itemprop=datePublished>``. The
    JSON-LD blocks and meta tags are read once for both.
    """
    ld_blocks = _JSON_LD.findall(html)
    metas = _meta_values(html)
    published = [m for block in ld_blocks for m in _LD_PUBLISHED.findall(block)]
    published += [metas[k] for k in _PUBLISHED_KEYS if k in metas]
    published += _TIME_TAG.findall(html)
    modified = [m for block in ld_blocks for m in _LD_MODIFIED.findall(block)]
    modified += [metas[k] for k in _MODIFIED_KEYS if k in metas]
    return _first_plausible(published, now, zone), _first_plausible(modified, now, zone)


def _first_plausible(candidates: list[str], now: datetime, zone: str | None) -> str | None:
    """The first timestamp that parses, is not before 1990 and not after the capture time.

    A time without a zone gets the outlet's known zone (BelTA prints Minsk time).
    """
    for raw in candidates:
        value = _normalise_iso(raw)
        parsed = dates.parse_iso(value) if value else None
        if not parsed or parsed.year < dates.MIN_YEAR or parsed > now + timedelta(days=1):
            continue
        if zone and value and len(value) > 10 and datetime.fromisoformat(value).tzinfo is None:
            try:
                return datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(zone)).isoformat()
            except (ZoneInfoNotFoundError, ValueError):
                return value
        return value
    return None


def _normalise_iso(raw: str) -> str | None:
    """Tidy an ISO-ish timestamp ("2024-05-03T15:47:42.389Z", "+0200") to ``fromisoformat``."""
    raw = raw.strip().replace(" ", "T", 1) if re.match(r"\d{4}-\d{2}-\d{2} \d", raw) else raw
    if not re.match(r"\d{4}-\d{2}-\d{2}", raw):
        return None
    raw = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", raw.strip())
    raw = re.sub(r"Z$", "+00:00", raw)
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        return raw[:10] if dates.parse_iso(raw[:10]) else None
    if len(raw) <= 10:
        return parsed.date().isoformat()
    return parsed.replace(microsecond=0).isoformat()


def _same(a: str, b: str) -> bool:
    return _letters(a) == _letters(b)


def _letters(text: str) -> str:
    """Letters and digits only, accents dropped: "Seznam Zprávy" ~ "seznamzpravy"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def _is_site_part(part: str, names: list[str]) -> bool:
    """A title part that names the site ("WELT", "Golem.de") or is a date ("28.04.2023")."""
    key = _letters(part)
    if not key:
        return True
    if dates.find_dates(part) and len(part.split()) <= 3:
        return True
    return any(len(n) >= 2 and (key in n or n in key) for n in names)


def _short_title(title: str, sitename: str | None, url: str | None) -> str:
    """Drop site names and dates around a page title ("Headline | DW | 28.04.2023").

    fundus-style gold and readers want the headline alone; the site is ``Page.outlet``.
    """
    domain = metadata.registered_domain(url) or ""
    names = [_letters(n) for n in (sitename or "", domain.split(".")[0], domain) if n]
    changed = True
    while changed:
        changed = False
        for sep in _TITLE_SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if found and head.strip() and _is_site_part(tail, names):
                title, changed = head.strip(), True
                break
            first, found, rest = title.partition(sep)
            if found and rest.strip() and _is_site_part(first, names):
                title, changed = rest.strip(), True
                break
    return title


def _extract(html: str, url: str | None):
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        favor_precision=FAVOR_PRECISION,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def clean_html(
    html: str,
    *,
    uri: str,
    url: str | None,
    captured_at: str | None,
    encoding: str,
    now: datetime,
) -> Page:
    """A decoded HTML page -> ``Page`` whose input text is the extracted text itself."""
    doc = _extract(html, url)
    body_text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body_text:
        raise EmptyPage(uri, "no main text found in the HTML")
    paragraphs = [p.strip() for p in body_text.splitlines() if p.strip()]
    sitename = getattr(doc, "sitename", None)
    title = _short_title(" ".join((getattr(doc, "title", None) or "").split()), sitename, url)
    if paragraphs and title and _same(paragraphs[0], title):
        paragraphs = paragraphs[1:]  # the <h1> repeated as the body's first line
    if word_units(" ".join(paragraphs)) < MIN_BODY_WORDS:
        raise EmptyPage(uri, "no main text found in the HTML")
    head = title + "\n\n" if title else ""
    text = head + "\n\n".join(paragraphs)
    body_start = len(head)
    found = find_dateline(text, body_start)
    agency = found.agency if found else None
    zone = metadata.zone_for(agency, url)
    published, modified = declared_times(html, now, zone)
    # else the date htmldate found inside trafilatura (original_date=True, see _extract)
    published = published or _first_plausible([getattr(doc, "date", None) or ""], now, None)
    lang = _HTML_LANG.search(html[:5000])
    return Page(
        uri=uri,
        input_kind="html",
        input_text=text,
        encoding=encoding,
        title=title,
        text=text,
        body_start=body_start,
        offsets=OffsetMap((Segment(0, 0, len(text)),)),
        url=url,
        published=published,
        modified=modified,
        captured_at=captured_at,
        dateline=found,
        outlet=metadata.outlet(agency, url, sitename),
        language=metadata.language(text, lang.group(1) if lang else None),
        authors=_authors(getattr(doc, "author", None)),
    )


def _authors(raw: str | None) -> tuple[str, ...]:
    """trafilatura joins authors with "; "; fewer right names beat more wrong ones."""
    if not raw:
        return ()
    names = [n.strip() for n in raw.split(";") if n.strip()]
    return tuple(n for n in names if 1 < len(n.split()) <= 5 and not _looks_like_junk(n))


def _looks_like_junk(name: str) -> bool:
    return any(ch.isdigit() for ch in name) or "@" in name or "http" in name.lower()
