"""Choosing which paragraphs to parse, and mapping offsets back to ``Page.text``.

Why: the parser is most of the cost of the stage, and most paragraphs of a news page hold no
statement. We parse the headline, the lead (it introduces people by full name), every
paragraph with a quote mark or a cue word, the paragraph before one that starts by
pointing back ("He said", "The minister added") so a pronoun has its antecedent, and any
paragraph that spells out an acronym ("… Canada (IRCC)"), so "IRCC said" has its full name,
and any paragraph that writes in full a name a kept paragraph uses alone.
Consecutive chosen paragraphs are copied with the page's own separator, so a quote running
over several paragraphs stays one contiguous span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from quotewatch.statements.lexicon import (
    AMBIGUOUS_FORMS,
    CUE_FORMS,
    JUDGING_HEADS,
    ORGANISATION_NOUNS,
    PHRASE_CUES,
    PRONOUNS,
    ROLE_GROUPS,
)
from quotewatch.statements.quotes import can_open, has_quote_mark, paragraph_spans

_CUE_WORDS = sorted(
    (CUE_FORMS - AMBIGUOUS_FORMS) | {" ".join(p) for p in PHRASE_CUES}, key=len, reverse=True
)
_AMBIGUOUS = sorted(AMBIGUOUS_FORMS & CUE_FORMS, key=len, reverse=True)
_CUE_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in _CUE_WORDS)
    + r")\b|\b(?:"
    + "|".join(re.escape(w) for w in _AMBIGUOUS)
    + r")\s+(?:\S+\s+){0,2}that\b|\bcall(?:s|ed|ing)? (?:for|on|upon)\b"
    + r"|\b(?:polls?|surveys?|stud(?:y|ies)|reports?|data|analys[ie]s|reviews?|research"
    + r"|investigations?|documents|figures|filings|records|results|estimates)\b"
    + r"[^.]{0,60}?\b(?:find|finds|found|show|shows|showed|shown)\b"
    + r"|\b(?:"
    + "|".join(sorted(JUDGING_HEADS))
    + r")\b[^.]{0,60}?\b(?:find|finds|found)\b",
    re.I,
)
# "The CFPB found the bank had …": a body known by its initials reports a finding.
_INITIALS_FOUND_RE = re.compile(r"\b[A-Z]{2,}\)?\s+(?:finds|found)\b")
# An ambiguous form right after a name, a person pronoun or "the" and a noun ("Mbumba
# indicated Saturday …", "who claim UNRWA …", "the fraudster claims the money …") may be a
# verb, so the paragraph may report something.
_AMBIGUOUS_AFTER_SUBJECT_RE = re.compile(
    r"(?:\b(?:[Ww]ho|[Hh]e|[Ss]he|[Tt]hey|also|[Tt]he\s+[a-z]+)|\b(?!(?:The|A|An|This|These|Those|Its|Their|His|Her|Our|Such)\b)[A-Z][a-z]+)\s+(?:"
    + "|".join(re.escape(w) for w in _AMBIGUOUS)
    + r")\b"
)
_BACKREF_RE = re.compile(
    r"^\W*(?:"
    + "|".join(sorted(PRONOUNS))
    + r"|the (?:"
    + "|".join(re.escape(r) for r in ROLE_GROUPS)
    + r"))\b",
    re.I,
)
# "“…,” he said", "said the 36-year-old", "wrote the center" anywhere in a paragraph: the
# person or organisation meant may sit in the paragraph before.
_PERSONAL_RE = re.compile(
    r"\b(?:he|she|\d+-year-old)\b|\bthe (?:" + "|".join(sorted(ORGANISATION_NOUNS)) + r")\b",
    re.I,
)
# "Immigration, Refugees and Citizenship Canada (IRCC)": a paragraph that spells out an acronym
# names the organisation a later "IRCC said" is (see speakers._acronyms_spelled_out).
# "(IRCC)", or "(OFV, " before the acronym's translation
ACRONYM_DEFINED_RE = re.compile(r"\(([A-Z][A-Za-z]{0,6}[A-Z])[),]")
# Where annotate puts ``names_by_initials`` of the whole body in ``Doc.user_data``.
NAMES_BY_INITIALS_KEY = "qw_names_by_initials"
_NAME_JOINERS = ("of", "and", "for", "the", "on", "in", "&", "de")
# Function words a sentence may open with before a name: "The Criminal Investigation …".
_OPENING_WORDS = frozenset(
    {
        "the", "a", "an", "in", "on", "at", "for", "of", "and", "but", "this", "that", "his",
        "her", "its", "their", "our", "when", "while", "after", "before", "as", "by", "with",
        "from", "to", "if", "since", "under",
    }
)  # fmt: skip
# A run of two or more capitalised words, joined by nothing or by "of", "and", "for", …
# A place's name made an adjective before a body's name: "Atlanta-based", "Kremlin-backed".
_PLACE_BASED = re.compile(r"[A-Z][\w'’]*-[a-z]")
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-z][\w'’\-]*(?:(?:\s+(?:" + "|".join(_NAME_JOINERS) + r"))*\s+[A-Z][a-z][\w'’\-]*)+"
)
# "Matthews: Here's the irony …" opening a paragraph: a transcript line (see finder._labels).
LABEL_RE = re.compile(r"^[A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]*){0,4}:\s+\S")
# A dash and a name: the signature under or after a quote.
SIGNER = r"[-–—―]+\s*(?P<name>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,4})"
# "- Hillary Clinton." or "— Sen. Bernie Sanders, in a speech" alone under a quote paragraph
# (used with match(), which anchors it at the paragraph's start).
SIGNATURE_RE = re.compile(SIGNER + r"\s*(?:[,(].{0,80})?\.?$")
# "“…” ― Sonya Herridge" on one line: the signature right after the closing mark.
SIGNED_LINE_RE = re.compile(r"[ \u00a0]*" + SIGNER + r"[ \u00a0.]*$")
JOIN = "\n\n"


@dataclass(frozen=True, slots=True)
class Selection:
    """The text to parse and where each run of it sits in ``Page.text``.

    ``runs`` holds ``(sub_start, page_start, length)`` for each verbatim run, sorted.
    """

    text: str
    runs: tuple[tuple[int, int, int], ...]

    def to_page(self, offset: int, *, is_end: bool = False) -> int:
        """Page offset of a sub-text offset (an exclusive end maps from its last char)."""
        if not self.runs:
            return offset
        probe = offset - 1 if is_end and offset > 0 else offset
        i = max(0, bisect_right([r[0] for r in self.runs], probe) - 1)
        sub_start, page_start, length = self.runs[i]
        return page_start + min(max(offset - sub_start, 0), length)

    def from_page(self, offset: int) -> int | None:
        """Sub-text offset of a page offset, or None where that text was not parsed."""
        for sub_start, page_start, length in self.runs:
            if page_start <= offset <= page_start + length:
                return sub_start + offset - page_start
        return None

    def run_index(self, offset: int) -> int:
        return max(0, bisect_right([r[0] for r in self.runs], offset) - 1)


def is_candidate(paragraph: str) -> bool:
    """Whether a paragraph can hold a statement: a quote mark, a cue word or a speaker label."""
    return (
        has_quote_mark(paragraph)
        or _CUE_RE.search(paragraph) is not None
        or _AMBIGUOUS_AFTER_SUBJECT_RE.search(paragraph) is not None
        or _INITIALS_FOUND_RE.search(paragraph) is not None
        or LABEL_RE.match(paragraph) is not None
    )


def choose_paragraphs(text: str, body_start: int) -> list[tuple[int, int]]:
    """The paragraph spans worth parsing, in page order."""
    paragraphs = paragraph_spans(text)
    keep = [False] * len(paragraphs)
    first_body = next((i for i, (s, _) in enumerate(paragraphs) if s >= body_start), None)
    for i, (start, end) in enumerate(paragraphs):
        chunk = text[start:end]
        if ACRONYM_DEFINED_RE.search(chunk) or chunk.rstrip().endswith(":"):
            keep[i] = True  # an acronym's full name; "… issued the following statement:"
        if start < body_start or i == first_body or is_candidate(chunk):
            keep[i] = True
            if i + 1 < len(paragraphs) and SIGNATURE_RE.match(text[slice(*paragraphs[i + 1])]):
                keep[i + 1] = True  # "“…” ¶ - Hillary Clinton.": the signature names the speaker
            if i > 0 and (
                _BACKREF_RE.match(chunk)
                or _PERSONAL_RE.search(chunk)
                or can_open(chunk.lstrip(), 0)  # a quote with no cue: whose?
            ):
                keep[i - 1] = True
    _keep_introductions(text, paragraphs, keep)
    return [p for p, k in zip(paragraphs, keep, strict=True) if k]


def _keep_introductions(text: str, paragraphs: list[tuple[int, int]], keep: list[bool]) -> None:
    """Also keep a paragraph that writes a name in full ("a leading challenger to President
    Yoweri Museveni") whose last word a later kept paragraph uses ("Museveni accused …"): the
    full name, the title and the person's gender come from the introduction, and a pronoun
    or the tagger's misreading of the lone surname depend on them."""
    later_words: set[str] = set()
    for i in range(len(paragraphs) - 1, -1, -1):
        chunk = text[slice(*paragraphs[i])]
        if keep[i]:
            later_words |= set(_CAPITALISED_WORD.findall(chunk))
            continue
        runs = (m.group().split() for m in _CAPITALISED_RUN.finditer(chunk))
        if any(len(run[-1]) > 2 and run[-1] in later_words for run in runs):
            keep[i] = True
            later_words |= set(_CAPITALISED_WORD.findall(chunk))


_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z][\w'’\-]*")


def select(text: str, body_start: int, *, everything: bool = False) -> Selection:
    """Build the sub-text to parse; ``everything`` parses the whole page (for measuring)."""
    if everything:
        return Selection(text, ((0, 0, len(text)),))
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    sub_len = 0
    prev_end: int | None = None
    for start, end in choose_paragraphs(text, body_start):
        if prev_end is not None and not text[prev_end:start].strip():
            # Adjacent paragraph: extend the run with the page's own separator.
            sub_start, page_start, _ = runs[-1]
            parts.append(text[prev_end:end])
            sub_len += end - prev_end
            runs[-1] = (sub_start, page_start, end - page_start)
        else:
            if parts:
                parts.append(JOIN)
                sub_len += len(JOIN)
            runs.append((sub_len, start, end - start))
            parts.append(text[start:end])
            sub_len += end - start
        prev_end = end
    return Selection("".join(parts), tuple(runs))


def initials(name: str, *, with_of: bool = False) -> str:
    """ "Israel Defense Forces" -> "IDF", "Agence France-Presse" -> "AFP"; ``with_of`` keeps
    "of" as an O ("Department of Health" -> "DOH")."""
    words = re.split(r"[\s\-]+", name.replace(",", " "))
    return "".join(
        "O" if w == "of" else w[0]
        for w in words
        if (with_of and w == "of") or (w[:1].isupper() and w.lower() not in _NAME_JOINERS)
    )


def acronyms_of(name: str) -> list[str]:
    """The acronyms a name may go by: its initials, with and without the O of an "of"
    ("Department of Health" -> "DH", "DOH")."""
    return list(dict.fromkeys([initials(name), initials(name, with_of=True)]))


def names_by_initials(text: str) -> dict[str, str]:
    """Names written in capitalised words, by their initials (three or more), first written
    first: what an acronym the page never spells out in brackets stands for ("GTR" for
    "Govia Thameslink Railway", "CID" for "The Criminal Investigation Department").

    Why the whole body and not the parsed paragraphs: the name is often written once, in a
    paragraph with no statement ("The Criminal Investigation Department had submitted facts
    to the court"). Each run gives every prefix ending in a capitalised word ("Human Rights
    Watch on Thursday" gives "Human Rights Watch"); a sentence's opening function word is
    left out ("The", "In").
    """
    found: dict[str, str] = {}
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        while words and (words[0].lower() in _OPENING_WORDS or _PLACE_BASED.match(words[0])):
            words = words[1:]  # "The Atlanta-based Centers for Disease Control": not "A…"
        for end in range(len(words), 0, -1):
            name = " ".join(words[:end])
            if words[end - 1].lower() in ROLE_GROUPS or not words[end - 1][:1].isupper():
                continue  # "Deputy Prime Minister" is a title, not what "DPM said" names
            rest = words[end:]
            if len(rest) == 2 and rest[0] == "and" and end > 2:
                # "CDC" for "Centers for Disease Control and Prevention": letters that stop
                # before a last "and …" still name the whole body
                name = " ".join(words)
            for letters in acronyms_of(" ".join(words[:end])):
                if len(letters) >= 3:
                    found.setdefault(letters, name)
    return found
