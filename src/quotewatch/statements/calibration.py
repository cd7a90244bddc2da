"""Confidence that means something: the share of statements of each kind that are right.

``TABLE`` maps (kind, reason, balanced quote marks, length) to a confidence measured on PolNeAR
train with ``python -m quotewatch.evaluation.calibrate ../shared/corpus/polnear/train.jsonl.gz``:
the lower end of a one-sided 90% interval of the share right (content found and, where the
gold names the source, the speaker right). Groups not in the table keep the finder's own
estimate, capped below the top band, because nothing measured them. Dev checks the result:
``quotewatch eval polnear ../shared/corpus/polnear/dev.jsonl.gz`` prints precision by band.
"""

from __future__ import annotations

# Share of pronoun speakers resolved to the right person: 95 of 106 on the hand-resolved
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
    ("indirect", "named", True, "long"): 0.94,  # 992/1041
    ("indirect", "unnamed source", True, "long"): 0.75,  # 562/726
    ("mixed", "named", True, "long"): 0.95,  # 544/564
    ("direct", "pronoun -> speaker", True, "long"): 0.96,  # 498/511
    ("direct", "pronoun -> subject", True, "long"): 0.96,  # 333/341
    ("direct", "surname", True, "long"): 0.95,  # 268/278
    ("indirect", "speaker unresolved: common noun", True, "long"): 0.65,  # 187/272
    ("indirect", "organisation", True, "long"): 0.83,  # 230/269
    ("indirect", "pronoun -> speaker", True, "long"): 0.90,  # 222/240
    ("indirect", "named", True, "short"): 0.77,  # 191/237
    ("indirect", "surname", True, "long"): 0.93,  # 212/222
    ("indirect", "pronoun -> subject", True, "long"): 0.91,  # 190/203
    ("direct", "named", True, "short"): 0.82,  # 149/173
    ("direct", "continuation", True, "long"): 0.43,  # 79/163
    ("indirect", "unnamed source", True, "short"): 0.63,  # 106/157
    ("mixed", "pronoun -> speaker", True, "long"): 0.93,  # 128/134
    ("mixed", "surname", True, "long"): 0.87,  # 113/124
    ("direct", "unnamed source", True, "long"): 0.76,  # 84/103
    ("indirect", "speaker unresolved: common noun", True, "short"): 0.58,  # 63/98
    ("indirect", "organisation's data", True, "long"): 0.91,  # 90/95
    ("mixed", "fragment: named", True, "long"): 0.91,  # 86/91
    ("mixed", "pronoun -> subject", True, "long"): 0.92,  # 86/90
    ("mixed", "unnamed source", True, "long"): 0.63,  # 61/87
    ("indirect", "speaker unresolved: pronoun", True, "long"): 0.75,  # 70/86
    ("direct", "speaker unresolved: common noun", True, "long"): 0.77,  # 64/77
    ("direct", "organisation", True, "long"): 0.89,  # 70/75
    ("mixed", "named", True, "short"): 0.84,  # 66/74
    ("indirect", "organisation", True, "short"): 0.73,  # 55/69
    ("mixed", "organisation", True, "long"): 0.89,  # 60/64
    ("direct", "pronoun -> subject", True, "short"): 0.81,  # 54/62
    ("indirect", "surname", True, "short"): 0.75,  # 51/62
    ("mixed", "speaker unresolved: common noun", True, "long"): 0.75,  # 47/57
    ("indirect", "no speaker mention", True, "long"): 0.32,  # 23/57
    ("direct", "pronoun -> speaker", True, "short"): 0.85,  # 51/56
    ("direct", "continuation", True, "short"): 0.29,  # 20/55
    ("indirect", "pronoun -> subject", True, "short"): 0.69,  # 41/53
    ("mixed", "fragment: named", True, "short"): 0.75,  # 42/51
    ("indirect", "pronoun -> speaker", True, "short"): 0.67,  # 35/46
    ("indirect", "campaign of a named person", True, "long"): 0.86,  # 39/42
    ("indirect", "name not recognised as person or organisation", True, "long"): 0.70,  # 31/39
    ("indirect", "speaker unresolved: pronoun", True, "short"): 0.57,  # 23/34
    ("mixed", "fragment: pronoun -> speaker", True, "long"): 0.85,  # 29/31
    ("direct", "speaker unresolved: common noun", True, "short"): 0.57,  # 20/29
    ("direct", "name not recognised as person or organisation", True, "long"): 0.80,  # 25/28
    ("direct", "pronoun -> person", True, "long"): 0.94,  # 27/27
    ("indirect", "no speaker mention", True, "short"): 0.20,  # 8/27
    ("direct", "surname", True, "short"): 0.74,  # 23/27
    ("indirect", "pronoun -> person", True, "long"): 0.82,  # 22/24
    ("direct", "no speaker mention", True, "long"): 0.33,  # 11/24
    ("direct", "speaker unresolved: pronoun", True, "long"): 0.70,  # 19/23
    ("headline", "named", True, "long"): 0.75,  # 20/23
    ("indirect", "role noun", True, "long"): 0.69,  # 18/22
    ("mixed", "fragment: surname", True, "long"): 0.85,  # 20/21
    ("direct", "unnamed source", True, "short"): 0.61,  # 15/20
    ("direct", "fragment: named", True, "long"): 0.61,  # 15/20
    ("mixed", "pronoun -> person", True, "long"): 0.78,  # 18/20
    ("direct", "speaker unresolved: role noun", True, "long"): 0.85,  # 19/20
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
