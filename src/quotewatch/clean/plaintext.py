"""Plain text as scrapers save it -> headline + kept body lines, with offsets back to the input.

Why verbatim lines: statements found later point into ``Page.text`` and users follow them back
to the raw page, so every kept line is copied unchanged and recorded as a ``Segment``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from quotewatch.clean.boilerplate import (
    Line,
    LineInfo,
    article_block,
    describe,
    keep_lines,
    sentence_block,
    split_lines,
)
from quotewatch.clean.dateline import find_dateline
from quotewatch.clean.dates import find_dates
from quotewatch.model import OffsetMap, Segment

LOGGER = logging.getLogger(__name__)

# How far above the article block the headline may sit, in non-blank lines. plain-pages titles:
# 10 -> 0.38, 15 -> 0.44, 25 -> 0.48, 40 -> 0.49 (captions, bylines, share rows in between).
TITLE_WINDOW = 25
# Score of a headline candidate ending in a full stop (no-stop lines score 2), and the cost
# per line of distance from the body. Swept on plain-pages titles (benchmarks/body_f1.py):
# period 0/-1/-2 made no difference; distance 0.1 -> 0.0 raised title accuracy 0.391 -> 0.403
# (standfirsts and captions sit closer to the body than headlines).
TITLE_PERIOD = 0.0
TITLE_DISTANCE = 0.0
# Weight of the share of a candidate's words found in the page URL's path. plain-pages titles:
# 0 -> 0.403, 2 -> 0.438, 3 -> 0.430, 5 -> 0.442; 2 keeps pages without a URL on equal terms.
SLUG_WEIGHT = 2.0
# Headline length bounds in word units (CJK characters count half).
TITLE_MIN_WORDS = 2
TITLE_MAX_WORDS = 40
# A first line longer than this that ends in a full stop is a lead paragraph, not a headline
# (every one of PolNeAR's 924 headlines has at most 25 words).
LEAD_MIN_WORDS = 25
# Joins kept lines: a blank line between paragraphs, as most readers expect.
PARAGRAPH_JOIN = "\n\n"

_BYLINE = re.compile(r"^\s*(by|von|par|por|di|door|av|af|od|от)\b", re.IGNORECASE)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_PERIOD_END = re.compile(r"[.。]\s*$")
_SENTENCE_END_STRICT = re.compile(r"[.。:;,]\s*$")
_CONTENT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W\d_]{4,}")
# Lines of body read to find the headline's words (lead paragraphs repeat them).
LEAD_LINES = 3


@dataclass(frozen=True, slots=True)
class PlainArticle:
    """What the line cleaner kept: the headline line (if any) and the body lines, in order."""

    title: Line | None
    body: tuple[Line, ...]


def content_words(text: str) -> set[str]:
    """Words that carry meaning (4+ letters; CJK characters singly), case-folded."""
    return {w.casefold() for w in _CONTENT.findall(text)}


def _title_score(
    info: LineInfo,
    distance: int,
    lines: list[Line],
    lead_words: set[str],
    slug_words: frozenset[str] = frozenset(),
) -> float | None:
    """How headline-like a line near the body is; ``None`` rules it out.

    Headlines are short-to-medium, end without a full stop, share their words with the lead
    paragraphs (captions and bylines do not, or carry a credit), and sit close above the body.
    """
    text = info.line.text.strip()
    if info.furniture or info.list_item or _BYLINE.match(text) or info.caption:
        return None
    if not TITLE_MIN_WORDS <= info.words <= TITLE_MAX_WORDS or _credited(info, lines):
        return None
    if info.words < 15 and (_CLOCK.search(text) or find_dates(text)):
        return None
    score = TITLE_PERIOD if _PERIOD_END.search(text) else 2.0
    score += 1.0 if 5 <= info.words <= 25 else 0.0
    score -= 1.0 if "|" in text or text.startswith((">", "…")) else 0.0
    words = content_words(text)
    if words and lead_words:
        score += 4.0 * len(words & lead_words) / len(words)
    if words and slug_words:
        score += SLUG_WEIGHT * len(words & slug_words) / len(words)
    score -= TITLE_DISTANCE * distance
    return score


def slug_words(url: str | None) -> frozenset[str]:
    """Words of a URL's path ("/2024/05/mexico-economy-grows" -> mexico, economy, grows).

    Why: most news URLs carry the headline's words, a signal no caption or teaser shares.
    """
    if not url:
        return frozenset()
    path = urlsplit(url).path
    return frozenset(content_words(unquote(path).replace("-", " ").replace("_", " ")))


def _credited(info: LineInfo, lines: list[Line]) -> bool:
    """A line next to a "© name" line is a caption, not a headline."""
    idx = info.line.index
    for j in (idx - 1, idx + 1):
        if 0 <= j < len(lines) and lines[j].text.lstrip().startswith(
            ("©", "(c)", "Foto:", "Photo:")
        ):
            return True
    return False


def find_title(
    infos: list[LineInfo], block_start: int, lines: list[Line], url: str | None = None
) -> int | None:
    """Index into ``infos`` of the headline: the best-scoring line near the body's start.

    The block's own first line is a candidate too: already clean text starts with its
    headline, and some pages set the headline as a full sentence ending in "!".
    """
    if (
        block_start == 0
        and len(infos) > 1
        and infos[0].words <= TITLE_MAX_WORDS
        and not _reads_as_lead(infos[0])
    ):
        return 0  # the whole text is the article: clean input starts with its headline
    lead = " ".join(i.line.text for i in infos[block_start : block_start + LEAD_LINES])
    lead_words = content_words(lead)
    slug = slug_words(url)
    best: tuple[float, int] | None = None
    lo = max(0, block_start - TITLE_WINDOW)
    for i in range(min(block_start, len(infos) - 1), lo - 1, -1):
        if i == block_start:
            first = infos[i]
            if _SENTENCE_END_STRICT.search(first.line.text) or first.words > 25:
                continue
            own = " ".join(x.line.text for x in infos[i + 1 : i + 1 + LEAD_LINES])
            score = _title_score(first, 0, lines, content_words(own), slug)
        else:
            score = _title_score(infos[i], block_start - 1 - i, lines, lead_words, slug)
        if score is not None and (best is None or score > best[0]):
            best = (score, i)
    return None if best is None else best[1]


def _reads_as_lead(info: LineInfo) -> bool:
    """A long first line ending in a full stop opens the story itself: text given without
    its headline ("LAHORE: Pakistan cricket captain Sarfaraz Ahmad has admitted that …").
    Headlines stay under LEAD_MIN_WORDS, also those that end in a full stop. So does a first
    line opened by a wire dateline, however short ("Accra, Nov. 26, GNA – The party …",
    "MANILA — The Department …"): headlines carry none. A word in capitals before a colon
    alone may be a headline's label instead ("BOOM: Trump Just Fired …"), unless a sentence
    in running case follows ("SINGAPORE: Workers’ Party MP Louis Chua posted a question …")."""
    text = info.line.text
    if info.words > LEAD_MIN_WORDS and _PERIOD_END.search(text):
        return True
    dateline = find_dateline(text, 0)
    if dateline is None:
        return False
    if "," in dateline.text or dateline.agency is not None or dateline.text[-1] != ":":
        return True
    return _running_sentence(text[dateline.end :])


def _running_sentence(text: str) -> bool:
    """A sentence of a dozen words or more, most of them in lower case: a lead's, where a
    headline capitalises its words."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", text)
    return len(words) >= 12 and sum(w[0].isupper() for w in words) < len(words) / 2


def clean_lines(text: str, url: str | None = None) -> PlainArticle:
    """Headline and body lines of a whole-page text; empty body when nothing is article-like."""
    lines = split_lines(text)
    infos = describe(lines)
    start, end = article_block(infos)
    if start == end:
        start, end = sentence_block(infos)
    if start == end:
        return PlainArticle(None, ())
    title_idx = find_title(infos, start, lines, url)
    kept = keep_lines(infos, start, end)
    title = infos[title_idx].line if title_idx is not None else None
    body = tuple(i.line for i in kept if title is None or i.line.index != title.index)
    return PlainArticle(title, body)


def assemble(input_text: str, article: PlainArticle) -> tuple[str, str, int, OffsetMap]:
    """``(text, title, body_start, offsets)``: title + blank line + body, each run a segment.

    Without a headline the text is the body alone (no leading blank line).
    """
    parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    title = ""
    if article.title is not None:
        title = input_text[article.title.start : article.title.end]
        lead = len(title) - len(title.lstrip())
        title = title.strip()
        segments.append(Segment(0, article.title.start + lead, len(title)))
        parts.append(title + "\n\n")
        pos = len(title) + 2
    body_start = pos
    for n, line in enumerate(article.body):
        if n:
            parts.append(PARAGRAPH_JOIN)
            pos += len(PARAGRAPH_JOIN)
        chunk = input_text[line.start : line.end]
        if chunk:
            segments.append(Segment(pos, line.start, len(chunk)))
        parts.append(chunk)
        pos += len(chunk)
    return "".join(parts), title, body_start, OffsetMap(tuple(segments))
