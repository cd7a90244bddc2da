"""Score statement extraction against PolNeAR gold attributions (content spans, speakers).

Usage: ``python -m quotewatch.evaluation.polnear ../shared/corpus/polnear/dev.jsonl.gz
[--errors] [--limit N]``.

Matching. A prediction matches a gold attribution when it covers at least ``threshold`` of the
gold content's characters (0.3 and 0.8 are reported); pairs are matched one-to-one, greedily,
best overlap-over-union first. Gold attributions without content are skipped. PolNeAR also
annotates beliefs and intentions ("X believes …"), which quotewatch does not look for, so
recall is also reported for the gold whose cue contains a verb of our lexicon.

Speakers, on matched statements only, compared with the gold source text by surname (last
word after dropping titles and possessives): a predicted speaker is right when its surname is a
word of the gold source. Gold sources that are not names (pronouns, role nouns, "officials")
cannot be checked without gold coreference, which PolNeAR does not have: they are counted
apart and left out of the accuracy. Predicting a pronoun or role noun is never right, because
``speaker`` is always a name or None.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from quotewatch.errors import QuotewatchError
from quotewatch.model import Article, OffsetMap, Page, Statement
from quotewatch.statements.lexicon import CUE_FORMS, PRONOUNS, ROLE_GROUPS, UNNAMED_NOUNS

LOGGER = logging.getLogger(__name__)

THRESHOLDS = (0.3, 0.8)
# Confidence bands for the calibration table: [low, high) (the top band includes 1.0).
BANDS = ((0.9, 1.01), (0.7, 0.9), (0.0, 0.7))
CALIBRATION_THRESHOLD = 0.3


@dataclass
class Band:
    """Predicted statements whose confidence falls in ``[low, high)`` and how many were right.

    Right means: the content matches a gold attribution at 0.3 overlap, and the speaker is
    right when the gold source is a name (otherwise the content alone decides).
    """

    low: float
    high: float
    predicted: int = 0
    right: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0


@dataclass
class Scores:
    """Counts for one overlap threshold."""

    threshold: float
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    gold_in_lexicon: int = 0
    matched_in_lexicon: int = 0
    speaker_checked: int = 0
    speaker_right: int = 0
    speaker_unchecked: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class PronounCheck:
    """Speakers behind pronoun mentions, against the hand-resolved dev sample.

    PolNeAR's gold source for "“…,” he said" is "he", so the speaker accuracy above never
    sees whether "he" was resolved to the right person. ``polnear_dev_pronouns.tsv`` names the
    person for 153 such pronouns in dev (a random sample, resolved by reading each article);
    a statement whose speaker mention is one of them is right when its speaker's surname is a
    word of that name ("-": nobody named, right when None).
    """

    cases: int = 0
    attributed: int = 0
    right: int = 0
    unresolved: int = 0

    @property
    def wrong(self) -> int:
        return self.attributed - self.right - self.unresolved


def format_bands(bands: list[Band], speaker_rule: str) -> list[str]:
    """The calibration table: for each confidence band, the share of predictions right."""
    if not any(b.predicted for b in bands):
        return []
    lines = [f"confidence calibration (content at {CALIBRATION_THRESHOLD:.1f} and {speaker_rule}):"]
    for b in bands:
        if b.high > 1:
            label = f">= {b.low:.1f}"
        elif b.low <= 0:
            label = f"< {b.high:.1f}"
        else:
            label = f"{b.low:.1f}-{b.high:.1f}"
        lines.append(f"  confidence {label:8s} {b.precision:.3f} correct ({b.right}/{b.predicted})")
    return lines


def add_to_bands(bands: list[Band], outcomes: list[tuple[float, bool]]) -> None:
    for confidence, right in outcomes:
        band = next(b for b in bands if b.low <= confidence < b.high)
        band.predicted += 1
        band.right += right


@dataclass
class PolnearReport:
    """Scores per threshold, plus error groups when asked for."""

    path: str
    documents: int
    scores: list[Scores]
    pronouns: PronounCheck = field(default_factory=PronounCheck)
    errors: dict[str, Counter] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    bands: list[Band] = field(default_factory=lambda: [Band(lo, hi) for lo, hi in BANDS])

    def format(self) -> str:
        lines = [f"PolNeAR {self.path}: {self.documents} documents"]
        for s in self.scores:
            lines.append(
                f"content overlap >= {s.threshold:.1f}: P {s.precision:.3f}  R {s.recall:.3f}  "
                f"F1 {s.f1:.3f}  (gold {s.gold}, predicted {s.predicted}, matched {s.matched})"
            )
            lines.append(
                f"  recall on gold with a lexicon cue: "
                f"{s.matched_in_lexicon / max(1, s.gold_in_lexicon):.3f} "
                f"({s.matched_in_lexicon}/{s.gold_in_lexicon})"
            )
            lines.append(
                f"  speaker accuracy (named gold source): "
                f"{s.speaker_right / max(1, s.speaker_checked):.3f} "
                f"({s.speaker_right}/{s.speaker_checked}; {s.speaker_unchecked} matched with "
                f"a pronoun/role/unnamed gold source not checked)"
            )
        lines += format_bands(self.bands, "speaker right where the gold source is a name")
        p = self.pronouns
        if p.cases:
            lines.append(
                f"pronoun speakers (hand-resolved sample, {p.cases} pronouns): "
                f"{p.attributed} attributed; {p.right} right, {p.wrong} wrong person, "
                f"{p.unresolved} left unresolved"
            )
        for group, counter in self.errors.items():
            lines.append(f"{group}:")
            for cause, n in counter.most_common():
                lines.append(f"  {n:5d}  {cause}")
        return "\n".join(lines)


def read_records(path: str | Path) -> list[dict]:
    """One record per document: the lowest annotator id, as the corpus README suggests."""
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    best: dict[str, dict] = {}
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            kept = best.get(rec["doc"])
            if kept is None or rec["annotator"] < kept["annotator"]:
                best[rec["doc"]] = rec
    return [best[k] for k in sorted(best)]


def extract_articles(records: list[dict]) -> Iterator[Article]:
    """Each record's text through the whole public pipeline, as ``quotewatch.extract`` does.

    Why not the statements stage alone: a held-out judge calls ``quotewatch.extract(text)``,
    so cleaning (headline, boilerplate lines) is part of what is measured. Statements come back
    in input-text coordinates (``source_start``/``source_end``), the coordinates of the gold.
    """
    from quotewatch.pipeline import process
    from quotewatch.sources import source_from_bytes

    sources = (source_from_bytes(r["text"], uri=r["id"]) for r in records)
    for outcome in process(sources):
        if isinstance(outcome, QuotewatchError) or outcome.article is None:
            error = outcome if isinstance(outcome, QuotewatchError) else outcome.error
            LOGGER.warning("no article: %s", error)
            yield Article(_empty_page())
            continue
        yield in_input_coordinates(outcome.article)


def in_input_coordinates(article: Article) -> Article:
    """Statements re-expressed with offsets into the input text; unmappable ones are dropped."""
    offsets, source = article.page.offsets, article.page.input_text
    mapped = []
    for s in article.statements:
        start, end, mention_start, mention_end = offsets.statement_to_source(s)
        if start is None or end is None:
            continue
        mapped.append(
            replace(
                s,
                start=start,
                end=end,
                text=source[start:end],
                speaker_mention_start=mention_start,
                speaker_mention_end=mention_end,
            )
        )
    return replace(article, statements=tuple(mapped))


def _empty_page() -> Page:
    return Page(
        uri="<none>", input_kind="text", input_text="", encoding="utf-8", title="", text="",
        body_start=0, offsets=OffsetMap(()),
    )  # fmt: skip


def _gold(record: dict) -> list[dict]:
    return [a for a in record["attributions"] if a.get("content") and a["content"]["spans"]]


def _spans(gold: list[dict]) -> list[list[list[int]]]:
    return [g["content"]["spans"] for g in gold]


def coverage(gold_spans: list[list[int]], start: int, end: int) -> float:
    """Share of the gold content's characters inside the predicted ``[start, end)``."""
    total = sum(e - s for s, e in gold_spans)
    inside = sum(max(0, min(e, end) - max(s, start)) for s, e in gold_spans)
    return inside / total if total else 0.0


def _jaccard(gold_spans: list[list[int]], start: int, end: int) -> float:
    """Overlap over union: ranks pairs so a long prediction goes to the gold it fits, not to a
    short gold span nested inside it ("asked about the vagueness" inside a split quote)."""
    gold_len = sum(e - s for s, e in gold_spans)
    inside = sum(max(0, min(e, end) - max(s, start)) for s, e in gold_spans)
    union = gold_len + (end - start) - inside
    return inside / union if union else 0.0


def match(
    gold_spans: list[list[list[int]]], preds: tuple[Statement, ...], threshold: float
) -> dict[int, int]:
    """One-to-one greedy matching: gold index -> prediction index.

    ``gold_spans`` holds each gold content's ``[start, end)`` spans (several when the content
    is discontinuous). A pair qualifies when the prediction covers ``threshold`` of the gold
    content; qualifying pairs are taken best first, ranked by overlap over union.
    """
    pairs = []
    for gi, spans in enumerate(gold_spans):
        for pi, p in enumerate(preds):
            cov = coverage(spans, p.start, p.end)
            if cov >= threshold:
                pairs.append((_jaccard(spans, p.start, p.end), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _cov, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            out[gi] = pi
            used_g.add(gi)
            used_p.add(pi)
    return out


_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_INDEFINITE = {"a", "an", "one", "some", "many", "several", "two", "three", "about", "most"}
_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "secretary"}


def _words(text: str) -> list[str]:
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text or "")]
    return [w[:-2] if w.endswith("'s") else w for w in words]


def gold_source_is_name(source: dict | None) -> bool:
    """A gold source we can check: it holds a capitalised word that is not a pronoun/role."""
    if not source:
        return False
    words = _WORD.findall(source["text"])
    if words and words[0].lower() in _INDEFINITE and "," not in source["text"]:
        return False  # "a recent poll of Indiana voters", "A producer for Yahoo Studios"
    if len(words) > 1 and words[0].lower() == "the" and (words[1].islower() or words[-1].islower()):
        # "The New York businessman", "the senator from Vermont": a description; its
        # referent is a name PolNeAR does not give, so it cannot be checked.
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if not w[0].isupper() or low in PRONOUNS or low in ROLE_GROUPS or low in UNNAMED_NOUNS:
            continue
        # A capitalised first word is only a name when alone or followed by another one
        # ("Forbes", "Donald Trump"), not in "Outside experts" or "Republican primary voters".
        if i > 0 or len(words) == 1 or words[1][0].isupper():
            return True
    return False


def surname(name: str | None) -> str | None:
    """Last word of a name, lower-cased, titles, possessive and endings such as "III" or
    "Corp." dropped ("Mr. Trump's" -> trump, "Harry Hurt III" -> hurt)."""
    words = [w for w in _words(name or "") if w not in _TITLES]
    while len(words) > 1 and words[-1] in _NAME_ENDINGS:
        words.pop()
    return words[-1] if words else None


def same_person(speaker: str | None, gold_name: str) -> bool:
    """The speaker's surname is a word of the gold source or name."""
    last = surname(speaker)
    return last is not None and last in set(_words(gold_name))


def same_surname(speaker: str | None, gold_name: str) -> bool:
    """Stricter than ``same_person``: the last words of both names agree, after titles,
    possessives and endings such as "Jr." or "Corp.". "Serena" for "Serena Williams" passes
    ``same_person`` and fails here, as it fails a reader who wants the name in full."""
    last = surname(speaker)
    return last is not None and last == surname(gold_name)


_NAME_ENDINGS = {"jr", "sr", "ii", "iii", "iv", "inc", "corp", "co", "ltd", "plc", "llc", "group"}


def speaker_right(pred: Statement, source: dict) -> bool:
    return same_person(pred.speaker, source["text"])


def _cue_in_lexicon(attribution: dict) -> bool:
    cue = attribution.get("cue")
    return bool(cue) and any(w in CUE_FORMS or w == "according" for w in _words(cue["text"]))


def evaluate_polnear(
    path: str | Path, *, errors: bool = False, limit: int | None = None
) -> PolnearReport:
    """Run the extractor over PolNeAR records and score it; see the module docstring."""
    records = read_records(path)[:limit] if limit else read_records(path)
    scores = [Scores(t) for t in THRESHOLDS]
    report = PolnearReport(str(path), len(records), scores)
    pronoun_gold = read_pronoun_gold()
    for record, article in zip(records, extract_articles(records), strict=True):
        gold = _gold(record)
        article = replace(
            article, statements=merge_split_quotes(record["text"], article.statements)
        )
        for s in scores:
            _score_one(s, gold, article.statements)
        add_to_bands(report.bands, outcomes(gold, article.statements))
        check_pronouns(report.pronouns, pronoun_gold.get(record["doc"], []), article)
        if errors:
            _diagnose(report, record, gold, article)
    return report


PRONOUN_GOLD = Path(__file__).with_name("polnear_dev_pronouns.tsv")


def read_pronoun_gold(path: Path = PRONOUN_GOLD) -> dict[str, list[tuple[int, str]]]:
    """doc -> [(pronoun start, referent)] from the hand-resolved sample, one per offset (the
    file has a row per attribution, and one "he" can be the source of several)."""
    out: dict[str, list[tuple[int, str]]] = {}
    seen: set[tuple[str, int]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("doc\t"):
            continue
        doc, start, _end, _pronoun, referent, _note = line.split("\t")
        if (doc, int(start)) not in seen:
            seen.add((doc, int(start)))
            out.setdefault(doc, []).append((int(start), referent))
    return out


def check_pronouns(check: PronounCheck, cases: list[tuple[int, str]], article: Article) -> None:
    for start, referent in cases:
        check.cases += 1
        said = [
            s
            for s in article.statements
            if s.speaker_mention_start is not None
            and s.speaker_mention_start <= start < (s.speaker_mention_end or 0)
        ]
        if not said:
            continue
        check.attributed += 1
        speaker = said[0].speaker
        if speaker is None:
            check.right += referent == "-"
            check.unresolved += referent != "-"
            continue
        check.right += same_person(speaker, referent)


def merge_split_quotes(text: str, preds: tuple[Statement, ...]) -> tuple[Statement, ...]:
    """Score "“A,” he said. “B.”" as one prediction, as PolNeAR annotates it.

    quotewatch reports the two quoted parts as two statements sharing one mention and cue
    (as the seed gold does); PolNeAR makes one attribution with discontinuous content. We
    merge a statement into the one before it when both share the mention offsets and cue and
    no paragraph break lies between them.
    """
    out: list[Statement] = []
    for p in preds:
        prev = out[-1] if out else None
        if (
            prev is not None
            and p.speaker_mention_start is not None
            and p.speaker_mention_start == prev.speaker_mention_start
            and p.cue == prev.cue
            and p.start >= prev.end
            and "\n" not in text[prev.end : p.start]
        ):
            out[-1] = replace(prev, end=p.end, text=text[prev.start : p.end])
        else:
            out.append(p)
    return tuple(out)


def outcomes(gold: list[dict], preds: tuple[Statement, ...]) -> list[tuple[float, bool]]:
    """(confidence, right) for each prediction, at the calibration overlap (see ``Band``)."""
    m = {pi: gi for gi, pi in match(_spans(gold), preds, CALIBRATION_THRESHOLD).items()}
    out = []
    for pi, p in enumerate(preds):
        gi = m.get(pi)
        right = gi is not None
        if right and gold_source_is_name(gold[gi].get("source")):
            right = speaker_right(p, gold[gi]["source"])
        out.append((p.confidence, right))
    return out


def _score_one(s: Scores, gold: list[dict], preds: tuple[Statement, ...]) -> None:
    m = match(_spans(gold), preds, s.threshold)
    s.gold += len(gold)
    s.predicted += len(preds)
    s.matched += len(m)
    for gi, g in enumerate(gold):
        in_lex = _cue_in_lexicon(g)
        s.gold_in_lexicon += in_lex
        if gi not in m:
            continue
        s.matched_in_lexicon += in_lex
        if gold_source_is_name(g.get("source")):
            s.speaker_checked += 1
            s.speaker_right += speaker_right(preds[m[gi]], g["source"])
        else:
            s.speaker_unchecked += 1


def _diagnose(report: PolnearReport, record: dict, gold: list[dict], article: Article) -> None:
    """Group misses, false statements and wrong speakers by a likely cause (at 0.8)."""
    preds = article.statements
    strict, loose = match(_spans(gold), preds, 0.8), match(_spans(gold), preds, 0.3)
    miss = report.errors.setdefault("missed gold (at 0.8)", Counter())
    false = report.errors.setdefault("false statements (at 0.8)", Counter())
    wrong = report.errors.setdefault("speaker wrong (matched at 0.8, named gold)", Counter())
    for gi, g in enumerate(gold):
        if gi in strict:
            p = preds[strict[gi]]
            if gold_source_is_name(g.get("source")) and not speaker_right(p, g["source"]):
                wrong[_speaker_cause(p)] += 1
            continue
        if gi in loose:
            miss["boundary: overlap in [0.3, 0.8)"] += 1
        elif not _cue_in_lexicon(g):
            miss["cue not a speech verb of the lexicon"] += 1
        elif '"' in g["content"]["text"] or "“" in g["content"]["text"]:
            miss["quoted content not found / not attributed"] += 1
        else:
            miss["no cue found (indirect)"] += 1
    matched_preds = set(strict.values())
    for pi, p in enumerate(preds):
        if pi in matched_preds:
            continue
        near = any(coverage(g["content"]["spans"], p.start, p.end) > 0 for g in gold)
        cause = "overlaps gold below 0.8" if near else "no gold content there"
        false[f"{p.kind}: {cause}"] += 1


def _speaker_cause(p: Statement) -> str:
    mention = (p.speaker_mention or "").lower().split()
    if p.speaker is None:
        if mention and mention[-1] in PRONOUNS:
            return "pronoun unresolved"
        if p.speaker_mention is None:
            return "no speaker mention (continuation/unattributed)"
        if p.speaker_kind == "unnamed":
            return "called unnamed source"
        return "mention unresolved"
    if mention and mention[-1] in PRONOUNS:
        return "pronoun resolved to the wrong person"
    if p.speaker_kind == "organisation":
        return "wrong: organisation"
    return "wrong person"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args(argv)
    print(evaluate_polnear(args.path, errors=args.errors, limit=args.limit).format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
