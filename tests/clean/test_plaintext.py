"""Plain-text cleaning: clean articles pass whole, furniture goes, odd input never crashes."""

# ruff: noqa: E501  (the sample pages keep their paragraphs on one line, as scrapers save them)

from __future__ import annotations

import pytest

from quotewatch.clean import clean_plain_text
from quotewatch.errors import EmptyPage

CLEAN_ARTICLE = """Senate passes budget bill after all-night session.

WASHINGTON — The Senate passed a sweeping budget bill early on Friday after an all-night session, sending the measure to the House where its fate remains uncertain.

"This is a good day for the country," the majority leader told reporters after the vote.

Opponents said the bill would add to the deficit and cut programs that millions rely on.

It was not clear when the House would vote.

Yes.

The White House said the president would sign it.
"""

SCRAPED = """Home
* News
* Sport
* Weather
Subscribe
Cookie settings
Accept all cookies

Council approves new bridge over the river

By Jane Smith
12 March 2024, 09:15

The city council on Tuesday approved plans for a new bridge over the river, ending a debate that has lasted for more than a decade and divided residents of both banks.

The mayor said the bridge would be finished within four years and would cost less than the tunnel that had been proposed by the previous administration in 2019.

Residents who opposed the plan said they would consider a legal challenge, arguing that the consultation had been too short and the costs underestimated.

Share this article
Related stories
* Mayor wins second term
* Tunnel plan scrapped
© 2024 Example News. All rights reserved.
Privacy policy
"""


def test_clean_article_keeps_every_line():
    page = clean_plain_text(CLEAN_ARTICLE, uri="clean.txt")
    assert page.title == "Senate passes budget bill after all-night session."
    for line in CLEAN_ARTICLE.splitlines()[1:]:
        if line.strip():
            assert line in page.body, line


def test_clean_article_body_is_in_input_order():
    page = clean_plain_text(CLEAN_ARTICLE, uri="clean.txt")
    kept = [line for line in page.body.split("\n\n") if line]
    original = [line for line in CLEAN_ARTICLE.splitlines()[1:] if line.strip()]
    assert kept == original


def test_scraped_page_keeps_article_and_drops_furniture():
    page = clean_plain_text(SCRAPED, uri="scraped.txt")
    assert page.title == "Council approves new bridge over the river"
    assert page.body.startswith("The city council on Tuesday approved")
    assert page.body.rstrip().endswith("costs underestimated.")
    for junk in ("Subscribe", "Cookie settings", "* News", "Share this article", "©", "Privacy"):
        assert junk not in page.body
    assert page.published == "2024-03-12T09:15:00"


def test_two_pages_same_result_no_hidden_state():
    first = clean_plain_text(SCRAPED, uri="a")
    clean_plain_text(CLEAN_ARTICLE, uri="b")
    assert clean_plain_text(SCRAPED, uri="a") == first


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "Home\n* News\n* Sport\nSubscribe\n", "\x00\x01\x02", "a" * 5000],
)
def test_nothing_article_like_raises_empty_page(text):
    with pytest.raises(EmptyPage) as info:
        clean_plain_text(text, uri="odd.txt")
    assert info.value.path == "odd.txt"


@pytest.mark.parametrize(
    "text",
    [
        "“Unbalanced quote opens here and never closes, said the minister on Monday.\n",
        "(AP) —\n\n(",
        "MINSK, 24 February (BelTA\n" + "word " * 40,
        "\r\n".join(["A headline", "Body line with quite a few words in it, ending properly."] * 3),
        "\u2028".join(["Line separator split text that keeps going for a long while here."] * 4),
        "31.02.2024 99:99 99/99/9999 2024年13月40日 ©2023 " + "text " * 30,
    ],
)
def test_odd_input_never_crashes(text):
    try:
        page = clean_plain_text(text, uri="odd.txt")
    except EmptyPage:
        return
    for seg in page.offsets.segments:
        assert (
            page.text[seg.start : seg.start + seg.length]
            == text[seg.source_start : seg.source_start + seg.length]
        )


@pytest.mark.parametrize(
    "text",
    [
        "Obama said the economy is strong.",
        "Budget talks\n\nThe minister said talks would resume.\n\n“We are close,” she added.",
    ],
)
def test_a_short_clean_text_with_no_long_line_is_still_an_article(text):
    page = clean_plain_text(text, uri="brief.txt")
    assert "said" in page.text[page.body_start :]
    assert page.text.endswith(text.rsplit("\n\n", 1)[-1])


def test_a_dash_signature_under_a_quote_line_is_kept_while_menu_dashes_go():
    text = (
        "- Home\n- News\n- Sport\n\n"
        "Fact check: the bridge\n\n"
        "The council has made many claims about the bridge over the last twelve months now.\n\n"
        '"I will look into it. I do not know the status, but I will certainly look into it."\n\n'
        "- Anna Berg.\n\n"
        "The council has certainly been looking into it for a long time, as the record shows.\n"
    )
    page = clean_plain_text(text, uri="check.txt")
    body = page.text[page.body_start :]
    assert "- Anna Berg." in body
    assert "- News" not in body


def test_a_text_without_headline_keeps_its_long_lead_as_body():
    lead = (
        "LAHORE: Pakistan cricket captain Sarfaraz Ahmad has admitted that his team played "
        "poorly throughout the three-match series and failed to come out of the pressure to "
        "perform at the level required."
    )
    page = clean_plain_text(
        lead + "\n\nPakistan lost by 13 runs in the final match.\n", uri="lead.txt"
    )
    assert page.title == ""
    assert page.body.startswith("LAHORE: Pakistan cricket captain")


@pytest.mark.parametrize(
    "lead",
    [
        "Accra, Nov. 26, GNA – The National Democratic Congress has advised the Electoral "
        "Commission to act diligently.",
        "MANILA — The Department of Health on Monday said the public should not fear hospitals.",
        "ROCHESTER, Minn. (FOX 47) -- Police have arrested a man after a standoff.",
        "SINGAPORE: Workers’ Party MP Louis Chua posted an interesting question on Facebook on "
        "Tuesday morning (May 7): “Why is $1 worth less in Singapore than elsewhere?”",
    ],
)
def test_a_short_first_line_opened_by_a_dateline_is_the_lead_not_a_headline(lead):
    page = clean_plain_text(lead + "\n\nThe second paragraph follows.\n", uri="lead.txt")
    assert page.title == ""
    assert page.dateline is not None and page.body.startswith(page.dateline.text)


@pytest.mark.parametrize(
    "headline",
    [
        "BOOM: Trump Just Fired Back At His Critics.",
        "BOOM: Trump Just Fired A 5-Word Missile Directly At Hillary She Won’t Want Anyone To See",
    ],
)
def test_a_label_in_capitals_before_a_colon_may_open_a_headline(headline):
    text = f"{headline}\n\nThe story follows here, at length.\n"
    assert clean_plain_text(text, uri="label.txt").title.startswith("BOOM:")
