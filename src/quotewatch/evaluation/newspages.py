"""Score statements against hand-annotated statements in English news-pages articles.

Usage: ``python -m quotewatch.evaluation.newspages ../shared/corpus/news-pages [--errors]``.

Why a second gold set: PolNeAR is US political news of 2015-16 and counts beliefs and
intentions as attributions, so its recall says little about a statement extractor. The
articles here are other outlets, countries and years (2023-26), and the annotation
(``newspages_statements.tsv``: offsets, kind, cue and speaker, no article text) holds only
what a source is reported to have said or written, one statement per contiguous content span,
the speaker resolved to a name by reading the article; see the file's header.

Each article's text is its gold body paragraphs joined by a blank line, the plain article text
a user would pass to ``quotewatch.extract``. A quote run over several paragraphs is one
statement (``merge_continued_quotes``). Matching is PolNeAR's: a prediction matches when it
covers >= 0.3 (and 0.8) of the gold span, one-to-one, best overlap-over-union first. Speaker
accuracy, on matched statements: with a named gold speaker, the predicted speaker's surname
(last word, titles dropped) must be a word of the gold name; with an unnamed gold source the
speaker must be None. A stricter figure beside it asks for the same surname as the gold name
(last words equal), which a partial name ("Serena", "Pham") fails.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from quotewatch.errors import QuotewatchError
from quotewatch.evaluation.polnear import (
    BANDS,
    CALIBRATION_THRESHOLD,
    THRESHOLDS,
    Band,
    add_to_bands,
    format_bands,
    in_input_coordinates,
    match,
    same_person,
    same_surname,
)
from quotewatch.model import Statement

# One file per annotation round; each is scored on its own and all together.
ANNOTATIONS = sorted(Path(__file__).parent.glob("newspages_statements*.tsv"))
# Between two paragraphs of one quote: no closing mark, a paragraph break, an opening mark.
_CONTINUED = re.compile(r"\s*\n\s*\n\s*[“\"‘«]")


@dataclass
class Gold:
    """One annotated statement: content ``[start, end)`` in the article text; speaker "" when
    the source is never named."""

    start: int
    end: int
    kind: str
    speaker: str
    cue: str

    @property
    def spans(self) -> list[list[int]]:
        return [[self.start, self.end]]


@dataclass
class ThresholdScores:
    threshold: float
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    named: int = 0
    named_right: int = 0
    named_same_surname: int = 0
    unnamed: int = 0
    unnamed_right: int = 0
    by_kind: Counter = field(default_factory=Counter)
    matched_by_kind: Counter = field(default_factory=Counter)

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
class ScoredSet:
    """The scores of one annotation file (or of all of them)."""

    name: str
    articles: int = 0
    scores: list[ThresholdScores] = field(
        default_factory=lambda: [ThresholdScores(t) for t in THRESHOLDS]
    )
    corpus: str = "news-pages hand-annotated statements"
    bands: list[Band] = field(default_factory=lambda: [Band(lo, hi) for lo, hi in BANDS])

    def format(self) -> list[str]:
        lines = [f"{self.corpus}, {self.name}: {self.articles} articles"]
        for s in self.scores:
            lines.append(
                f"content overlap >= {s.threshold:.1f}: P {s.precision:.3f}  R {s.recall:.3f}  "
                f"F1 {s.f1:.3f}  (gold {s.gold}, predicted {s.predicted}, matched {s.matched})"
            )
            kinds = ", ".join(
                f"{k} {s.matched_by_kind[k]}/{n}" for k, n in sorted(s.by_kind.items())
            )
            lines.append(f"  recall by gold kind: {kinds}")
            lines.append(
                f"  speaker accuracy (named gold): {s.named_right / max(1, s.named):.3f} "
                f"({s.named_right}/{s.named}); unnamed gold left unnamed: "
                f"{s.unnamed_right}/{s.unnamed}"
            )
            lines.append(
                f"  same surname as the named gold: {s.named_same_surname / max(1, s.named):.3f}"
                f" ({s.named_same_surname}/{s.named})"
            )
        return lines + format_bands(self.bands, "the speaker right")


@dataclass
class NewsPagesReport:
    sets: list[ScoredSet]
    errors: list[str] = field(default_factory=list)

    def format(self) -> str:
        lines = [line for scored in self.sets for line in scored.format()]
        return "\n".join(lines + self.errors)


def read_annotation(path: Path) -> dict[str, list[Gold]]:
    """page file (as in gold.jsonl) -> its annotated statements, in text order."""
    out: dict[str, list[Gold]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("file\t"):
            continue
        file, start, end, kind, speaker, cue = line.split("\t")
        out.setdefault(file, []).append(Gold(int(start), int(end), kind, speaker, cue))
    return out


def article_texts(corpus: str | Path, files: set[str]) -> dict[str, str]:
    """The plain article text of each annotated page: gold body paragraphs, blank-line joined."""
    path = Path(corpus) / "gold.jsonl"
    if not path.exists():
        path = Path(corpus) / "gold.jsonl.gz"
    if not path.exists():
        raise QuotewatchError(str(corpus), "no gold.jsonl here: not the news-pages folder")
    opener = gzip.open if path.suffix == ".gz" else open
    texts = {}
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["file"] in files:
                texts[row["file"]] = "\n\n".join(row["body_paragraphs"])
    return texts


def speaker_right(pred: Statement, gold: Gold) -> bool:
    if not gold.speaker:
        return pred.speaker is None
    return same_person(pred.speaker, gold.speaker)


def merge_continued_quotes(text: str, gold: list[Gold]) -> list[Gold]:
    """One statement for a quote run over several paragraphs ("“A ¶ “B,” she said").

    The annotation has one statement per paragraph; quotewatch reports such a quote whole, as
    PolNeAR annotates it. Scoring the parts separately would count all but one as missed. A
    statement annotated inside one of the parts ("“… he said he was going to stab him. ¶
    “…”", with "he was going to stab him" the victim's) stays a statement of its own and does
    not end the run.
    """
    out: list[Gold] = []
    run: int | None = None  # where in ``out`` the latest direct statement is
    for g in sorted(gold, key=lambda g: g.start):
        prev = out[run] if run is not None else None
        if prev is not None and g.kind != "direct" and prev.start <= g.start and g.end <= prev.end:
            out.append(g)  # inside the run's latest part: the run goes on after it
            continue
        if (
            prev is not None
            and prev.kind == g.kind == "direct"
            and prev.speaker == g.speaker
            and _CONTINUED.fullmatch(text[prev.end : g.start])
        ):
            out[run] = Gold(prev.start, g.end, "direct", g.speaker, g.cue or prev.cue)
            continue
        out.append(g)
        run = len(out) - 1 if g.kind == "direct" else None
    return out  # in order: parts only ever grow at their end


def _score(s: ThresholdScores, gold: list[Gold], preds: tuple[Statement, ...]) -> dict[int, int]:
    m = match([g.spans for g in gold], preds, s.threshold)
    s.gold += len(gold)
    s.predicted += len(preds)
    s.matched += len(m)
    for gi, g in enumerate(gold):
        s.by_kind[g.kind] += 1
        if gi not in m:
            continue
        s.matched_by_kind[g.kind] += 1
        right = speaker_right(preds[m[gi]], g)
        if g.speaker:
            s.named += 1
            s.named_right += right
            s.named_same_surname += same_surname(preds[m[gi]].speaker, g.speaker)
        else:
            s.unnamed += 1
            s.unnamed_right += right
    return m


def _outcomes(gold: list[Gold], preds: tuple[Statement, ...]) -> list[tuple[float, bool]]:
    """(confidence, right) for each prediction: right when its content matches a gold statement
    at the calibration overlap and its speaker is that statement's (None for an unnamed one)."""
    m = {pi: gi for gi, pi in match([g.spans for g in gold], preds, CALIBRATION_THRESHOLD).items()}
    return [(p.confidence, pi in m and speaker_right(p, gold[m[pi]])) for pi, p in enumerate(preds)]


def _snippet(text: str, start: int, end: int, width: int = 90) -> str:
    span = text[start:end].replace("\n", " ")
    return span if len(span) <= width else span[: width - 1] + "…"


def _explain(file: str, text: str, gold: list[Gold], preds: tuple[Statement, ...]) -> list[str]:
    """Misses, false statements and wrong speakers of one article, at 0.3 overlap."""
    m = match([g.spans for g in gold], preds, 0.3)
    out = []
    for gi, g in enumerate(gold):
        if gi not in m:
            who = g.speaker or "-"
            out.append(f"MISS {file} {g.kind} [{who}] {_snippet(text, g.start, g.end)}")
        elif not speaker_right(preds[m[gi]], g):
            p = preds[m[gi]]
            out.append(
                f"SPEAKER {file} gold [{g.speaker or '-'}] got [{p.speaker}] via "
                f"{p.speaker_mention!r}: {_snippet(text, g.start, g.end)}"
            )
    used = set(m.values())
    for pi, p in enumerate(preds):
        if pi not in used:
            out.append(f"FALSE {file} {p.kind} [{p.speaker}] {_snippet(text, p.start, p.end)}")
    return out


def score_article(
    targets: list[ScoredSet | None],
    name: str,
    text: str,
    gold: list[Gold],
    errors: list[str] | None,
) -> None:
    """Run ``quotewatch.extract`` on one annotated text and add its scores to each target;
    with ``errors``, list its misses, false statements and wrong speakers there."""
    from quotewatch.pipeline import extract

    gold = merge_continued_quotes(text, gold)
    preds = in_input_coordinates(extract(text)).statements
    right = _outcomes(gold, preds)
    for target in targets:
        if target is not None:
            target.articles += 1
            for s in target.scores:
                _score(s, gold, preds)
            add_to_bands(target.bands, right)
    if errors is not None:
        errors.extend(_explain(name, text, gold, preds))


def evaluate_newspages(
    corpus: str | Path, *, errors: bool = False, annotations: list[Path] | None = None
) -> NewsPagesReport:
    """Run ``quotewatch.extract`` on each annotated article and score it, per annotation
    file and, with more than one, over all of them."""
    rounds = {path.name: read_annotation(path) for path in annotations or ANNOTATIONS}
    files = {file for annotation in rounds.values() for file in annotation}
    texts = article_texts(corpus, files)
    missing = files - set(texts)
    if missing:
        raise QuotewatchError(str(corpus), f"gold.jsonl lacks annotated pages: {sorted(missing)}")
    sets = [ScoredSet(name) for name in rounds]
    every = ScoredSet("all sets") if len(sets) > 1 else None
    report = NewsPagesReport(sets + ([every] if every else []))
    for scored, annotation in zip(sets, rounds.values(), strict=True):
        for file in sorted(annotation):
            listed = report.errors if errors else None
            score_article([scored, every], file, texts[file], annotation[file], listed)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="the news-pages folder (holds gold.jsonl)")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    print(evaluate_newspages(args.corpus, errors=args.errors).format())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
