"""Coarse part of speech and cue-verb lemmas without the attribute ruler and the lemmatizer.

Why: the statements stage reads ``Token.pos_`` (VERB vs AUX vs PROPN…) and, for cue verbs
only, ``Token.lemma_``. In en_core_web_sm the attribute ruler (a Matcher over every token) and
the rule lemmatizer cost together about a sixth of the pipeline's time on English news-pages
(1.5 s + 1.8 s of 19.8 s on 60 pages), to compute morphology and lemmas we never read.
``qw_tags`` computes what we read with two dictionary look-ups per token. The POS mapping is
taken, when the pipeline is loaded, from the model's own attribute-ruler patterns (the
fine-grained tag -> coarse POS table and its tag+word exceptions), so it is the model's mapping,
not a copy of it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotewatch.statements.lexicon import CUE_LEMMAS, CUE_VERBS

CUE_LEMMA_OF = {form: lemma for lemma, forms in CUE_VERBS.items() for form in forms}
# Regular English inflections, tried in order, for cue-verb forms the lexicon does not list
# ("asserting" -> assert, "indicating" -> indicate, "quipped" -> quip, "testifies" -> testify).
_SUFFIX_RULES = (
    ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ies", "y"), ("ied", "y"),
    ("es", ""), ("s", ""),
)  # fmt: skip


def cue_lemma(lower: str) -> str:
    """The cue verb a word form inflects, or the form itself: all the stage asks of a lemma."""
    lemma = CUE_LEMMA_OF.get(lower)
    if lemma is not None:
        return lemma
    for suffix, replacement in _SUFFIX_RULES:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)]
            for candidate in (stem + replacement, stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
                if candidate in CUE_LEMMAS:
                    return candidate
    return lower


_ATTRS = ("TAG", "LOWER", "DEP")


def pos_rules(nlp: Language) -> list[list]:
    """The attribute ruler's one-token POS rules, in the ruler's order, as plain data.

    Each rule is ``[pos, {ATTR: [kind, values]}]`` with ATTR one of TAG, LOWER, DEP and kind
    "IN" or "NOT_IN", as in "has/had with DEP in (ROOT, ccomp, …) -> VERB". Rules testing any
    other attribute are left out (the model has none that set POS; tests/statements check the
    result against the ruler itself).
    """
    rules = []
    for rule in nlp.get_pipe("attribute_ruler").patterns:
        pos, index = rule["attrs"].get("POS"), rule.get("index", 0)
        if pos is None:
            continue
        for pattern in rule["patterns"]:
            if not all(set(token) <= set(_ATTRS) for token in pattern):
                continue
            if len(pattern) == 1 and index == 0:
                rules.append([pos, {a: _constraint(v) for a, v in pattern[0].items()}])
            elif len(pattern) == 2 and index in (1, -1):  # "There is": the word after expl
                constraints = {a: _constraint(v) for a, v in pattern[1].items()}
                constraints |= {f"PREV_{a}": _constraint(v) for a, v in pattern[0].items()}
                rules.append([pos, constraints])
    return rules


def _constraint(value) -> list:
    """A pattern value is a string, ``{"IN": [...]}`` or ``{"NOT_IN": [...]}``."""
    if isinstance(value, dict):
        ((kind, values),) = value.items()
        return [kind, [str(v) for v in values]]
    return ["IN", [str(value)]]


@Language.factory("qw_tags", assigns=["token.pos", "token.lemma"], default_config={"rules": []})
def make_tag_mapper(nlp: Language, name: str, rules: list[list]) -> TagMapper:
    return TagMapper(rules)


class TagMapper:
    """Sets ``pos`` by the ruler's rules (the last matching rule wins, as in the ruler) and
    ``lemma`` for cue-verb forms (other words keep their lower-case form).

    Rules are indexed by the tag or word they require, so a token is tested against a handful
    of rules rather than all of them.
    """

    def __init__(self, rules: list[list]):
        self.by_tag: dict[str, list] = {}
        self.by_word: dict[str, list] = {}
        self.anywhere: list = []
        for order, (pos, constraints) in enumerate(rules):
            compiled = (
                order,
                pos,
                {a: (kind, frozenset(v)) for a, (kind, v) in constraints.items()},
            )
            index, attr = (self.by_tag, "TAG") if "TAG" in constraints else (self.by_word, "LOWER")
            kind, values = constraints.get(attr, ("NOT_IN", ()))
            if kind == "IN":
                for value in values:
                    index.setdefault(value, []).append(compiled)
            else:
                self.anywhere.append(compiled)

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            lower = tok.lower_
            prev = doc[tok.i - 1] if tok.i else None
            pos = self._pos(tok.tag_, lower, tok.dep_, prev)
            if pos:
                tok.pos_ = pos
            tok.lemma_ = cue_lemma(lower)
        return doc

    def _pos(self, tag: str, lower: str, dep: str, prev=None) -> str | None:
        values = {"TAG": tag, "LOWER": lower, "DEP": dep}
        if prev is not None:
            values |= {"PREV_TAG": prev.tag_, "PREV_LOWER": prev.lower_, "PREV_DEP": prev.dep_}
        best, pos = -1, None
        for rules in (self.by_tag.get(tag, ()), self.by_word.get(lower, ()), self.anywhere):
            for order, rule_pos, constraints in rules:
                if order > best and all(
                    a in values and (values[a] in v) == (kind == "IN")
                    for a, (kind, v) in constraints.items()
                ):
                    best, pos = order, rule_pos
        return pos


def replace_ruler_and_lemmatizer(nlp: Language) -> Language:
    """Swap the attribute ruler and lemmatizer of ``nlp`` for ``qw_tags`` (in place)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return nlp
    nlp.add_pipe("qw_tags", config={"rules": pos_rules(nlp)}, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    if "lemmatizer" in nlp.pipe_names:
        nlp.remove_pipe("lemmatizer")
    return nlp
