"""PolNeAR scoring helpers on hand-made records (no corpus text is copied into the repo)."""

from __future__ import annotations

from quotewatch.evaluation.calibrate import wilson_lower
from quotewatch.evaluation.polnear import (
    PolnearReport,
    PronounCheck,
    Scores,
    check_pronouns,
    coverage,
    gold_source_is_name,
    in_input_coordinates,
    match,
    merge_split_quotes,
    outcomes,
    read_pronoun_gold,
)
from quotewatch.model import Article, OffsetMap, Page, Segment, Statement
from quotewatch.statements.calibration import calibrated, length_group


def stmt(start, end, text="", mention=None, cue="said", speaker=None):
    return Statement(text, "direct", start, end, cue, None, mention, None, speaker, None, 0.9)


def gold(spans, source=None):
    return {"content": {"spans": spans, "text": ""}, "source": source, "cue": None}


def test_coverage_counts_discontinuous_gold_characters():
    assert coverage([[0, 10], [20, 30]], 0, 10) == 0.5
    assert coverage([[0, 10]], 5, 100) == 0.5


def test_matching_is_one_to_one_and_prefers_the_fitting_gold():
    preds = (stmt(0, 30),)
    assert match([[[0, 10], [20, 30]], [[12, 18]]], preds, 0.8) == {0: 0}


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
    assert not gold_source_is_name({"text": "The New York businessman"})
    assert not gold_source_is_name({"text": "the senator from Vermont"})
    assert gold_source_is_name({"text": "The New York Times"})


def test_pronoun_speakers_are_checked_against_the_hand_resolved_name():
    page = Page(
        uri="x", input_kind="text", input_text="", encoding="utf-8", title="", text="",
        body_start=0, offsets=OffsetMap(()),
    )  # fmt: skip
    said = [
        Statement("a", "direct", 0, 1, "said", "he", 10, 12, "Peter Lang", "person", 0.8),
        Statement("b", "direct", 20, 21, "said", "she", 30, 33, "Anna Berg", "person", 0.8),
        Statement("c", "direct", 40, 41, "said", "he", 50, 52, None, None, 0.3),
    ]
    check = PronounCheck()
    cases = [(10, "Peter Lang"), (30, "Maria Olsen"), (50, "Tomas Berg"), (70, "Ann Ray")]
    check_pronouns(check, cases, Article(page, tuple(said)))
    assert (check.cases, check.attributed, check.right, check.wrong, check.unresolved) == (
        4, 3, 1, 1, 1,
    )  # fmt: skip


def test_the_hand_resolved_pronoun_sample_ships_offsets_and_names_only():
    gold = read_pronoun_gold()
    assert sum(len(v) for v in gold.values()) == 153
    assert all(start >= 0 and referent for cases in gold.values() for start, referent in cases)


def test_statements_are_scored_in_input_coordinates():
    source = "nav\nHead line\nmenu\nHe said it."
    text = "Head line\n\nHe said it."
    page = Page(
        uri="x", input_kind="text", input_text=source, encoding="utf-8", title="Head line",
        text=text, body_start=11, offsets=OffsetMap((Segment(0, 4, 9), Segment(11, 19, 11))),
    )  # fmt: skip
    statement = Statement("it", "indirect", 19, 21, "said", "He", 11, 13, None, None, 0.5)
    (mapped,) = in_input_coordinates(Article(page, (statement,))).statements
    assert source[mapped.start : mapped.end] == "it" == mapped.text
    assert source[mapped.speaker_mention_start : mapped.speaker_mention_end] == "He"


def test_report_formats_scores():
    s = Scores(0.3, gold=10, predicted=5, matched=4)
    text = PolnearReport("dev", 2, [s]).format()
    assert "P 0.800" in text and "R 0.400" in text


def test_outcomes_need_content_and_a_named_speaker_right():
    golds = [gold([[0, 10]], {"text": "Maria Olsen"}), gold([[20, 30]], {"text": "he"})]
    preds = (
        stmt(0, 10, speaker="Maria Olsen"),
        stmt(20, 30, speaker="Peter Lang"),  # gold source "he": content decides
        stmt(40, 50, speaker="Maria Olsen"),  # no gold there
    )
    assert [right for _, right in outcomes(golds, preds)] == [True, True, False]
    wrong = (stmt(0, 10, speaker="Peter Lang"),)
    assert outcomes(golds, wrong) == [(0.9, False)]


def test_report_prints_calibration_bands():
    report = PolnearReport("dev", 1, [Scores(0.3)])
    report.bands[0].predicted, report.bands[0].right = 20, 19
    assert "confidence >= 0.9   0.950 correct (19/20)" in report.format()


def test_wilson_lower_bound_trusts_small_groups_less():
    assert wilson_lower(19, 20) < wilson_lower(950, 1000) < 0.95
    assert wilson_lower(0, 0) == 0.0


def test_unmeasured_statements_stay_below_the_top_band():
    assert calibrated("direct", "a reason never measured", True, "one two three", 1.0) < 0.9
    words = "we will open the border crossing next week"
    assert calibrated("direct", "named", True, words, 0.5) >= 0.9
    assert length_group("too short") == "short" and length_group(words) == "long"


def test_news_pages_annotation_parses_and_continued_quotes_merge():
    from quotewatch.evaluation.newspages import (
        ANNOTATIONS,
        Gold,
        merge_continued_quotes,
        read_annotation,
    )

    assert [len(read_annotation(path)) for path in ANNOTATIONS] == [40, 22, 16]
    files = [set(read_annotation(path)) for path in ANNOTATIONS]
    assert not files[0] & files[1]  # a new round annotates articles no earlier round holds
    rows = [g for path in ANNOTATIONS for gold in read_annotation(path).values() for g in gold]
    assert all(g.end > g.start and g.kind in {"direct", "indirect", "mixed"} for g in rows)
    text = "“A a a.\n\n“B b,” she said. “C.”"
    gold = [Gold(1, 7, "direct", "Ann Lee", ""), Gold(10, 14, "direct", "Ann Lee", "said")]
    gold.append(Gold(27, 29, "direct", "Ann Lee", "said"))
    assert [(g.start, g.end) for g in merge_continued_quotes(text, gold)] == [(1, 14), (27, 29)]
    # a statement annotated inside a part does not end the run
    text = "“A said it was.\n\n“B b,” she said."
    gold = [Gold(1, 15, "direct", "Ann Lee", "said"), Gold(8, 14, "indirect", "", "said")]
    gold.append(Gold(18, 22, "direct", "Ann Lee", "said"))
    merged = [(g.start, g.end) for g in merge_continued_quotes(text, gold)]
    assert merged == [(1, 22), (8, 14)]


def test_news_pages_speaker_rules():
    from quotewatch.evaluation.newspages import Gold, speaker_right

    named, unnamed = Gold(0, 5, "direct", "Maria Olsen", ""), Gold(0, 5, "direct", "", "")
    assert speaker_right(stmt(0, 5, speaker="Olsen"), named)
    assert not speaker_right(stmt(0, 5, speaker=None), named)
    assert speaker_right(stmt(0, 5, speaker=None), unnamed)
    assert not speaker_right(stmt(0, 5, speaker="Olsen"), unnamed)


def test_same_surname_asks_for_the_gold_names_last_word():
    from quotewatch.evaluation.polnear import same_person, same_surname

    assert same_person("Serena", "Serena Williams") and not same_surname(
        "Serena", "Serena Williams"
    )
    assert same_surname("Mr. Williams's", "Serena Williams")
    assert same_surname("Gregorio Honasan", "Gregorio “Gringo” Honasan II")
    assert same_surname("Chevron", "Chevron Corp.")
    assert same_surname("Yvette D’Ath", "Yvette D'Ath")
    assert not same_surname(None, "Serena Williams")
