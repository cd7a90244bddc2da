"""Paths shared by the tests: to the repo's fixtures and to the optional development corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
SHARED = REPO.parent / "shared"
SEED = FIXTURES / "belta-2022-02-24-lukashenko.txt"
SEED_GOLD = FIXTURES / "belta-2022-02-24-lukashenko.gold.json"


def shared_path(relative: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"needs the development corpora: {path} is absent (see README)")
    return path
