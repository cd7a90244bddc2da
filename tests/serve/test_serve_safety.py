"""Untrusted article text stays text: every page, export and error, with the right headers."""

from __future__ import annotations

import csv
import io
import sqlite3
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from quotewatch.errors import StoreError
from quotewatch.serve import create_app
from quotewatch.serve.db import Database

from .conftest import (
    HOSTILE_ENTITY,
    HOSTILE_FORMULA,
    HOSTILE_MARKERS,
    HOSTILE_OUTLET,
    HOSTILE_URL,
    STATEMENTS,
    ids,
)


@pytest.fixture(scope="module")
def hostile(db_path):
    [article] = ids(db_path, "SELECT id FROM articles WHERE outlet = ?", HOSTILE_OUTLET)
    statements = ids(db_path, "SELECT id FROM statements WHERE article_id = ?", article)
    speakers = ids(db_path, "SELECT speaker_id FROM statements WHERE article_id = ?", article)
    return {"article": article, "statement": statements[0], "speaker": speakers[0]}


def hostile_pages(h: dict) -> list[str]:
    return [
        "/",
        "/search",
        "/search?q=script",
        "/search?q=javascript",
        f"/search?q=alert&outlet={quote(HOSTILE_OUTLET)}",
        f"/statements/{h['statement']}",
        f"/statements/{h['statement'] + 1}",
        f"/speakers/{h['speaker']}",
        "/speakers",
        "/outlets",
        f"/outlets/{quote(HOSTILE_OUTLET, safe='')}",
        "/entities",
        f"/entities/{quote(HOSTILE_ENTITY, safe='')}",
        "/search?q=<script>alert(1)</script>",
        "/statements/<script>",
    ]


def test_hostile_article_is_escaped_on_every_page(client, hostile):
    for path in hostile_pages(hostile):
        page = client.get(path)
        assert page.status_code in (200, 404, 422), path
        for marker in HOSTILE_MARKERS:
            assert marker not in page.text, (path, marker)
        assert "<script" not in page.text, path  # no page needs a script at all


def test_hostile_text_is_shown_escaped(client, hostile):
    page = client.get(f"/statements/{hostile['statement']}").text
    assert "&lt;script&gt;window.__pwned=1" in page
    assert "&lt;svg onload=alert(1)&gt;Outlet" in page


def test_javascript_url_is_never_a_link(client, hostile):
    page = client.get(f"/statements/{hostile['statement']}").text
    assert 'href="javascript:' not in page.lower()
    assert f"<code>{HOSTILE_URL}</code>" in page  # shown, as text


def test_security_headers_on_pages_api_and_errors(client):
    for path in ("/", "/search?q=x", "/api/totals", "/nowhere", "/static/style.css"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "default-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_csv_export_defuses_spreadsheet_formulas(client):
    rows = list(
        csv.DictReader(io.StringIO(client.get("/search.csv", params={"q": "HYPERLINK"}).text))
    )
    assert rows and rows[0]["text"] == "'" + HOSTILE_FORMULA


def test_atom_feed_stays_well_formed(client):
    body = client.get("/search.atom", params={"q": "script"}).content
    feed = ET.fromstring(body)
    titles = [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert any("<b onmouseover" in (t or "") for t in titles)  # the text, parsed back as text


def test_errors_show_no_stack_trace(app, monkeypatch):
    from quotewatch.serve import queries

    def boom(*args, **kwargs):
        raise RuntimeError("secret detail in /etc/passwd")

    monkeypatch.setattr(queries, "count", boom)
    client = TestClient(app, raise_server_exceptions=False)
    for path in ("/search?q=force", "/api/search?q=force"):
        page = client.get(path)
        assert page.status_code == 500
        assert "secret detail" not in page.text and "Traceback" not in page.text
        assert "content-security-policy" in page.headers


def test_slow_queries_are_interrupted(db_path):
    db = Database(str(db_path))
    with pytest.raises(Exception) as caught, db.connect(time_limit=0.0) as conn:
        conn.execute(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"
        ).fetchone()
    assert type(caught.value).__name__ == "QueryTimeout"


def test_database_is_opened_read_only(db_path):
    db = Database(str(db_path))
    with db.connect() as conn, pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM statements")


def test_missing_database_fails_at_start(tmp_path):
    with pytest.raises(StoreError):
        create_app(str(tmp_path / "absent.db"))


def test_search_input_is_never_sql(client):
    for q in ("'; DROP TABLE statements; --", '" OR 1=1', "a* NEAR(b c)", "\x00", "*"):
        assert client.get("/search", params={"q": q}).status_code == 200
        assert client.get("/api/search", params={"q": q}).status_code == 200
    assert client.get("/api/totals").json()["statements"] == STATEMENTS
