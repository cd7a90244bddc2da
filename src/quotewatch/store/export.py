"""Exporting every statement with its article: JSONL, CSV or Parquet, streamed in batches.

Why these shapes: JSONL keeps ``Article.to_dict()``'s statement field names (plus the article's
metadata) so scripts written against ``extract --json`` read it unchanged; CSV and Parquet are
flat for spreadsheets, pandas and R (the dateline split into columns, lists as JSON in CSV and
as real lists in Parquet).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

from quotewatch.errors import StoreError

if TYPE_CHECKING:
    from quotewatch.store.sqlite import Store

ExportFormat = Literal["jsonl", "csv", "parquet"]
_BATCH = 1000

_SELECT = """
SELECT s.id, s.article_id, a.content_hash, s.seq, s.text, s.kind, s.cue, s.speaker,
       s.speaker_kind, s.speaker_id, sp.name, s.speaker_mention, s.text_start, s.text_end,
       s.source_start, s.source_end, s.speaker_mention_start, s.speaker_mention_end,
       s.speaker_mention_text_start, s.speaker_mention_text_end, s.confidence,
       a.uri, a.url, a.title, a.published, a.page_date, a.modified, a.captured_at,
       a.dateline_text, a.dateline_place, a.dateline_agency, a.dateline_start, a.dateline_end,
       a.outlet, a.language, a.authors, a.input_kind, a.encoding
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id
WHERE s.id > ?
ORDER BY s.id
LIMIT ?
"""
_COLUMNS = (
    "statement_id", "article_id", "article_hash", "seq", "text", "kind", "cue", "speaker",
    "speaker_kind", "speaker_id", "speaker_canonical", "speaker_mention", "start", "end",
    "source_start", "source_end", "speaker_mention_start", "speaker_mention_end",
    "speaker_mention_text_start", "speaker_mention_text_end", "confidence",
    "uri", "url", "title", "published", "page_date", "modified", "captured_at",
    "dateline_text", "dateline_place", "dateline_agency", "dateline_start", "dateline_end",
    "outlet", "language", "authors", "input_kind", "encoding",
)  # fmt: skip
_DATELINE_KEYS = ("text", "place", "agency", "start", "end")


def export_statements(store: Store, fmt: ExportFormat, out: BinaryIO | Path) -> int:
    """Write every statement with its article metadata to ``out``; returns the row count.

    ``out`` is a path (created or replaced) or a binary stream (left open).
    """
    writers = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}
    if fmt not in writers:
        raise StoreError(str(out), f"unknown export format {fmt!r}: use jsonl, csv or parquet")
    try:
        with ExitStack() as stack:
            stream = stack.enter_context(out.open("wb")) if isinstance(out, Path) else out
            return writers[fmt](_flat_records(store), stream)
    except sqlite3.Error as error:
        raise StoreError(store.path, f"export failed: {error}") from error
    except OSError as error:
        raise StoreError(str(out), f"cannot write export: {error.strerror or error}") from error


def _flat_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every statement as one flat dict, in id order, fetched in keyset-paginated batches."""
    last = 0
    while True:
        rows = store.conn.execute(_SELECT, (last, _BATCH)).fetchall()
        if not rows:
            return
        entities = _entities(store, [r[0] for r in rows])
        for row in rows:
            record = dict(zip(_COLUMNS, row, strict=True))
            record["confidence"] = round(record["confidence"], 3)
            record["authors"] = json.loads(record["authors"] or "[]")
            record["entities"] = entities.get(row[0], [])
            yield record
        last = rows[-1][0]


def _entities(store: Store, ids: list[int]) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = {}
    rows = store.conn.execute(
        "SELECT se.statement_id, e.text, e.label, e.text_start, e.text_end"
        " FROM statement_entities se JOIN entities e ON e.id = se.entity_id"
        f" WHERE se.statement_id IN ({', '.join('?' * len(ids))})"
        " ORDER BY se.statement_id, se.seq",
        ids,
    )
    for sid, text, label, start, end in rows:
        found.setdefault(sid, []).append({"text": text, "label": label, "start": start, "end": end})
    return found


def to_json_record(flat: dict[str, Any]) -> dict[str, Any]:
    """The JSONL shape: the dateline nested as in ``Article.to_dict()``."""
    record = {k: v for k, v in flat.items() if not k.startswith("dateline_")}
    dateline = {k: flat[f"dateline_{k}"] for k in _DATELINE_KEYS}
    record["dateline"] = dateline if dateline["text"] is not None else None
    return record


def _write_jsonl(records: Iterator[dict[str, Any]], stream: BinaryIO) -> int:
    count = 0
    for flat in records:
        line = json.dumps(to_json_record(flat), ensure_ascii=False) + "\n"
        stream.write(line.encode("utf-8"))
        count += 1
    stream.flush()
    return count


def _write_csv(records: Iterator[dict[str, Any]], stream: BinaryIO) -> int:
    """UTF-8 CSV; ``authors`` and ``entities`` are JSON text in their cells."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=[*_COLUMNS, "entities"])
    writer.writeheader()
    count = 0
    for flat in records:
        row = dict(flat)
        row["authors"] = json.dumps(row["authors"], ensure_ascii=False)
        row["entities"] = json.dumps(row["entities"], ensure_ascii=False)
        writer.writerow(row)
        count += 1
    text.flush()
    text.detach()  # leave the caller's stream open
    return count


def _write_parquet(records: Iterator[dict[str, Any]], stream: BinaryIO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _arrow_schema(pa)
    count = 0
    with pq.ParquetWriter(stream, schema) as writer:
        batch: list[dict[str, Any]] = []
        for flat in records:
            batch.append(flat)
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _arrow_schema(pa: Any) -> Any:
    ints = {
        "statement_id", "article_id", "seq", "speaker_id", "start", "end", "source_start",
        "source_end", "speaker_mention_start", "speaker_mention_end",
        "speaker_mention_text_start", "speaker_mention_text_end", "dateline_start",
        "dateline_end",
    }  # fmt: skip
    entity = pa.struct(
        [("text", pa.string()), ("label", pa.string()), ("start", pa.int64()), ("end", pa.int64())]
    )
    fields = []
    for name in _COLUMNS:
        if name in ints:
            fields.append(pa.field(name, pa.int64()))
        elif name == "confidence":
            fields.append(pa.field(name, pa.float64()))
        elif name == "authors":
            fields.append(pa.field(name, pa.list_(pa.string())))
        else:
            fields.append(pa.field(name, pa.string()))
    fields.append(pa.field("entities", pa.list_(entity)))
    return pa.schema(fields)
