"""Wire datelines at the start of a body: "MINSK, 24 February (BelTA) –" -> place + agency.

Why: the dateline is the record's "where", and its agency is the outlet that wrote the words
even when another site republished them (syndicated copy must be grouped by origin).
"""

from __future__ import annotations

import logging
import re

from quotewatch.clean.lexicon import AGENCIES, COUNTRY_NAMES, LABELS, MONTHS
from quotewatch.model import Dateline

LOGGER = logging.getLogger(__name__)

# Longest place name in a dateline ("RIO DE JANEIRO", "LA CROSSE, Wis.").
MAX_PLACE_WORDS = 4
# Longest dateline head we look at (place, region, date), in characters.
MAX_HEAD = 80

_AGENCY = r"(?:\((?P<ag1>[^()\n]{1,30})\)|/(?P<ag2>[^/\n]{1,30})/)"
# After an agency in brackets the dash may touch the first word, "(Jiji Press)--The man", or
# follow a full stop, "(EFE).- The agency".
_DASH = r"(?P<dash>\.?\s*(?:[-–—]{1,3}|:)(?=\s|[A-Z]))"
# The head may hold a region in brackets: "Kalaburagi (Karnataka) [India], Nov 15 (ANI):".
_WITH_AGENCY = re.compile(
    rf"(?P<head>(?:[^\n()/]|\([A-Z][^\n()/]{{0,30}}\)){{0,{MAX_HEAD}}}?)\s*{_AGENCY}{_DASH}"
)
_BRACKETED = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# No agency: only an upper-case place (and optional date) before a dash or a colon,
# "WASHINGTON —", "KUALA LUMPUR:", or before a dash touching the first word, as Philippine
# papers write it ("MANILA—President Duterte", "TALAVERA, Nueva Ecija—President …").
# Letters are matched with Latin Extended (both cases: "HÀ NỘI —", Vietnamese), and
# ``_caps_only`` then asks the place to be upper case.
_CAPS_ONLY = re.compile(
    r"(?P<head>[A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ][A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ'’.\- ]{2,40}(?:,[^\n()/]{1,30}?)?)"
    r"(?P<dash>(?:\s+[-–—]{1,3}|:)(?=\s)|\s*(?:[–—]{1,2}|--)(?=[A-Z“\"]))"
)
# A place in title case needs a second part that only a dateline has: a region written as
# an abbreviation or a date ("Cancun, Q.R. —", "Caracas, February 2, 2007 —"); "Meanwhile,
# Trump — who …" is prose.
_TITLE_PLACE = re.compile(
    r"(?P<head>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+){0,3}"
    r",\s*(?:(?:[A-Z][a-z]{0,4}\.\s?)+|[^\n()/,]{0,20}\d[^\n()/]{0,20}?))"
    r"(?P<dash>\s+[-–—]{1,3}(?=\s))"
)
# A city in title case and its country before a dash: "Nairobi, Kenya — The prosecution".
_TITLE_CITY_COUNTRY = re.compile(
    r"(?P<head>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+){0,3}"
    r",\s*(?P<country>[A-Z][\w.’' \-]{2,40}?))"
    r"(?P<dash>\s+[-–—]{1,3}(?=\s))"
)
# A place in title case closed by ".-", as Spanish-language papers write it: "Santo Domingo.-".
_TITLE_DOT_DASH = re.compile(
    r"(?P<head>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]{2,}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+){0,3})"
    r"(?P<dash>\.-)(?=\s)"
)
# A place in title case with a space before its colon, as South Asian and Gulf sites write
# it: "Beirut : Lebanese Information Minister …", "New Delhi : The government", "Lahore
# [Pakistan], August 2 : …", "Jaipur (Rajasthan) [India], February 9 :" (regions in brackets
# and a date). Prose puts no space there.
_TITLE_SPACED_COLON = re.compile(
    r"(?P<head>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]{2,}(?: [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+){0,2}"
    r"(?: \([A-Z][^()\n]{1,30}\))?(?: \[[A-Z][^\[\]\n]{1,30}\])?(?:, [^\n,:()]{1,20}\d{1,4})?)"
    r"(?P<dash>\s+:)(?=\s)"
)
# An agency written as its web address: "(venezuelanalysis.com)".
_WEB_AGENCY = re.compile(r"[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|net|org|info|news)")
_HAS_DIGIT = re.compile(r"\d")


def _caps_only(window: str) -> re.Match[str] | None:
    """An upper-case place before a dash or colon ("KUALA LUMPUR:", "HÀ NỘI —")."""
    match = _CAPS_ONLY.match(window)
    place = match.group("head").split(",")[0] if match else ""
    return match if match and place == place.upper() else None


def _title_place(window: str) -> re.Match[str] | None:
    """A title-case dateline whose second part is a region's abbreviation, a calendar date (a
    month or a year) or a country ("Nairobi, Kenya —"): "Smith, 45 — a farmer" and
    "Meanwhile, Trump — who …" are not one; or a title-case place closed by ".-" ("Santo
    Domingo.-") or by a colon after a space ("Beirut :")."""
    match = _TITLE_PLACE.match(window)
    if match is None:
        country = _TITLE_CITY_COUNTRY.match(window)
        if country is not None and country.group("country") in COUNTRY_NAMES:
            return country
        return _TITLE_DOT_DASH.match(window) or _TITLE_SPACED_COLON.match(window)
    second = match.group("head").split(",", 1)[1]
    if second.strip().lower().rstrip(".") in {"jr", "sr"}:
        return None  # "Jones, Jr. — the coach"
    dated = _names_a_month(second) or re.search(r"\b(?:19|20)\d\d\b", second) is not None
    return match if dated or not _HAS_DIGIT.search(second) else None


def _canonical_agency(raw: str) -> str | None:
    """Known agencies get their house spelling; unknown ones must look like a name."""
    key = " ".join(raw.strip().lower().replace(".", "").split())
    if key in AGENCIES:
        return AGENCIES[key][0]
    words = raw.split()
    if _WEB_AGENCY.fullmatch(raw.strip()):
        return raw.strip()
    if not words or len(words) > 4 or not raw.strip()[0].isupper():
        return None
    return raw.strip()


def _is_date(part: str) -> bool:
    return bool(_HAS_DIGIT.search(part)) or _names_a_month(part)


def _names_a_month(part: str) -> bool:
    return any(w in MONTHS for w in re.findall(r"[^\W\d_]+", part.lower()))


def _place(head: str) -> str | None:
    """The place from a dateline head ("KYIV, Ukraine" -> "Kyiv"), dates dropped."""
    parts = [p.strip() for p in head.split(",") if p.strip()]
    places = [p for p in parts if not _is_date(p)]
    if not places:
        return None
    place = _BRACKETED.sub("", places[0])  # "New Delhi [India]" is New Delhi
    if not place or not place[0].isupper() or len(place.split()) > MAX_PLACE_WORDS:
        return None
    return place.title() if place.isupper() else place


def _head_is_place_and_date(head: str) -> bool:
    """Every comma part of a dateline head is a short place or region name, or a date."""
    parts = [p.strip() for p in head.split(",") if p.strip()]
    return all(_is_date(p) or len(p.split()) <= MAX_PLACE_WORDS for p in parts)


def find_dateline(text: str, body_start: int) -> Dateline | None:
    """The dateline opening the body of ``text`` (offsets index ``text``), if any."""
    start = body_start + (len(text[body_start:]) - len(text[body_start:].lstrip()))
    window = text[start : start + MAX_HEAD + 40]
    match = _WITH_AGENCY.match(window)
    agency = None
    if match:
        agency = _canonical_agency(match.group("ag1") or match.group("ag2") or "")
        if agency is None:
            match = None
    if match is None:
        match = _caps_only(window) or _title_place(window)
        if match is None or match.group("head").strip().upper() in LABELS:
            return None
    head = match.group("head")
    place = _place(head) if head.strip() else None
    if head.strip() and (place is None or not _head_is_place_and_date(head)):
        return None  # "Große Aufregung am Dienstag in Elmshorn (Kreis Pinneberg):" is prose
    if place is None and agency is None:
        return None
    end = start + match.end("dash")
    return Dateline(text=text[start:end], place=place, agency=agency, start=start, end=end)
