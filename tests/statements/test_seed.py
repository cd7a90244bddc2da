"""The seed page at the statement level: all 8 gold statements, right speaker, nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotewatch.model import OffsetMap, Page, Segment
from quotewatch.statements import annotate_one

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = FIXTURES / "belta-2022-02-24-lukashenko.txt"
GOLD = FIXTURES / "belta-2022-02-24-lukashenko.gold.json"

pytestmark = pytest.mark.model


def seed_page() -> tuple[Page, dict]:
    """Build the Page by hand as ``clean`` would: navigation lines dropped, offsets mapped."""
    raw = SEED.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    t0 = raw.index(gold["title"])
    b0 = raw.index("MINSK,")
    b1 = raw.index("\n\nSubscribe")
    title, body = raw[t0 : t0 + len(gold["title"])], raw[b0:b1]
    text = title + "\n\n" + body
    segments = (Segment(0, t0, len(title)), Segment(len(title) + 2, b0, len(body)))
    page = Page("seed", "text", raw, "utf-8", title, text, len(title) + 2, OffsetMap(segments))
    return page, gold


def test_seed_statements_match_gold(nlp):
    page, gold = seed_page()
    article = annotate_one(page, nlp)
    used = set()
    for g in gold["quotes"]:
        gs, ge = g["span"]
        best, best_cov = None, 0.0
        for i, s in enumerate(article.statements):
            ss, se = page.offsets.span_to_source(s.start, s.end)
            cov = max(0, min(ge, se) - max(gs, ss)) / (ge - gs)
            if cov > best_cov:
                best, best_cov = i, cov
        assert best is not None and best_cov >= 0.8, g["text"][:40]
        used.add(best)
        found = article.statements[best]
        assert found.speaker == "Aleksandr Lukashenko", g["text"][:40]
        assert found.kind == g["kind"]
    assert used == set(range(len(article.statements))), "spurious statements"


def test_seed_offsets_and_mentions_are_exact(nlp):
    page, _ = seed_page()
    article = annotate_one(page, nlp)
    for s in article.statements:
        assert page.text[s.start : s.end] == s.text
        if s.speaker_mention is not None:
            assert page.text[s.speaker_mention_start : s.speaker_mention_end] == s.speaker_mention
        assert 0.0 <= s.confidence <= 1.0
    mentions = {s.speaker_mention for s in article.statements}
    assert {"He", "the president", "Lukashenko"} <= mentions


def test_seed_entities_name_people_and_places(nlp):
    page, _ = seed_page()
    article = annotate_one(page, nlp)
    names = {(e.text, e.label) for e in article.entities}
    assert ("Aleksandr Lukashenko", "PERSON") in names
    assert ("Poland", "GPE") in names
    for e in article.entities:
        assert page.text[e.start : e.end] == e.text
    for s in article.statements:
        assert all(s.start <= e.start and e.end <= s.end for e in s.entities)
