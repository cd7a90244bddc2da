"""Load-test ``quotewatch serve`` on loopback: latency percentiles per kind of page.

Starts the server in a subprocess (``quotewatch.serve.serve`` on 127.0.0.1, a free port) over a
database built by ``benchmarks/serve_build.py``, then sends a fixed, seeded mix of requests with
a bounded asyncio + httpx loop and reports p50/p95/p99 per kind:

* ``search``: full-text queries drawn from the corpus' own content words (5+ letters, not among
  the 30 most frequent) and entity names, two-word queries, phrases, prefixes, and the same
  combined with speaker / outlet / date filters; each answer is the whole HTML page (results,
  total count, facets and histogram);
* ``search_common``: the 30 most frequent words alone ("the", "said"): the worst case;
* ``browse``: /search with filters only (no words);
* ``speaker``: /speakers/{id} pages, half of them for the ten most quoted speakers (the worst
  case: most statements to count and chart), half for random speakers;
* ``statement``: /statements/{id} with its article, siblings and "repeated by" look-up;
* ``api``: /api/search with the same words.

Usage:
    python benchmarks/serve_load.py --db /tmp/qwbench/big.db [--concurrency 1] [--requests 300]

Targets (issue 4): search p95 < 100 ms, speaker page p95 < 200 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"[^\W\d_]{3,}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = f"from quotewatch.serve import serve; serve({str(db)!r}, '127.0.0.1', {port})"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, **quiet)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start")


def plan(db: Path, n: int, seed: int) -> dict[str, list[str]]:
    """A seeded list of URLs per kind, drawn from the database's own words and ids."""
    rng = random.Random(seed)
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    max_id = conn.execute("SELECT max(id) FROM statements").fetchone()[0]
    texts = [
        conn.execute(
            "SELECT text FROM statements WHERE id >= ? LIMIT 1", (rng.randint(1, max_id),)
        ).fetchone()[0]
        for _ in range(200)
    ]
    counts = Counter(w.lower() for t in texts for w in _WORD.findall(t))
    common = [w for w, _ in counts.most_common(30)]
    words = [w for w in counts if len(w) >= 5 and w not in set(common)]
    names = [r[0] for r in conn.execute(
        "SELECT text FROM entities WHERE id >= ? LIMIT 200", (rng.randint(1, 1000),)
    ) if _WORD.search(r[0])]  # fmt: skip
    top = [r[0] for r in conn.execute(
        "SELECT speaker_id FROM statements WHERE speaker_id IS NOT NULL"
        " GROUP BY speaker_id ORDER BY count(*) DESC LIMIT 10"
    )]  # fmt: skip
    all_speakers = [r[0] for r in conn.execute("SELECT id FROM speakers")]
    outlets = [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM articles LIMIT 50")]
    conn.close()

    def query() -> dict:
        shape = rng.random()
        if shape < 0.2:
            return {"q": rng.choice(words)}
        if shape < 0.4:
            return {"q": rng.choice(names)}
        if shape < 0.6:
            return {"q": f"{rng.choice(words)} {rng.choice(words)}"}
        if shape < 0.7:
            t = rng.choice(texts).split()
            i = rng.randrange(max(1, len(t) - 2))
            return {"q": '"' + " ".join(t[i : i + 2]) + '"'}
        if shape < 0.75:
            return {"q": rng.choice(words)[:4] + "*"}
        if shape < 0.85:
            return {"q": rng.choice(words), "outlet": rng.choice(outlets)}
        year = rng.randint(2015, 2024)
        return {
            "q": rng.choice(words),
            "speaker": rng.choice(top),
            "since": f"{year}-01-01",
            "until": f"{year + 1}-06-30",
        }

    def browse() -> dict:
        shape = rng.random()
        if shape < 0.4:
            return {"speaker": rng.choice(top)}
        if shape < 0.7:
            return {"outlet": rng.choice(outlets)}
        year = rng.randint(2015, 2024)
        return {"since": f"{year}-03", "until": f"{year}-05"}

    def speaker() -> str:
        return str(rng.choice(top) if rng.random() < 0.5 else rng.choice(all_speakers))

    return {
        "search": [f"/search?{urlencode(query())}" for _ in range(n)],
        "search_common": [f"/search?q={rng.choice(common)}" for _ in range(n // 3)],
        "browse": [f"/search?{urlencode(browse())}" for _ in range(n // 3)],
        "speaker": [f"/speakers/{speaker()}" for _ in range(n // 3)],
        "statement": [f"/statements/{rng.randint(1, max_id)}" for _ in range(n // 3)],
        "api": [f"/api/search?{urlencode(query())}" for _ in range(n // 3)],
    }


async def run(base: str, urls: list[str], concurrency: int) -> dict:
    """Send ``urls`` with at most ``concurrency`` in flight; latencies in milliseconds."""
    queue: asyncio.Queue[str] = asyncio.Queue()
    for url in urls:
        queue.put_nowait(url)
    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            url = queue.get_nowait()
            started = time.perf_counter()
            response = await client.get(url)
            latencies.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                errors.append(f"{response.status_code} {url}")

    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return summarise(latencies, elapsed, errors)


def summarise(latencies: list[float], elapsed: float, errors: list[str]) -> dict:
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "requests": len(latencies),
        "p50_ms": round(cuts[49], 1),
        "p95_ms": round(cuts[94], 1),
        "p99_ms": round(cuts[98], 1),
        "max_ms": round(max(latencies), 1),
        "req_per_s": round(len(latencies) / elapsed, 1),
        "errors": errors[:5],
        "error_count": len(errors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/qwbench/big.db"))
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    urls = plan(args.db, args.requests, args.seed)
    port = free_port()
    server = start_server(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        asyncio.run(run(base, urls["search"][:20] + urls["speaker"][:10], 2))  # warm-up
        results = {
            kind: asyncio.run(run(base, kind_urls, args.concurrency))
            for kind, kind_urls in urls.items()
        }
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(json.dumps({"db": str(args.db), "concurrency": args.concurrency, **results}, indent=1))


if __name__ == "__main__":
    main()
