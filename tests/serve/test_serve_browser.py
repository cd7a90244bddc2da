"""Real headless Chromium against a real uvicorn server on loopback: what a user actually sees.

Needs Debian's ``chromium`` and Playwright for Python (``scripts/install-browser.sh``); skips
with the reason when either is missing. Playwright drives /usr/bin/chromium directly: its own
browser download is never used. Also writes docs/screenshots/{search,speaker}.png.

The user flow and the screenshots run over a database that the real pipeline builds from the
bundled sample pages (``samples/pages``: a BelTA article quoting Aleksandr Lukashenko and a
Voice of America/AP article, as HTML and as text), so the README shows only statements that
were really published, attributed as the pipeline attributes them. Only the hostile-article
test uses the hand-built store of ``conftest.py``, and it takes no screenshot.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest

from paths import REPO
from quotewatch.ingest import ingest_paths
from quotewatch.serve import create_app

from .conftest import HOSTILE_ENTITY, HOSTILE_OUTLET, ids

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO / "docs" / "screenshots"
SAMPLES = REPO / "samples" / "pages"
LUKASHENKO = "Aleksandr Lukashenko"
BELTA_TITLE = "Lukashenko: Russia has never asked Belarus to participate in some operations"
ONLY_FORCE = "Nowhere. Only force."  # BelTA, 24 February 2022: the statement opened in context
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.browser
if not CHROMIUM.exists():
    pytest.skip(
        "browser tests need Debian's chromium at /usr/bin/chromium (scripts/install-browser.sh)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="browser tests need playwright (scripts/install-browser.sh)"
)
uvicorn = pytest.importorskip("uvicorn", reason="browser tests need uvicorn")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def _serving(app) -> Iterator[str]:
    """uvicorn serving ``app`` on 127.0.0.1, in a thread of this process."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample pages, through the real pipeline and writer (needs the spaCy model)."""
    path = tmp_path_factory.mktemp("samples") / "quotes.db"
    summary = ingest_paths([SAMPLES], path, workers=1)
    assert summary.failures == []
    assert summary.added == 3 and summary.statements > 0
    return path


@pytest.fixture(scope="module")
def sample_url(sample_db: Path) -> Iterator[str]:
    with _serving(create_app(str(sample_db))) as url:
        yield url


@pytest.fixture(scope="module")
def fixture_url(app) -> Iterator[str]:
    """The hand-built store of conftest.py, with its hostile article."""
    with _serving(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, java_script_enabled=True)
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.model
def test_search_then_statement_in_context_then_speaker_timeline(page, sample_url, sample_db):
    page.goto(sample_url + "/")
    page.fill("form.big-search input[name=q]", "Russia")
    page.press("form.big-search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Russia")
    results = page.locator("ol.statements > li.statement")
    shown = results.count()
    assert shown >= 2
    assert page.inner_text("#count").startswith(f"{shown} statements")
    marks = page.locator("ol.statements mark").all_inner_texts()
    assert marks and all(m.lower().startswith("russia") for m in marks), marks
    assert set(page.locator("ol.statements a.speaker").all_inner_texts()) == {LUKASHENKO}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "search.png"), full_page=True)

    results.locator("blockquote a", has_text=ONLY_FORCE).click()
    page.wait_for_url("**/statements/*")
    statement = int(page.url.rsplit("/", 1)[1].split("#")[0])
    [stored] = ids(sample_db, "SELECT text FROM statements WHERE id = ?", statement)
    highlighted = page.locator("mark#statement")
    assert highlighted.is_visible()
    assert _words(highlighted.inner_text()) == _words(stored)
    assert _words(stored).startswith(ONLY_FORCE)
    assert _words(stored) in _words(page.inner_text(".article-text"))
    assert BELTA_TITLE in page.inner_text("dl.source")

    page.locator("p.meta a.speaker").first.click()
    page.wait_for_url("**/speakers/*")
    assert page.inner_text("h1") == LUKASHENKO
    speaker = int(page.url.rsplit("/", 1)[1].split("?")[0])
    [count] = ids(sample_db, "SELECT count(*) FROM statements WHERE speaker_id = ?", speaker)
    assert count >= 2
    assert page.locator("figure.histogram svg rect").count() >= 1
    assert "2022-02" in page.inner_text("figure.histogram figcaption")
    assert page.locator("ol.statements > li.statement").count() == count
    page.screenshot(path=str(SCREENSHOTS / "speaker.png"), full_page=True)


def test_hostile_article_executes_nothing(page, fixture_url, db_path):
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    # Control: the same payload outside the app does run, so the checks below can see it.
    page.set_content('<img src="x:" onerror="window.__pwned=1">')
    page.wait_for_function("window.__pwned === 1")
    [article] = ids(db_path, "SELECT id FROM articles WHERE outlet = ?", HOSTILE_OUTLET)
    [statement] = ids(db_path, "SELECT min(id) FROM statements WHERE article_id = ?", article)
    [speaker] = ids(db_path, "SELECT speaker_id FROM statements WHERE id = ?", statement)
    paths = [
        "/search?q=script",
        "/search?q=javascript+alert",
        f"/statements/{statement}",
        f"/statements/{statement + 1}",
        f"/speakers/{speaker}",
        f"/outlets/{quote(HOSTILE_OUTLET, safe='')}",
        f"/entities/{quote(HOSTILE_ENTITY, safe='')}",
        "/outlets",
        "/entities",
        "/speakers",
        "/",
    ]
    for path in paths:
        page.goto(fixture_url + path)
        page.mouse.move(300, 300)  # would fire an onmouseover, were there one
        page.wait_for_timeout(50)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("script, iframe, img, [onerror], [onload]").count() == 0, path
    assert dialogs == []
    page.goto(f"{fixture_url}/statements/{statement}")
    assert "<script>window.__pwned=1" in page.inner_text(".article-text")  # shown as text


@pytest.mark.model
def test_pages_work_without_javascript(browser, sample_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(sample_url + "/search?q=kids")
    before = tab.locator("ol.statements > li.statement").count()
    speakers = set(tab.locator("ol.statements a.speaker").all_inner_texts())
    assert "Nicole Slemp" in speakers and len(speakers) >= 2, speakers
    tab.locator("aside.facets a", has_text="Nicole Slemp").click()
    tab.wait_for_url("**speaker=*")
    assert "speaker: Nicole Slemp" in tab.inner_text("p.active")
    after = tab.locator("ol.statements a.speaker").all_inner_texts()
    assert after and set(after) == {"Nicole Slemp"} and len(after) < before
    context.close()
