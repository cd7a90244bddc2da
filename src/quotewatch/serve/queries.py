"""Read-only SQL for the web app, over the store's schema (src/quotewatch/store/schema.sql).

Why here and not in ``quotewatch.store``: the pages need facets, histograms, timelines and
"repeated by" look-ups that the CLI does not; they are plain parameterised SELECTs over the
store's tables and never write. Every function returns plain dicts whose field names follow
``Article.to_dict()`` / ``StatementRow`` so HTML, JSON, CSV, JSONL and Atom share one shape.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from difflib import SequenceMatcher

from quotewatch.store.sqlite import row_id

# Facets and the histogram are computed over at most this many matches, so a query matching
# half the corpus still answers quickly; pages say when counts cover a sample.
FACET_SCAN_LIMIT = 5_000
# Above it, a uniform sample of about this many matches: top values within a few per cent.
FACET_SAMPLE = 2_000
FACET_SIZE = 10
# Entities and mentions on a speaker page come from their most recently stored statements.
PROFILE_SCAN_LIMIT = 5_000
REPEAT_LIMIT = 50
# A total above this is shown as "more than"; exact totals need every match read.
COUNT_CAP = 1_000
_MARK_OPEN, _MARK_CLOSE = "\x01", "\x02"
_WORD = re.compile(r"\w+", re.UNICODE)

STATEMENT_COLUMNS = """
    s.id, s.article_id, s.seq, s.text, s.kind, s.cue, s.speaker, s.speaker_kind, s.speaker_id,
    sp.name AS speaker_canonical, s.speaker_mention, s.text_start AS start, s.text_end AS "end",
    s.source_start, s.source_end, s.speaker_mention_start, s.speaker_mention_end,
    s.speaker_mention_text_start, s.speaker_mention_text_end, s.confidence,
    a.content_hash AS article_hash, a.title, a.uri, a.url, a.outlet, a.published,
    a.dateline_text AS dateline, a.language
"""
STATEMENT_FROM = """
    FROM statements s
    JOIN articles a ON a.id = s.article_id
    LEFT JOIN speakers sp ON sp.id = s.speaker_id
"""


@dataclass(frozen=True, slots=True)
class Filters:
    """What a search asks for; every field is optional and they combine with AND."""

    q: str = ""
    speaker: str | None = None  # a speaker id, or a name matched like `quotes --speaker`
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    entity: str | None = None
    language: str | None = None
    kind: str | None = None

    def without(self, name: str) -> Filters:
        return replace(self, **{name: "" if name == "q" else None})

    def params(self) -> dict[str, str]:
        """The non-empty filters as query-string parameters (for links and exports)."""
        out = {}
        for name in self.__slots__:
            value = getattr(self, name)
            if value not in (None, ""):
                out[name] = str(value)
        return out


def fts_query(text: str) -> str:
    """Turn what a user typed into a safe FTS5 query: quoted phrases and words, ANDed.

    Why: raw FTS5 syntax raises on a stray quote or parenthesis; users type names and phrases.
    ``"only force"`` stays a phrase, ``negot*`` stays a prefix search, everything else is a word.
    """
    parts = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', text):
        if phrase:
            words = _WORD.findall(phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        words = _WORD.findall(word)
        prefix = word.endswith("*") and len(words) == 1
        for w in words:
            parts.append(f'"{w}"' + ("*" if prefix else ""))
    return " ".join(parts)


def _where(
    conn: sqlite3.Connection, filters: Filters, labels: tuple[str, ...], how: Plan | None = None
) -> tuple[str, list]:
    """The WHERE clause (parameterised) for a filter set, over ``s`` and ``a``.

    Unary ``+`` on a column keeps SQLite from using its index, so that the index ``how``
    chose leads and every other filter is a cheap test on rows already read (see ``choose``).
    """
    how = how or Plan()

    def p(name: str) -> str:
        return "" if how.leads(name) else "+"

    clauses, params = [], []
    match = fts_query(filters.q)
    if match:
        if how.driver == "fts":
            clauses.append("statements_fts MATCH ?")
        elif how.probe:
            clauses.append(
                "EXISTS (SELECT 1 FROM statements_fts f"
                " WHERE f.rowid = s.id AND statements_fts MATCH ?)"
            )
        else:
            clauses.append(
                f"{p('fts')}s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"
            )
        params.append(match)
    if filters.speaker:
        ids = speaker_ids(conn, filters.speaker)
        marks = ", ".join("?" for _ in ids) or "NULL"
        clauses.append(f"{p('speaker')}s.speaker_id IN ({marks})")
        params.extend(ids)
    if filters.outlet:
        clauses.append(f"{p('articles')}a.outlet = ?")
        params.append(filters.outlet)
    dates = "" if how.leads("articles") or how.driver == "walk" else "+"
    if filters.since:
        clauses.append(f"{dates}a.published >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append(f"{dates}a.published < ?")
        params.append(after(filters.until))
    if filters.language:
        clauses.append("+a.language = ?")
        params.append(filters.language)
    if filters.kind:
        clauses.append(f"{p('kind')}s.kind = ?")
        params.append(filters.kind)
    if filters.entity:
        marks = ", ".join("?" for _ in labels) or "NULL"
        clauses.append(
            f"{p('entity')}s.id IN (SELECT se.statement_id FROM statement_entities se"
            f" JOIN entities e ON e.id = se.entity_id WHERE e.label IN ({marks}) AND e.text = ?)"
        )
        params.extend([*labels, filters.entity])
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def after(until: str) -> str:
    """The exclusive upper bound for an inclusive ``until`` of ``YYYY``, ``YYYY-MM`` or a day.

    "until 2022-02" includes all of February: every ISO timestamp in it sorts below "2022-03".
    """
    if len(until) == 4:
        return str(int(until) + 1)
    if len(until) == 7:
        year, month = int(until[:4]), int(until[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    try:
        return (date.fromisoformat(until) + timedelta(days=1)).isoformat()
    except ValueError:
        return until + "\uffff"  # not a real day (2022-02-31): everything starting with it


def speaker_ids(conn: sqlite3.Connection, speaker: str) -> list[int]:
    """A numeric id is that speaker; a name covers its spellings (the store's own matching)."""
    number = row_id(speaker)
    if number is not None:
        return [number]
    from quotewatch.store.speakers import find_speaker_ids

    return find_speaker_ids(conn, speaker)


def entity_labels(conn: sqlite3.Connection) -> tuple[str, ...]:
    """Every entity label in the store; lets ``e.text = ?`` use the (label, text) index."""
    rows = conn.execute(
        "WITH RECURSIVE l(x) AS (SELECT min(label) FROM entities UNION ALL"
        " SELECT (SELECT min(label) FROM entities WHERE label > x) FROM l WHERE x IS NOT NULL)"
        " SELECT x FROM l WHERE x IS NOT NULL"
    ).fetchall()
    return tuple(r[0] for r in rows)


def _dicts(cursor: sqlite3.Cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def search(
    conn: sqlite3.Connection,
    filters: Filters,
    *,
    limit: int,
    offset: int = 0,
    sort: str = "newest",
    labels: tuple[str, ...] = (),
) -> list[dict]:
    """One page of matching statements, newest (or oldest) first, with highlights.

    Two steps: the page's ids by a lean query whose join order is chosen by ``choose``,
    then the full rows for those ids only.
    """
    order = "a.published ASC, s.id ASC" if sort == "oldest" else "a.published DESC, s.id DESC"
    how = choose(conn, filters, labels, offset + limit)
    where, params = _where(conn, filters, labels, how)
    source = _source(how)
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT s.id FROM {source} {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
    rows = by_ids(conn, ids)
    _attach_entities(conn, rows)
    _attach_highlights(conn, rows, filters.q)
    return rows


def by_ids(conn: sqlite3.Connection, ids: list[int]) -> list[dict]:
    """Full statement rows for ``ids``, in that order."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    found = {
        row["id"]: row
        for row in _dicts(
            conn.execute(
                f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM} WHERE s.id IN ({marks})", ids
            )
        )
    }
    return [found[i] for i in ids if i in found]


@dataclass(frozen=True, slots=True)
class Plan:
    """Which index leads a query; every other filter is then a test on the rows it yields.

    ``walk``: articles newest-first by their published index, so an ordered page stops early;
    ``fts``, ``speaker``, ``entity``, ``articles`` (outlet or dates): that filter's matches
    first; ``default``: let SQLite choose. ``probe``: while walking, test each statement
    against the FTS index instead of listing every match first.
    """

    driver: str = "default"
    probe: bool = False

    def leads(self, name: str) -> bool:
        return self.driver in (name, "default")


# Relative costs, in "rows read" (measured on the 1M-statement benchmark store): listing an
# FTS match costs about a tenth of reading a row; probing FTS for one row about fifty rows.
_LIST_COST, _PROBE_COST, _SORT_COST = 0.1, 50.0, 1.2


def choose(
    conn: sqlite3.Connection,
    filters: Filters,
    labels: tuple[str, ...],
    wanted: int,
    *,
    ordered: bool = True,
) -> Plan:
    """The cheapest way to find the first ``wanted`` matches, from index-only counts.

    SQLite's planner cannot do this itself: it does not know how many rows an FTS match
    returns, so it treats "the" (630,000 matches in a million statements) like a rare name.
    Walking articles by date reads about ``wanted / selectivity`` rows and stops; leading
    with a filter reads all of its matches (and, for an ordered page, sorts them).
    """
    total, counts = _stats(conn, filters, labels)
    if not total or not counts:
        return Plan("walk" if ordered else "default")
    share = {k: max(n, 0.5) / total for k, n in counts.items()}
    everything = math.prod(share.values())
    listing = _LIST_COST * counts.get("q", 0)
    options = {("walk", False): wanted / everything + listing}
    if "q" in counts and "*" not in fts_query(filters.q):
        options["walk", True] = wanted / everything * _PROBE_COST
    for name, n in counts.items():
        others = everything / share[name]
        rows = n * _SORT_COST if ordered else min(n, wanted / others)
        options[name, False] = rows + (0 if name == "q" else listing)
    (driver, probe), _ = min(options.items(), key=lambda item: item[1])
    return Plan({"q": "fts"}.get(driver, driver), probe)


def estimate(conn: sqlite3.Connection, filters: Filters, labels: tuple[str, ...]) -> float:
    """About how many statements match (filters taken as independent)."""
    total, counts = _stats(conn, filters, labels)
    return total * math.prod(n / total for n in counts.values()) if total else 0.0


_STATS: dict[tuple, tuple[int, dict[str, float]]] = {}


def _stats(
    conn: sqlite3.Connection, filters: Filters, labels: tuple[str, ...]
) -> tuple[int, dict[str, float]]:
    """``_filter_counts``, remembered while no statement is added: planning a search page
    needs them three times (results, count, facets), and "the" alone takes 20 ms to count."""
    top = conn.execute("SELECT max(id) FROM statements").fetchone()[0]
    key = (filters, labels, top)
    hit = _STATS.get(key)
    if hit is None:
        hit = _filter_counts(conn, filters, labels)
        if len(_STATS) > 512:
            _STATS.clear()
        _STATS[key] = hit
    return hit


def _filter_counts(
    conn: sqlite3.Connection, filters: Filters, labels: tuple[str, ...]
) -> tuple[int, dict[str, float]]:
    """The number of statements, and how many each indexed filter keeps (index reads only)."""
    total = conn.execute("SELECT max(id) FROM statements").fetchone()[0] or 0
    counts: dict[str, float] = {}
    match = fts_query(filters.q)
    if match:
        counts["q"] = conn.execute(
            "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?", [match]
        ).fetchone()[0]
    if filters.speaker:
        ids = speaker_ids(conn, filters.speaker)
        marks = ", ".join("?" for _ in ids) or "NULL"
        counts["speaker"] = conn.execute(
            f"SELECT count(*) FROM statements WHERE speaker_id IN ({marks})", ids
        ).fetchone()[0]
    if filters.entity:
        marks = ", ".join("?" for _ in labels) or "NULL"
        counts["entity"] = conn.execute(
            "SELECT count(*) FROM statement_entities se JOIN entities e ON e.id = se.entity_id"
            f" WHERE e.label IN ({marks}) AND e.text = ?",
            [*labels, filters.entity],
        ).fetchone()[0]
    if filters.outlet or filters.since or filters.until:
        counts["articles"] = _article_share(conn, filters) * total
    return total, counts


def _article_share(conn: sqlite3.Connection, filters: Filters) -> float:
    """The share of articles an outlet and/or date range keeps (one index range count)."""
    clauses, params = [], []
    if filters.outlet:
        clauses.append("outlet = ?")
        params.append(filters.outlet)
    if filters.since:
        clauses.append("published >= ?")
        params.append(filters.since)
    if filters.until:
        clauses.append("published < ?")
        params.append(after(filters.until))
    n, most = conn.execute(
        f"SELECT count(*), (SELECT max(id) FROM articles) FROM articles"
        f" WHERE {' AND '.join(clauses)}",
        params,
    ).fetchone()
    return n / max(most or 1, 1)


def _source(how: Plan) -> str:
    """The FROM clause that makes ``how.driver`` the outer loop."""
    if how.driver == "fts":
        return (
            "statements_fts CROSS JOIN statements s ON s.id = statements_fts.rowid"
            " CROSS JOIN articles a ON a.id = s.article_id"
        )
    if how.driver in ("walk", "articles"):
        return "articles a CROSS JOIN statements s ON s.article_id = a.id"
    if how.driver in ("speaker", "entity"):
        return "statements s CROSS JOIN articles a ON a.id = s.article_id"
    return "statements s JOIN articles a ON a.id = s.article_id"


def iter_search(
    conn: sqlite3.Connection, filters: Filters, *, limit: int, labels: tuple[str, ...] = ()
) -> Iterator[dict]:
    """Every match (up to ``limit``), newest first, for exports; no highlights.

    Ids first (planned like a page, sorted without dragging the text along), then the rows
    in batches, so memory holds ids, not statements.
    """
    how = choose(conn, filters, labels, limit)
    where, params = _where(conn, filters, labels, how)
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT s.id FROM {_source(how)} {where} ORDER BY a.published DESC, s.id DESC LIMIT ?",
            [*params, limit],
        )
    ]
    for start in range(0, len(ids), 500):
        rows = by_ids(conn, ids[start : start + 500])
        _attach_entities(conn, rows)
        yield from rows


def count(
    conn: sqlite3.Connection, filters: Filters, labels: tuple[str, ...] = ()
) -> tuple[int, bool]:
    """How many statements match, and whether that number is exact.

    Words alone, a speaker alone, or nothing, are counted exactly from an index. Any other
    combination is counted up to ``COUNT_CAP`` ("more than 10,000"): beyond that an exact
    number would mean reading every match, and the user narrows the search anyway.
    """
    given = filters.params().keys()
    match = fts_query(filters.q)
    if given <= {"q"} and match:
        return int(_stats(conn, filters, labels)[1]["q"]), True
    if given <= {"speaker"}:
        where, params = _where(conn, filters, labels)
        return conn.execute(f"SELECT count(*) FROM statements s{where}", params).fetchone()[0], True
    how = choose(conn, filters, labels, COUNT_CAP + 1, ordered=False)
    where, params = _where(conn, filters, labels, how)
    n = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {_source(how)} {where} LIMIT ?)",
        [*params, COUNT_CAP + 1],
    ).fetchone()[0]
    return min(n, COUNT_CAP), n <= COUNT_CAP


def _attach_entities(conn: sqlite3.Connection, rows: list[dict]) -> None:
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        row["entities"] = []
    if not by_id:
        return
    marks = ", ".join("?" for _ in by_id)
    cur = conn.execute(
        "SELECT se.statement_id, e.id, e.text, e.label, e.text_start, e.text_end"
        " FROM statement_entities se JOIN entities e ON e.id = se.entity_id"
        f" WHERE se.statement_id IN ({marks}) ORDER BY se.statement_id, se.seq",
        list(by_id),
    )
    for sid, eid, text, label, start, end in cur:
        by_id[sid]["entities"].append(
            {"id": eid, "text": text, "label": label, "start": start, "end": end}
        )


def _attach_highlights(conn: sqlite3.Connection, rows: list[dict], q: str) -> None:
    """Add ``marked``: the text split into (is_match, piece) runs, for safe rendering.

    Why pieces and not HTML: the template escapes each piece, so article text can never
    become markup; a text that itself holds the marker characters is left unhighlighted.
    """
    for row in rows:
        row["marked"] = [(False, row["text"])]
    match = fts_query(q)
    if not rows or not match:
        return
    by_id = {row["id"]: row for row in rows}
    marks = ", ".join("?" for _ in by_id)
    cur = conn.execute(
        "SELECT rowid, highlight(statements_fts, 0, ?, ?) FROM statements_fts"
        f" WHERE statements_fts MATCH ? AND rowid IN ({marks})",
        [_MARK_OPEN, _MARK_CLOSE, match, *by_id],
    )
    for rowid, marked in cur:
        row = by_id[rowid]
        if _MARK_OPEN in row["text"] or _MARK_CLOSE in row["text"]:
            continue
        row["marked"] = split_marks(marked)


def split_marks(marked: str) -> list[tuple[bool, str]]:
    pieces: list[tuple[bool, str]] = []
    for i, part in enumerate(re.split(f"[{_MARK_OPEN}{_MARK_CLOSE}]", marked)):
        if part:
            pieces.append((i % 2 == 1, part))
    return pieces


def facets(conn: sqlite3.Connection, filters: Filters, labels: tuple[str, ...] = ()) -> dict:
    """Counts per speaker, outlet, language, kind, entity and month over the matches.

    Exact up to ``FACET_SCAN_LIMIT`` matches. Beyond, every ``step``-th statement id is read
    (about ``FACET_SAMPLE`` of them) and counts are multiplied by ``step``: ids do not follow
    dates, speakers or outlets, so this is a uniform sample of all the matches, not just the
    oldest or newest ones.
    """
    matches = estimate(conn, filters, labels)
    step = 1 if matches <= FACET_SCAN_LIMIT else math.ceil(matches / FACET_SAMPLE)
    how = choose(conn, filters, labels, FACET_SCAN_LIMIT * step, ordered=False)
    where, params = _where(conn, filters, labels, how)
    source = _source(how)
    if step > 1 and not _stats(conn, filters, labels)[1]:
        # Nothing indexed narrows the scan: visit every step-th id directly, not every row.
        source = (
            "sample CROSS JOIN statements s ON s.id = sample.x"
            " CROSS JOIN articles a ON a.id = s.article_id"
        )
    elif step > 1:
        rowid = "statements_fts.rowid" if how.driver == "fts" else "s.id"
        where = f"{where} AND {rowid} % ? = 0" if where else f" WHERE {rowid} % ? = 0"
        params = [*params, step]
    params = [step, step, step, *params]  # the sample CTE's, bound even when unused
    rows = conn.execute(
        f"""WITH RECURSIVE sample(x) AS (
                SELECT ? UNION ALL SELECT x + ? FROM sample
                WHERE x + ? <= (SELECT max(id) FROM statements)),
            m AS MATERIALIZED (
                SELECT s.id, s.speaker_id, a.outlet, a.language, s.kind,
                       substr(a.published, 1, 7) AS month
                FROM {source} {where}
                LIMIT {FACET_SCAN_LIMIT})
            SELECT 'speaker', CAST(speaker_id AS TEXT), count(*) FROM m
                WHERE speaker_id IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'outlet', outlet, count(*) FROM m WHERE outlet IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'language', language, count(*) FROM m
                WHERE language IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'kind', kind, count(*) FROM m GROUP BY 2
            UNION ALL SELECT 'month', month, count(*) FROM m WHERE month IS NOT NULL GROUP BY 2
            UNION ALL SELECT 'entity', e.text, count(DISTINCT m.id) FROM m
                JOIN statement_entities se ON se.statement_id = m.id
                JOIN entities e ON e.id = se.entity_id GROUP BY 2
            UNION ALL SELECT 'total', NULL, count(*) FROM m""",
        params,
    ).fetchall()
    groups: dict[str, list[tuple[str, int]]] = {}
    scanned = 0
    for facet, value, n in rows:
        if facet == "total":
            scanned = n
        else:
            groups.setdefault(facet, []).append((value, n))
    sampled = step > 1 or scanned >= FACET_SCAN_LIMIT
    out: dict = {"scanned": scanned, "sampled": sampled, "step": step}
    for facet in ("speaker", "outlet", "language", "kind", "entity"):
        top = sorted(groups.get(facet, []), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
        out[facet] = [{"value": v, "count": n * step} for v, n in top]
    _name_speakers(conn, out["speaker"])
    out["histogram"] = fill_months(
        [{"bucket": v, "count": n * step} for v, n in sorted(groups.get("month", []))]
    )
    return out


def _name_speakers(conn: sqlite3.Connection, items: list[dict]) -> None:
    ids = [int(item["value"]) for item in items]
    names = dict(
        conn.execute(
            f"SELECT id, name FROM speakers WHERE id IN ({', '.join('?' for _ in ids)})", ids
        ).fetchall()
    )
    for item in items:
        item["value"] = int(item["value"])
        item["label"] = names.get(item["value"], str(item["value"]))


def statement(conn: sqlite3.Connection, statement_id: int) -> dict | None:
    cur = conn.execute(
        f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM} WHERE s.id = ?", [statement_id]
    )
    rows = _dicts(cur)
    if not rows:
        return None
    _attach_entities(conn, rows)
    return rows[0]


def article(conn: sqlite3.Connection, article_id: int) -> dict | None:
    """An article's metadata and text, in ``Article.to_dict()`` field names."""
    cur = conn.execute(
        """SELECT id, content_hash AS hash, uri, url, input_kind, encoding, title, published,
                  page_date, modified, captured_at, dateline_text, dateline_place,
                  dateline_agency, dateline_start, dateline_end, outlet, language, authors,
                  text, body_start, media_type, ingested_at
           FROM articles WHERE id = ?""",
        [article_id],
    )
    rows = _dicts(cur)
    if not rows:
        return None
    row = rows[0]
    row["authors"] = _json_list(row["authors"])
    row["body"] = row["text"][row["body_start"] :]
    row["dateline"] = _dateline(row)
    return row


def _dateline(row: dict) -> dict | None:
    text = row.pop("dateline_text")
    parts = {k: row.pop(f"dateline_{k}") for k in ("place", "agency", "start", "end")}
    return None if text is None else {"text": text, **parts}


def _json_list(value: str | None) -> list[str]:
    try:
        data = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(x) for x in data] if isinstance(data, list) else []


def article_statements(conn: sqlite3.Connection, article_id: int) -> list[dict]:
    cur = conn.execute(
        f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM} WHERE s.article_id = ? ORDER BY s.seq",
        [article_id],
    )
    rows = _dicts(cur)
    _attach_entities(conn, rows)
    return rows


def _normal_words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def repeats(conn: sqlite3.Connection, row: dict) -> list[dict]:
    """The same or near-identical statement in other articles, earliest first.

    How: an FTS AND-query on the statement's six longest distinct words finds candidates
    cheaply; word-sequence similarity (difflib, >= 0.6) keeps the near-identical ones and
    ``identical`` marks the same words in the same order (case and punctuation ignored).
    """
    words = _normal_words(row["text"])
    key = sorted(set(words), key=lambda w: (-len(w), w))[:6]
    if len(key) < 2:
        return []
    match = " ".join(f'"{w}"' for w in key)
    cur = conn.execute(
        f"SELECT {STATEMENT_COLUMNS} {STATEMENT_FROM}"
        " WHERE s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)"
        " AND s.article_id != ? ORDER BY a.published ASC, s.id ASC LIMIT ?",
        [match, row["article_id"], REPEAT_LIMIT * 4],
    )
    found = []
    for other in _dicts(cur):
        other_words = _normal_words(other["text"])
        ratio = SequenceMatcher(None, words, other_words, autojunk=False).ratio()
        if ratio >= 0.6:
            other["similarity"] = round(ratio, 3)
            other["identical"] = other_words == words
            found.append(other)
    found = found[:REPEAT_LIMIT]
    _attach_entities(conn, found)
    return found


def speaker(conn: sqlite3.Connection, speaker_id: int) -> dict | None:
    row = conn.execute("SELECT id, name, kind FROM speakers WHERE id = ?", [speaker_id]).fetchone()
    if row is None:
        return None
    aliases = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY id", [speaker_id]
        )
    ]
    n, articles = conn.execute(
        "SELECT count(*), count(DISTINCT article_id) FROM statements WHERE speaker_id = ?",
        [speaker_id],
    ).fetchone()
    mentions = conn.execute(
        "SELECT speaker_mention, count(*) FROM (SELECT speaker_mention FROM statements"
        " WHERE speaker_id = ? ORDER BY id DESC LIMIT ?)"
        " WHERE speaker_mention IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?",
        [speaker_id, PROFILE_SCAN_LIMIT, FACET_SIZE],
    ).fetchall()
    return {
        "id": row[0],
        "name": row[1],
        "kind": row[2],
        "aliases": aliases,
        "statements": n,
        "articles": articles,
        "mentions": [{"value": m, "count": c} for m, c in mentions],
    }


def timeline(
    conn: sqlite3.Connection, filters: Filters, by: str = "month", labels: tuple[str, ...] = ()
) -> list[dict]:
    """Matches per month (``YYYY-MM``) or ISO-ish week (``YYYY-Www``), over all matches."""
    bucket = (
        "strftime('%Y-W%W', substr(a.published, 1, 10))"
        if by == "week"
        else "substr(a.published, 1, 7)"
    )
    where, params = _where(conn, filters, labels)
    rows = conn.execute(
        f"SELECT {bucket} AS b, count(*) FROM statements s JOIN articles a ON a.id = s.article_id"
        f"{where} GROUP BY b HAVING b IS NOT NULL ORDER BY b",
        params,
    ).fetchall()
    buckets = [{"bucket": b, "count": n} for b, n in rows]
    return buckets if by == "week" else fill_months(buckets)


_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_MAX_FILLED = 600  # 50 years of months; beyond that a bogus date would draw a useless chart


def fill_months(buckets: list[dict]) -> list[dict]:
    """Add the months with no statements, so a chart's gaps are visible as gaps.

    Buckets that are not ``YYYY-MM`` (a malformed date) are dropped from the chart.
    """
    months = {b["bucket"]: b["count"] for b in buckets if _MONTH.match(b["bucket"] or "")}
    if not months:
        return []
    first, last = min(months), max(months)
    year, month = int(first[:4]), int(first[5:])
    out = []
    while len(out) < _MAX_FILLED:
        key = f"{year:04d}-{month:02d}"
        out.append({"bucket": key, "count": months.get(key, 0)})
        if key >= last:
            break
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def top_entities(
    conn: sqlite3.Connection, filters: Filters, labels: tuple[str, ...] = ()
) -> list[dict]:
    """Entities most often inside the ``PROFILE_SCAN_LIMIT`` most recently stored matches.

    Stored order, not publication order: it needs no sort, so a speaker with 100,000
    statements costs the same as one with 5,000.
    """
    where, params = _where(conn, filters, labels)
    rows = conn.execute(
        f"""WITH m AS MATERIALIZED (
                SELECT s.id FROM statements s JOIN articles a ON a.id = s.article_id {where}
                ORDER BY s.id DESC LIMIT {PROFILE_SCAN_LIMIT})
            SELECT e.text, min(e.label), count(DISTINCT m.id) AS n FROM m
            JOIN statement_entities se ON se.statement_id = m.id
            JOIN entities e ON e.id = se.entity_id
            GROUP BY e.text ORDER BY n DESC, e.text LIMIT ?""",
        [*params, FACET_SIZE * 2],
    ).fetchall()
    return [{"value": t, "label": label, "count": n} for t, label, n in rows]


def entity(conn: sqlite3.Connection, name: str, labels: tuple[str, ...]) -> dict | None:
    marks = ", ".join("?" for _ in labels) or "NULL"
    rows = conn.execute(
        f"SELECT label, count(*), count(DISTINCT article_id) FROM entities"
        f" WHERE label IN ({marks}) AND text = ? GROUP BY label ORDER BY 2 DESC",
        [*labels, name],
    ).fetchall()
    if not rows:
        return None
    return {
        "name": name,
        "labels": [r[0] for r in rows],
        "mentions": sum(r[1] for r in rows),
        "articles": sum(r[2] for r in rows),
    }


def totals(conn: sqlite3.Connection) -> dict:
    one = conn.execute(
        """SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM statements),
                  (SELECT count(*) FROM speakers), (SELECT count(DISTINCT outlet) FROM articles),
                  (SELECT min(published) FROM articles), (SELECT max(published) FROM articles)"""
    ).fetchone()
    keys = ("articles", "statements", "speakers", "outlets", "first_published", "last_published")
    return dict(zip(keys, one, strict=True))


def list_speakers(conn: sqlite3.Connection, *, limit: int, offset: int = 0) -> list[dict]:
    """Speakers by number of statements, most quoted first (counted from the speaker index)."""
    cur = conn.execute(
        """SELECT sp.id, sp.name, sp.kind, c.n AS statements
           FROM (SELECT speaker_id, count(*) AS n FROM statements
                 WHERE speaker_id IS NOT NULL GROUP BY speaker_id) c
           JOIN speakers sp ON sp.id = c.speaker_id
           ORDER BY c.n DESC, sp.id LIMIT ? OFFSET ?""",
        [limit, offset],
    )
    return _dicts(cur)


def list_outlets(conn: sqlite3.Connection, *, limit: int, offset: int = 0) -> list[dict]:
    cur = conn.execute(
        """SELECT a.outlet AS name, count(DISTINCT a.id) AS articles, count(s.id) AS statements,
                  min(a.published) AS first_published, max(a.published) AS last_published
           FROM articles a LEFT JOIN statements s ON s.article_id = a.id
           WHERE a.outlet IS NOT NULL GROUP BY a.outlet
           ORDER BY statements DESC, a.outlet LIMIT ? OFFSET ?""",
        [limit, offset],
    )
    return _dicts(cur)


def list_entities(conn: sqlite3.Connection, *, limit: int, offset: int = 0) -> list[dict]:
    """Entities by the number of statements that mention them."""
    cur = conn.execute(
        """SELECT e.text AS name, min(e.label) AS label,
                  count(DISTINCT se.statement_id) AS statements
           FROM statement_entities se JOIN entities e ON e.id = se.entity_id
           GROUP BY e.text ORDER BY statements DESC, e.text LIMIT ? OFFSET ?""",
        [limit, offset],
    )
    return _dicts(cur)


def outlet(conn: sqlite3.Connection, name: str) -> dict | None:
    row = conn.execute(
        "SELECT count(*), min(published), max(published) FROM articles WHERE outlet = ?", [name]
    ).fetchone()
    if not row[0]:
        return None
    return {"name": name, "articles": row[0], "first_published": row[1], "last_published": row[2]}
