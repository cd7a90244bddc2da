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
    ("direct", "named", True, "long"): 0.98,  # 1821/1853
    ("indirect", "named", True, "long"): 0.95,  # 967/1013
    ("indirect", "unnamed source", True, "long"): 0.75,  # 557/719
    ("mixed", "named", True, "long"): 0.95,  # 539/558
    ("direct", "pronoun -> speaker", True, "long"): 0.97,  # 489/501
    ("direct", "pronoun -> subject", True, "long"): 0.96,  # 338/346
    ("direct", "surname", True, "long"): 0.95,  # 264/274
    ("indirect", "speaker unresolved: common noun", True, "long"): 0.65,  # 182/265
    ("indirect", "organisation", True, "long"): 0.83,  # 225/262
    ("indirect", "pronoun -> speaker", True, "long"): 0.92,  # 216/230
    ("indirect", "surname", True, "long"): 0.94,  # 208/216
    ("indirect", "named", True, "short"): 0.78,  # 173/213
    ("indirect", "pronoun -> subject", True, "long"): 0.90,  # 188/202
    ("direct", "named", True, "short"): 0.83,  # 153/176
    ("direct", "continuation", True, "long"): 0.42,  # 76/160
    ("indirect", "unnamed source", True, "short"): 0.63,  # 104/152
    ("mixed", "pronoun -> speaker", True, "long"): 0.93,  # 127/133
    ("mixed", "surname", True, "long"): 0.89,  # 111/120
    ("direct", "unnamed source", True, "long"): 0.78,  # 91/110
    ("indirect", "speaker unresolved: common noun", True, "short"): 0.62,  # 65/95
    ("indirect", "organisation's data", True, "long"): 0.90,  # 88/94
    ("mixed", "pronoun -> subject", True, "long"): 0.93,  # 85/88
    ("mixed", "unnamed source", True, "long"): 0.63,  # 61/88
    ("direct", "speaker unresolved: common noun", True, "long"): 0.77,  # 64/77
    ("direct", "fragment: named", True, "long"): 0.87,  # 69/75
    ("direct", "organisation", True, "long"): 0.88,  # 69/74
    ("mixed", "named", True, "short"): 0.85,  # 64/71
    ("indirect", "organisation", True, "short"): 0.74,  # 55/68
    ("mixed", "organisation", True, "long"): 0.89,  # 61/65
    ("indirect", "speaker unresolved: pronoun", True, "long"): 0.73,  # 51/64
    ("direct", "pronoun -> subject", True, "short"): 0.81,  # 55/63
    ("mixed", "speaker unresolved: common noun", True, "long"): 0.73,  # 45/56
    ("indirect", "no speaker mention", True, "long"): 0.33,  # 23/56
    ("indirect", "surname", True, "short"): 0.77,  # 47/56
    ("direct", "pronoun -> speaker", True, "short"): 0.87,  # 52/56
    ("indirect", "pronoun -> subject", True, "short"): 0.70,  # 39/50
    ("direct", "fragment: named", True, "short"): 0.63,  # 35/49
    ("direct", "continuation", True, "short"): 0.25,  # 16/48
    ("indirect", "campaign of a named person", True, "long"): 0.86,  # 39/42
    ("indirect", "pronoun -> speaker", True, "short"): 0.64,  # 30/41
    ("indirect", "name not recognised as person or organisation", True, "long"): 0.70,  # 31/39
    ("direct", "speaker unresolved: common noun", True, "short"): 0.60,  # 22/31
    ("direct", "fragment: pronoun -> speaker", True, "long"): 0.84,  # 27/29
    ("direct", "surname", True, "short"): 0.76,  # 25/29
    ("direct", "name not recognised as person or organisation", True, "long"): 0.80,  # 25/28
    ("direct", "pronoun -> person", True, "long"): 0.94,  # 27/27
    ("indirect", "no speaker mention", True, "short"): 0.17,  # 7/26
    ("indirect", "speaker unresolved: pronoun", True, "short"): 0.55,  # 17/25
    ("indirect", "pronoun -> person", True, "long"): 0.82,  # 23/25
    ("direct", "no speaker mention", True, "long"): 0.33,  # 11/24
    ("headline", "named", True, "long"): 0.75,  # 20/23
    ("direct", "speaker unresolved: pronoun", True, "long"): 0.69,  # 18/22
    ("direct", "unnamed source", True, "short"): 0.64,  # 17/22
    ("indirect", "role noun", True, "long"): 0.68,  # 17/21
    ("indirect", "pronoun -> unnamed plural source", True, "long"): 0.93,  # 21/21
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
