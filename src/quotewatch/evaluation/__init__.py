"""Accuracy measurements against annotated corpora (PolNeAR); not used by the pipeline.

``evaluate_polnear`` is imported lazily so ``python -m quotewatch.evaluation.polnear`` runs
the module once.
"""

from __future__ import annotations

__all__ = ["PolnearReport", "evaluate_polnear"]


def __getattr__(name: str):
    if name in __all__:
        from quotewatch.evaluation import polnear

        return getattr(polnear, name)
    raise AttributeError(name)
