"""PolNeAR scoring helpers on hand-made records (no corpus text is copied into the repo)."""

from __future__ import annotations

from quotewatch.evaluation.polnear import (
    PolnearReport,
    Scores,
    coverage,
    gold_source_is_name,
    match,
    merge_split_quotes,
    page_from_record,
)
from quotewatch.model import Statement


def stmt(start, end, text="", mention=None, cue="said", speaker=None):
    return Statement(text, "direct", start, end, cue, None, mention, None, speaker, None, 0.9)


def gold(spans, source=None):
    return {"content": {"spans": spans, "text": ""}, "source": source, "cue": None}


def test_coverage_counts_discontinuous_gold_characters():
    assert coverage([[0, 10], [20, 30]], 0, 10) == 0.5
    assert coverage([[0, 10]], 5, 100) == 0.5


def test_matching_is_one_to_one_and_prefers_the_fitting_gold():
    golds = [gold([[0, 10], [20, 30]]), gold([[12, 18]])]
    preds = (stmt(0, 30),)
    assert match(golds, preds, 0.8) == {0: 0}


def test_split_quote_parts_are_merged_for_scoring():
    text = "“A a a,” he said. “B b b.”\n\n“C c.”"
    preds = (stmt(1, 7, mention=9), stmt(19, 25, mention=9), stmt(29, 33, mention=9))
    merged = merge_split_quotes(text, preds)
    assert [(p.start, p.end) for p in merged] == [(1, 25), (29, 33)]


def test_only_named_gold_sources_are_checked():
    assert gold_source_is_name({"text": "Mr. Kerry"})
    assert gold_source_is_name({"text": "Forbes"})
    assert not gold_source_is_name({"text": "he"})
    assert not gold_source_is_name({"text": "Outside experts"})
    assert not gold_source_is_name({"text": "the president"})


def test_page_from_record_uses_the_first_line_as_headline():
    page = page_from_record({"id": "x", "text": "Head line\n\nBody text."})
    assert page.title == "Head line"
    assert page.body == "Body text."


def test_report_formats_scores():
    s = Scores(0.3, gold=10, predicted=5, matched=4)
    text = PolnearReport("dev", 2, [s]).format()
    assert "P 0.800" in text and "R 0.400" in text
