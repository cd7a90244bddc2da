"""What store queries return: small frozen rows, one shape for CLI text, JSON and the web app.

Why rows and not model dataclasses: a stored statement carries what an extracted one cannot
know (its database ids, the canonical speaker across articles, its article's metadata).
Field names follow ``Article.to_dict()`` wherever the meaning is the same.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity mentioned in an article; offsets index the article text."""

    id: int
    text: str
    label: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class StatementRow:
    """One stored statement with who said it (as written and canonical) and where it appeared.

    ``speaker`` is the name the extractor resolved in this article (as in ``to_dict()``);
    ``speaker_canonical`` is the one name the store uses for that person across articles.
    ``start``/``end`` index the article text, ``source_start``/``source_end`` the decoded input.
    """

    id: int
    article_id: int
    seq: int
    text: str
    kind: str
    cue: str
    speaker: str | None
    speaker_kind: str | None
    speaker_id: int | None
    speaker_canonical: str | None
    speaker_mention: str | None
    start: int
    end: int
    source_start: int | None
    source_end: int | None
    speaker_mention_start: int | None
    speaker_mention_end: int | None
    speaker_mention_text_start: int | None
    speaker_mention_text_end: int | None
    confidence: float
    article_hash: str
    title: str
    uri: str
    url: str | None
    outlet: str | None
    published: str | None
    dateline: str | None
    entities: tuple[EntityRow, ...] = ()

    def to_dict(self) -> dict:
        data = asdict(self)
        data["entities"] = [e.to_dict() for e in self.entities]
        return data


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    """A speaker across articles: canonical name, every spelling seen, how often quoted."""

    id: int
    name: str
    kind: str | None
    statements: int
    articles: int
    aliases: tuple[str, ...]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["aliases"] = list(self.aliases)
        return data


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """A stored article with its metadata; ``input_text`` is what source offsets index."""

    id: int
    hash: str
    uri: str
    url: str | None
    title: str
    text: str
    body_start: int
    published: str | None
    page_date: str | None
    modified: str | None
    captured_at: str | None
    dateline: str | None
    dateline_place: str | None
    dateline_agency: str | None
    outlet: str | None
    language: str | None
    authors: tuple[str, ...]
    input_kind: str
    encoding: str
    media_type: str | None
    ingested_at: str
    input_text: str
    entities: tuple[EntityRow, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["authors"] = list(self.authors)
        data["entities"] = [e.to_dict() for e in self.entities]
        return data
