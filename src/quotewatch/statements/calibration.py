"""Confidence that means something: the share of statements of each kind that are right.

``TABLE`` maps (kind, reason, balanced quote marks, length) to a confidence measured on PolNeAR
train with ``python -m quotewatch.evaluation.calibrate ../shared/corpus/polnear/train.jsonl.gz``:
the lower end of a one-sided 90% interval of the share right (content found and, where the
gold names the source, the speaker right). Groups not in the table keep the finder's own
estimate, capped below the top band, because nothing measured them. Dev checks the result:
``quotewatch eval polnear ../shared/corpus/polnear/dev.jsonl.gz`` prints precision by band.
"""

from __future__ import annotations

# Unmeasured groups never reach the ">= 0.9" band.
UNMEASURED_CAP = 0.85
# Statements shorter than this many words are a group of their own: on PolNeAR train, direct
# quotes of 1-3 words were right 64% of the time, against 93-98% from 4 words up.
SHORT_WORDS = 8

TABLE: dict[tuple[str, str, bool, str], float] = {
    # (kind, reason, balanced, length): confidence,  # right/n on PolNeAR train
    ("direct", "named", True, "long"): 0.97,  # 1771/1812
    ("indirect", "named", True, "long"): 0.95,  # 876/909
    ("direct", "pronoun -> speaker", True, "long"): 0.96,  # 696/716
    ("indirect", "unnamed source", True, "long"): 0.73,  # 507/672
    ("mixed", "named", True, "long"): 0.96,  # 481/494
    ("indirect", "pronoun -> speaker", True, "long"): 0.93,  # 331/350
    ("indirect", "speaker unresolved: common noun", True, "long"): 0.66,  # 181/260
    ("direct", "surname", True, "long"): 0.95,  # 251/259
    ("indirect", "organisation", True, "long"): 0.84,  # 220/254
    ("direct", "named", True, "short"): 0.81,  # 161/190
    ("indirect", "surname", True, "long"): 0.96,  # 185/189
    ("mixed", "pronoun -> speaker", True, "long"): 0.95,  # 176/182
    ("direct", "continuation", True, "long"): 0.44,  # 87/177
    ("indirect", "named", True, "short"): 0.74,  # 129/165
    ("direct", "pronoun -> person", True, "long"): 0.99,  # 139/139
    ("indirect", "unnamed source", True, "short"): 0.62,  # 85/125
    ("direct", "unnamed source", True, "long"): 0.74,  # 90/113
    ("direct", "organisation", True, "long"): 0.88,  # 98/106
    ("mixed", "surname", True, "long"): 0.89,  # 98/105
    ("direct", "speaker unresolved: common noun", True, "long"): 0.71,  # 81/105
    ("direct", "fragment: named", True, "long"): 0.88,  # 94/102
    ("indirect", "speaker unresolved: common noun", True, "short"): 0.65,  # 68/96
    ("direct", "pronoun -> speaker", True, "short"): 0.84,  # 85/96
    ("indirect", "speaker unresolved: pronoun", True, "long"): 0.77,  # 75/91
    ("mixed", "unnamed source", True, "long"): 0.62,  # 56/81
    ("mixed", "organisation", True, "long"): 0.84,  # 66/74
    ("indirect", "organisation's data", True, "long"): 0.87,  # 67/73
    ("indirect", "pronoun -> person", True, "long"): 0.87,  # 66/72
    ("mixed", "named", True, "short"): 0.80,  # 52/60
    ("indirect", "pronoun -> speaker", True, "short"): 0.72,  # 46/58
    ("direct", "fragment: named", True, "short"): 0.51,  # 33/55
    ("indirect", "organisation", True, "short"): 0.76,  # 46/55
    ("mixed", "speaker unresolved: common noun", True, "long"): 0.64,  # 39/54
    ("mixed", "pronoun -> person", True, "long"): 0.89,  # 49/52
    ("indirect", "no speaker mention", True, "long"): 0.42,  # 23/45
    ("direct", "continuation", True, "short"): 0.23,  # 13/41
    ("indirect", "surname", True, "short"): 0.79,  # 35/40
    ("direct", "fragment: pronoun -> speaker", True, "long"): 0.85,  # 35/38
    ("indirect", "campaign of a named person", True, "long"): 0.88,  # 35/37
    ("direct", "speaker unresolved: common noun", True, "short"): 0.42,  # 19/36
    ("direct", "pronoun -> person", True, "short"): 0.73,  # 29/35
    ("direct", "speaker unresolved: pronoun", True, "long"): 0.73,  # 25/30
    ("indirect", "name not recognised as person or organisation", True, "long"): 0.75,  # 24/28
    ("direct", "surname", True, "short"): 0.71,  # 23/28
    ("direct", "name not recognised as person or organisation", True, "long"): 0.94,  # 25/25
    ("headline", "named", True, "long"): 0.75,  # 20/23
    ("direct", "organisation", True, "short"): 0.50,  # 14/22
    ("direct", "unnamed source", True, "short"): 0.55,  # 15/22
    ("indirect", "speaker unresolved: pronoun", True, "short"): 0.58,  # 15/21
    ("indirect", "pronoun -> person", True, "short"): 0.68,  # 17/21
}


def length_group(text: str) -> str:
    return "short" if len(text.split()) < SHORT_WORDS else "long"


def calibrated(kind: str, reason: str, balanced: bool, text: str, estimate: float) -> float:
    """The measured confidence of this kind of statement, else the capped ``estimate``."""
    measured = TABLE.get((kind, reason, balanced, length_group(text)))
    if measured is not None:
        return measured
    return min(estimate, UNMEASURED_CAP)
