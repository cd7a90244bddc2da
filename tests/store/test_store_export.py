"""Export: every statement with its article, in JSONL, CSV and Parquet; totals and speakers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from quotewatch.errors import StoreError
from quotewatch.store import export_statements, list_speakers, totals

from .store_builders import Said, build


@pytest.fixture
def filled(store, add):
    add([Said("Only force.", entities=(("force", "MISC"),)), Said("Never.", speaker=None)],
        url="https://belta.by/1", furniture="a\n")  # fmt: skip
    add([Said("Poland, «again».", speaker="Lukashenko", confidence=0.123456)],
        url="https://belta.by/2", furniture="b\n", published=None)  # fmt: skip
    return store


def test_jsonl_uses_the_public_statement_fields(filled):
    article, _ = build([Said("Only force.", entities=(("force", "MISC"),))], furniture="a\n")
    public = article.to_dict()
    buffer = io.BytesIO()
    assert export_statements(filled, "jsonl", buffer) == 3
    lines = [json.loads(line) for line in buffer.getvalue().decode("utf-8").splitlines()]
    assert len(lines) == 3
    first = lines[0]
    assert set(public["quotes"][0]) <= set(first)
    for key in ("uri", "url", "title", "published", "outlet", "dateline", "authors", "encoding"):
        assert key in first
    assert {k: first[k] for k in public["quotes"][0]} == public["quotes"][0]
    assert first["dateline"] == public["dateline"]
    assert first["speaker_canonical"] == "Aleksandr Lukashenko"
    assert lines[1]["speaker"] is None
    assert lines[2]["confidence"] == 0.123


def test_csv_round_trips_rows_and_text(filled, tmp_path: Path):
    out = tmp_path / "statements.csv"
    assert export_statements(filled, "csv", out) == 3
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    assert rows[2]["text"] == "Poland, «again»."
    assert json.loads(rows[0]["entities"])[0]["label"] == "MISC"
    assert json.loads(rows[0]["authors"]) == ["BelTA staff"]


def test_csv_to_a_stream_leaves_it_open(filled):
    buffer = io.BytesIO()
    export_statements(filled, "csv", buffer)
    assert not buffer.closed
    assert buffer.getvalue().startswith(b"statement_id,")


def test_parquet_round_trips_rows_and_types(filled, tmp_path: Path):
    out = tmp_path / "statements.parquet"
    assert export_statements(filled, "parquet", out) == 3
    table = pq.read_table(out)
    assert table.num_rows == 3
    assert table.column("authors").to_pylist()[0] == ["BelTA staff"]
    assert table.column("entities").to_pylist()[0][0]["text"] == "force"
    assert table.column("published").to_pylist()[2] is None


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_empty_store_exports_zero_rows(store, tmp_path: Path, fmt):
    out = tmp_path / f"empty.{fmt}"
    assert export_statements(store, fmt, out) == 0
    if fmt == "parquet":
        assert pq.read_table(out).num_rows == 0


def test_export_spans_batches(store, add, monkeypatch):
    from quotewatch.store import export as export_module

    monkeypatch.setattr(export_module, "_BATCH", 2)
    for n in range(5):
        add([Said(f"Words {n}."), Said(f"More {n}.")], url=f"https://x/{n}", furniture=f"{n}\n")
    buffer = io.BytesIO()
    assert export_statements(store, "parquet", buffer) == 10
    assert pq.read_table(io.BytesIO(buffer.getvalue())).num_rows == 10


def test_unknown_format_is_a_store_error(filled):
    with pytest.raises(StoreError):
        export_statements(filled, "xlsx", io.BytesIO())  # type: ignore[arg-type]


def test_totals_and_speaker_counts(filled):
    assert totals(filled) == {
        "articles": 2, "statements": 3, "speakers": 1, "aliases": 2, "entities": 1,
        "outlets": 1, "published_first": "2022-02-24T13:36:00+03:00",
        "published_last": "2022-02-24T13:36:00+03:00", "schema_version": 1,
    }  # fmt: skip
    (speaker,) = list_speakers(filled)
    assert (speaker.statements, speaker.articles) == (2, 2)
    assert speaker.to_dict()["aliases"] == ["Aleksandr Lukashenko", "Lukashenko"]
