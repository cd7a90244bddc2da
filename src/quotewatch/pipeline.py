"""Orchestration only: run sources -> clean -> statements over one page or a whole batch.

Why a separate module: the stages are pure functions of their input; this is the one place that
decides how they are scheduled (one process or several) and how a failure of one page is turned
into a reported error while the rest of the batch goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from spacy.language import Language

from quotewatch.clean import clean
from quotewatch.errors import QuotewatchError
from quotewatch.model import Article, Source
from quotewatch.sources import source_from_bytes
from quotewatch.statements import annotate, load_nlp

LOGGER = logging.getLogger(__name__)

# Pages handed to a worker at once. Large enough that nlp.pipe batches well and the cost of
# pickling a chunk is small next to parsing it; small enough that the progress bar moves and a
# worker holds little memory (measured with benchmarks/speed.py on news-pages: 8-32 all within
# noise of each other).
CHUNK_SIZE = 16
# Seconds one page may keep a worker busy before it is reported as an error. The slowest of
# the 258 news-pages takes well under 2 s; a page 100x slower is broken input or a bug.
PAGE_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one source: an article, or the error that names the input and the reason."""

    source: Source
    article: Article | None = None
    error: QuotewatchError | None = None


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    """The process's spaCy pipeline, loaded once: loading costs ~0.3 s and ~200 MB."""
    return load_nlp()


def extract(page: str | bytes, url: str | None = None, uri: str = "<input>") -> Article:
    """One page (plain text or HTML, str or bytes) -> its article and statements.

    Raises ``QuotewatchError`` naming ``uri`` when the page cannot be read or holds no article.
    """
    source = source_from_bytes(page, uri=uri, url=url)
    return extract_source(source)


def extract_source(source: Source) -> Article:
    return next(annotate([clean(source)], shared_nlp()))


def process(
    sources: Iterable[Source | QuotewatchError],
    workers: int | None = None,
    page_timeout: float | None = None,
) -> Iterator[Outcome | QuotewatchError]:
    """Extract every source, in input order; unreadable inputs pass through as errors.

    ``workers`` > 1 spreads the work over that many processes (default: one per core); the
    caller stays the single writer, so a store never sees two writers. There, a page that keeps
    a worker busy longer than ``page_timeout`` seconds (default ``PAGE_TIMEOUT``) is reported
    as an error naming it, and the batch goes on.
    """
    workers = workers or os.cpu_count() or 1
    chunks = _chunks(sources, CHUNK_SIZE)
    if workers == 1:
        for chunk in chunks:
            yield from _pass_errors(chunk, _process_chunk)
        return
    pool = _Workers(workers, page_timeout or PAGE_TIMEOUT)
    try:
        for chunk, outcomes in pool.map_chunks(chunks, in_flight=2 * workers):
            yield from _merge(chunk, outcomes)
    finally:
        pool.close()


def _worker_context():
    """Workers fork from a server that has already imported the stages.

    Why not plain fork: the caller may run threads (a progress bar); why not spawn: each worker
    would import spaCy and trafilatura again, about a second per worker on every batch.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["quotewatch.pipeline"])
    return context


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _pass_errors(chunk: list, work) -> Iterator[Outcome | QuotewatchError]:
    return _merge(chunk, work([s for s in chunk if isinstance(s, Source)]))


def _merge(chunk: list, outcomes: list[Outcome]) -> Iterator[Outcome | QuotewatchError]:
    """Put read errors back among the outcomes in input order."""
    done = iter(outcomes)
    for item in chunk:
        yield item if isinstance(item, QuotewatchError) else next(done)


class _Workers:
    """A process pool that survives a page that never finishes.

    Why: ``multiprocessing.Pool`` has no per-task timeout, so one pathological page (a parser
    loop, a regex blow-up) would hang the whole batch. A chunk gets ``page_timeout`` seconds per
    page; when it runs over, the pool is replaced, the chunk's pages are redone one at a time
    so only the culprit fails, and the chunks in flight are submitted again.
    """

    def __init__(self, workers: int, page_timeout: float) -> None:
        self.workers = workers
        self.page_timeout = page_timeout
        self.pool = self._start()

    def _start(self):
        return _worker_context().Pool(self.workers, initializer=_warm_worker)

    def _restart(self) -> None:
        self.pool.terminate()
        self.pool.join()
        self.pool = self._start()

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()

    def _submit(self, chunk: list):
        sources = [s for s in chunk if isinstance(s, Source)]
        return self.pool.apply_async(_process_chunk, (sources,))

    def map_chunks(
        self, chunks: Iterator[list], in_flight: int
    ) -> Iterator[tuple[list, list[Outcome]]]:
        """Keep at most ``in_flight`` chunks queued so memory stays flat on huge batches."""
        pending: list[tuple[list, object]] = []
        for chunk in chunks:
            pending.append((chunk, self._submit(chunk)))
            if len(pending) >= in_flight:
                yield self._collect(pending)
        while pending:
            yield self._collect(pending)

    def _collect(self, pending: list[tuple[list, object]]) -> tuple[list, list[Outcome]]:
        chunk, result = pending.pop(0)
        sources = [s for s in chunk if isinstance(s, Source)]
        try:
            return chunk, result.get(timeout=self.page_timeout * max(1, len(sources)))
        except multiprocessing.TimeoutError:
            LOGGER.warning("a chunk ran over its time; redoing its pages one by one")
        self._restart()
        outcomes = [self._one(source) for source in sources]
        pending[:] = [(c, self._submit(c)) for c, _ in pending]
        return chunk, outcomes

    def _one(self, source: Source) -> Outcome:
        try:
            return self.pool.apply_async(_process_chunk, ([source],)).get(self.page_timeout)[0]
        except multiprocessing.TimeoutError:
            self._restart()
            reason = f"processing took longer than {self.page_timeout:g} s; page skipped"
            return Outcome(source, error=QuotewatchError(source.uri, reason))


def _warm_worker() -> None:
    shared_nlp()


def _process_chunk(sources: list[Source]) -> list[Outcome]:
    """Clean every source, then parse the good ones in one ``nlp.pipe`` batch."""
    outcomes: dict[int, Outcome] = {}
    pages = []
    for i, source in enumerate(sources):
        try:
            pages.append((i, clean(source)))
        except QuotewatchError as error:
            outcomes[i] = Outcome(source, error=error)
        except Exception as error:  # a bug must not sink the batch; it is still reported
            LOGGER.exception("cleaning %s failed", source.uri)
            outcomes[i] = Outcome(source, error=_internal(source, error))
    for (i, _page), article in zip(pages, _annotate_safely(pages, sources), strict=True):
        outcomes[i] = article if isinstance(article, Outcome) else Outcome(sources[i], article)
    return [outcomes[i] for i in range(len(sources))]


def _annotate_safely(pages: list, sources: list[Source]) -> list[Article | Outcome]:
    """Annotate as one batch; if the batch fails, redo page by page to isolate the culprit."""
    nlp = shared_nlp()
    try:
        return list(annotate([page for _, page in pages], nlp))
    except Exception:
        LOGGER.warning("batch annotation failed; retrying page by page", exc_info=True)
    results: list[Article | Outcome] = []
    for i, page in pages:
        try:
            results.extend(annotate([page], nlp))
        except Exception as error:
            LOGGER.exception("annotating %s failed", page.uri)
            results.append(Outcome(sources[i], error=_internal(sources[i], error)))
    return results


def _internal(source: Source, error: Exception) -> QuotewatchError:
    return QuotewatchError(source.uri, f"internal error: {type(error).__name__}: {error}")
