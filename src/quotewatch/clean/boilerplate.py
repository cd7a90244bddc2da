"""Tell article lines from site furniture in text saved from a whole web page.

Why line-level rules of our own: a scraper's text has lost its markup, so DOM-based extractors
see one flat block (trafilatura ~0.70 body F1) and jusText's paragraph classes (~0.77) drop the
many medium-length lines of real articles. What survives in plain text is enough: article
paragraphs are long, end like sentences and sit together; menus are runs of short lines and
``* item`` lists; share/subscribe/cookie lines are short and use a handful of words; captions and
teasers repeat. We score each line, find the densest run of article-like lines (a maximum-sum
segment, as in Finn's Body Text Extraction), and inside it drop only lines that are clearly
furniture, so already clean article text passes through whole.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from quotewatch.clean.lexicon import BOILERPLATE_PHRASES, CAPTION_CREDIT, CONSENT_WORDS

LOGGER = logging.getLogger(__name__)

# A line this long (in "word units", CJK characters counted as half a word) with sentence
# punctuation is article text. Tuned on plain-pages (benchmarks/body_f1.py): 12 beat 8 and 16.
LONG_WORDS = 12
# Lines at most this many words can be furniture (lexicon hits only count on short lines).
SHORT_WORDS = 8
# Cost of a non-article line inside a block, relative to one word of article text. Tuned on
# plain-pages: 6 keeps bodies whole across subheads and one-line quotes, cuts menus off.
GAP_COST = 6.0
# Nearby blocks (within MAX_GAP non-blank lines) with at least NEIGHBOUR_SHARE of the main
# block's article mass are the same article. Swept on plain-pages (benchmarks/body_f1.py):
# gap 0 (off) 0.881; 12/0.3 0.884; 25/0.3 0.887; 25/0.5 0.888; 40/0.5 0.890; 60/0.3 0.882.
MAX_GAP = 25
NEIGHBOUR_SHARE = 0.5
# Lines at either end of the text taken in when none is furniture (clean input; PolNeAR train).
EDGE_LINES = 6
# "* item" lines shorter than this are menu entries; longer ones are content bullets.
LIST_WORDS = 12
# ... unless they read as a sentence of at least this many words ("3. EXPERTS DOWNPLAY ...").
LIST_SENTENCE_WORDS = 4
# An article line counts at most this many words (one huge teaser must not buy a menu).
ARTICLE_CAP = 60
# Cost of a short line that ends like a sentence (not counted as part of a menu run).
SENTENCE_COST = 3.0
# Article lines near the page's end count less (footers of sentence-like site blurbs): the
# last line weighs 1 - POSITION_DECAY. plain-pages body F1: 0 -> 0.888, 0.2 -> 0.893,
# 0.4 -> 0.895, 0.6 -> 0.896; 0.4 keeps late-starting articles (long menus above) safe.
POSITION_DECAY = 0.4
# A short clean text (no line of LONG_WORDS) is an article when it has a line this long that
# ends like a sentence ("Obama said the economy is strong."); menus end in no punctuation.
MIN_SENTENCE_WORDS = 3
# Run-position multiplier cap for the cost of consecutive non-article lines.
RUN_CAP = 8

QUOTE_OPENERS = frozenset("“\"«„‘'")
QUOTE_CLOSERS = frozenset("”\"»“’'")
_LIST_ITEM = re.compile(r"^\s*(?:[*+o•·▪►\-]|\d{1,2}\.)(?:\s+|$)")
_SENTENCE_END = re.compile(r"[.!?。！？…:;)\]\"'”»“«’]\s*$")
_URL = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD = re.compile(r"\w+")
_PHRASES = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(p) for p in sorted(BOILERPLATE_PHRASES, key=len, reverse=True))
    + r")(?!\w)|©",
    re.IGNORECASE,
)

_CONSENT = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in CONSENT_WORDS) + r")(?!\w)", re.IGNORECASE
)
_LEGAL = re.compile(
    r"^\W*(?:©|\(c\)|copyright)|all rights reserved|alle rechte vorbehalten|tous droits réservés",
    re.IGNORECASE,
)
# Distinct consent words that make a long line a dialog paragraph (plain-pages).
CONSENT_HITS = 2


@dataclass(frozen=True, slots=True)
class Line:
    """One input line: ``text`` is ``input_text[start:end]`` minus trailing whitespace."""

    index: int
    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """Every line with its offsets, so kept lines can be copied verbatim into ``Page.text``."""
    lines: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.splitlines(keepends=True)):
        body = raw.rstrip()
        lines.append(Line(i, pos, pos + len(body), body))
        pos += len(raw)
    return lines


def normalise(text: str) -> str:
    """Compare lines by their words, not by spacing or case (repeats, gold matching)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def word_units(text: str) -> float:
    """Words, with CJK characters counted as half a word each (no spaces between them)."""
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text)))
    return words + cjk / 2


@dataclass(frozen=True, slots=True)
class LineInfo:
    """Features of one non-blank line, computed once."""

    line: Line
    words: float
    sentence_end: bool
    list_item: bool
    lexicon: bool
    repeated: bool
    caption: bool
    consent: bool
    legal: bool

    @property
    def article_like(self) -> bool:
        """Long and sentence-shaped: what article paragraphs look like in any language."""
        if self.list_item or self.repeated or self.consent:
            return False
        return self.words >= LONG_WORDS and (self.sentence_end or self.words >= 2 * LONG_WORDS)

    @property
    def furniture(self) -> bool:
        """Clearly not article text, even inside the article block."""
        if self.repeated or _URL.match(self.line.text):
            return True
        if self.list_item and self.words < LIST_WORDS:
            return not (self.sentence_end and self.words >= LIST_SENTENCE_WORDS)
        if self.legal and self.words <= 2 * SHORT_WORDS:
            return True  # "© 2024 Example News. All rights reserved."
        if self.lexicon and (
            self.words <= 4 or (self.words <= SHORT_WORDS and not self.sentence_end)
        ):
            return True  # "Share", "Subscribe to us"; not "... used personal email at Pentagon."
        return self.caption


def _consent(text: str) -> bool:
    return len({m.casefold() for m in _CONSENT.findall(text)}) >= CONSENT_HITS


def describe(lines: list[Line]) -> list[LineInfo]:
    """Features for the non-blank lines (repeats counted over the whole page)."""
    counts = Counter(normalise(x.text) for x in lines if x.text.strip())
    infos = []
    for line in lines:
        stripped = line.text.strip()
        if not stripped:
            continue
        words = word_units(stripped)
        sentence = words >= LIST_SENTENCE_WORDS + 1 and bool(_SENTENCE_END.search(stripped))
        infos.append(
            LineInfo(
                line=line,
                words=words,
                sentence_end=bool(_SENTENCE_END.search(stripped)),
                list_item=bool(_LIST_ITEM.match(line.text)),
                lexicon=words <= 2 * SHORT_WORDS and bool(_PHRASES.search(stripped)),
                repeated=counts[normalise(stripped)] > 1 and words < LONG_WORDS and not sentence,
                caption=bool(CAPTION_CREDIT.search(stripped[-60:])) and words < 3 * LONG_WORDS,
                legal=bool(_LEGAL.search(stripped)),
                consent=words >= LONG_WORDS and _consent(stripped),
            )
        )
    return infos


def _values(infos: list[LineInfo]) -> list[float]:
    """Gain of each line for the block search: article words count, everything else costs.

    The cost of a non-article line grows with its position in a run of such lines, so a lone
    subhead or "Advertisement" inside a body is cheap while a menu of twenty lines is a wall.
    """
    values: list[float] = []
    run = 0
    for n, info in enumerate(infos):
        if info.article_like:
            run = 0
            weight = 1.0 - POSITION_DECAY * n / len(infos)
            values.append(min(info.words, ARTICLE_CAP) * weight)
            continue
        if info.sentence_end and not info.furniture:
            values.append(-SENTENCE_COST)  # "Oh.", "It's that easy?": prose, not a menu
            continue
        run += 1
        base = GAP_COST if info.furniture else GAP_COST / 2
        values.append(-base * min(run, RUN_CAP))
    return values


def _best_segment(values: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    """Maximum-sum run in ``values[lo:hi]`` (Kadane): the densest article-like block."""
    best = (lo, lo, 0.0)
    start, total = lo, 0.0
    for i in range(lo, hi):
        if total <= 0:
            start, total = i, 0.0
        total += values[i]
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def article_block(infos: list[LineInfo]) -> tuple[int, int]:
    """Indices ``[start, end)`` into ``infos`` of the article's block; (0, 0) if none."""
    values = _values(infos)
    start, end, mass = _best_segment(values, 0, len(values))
    if mass <= 0:
        return 0, 0
    start, end = _merge_neighbours(values, start, end, mass)
    return _to_edges(infos, start, end)


def sentence_block(infos: list[LineInfo]) -> tuple[int, int]:
    """For a short, already clean text with no long line ("Obama said the economy is
    strong."): from its first to its last sentence-shaped line; (0, 0) if it has none.

    Why: ``article_block`` wants lines of ``LONG_WORDS`` or more, which a one-sentence item or
    a brief of short paragraphs never has; such a text is still an article, not a menu.
    """
    sentences = [
        n
        for n, info in enumerate(infos)
        if info.sentence_end and info.words >= MIN_SENTENCE_WORDS and not info.furniture
    ]
    if not sentences:
        return 0, 0
    return _to_edges(infos, sentences[0], sentences[-1] + 1)


def _merge_neighbours(values: list[float], start: int, end: int, mass: float) -> tuple[int, int]:
    """Take in nearby blocks that are article-like too: a body split by a product box, a
    newsletter sign-up or an ad run is still one article (guides, live pages)."""
    while True:
        left = _best_segment(values, max(0, start - MAX_GAP), start)
        right = _best_segment(values, end, min(len(values), end + MAX_GAP))
        grown = False
        if left[2] >= NEIGHBOUR_SHARE * mass:
            start, grown = left[0], True
        if right[2] >= NEIGHBOUR_SHARE * mass:
            end, grown = right[1], True
        if not grown:
            return start, end


def _to_edges(infos: list[LineInfo], start: int, end: int) -> tuple[int, int]:
    """Already clean text: a few furniture-free lines at either end belong to the article.

    A scraped page has menus (furniture) above the body and footers below; a clean article
    (headline, paragraphs, a short closing line like "Read it all here.") has neither, so its
    edges are taken in whole and no real sentence is lost.
    """
    head, tail = infos[:start], infos[end:]
    if len(head) <= EDGE_LINES and not any(i.furniture for i in head):
        start = 0
    if len(tail) <= EDGE_LINES:
        end = len(infos)  # furniture among them is still dropped by keep_lines
    return start, end


def keep_lines(infos: list[LineInfo], start: int, end: int) -> list[LineInfo]:
    """The block's lines minus furniture: subheads and one-line quotes stay (clean input)."""
    seen: set[str] = set()
    kept: list[LineInfo] = []
    for info in infos[start:end]:
        key = normalise(info.line.text)
        if (info.furniture and not _signs_quote(info, kept)) or key in seen:
            continue  # a long line said twice (a caption under two images) is kept once
        seen.add(key)
        kept.append(info)
    return kept


def _signs_quote(info: LineInfo, kept: list[LineInfo]) -> bool:
    """ "- Hillary Clinton." right under a line that is a quote signs it (fact-check layout);
    it only looks like a menu entry."""
    if not kept or not info.list_item or info.words > SHORT_WORDS:
        return False
    previous = kept[-1].line.text.strip()
    return previous[:1] in QUOTE_OPENERS and previous[-1:] in QUOTE_CLOSERS
