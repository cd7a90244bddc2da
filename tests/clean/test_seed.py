"""The canonical seed page (BelTA, saved as plain text) comes out as its gold record says."""

from __future__ import annotations

from quotewatch.clean import clean, clean_plain_text
from quotewatch.model import Source

BOILERPLATE = (
    "Government Bodies",
    "Flag Sunday, 14 April 2024",
    "All news",
    "Subscribe to us",
    "Recent news from Belarus",
)


def test_seed_title_is_the_headline(seed_text):
    page = clean_plain_text(seed_text, uri="seed")
    assert page.title == (
        "Lukashenko: Russia has never asked Belarus to participate in some operations"
    )
    assert page.text.startswith(page.title + "\n\n")


def test_seed_published_is_article_timestamp_in_minsk_time(seed_text):
    page = clean_plain_text(seed_text, uri="seed")
    assert page.published == "2022-02-24T13:36:00+03:00"


def test_seed_header_date_is_kept_apart_as_page_date(seed_text):
    page = clean_plain_text(seed_text, uri="seed")
    assert page.page_date == "2024-04-14"


def test_seed_dateline_place_and_agency(seed_text):
    page = clean_plain_text(seed_text, uri="seed")
    assert page.dateline is not None
    assert page.dateline.place == "Minsk"
    assert page.dateline.agency == "BelTA"
    assert page.dateline.text == "MINSK, 24 February (BelTA) –"
    assert page.text[page.dateline.start : page.dateline.end] == page.dateline.text
    assert page.outlet == "BelTA"
    assert page.language == "en"


def test_seed_body_runs_from_dateline_to_last_quote(seed_text):
    page = clean_plain_text(seed_text, uri="seed")
    assert page.body.startswith("MINSK, 24 February (BelTA) – Russia's leaders")
    assert page.body.rstrip().endswith("You see how things have turned out.”")


def test_seed_boilerplate_lines_are_gone(seed_text):
    page = clean_plain_text(seed_text, uri="seed")
    lines = {line.strip() for line in page.body.splitlines()}
    assert not lines & set(BOILERPLATE)
    assert "Subscribe to us" not in page.text


def test_seed_offsets_point_back_to_the_input(seed_text):
    page = clean_plain_text(seed_text, uri="seed")
    assert page.input_text == seed_text
    for seg in page.offsets.segments:
        assert (
            page.text[seg.start : seg.start + seg.length]
            == seed_text[seg.source_start : seg.source_start + seg.length]
        )
    # The gold headline quote span [100, 164) of the .txt is reachable from Page.text.
    start = page.text.index("Russia has never asked")
    assert page.offsets.to_source(start) == 100


def test_seed_through_clean_source(seed_text):
    source = Source(raw=seed_text.encode("utf-8"), uri="seed.txt", media_type="text/plain")
    page = clean(source)
    assert page.input_kind == "text"
    assert page.published == "2022-02-24T13:36:00+03:00"
    assert page.encoding.replace("_", "-").lower() in {"utf-8", "utf8", "ascii"}
