"""The JSON API's shapes, which FastAPI publishes in ``/openapi.json``.

Field names follow ``Article.to_dict()`` (docs/model.md) and the store's ``StatementRow``;
fields are only ever added. Ids are the store's row ids.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class EntityOut(BaseModel):
    id: int
    text: str
    label: str
    start: int
    end: int


class StatementOut(BaseModel):
    """One statement with who said it and the article it appeared in."""

    id: int
    article_id: int
    seq: int
    text: str
    kind: str
    cue: str
    speaker: str | None
    speaker_kind: str | None
    speaker_id: int | None
    speaker_canonical: str | None = Field(description="the store's one name for the speaker")
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
    language: str | None
    entities: list[EntityOut]


class RepeatOut(StatementOut):
    similarity: float = Field(description="word-sequence similarity to the statement, 0-1")
    identical: bool = Field(description="the same words in the same order")


class StatementPage(BaseModel):
    total: int = Field(description="matches; a lower bound when total_exact is false")
    total_exact: bool = Field(description="false when counting stopped at 1,000")
    offset: int
    limit: int
    next_offset: int | None = Field(description="offset of the next page; null on the last")
    items: list[StatementOut]


class Count(BaseModel):
    value: str
    count: int


class SpeakerCount(BaseModel):
    value: int
    label: str
    count: int


class EntityCount(BaseModel):
    value: str
    label: str
    count: int


class Bucket(BaseModel):
    bucket: str = Field(description="YYYY-MM, or YYYY-Www for weeks")
    count: int


class Facets(BaseModel):
    scanned: int = Field(description="how many matches were read")
    sampled: bool = Field(description="true when counts are estimates from a sample")
    step: int = Field(description="every step-th match was read; counts are multiplied by it")
    speaker: list[SpeakerCount]
    outlet: list[Count]
    language: list[Count]
    kind: list[Count]
    entity: list[Count]
    histogram: list[Bucket]


class DatelineOut(BaseModel):
    text: str
    place: str | None
    agency: str | None
    start: int | None
    end: int | None


class ArticleOut(BaseModel):
    """An article's metadata and text, as in ``extract --json`` plus store ids."""

    id: int
    hash: str
    uri: str
    url: str | None
    input_kind: str
    encoding: str
    title: str
    published: str | None
    page_date: str | None
    modified: str | None
    captured_at: str | None
    dateline: DatelineOut | None
    outlet: str | None
    language: str | None
    authors: list[str]
    text: str
    body_start: int
    body: str
    media_type: str | None
    ingested_at: str


class ArticleDetail(BaseModel):
    article: ArticleOut
    quotes: list[StatementOut]


class StatementDetail(BaseModel):
    statement: StatementOut
    article: ArticleOut
    others: list[StatementOut] = Field(description="the other statements in the same article")
    repeats: list[RepeatOut] = Field(description="same or near-identical, elsewhere, oldest first")


class SpeakerOut(BaseModel):
    id: int
    name: str
    kind: str | None
    aliases: list[str]
    statements: int
    articles: int
    mentions: list[Count]


class SpeakerDetail(BaseModel):
    speaker: SpeakerOut
    timeline: list[Bucket]
    entities: list[EntityCount]
    latest: list[StatementOut]


class SpeakerItem(BaseModel):
    id: int
    name: str
    kind: str | None
    statements: int


class OutletItem(BaseModel):
    name: str
    articles: int
    statements: int
    first_published: str | None
    last_published: str | None


class EntityItem(BaseModel):
    name: str
    label: str
    statements: int


class SpeakerList(BaseModel):
    offset: int
    limit: int
    next_offset: int | None
    items: list[SpeakerItem]


class OutletList(BaseModel):
    offset: int
    limit: int
    next_offset: int | None
    items: list[OutletItem]


class EntityList(BaseModel):
    offset: int
    limit: int
    next_offset: int | None
    items: list[EntityItem]


class EntityOverview(BaseModel):
    name: str
    labels: list[str]
    mentions: int
    articles: int


class OutletOverview(BaseModel):
    name: str
    articles: int
    first_published: str | None
    last_published: str | None


class Profile(BaseModel):
    facets: Facets
    total: int
    total_exact: bool
    latest: list[StatementOut]


class EntityDetail(Profile):
    entity: EntityOverview


class OutletDetail(Profile):
    outlet: OutletOverview


class Totals(BaseModel):
    articles: int
    statements: int
    speakers: int
    outlets: int
    first_published: str | None
    last_published: str | None


class Ingested(BaseModel):
    article_id: int | None
    added: bool = Field(description="false when the same page was already stored")
    statements: int
    title: str


class ErrorOut(BaseModel):
    """Every error under /api/: a title, and a message or the list of invalid parameters."""

    error: str
    detail: Any
