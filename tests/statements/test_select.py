"""Choosing paragraphs to parse, and mapping parsed offsets back to the page."""

from __future__ import annotations

from quotewatch.statements.select import choose_paragraphs, select


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
    assert not is_candidate("The claims were reviewed by the board.")
    assert not is_candidate("The state of the roads is poor.")


def test_a_paragraph_spelling_out_an_acronym_is_kept_for_its_name():
    text = (
        "T\n\nLead.\n\nA filler line.\n\nThe Public Health Agency of Canada (PHAC) moved "
        "offices.\n\nPHAC said the move was done."
    )
    kept = [text[s:e] for s, e in choose_paragraphs(text, 3)]
    assert "The Public Health Agency of Canada (PHAC) moved offices." in kept
    assert "A filler line." not in kept


def test_paragraph_before_one_naming_the_agency_is_kept_for_its_name():
    text = (
        "T\n\nLead.\n\nA filler line.\n\nThe Storm Prediction Center has outlined a level 3 "
        "risk.\n\n“Hail is likely,” wrote the center."
    )
    kept = [text[s:e] for s, e in choose_paragraphs(text, 3)]
    assert "The Storm Prediction Center has outlined a level 3 risk." in kept
    assert "A filler line." not in kept


def test_a_paragraph_where_documents_show_something_is_kept():
    text = (
        "T\n\nLead.\n\nA filler line.\n\nLatest budget documents show that revenue "
        "rose by R95bn last year."
    )
    kept = [text[s:e] for s, e in choose_paragraphs(text, 3)]
    assert kept[-1].startswith("Latest budget documents show")
    assert "A filler line." not in kept
