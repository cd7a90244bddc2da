"""More attribution patterns: the cue lexicon, speakers across sentences, groups and data
sources, quote fragments and confidence. Sentences written for these tests (en_core_web_sm)."""

from __future__ import annotations

import pytest

from quotewatch.statements.names import first_name_gender

from .test_patterns import only, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "cue",
    [
        "said", "told reporters", "added", "noted", "stated", "stressed", "claimed", "argued",
        "warned", "insisted", "explained", "announced", "denied", "admitted",
    ],
)  # fmt: skip
def test_every_cue_of_the_lexicon_gives_indirect_speech(nlp, cue):
    s = only(run(nlp, f"Maria Olsen {cue} that the ferry service would stop in December."))
    assert s.kind == "indirect" and s.text == "the ferry service would stop in December"
    assert s.speaker == "Maria Olsen" and s.cue.startswith(cue.split()[0])


def test_content_before_the_cue(nlp):
    s = only(run(nlp, "The ferry service will stop in December, Maria Olsen said on Friday."))
    assert s.text == "The ferry service will stop in December" and s.speaker == "Maria Olsen"


def test_pronoun_gender_from_the_first_name(nlp):
    body = (
        "Laura Becker and Tom Reyes visited the steel plant on Monday.\n\n"
        "She said that the plant would reopen in March."
    )
    s = only(run(nlp, body))
    assert s.speaker_mention == "She" and s.speaker == "Laura Becker"


def test_first_names_give_a_gender_only_when_unambiguous():
    assert first_name_gender("Laura Becker") == "f"
    assert first_name_gender("Tom Reyes") == "m"
    assert first_name_gender("Andrea Nolan") is None  # on both lists
    assert first_name_gender("Becker") is None  # a surname alone says nothing
    assert first_name_gender("Terry Nolan") is None  # common for men and women alike


def test_a_campaign_speaks_for_its_candidate(nlp):
    s = only(run(nlp, "Anna Berg’s campaign said it raised $4 million in March."))
    assert s.speaker == "Anna Berg’s campaign" and s.speaker_kind == "organisation"


def test_a_campaign_is_named_by_the_holder_its_title_fits(nlp):
    body = (
        "Tom Reyes spoke in Ohio on Monday. Laura Reyes spoke in Iowa.\n\n"
        "Mrs. Reyes's campaign said the advertisement was false."
    )
    said = {s.text: s for s in run(nlp, body)}
    assert said["the advertisement was false"].speaker == "Laura Reyes's campaign"


def test_an_office_is_named_by_its_holder_without_the_title(nlp):
    body = "State Treasurer Maria Delgado's press office said the audit would be published."
    s = only(run(nlp, body))
    assert s.speaker == "Maria Delgado's press office" and s.speaker_kind == "organisation"


def test_apposition_names_the_speaker_after_an_indefinite_description(nlp):
    body = "One Green candidate, Laura Becker, says she will vote against the budget."
    s = only(run(nlp, body))
    assert s.speaker == "Laura Becker" and s.speaker_kind == "person"


def test_quote_fragment_goes_to_the_sentence_subject(nlp):
    body = "Maria Olsen called the plan “a gift to the largest polluters in the region” on Monday."
    s = only(run(nlp, body))
    assert s.text == "the plan “a gift to the largest polluters in the region”"
    assert (s.kind, s.speaker) == ("mixed", "Maria Olsen")


def test_colon_paragraph_introduces_the_quote_below(nlp):
    body = (
        "Peter Lang wrote on his blog:\n\n"
        "“The budget is balanced for the first time in ten years, and we will keep it so.”"
    )
    s = only(run(nlp, body))
    assert s.speaker == "Peter Lang" and s.cue == "wrote"


@pytest.mark.parametrize("source", ["A source", "Officials", "Two diplomats"])
def test_unnamed_sources_are_flagged_not_guessed(nlp, source):
    body = f"Maria Olsen arrived in Oslo.\n\n{source} said that the talks had failed again."
    s = only(run(nlp, body))
    assert s.speaker is None and s.speaker_kind == "unnamed"


def test_a_quote_nobody_can_be_named_for_is_not_a_statement(nlp):
    body = (
        "Maria Olsen said: “We will open the border crossing next week.”\n\n"
        "The council met again on Tuesday to talk about the roads.\n\n"
        "The mayor's office sent a note.\n\n"
        "“Nobody here has been told anything about the new crossing at all.”"
    )
    (s,) = run(nlp, body)  # the last quote is not continued across unparsed paragraphs
    assert s.speaker == "Maria Olsen"


def test_confidence_is_measured_per_kind_of_statement(nlp):
    named = only(run(nlp, "Maria Olsen said: “We will open the border crossing next week.”"))
    unresolved = only(run(nlp, "“The plant will stay open for at least another year,” she said."))
    assert named.confidence >= 0.9 > unresolved.confidence


def test_a_title_picks_the_person_of_that_gender_among_namesakes(nlp):
    body = (
        "Anna Berg and Tom Berg spoke at the town hall in Ohio.\n\n"
        "“We will keep the school open,” Mr. Berg said."
    )
    s = only(run(nlp, body))
    assert s.speaker == "Tom Berg"


def test_a_name_written_capitalised_mid_sentence_is_a_name_not_a_common_noun(nlp):
    body = (
        "The ranking by Wealthscope put him third.\n\n"
        "Wealthscope says that his fortune grew by a fifth last year."
    )
    found = run(nlp, body)
    assert [s.speaker for s in found if s.kind == "indirect"] == ["Wealthscope"]


@pytest.mark.parametrize(
    "body",
    [
        "Maria Olsen's reply came at once: “We will not pay a cent more than we offered.”",
        "Asked about the strike, Maria Olsen's response was: “We will not pay a cent more.”",
    ],
)
def test_the_owner_of_a_response_is_the_speaker(nlp, body):
    s = only(run(nlp, body))
    assert s.speaker == "Maria Olsen" and s.kind == "direct"


def test_transcript_labels_name_the_speaker(nlp):
    body = (
        "The interview was recorded on Monday.\n\n"
        "Maria Olsen: We will open the border crossing next week, come what may.\n\n"
        "Q: Did the service help you at all?\n\n"
        "Update: The river rose again overnight in the north."
    )
    s = only(run(nlp, body))
    assert s.text == "We will open the border crossing next week, come what may."
    assert s.speaker == "Maria Olsen" and s.kind == "direct"


def test_the_latest_title_of_running_updates_names_no_speaker(nlp):
    body = "Donald Trump told a rally in Michigan that the vote could be rigged."
    title = "The Latest: Trump urges supporters to monitor polling places"
    assert "The Latest" not in {s.speaker for s in run(nlp, body, headline=title)}
