"""Finding quoted spans in plain text: pure string code, no spaCy, never raises.

Why plain strings: quote marks are typography, not syntax, and real pages mix every style
(“…” "…" «…» „…“ ‘…’), forget closing marks and use ’ as an apostrophe. A scanner that knows
paragraphs handles the journalistic convention for long quotes (a paragraph that opens a
quote without closing it continues at the next paragraph's opening mark), and it can be
tested on any string, which is how we know unbalanced marks never crash it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quotewatch.statements.lexicon import DOUBLE_MARKS, QUOTE_PAIRS, SINGLE_MARKS

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_OPEN_BEFORE = set(" \t\n\r([{—–-/:;,") | set(QUOTE_PAIRS)


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """One quotation: ``start``/``end`` delimit the words inside the marks.

    ``outer_start``/``outer_end`` include the marks. ``balanced`` is False when no closing
    mark was found and the quote was cut at its paragraph's end; ``paragraphs`` > 1 for a
    quote continued over several paragraphs.
    """

    start: int
    end: int
    outer_start: int
    outer_end: int
    mark: str
    balanced: bool = True
    paragraphs: int = 1


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each paragraph: text between blank lines, outer whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(text, pos, m.start(), spans)
        pos = m.end()
    _add_trimmed(text, pos, len(text), spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _char(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else " "


def can_open(text: str, i: int) -> bool:
    """Whether the mark at ``i`` can open a quote here (not an apostrophe, not a closer)."""
    mark, prev, nxt = text[i], _char(text, i - 1), _char(text, i + 1)
    if nxt.isspace():
        # “ Earlier this year …”: some sites pad a curly opener with a space
        return mark in "“„«" and prev.isspace() and _char(text, i + 2).isalnum()
    if mark in "“„«‚":
        return True
    if mark == "‘":
        return not prev.isalnum()
    if mark in "\"'”»":
        return prev in _OPEN_BEFORE or prev.isspace()
    return False


def _opens(text: str, i: int) -> bool:
    """A mark in opening position: after a space or opening punctuation, before a word."""
    prev, nxt = _char(text, i - 1), _char(text, i + 1)
    return (prev.isspace() or prev in _OPEN_BEFORE) and not nxt.isspace() and nxt != _CLOSER_PAD


def can_close(text: str, i: int, open_mark: str) -> bool:
    """Whether the mark at ``i`` closes a quote opened with ``open_mark``."""
    mark, prev, nxt = text[i], _char(text, i - 1), _char(text, i + 1)
    if mark not in QUOTE_PAIRS.get(open_mark, ""):
        return False
    if mark in SINGLE_MARKS:
        # ’ between letters is an apostrophe (don’t, Russia’s), never a closing mark.
        return not prev.isspace() and not nxt.isalnum()
    if mark != open_mark and mark == '"' and (prev.isspace() or nxt.isalnum()):
        return False  # “… "inner" …”: a straight mark closes a curly one only where it ends
    if mark == open_mark and mark in '"“' and prev.isspace() and not nxt.isspace():
        # A second opener in opening position: the writer forgot to close the first.
        return mark == '"'
    return True


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation in ``text``, in order; nested quotes stay inside their outer quote.

    Two apostrophes (''…'') and two backticks (``…'') are double marks in some archives
    (the NYT texts in PolNeAR), and two curly single marks close a double quote on some
    sites (“I will not quit’’, he said): each pair is read as one straight double mark.
    """
    scan = text
    for pair in _PAIRED_SINGLES:
        # a pair of right marks only closes: its pad tells ``_opens`` so ("…beyond,’’ he")
        scan = scan.replace(pair, '"' + (_CLOSER_PAD if pair == "’’" else "\x00"))
    if scan == text:
        return _find_quotes(text)
    return [_skip_pad(text, q) for q in _find_quotes(scan)]


_CLOSER_PAD = "\x01"
# Two single marks written for one double mark.
_PAIRED_SINGLES = ("''", "``", "’’", "‘‘")
_PAIRED_CLOSERS = ("''", "’’")


def _skip_pad(text: str, q: QuoteSpan) -> QuoteSpan:
    """Undo the two-character mark: the pad character is the second of the pair."""
    start = (
        q.start + 1
        if q.start < len(text) and text[q.start - 1 : q.start + 1] in _PAIRED_SINGLES
        else q.start
    )
    closer = text[q.outer_end - 1 : q.outer_end + 1]
    outer_end = q.outer_end + 1 if closer in _PAIRED_CLOSERS else q.outer_end
    return QuoteSpan(
        start, max(start, q.end), q.outer_start, outer_end, '"', q.balanced, q.paragraphs
    )


def _find_quotes(text: str) -> list[QuoteSpan]:
    quotes: list[QuoteSpan] = []
    paragraphs = paragraph_spans(text)
    open_at: int | None = None
    open_mark = ""
    n_paragraphs = 1
    inner_straight = False
    reopened = False
    for p_index, (p_start, p_end) in enumerate(paragraphs):
        i = p_start
        if open_at is not None and reopened:
            i += 1  # the continuation's opening mark, checked when the last paragraph ended
        while i < p_end:
            ch = text[i]
            if ch in QUOTE_PAIRS or ch in "’":
                if open_at is None:
                    if ch in QUOTE_PAIRS and can_open(text, i):
                        open_at, open_mark, n_paragraphs, inner_straight = i, ch, 1, False
                elif ch == '"' and open_mark == "“" and not inner_straight and _opens(text, i):
                    inner_straight = True  # “… "inner" …”: its closer is not ours
                elif ch == '"' and inner_straight:
                    inner_straight = False
                elif can_close(text, i, open_mark):
                    quotes.append(
                        QuoteSpan(open_at + 1, i, open_at, i + 1, open_mark, True, n_paragraphs)
                    )
                    open_at = None
            i += 1
        if open_at is None:
            continue
        nxt = paragraphs[p_index + 1] if p_index + 1 < len(paragraphs) else None
        reopened = bool(nxt) and _continues(text, nxt[0], open_mark)
        if reopened or (nxt and _closed_unopened(text, nxt, open_mark)):
            n_paragraphs += 1
            continue
        if _keeps_unclosed(text, open_at, open_mark) and p_end - open_at > 1:
            # Unclosed double quote: keep it to the paragraph end, flagged unbalanced.
            quotes.append(QuoteSpan(open_at + 1, p_end, open_at, p_end, open_mark, False, 1))
        open_at = None
    return quotes


def _keeps_unclosed(text: str, open_at: int, open_mark: str) -> bool:
    """An unclosed double mark opens words that run to the paragraph's end; so does a left
    single mark before a capital after a colon or opening a paragraph ("He added: ‘In
    Hampshire we …"). Elsewhere a single mark is more often an apostrophe, an elision (‘90s)
    or a Tongan ‘okina (‘Akilisi Pōhiva)."""
    if open_mark in DOUBLE_MARKS:
        return True
    i = open_at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    opening = i < 0 or text[i] in ":\n"
    return open_mark == "‘" and opening and _char(text, open_at + 1).isupper()


def _closed_unopened(text: str, paragraph: tuple[int, int], open_mark: str) -> bool:
    """A paragraph whose first mark closes the open quote, could not open one, and is followed
    by words of the writer's ("… in my lifetime," Graham declared.): the quote ran on without
    the usual opening mark. A mark that ends the paragraph closes a block copied from
    elsewhere as often, with a signature inside the marks."""
    start, end = paragraph
    family = DOUBLE_MARKS if open_mark in DOUBLE_MARKS else SINGLE_MARKS
    for i in range(start, end):
        between_letters = _char(text, i - 1).isalnum() and _char(text, i + 1).isalnum()
        if text[i] in family and not between_letters:  # not an apostrophe
            closes = can_close(text, i, open_mark) and not _opens(text, i)
            return closes and any(c.isalpha() for c in text[i + 1 : end])
    return False


def _continues(text: str, start: int, open_mark: str) -> bool:
    """A paragraph opening with the same family of mark continues an unclosed quote."""
    ch = text[start] if start < len(text) else ""
    same_family = DOUBLE_MARKS if open_mark in DOUBLE_MARKS else SINGLE_MARKS
    return ch in same_family and ch in QUOTE_PAIRS and can_open(text, start)


_ANY_QUOTE = re.compile(r"[“”„«»\"‘‚]|(?:^|[\s(])'\S")


def has_quote_mark(text: str) -> bool:
    """Cheap pre-filter: a double mark anywhere, or a single mark that is not an apostrophe."""
    return _ANY_QUOTE.search(text) is not None
