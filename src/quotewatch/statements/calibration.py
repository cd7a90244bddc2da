"""Confidence that means something: the share of statements of each kind that are right.

``TABLE`` maps (kind, reason, balanced quote marks, length) to a confidence measured on PolNeAR
train with ``python -m quotewatch.evaluation.calibrate ../shared/corpus/polnear/train.jsonl.gz``:
the lower end of a one-sided 90% interval of the share right (content found and, where the
gold names the source, the speaker right). Groups not in the table keep the finder's own
estimate, capped below the top band, because nothing measured them. Dev checks the result:
``quotewatch eval polnear ../shared/corpus/polnear/dev.jsonl.gz`` prints precision by band.
"""

from __future__ import annotations

# Share of pronoun speakers resolved to the right person: 91 of 102 on the hand-resolved
# PolNeAR dev sample (evaluation/polnear_dev_pronouns.tsv, printed by `quotewatch eval polnear`).
PRONOUN_RESOLUTION = 0.89
# Unmeasured groups never reach the ">= 0.9" band.
UNMEASURED_CAP = 0.85
# Statements shorter than this many words are a group of their own: on PolNeAR train, direct
# quotes of 1-3 words were right 64% of the time, against 93-98% from 4 words up.
SHORT_WORDS = 8

TABLE: dict[tuple[str, str, bool, str], float] = {
    # (kind, reason, balanced, length): confidence,  # right/n on PolNeAR train
    ("direct", "named", True, "long"): 0.97,  # 1827/1868
    ("indirect", "named", True, "long"): 0.95,  # 920/960
    ("indirect", "unnamed source", True, "long"): 0.74,  # 535/699
    ("mixed", "named", True, "long"): 0.96,  # 480/494
    ("direct", "pronoun -> speaker", True, "long"): 0.97,  # 480/491
    ("direct", "pronoun -> subject", True, "long"): 0.97,  # 347/354
    ("direct", "surname", True, "long"): 0.96,  # 270/278
    ("indirect", "speaker unresolved: common noun", True, "long"): 0.69,  # 186/256
    ("indirect", "organisation", True, "long"): 0.82,  # 209/245
    ("indirect", "pronoun -> speaker", True, "long"): 0.93,  # 204/215
    ("indirect", "surname", True, "long"): 0.96,  # 195/200
    ("direct", "named", True, "short"): 0.81,  # 162/192
    ("indirect", "pronoun -> subject", True, "long"): 0.92,  # 175/185
    ("indirect", "named", True, "short"): 0.73,  # 134/174
    ("direct", "continuation", True, "long"): 0.42,  # 79/169
    ("indirect", "unnamed source", True, "short"): 0.67,  # 90/125
    ("mixed", "pronoun -> speaker", True, "long"): 0.95,  # 109/112
    ("direct", "unnamed source", True, "long"): 0.79,  # 91/108
    ("mixed", "surname", True, "long"): 0.87,  # 96/105
    ("indirect", "speaker unresolved: pronoun", True, "long"): 0.75,  # 77/95
    ("indirect", "speaker unresolved: common noun", True, "short"): 0.66,  # 69/95
    ("indirect", "organisation's data", True, "long"): 0.88,  # 85/92
    ("direct", "speaker unresolved: common noun", True, "long"): 0.81,  # 78/90
    ("direct", "fragment: named", True, "long"): 0.88,  # 76/82
    ("mixed", "pronoun -> subject", True, "long"): 0.94,  # 79/81
    ("direct", "organisation", True, "long"): 0.87,  # 71/77
    ("mixed", "unnamed source", True, "long"): 0.62,  # 52/75
    ("direct", "pronoun -> subject", True, "short"): 0.79,  # 61/72
    ("mixed", "named", True, "short"): 0.81,  # 54/62
    ("direct", "fragment: named", True, "short"): 0.63,  # 39/55
    ("mixed", "organisation", True, "long"): 0.85,  # 50/55
    ("direct", "pronoun -> speaker", True, "short"): 0.84,  # 47/52
    ("mixed", "speaker unresolved: common noun", True, "long"): 0.74,  # 40/49
    ("indirect", "organisation", True, "short"): 0.81,  # 43/49
    ("indirect", "surname", True, "short"): 0.76,  # 37/44
    ("indirect", "no speaker mention", True, "long"): 0.36,  # 20/44
    ("direct", "continuation", True, "short"): 0.26,  # 15/43
    ("indirect", "campaign of a named person", True, "long"): 0.85,  # 36/39
    ("indirect", "pronoun -> subject", True, "short"): 0.69,  # 29/37
    ("direct", "speaker unresolved: common noun", True, "short"): 0.55,  # 23/35
    ("indirect", "pronoun -> speaker", True, "short"): 0.73,  # 28/34
    ("indirect", "name not recognised as person or organisation", True, "long"): 0.76,  # 29/34
    ("direct", "pronoun -> person", True, "long"): 0.90,  # 31/32
    ("direct", "fragment: pronoun -> speaker", True, "long"): 0.81,  # 27/30
    ("direct", "surname", True, "short"): 0.73,  # 25/30
    ("direct", "name not recognised as person or organisation", True, "long"): 0.88,  # 25/26
    ("direct", "speaker unresolved: pronoun", True, "long"): 0.68,  # 20/25
    ("direct", "no speaker mention", True, "long"): 0.36,  # 12/25
    ("direct", "unnamed source", True, "short"): 0.58,  # 17/24
    ("headline", "named", True, "long"): 0.75,  # 20/23
    ("direct", "fragment: pronoun -> subject", True, "long"): 0.81,  # 21/23
    ("direct", "no speaker mention", True, "short"): 0.13,  # 5/22
    ("indirect", "pronoun -> person", True, "long"): 0.79,  # 19/21
    ("indirect", "speaker unresolved: pronoun", True, "short"): 0.56,  # 14/20
    ("direct", "speaker unresolved: role noun", True, "long"): 0.92,  # 20/20
}


def length_group(text: str) -> str:
    return "short" if len(text.split()) < SHORT_WORDS else "long"


def calibrated(kind: str, reason: str, balanced: bool, text: str, estimate: float) -> float:
    """The measured confidence of this kind of statement, else the capped ``estimate``.

    PolNeAR's gold source for "he said" is "he", so the table counts a pronoun-resolved
    statement right whatever name it gave; the share of pronouns resolved to the right person,
    measured on the hand-resolved dev sample, scales those groups down.
    """
    measured = TABLE.get((kind, reason, balanced, length_group(text)))
    value = min(estimate, UNMEASURED_CAP) if measured is None else measured
    if "pronoun ->" in reason:
        value *= PRONOUN_RESOLUTION
    return round(value, 3)
