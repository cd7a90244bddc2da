"""HTML pages over the hand-built store: what a journalist clicks through, without JavaScript."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

from .conftest import ONLY_FORCE, SERIES, STATEMENTS, VOLKOV, ids

ATOM = "{http://www.w3.org/2005/Atom}"


def test_overview_shows_totals_and_most_quoted(client):
    page = client.get("/")
    assert page.status_code == 200
    assert "Petr Volkov" in page.text
    assert f">{STATEMENTS}<" in page.text
    assert 'action="/search"' in page.text


def test_search_highlights_matches_and_counts_them(client):
    page = client.get("/search", params={"q": "force"})
    assert page.status_code == 200
    assert "2 statements" in page.text
    assert "Only <mark>force</mark> works with them" in page.text
    assert 'href="/search.csv?q=force"' in page.text
    assert 'href="/search.atom?q=force"' in page.text
    assert page.headers["link"] == '</api/search?q=force>; rel="alternate"; type="application/json"'


def test_search_filters_combine(client):
    def count(**params) -> str:
        text = client.get("/search", params=params).text
        return text.split('<h1 id="count">')[1].split(" ")[0]

    assert count(q="force", outlet="TASS") == "1"
    assert count(q="force", until="2022-02-24") == "1"
    assert count(since="2022-03", until="2022-03") == "4"
    assert count(entity="NATO") == "2"
    assert count(speaker="Volkov") == str(VOLKOV)
    assert count(q="force", language="de") == "0"
    assert count(kind="indirect") == "4"


def test_search_ignores_nonsense_parameters(client):
    page = client.get("/search", params={"q": '"unbalanced ( NEAR', "since": "yesterday"})
    assert page.status_code == 200
    assert client.get("/search", params={"page": "x", "speaker": ""}).status_code == 200


def test_search_facets_link_to_narrower_searches(client):
    page = client.get("/search", params={"q": "force"}).text
    assert 'href="/search?q=force&amp;outlet=TASS"' in page
    assert "<svg" in page and "<rect" in page  # the histogram
    assert 'href="/search?q=force&amp;since=2022-02&amp;until=2022-02"' in page


def test_statement_in_context_with_metadata_and_repeats(client, db_path):
    [sid] = ids(db_path, "SELECT id FROM statements WHERE text = ?", ONLY_FORCE)
    page = client.get(f"/statements/{sid}").text
    assert f'<mark id="statement" class="statement">{ONLY_FORCE}</mark>' in page
    assert '<mark class="mention">the president</mark>' in page
    assert "2022-02-24T13:36:00+03:00" in page  # published
    assert "2022-02-25 <small>(another date" in page  # page date, kept apart
    assert "MINSK, 24 February (BelTA)" in page
    assert 'href="https://www.belta.by/president/view/1"' in page
    assert "identical wording" in page and "Repeated by: TASS" in page
    assert "Poland was preparing provocations" in page  # another statement in the article


def test_speaker_page_has_aliases_timeline_entities_and_latest(client, db_path):
    [spk] = ids(db_path, "SELECT id FROM speakers WHERE name = 'Petr Volkov'")
    page = client.get(f"/speakers/{spk}").text
    assert "<h1>Petr Volkov</h1>" in page
    assert f"{VOLKOV} statements in {2 + len(SERIES)} articles" in page
    assert "“the president”" in page
    assert "<rect" in page
    assert ">Poland</a>" in page
    assert client.get(f"/speakers/{spk}", params={"by": "week"}).status_code == 200


def test_entity_and_outlet_pages(client):
    nato = client.get("/entities/NATO").text
    assert "Martin Hale" in nato and "We will defend every inch" in nato
    assert ">NATO</a>" not in nato.split('<aside class="facets">')[1]  # not its own neighbour
    reuters = client.get("/outlets/Reuters").text
    assert "2 articles" in reuters and "sanctions on Belarus" in reuters
    assert client.get("/entities/Nothing-here").status_code == 404


def test_lists_of_speakers_outlets_entities(client):
    assert "Martin Hale" in client.get("/speakers").text
    assert "Reuters" in client.get("/outlets").text
    assert "NATO" in client.get("/entities").text


def test_unknown_pages_are_404_pages(client):
    for path in ("/statements/999999", "/speakers/999999", "/outlets/None-such", "/nowhere"):
        page = client.get(path)
        assert page.status_code == 404
        assert "Not found" in page.text


def test_search_exports_csv_jsonl_atom(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/search.csv?q=force").text)))
    assert [r["outlet"] for r in rows] == ["TASS", "BelTA"]
    lines = client.get("/search.jsonl", params={"entity": "NATO"}).text.splitlines()
    first = json.loads(lines[0])
    assert first["speaker_canonical"] == "Martin Hale"
    assert first["entities"][0]["text"] == "NATO"
    assert {"start", "end", "source_start", "confidence", "url"} <= set(first)
    feed = ET.fromstring(client.get("/search.atom?q=force").content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 2
    assert entries[0].find(f"{ATOM}link").get("href").startswith("http://testserver/statements/")


def test_list_exports(client):
    speakers = list(csv.DictReader(io.StringIO(client.get("/speakers.csv").text)))
    assert speakers[0]["name"] == "Petr Volkov" and speakers[0]["statements"] == str(VOLKOV)
    outlets = [json.loads(x) for x in client.get("/outlets.jsonl").text.splitlines()]
    assert {o["name"] for o in outlets} >= {"BelTA", "TASS", "Reuters"}
    assert "NATO" in client.get("/entities.csv").text
    assert client.get("/speakers.xml").status_code == 404
