"""Fixtures for the clean stage tests; makes ``src`` importable when not installed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
try:
    import quotewatch  # noqa: F401
except ImportError:  # a fresh checkout without ``pip install -e .``
    sys.path.insert(0, str(REPO / "src"))

SEED = REPO / "tests" / "fixtures" / "belta-2022-02-24-lukashenko.txt"
SHARED = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared/corpus not found at {SHARED} (development corpus is not shipped)")
    return SHARED
