"""A small store built by hand from model dataclasses (no spaCy), and an app over it.

Four ordinary articles (BelTA, TASS repeating BelTA's quote, Reuters, an undated one) and one
hostile article whose title, text, speaker, outlet, URL, authors and entities all carry markup,
event handlers and ``javascript:`` URLs. Every page must show them as text.

The speakers (Petr Volkov, Martin Hale) are invented, and so are their statements: test data
must never put words in a real person's mouth.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quotewatch.model import Article, Dateline, Entity, OffsetMap, Page, Segment, Source, Statement
from quotewatch.serve import create_app
from quotewatch.store import open_store

SEED_PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "belta-2022-02-24-lukashenko.txt"
PWN = "window.__pwned=1"
HOSTILE_TITLE = f'<script>{PWN}</script>Breaking <img src=x onerror="{PWN};alert(1)">'
HOSTILE_QUOTE = f"<script>{PWN};alert('x')</script> click javascript:alert(1) now"
HOSTILE_FORMULA = '=HYPERLINK("http://evil.example","pwn")'
HOSTILE_SPEAKER = "Evil <b onmouseover=alert(1)>Mallory</b>"
HOSTILE_OUTLET = "<svg onload=alert(1)>Outlet"
HOSTILE_ENTITY = "<iframe src=javascript:alert(1)>"
HOSTILE_URL = f"javascript:{PWN}"
HOSTILE_MARKERS = ("<script>", "<img src=x", "<svg onload", "<iframe", "<b onmouseover")


@dataclass
class Quote:
    """A statement to place in an article body: its words, who, and how it was introduced."""

    text: str
    speaker: str | None
    cue: str = "said"
    kind: str = "direct"
    mention: str | None = None
    entities: tuple[tuple[str, str], ...] = ()
    confidence: float = 0.9


@dataclass
class Spec:
    title: str
    body: str
    quotes: list[Quote]
    outlet: str | None
    published: str | None
    url: str | None
    language: str = "en"
    page_date: str | None = None
    authors: tuple[str, ...] = ()
    dateline: str | None = None
    extra_entities: tuple[tuple[str, str], ...] = field(default=())


def _find(text: str, needle: str, after: int = 0) -> int:
    at = text.find(needle, after)
    assert at >= 0, f"{needle!r} not in article text"
    return at


def make_article(spec: Spec, uri: str) -> tuple[Article, Source]:
    """An Article whose offsets are exact: every quote, mention and entity is found in the text."""
    text = f"{spec.title}\n\n{spec.body}"
    body_start = len(spec.title) + 2
    statements, all_entities = [], []
    for q in spec.quotes:
        start = _find(text, q.text, body_start if q.kind != "headline" else 0)
        end = start + len(q.text)
        m_start = m_end = None
        if q.mention:
            m_start = _find(text, q.mention, body_start)
            m_end = m_start + len(q.mention)
        ents = tuple(
            Entity(t, label, (s := _find(text, t, start)), s + len(t)) for t, label in q.entities
        )
        all_entities.extend(ents)
        statements.append(
            Statement(
                text=q.text, kind=q.kind, start=start, end=end, cue=q.cue,  # type: ignore[arg-type]
                speaker_mention=q.mention, speaker_mention_start=m_start,
                speaker_mention_end=m_end, speaker=q.speaker,
                speaker_kind="person" if q.speaker else "unnamed",
                confidence=q.confidence, entities=ents,
            )
        )  # fmt: skip
    for t, label in spec.extra_entities:
        s = _find(text, t)
        all_entities.append(Entity(t, label, s, s + len(t)))
    dateline = None
    if spec.dateline:
        s = _find(text, spec.dateline)
        dateline = Dateline(spec.dateline, "Minsk", spec.outlet, s, s + len(spec.dateline))
    page = Page(
        uri=uri, input_kind="text", input_text=text, encoding="utf-8", title=spec.title,
        text=text, body_start=body_start, offsets=OffsetMap((Segment(0, 0, len(text)),)),
        url=spec.url, published=spec.published, page_date=spec.page_date,
        dateline=dateline, outlet=spec.outlet, language=spec.language, authors=spec.authors,
    )  # fmt: skip
    ordered = tuple(sorted(statements, key=lambda s: s.start))
    entities = tuple(sorted(set(all_entities), key=lambda e: (e.start, e.end)))
    article = Article(page=page, statements=ordered, entities=entities)
    return article, Source(raw=text.encode(), uri=uri, url=spec.url)


ONLY_FORCE = "Only force works with them"

SPECS = [
    Spec(
        title="Volkov: Belarus will not send troops",
        body=(
            "MINSK, 24 February (BelTA) – Petr Volkov said Belarus would not send troops "
            f"to Ukraine. “{ONLY_FORCE},” the president said. He noted that Poland was "
            "preparing provocations on the border."
        ),
        quotes=[
            Quote("Belarus would not send troops to Ukraine", "Petr Volkov",
                  kind="indirect", mention="Petr Volkov",
                  entities=(("Belarus", "GPE"), ("Ukraine", "GPE"))),
            Quote(ONLY_FORCE, "Petr Volkov", mention="the president"),
            Quote("Poland was preparing provocations on the border", "Petr Volkov",
                  cue="noted", kind="indirect", mention="He", entities=(("Poland", "GPE"),)),
        ],
        outlet="BelTA", published="2022-02-24T13:36:00+03:00", page_date="2022-02-25",
        url="https://www.belta.by/president/view/1", dateline="MINSK, 24 February (BelTA) –",
        authors=("BelTA staff",),
    ),
    Spec(
        title="Belarusian leader repeats warning",
        body=f"“{ONLY_FORCE}!” Petr Volkov told reporters on Friday in Minsk.",
        quotes=[Quote(f"{ONLY_FORCE}!", "Petr Volkov", cue="told",
                      mention="Petr Volkov")],
        outlet="TASS", published="2022-02-25T10:00:00+03:00",
        url="https://tass.com/world/2", extra_entities=(("Minsk", "GPE"),),
    ),
    Spec(
        title="Hale on NATO unity",
        body=(
            "WASHINGTON – Martin Hale said NATO was more united than ever. “We will defend "
            "every inch of NATO territory,” Hale told a news conference in March."
        ),
        quotes=[
            Quote("NATO was more united than ever", "Martin Hale", kind="indirect",
                  mention="Martin Hale", entities=(("NATO", "ORG"),)),
            Quote("We will defend every inch of NATO territory", "Martin Hale", cue="told",
                  mention="Hale", entities=(("NATO", "ORG"),)),
        ],
        outlet="Reuters", published="2022-03-10", url="https://www.reuters.com/world/3",
    ),
    Spec(
        title="Officials weigh sanctions",
        body="Officials said the sanctions on Belarus would be widened, according to a source.",
        quotes=[Quote("the sanctions on Belarus would be widened", None, kind="indirect",
                      mention="Officials", entities=(("Belarus", "GPE"),), confidence=0.4)],
        outlet="Reuters", published=None, url=None, language="en",
    ),
    Spec(
        title=HOSTILE_TITLE,
        body=(
            f"{HOSTILE_SPEAKER} said: “{HOSTILE_QUOTE}”. She added “{HOSTILE_FORMULA}” "
            f"and praised {HOSTILE_ENTITY} loudly."
        ),
        quotes=[
            Quote(HOSTILE_QUOTE, HOSTILE_SPEAKER, mention=HOSTILE_SPEAKER,
                  entities=((HOSTILE_ENTITY, "ORG"),)),
            Quote(HOSTILE_FORMULA, HOSTILE_SPEAKER, cue="added", mention="She"),
        ],
        outlet=HOSTILE_OUTLET, published="2022-03-11T09:00:00Z", url=HOSTILE_URL,
        authors=(f"<script>{PWN}</script>",),
    ),
]  # fmt: skip


# A year of Volkov statements, one a month, so timelines and histograms have a shape.
SERIES_TOPICS = [
    ("Poland", "GPE", "Poland is pushing the region towards confrontation"),
    ("Russia", "GPE", "our alliance with Russia is stronger than ever"),
    ("China", "GPE", "China is a reliable partner for Belarus"),
    ("European Union", "ORG", "the European Union has closed the door on dialogue"),
    ("Poland", "GPE", "Poland should stop building fences on the border"),
    ("Russia", "GPE", "Russia and Belarus will hold joint exercises in autumn"),
    ("Ukraine", "GPE", "Ukraine must come to the negotiating table"),
    ("China", "GPE", "trade with China grew by a third this year"),
    ("Poland", "GPE", "Poland is preparing provocations again"),
    ("Russia", "GPE", "gas prices agreed with Russia will not change"),
    ("European Union", "ORG", "the sanctions of the European Union have failed"),
    ("Poland", "GPE", "we do not want a war with Poland"),
]
SERIES_OUTLETS = ["BelTA", "TASS", "RIA Novosti", "Xinhua"]
SERIES = [
    Spec(
        title=f"Volkov on {entity}",
        body=f"MINSK – “{words[0].upper() + words[1:]},” Petr Volkov said on Tuesday.",
        quotes=[Quote(words[0].upper() + words[1:], "Petr Volkov",
                      mention="Petr Volkov", entities=((entity, label),))],
        outlet=SERIES_OUTLETS[i % 4],
        published=f"{2022 + (i + 3) // 12}-{(i + 3) % 12 + 1:02d}-{10 + i:02d}T12:00:00+03:00",
        url=f"https://example.org/series/{i}",
    )
    for i, (entity, label, words) in enumerate(SERIES_TOPICS)
]  # fmt: skip
STATEMENTS = 9 + len(SERIES)
VOLKOV = 4 + len(SERIES)


def build_store(path: Path) -> Path:
    """Write every spec through the store's own writer."""
    with open_store(path) as store:
        for i, spec in enumerate(SPECS + SERIES):
            article, source = make_article(spec, f"fixture-{i}.txt")
            assert store.add(article, source)
    return path


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "quotes.db")


@pytest.fixture(scope="session")
def app(db_path: Path):
    return create_app(str(db_path))


@pytest.fixture
def client(app) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)


def ids(db_path: Path, sql: str, *params) -> list:
    with open_store(db_path, readonly=True) as store:
        return [row[0] for row in store.conn.execute(sql, params)]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "browser: drives headless Chromium via Playwright (scripts/install-browser.sh)"
    )
