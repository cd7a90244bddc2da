"""The ``quotewatch`` command: a thin layer over the pipeline and the store.

Every command turns a ``QuotewatchError`` into ``path: reason`` on stderr and a non-zero exit
status; no click object reaches a stage.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

import click

from quotewatch.errors import QuotewatchError

DEFAULT_DB = "quotewatch.db"


def db_option(fn: Callable) -> Callable:
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="SQLite database file.",
    )(fn)


def json_option(fn: Callable) -> Callable:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(fn)


def reports_errors(fn: Callable) -> Callable:
    """Show a QuotewatchError as one line naming the input, and exit 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except QuotewatchError as error:
            raise click.ClickException(str(error)) from error

    return wrapper


@click.group()
@click.version_option(package_name="quotewatch")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """Turn raw news pages into a searchable record of who said what."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


@main.command()
@click.argument("page", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--url", help="The page's URL, when known (helps outlet and date detection).")
@json_option
@reports_errors
def extract(page: str, url: str | None, as_json: bool) -> None:
    """Extract one page's article and statements; no database.

    Example: quotewatch extract page.txt --json
    """
    from quotewatch.pipeline import extract as extract_page
    from quotewatch.pipeline import extract_source

    if page == "-":
        article = extract_page(sys.stdin.buffer.read(), url=url, uri="<stdin>")
    else:
        article = extract_source(_one_source(page, url))
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=1))
        return
    from quotewatch.render import describe_article

    click.echo(describe_article(article))


def _one_source(path: str, url: str | None):
    """The single page in ``path``, read as ``ingest`` reads it (gzip, size cap, errors)."""
    from dataclasses import replace
    from itertools import islice

    from quotewatch.errors import QuotewatchError
    from quotewatch.sources import iter_sources

    found = list(islice(iter_sources([path]), 2))
    for item in found:
        if isinstance(item, QuotewatchError):
            raise item
    if len(found) != 1:
        raise QuotewatchError(path, "holds several pages: use quotewatch ingest")
    return replace(found[0], url=url) if url else found[0]


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--workers", type=int, default=None, help="Processes to use (default: one per core).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@reports_errors
def ingest(paths: tuple[str, ...], db_path: str, workers: int | None, quiet: bool) -> None:
    """Ingest files, folders, .warc/.warc.gz and JSONL into the database.

    Each page is stored in its own transaction; the same page twice adds nothing. A bad input is
    reported with its name and reason and the batch goes on; the exit status is 1 if any failed.

    Example: quotewatch ingest pages/ crawl.warc.gz --db news.db
    """
    from quotewatch.ingest import ingest_paths

    summary = ingest_paths(paths, db_path, workers=workers, progress=not quiet)
    for failure in summary.failures:
        click.echo(f"error: {failure}", err=True)
    click.echo(summary.describe(db_path))
    if summary.failures:
        sys.exit(1)


@main.command()
@click.argument("query", required=False)
@click.option("--speaker", help="Speaker name or any of their aliases.")
@click.option("--outlet", help="Outlet or agency, e.g. BelTA.")
@click.option("--since", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this date (YYYY-MM-DD).")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Only statements at least this sure; at 0.9, 97-98% had the right words and speaker "
    "on unseen news (docs/benchmarks.md).",
)
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@db_option
@json_option
@reports_errors
def quotes(
    query: str | None,
    speaker: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    min_confidence: float,
    limit: int,
    db_path: str,
    as_json: bool,
) -> None:
    """Search statements: full text, speaker, outlet, publication dates.

    Example: quotewatch quotes "Poland" --speaker Lukashenko --since 2022-01-01
    """
    from quotewatch.render import describe_statement_row
    from quotewatch.store import open_store, search_statements

    with open_store(db_path, readonly=True) as store:
        rows = search_statements(
            store,
            query,
            speaker=speaker,
            outlet=outlet,
            since=since,
            until=until,
            min_confidence=min_confidence,
            limit=limit,
        )
    if as_json:
        click.echo(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=1))
        return
    for row in rows:
        click.echo(describe_statement_row(row))
    click.echo(f"{len(rows)} statement(s)", err=True)


@main.command()
@db_option
@json_option
@reports_errors
def speakers(db_path: str, as_json: bool) -> None:
    """Speakers with their statement counts and aliases.

    Example: quotewatch speakers --json
    """
    from quotewatch.store import list_speakers, open_store

    with open_store(db_path, readonly=True) as store:
        rows = list_speakers(store)
    if as_json:
        click.echo(json.dumps([row.to_dict() for row in rows], ensure_ascii=False, indent=1))
        return
    for row in rows:
        aliases = ", ".join(a for a in row.aliases if a != row.name)
        click.echo(f"{row.statements:6d}  {row.name}" + (f"  (also: {aliases})" if aliases else ""))


@main.command()
@click.argument("article")
@db_option
@reports_errors
def show(article: str, db_path: str) -> None:
    """An article's text with its statements marked and their speakers named.

    ARTICLE is an article id, a content-hash prefix, a file name or a URL.

    Example: quotewatch show 1
    """
    from quotewatch.render import mark_statements
    from quotewatch.store import get_article, open_store

    with open_store(db_path, readonly=True) as store:
        found = get_article(store, article)
    if found is None:
        raise click.ClickException(f"{article}: no such article in {db_path}")
    click.echo(mark_statements(*found))


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
)
@click.option("--out", type=click.Path(dir_okay=False), help="Output file (default: stdout).")
@db_option
@reports_errors
def export(fmt: str, out: str | None, db_path: str) -> None:
    """Every statement with its article metadata, for pandas, R or a spreadsheet.

    Example: quotewatch export --format parquet --out statements.parquet
    """
    from quotewatch.store import export_statements, open_store

    if out is None and fmt == "parquet":
        raise click.UsageError("parquet is binary: give --out FILE")
    with open_store(db_path, readonly=True) as store:
        if out is None:
            count = export_statements(store, fmt, sys.stdout.buffer)
        else:
            count = export_statements(store, fmt, Path(out))
    click.echo(f"exported {count} statement(s)", err=True)


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@reports_errors
def serve(db_path: str, host: str, port: int) -> None:
    """Web app and JSON API over the database (read-only; /search, /api/, /openapi.json).

    Uploads (POST /api/ingest) are enabled only when QUOTEWATCH_WRITE_TOKEN is set; clients
    then send it as a bearer token.

    Example: quotewatch serve --db news.db --port 8000
    """
    import os

    from quotewatch.serve import serve as run_server

    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path}: no such database (run quotewatch ingest first)")
    run_server(db_path, host, port, write_token=os.environ.get("QUOTEWATCH_WRITE_TOKEN") or None)


@main.group(name="eval")
def evaluate() -> None:
    """Measure accuracy against annotated corpora."""


@evaluate.command()
@click.argument("path", type=click.Path(exists=True))
@click.option("--errors", is_flag=True, help="List misses and false statements grouped by cause.")
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
@reports_errors
def polnear(path: str, errors: bool, limit: int | None) -> None:
    """Statement and speaker accuracy on PolNeAR-format JSONL(.gz).

    Example: quotewatch eval polnear ../shared/corpus/polnear/dev.jsonl.gz
    """
    from quotewatch.evaluation.polnear import evaluate_polnear

    click.echo(evaluate_polnear(path, errors=errors, limit=limit).format())


@evaluate.command(name="news-pages")
@click.argument("path", type=click.Path(exists=True, file_okay=False))
@click.option("--errors", is_flag=True, help="List each miss, false statement and wrong speaker.")
@reports_errors
def news_pages(path: str, errors: bool) -> None:
    """Statement and speaker accuracy on the hand-annotated English news-pages articles.

    PATH is the news-pages folder (it holds gold.jsonl with the article texts); the annotation
    ships with quotewatch (offsets and speakers only).

    Example: quotewatch eval news-pages ../shared/corpus/news-pages
    """
    from quotewatch.evaluation.newspages import evaluate_newspages

    click.echo(evaluate_newspages(path, errors=errors).format())


@evaluate.command()
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--errors", is_flag=True, help="List each miss, false statement and wrong speaker.")
@reports_errors
def annotated(folders: tuple[str, ...], errors: bool) -> None:
    """Statement and speaker accuracy on texts you annotated (docs/annotation.md).

    Each FOLDER holds texts/NAME.txt ([PN]-marked paragraphs) and gold/NAME.jsonl.

    Example: quotewatch eval annotated blind/a blind/b
    """
    from quotewatch.evaluation.annotated import evaluate_annotated

    click.echo(evaluate_annotated(list(folders), errors=errors).format())
