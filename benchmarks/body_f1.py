#!/usr/bin/env python3
"""Body extraction accuracy of the clean stage against baselines, all in one run.

Usage:
    python benchmarks/body_f1.py [--corpus ../shared/corpus] [--only plain|html] [--worst N]

Metric: word 4-gram shingle precision/recall/F1 of the extracted body against the gold body
paragraphs, averaged per page (CJK characters count as words). Also title accuracy (normalised
exact match) and date accuracy (the gold's calendar date; and the instant when both carry a
zone). Not a test: prints numbers for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from quotewatch.clean import clean_html_text, clean_plain_text  # noqa: E402

_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]|\w+")
SHINGLE = 4


def tokens(text: str) -> list[str]:
    """Lower-case words; each CJK character is a word (those scripts use no spaces)."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def shingles(text: str) -> set[tuple[str, ...]]:
    toks = tokens(text)
    if len(toks) < SHINGLE:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i : i + SHINGLE]) for i in range(len(toks) - SHINGLE + 1)}


def prf(got: str, gold: str) -> tuple[float, float, float]:
    a, b = shingles(got), shingles(gold)
    if not a or not b:
        return 0.0, 0.0, 0.0
    inter = len(a & b)
    p, r = inter / len(a), inter / len(b)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\ufeff"))
_QUOTES = str.maketrans({c: '"' for c in "“”„«»‘’‚'"})


def norm(text: str | None) -> str:
    """Compare titles as readers do: case, spacing, quote style and soft hyphens aside."""
    text = unicodedata.normalize("NFKC", text or "").translate(_INVISIBLE).translate(_QUOTES)
    return " ".join(text.casefold().split())


def date_ok(got: str | None, gold: str | None) -> bool:
    """Same calendar date as the gold; same instant too when both carry a zone."""
    if not got or not gold:
        return False
    if got[:10] != gold[:10]:
        return False
    try:
        g = datetime.fromisoformat(gold)
        o = datetime.fromisoformat(got)
    except ValueError:
        return True
    if g.tzinfo and o.tzinfo and (g.hour or g.minute) and (o.hour or o.minute):
        return abs((g - o).total_seconds()) < 60  # same minute: pages print minutes
    return True


def load_gold(corpus: Path, name: str) -> list[dict]:
    with open(corpus / name / "gold.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


# ---- extractors -----------------------------------------------------------------------------


# jusText needs a stoplist per language; we give it the gold language (its best case).
JUSTEXT_STOPLISTS = {
    "de": "German", "en": "English", "es": "Spanish", "fr": "French", "it": "Italian",
    "nl": "Dutch", "pt": "Portuguese", "cs": "Czech", "da": "Danish", "no": "Norwegian_Bokmal",
    "nb": "Norwegian_Bokmal", "sv": "Swedish", "pl": "Polish", "ru": "Russian", "tr": "Turkish",
    "id": "Indonesian", "is": "Icelandic", "lt": "Lithuanian", "vi": "Vietnamese",
}  # fmt: skip


def keep_everything(text: str, gold: dict) -> str:
    return text


def justext_body(text: str, gold: dict) -> str:
    import justext

    html = "".join(f"<p>{_escape(p)}</p>" for p in text.splitlines() if p.strip())
    try:
        stop = justext.get_stoplist(JUSTEXT_STOPLISTS.get(gold["language"], "English"))
        paras = justext.justext(html.encode("utf-8"), stop, encoding="utf-8")
    except Exception:
        return ""
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def trafilatura_on_text(text: str, gold: dict) -> str:
    import trafilatura

    html = (
        "<html><body>"
        + "".join(f"<p>{_escape(p)}</p>" for p in text.splitlines())
        + "</body></html>"
    )
    return trafilatura.extract(html) or ""


def trafilatura_html(html: str, gold: dict) -> tuple[str | None, str, str | None]:
    """trafilatura with its defaults: body, and its own title and (htmldate) date."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=gold.get("url"), with_metadata=True)
    if doc is None:
        return None, "", None
    return doc.title, doc.text or "", doc.date


# ---- runs -----------------------------------------------------------------------------------


def run(
    name: str, items: list[tuple[dict, str]], fn: Callable[[str, dict], object], worst: int
) -> dict[str, float]:
    """Score ``fn`` over pages; ``fn`` returns a body string or a (title, body, date) tuple."""
    scores, titles, dates = [], [], []
    started = time.perf_counter()
    per_page = []
    for gold, text in items:
        out = fn(text, gold)
        title = date = None
        if isinstance(out, tuple):
            title, body, date = out
        else:
            body = out
        p, r, f = prf(body, "\n".join(gold["body_paragraphs"]))
        scores.append((p, r, f))
        per_page.append((f, p, r, gold["file"]))
        titles.append(norm(title) == norm(gold["title"]))
        dates.append(date_ok(date, (gold.get("published") or "").replace(" ", "T")))
    secs = time.perf_counter() - started
    res = {
        "P": statistics.mean(s[0] for s in scores),
        "R": statistics.mean(s[1] for s in scores),
        "F1": statistics.mean(s[2] for s in scores),
        "title": statistics.mean(titles),
        "date": statistics.mean(dates),
        "ms_per_page": 1000 * secs / len(items),
    }
    print(
        f"{name:<34} F1 {res['F1']:.3f}  P {res['P']:.3f}  R {res['R']:.3f}  "
        f"title {res['title']:.3f}  date {res['date']:.3f}  {res['ms_per_page']:.0f} ms/page"
    )
    for f, p, r, file in sorted(per_page)[:worst]:
        print(f"    {f:.2f} P {p:.2f} R {r:.2f}  {file}")
    return res


def ours_plain(text: str, gold: dict) -> tuple[str | None, str, str | None]:
    page = clean_plain_text(text, uri=gold["file"], url=gold.get("url"))
    return page.title, page.body, page.published


def ours_html(html: str, gold: dict) -> tuple[str | None, str, str | None]:
    page = clean_html_text(html, uri=gold["file"], url=gold.get("url"))
    return page.title, page.body, page.published


def safe(fn: Callable[[str, dict], object]) -> Callable[[str, dict], object]:
    def wrapped(text: str, gold: dict) -> object:
        try:
            return fn(text, gold)
        except Exception as exc:
            return (None, "", None) if exc.__class__.__name__ == "EmptyPage" else _raise(exc)

    return wrapped


def _raise(exc: Exception) -> object:
    raise exc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--only", choices=["plain", "html"])
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages per method")
    ap.add_argument("--fast", action="store_true", help="ours only (development)")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    if args.only != "html":
        gold = load_gold(args.corpus, "plain-pages")
        items = [(g, (args.corpus / "plain-pages" / g["file"]).read_text("utf-8")) for g in gold]
        print(f"plain-pages: {len(items)} pages")
        run("ours (clean, plain text)", items, safe(ours_plain), args.worst)
        if not args.fast:
            run("keep everything", items, keep_everything, 0)
            run("jusText (gold-language stoplist)", items, justext_body, 0)
            run("trafilatura on text as HTML", items, trafilatura_on_text, 0)
    if args.only != "plain":
        gold = load_gold(args.corpus, "news-pages")
        items = [
            (g, gzip.decompress((args.corpus / "news-pages" / g["file"]).read_bytes()).decode())
            for g in gold
        ]
        print(f"news-pages: {len(items)} pages")
        run("ours (clean, HTML)", items, safe(ours_html), args.worst)
        if not args.fast:
            run("trafilatura default (bare_extraction)", items, trafilatura_html, 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
