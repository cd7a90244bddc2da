"""Score statements against texts you annotated yourself, in the layout of docs/annotation.md.

Usage: ``quotewatch eval annotated DIR [DIR ...] [--errors]``.

Why: the news-pages sets can ship as offsets because their text is in ../shared; a blind set
of other news (copied from third-party pages, so never in this repository) cannot. This scores
such a set the same way, from the annotators' own files: each DIR holds ``texts/NAME.txt`` (a
``FILE: <source>`` line, then paragraphs marked ``[P1]``, ``[P2]`` … separated by blank lines)
and ``gold/NAME.jsonl`` (one statement per line: ``file``, ``para``, ``content``, ``kind``,
``speaker``, ``cue``). The article text is its paragraphs without markers, joined by a blank
line; a statement's offsets are where its content first occurs in its paragraph after the
statement before it there. Matching and speaker accuracy are those of
``quotewatch eval news-pages``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from quotewatch.errors import QuotewatchError
from quotewatch.evaluation.newspages import Gold, NewsPagesReport, ScoredSet, score_article

_MARKER = re.compile(r"\[P(\d+)\] ?")
CORPUS = "hand-annotated texts"


@dataclass(frozen=True)
class AnnotatedText:
    """One annotated article: its name, plain text and gold statements."""

    name: str
    text: str
    gold: list[Gold]


def read_paragraphs(path: Path) -> dict[int, str]:
    """Paragraph number -> text, from a ``FILE:`` line and ``[PN]``-marked paragraphs."""
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    paragraphs: dict[int, str] = {}
    for block in blocks:
        block = block.strip("\n")
        marker = _MARKER.match(block)
        if marker:
            paragraphs[int(marker.group(1))] = block[marker.end() :]
    if not paragraphs:
        raise QuotewatchError(str(path), "no [PN] paragraphs")
    return paragraphs


def read_annotated(text_path: Path, gold_path: Path) -> AnnotatedText:
    """The article and its statements; an annotated content not found in its paragraph is an
    error naming the file and line, as a silently dropped statement would flatter the score."""
    paragraphs = read_paragraphs(text_path)
    starts, pos = {}, 0
    for number in sorted(paragraphs):
        starts[number] = pos
        pos += len(paragraphs[number]) + 2
    text = "\n\n".join(paragraphs[n] for n in sorted(paragraphs))
    gold: list[Gold] = []
    searched_from: dict[int, int] = {}
    lines = gold_path.read_text(encoding="utf-8").splitlines()
    for line_no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        row = json.loads(line)
        number, content = row["para"], row["content"]
        paragraph = paragraphs.get(number, "")
        at = paragraph.find(content, searched_from.get(number, 0)) if content else -1
        if at < 0 and content:
            at = paragraph.find(content)
        if at < 0:
            raise QuotewatchError(f"{gold_path}:{line_no}", f"content not found in [P{number}]")
        searched_from[number] = at + len(content)
        start = starts[number] + at
        gold.append(Gold(start, start + len(content), row["kind"], row["speaker"], row["cue"]))
    return AnnotatedText(text_path.stem, text, gold)


def read_set(folder: Path) -> list[AnnotatedText]:
    """Every ``texts/NAME.txt`` of a set with its ``gold/NAME.jsonl``."""
    texts = sorted((folder / "texts").glob("*.txt"))
    if not texts:
        raise QuotewatchError(str(folder), "no texts/*.txt here")
    out = []
    for text_path in texts:
        gold_path = folder / "gold" / f"{text_path.stem}.jsonl"
        if not gold_path.exists():
            raise QuotewatchError(str(text_path), f"no annotation at {gold_path}")
        out.append(read_annotated(text_path, gold_path))
    return out


def evaluate_annotated(folders: list[str | Path], *, errors: bool = False) -> NewsPagesReport:
    """Score ``quotewatch.extract`` per set and, with more than one, over all of them."""
    sets = [ScoredSet(Path(f).name, corpus=CORPUS) for f in folders]
    every = ScoredSet("all sets", corpus=CORPUS) if len(sets) > 1 else None
    report = NewsPagesReport(sets + ([every] if every else []))
    for scored, folder in zip(sets, folders, strict=True):
        for article in read_set(Path(folder)):
            name = f"{Path(folder).name}/{article.name}"
            listed = report.errors if errors else None
            score_article([scored, every], name, article.text, article.gold, listed)
    return report
