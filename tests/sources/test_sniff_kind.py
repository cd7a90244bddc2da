"""sniff_kind(): HTML or plain text, judged from the content and never from a file name."""

from __future__ import annotations

import pytest

from quotewatch.sources import sniff_kind

ARTICLE = (
    "MINSK, 24 February - The minister said talks would go on next week.\n\n"
    '"We are ready for dialogue," he told reporters on Monday.\n'
)


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html>\n<html><head><title>t</title></head><body></body></html>",
        "<!doctype HTML><p>x",
        "\n\n  <html lang='ru'>",
        "<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html>\n<html>",
        "<!-- saved page -->\n<html>",
        "<head><meta charset='utf-8'></head>",
        "<p>A fragment of a page.</p>",
        "<div class='story'>Text</div>",
    ],
)
def test_pages_that_start_like_html_are_html(page: str) -> None:
    assert sniff_kind(page) == "html"


def test_markup_dense_page_without_a_doctype_is_html() -> None:
    page = "Breaking: " + "<span>one</span><br><a href='/x'>two</a>" * 3
    assert sniff_kind(page) == "html"


def test_plain_text_that_mentions_a_tag_once_is_still_text() -> None:
    assert sniff_kind(ARTICLE + "Use <b> to make text bold.\n" + ARTICLE) == "text"


def test_plain_article_is_text() -> None:
    assert sniff_kind(ARTICLE) == "text"


def test_markup_far_beyond_the_start_does_not_make_a_text_page_html() -> None:
    assert sniff_kind(ARTICLE * 100 + "<p>" * 50) == "text"


def test_empty_text_is_text() -> None:
    assert sniff_kind("") == "text"
