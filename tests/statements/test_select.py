"""Choosing paragraphs to parse, and mapping parsed offsets back to the page."""

from __future__ import annotations

import pytest

from quotewatch.statements.select import acronyms_of, choose_paragraphs, names_by_initials, select


def test_only_paragraphs_that_can_hold_a_statement_are_kept():
    text = "Title here\n\nLead about the day.\n\nWeather was fine.\n\nAnna Weber said it rained."
    kept = [text[s:e] for s, e in choose_paragraphs(text, 12)]
    assert kept == ["Title here", "Lead about the day.", "Anna Weber said it rained."]


def test_paragraph_before_a_pronoun_start_is_kept_for_context():
    text = "T\n\nLead.\n\nA filler line.\n\nJohn Smith arrived.\n\nHe said it was fine."
    kept = [text[s:e] for s, e in choose_paragraphs(text, 3)]
    assert "John Smith arrived." in kept
    assert "A filler line." not in kept


def test_offsets_map_back_to_the_page():
    text = "T\n\nLead.\n\nFiller.\n\nShe said “yes”."
    sel = select(text, 3)
    i = sel.text.index("yes")
    start, end = sel.to_page(i), sel.to_page(i + 3, is_end=True)
    assert text[start:end] == "yes"


def test_page_offsets_map_into_the_parsed_text_and_back():
    text = "Title here\n\nLead about the day.\n\nWeather was fine.\n\nAnna Weber said it rained."
    sel = select(text, 12)
    page_start = text.index("rained")
    start = sel.from_page(page_start)
    assert sel.text[start : start + 6] == "rained"
    assert sel.to_page(start) == page_start
    assert sel.from_page(text.index("Weather")) is None  # a paragraph not parsed


def test_adjacent_paragraphs_stay_one_run():
    text = "T\n\nHe said: “One.\n\n“Two.”"
    sel = select(text, 3)
    assert sel.text == text
    assert len(sel.runs) == 1


def test_an_ambiguous_cue_after_a_subject_or_before_a_late_that_is_a_candidate():
    from quotewatch.statements.select import is_candidate

    assert is_candidate("Mbumba indicated Saturday the talks would resume.")
    assert is_candidate("Residents who claim the blasts crack their walls met on Friday.")
    assert is_candidate("The report indicates clearly that solar is reliable.")
    assert is_candidate("In some cases the caller claims the cash is needed as evidence.")
    assert not is_candidate("The claims were reviewed by the board.")
    assert not is_candidate("The state of the roads is poor.")


@pytest.mark.parametrize(
    ("wanted", "after"),
    [
        # spells out an acronym a later cue uses
        ("The Public Health Agency of Canada (PHAC) moved offices.", "PHAC said it was done."),
        # names the organisation "the center" in the next paragraph means
        (
            "The Storm Prediction Center outlined a level 3 risk.",
            "The center wrote that hail is likely.",
        ),
        # reports what documents show
        ("Latest budget documents show that revenue rose by R95bn.", "Exports fell."),
    ],
)
def test_paragraphs_kept_for_a_name_or_a_finding(wanted, after):
    text = f"T\n\nLead.\n\nA filler line.\n\n{wanted}\n\n{after}"
    kept = [text[s:e] for s, e in choose_paragraphs(text, 3)]
    assert wanted in kept
    assert "A filler line." not in kept


def test_a_paragraph_that_writes_a_name_in_full_is_kept_for_its_later_surname():
    text = (
        "Soldiers blocked the opposition headquarters on Monday.\n\n"
        "The singer has become a leading challenger to President Yoweri Museveni.\n\n"
        "Youths plan to march to parliament on Tuesday.\n\n"
        "Museveni accused opposition figures of inciting chaos."
    )
    kept = [text[s:e] for s, e in choose_paragraphs(text, 0)]
    assert any("Yoweri Museveni" in p for p in kept)
    assert not any(p.startswith("Youths plan") for p in kept)


def test_an_acronym_may_keep_the_of_of_the_name():
    assert acronyms_of("Department of Health") == ["DH", "DOH"]
    assert acronyms_of("Israel Defense Forces") == ["IDF"]


@pytest.mark.parametrize(
    ("text", "letters", "name"),
    [
        ("Govia Thameslink Railway apologised.", "GTR", "Govia Thameslink Railway"),
        (
            "The Atlanta-based Centers for Disease Control and Prevention was notified.",
            "CDC",
            "Centers for Disease Control and Prevention",
        ),
    ],
)
def test_a_name_is_found_by_its_initials(text, letters, name):
    assert names_by_initials(text)[letters] == name
