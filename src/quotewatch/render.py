"""Plain-text views for the terminal: one place that decides how a statement reads to a person."""

from __future__ import annotations

import textwrap

from quotewatch.model import Article, Statement

WIDTH = 100


def describe_article(article: Article) -> str:
    """A readable summary of ``extract``'s result: metadata, then each statement."""
    page = article.page
    dateline = page.dateline.text if page.dateline else "-"
    lines = [
        f"title:      {page.title}",
        f"published:  {page.published or '-'}",
        f"page date:  {page.page_date or '-'}",
        f"dateline:   {dateline}",
        f"outlet:     {page.outlet or '-'}   language: {page.language or '-'}",
        f"statements: {len(article.statements)}",
        "",
    ]
    for number, statement in enumerate(article.statements, 1):
        lines.append(_statement_block(number, statement))
    return "\n".join(lines)


def _statement_block(number: int, statement: Statement) -> str:
    who = statement.speaker or f"(unresolved: {statement.speaker_mention or 'no mention'})"
    head = (
        f"[{number}] {who} — {statement.kind}, cue {statement.cue!r}, "
        f"mention {statement.speaker_mention!r}, confidence {statement.confidence:.2f}"
    )
    body = textwrap.indent(textwrap.fill(statement.text, WIDTH - 4), "    ")
    return f"{head}\n{body}\n"


def describe_statement_row(row) -> str:
    """One search hit: who, when, where, then the words."""
    who = row.speaker or f"(unresolved: {row.speaker_mention or 'no mention'})"
    when = (row.published or "")[:16] or "undated"
    where = row.outlet or "unknown outlet"
    head = f"{who} — {when}, {where} [{row.kind}, {row.confidence:.2f}] article {row.article_id}"
    body = textwrap.indent(textwrap.fill(row.text, WIDTH - 4), "    ")
    return f"{head}\n{body}\n"


def mark_statements(article, statements) -> str:
    """The article text (headline first) with each statement in ⟦…⟧ and a key of speakers."""
    text = article.text
    pieces: list[str] = []
    cursor = 0
    for number, row in enumerate(sorted(statements, key=lambda r: r.start), 1):
        if row.start < cursor:  # overlapping statements: mark the first only
            continue
        pieces += [text[cursor : row.start], "⟦", text[row.start : row.end], f"⟧[{number}]"]
        cursor = row.end
    pieces.append(text[cursor:])
    source = f"{article.outlet or 'unknown outlet'} · published {article.published or '-'}"
    header = [f"{source} · {article.url or article.uri}", "─" * min(WIDTH, len(source) + 20), ""]
    key = ["", "", "Statements:"]
    for number, row in enumerate(sorted(statements, key=lambda r: r.start), 1):
        who = row.speaker or f"unresolved ({row.speaker_mention or 'no mention'})"
        key.append(f"  [{number}] {who} — {row.kind}, cue {row.cue!r}")
    return "\n".join(header) + "".join(pieces) + "\n".join(key)
