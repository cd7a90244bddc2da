"""Confidence that means something: the share of statements of each kind that are right.

``TABLE`` maps (kind, reason, balanced quote marks, length) to a confidence measured on PolNeAR
train with ``python -m quotewatch.evaluation.calibrate ../shared/corpus/polnear/train.jsonl.gz``:
the lower end of a one-sided 90% interval of the share right (content found and, where the
gold names the source, the speaker right). Groups not in the table keep the finder's own
estimate, capped below the top band, because nothing measured them. Dev checks the result:
``quotewatch eval polnear ../shared/corpus/polnear/dev.jsonl.gz`` prints precision by band.
"""

from __future__ import annotations

# Share of pronoun speakers resolved to the right person: 97 of 108 on the hand-resolved
# PolNeAR dev sample (evaluation/polnear_dev_pronouns.tsv, printed by `quotewatch eval polnear`).
PRONOUN_RESOLUTION = 0.9
# Unmeasured groups never reach the ">= 0.9" band.
UNMEASURED_CAP = 0.85
# Statements shorter than this many words are a group of their own: on PolNeAR train, direct
# quotes of 1-3 words were right 64% of the time, against 93-98% from 4 words up.
SHORT_WORDS = 8

TABLE: dict[tuple[str, str, bool, str], float] = {
    # (kind, reason, balanced, length): confidence,  # right/n on PolNeAR train
    ("direct", "named", True, "long"): 0.98,  # 1825/1858
    ("indirect", "named", True, "long"): 0.94,  # 1041/1092
    ("indirect", "unnamed source", True, "long"): 0.75,  # 597/777
    ("mixed", "named", True, "long"): 0.95,  # 562/584
    ("direct", "pronoun -> speaker", True, "long"): 0.96,  # 504/518
    ("direct", "pronoun -> subject", True, "long"): 0.96,  # 330/338
    ("direct", "surname", True, "long"): 0.94,  # 277/288
    ("indirect", "speaker unresolved: common noun", True, "long"): 0.64,  # 193/284
    ("indirect", "organisation", True, "long"): 0.80,  # 227/273
    ("indirect", "named", True, "short"): 0.78,  # 218/267
    ("indirect", "pronoun -> speaker", True, "long"): 0.91,  # 227/243
    ("indirect", "surname", True, "long"): 0.93,  # 218/229
    ("indirect", "pronoun -> subject", True, "long"): 0.91,  # 196/210
    ("indirect", "unnamed source", True, "short"): 0.65,  # 126/181
    ("direct", "named", True, "short"): 0.83,  # 151/175
    ("direct", "continuation", True, "long"): 0.45,  # 87/173
    ("indirect", "organisation's data", True, "long"): 0.92,  # 141/149
    ("mixed", "pronoun -> speaker", True, "long"): 0.92,  # 132/139
    ("mixed", "surname", True, "long"): 0.87,  # 115/126
    ("mixed", "named", True, "short"): 0.85,  # 96/107
    ("direct", "unnamed source", True, "long"): 0.73,  # 79/100
    ("indirect", "speaker unresolved: common noun", True, "short"): 0.55,  # 58/95
    ("mixed", "pronoun -> subject", True, "long"): 0.92,  # 90/94
    ("mixed", "unnamed source", True, "long"): 0.62,  # 57/83
    ("indirect", "speaker unresolved: pronoun", True, "long"): 0.75,  # 66/81
    ("mixed", "fragment: named", True, "long"): 0.89,  # 74/79
    ("indirect", "surname", True, "short"): 0.75,  # 64/79
    ("direct", "speaker unresolved: common noun", True, "long"): 0.78,  # 62/74
    ("indirect", "organisation", True, "short"): 0.65,  # 53/73
    ("direct", "organisation", True, "long"): 0.87,  # 66/72
    ("mixed", "organisation", True, "long"): 0.85,  # 59/65
    ("direct", "pronoun -> subject", True, "short"): 0.80,  # 53/61
    ("indirect", "no speaker mention", True, "long"): 0.29,  # 22/60
    ("indirect", "pronoun -> subject", True, "short"): 0.73,  # 48/60
    ("indirect", "pronoun -> speaker", True, "short"): 0.70,  # 45/58
    ("mixed", "speaker unresolved: common noun", True, "long"): 0.75,  # 47/57
    ("direct", "continuation", True, "short"): 0.29,  # 21/57
    ("direct", "pronoun -> speaker", True, "short"): 0.83,  # 50/56
    ("indirect", "campaign of a named person", True, "long"): 0.87,  # 41/44
    ("indirect", "name not recognised as person or organisation", True, "long"): 0.69,  # 30/38
    ("indirect", "speaker unresolved: pronoun", True, "short"): 0.53,  # 23/36
    ("mixed", "fragment: named", True, "short"): 0.69,  # 27/34
    ("direct", "surname", True, "short"): 0.70,  # 25/31
    ("direct", "pronoun -> person", True, "long"): 0.89,  # 28/29
    ("indirect", "no speaker mention", True, "short"): 0.21,  # 9/29
    ("mixed", "fragment: pronoun -> speaker", True, "long"): 0.89,  # 28/29
    ("direct", "speaker unresolved: common noun", True, "short"): 0.60,  # 20/28
    ("direct", "no speaker mention", True, "long"): 0.31,  # 11/26
    ("indirect", "pronoun -> person", True, "long"): 0.82,  # 22/24
    ("direct", "name not recognised as person or organisation", True, "long"): 0.76,  # 21/24
    ("headline", "named", True, "long"): 0.75,  # 20/23
    ("direct", "speaker unresolved: pronoun", True, "long"): 0.68,  # 17/21
    ("indirect", "role noun", True, "long"): 0.68,  # 17/21
    ("direct", "unnamed source", True, "short"): 0.56,  # 14/20
    ("direct", "no speaker mention", True, "short"): 0.19,  # 6/20
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
