"""Measure how often each kind of statement is right, to calibrate ``Statement.confidence``.

Usage: ``python -m quotewatch.evaluation.calibrate ../shared/corpus/polnear/train.jsonl.gz``
prints the table that ``quotewatch.statements.calibration.TABLE`` holds.

Each prediction is grouped by its kind and the finder's reason (how the speaker was found:
"named", "pronoun -> speaker", "continuation", ...) and whether its quote marks balance.
Right means what the PolNeAR calibration table counts (``polnear.outcomes``): content matched
at 0.3 and, when the gold source is a name, the speaker right. The confidence of a group is
the lower end of a one-sided 90% Wilson interval of its share right, so that small groups
are not trusted more than they earned; groups under ``MIN_GROUP`` statements are left out and
keep the finder's own estimate.

Run on train only: dev is where the calibration is checked.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

MIN_GROUP = 20
Z = 1.2816  # one-sided 90%


def wilson_lower(right: int, n: int, z: float = Z) -> float:
    """Lower bound of the Wilson score interval for ``right`` out of ``n``."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def reasoned_outcomes(path: str | Path, limit: int | None = None) -> Iterator[tuple[tuple, bool]]:
    """((kind, reason, balanced, length), right) for every prediction, through the whole pipeline.

    The reason is not part of ``Statement``; it is read from the finder's ``Found`` records
    by wrapping the stage's mapping function, in one process.
    """
    import quotewatch.pipeline as pipeline
    import quotewatch.statements as stage
    from quotewatch.evaluation import polnear
    from quotewatch.statements.calibration import length_group

    reasons: dict[tuple, tuple[str, bool]] = {}
    original_statement, original_process = stage._statement, pipeline.process

    def keep_reason(page, sel, found, entities):
        s = original_statement(page, sel, found, entities)
        if s is not None:
            reasons[(s.text, s.kind, s.confidence)] = (found.reason, found.balanced)
        return s

    stage._statement = keep_reason
    pipeline.process = lambda sources, workers=None: original_process(sources, workers=1)
    try:
        records = polnear.read_records(path)
        records = records[:limit] if limit else records
        for record, article in zip(records, polnear.extract_articles(records), strict=True):
            gold = polnear._gold(record)
            by_start = {
                s.start: reasons.get((s.text, s.kind, s.confidence), ("?", True))
                for s in article.statements
            }
            preds = polnear.merge_split_quotes(record["text"], article.statements)
            for p, (_, right) in zip(preds, polnear.outcomes(gold, preds), strict=True):
                reason, balanced = by_start.get(p.start, ("?", True))
                yield (p.kind, reason, balanced, length_group(p.text)), right
    finally:
        stage._statement, pipeline.process = original_statement, original_process


def table(path: str | Path, limit: int | None = None) -> dict[tuple, tuple[float, int, int]]:
    """(kind, reason, balanced, length) -> (confidence, right, n), groups of ``MIN_GROUP``+."""
    right: Counter = Counter()
    total: Counter = Counter()
    for key, ok in reasoned_outcomes(path, limit):
        total[key] += 1
        right[key] += ok
    return {
        k: (round(wilson_lower(right[k], n), 2), right[k], n)
        for k, n in total.most_common()
        if n >= MIN_GROUP
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    for key, (conf, right, n) in table(args.path, args.limit).items():
        print(f"    {key!r}: {conf:.2f},  # {right}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
