"""Build a large quotewatch database for benchmarks/serve_load.py from real ingested statements.

1. Ingest real pages with the project's own ingest (``quotewatch.ingest.ingest_paths``): the
   bundled samples/ and, when present, ../shared/corpus/news-pages/pages.
2. Replicate their statements into synthetic articles through the store's own writer
   (``open_store(path).add(article, source)``), with variation: publication dates spread over
   ten years, speakers re-drawn from the real speakers with a Zipf-like skew (a few are quoted
   very often, as in monitoring work), words of half the statements shuffled, outlets mixed.
   The other half keep their exact wording, so "repeated by" look-ups have work to do.
3. ``ANALYZE`` so SQLite's planner knows the table sizes (writes only sqlite_stat1), and,
   unless ``--no-serve-indexes``, the two indexes the web app's speaker pages want (see
   ``SERVE_INDEXES``; proposed for schema.sql): without them a speaker page of the most quoted
   speaker reads 100,000 article rows.

Usage:
    python benchmarks/serve_build.py --out /tmp/qwbench/big.db --statements 1000000

Takes roughly 10-20 minutes on 2 cores for a million statements (most of it in the writer).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from quotewatch.model import Article, Entity, OffsetMap, Page, Segment, Source, Statement
from quotewatch.store import open_store

ROOT = Path(__file__).resolve().parents[1]
REAL_PAGES = [ROOT / "samples", ROOT.parent / "shared" / "corpus" / "news-pages" / "pages"]
STATEMENTS_PER_ARTICLE = (6, 14)
FIRST_DAY = 16436  # 2015-01-01 as days since 1970-01-01
DAYS = 3650
TIMEZONES = ("+00:00", "+01:00", "+03:00", "+08:00", "-05:00")
_WORD = re.compile(r"\S+")
# Covering indexes for serve: a speaker's articles and an article's date without reading rows.
SERVE_INDEXES = (
    "CREATE INDEX IF NOT EXISTS statements_speaker_article ON statements (speaker_id, article_id)",
    "CREATE INDEX IF NOT EXISTS articles_id_published"
    " ON articles (id, published, outlet, language)",
)


@dataclass(frozen=True, slots=True)
class Seed:
    """A real statement: its words, how it was introduced, and the entities inside it."""

    text: str
    kind: str
    cue: str
    entities: tuple[tuple[str, str], ...]


def ingest_real(base: Path, workers: int) -> None:
    """The project's ingest over the real pages (skipped when ``base`` already exists)."""
    if base.exists():
        return
    from quotewatch.ingest import ingest_paths

    paths = [p for p in REAL_PAGES if p.exists()]
    summary = ingest_paths(paths, base, workers=workers)
    print(summary.describe(str(base)), file=sys.stderr)


def load_seeds(base: Path) -> tuple[list[Seed], list[tuple[str, str]], list[tuple[str, str]]]:
    """Real statements, speakers (name, kind) and (outlet, language) pairs from the base store."""
    with open_store(base, readonly=True) as store:
        conn = store.conn
        ents: dict[int, list[tuple[str, str]]] = {}
        for sid, text, label in conn.execute(
            "SELECT se.statement_id, e.text, e.label FROM statement_entities se"
            " JOIN entities e ON e.id = se.entity_id"
        ):
            ents.setdefault(sid, []).append((text, label))
        seeds = [
            Seed(text, kind, cue or "said", tuple(ents.get(sid, ())))
            for sid, text, kind, cue in conn.execute(
                "SELECT id, text, kind, cue FROM statements WHERE kind != 'headline'"
            )
            if 20 <= len(text) <= 600
        ]
        speakers = conn.execute(
            "SELECT name, coalesce(kind, 'person') FROM speakers ORDER BY id"
        ).fetchall()
        outlets = conn.execute(
            "SELECT DISTINCT outlet, coalesce(language, 'en') FROM articles"
            " WHERE outlet IS NOT NULL"
        ).fetchall()
    return seeds, speakers, outlets


def vary(seed: Seed, rng: random.Random) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Half the time the words are shuffled; entities that no longer appear are dropped."""
    if rng.random() < 0.5:
        return seed.text, seed.entities
    words = _WORD.findall(seed.text)
    rng.shuffle(words)
    text = " ".join(words)
    return text, tuple(e for e in seed.entities if e[0] in text)


def make_article(
    i: int,
    rng: random.Random,
    seeds: list[Seed],
    speakers: list[tuple[str, str]],
    weights: list[float],
    outlets: list[tuple[str, str]],
) -> tuple[Article, Source]:
    """One synthetic article whose statement and entity offsets are exact."""
    outlet, language = rng.choice(outlets)
    cast = rng.choices(speakers, weights=weights, k=3)
    picked = rng.sample(seeds, rng.randint(*STATEMENTS_PER_ARTICLE))
    title = f"{cast[0][0]}: " + " ".join(_WORD.findall(picked[0].text)[:8])
    text = title + "\n\n"
    body_start = len(text)
    statements, entities = [], []
    for seed in picked:
        words, ents = vary(seed, rng)
        name, kind = rng.choice(cast)
        mention_start = len(text)
        text += f"{name} {seed.cue} “"
        start = len(text)
        text += words
        end = len(text)
        text += "”.\n" if rng.random() < 0.3 else "”. "
        found = []
        for etext, label in ents:
            at = text.find(etext, start, end)
            if at >= 0:
                found.append(Entity(etext, label, at, at + len(etext)))
        entities.extend(found)
        statements.append(
            Statement(
                text=words, kind=seed.kind, start=start, end=end, cue=seed.cue,  # type: ignore[arg-type]
                speaker_mention=name, speaker_mention_start=mention_start,
                speaker_mention_end=mention_start + len(name), speaker=name,
                speaker_kind=kind, confidence=round(rng.uniform(0.4, 1.0), 3),  # type: ignore[arg-type]
                entities=tuple(found),
            )
        )  # fmt: skip
    day = FIRST_DAY + rng.randrange(DAYS)
    published = time.strftime("%Y-%m-%d", time.gmtime(day * 86400))
    published += f"T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00{rng.choice(TIMEZONES)}"
    url = f"https://replica.example/{i}"
    page = Page(
        uri=f"replica-{i}.txt", input_kind="text", input_text=text, encoding="utf-8",
        title=title, text=text, body_start=body_start,
        offsets=OffsetMap((Segment(0, 0, len(text)),)), url=url, published=published,
        outlet=outlet, language=language,
    )  # fmt: skip
    article = Article(page, tuple(statements), tuple(entities))
    return article, Source(raw=text.encode(), uri=page.uri, url=url)


def build(out: Path, base: Path, target: int, seed: int) -> int:
    seeds, speakers, outlets = load_seeds(base)
    if not seeds or not speakers or not outlets:
        raise SystemExit(f"{base}: no statements/speakers/outlets to replicate")
    rng = random.Random(seed)
    weights = [1 / (rank + 1) ** 0.9 for rank in range(len(speakers))]
    rng.shuffle(weights)
    print(f"{len(seeds)} real statements, {len(speakers)} speakers, {len(outlets)} outlets")
    total, i, started = _count(out), 0, time.monotonic()
    with open_store(out) as store:
        while total < target:
            article, source = make_article(i, rng, seeds, speakers, weights, outlets)
            i += 1
            if store.add(article, source):
                total += len(article.statements)
            if i % 5000 == 0:
                rate = total / (time.monotonic() - started)
                print(f"{total:,} statements ({rate:,.0f}/s)", file=sys.stderr)
        store.conn.execute("ANALYZE")
    return total


def add_serve_indexes(path: Path) -> None:
    """Only ``CREATE INDEX IF NOT EXISTS``: safe on any store, undone by ``DROP INDEX``."""
    with open_store(path) as store:
        for sql in SERVE_INDEXES:
            store.conn.execute(sql)
        store.conn.execute("ANALYZE")


def _count(path: Path) -> int:
    if not path.exists():
        return 0
    with open_store(path, readonly=True) as store:
        return store.conn.execute("SELECT count(*) FROM statements").fetchone()[0]


def describe(path: Path) -> dict:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    keys = ("articles", "statements", "speakers", "entities", "statement_entities")
    out = {k: conn.execute(f"SELECT count(*) FROM {k}").fetchone()[0] for k in keys}
    out["size_mb"] = round(path.stat().st_size / 1e6)
    conn.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/qwbench/big.db"))
    parser.add_argument("--base", type=Path, default=None, help="real-page store (built if absent)")
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--seed", type=int, default=20221)
    parser.add_argument("--no-serve-indexes", action="store_true", help="schema indexes only")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    base = args.base or args.out.with_name("base.db")
    ingest_real(base, args.workers)
    started = time.monotonic()
    total = build(args.out, base, args.statements, args.seed)
    if not args.no_serve_indexes:
        add_serve_indexes(args.out)
    info = describe(args.out)
    info["build_seconds"] = round(time.monotonic() - started)
    print(json.dumps({"statements_written": total, **info}))


if __name__ == "__main__":
    main()
