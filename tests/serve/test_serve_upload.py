"""``POST /api/ingest``: absent without a token, refused without the right one, and when
allowed it runs the real pipeline and the store's writer (the full run needs the spaCy model).
"""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from quotewatch.serve import create_app, upload

from .conftest import SEED_PAGE

TOKEN = "s3cret-token"


@pytest.fixture
def writable(db_path, tmp_path):
    copy = tmp_path / "writable.db"
    shutil.copy(db_path, copy)
    return TestClient(create_app(str(copy), write_token=TOKEN), raise_server_exceptions=False)


def test_no_token_no_write_route(client):
    assert client.post("/api/ingest", content=b"page").status_code in (404, 405)
    assert "/api/ingest" not in client.get("/openapi.json").json()["paths"]


def test_wrong_or_missing_token_is_refused(writable):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": TOKEN}):
        answer = writable.post("/api/ingest", content=b"Some page", headers=headers)
        assert answer.status_code == 401, headers
        assert answer.json()["error"]


def test_empty_and_oversized_pages_are_refused(writable, monkeypatch):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writable.post("/api/ingest", content=b"  ", headers=auth).status_code == 422
    monkeypatch.setattr(upload, "MAX_PAGE_BYTES", 10)
    assert writable.post("/api/ingest", content=b"x" * 11, headers=auth).status_code == 413


@pytest.mark.model
def test_upload_runs_the_pipeline_and_the_writer(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    page = SEED_PAGE.read_bytes()
    first = writable.post("/api/ingest", content=page, headers=auth, params={"url": "https://x/1"})
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["added"] is True and body["statements"] > 0
    again = writable.post("/api/ingest", content=page, headers=auth, params={"url": "https://x/1"})
    assert again.json() == {**body, "added": False}
    stored = writable.get(f"/api/articles/{body['article_id']}").json()
    assert len(stored["quotes"]) == body["statements"]
    assert writable.get("/search", params={"q": "Lukashenko"}).status_code == 200
