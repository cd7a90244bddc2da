"""Name handling and the finder on a hand-built Doc: no trained model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from quotewatch.statements.finder import find_statements
from quotewatch.statements.names import first_name_gender
from quotewatch.statements.speakers import (
    PageContext,
    Person,
    _name_before_bracket,
    _syllables_of,
    clean_name,
    fullest,
    surname,
)


def test_titles_and_possessives_are_dropped_from_names():
    assert clean_name("Mr. Trump's") == "Trump"
    assert surname("Dr. Anna Weber") == "weber"
    assert clean_name("Donald J. Trump,") == "Donald J. Trump"


def test_letters_after_a_name_and_council_titles_are_dropped():
    assert clean_name("Councillor Afrasiab Anwar MBE") == "Afrasiab Anwar"
    assert surname("Dame Louise Richardson") == "richardson"
    assert clean_name("Martin Luther King Jr.") == "Martin Luther King"


def test_a_nickname_in_quote_marks_inside_a_name_is_dropped():
    assert clean_name('Joko "Jokowi" Widodo') == "Joko Widodo"
    assert clean_name("Tom ‘Tiny’ Jones") == "Tom Jones"


def test_a_name_keeps_its_apostrophes_as_written():
    assert clean_name("Yvette D’Ath’s") == "Yvette D’Ath"
    assert clean_name("Clare O'Neil") == "Clare O'Neil"


def test_malaysian_honours_and_ranks_without_full_stops_are_titles():
    assert clean_name("Datuk Seri Anwar") == "Anwar"
    assert clean_name("Tan Sri Muhyiddin Yassin") == "Muhyiddin Yassin"
    assert clean_name("Pol Maj Gen Piya Tawichai") == "Piya Tawichai"
    assert clean_name("Sri Mulyani Indrawati") == "Sri Mulyani Indrawati"
    assert clean_name("Gen Nakatani") == "Gen Nakatani"
    assert clean_name("Pol Pot") == "Pol Pot"


def _page_naming(*names: str, headline_end: int = 0) -> PageContext:
    """A page that names these people, one every 100 characters."""
    people = [Person(100 * n, 0, name, False, True) for n, name in enumerate(names)]
    forms: dict[str, list[str]] = {}
    for name in names:
        forms.setdefault(surname(name), []).append(name)
    return PageContext(people=people, forms=forms, headline_end=headline_end)


def test_a_lone_given_name_is_the_one_full_name_that_has_it():
    ctx = _page_naming("Srettha Thavisin", "Pham Minh Chinh", "Sufmi Dasco Ahmad")
    assert fullest("Srettha", ctx) == "Srettha Thavisin"
    assert fullest("Pham", ctx) == "Pham Minh Chinh"
    assert fullest("Dasco", ctx) == "Sufmi Dasco Ahmad"


def test_a_given_name_of_one_person_the_tagger_also_cut_short_is_that_person():
    ctx = _page_naming("Tuilaepa Sa'ilele", "Tuilaepa Sa'ilele Malielegaoi")
    assert fullest("Tuilaepa", ctx) == "Tuilaepa Sa'ilele Malielegaoi"


def test_a_given_name_two_people_share_stays_as_written():
    assert fullest("Serena", _page_naming("Serena Williams", "Serena Osaka")) == "Serena"


def test_a_run_of_words_the_tagger_took_for_a_name_has_no_given_names():
    assert fullest("Crucke", _page_naming("Crucke on De Ochtend")) == "Crucke"
    headline = _page_naming("Ben Carson Defends", "Ted Cruz", headline_end=50)
    assert fullest("Ben", headline) == "Ben"


def test_a_junior_is_not_the_father_named_in_full():
    assert fullest("Donald Jr.", _page_naming("Donald J. Trump")) == "Donald"


def test_surname_resolves_to_the_fullest_name():
    ctx = PageContext(
        full_names={"lukashenko": "Aleksandr Lukashenko"},
        forms={"lukashenko": ["Aleksandr Lukashenko", "Lukashenko"]},
    )
    assert fullest("Lukashenko", ctx) == "Aleksandr Lukashenko"
    assert fullest("Mr. Lukashenko", ctx) == "Aleksandr Lukashenko"
    assert fullest("Somebody Else", ctx) == "Somebody Else"


def _doc(words, heads, deps, pos, tags=None, ents=()):
    nlp = spacy.blank("en")
    spaces = [True] * len(words)
    for i, w in enumerate(words[:-1]):
        if words[i + 1] in {",", ".", ":", "”"} or w == "“":
            spaces[i] = False
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def test_cue_before_a_quote_attributes_it_on_a_hand_built_doc():
    words = ["Anna", "Weber", "said", ":", "“", "We", "will", "build", "it", ".", "”"]
    heads = [1, 2, 2, 2, 2, 7, 7, 2, 7, 2, 2]
    deps = [
        "compound",
        "nsubj",
        "ROOT",
        "punct",
        "punct",
        "nsubj",
        "aux",
        "ccomp",
        "dobj",
        "punct",
        "punct",
    ]
    pos = [
        "PROPN",
        "PROPN",
        "VERB",
        "PUNCT",
        "PUNCT",
        "PRON",
        "AUX",
        "VERB",
        "PRON",
        "PUNCT",
        "PUNCT",
    ]
    doc = _doc(words, heads, deps, pos, ents=[(0, 2, "PERSON")])
    (found,) = find_statements(doc)
    assert doc.text[found.start : found.end] == "We will build it."
    assert found.kind == "direct"
    assert found.speaker == "Anna Weber"
    assert found.speaker_kind == "person"


def test_model_name_comes_from_the_environment(monkeypatch):
    import pytest

    from quotewatch.statements import load_nlp

    monkeypatch.setenv("QUOTEWATCH_SPACY_MODEL", "no_such_pipeline_qw")
    with pytest.raises(OSError):
        load_nlp()


def test_bare_surname_goes_to_the_person_named_most_often():
    forms = {"harris": ["Kamala Harris", "Shyamala Gopalan Harris", "Kamala Harris", "Harris"]}
    ctx = PageContext(forms=forms)
    assert fullest("Harris", ctx) == "Kamala Harris"
    assert fullest("Shyamala Harris", ctx) == "Shyamala Gopalan Harris"


def test_an_acronym_is_the_capitalised_run_its_initials_spell_when_the_tagger_cut_the_name():
    words = [
        "Immigration",
        "and",
        "Customs",
        "Enforcement",
        "(",
        "ICE",
        ")",
        "agents",
        "fanned",
        "out",
    ]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 2, 4, label="ORG")]  # the tagger's "Customs Enforcement"
    bracket = doc[4].idx
    assert _name_before_bracket(doc, bracket, "ICE") == "Immigration and Customs Enforcement"
    doc.ents = [Span(doc, 0, 4, label="ORG")]
    assert _name_before_bracket(doc, bracket, "ICE") == "Immigration and Customs Enforcement"


def test_an_acronym_keeps_the_tagged_name_when_no_capitalised_run_spells_it():
    words = [
        "the",
        "Netherlands",
        "Organisation",
        "for",
        "Applied",
        "Scientific",
        "Research",
        "(",
        "TNO",
        ")",
        "said",
    ]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 1, 7, label="ORG")]
    expected = "Netherlands Organisation for Applied Scientific Research"
    assert _name_before_bracket(doc, doc[7].idx, "TNO") == expected


@pytest.mark.parametrize(
    ("short", "name", "built"),
    [
        ("Mofcom", "China’s Ministry of Commerce", True),
        ("Ofsted", "Office for Standards in Education", True),
        ("Times", "The New York Times", False),  # a whole word is not a part of it
        ("Sinopec", "China Petroleum and Chemical Corporation", False),
    ],
)
def test_a_syllable_short_form_is_built_from_parts_of_the_body_s_words(short, name, built):
    assert _syllables_of(short, name) is built


@pytest.mark.parametrize(("name", "gender"), [("José Jerí", "m"), ("Nicolás Dujovne", "m")])
def test_an_accented_first_name_gives_the_gender_of_its_plain_spelling(name, gender):
    assert first_name_gender(name) == gender
