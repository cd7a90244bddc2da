"""The shared model: the only values that cross stage boundaries.

Data flows ``sources`` -> ``clean`` -> ``statements`` -> ``store``:

* ``Source``   – one page exactly as it was read: bytes unchanged, plus where it came from.
* ``Page``     – what ``clean`` makes of a Source: the article text, metadata, and a map from
                 every character of that text back to the decoded input.
* ``Statement``/``Entity`` – what ``statements`` finds in ``Page.text``.
* ``Article``  – a Page with its statements and entities; ``Article.to_dict()`` is the public
                 ``quotewatch extract --json`` document (see docs/model.md).

Offsets are Python ``str`` indices (Unicode code points), half-open ``[start, end)``.
``Page.text`` is the headline, a blank line, then the body; statement ``start``/``end`` index
it, so a headline statement ("Lukashenko: ...") has offsets like any other.
``source_start``/``source_end`` index ``Page.input_text``: the decoded input for plain text, and
the extracted text itself for HTML (where the markup offsets would be meaningless to a reader).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

StatementKind = Literal["direct", "indirect", "mixed", "headline"]
InputKind = Literal["text", "html"]
SpeakerKind = Literal["person", "organisation", "unnamed"]

SCHEMA_VERSION = 1


@dataclass(frozen=True, slots=True)
class Source:
    """One page as read, before any interpretation.

    ``media_type`` is a hint from the container (a WARC or HTTP header), never from the file
    name; ``None`` means "detect from the bytes".
    """

    raw: bytes
    uri: str
    url: str | None = None
    captured_at: str | None = None
    media_type: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of ``Page.text`` copied verbatim from ``Page.input_text``.

    ``text[start:start+length] == input_text[source_start:source_start+length]``. Characters
    of ``Page.text`` outside every segment (the joins between kept lines) have no source.
    """

    start: int
    source_start: int
    length: int


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps offsets in ``Page.text`` back to ``Page.input_text``.

    Why: cleaning drops navigation lines and joins the rest, so body offsets and input offsets
    differ; users need the way back to the exact characters they can show in the raw page.
    """

    segments: tuple[Segment, ...] = ()
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Mapping runs once per statement and mention: keep the search keys, not a rebuild.
        object.__setattr__(self, "_starts", tuple(s.start for s in self.segments))

    def to_source(self, offset: int, *, is_end: bool = False) -> int | None:
        """The input offset for a text offset; ``is_end`` maps an exclusive end offset."""
        probe = offset - 1 if is_end else offset
        i = bisect_right(self._starts, probe) - 1
        if i < 0:
            return None
        seg = self.segments[i]
        if not seg.start <= probe < seg.start + seg.length:
            return None
        return seg.source_start + (offset - seg.start)

    def span_to_source(self, start: int, end: int) -> tuple[int | None, int | None]:
        return self.to_source(start), self.to_source(end, is_end=True)

    def statement_to_source(self, s: Statement) -> tuple[int | None, ...]:
        """(start, end, mention start, mention end) of a statement in the input text."""
        mention: tuple[int | None, int | None] = (None, None)
        if s.speaker_mention_start is not None and s.speaker_mention_end is not None:
            mention = self.span_to_source(s.speaker_mention_start, s.speaker_mention_end)
        return (*self.span_to_source(s.start, s.end), *mention)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire dateline such as "MINSK, 24 February (BelTA) –"; offsets index ``Page.text``."""

    text: str
    place: str | None
    agency: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Page:
    """A source reduced to its article: the output of ``clean``."""

    uri: str
    input_kind: InputKind
    input_text: str
    encoding: str
    title: str
    text: str
    body_start: int
    offsets: OffsetMap
    url: str | None = None
    published: str | None = None
    page_date: str | None = None
    modified: str | None = None
    captured_at: str | None = None
    dateline: Dateline | None = None
    outlet: str | None = None
    language: str | None = None
    authors: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing mentioned in ``Page.text`` (label: PERSON, ORG, GPE, LOC, NORP, ...)."""

    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said what: one attributed statement.

    ``speaker`` is the fullest name of the person or organisation in the article, or ``None``
    when the source is unnamed or could not be resolved: never a guess. ``speaker_mention`` is
    the mention as written ("He", "the president"); its offsets index ``Page.text``.
    """

    text: str
    kind: StatementKind
    start: int
    end: int
    cue: str
    speaker_mention: str | None
    speaker_mention_start: int | None
    speaker_mention_end: int | None
    speaker: str | None
    speaker_kind: SpeakerKind | None
    confidence: float
    entities: tuple[Entity, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """A page with everything found in it: what ``quotewatch.extract`` returns."""

    page: Page
    statements: tuple[Statement, ...] = ()
    entities: tuple[Entity, ...] = field(default=())

    def to_dict(self) -> dict:
        """The ``extract --json`` document: a public contract, documented in docs/model.md."""
        page = self.page
        return {
            "schema_version": SCHEMA_VERSION,
            "uri": page.uri,
            "url": page.url,
            "input_kind": page.input_kind,
            "encoding": page.encoding,
            "title": page.title,
            "published": page.published,
            "page_date": page.page_date,
            "modified": page.modified,
            "captured_at": page.captured_at,
            "dateline": _dateline_dict(page.dateline),
            "outlet": page.outlet,
            "language": page.language,
            "authors": list(page.authors),
            "text": page.text,
            "body_start": page.body_start,
            "body": page.body,
            "quotes": [_statement_dict(s, page.offsets) for s in self.statements],
            "entities": [_entity_dict(e) for e in self.entities],
        }


def _dateline_dict(dateline: Dateline | None) -> dict | None:
    if dateline is None:
        return None
    return {
        "text": dateline.text,
        "place": dateline.place,
        "agency": dateline.agency,
        "start": dateline.start,
        "end": dateline.end,
    }


def _entity_dict(entity: Entity) -> dict:
    return {"text": entity.text, "label": entity.label, "start": entity.start, "end": entity.end}


def _statement_dict(s: Statement, offsets: OffsetMap) -> dict:
    source_start, source_end, mention_start, mention_end = offsets.statement_to_source(s)
    return {
        "text": s.text,
        "kind": s.kind,
        "cue": s.cue,
        "speaker": s.speaker,
        "speaker_kind": s.speaker_kind,
        "speaker_mention": s.speaker_mention,
        "start": s.start,
        "end": s.end,
        "source_start": source_start,
        "source_end": source_end,
        "speaker_mention_start": mention_start,
        "speaker_mention_end": mention_end,
        "speaker_mention_text_start": s.speaker_mention_start,
        "speaker_mention_text_end": s.speaker_mention_end,
        "confidence": round(s.confidence, 3),
        "entities": [_entity_dict(e) for e in s.entities],
    }
