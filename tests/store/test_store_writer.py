"""Writing: round trip, idempotence, all-or-nothing transactions, opening rules."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotewatch.errors import StoreError
from quotewatch.store import (
    QueryError,
    get_article,
    get_raw,
    load_article,
    open_store,
    search_statements,
    totals,
)
from quotewatch.store import writer as writer_module

from .store_builders import Said, build

TWO = [
    Said("Russia's leaders have never raised the matter.", entities=(("Russia", "GPE"),)),
    Said("Only force.", kind="mixed", confidence=0.55),
]


def test_article_round_trips_to_the_same_public_json(store):
    article, source = build(TWO)
    assert store.add(article, source) is True
    loaded = load_article(store, "1")
    assert loaded is not None
    assert loaded.to_dict() == article.to_dict()


def test_raw_bytes_and_source_offsets_survive(store):
    article, source = build(TWO)
    store.add(article, source)
    found = get_article(store, source.uri)
    assert found is not None
    row, statements = found
    assert get_raw(store, row.id) == source.raw
    for s in statements:
        assert row.text[s.start : s.end] == s.text
        assert row.input_text[s.source_start : s.source_end] == s.text
        assert row.input_text[s.speaker_mention_start : s.speaker_mention_end] == s.speaker_mention


def test_same_page_twice_adds_nothing(store):
    article, source = build(TWO)
    assert store.add(article, source) is True
    before = totals(store)
    assert store.add(article, source) is False
    assert totals(store) == before


def test_same_url_and_text_with_different_page_furniture_is_a_duplicate(store):
    assert store.add(*build(TWO, furniture="Menu\n")) is True
    assert store.add(*build(TWO, furniture="Menu\nCookie banner\n")) is False
    assert totals(store)["articles"] == 1


def test_same_text_at_another_url_is_another_article(store):
    """Syndicated wire copy is kept per outlet (grouping it is a separate concern)."""
    assert store.add(*build(TWO, url="https://a.example/1", furniture="A news\n")) is True
    assert store.add(*build(TWO, url="https://b.example/1", furniture="B daily\n")) is True
    assert totals(store)["articles"] == 2


def test_identical_bytes_under_another_url_are_one_page(store):
    """The content hash is the identity: a mirror or a tracking-parameter URL adds nothing."""
    assert store.add(*build(TWO, url="https://a.example/1")) is True
    assert store.add(*build(TWO, url="https://a.example/1?utm_source=x")) is False


def test_failure_after_statements_leaves_nothing_half_written(store, monkeypatch):
    store.add(*build(TWO, url="https://a.example/1"))
    before = totals(store)

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer_module, "_insert_statement_entities", explode)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add(*build([Said("New words.", speaker="Viktor Orban")], url="https://b.example/2"))
    assert totals(store) == before
    assert not store.conn.in_transaction
    assert search_statements(store, "new words") == []
    assert len(search_statements(store, "leaders")) == 1
    check = "INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')"
    store.conn.execute(check)  # raises if the FTS index disagrees with its content table
    monkeypatch.undo()
    assert store.add(*build([Said("New words.")], url="https://b.example/2")) is True


def test_sqlite_error_mid_article_rolls_back_and_names_the_input(store):
    article, source = build([Said("Fine.", kind="not-a-kind")])  # violates the CHECK
    with pytest.raises(StoreError) as info:
        store.add(article, source)
    assert info.value.path == source.uri
    assert totals(store)["articles"] == 0
    assert totals(store)["speakers"] == 0


def test_statement_entities_are_linked(store):
    store.add(*build(TWO))
    _, statements = get_article(store, "1")
    assert [(e.text, e.label) for e in statements[0].entities] == [("Russia", "GPE")]
    assert statements[1].entities == ()


def test_non_sqlite_file_is_a_store_error(tmp_path: Path):
    path = tmp_path / "notes.db"
    path.write_text("not a database at all, just notes\n" * 10)
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_store(path)


def test_other_applications_database_is_refused_and_left_untouched(tmp_path: Path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(StoreError, match="not a quotewatch database"):
        open_store(path)
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    conn.close()
    assert names == ["customers"]


def test_newer_schema_is_refused(db_path: Path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(db_path)


def test_directory_and_missing_file_in_readonly_mode_are_store_errors(tmp_path: Path):
    with pytest.raises(StoreError):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "absent.db", readonly=True)


def test_readonly_store_cannot_write(db_path: Path):
    with open_store(db_path) as store:
        store.add(*build(TWO))
    with open_store(db_path, readonly=True) as ro:
        with pytest.raises(StoreError, match="read-only"):
            ro.add(*build(TWO, url="https://other.example/"))
        with pytest.raises(sqlite3.Error):
            ro.conn.execute("DELETE FROM articles")
        assert totals(ro)["articles"] == 1


def test_file_is_plain_sqlite_with_wal_version_and_fts(db_path: Path):
    with open_store(db_path) as store:
        store.add(*build(TWO))
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(1,)]
    hits = conn.execute(
        "SELECT s.text FROM statements_fts f JOIN statements s ON s.id = f.rowid"
        " WHERE statements_fts MATCH 'force'"
    ).fetchall()
    assert hits == [("Only force.",)]
    datasette_detect_fts = (  # the pattern datasette.utils.detect_fts_sql matches on
        "SELECT name FROM sqlite_master WHERE rootpage = 0"
        " AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"statements\"%'"
    )
    assert conn.execute(datasette_detect_fts).fetchall() == [("statements_fts",)]
    conn.close()


def test_reopening_keeps_data(db_path: Path):
    with open_store(db_path) as store:
        store.add(*build(TWO))
    with open_store(db_path) as store:
        assert totals(store)["statements"] == 2
        assert store.add(*build(TWO)) is False


def test_reader_sees_each_article_once_committed(db_path: Path):
    """WAL: a read-only reader (the web app) runs beside the single writer (ingest)."""
    with open_store(db_path) as writer:
        writer.add(*build(TWO, url="https://a.example/1", furniture="a\n"))
        with open_store(db_path, readonly=True) as reader:
            assert totals(reader)["articles"] == 1
            writer.add(*build(TWO, url="https://b.example/2", furniture="b\n"))
            assert totals(reader)["articles"] == 2


def test_ambiguous_hash_prefix_is_a_query_error(store):
    store.add(*build(TWO, url="https://a.example/1", furniture="a\n"))
    store.add(*build(TWO, url="https://b.example/2", furniture="b\n"))
    for article_id, fake in ((1, "abcd" + "0" * 60), (2, "abcd" + "1" * 60)):  # force a clash
        store.conn.execute("UPDATE articles SET content_hash = ? WHERE id = ?", (fake, article_id))
    with pytest.raises(QueryError, match="several"):
        get_article(store, "abcd")
    assert get_article(store, "abcd1")[0].id == 2


def test_closing_the_store_closes_its_connection(db_path: Path):
    with open_store(db_path) as store:
        pass
    with pytest.raises(sqlite3.ProgrammingError):
        store.conn.execute("SELECT 1")


def test_undecodable_text_is_a_store_error_not_a_crash(store):
    """A lone surrogate cannot be stored as UTF-8: the batch must get a typed error."""
    article, source = build([Said("Bad byte.")])
    bad = dataclasses.replace(article.statements[0], text="Bad \udcff byte.")
    article = dataclasses.replace(article, statements=(bad,))
    with pytest.raises(StoreError, match="cannot store article"):
        store.add(article, source)
    assert totals(store)["articles"] == 0


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.text(min_size=1, max_size=40).filter(lambda t: "\x00" not in t), max_size=4),
    st.sampled_from(["Aleksandr Lukashenko", "Łukasz Żak", "李强", "O'Neil-Smith", None]),
)
def test_any_statement_text_round_trips(words, speaker):
    with open_store(":memory:") as store:
        article, source = build([Said(w, speaker=speaker) for w in words])
        assert store.add(article, source) is True
        assert load_article(store, "1").to_dict() == article.to_dict()
        assert store.add(article, source) is False
