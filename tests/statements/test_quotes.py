"""The quote scanner: pure string code, so no spaCy model is needed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotewatch.statements.quotes import find_quotes, has_quote_mark, paragraph_spans


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_every_quote_style_is_found():
    text = (
        'A “curly one” and "straight one" and «guillemets» and „low high“ '
        "and ‘single curly’ and 'single straight'."
    )
    assert inner(text) == [
        "curly one",
        "straight one",
        "guillemets",
        "low high",
        "single curly",
        "single straight",
    ]


def test_apostrophes_are_not_quote_marks():
    text = "The minister’s plan won’t pass, and the leaders’ talks don't help."
    assert find_quotes(text) == []
    assert not has_quote_mark(text)


def test_nested_single_quotes_stay_inside_the_double_quote():
    text = "She said: “They called it ‘a plan’ but it was not.” Then she left."
    assert inner(text) == ["They called it ‘a plan’ but it was not."]


def test_quote_running_over_paragraphs_is_one_span():
    text = "He said: “First part of it.\n\n“Second part of it.”\n\nNext paragraph."
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].paragraphs == 2
    assert text[quotes[0].start : quotes[0].end] == "First part of it.\n\n“Second part of it."


def test_a_quote_closed_in_the_next_paragraph_without_reopening_is_one_span():
    text = "\"I saw things I didn't think were possible.\n\nI've never seen this,\" he said."
    (quote,) = find_quotes(text)
    assert quote.balanced and quote.paragraphs == 2
    assert text[quote.start : quote.end].endswith("seen this,")


def test_a_closing_mark_that_ends_the_next_paragraph_does_not_continue_a_quote():
    text = "He wrote: “Protesters gathered outside.\n\nThey chanted for hours.”\n\nNext."
    (quote,) = find_quotes(text)
    assert not quote.balanced
    assert text[quote.start : quote.end] == "Protesters gathered outside."


def test_unclosed_double_quote_stops_at_paragraph_end_and_is_flagged():
    text = "He said: “This never closes\n\nA normal paragraph."
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "This never closes"
    assert not quote.balanced


def test_double_apostrophe_marks_count_as_double_quotes():
    text = "''We will win,'' the mayor said."
    assert inner(text) == ["We will win,"]


def test_two_curly_single_marks_close_a_double_quote():
    text = "“I’m not going to quit. I do not run’’, Vizcarra said in a televised address."
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "I’m not going to quit. I do not run"
    assert text[quote.outer_start : quote.outer_end] == "“I’m not going to quit. I do not run’’"
    assert quote.balanced


def test_two_curly_single_marks_after_a_comma_close_rather_than_open():
    text = "“Cholera treatment is free and chlorination has begun,’’ he said."
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "Cholera treatment is free and chlorination has begun,"
    assert quote.balanced


def test_paragraphs_are_split_at_blank_lines():
    text = "One.\n\n  Two.\n \nThree."
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One.", "Two.", "Three."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n“”„«»\"'‘’‚`:")), max_size=80))
def test_unbalanced_quote_marks_never_crash(text):
    for q in find_quotes(text):
        assert 0 <= q.outer_start <= q.start <= q.end <= q.outer_end <= len(text)


def test_a_curly_opener_closed_by_a_straight_mark_and_the_reverse():
    text = 'A “We are going to build it," he said. "It is already built.” Then he left.'
    assert inner(text) == ["We are going to build it,", "It is already built."]


def test_straight_marks_nested_in_curly_ones_stay_inside():
    text = 'She said: “He called it "a disaster" on Monday,” and left.'
    assert inner(text) == ['He called it "a disaster" on Monday,']


def test_an_unclosed_left_single_mark_before_a_capital_runs_to_the_paragraph_end():
    text = "He added: ‘In Kent we have 900 fewer officers. That is a strain.\n\nNext paragraph."
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "In Kent we have 900 fewer officers. That is a strain."
    assert not quote.balanced


def test_an_unclosed_elision_mark_is_no_quote():
    assert find_quotes("Rock music of the ‘90s filled the hall.\n\nNext paragraph.") == []


def test_an_okina_written_as_a_single_mark_opens_no_quote():
    text = "Nobles moved to topple ‘Akilisi Pōhiva’s government on Friday.\n\nNext paragraph."
    assert find_quotes(text) == []


def test_a_curly_opener_padded_with_a_space_still_opens():
    text = "He said:\n\n“ Earlier this year, we began raising our seed round. ”"
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end].strip() == (
        "Earlier this year, we began raising our seed round."
    )


def test_a_curly_opener_between_spaces_before_no_word_opens_nothing():
    assert find_quotes("Prices “ – ” were unchanged.") == []
