"""Dates shown in page text: the article's own timestamp vs the site's header date.

Why our own regexes: dateparser handles everything but costs milliseconds per call and guesses
on any digit run; the forms news pages print are few ("24 February 2022, 13:36",
"05.06.2025 um 14:46", "April 28, 2023", "2024年4月24日", ISO), and knowing *where* on the page a
date sits matters more than parsing exotic ones. The timestamp next to the headline is the
publication time; a date far above it (BelTA's "Sunday, 14 April 2024") is the capture day's
header, kept apart as ``page_date``; copyright years and future dates are never publication
dates.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quotewatch.clean.lexicon import COPYRIGHT_CUES, MONTHS, PUBLISHED_CUES, UPDATED_CUES

LOGGER = logging.getLogger(__name__)

# Earliest year accepted as a publication year (older digit runs are rarely dates of news).
MIN_YEAR = 1990
# How far (characters) above the headline and below the body start the timestamp may sit.
# Swept on plain-pages (700/1500 x 1200/3000): wide windows won (date accuracy 0.71 -> 0.74);
# headers sit far above the headline on some sites, and nearness still decides.
ABOVE_TITLE = 1500
BELOW_BODY = 3000
# A date introduced by "Published"/"Veröffentlicht" counts this many characters closer.
# No effect on plain-pages (0.767 with 0, 800 or 2000): kept as the page's own label.
CUE_BONUS = 800
# How many characters before a date an "Updated"/"©" cue is looked for (plain-pages).
CUE_REACH = 25
# A timestamp with a clock time is preferred over a bare date this many characters closer
# (plain-pages sweep 200/400/800: 800 best; body dates rarely carry a clock time).
TIME_BONUS = 800

_MONTH_NAMES = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_D_MONTH_Y = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th|er)?\s+(?:de\s+)?(?P<m>{_MONTH_NAMES})\.?,?"
    rf"\s+(?:de\s+)?(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_MONTH_D_Y = re.compile(
    rf"(?<![^\W\d_])(?P<m>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
_DMY_NUM = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4})(?!\d)")
_YMD_NUM = re.compile(r"(?<![\d.])(?P<y>\d{4})[./](?P<m>\d{1,2})[./](?P<d>\d{1,2})(?![\d])")
_DMY_SHORT = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})(?![\d.])")
_SLASH = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?!\d)")
_CJK = re.compile(r"(?P<y>\d{4})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일]?")
_TIME = re.compile(
    r"^[\s,|–\-]*(?:um|at|à|a las|alle|kl\.?|klo|saat|T)?\s*"
    r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?\s*"
    r"(?P<ampm>[ap]\.?m\.?)?\s*(?:Uhr\s*)?"
    r"(?P<tz>(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?|Z|GMT|UTC|[+-]\d{2}:?\d{2}|[A-Z]{3,4}T?)?",
    re.IGNORECASE,
)
_ZONE_ABBR = {
    "Z": 0, "GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120,
    "EET": 120, "EEST": 180, "MSK": 180, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300,
    "MST": -420, "MDT": -360, "PST": -480, "PDT": -420, "JST": 540, "KST": 540,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date shown in the text, with the clock time and zone printed next to it, if any."""

    start: int
    end: int
    day: date
    clock: time | None = None
    tz: timezone | None = None


def parse_iso(value: str) -> datetime | None:
    """An ISO 8601 string (``Z`` allowed) as an aware datetime (naive ones taken as UTC)."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _make_day(y: str, m: str | int, d: str) -> date | None:
    month = MONTHS.get(m.lower().rstrip(".")) if isinstance(m, str) and not m.isdigit() else m
    try:
        return date(int(y), int(month), int(d)) if month else None
    except (ValueError, TypeError):
        return None


def _slash_day(match: re.Match[str]) -> date | None:
    """``a/b/yyyy``: day first unless that is impossible (US pages print month first)."""
    a, b, y = int(match["a"]), int(match["b"]), match["y"]
    if a > 12:
        return _make_day(y, b, str(a))
    if b > 12:
        return _make_day(y, a, str(b))
    return _make_day(y, b, str(a))


def _clock(text: str, end: int) -> tuple[time | None, timezone | None, int]:
    """A clock time (and zone) printed right after a date, as in "24 February 2022, 13:36"."""
    match = _TIME.match(text[end : end + 40])
    if not match:
        return None, None, end
    hour, minute = int(match["h"]), int(match["mi"])
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None, None, end
    return time(hour, minute, int(match["s"] or 0)), _zone(match["tz"]), end + match.end()


def _zone(raw: str | None) -> timezone | None:
    if not raw:
        return None
    raw = raw.upper()
    if raw in _ZONE_ABBR:
        return timezone(timedelta(minutes=_ZONE_ABBR[raw]))
    sign_match = re.fullmatch(r"(?:GMT|UTC)?\s?([+-])(\d{1,2}):?(\d{2})?", raw)
    if not sign_match or int(sign_match[2]) > 14:
        return None
    minutes = int(sign_match[2]) * 60 + int(sign_match[3] or 0)
    return timezone(timedelta(minutes=minutes if sign_match[1] == "+" else -minutes))


def find_dates(text: str) -> list[DateHit]:
    """Every date the text shows, in order, each with its clock time when one follows."""
    hits: dict[int, DateHit] = {}
    patterns = (_D_MONTH_Y, _MONTH_D_Y, _ISO, _DMY_NUM, _YMD_NUM, _CJK)
    for pattern in patterns:
        for match in pattern.finditer(text):
            day = _make_day(match["y"], match["m"], match["d"])
            _add(hits, text, match, day)
    for match in _SLASH.finditer(text):
        _add(hits, text, match, _slash_day(match))
    for match in _DMY_SHORT.finditer(text):
        # "05.08.24 kl. 14:47": a two-digit year only counts with a clock time after it.
        if _TIME.match(text[match.end() : match.end() + 40]):
            _add(hits, text, match, _make_day("20" + match["y"], match["m"], match["d"]))
    return [hits[k] for k in sorted(hits)]


def _add(hits: dict[int, DateHit], text: str, match: re.Match[str], day: date | None) -> None:
    if day is None or day.year < MIN_YEAR or match.start() in hits:
        return
    clock, tz, end = _clock(text, match.end())
    if clock is None:
        clock, tz = _clock_before(text, match.start())
    hits[match.start()] = DateHit(match.start(), end, day, clock, tz)


_TIME_BEFORE = re.compile(r"(?<!\d)(?P<h>\d{1,2}):(?P<mi>\d{2})\s*[,|–\-]?\s*$")


def _clock_before(text: str, start: int) -> tuple[time | None, timezone | None]:
    """A clock time printed just before the date ("13:36, 24 February 2022")."""
    match = _TIME_BEFORE.search(text[max(0, start - 12) : start])
    if not match or int(match["h"]) > 23 or int(match["mi"]) > 59:
        return None, None
    return time(int(match["h"]), int(match["mi"])), None


def _cue_before(text: str, hit: DateHit, cues: re.Pattern[str]) -> bool:
    """Whether a cue word sits just before the date on its line.

    Only the words just before the date count: "Posted: Aug 08, 2024 | Last Updated: ..."
    holds a good date and an update on one line.
    """
    line_start = text.rfind("\n", 0, hit.start) + 1
    return bool(cues.search(text[max(line_start, hit.start - CUE_REACH) : hit.start]))


def usable(text: str, hit: DateHit, now: datetime) -> bool:
    """Not a copyright year and not after the capture time (or now)."""
    if _cue_before(text, hit, COPYRIGHT_CUES):
        return False
    return hit.day <= (now + timedelta(days=1)).date()


def to_iso(hit: DateHit, zone: str | None) -> str:
    """ISO 8601: the date alone, or date and time with the printed or the outlet's zone."""
    if hit.clock is None:
        return hit.day.isoformat()
    moment = datetime.combine(hit.day, hit.clock)
    if hit.tz is not None:
        return moment.replace(tzinfo=hit.tz).isoformat()
    if zone:
        try:
            return moment.replace(tzinfo=ZoneInfo(zone)).isoformat()
        except (ZoneInfoNotFoundError, ValueError):
            LOGGER.debug("unknown zone %s", zone)
    return moment.isoformat()


@dataclass(frozen=True, slots=True)
class PageDates:
    """The dates a plain-text page shows, told apart."""

    published: str | None = None
    page_date: str | None = None
    modified: str | None = None


def plain_dates(
    text: str, title_start: int, body_start: int, *, now: datetime, zone: str | None = None
) -> PageDates:
    """Publication time, the page's other date (header "today") and the update time.

    The published timestamp is the usable date nearest the headline (a printed clock time
    counts as closer) that no "Updated" cue introduces; ``page_date`` is the first other date
    shown above the headline, such as a site header's "today"; ``modified`` is the nearest
    "Updated ..." date, kept apart so original and updated dates are never confused.
    """
    # Dates below the body window never decide anything; skip parsing them (long footers).
    window = text[: body_start + BELOW_BODY + 40]
    hits = [h for h in find_dates(window) if usable(window, h, now)]
    near = [h for h in hits if title_start - ABOVE_TITLE <= h.start <= body_start + BELOW_BODY]
    updated = [h for h in near if _cue_before(window, h, UPDATED_CUES)]
    original = [h for h in near if h not in updated]

    def closeness(hit: DateHit) -> int:
        bonus = TIME_BONUS if hit.clock else 0
        if _cue_before(window, hit, PUBLISHED_CUES):
            bonus += CUE_BONUS
        return abs(hit.start - title_start) - bonus

    best = min(original, key=closeness) if original else None
    latest = min(updated, key=closeness) if updated else None
    return PageDates(
        published=to_iso(best, zone) if best else None,
        page_date=_page_date(hits, title_start, best.day if best else None),
        modified=to_iso(latest, zone) if latest else None,
    )


def _page_date(hits: list[DateHit], title_start: int, published: date | None) -> str | None:
    for hit in hits:
        if hit.start < title_start and hit.day != published:
            return hit.day.isoformat()
    return None
