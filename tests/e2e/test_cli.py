"""The commands end to end on real pages: ingest, search, speakers, show, export."""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sqlite3

import pytest
from click.testing import CliRunner

from paths import REPO, SEED
from quotewatch.cli import main

pytestmark = pytest.mark.model

SAMPLES = REPO / "samples" / "pages"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    db = tmp_path_factory.mktemp("db") / "qw.db"
    result = run("ingest", str(SAMPLES), "--db", str(db), "--quiet", "--workers", "1")
    assert result.exit_code == 0, result.output
    return db


def test_ingest_reports_what_it_stored(database):
    rows = sqlite3.connect(database).execute("SELECT count(*) FROM articles").fetchone()
    assert rows[0] == 3


def test_ingesting_the_same_pages_again_adds_nothing(database):
    before = sqlite3.connect(database).execute("SELECT count(*) FROM statements").fetchone()
    result = run("ingest", str(SAMPLES), "--db", str(database), "--quiet", "--workers", "1")
    assert result.exit_code == 0
    assert "0 added" in result.output and "3 already" in result.output
    after = sqlite3.connect(database).execute("SELECT count(*) FROM statements").fetchone()
    assert before == after


def test_quotes_finds_a_statement_by_words_and_speaker(database):
    result = run("quotes", "Poland", "--speaker", "Lukashenko", "--db", str(database), "--json")
    hits = json.loads(result.output)
    assert hits and all(h["speaker"] == "Aleksandr Lukashenko" for h in hits)
    assert any("Poland" in h["text"] for h in hits)


def test_quotes_filters_by_outlet_and_dates(database):
    result = run(
        "quotes",
        "--outlet",
        "BelTA",
        "--since",
        "2022-02-24",
        "--until",
        "2022-02-24",
        "--db",
        str(database),
        "--json",
    )
    hits = json.loads(result.output)
    assert len(hits) == 8
    result = run(
        "quotes", "--outlet", "BelTA", "--since", "2022-02-25", "--db", str(database), "--json"
    )
    assert json.loads(result.output) == []


def test_speakers_lists_lukashenko_with_his_aliases(database):
    speakers = json.loads(run("speakers", "--db", str(database), "--json").output)
    lukashenko = next(s for s in speakers if s["name"] == "Aleksandr Lukashenko")
    assert lukashenko["statements"] == 8
    assert "Lukashenko" in lukashenko["aliases"]


def test_show_marks_every_statement_of_the_article(database):
    result = run("show", str(SEED.name), "--db", str(database))
    assert result.exit_code == 0, result.output
    assert result.output.count("⟧[") == 8
    assert "Aleksandr Lukashenko" in result.output


def test_export_jsonl_and_csv_carry_every_statement(database, tmp_path):
    jsonl = run("export", "--format", "jsonl", "--db", str(database)).stdout
    records = [json.loads(line) for line in jsonl.splitlines() if line.strip()]
    total = sqlite3.connect(database).execute("SELECT count(*) FROM statements").fetchone()[0]
    assert len(records) == total
    out = tmp_path / "s.csv"
    run("export", "--format", "csv", "--out", str(out), "--db", str(database))
    assert len(list(csv.DictReader(io.StringIO(out.read_text())))) == total


def test_extract_without_json_prints_a_readable_summary():
    result = run("extract", str(SEED))
    assert result.exit_code == 0
    assert "Aleksandr Lukashenko" in result.output and "2022-02-24T13:36:00+03:00" in result.output


def test_hostile_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "junk.bin").write_bytes(bytes(range(256)) * 64)
    (pages / "empty.txt").write_bytes(b"")
    (pages / "truncated.txt.gz").write_bytes(gzip.compress(SEED.read_bytes())[:200])
    (pages / "huge.txt").write_bytes(b"All work and no play. " * (50 * 2**20 // 22))
    (pages / "cyrillic.txt").write_bytes(
        "Новости\n\nЛукашенко заявил, что Россия никогда не просила Беларусь участвовать в "
        "операциях. «Только сила», — сказал он.\n".encode("cp1251")
    )
    (pages / "unbalanced.txt").write_text(
        'Talks stall\n\nThe minister said: "We will never agree. He added that “the offer '
        "stands» and „nothing else.\n\nOfficials said ' nothing ' more”.\n",
        encoding="utf-8",
    )
    (pages / "seed.txt").write_bytes(SEED.read_bytes())
    db = tmp_path / "h.db"
    result = run("ingest", str(pages), "--db", str(db), "--quiet", "--workers", "1")
    assert result.exit_code == 1
    output = result.output  # click >= 8.2: stdout and stderr as the terminal shows them
    for name in ("junk.bin", "empty.txt", "truncated.txt.gz"):
        assert name in output
    stored = {row[0] for row in sqlite3.connect(db).execute("SELECT uri FROM articles")}
    assert any(uri.endswith("seed.txt") for uri in stored)
    assert any(uri.endswith("cyrillic.txt") for uri in stored)
    assert any(uri.endswith("unbalanced.txt") for uri in stored)


def test_parallel_ingest_stores_what_a_single_process_stores(tmp_path, database):
    pages = tmp_path / "pages"
    pages.mkdir()
    for sample in SAMPLES.iterdir():
        (pages / sample.name).write_bytes(sample.read_bytes())
    (pages / "zz-junk.bin").write_bytes(b"\x00\xff" * 4096)
    db = tmp_path / "parallel.db"
    result = run("ingest", str(pages), "--db", str(db), "--quiet", "--workers", "2")
    assert result.exit_code == 1 and "zz-junk.bin" in result.output
    query = "SELECT text, speaker FROM statements ORDER BY text"
    assert sqlite3.connect(db).execute(query).fetchall() == (
        sqlite3.connect(database).execute(query).fetchall()
    )


def test_extract_reads_a_gzipped_page_as_ingest_does():
    result = run("extract", str(SAMPLES / "voa-2024-04-28-child-care.html.gz"), "--json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["input_kind"] == "html" and document["quotes"]


def test_extract_names_a_missing_file_and_fails(tmp_path):
    missing = tmp_path / "nope.txt"
    result = CliRunner().invoke(main, ["extract", str(missing)])
    assert result.exit_code == 1 and str(missing) in result.output


def test_eval_news_pages_scores_the_hand_annotated_articles():
    from paths import shared_path

    corpus = shared_path("corpus/news-pages")
    result = run("eval", "news-pages", str(corpus), "--errors")
    assert result.exit_code == 0, result.output
    assert "40 articles" in result.output and "all sets: 78 articles" in result.output
    f1 = float(re.search(r">= 0\.3: .*F1 (\d\.\d+)", result.output).group(1))
    assert f1 > 0.8  # 0.88 when this test was written: a drop this large is a regression
    assert "MISS " in result.output


def test_eval_news_pages_names_a_folder_without_gold(tmp_path):
    result = CliRunner().invoke(main, ["eval", "news-pages", str(tmp_path)])
    assert result.exit_code == 1
    assert "no gold.jsonl here" in result.output
