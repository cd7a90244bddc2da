"""The canonical seed page comes out exactly as its hand-made gold record says."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from paths import SEED, SEED_GOLD, SHARED
from quotewatch.cli import main

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def document() -> dict:
    result = CliRunner().invoke(main, ["extract", str(SEED), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


def test_seed_metadata_matches_gold(document, gold):
    assert document["title"] == gold["title"]
    assert document["published"] == gold["published"]
    assert document["page_date"][:10] == gold["page_date"]
    assert document["dateline"]["place"] == gold["dateline"]["place"]
    assert document["dateline"]["agency"] == gold["dateline"]["agency"]
    assert document["outlet"] == gold["outlet"]
    assert document["language"] == gold["language"]


def test_seed_body_keeps_article_and_drops_boilerplate(document, gold):
    body = document["body"]
    assert body.startswith(gold["body_first_words"])
    assert body.rstrip().endswith(gold["body_last_words"])
    lines = {line.strip() for line in body.splitlines()}
    assert not lines & set(gold["boilerplate_lines"])


def test_seed_statements_match_gold_spans_and_speaker(document, gold):
    predicted = document["quotes"]
    matched = set()
    for want in gold["quotes"]:
        start, end = want["span"]
        coverage = [
            (max(0, min(end, p["source_end"]) - max(start, p["source_start"])) / (end - start), i)
            for i, p in enumerate(predicted)
        ]
        best, index = max(coverage)
        assert best >= 0.8, f"no statement covers {want['text'][:40]!r}"
        assert predicted[index]["speaker"] == want["speaker"]
        matched.add(index)
    assert len(predicted) == len(gold["quotes"]) == len(matched)


def test_seed_offsets_point_at_the_exact_input_characters(document):
    raw = SEED.read_text(encoding="utf-8")
    for quote in document["quotes"]:
        assert document["text"][quote["start"] : quote["end"]] == quote["text"]
        source = raw[quote["source_start"] : quote["source_end"]]
        # a statement over several paragraphs spans the paragraph breaks of the input too
        assert source.split() == quote["text"].split()
        if quote["speaker_mention"]:
            mention = raw[quote["speaker_mention_start"] : quote["speaker_mention_end"]]
            assert mention == quote["speaker_mention"]


def test_seed_passes_the_shared_checker(tmp_path, document):
    checker = SHARED / "tools" / "check_seed.py"
    if not checker.exists():
        pytest.skip(f"needs {checker} (the development corpora are absent)")
    out = tmp_path / "seed.json"
    out.write_text(json.dumps(document), encoding="utf-8")
    run = subprocess.run([sys.executable, str(checker), str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
