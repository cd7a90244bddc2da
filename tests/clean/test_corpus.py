"""Accuracy floors on the development corpus (skipped when ../shared is absent).

Numbers and the full comparison with baselines: ``python benchmarks/body_f1.py``.
"""

from __future__ import annotations

import gzip
import json
import statistics
import sys
from pathlib import Path

import pytest

from quotewatch.clean import clean_plain_text
from quotewatch.errors import EmptyPage

pytestmark = pytest.mark.corpus

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))


def test_plain_pages_mean_body_f1_floor(shared_corpus):
    from body_f1 import prf

    scores = []
    with open(shared_corpus / "plain-pages" / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            gold = json.loads(line)
            text = (shared_corpus / "plain-pages" / gold["file"]).read_text("utf-8")
            try:
                body = clean_plain_text(text, uri=gold["file"]).body
            except EmptyPage:
                body = ""
            scores.append(prf(body, "\n".join(gold["body_paragraphs"]))[2])
    assert statistics.mean(scores) >= 0.85


def test_clean_polnear_articles_keep_their_lines(shared_corpus):
    """Already clean news text (PolNeAR train): the headline is line one, no line is lost."""
    path = shared_corpus / "polnear" / "train.jsonl.gz"
    if not path.exists():
        pytest.skip(f"{path} not found")
    total = lost = 0
    seen: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["doc"] in seen or len(seen) >= 200:
                continue
            seen.add(record["doc"])
            lines = [x.strip() for x in record["text"].splitlines() if x.strip()]
            page = clean_plain_text(record["text"], uri=record["doc"])
            assert page.title.strip() == lines[0]
            kept = {x.strip() for x in page.text.splitlines()}
            total += len(lines)
            lost += sum(1 for x in lines if x not in kept and len(x.split()) >= 5)
    assert lost / total < 0.01
