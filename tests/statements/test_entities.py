"""The tagger's entities are corrected once, and the stored entities are the corrected ones."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from quotewatch.statements import annotate_one
from quotewatch.statements.entities import _mostly_not_people, corrected_entities

from .conftest import make_page

pytestmark = pytest.mark.model


def entities(nlp, body: str, headline: str = "Cabinet shuffle") -> set[tuple[str, str]]:
    article = annotate_one(make_page(headline, body), nlp)
    return {(e.text, e.label) for e in article.entities}


def test_a_titled_person_tagged_as_an_organisation_is_stored_as_a_person(nlp):
    body = (
        "Huron-Bruce MPP Lisa Thompson says she doesn’t see her move within Ontario Premier "
        "Doug Ford’s cabinet as a demotion.\n\n"
        "“The premier made a decision,” she said in an interview."
    )
    found = entities(nlp, body)
    assert ("Lisa Thompson", "PERSON") in found
    assert not any(label == "ORG" and "Thompson" in text for text, label in found)


def test_a_place_taken_into_a_persons_name_is_left_out(nlp):
    body = (
        "The Undersecretary of the Ministry of Health in Alexandria Saeed Mamoun al-Saqaan "
        "announced that 45 people were hurt in Alexandria on Sunday."
    )
    found = entities(nlp, body)
    assert ("Saeed Mamoun al-Saqaan", "PERSON") in found
    assert ("Alexandria Saeed Mamoun al-Saqaan", "PERSON") not in found


def test_a_nationality_listed_with_others_is_not_a_person(nlp):
    body = (
        "TALLINN - Estonia's Minister of the Interior Lauri Laanemets met with his Latvian, "
        "Lithuanian and Polish counterparts in Warsaw on Monday to discuss the borders."
    )
    found = entities(nlp, body)
    assert ("Lithuanian", "PERSON") not in found


@pytest.mark.parametrize(
    ("tagged", "person"),
    [
        ("Cllr Aoife Brennan", "Aoife Brennan"),  # the title inside the organisation
        ("Aoife Brennan", "Aoife Brennan"),  # the title before it
    ],
)
def test_a_councillor_tagged_an_organisation_is_a_person(nlp, tagged, person):
    doc = nlp("Cllr Aoife Brennan also called for an emergency meeting on housing.")
    start = 0 if tagged.startswith("Cllr") else 1
    doc.ents = [Span(doc, start, 3, label="ORG")]
    assert [(e.text, e.label_) for e in corrected_entities(doc)] == [(person, "PERSON")]


def test_a_capitalised_role_before_a_known_first_name_tagged_an_organisation_is_a_person(nlp):
    doc = nlp("Minister Leo Varadkar met the builders on Monday.")
    doc.ents = [Span(doc, 1, 3, label="ORG")]
    assert [(e.text, e.label_) for e in corrected_entities(doc)] == [("Leo Varadkar", "PERSON")]


def test_a_title_ending_a_person_entity_is_left_out(nlp):
    doc = nlp("Sinn Féin Cllr Aoife Brennan called for an emergency meeting on housing.")
    doc.ents = [Span(doc, 0, 3, label="PERSON")]
    assert [e.text for e in corrected_entities(doc)] == ["Sinn Féin"]


def test_a_nickname_in_quote_marks_after_a_name_is_not_the_surname(nlp):
    doc = nlp("The latest supporter to go missing is Peter Okello ‘Kasasiro,’ a trader.")
    start = next(t.i for t in doc if t.text == "Peter")
    doc.ents = [Span(doc, start, start + 4, label="PERSON")]
    assert [e.text for e in corrected_entities(doc)] == ["Peter Okello"]


def test_the_end_of_a_hyphenated_name_is_no_dangling_word(nlp):
    doc = nlp("Opposition leader Moon Jae-in spoke to reporters in Seoul.")
    start = next(t.i for t in doc if t.text == "Moon")
    doc.ents = [Span(doc, start, start + 4, label="PERSON")]
    assert [e.text for e in corrected_entities(doc)] == ["Moon Jae-in"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The Vice-Chancellor, Prof Folashade Ogunsola, spoke on Saturday.", "Folashade Ogunsola"),
        ("This follows Mr Ogunshola’s rejection of the offer.", "Ogunshola"),
    ],
)
def test_names_the_tagger_left_untagged_after_a_courtesy_title_are_a_person(nlp, sentence, person):
    doc = nlp(sentence)
    doc.ents = []
    assert [(e.text, e.label_) for e in corrected_entities(doc)] == [(person, "PERSON")]


@pytest.mark.parametrize(
    "sentence", ["She ordered a Dr Pepper at the bar.", "The Dr said nothing at all."]
)
def test_one_word_after_a_title_other_than_mr_or_mrs_is_no_person(nlp, sentence):
    doc = nlp(sentence)
    doc.ents = []
    assert corrected_entities(doc) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States said on Monday it would send aid.",
        "In the wake of the crashes, the Federal Aviation Administration of the United States "
        "on Wednesday grounded all Boeing 737 Max 8 aircraft.",
    ],
)
def test_the_states_ending_a_place_or_a_body_is_no_headline_cue(nlp, sentence):
    doc = nlp(sentence)
    ends = [e.text.split()[-1] for e in corrected_entities(doc) if "United" in e.text]
    assert ends == ["States"]


def test_a_name_grows_over_a_particle_and_the_surname_tagged_apart():
    doc = Doc(spacy.blank("en").vocab, words=["Then", "Rhun", "ap", "Iorwerth", "said", "so"])
    for tok, pos in zip(doc, ["ADV", "PROPN", "PROPN", "PROPN", "VERB", "ADV"], strict=True):
        tok.pos_ = pos
    doc.ents = [Span(doc, 1, 2, label="PERSON"), Span(doc, 3, 4, label="ORG")]
    assert [(e.text, e.label_) for e in corrected_entities(doc)] == [("Rhun ap Iorwerth", "PERSON")]


def test_two_names_whose_second_the_page_makes_a_subject_alone_are_a_person(nlp):
    body = (
        "Team Principal Guenther Steiner voiced his unhappiness after Romain Dufresne was "
        "penalised for the collision.\n\n"
        "After the race, Dufresne was given two penalty points. “It was a racing incident,” "
        "he said."
    )
    assert ("Romain Dufresne", "PERSON") in entities(nlp, body)
    said = annotate_one(make_page("Cabinet shuffle", body), nlp).statements
    assert [s.speaker for s in said] == ["Romain Dufresne"]


@pytest.mark.parametrize(
    "body",
    [
        # a nationality and a plural the page also writes alone are no one's name
        "Catholic Republicans met in Ohio. Later Republicans said the vote was close.",
        # nor a place and a word of it
        "The Soviet Republic was dissolved. In 1991 the Republic ceased to exist.",
    ],
)
def test_a_nationality_or_place_and_a_word_alone_stay_what_they_were(nlp, body):
    assert not any(label == "PERSON" for _, label in entities(nlp, body))


def test_a_country_tagged_a_person_once_and_a_place_more_often_is_a_place(nlp):
    body = (
        "SANTIAGO – Chile's Mining Minister on Thursday said the country was open to all paths "
        "for its lithium.\n\n"
        "Chile is the world's second lithium producer. Chile lacks the means to mine alone, "
        "analysts say."
    )
    found = entities(nlp, body)
    assert ("Chile", "GPE") in found
    assert ("Chile", "PERSON") not in found


def test_only_a_country_tagged_more_often_a_place_is_taken_back_from_persons():
    doc = spacy.blank("en")("Kasich met Kasich in Kasich . Chile left Chile for Chile .")
    labels = ["PERSON", "GPE", "GPE", "PERSON", "GPE", "GPE"]
    names = [t for t in doc if t.text in {"Kasich", "Chile"}]
    doc.ents = [
        Span(doc, t.i, t.i + 1, label=label) for t, label in zip(names, labels, strict=True)
    ]
    assert _mostly_not_people(doc) == {"Chile": "GPE"}  # "Kasich": a surname misread


def _tagged(text: str, spans: list[tuple[int, int, str]]) -> Doc:
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]
    return doc


_THREE_TIMES_A_BODY = [(4, 5, "PERSON"), (7, 8, "ORG"), (10, 11, "FAC"), (13, 14, "ORG")]


def test_a_word_tagged_a_body_more_often_than_a_person_is_the_body():
    doc = _tagged(
        "The boss spoke . Heathrow grew . Heathrow fell . Heathrow said . Heathrow boss",
        _THREE_TIMES_A_BODY,
    )
    assert _mostly_not_people(doc) == {"Heathrow": "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Speaker Nadir spoke . Nadir left . Nadir said . Nadir came . Nadir went", []),
        ("Ann Nadir spoke . Nadir left . Nadir said . Nadir came . Nadir went", [(0, 2, "PERSON")]),
        ("The one spoke . Maria left . Maria said . Maria came . Maria went", []),
    ],
)
def test_a_person_the_tagger_often_calls_a_body_stays_a_person(text, name):
    """Titled once ("Speaker Nadir"), held by a full name ("Ann Nadir"), or a first name."""
    doc = _tagged(text, name + _THREE_TIMES_A_BODY)
    assert _mostly_not_people(doc) == {}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Ministers of Treasury and Finance Nicolás Dujovne and Luis Caputo met.",
            "Nicolás Dujovne",
        ),
        ("Goa's Victor Rodriguez scored the goal.", "Victor Rodriguez"),
    ],
)
def test_a_known_first_name_ending_an_organisation_entity_starts_a_person(nlp, text, person):
    assert (person, "PERSON") in entities(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Australian Institute of Marine Science said corals were dying.",
        "The Charlotte Observer found that one in four residents lived in poverty.",
    ],
)
def test_a_first_name_inside_a_body_s_name_stays_the_body_s(nlp, text):
    assert not any(label == "PERSON" for _, label in entities(nlp, text))


def test_two_untagged_names_after_a_rank_only_people_bear_are_a_person():
    doc = spacy.blank("en")("Air Vice Marshal Nazmul Karim came .")
    for tok in doc[:5]:
        tok.pos_ = "PROPN"  # as the tagger has it; the NER left the name untagged
    assert [(e.text, e.label_) for e in corrected_entities(doc)] == [("Nazmul Karim", "PERSON")]


def test_a_role_after_an_owner_tagged_a_person_names_nobody():
    doc = spacy.blank("en")("Padma ’s Managing Director and CEO Rafiq came .")
    doc[1].tag_ = "POS"
    doc.ents = [Span(doc, 0, 4, label="PERSON")]  # "Padma’s Managing Director"
    assert corrected_entities(doc) == []


def test_lower_case_words_tagged_a_person_name_nobody():
    doc = spacy.blank("en")("the wolf recovery project began .")
    doc.ents = [Span(doc, 1, 2, label="PERSON")]  # "wolf", as the small model may tag it
    assert corrected_entities(doc) == []
