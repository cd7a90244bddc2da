"""Fixtures for the store tests: a fresh database per test, and a one-line article adder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quotewatch.store import Store, open_store

from .store_builders import Said, build


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "qw.db"


@pytest.fixture
def store(db_path: Path):
    with open_store(db_path) as opened:
        yield opened


@pytest.fixture
def add(store: Store) -> Callable[..., bool]:
    """Build and store one article in a line: ``add([Said(...)], url=...)``."""

    def _add(said: list[Said], **kwargs) -> bool:
        article, source = build(said, **kwargs)
        return store.add(article, source)

    return _add
