"""Hand-built articles for the store tests: no spaCy, no other stage involved."""

from __future__ import annotations

from dataclasses import dataclass

from quotewatch.model import Article, Dateline, Entity, OffsetMap, Page, Segment, Source, Statement


@dataclass(frozen=True)
class Said:
    """One statement to build: the words, who, and how sure."""

    words: str
    speaker: str | None = "Aleksandr Lukashenko"
    kind: str = "direct"
    confidence: float = 0.9
    speaker_kind: str | None = "person"
    entities: tuple[tuple[str, str], ...] = ()  # (text inside words, label)


def build(
    said: list[Said],
    *,
    title: str = "Lukashenko: Russia has never asked Belarus",
    url: str | None = "https://www.belta.by/president/view/1",
    uri: str | None = None,
    outlet: str | None = "BelTA",
    published: str | None = "2022-02-24T13:36:00+03:00",
    furniture: str = "Government Bodies\nAll news\n",
) -> tuple[Article, Source]:
    """An Article and its Source whose offsets are all consistent.

    The raw input is navigation ``furniture`` followed by the article text, so source offsets
    differ from text offsets (as they do after cleaning).
    """
    dateline_text = "MINSK, 24 February (BelTA) –"
    text = f"{title}\n\n{dateline_text} "
    body_start = len(title) + 2
    statements, entities = [], []
    for s in said:
        lead = f"{s.speaker or 'A source'} said: “"
        mention_start = len(text)
        text += lead
        start = len(text)
        text += s.words
        end = len(text)
        text += "” "
        ents = []
        for ent_text, label in s.entities:
            at = start + s.words.index(ent_text)
            ents.append(Entity(ent_text, label, at, at + len(ent_text)))
        entities += ents
        statements.append(
            Statement(
                text=s.words, kind=s.kind, start=start, end=end, cue="said",  # type: ignore[arg-type]
                speaker_mention=s.speaker, speaker_mention_start=mention_start,
                speaker_mention_end=mention_start + len(s.speaker or "A source"),
                speaker=s.speaker, speaker_kind=s.speaker_kind if s.speaker else None,  # type: ignore[arg-type]
                confidence=s.confidence, entities=tuple(ents),
            )
        )  # fmt: skip
    input_text = furniture + text
    page = Page(
        uri=uri or (url or "file:///tmp/page.txt"), input_kind="text", input_text=input_text,
        encoding="utf-8", title=title, text=text, body_start=body_start,
        offsets=OffsetMap((Segment(0, len(furniture), len(text)),)), url=url,
        published=published, page_date="2024-04-14", captured_at="2024-04-14T10:00:00Z",
        dateline=Dateline(dateline_text, "MINSK", "BelTA", body_start,
                          body_start + len(dateline_text)),
        outlet=outlet, language="en", authors=("BelTA staff",),
    )  # fmt: skip
    source = Source(raw=input_text.encode("utf-8"), uri=page.uri, url=url, media_type="text/plain")
    return Article(page, tuple(statements), tuple(entities)), source
