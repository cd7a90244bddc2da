"""The docs are part of the contract: every command and every JSON field is documented."""

from __future__ import annotations

import re

from click.testing import CliRunner

from paths import REPO
from quotewatch.cli import main
from quotewatch.model import (
    Article,
    Dateline,
    Entity,
    OffsetMap,
    Page,
    Segment,
    Statement,
)


def _sample_article() -> Article:
    text = "Headline\n\nBody says hello."
    page = Page(
        uri="x",
        input_kind="text",
        input_text=text,
        encoding="utf-8",
        title="Headline",
        text=text,
        body_start=10,
        offsets=OffsetMap((Segment(0, 0, len(text)),)),
        dateline=Dateline("X", "X", None, 10, 11),
    )
    entity = Entity("Body", "ORG", 10, 14)
    statement = Statement(
        "hello", "indirect", 20, 25, "says", "Body", 10, 14, "Body", "organisation", 0.5, (entity,)
    )
    return Article(page, (statement,), (entity,))


def test_every_json_field_is_documented():
    documented = (REPO / "docs" / "model.md").read_text()
    document = _sample_article().to_dict()
    fields = set(document) | set(document["quotes"][0]) | set(document["dateline"])
    missing = sorted(f for f in fields if f"`{f}`" not in documented)
    assert not missing, f"fields missing from docs/model.md: {missing}"


def test_every_command_is_documented_and_has_help():
    documented = (REPO / "docs" / "cli.md").read_text()
    evaluations = [f"eval {name}" for name in main.commands["eval"].commands]
    commands = [name for name in main.commands if name != "eval"] + evaluations
    for command in commands:
        assert re.search(rf"`quotewatch {command}\b", documented), f"{command} not in docs/cli.md"
        result = CliRunner().invoke(main, [*command.split(), "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, command


def test_readme_quick_start_is_what_ci_runs():
    readme = (REPO / "README.md").read_text()
    ci = (REPO / ".ci" / "run").read_text()
    assert "bash scripts/test.sh" in readme and "bash scripts/test.sh" in ci
