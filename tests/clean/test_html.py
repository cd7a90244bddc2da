"""HTML pages: main text via trafilatura, publication time with zone from the page metadata."""

from __future__ import annotations

import json

import pytest

from quotewatch.clean import clean, clean_html_text
from quotewatch.errors import EmptyPage
from quotewatch.model import Source

PARAGRAPHS = [
    "MOSCOW, March 3 /TASS/ - The Kremlin said on Friday that talks with the delegation had "
    "been constructive and that a second round would take place next week in the capital.",
    "“We expect concrete proposals,” the spokesman told reporters during a regular briefing, "
    "adding that no date had yet been agreed by the two sides for the next meeting.",
    "Officials from both countries declined to comment on the details of the negotiations, "
    "which began in January after months of preparation and several postponed meetings.",
]


def _page(meta: str = "", ld: dict | None = None) -> str:
    ld_block = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="en-GB"><head><title>Kremlin: talks were constructive | '
        f"Example Wire</title>{meta}{ld_block}</head><body><nav><ul><li>Home</li><li>World</li>"
        f"</ul></nav><article><h1>Kremlin: talks were constructive</h1>{body}</article>"
        f"<footer>© 2024 Example Wire. All rights reserved.</footer></body></html>"
    )


def test_html_title_body_dateline_and_language():
    page = clean_html_text(_page(), uri="p.html", url="https://www.example-wire.com/a/1")
    assert page.input_kind == "html"
    assert page.title == "Kremlin: talks were constructive"
    assert page.body.startswith("MOSCOW, March 3 /TASS/ - The Kremlin")
    assert "All rights reserved" not in page.text
    assert page.dateline is not None
    assert (page.dateline.place, page.dateline.agency) == ("Moscow", "TASS")
    assert page.outlet == "TASS"
    assert page.language == "en"


def test_html_offsets_map_identically():
    page = clean_html_text(_page(), uri="p.html")
    assert page.input_text == page.text
    assert [(s.start, s.source_start, s.length) for s in page.offsets.segments] == [
        (0, 0, len(page.text))
    ]


def test_published_time_and_zone_from_meta():
    meta = '<meta property="article:published_time" content="2023-03-03T14:05:00+0300">'
    page = clean_html_text(_page(meta=meta), uri="p.html")
    assert page.published == "2023-03-03T14:05:00+03:00"


def test_published_from_json_ld_wins_and_future_is_ignored():
    ld = {"@type": "NewsArticle", "datePublished": "2099-01-01T00:00:00Z"}
    meta = '<meta property="article:published_time" content="2023-03-03T11:05:00Z">'
    page = clean_html_text(_page(meta=meta, ld=ld), uri="p.html")
    assert page.published == "2023-03-03T11:05:00+00:00"
    ld = {"@type": "NewsArticle", "datePublished": "2023-03-02T09:00:00+01:00"}
    page = clean_html_text(_page(meta=meta, ld=ld), uri="p.html")
    assert page.published == "2023-03-02T09:00:00+01:00"


def test_html_without_article_raises_empty_page():
    with pytest.raises(EmptyPage):
        clean_html_text("<html><body><nav>Home</nav></body></html>", uri="empty.html")


def test_clean_dispatches_html_by_sniffing():
    source = Source(raw=_page().encode("utf-8"), uri="p.html")
    page = clean(source)
    assert page.input_kind == "html"
    assert page.title == "Kremlin: talks were constructive"


def test_modified_time_is_kept_apart():
    meta = (
        '<meta property="article:published_time" content="2023-03-03T11:05:00Z">'
        '<meta property="article:modified_time" content="2023-03-04T08:00:00Z">'
    )
    page = clean_html_text(_page(meta=meta), uri="p.html")
    assert page.published == "2023-03-03T11:05:00+00:00"
    assert page.modified == "2023-03-04T08:00:00+00:00"


def test_naive_metadata_time_gets_the_known_outlet_zone():
    meta = '<meta property="article:published_time" content="2022-02-24T13:36:00">'
    page = clean_html_text(_page(meta=meta), uri="p.html", url="https://eng.belta.by/x/1")
    assert page.published == "2022-02-24T13:36:00+03:00"
