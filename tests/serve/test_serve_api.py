"""The JSON API: field names of the extract --json contract, paging caps, and its own schema.

The schemathesis test generates requests from ``/openapi.json`` (bounded examples) and checks
every answer against the schema it declares and that no request makes the server fail (5xx).
"""

from __future__ import annotations

import pytest

from quotewatch.serve.params import MAX_PAGE_SIZE

from .conftest import ONLY_FORCE, STATEMENTS, VOLKOV, ids

# The statement fields of Article.to_dict()["quotes"][i] (docs/model.md): the API keeps them all.
CONTRACT_FIELDS = {
    "text", "kind", "cue", "speaker", "speaker_kind", "speaker_mention", "start", "end",
    "source_start", "source_end", "speaker_mention_start", "speaker_mention_end",
    "speaker_mention_text_start", "speaker_mention_text_end", "confidence", "entities",
}  # fmt: skip


def test_search_items_keep_the_contract_field_names(client):
    page = client.get("/api/search", params={"q": "force"}).json()
    assert page["total"] == 2 and page["next_offset"] is None
    item = page["items"][0]
    assert set(item) >= CONTRACT_FIELDS
    assert {"id", "article_id", "speaker_canonical", "outlet", "published", "url"} <= set(item)


def test_offsets_index_the_article_text(client, db_path):
    [sid] = ids(db_path, "SELECT id FROM statements WHERE text = ?", ONLY_FORCE)
    detail = client.get(f"/api/statements/{sid}").json()
    s, article = detail["statement"], detail["article"]
    assert article["text"][s["start"] : s["end"]] == s["text"]
    assert article["body"] == article["text"][article["body_start"] :]
    assert article["dateline"]["agency"] == "BelTA"
    assert [r["outlet"] for r in detail["repeats"]] == ["TASS"]
    assert detail["repeats"][0]["identical"] is True
    assert len(detail["others"]) == 2


def test_article_lists_its_quotes_in_order(client):
    body = client.get("/api/articles/1").json()
    starts = [q["start"] for q in body["quotes"]]
    assert starts == sorted(starts) and len(starts) == 3


def test_page_size_is_capped(client):
    assert client.get("/api/search", params={"limit": MAX_PAGE_SIZE + 1}).status_code == 422
    assert client.get("/api/search", params={"offset": -1}).status_code == 422
    page = client.get("/api/search", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_offset"] == 2
    rest = client.get("/api/search", params={"limit": 2, "offset": STATEMENTS - 1}).json()
    assert len(rest["items"]) == 1 and rest["next_offset"] is None


def test_speaker_detail_and_lists(client):
    speakers = client.get("/api/speakers").json()["items"]
    top = speakers[0]
    assert top["name"] == "Petr Volkov" and top["statements"] == VOLKOV
    detail = client.get(f"/api/speakers/{top['id']}").json()
    assert "Volkov" in " ".join(detail["speaker"]["aliases"])
    assert sum(b["count"] for b in detail["timeline"]) == VOLKOV
    assert {e["value"] for e in detail["entities"]} >= {"Poland", "Ukraine"}
    assert client.get("/api/entities/NATO").json()["total"] == 2
    assert client.get("/api/outlets/Reuters").json()["outlet"]["articles"] == 2


def test_facets(client):
    facets = client.get("/api/facets", params={"q": "force"}).json()
    assert {f["value"]: f["count"] for f in facets["outlet"]} == {"BelTA": 1, "TASS": 1}
    assert facets["speaker"][0]["label"] == "Petr Volkov"
    assert facets["histogram"] == [{"bucket": "2022-02", "count": 2}]


def test_errors_are_json_under_api(client):
    missing = client.get("/api/statements/424242")
    assert missing.status_code == 404 and missing.json()["error"] == "Not found"
    bad = client.get("/api/search", params={"since": "last week"})
    assert bad.status_code == 422 and bad.json()["error"] == "Invalid request"


@pytest.mark.parametrize(
    "path",
    [
        "/api/search?speaker=99999999999999999999",
        "/api/search?speaker=%C2%B2",
        "/search?speaker=99999999999999999999",
        "/search?speaker=%C2%B2",
        "/api/articles/99999999999999999999",
        "/statements/99999999999999999999",
        "/speakers/99999999999999999999",
    ],
)
def test_numbers_beyond_sqlite_or_odd_digits_are_no_server_error(client, path):
    # "²".isdigit() is true and int() rejects it; 10**20 overflows SQLite's integers.
    assert client.get(path).status_code < 500


def test_openapi_schema_is_served_and_lists_the_api(client):
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {"/api/search", "/api/statements/{statement_id}", "/api/speakers/{speaker_id}"} <= paths
    assert all(p.startswith("/api/") for p in paths)


schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")
from hypothesis import HealthCheck, given, settings  # noqa: E402


def test_api_conforms_to_its_openapi_schema(app):
    """Bounded generated requests per operation: answers match the schema, nothing is a 5xx.

    Driven by hand (hypothesis over each operation's strategy) rather than schemathesis'
    pytest plugin, which does not load under pytest 9.
    """
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case) -> None:
            case.call_and_validate()

        try:
            check()
        except Exception as error:  # report every operation's failure, not just the first
            failures.append(f"{operation.label}: {error}")
    assert not failures, "\n\n".join(failures)
