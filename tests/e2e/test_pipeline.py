"""The batch runner with worker processes: order, errors and pages that take too long."""

from __future__ import annotations

import pytest

from paths import SEED
from quotewatch.errors import QuotewatchError
from quotewatch.pipeline import Outcome, process
from quotewatch.sources import source_from_bytes

pytestmark = pytest.mark.model


def seed_sources(n: int, repeat: int = 1):
    text = SEED.read_text(encoding="utf-8")
    page = "\n\n".join([text] * repeat)
    return [source_from_bytes(page, uri=f"page-{i}.txt") for i in range(n)]


def test_worker_processes_keep_input_order_and_pass_read_errors_through():
    sources = seed_sources(3)
    unreadable = QuotewatchError("broken.bin", "not text")
    outcomes = list(process([sources[0], unreadable, *sources[1:]], workers=2))
    assert outcomes[1] is unreadable
    done = [o for o in outcomes if isinstance(o, Outcome)]
    assert [o.source.uri for o in done] == ["page-0.txt", "page-1.txt", "page-2.txt"]
    assert all(o.article is not None and o.article.statements for o in done)


def test_a_page_over_its_time_is_reported_and_the_batch_goes_on():
    # A page forty seeds long takes far more than a millisecond to parse, so every page
    # overruns: each must come back as an error naming it, and process() must return.
    outcomes = list(process(seed_sources(3, repeat=40), workers=2, page_timeout=0.001))
    assert [o.source.uri for o in outcomes] == ["page-0.txt", "page-1.txt", "page-2.txt"]
    for outcome in outcomes:
        assert outcome.article is None
        assert outcome.error.path == outcome.source.uri
        assert "took longer than" in outcome.error.reason
