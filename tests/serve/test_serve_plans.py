"""Every query plan ``choose`` can pick gives the same answers; only the speed differs.

The fixture store is too small for the cost model to pick most plans by itself, so each is
forced in turn and compared with SQLite's own choice (``Plan("default")``).
"""

from __future__ import annotations

import pytest

from quotewatch.serve import queries
from quotewatch.serve.queries import Filters, Plan
from quotewatch.store import open_store

FILTER_SETS = [
    Filters(q="force"),
    Filters(q="Poland"),
    Filters(q='"only force"'),
    Filters(q="pol*"),
    Filters(speaker="Volkov"),
    Filters(q="Poland", speaker="Volkov"),
    Filters(outlet="Reuters"),
    Filters(q="NATO", outlet="Reuters"),
    Filters(since="2022-03", until="2022-12"),
    Filters(q="Russia", since="2022-05", until="2023-01", kind="direct"),
    Filters(entity="Poland"),
    Filters(entity="NATO", q="defend", language="en"),
    Filters(),
]
PLANS = [Plan(driver) for driver in ("walk", "fts", "speaker", "entity", "articles")]
PLANS += [Plan("walk", probe=True)]


def _applies(how: Plan, filters: Filters) -> bool:
    needs = {"fts": filters.q, "speaker": filters.speaker, "entity": filters.entity}
    needs["articles"] = filters.outlet or filters.since or filters.until
    if how.probe and (not filters.q or "*" in filters.q):
        return False
    return bool(needs.get(how.driver, True))


@pytest.fixture(scope="module")
def conn(db_path):
    with open_store(db_path, readonly=True) as store:
        yield store.conn


def answers(conn, filters: Filters) -> tuple:
    labels = queries.entity_labels(conn)
    newest = [r["id"] for r in queries.search(conn, filters, limit=50, labels=labels)]
    oldest = [r["id"] for r in queries.search(conn, filters, limit=3, sort="oldest", labels=labels)]
    facets = queries.facets(conn, filters, labels)
    return newest, oldest, queries.count(conn, filters, labels), facets


@pytest.mark.parametrize("filters", FILTER_SETS, ids=lambda f: str(f.params()) or "all")
def test_every_plan_gives_the_same_answers(conn, filters, monkeypatch):
    monkeypatch.setattr(queries, "choose", lambda *a, **k: Plan("default"))
    expected = answers(conn, filters)
    for how in PLANS:
        if _applies(how, filters):
            monkeypatch.setattr(queries, "choose", lambda *a, _how=how, **k: _how)
            assert answers(conn, filters) == expected, how


def test_cost_model_prefers_walking_for_common_words_and_sorting_for_rare_ones(conn):
    labels = queries.entity_labels(conn)
    assert queries.choose(conn, Filters(), labels, 20).driver == "walk"
    rare = queries.choose(conn, Filters(q="Hale"), labels, 20)
    assert rare.driver == "fts"


@pytest.mark.parametrize("filters", [Filters(), Filters(speaker="Volkov"), Filters(q="Poland")])
def test_facets_sample_every_step_th_statement_and_scale_up(conn, filters, monkeypatch):
    labels = queries.entity_labels(conn)
    exact = queries.facets(conn, filters, labels)
    assert exact["step"] == 1 and not exact["sampled"]
    monkeypatch.setattr(queries, "FACET_SCAN_LIMIT", 2)
    monkeypatch.setattr(queries, "FACET_SAMPLE", 2)
    sampled = queries.facets(conn, filters, labels)
    assert sampled["step"] > 1 and sampled["sampled"]
    assert sum(k["count"] for k in sampled["kind"]) == sampled["scanned"] * sampled["step"]
    assert all(b["count"] % sampled["step"] == 0 for b in sampled["histogram"])
