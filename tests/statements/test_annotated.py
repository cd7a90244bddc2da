"""Scoring your own annotated texts (docs/annotation.md layout), on texts written here."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotewatch.cli import main
from quotewatch.errors import QuotewatchError
from quotewatch.evaluation.annotated import evaluate_annotated, read_annotated

TEXT = """FILE: https://example.org/story

[P1] Maria Olsen said the border would reopen next week.

[P2] “We are ready,” she said. “We are ready,” the minister repeated.
"""
GOLD = [
    {"para": 1, "content": "the border would reopen next week", "kind": "indirect",
     "speaker": "Maria Olsen", "cue": "said"},
    {"para": 2, "content": "We are ready,", "kind": "direct", "speaker": "Maria Olsen",
     "cue": "said"},
    {"para": 2, "content": "We are ready,", "kind": "direct", "speaker": "Maria Olsen",
     "cue": "repeated"},
]  # fmt: skip


def write_set(folder, gold=GOLD):
    (folder / "texts").mkdir(parents=True)
    (folder / "gold").mkdir()
    (folder / "texts" / "01.txt").write_text(TEXT, encoding="utf-8")
    rows = [json.dumps({"file": "https://example.org/story", **g}) for g in gold]
    (folder / "gold" / "01.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


def test_offsets_point_at_each_content_in_turn(tmp_path):
    folder = write_set(tmp_path / "set")
    article = read_annotated(folder / "texts" / "01.txt", folder / "gold" / "01.jsonl")
    assert article.text.startswith("Maria Olsen said")
    assert "[P" not in article.text
    found = [article.text[g.start : g.end] for g in article.gold]
    assert found == ["the border would reopen next week", "We are ready,", "We are ready,"]
    assert article.gold[1].start < article.gold[2].start  # the second one, not the first again


def test_a_content_not_in_its_paragraph_names_the_file_and_line(tmp_path):
    wrong = [*GOLD[:1], {**GOLD[1], "content": "We were ready,"}]
    folder = write_set(tmp_path / "set", wrong)
    with pytest.raises(QuotewatchError) as caught:
        read_annotated(folder / "texts" / "01.txt", folder / "gold" / "01.jsonl")
    assert "01.jsonl:2" in str(caught.value)


@pytest.mark.model
def test_a_set_is_scored_and_listed_per_folder_and_together(tmp_path):
    write_set(tmp_path / "a")
    write_set(tmp_path / "b")
    report = evaluate_annotated([tmp_path / "a", tmp_path / "b"])
    every = report.sets[-1]
    assert [s.name for s in report.sets] == ["a", "b", "all sets"]
    loose = every.scores[0]
    assert (loose.gold, loose.matched, loose.named_right) == (6, 6, 6)
    result = CliRunner().invoke(main, ["eval", "annotated", str(tmp_path / "a"), "--errors"])
    assert result.exit_code == 0, result.output
    assert "hand-annotated texts, a: 1 articles" in result.output


@pytest.mark.model
def test_each_prediction_counts_once_in_its_confidence_band(tmp_path):
    wrong_speaker = [GOLD[0], {**GOLD[1], "speaker": "Peter Lang"}, GOLD[2]]
    report = evaluate_annotated([write_set(tmp_path / "a", wrong_speaker)])
    scored = report.sets[0]
    assert sum(b.predicted for b in scored.bands) == scored.scores[0].predicted == 3
    assert sum(b.right for b in scored.bands) == 2  # the quote given to Peter Lang is not hers
    assert "confidence calibration (content at 0.3 and the speaker right):" in report.format()
