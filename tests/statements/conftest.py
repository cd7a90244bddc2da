"""Fixtures for the statements tests: the pipeline (loaded once) and page builders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
for _p in (_ROOT / "src", _ROOT / "tests"):
    if str(_p) not in sys.path:  # runs from a checkout without `pip install -e .`
        sys.path.insert(0, str(_p))

from quotewatch.clean.dateline import find_dateline  # noqa: E402
from quotewatch.model import OffsetMap, Page, Segment  # noqa: E402


def make_page(headline: str, body: str, language: str | None = "en") -> Page:
    """A Page the way ``clean`` builds one: headline, blank line, body; identity offsets."""
    text = headline + "\n\n" + body
    return Page(
        uri="test",
        input_kind="text",
        input_text=text,
        encoding="utf-8",
        title=headline,
        text=text,
        body_start=len(headline) + 2,
        offsets=OffsetMap((Segment(0, 0, len(text)),)),
        language=language,
        dateline=find_dateline(text, len(headline) + 2),
    )


@pytest.fixture(scope="session")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        from quotewatch.statements import load_nlp

        return load_nlp()
    except OSError as exc:  # the English pipeline is not installed
        pytest.skip(f"needs the English spaCy pipeline: {exc}")
    del spacy
