"""Real headless Chromium against a real uvicorn server on loopback: what a user actually sees.

Needs Debian's ``chromium`` and Playwright for Python (``scripts/install-browser.sh``); skips
with the reason when either is missing. Playwright drives /usr/bin/chromium directly: its own
browser download is never used. Also writes docs/screenshots/{search,speaker}.png.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from .conftest import HOSTILE_ENTITY, HOSTILE_OUTLET, ONLY_FORCE, ids

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
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


@pytest.fixture(scope="module")
def base_url(app) -> Iterator[str]:
    """uvicorn serving the fixture store on 127.0.0.1, in a thread of this process."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


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


def test_search_then_statement_in_context_then_speaker_timeline(page, base_url):
    page.goto(base_url + "/")
    page.fill("form.big-search input[name=q]", "force")
    page.press("form.big-search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=force")
    assert page.inner_text("#count").startswith("2 statements")
    assert page.locator("ol.statements mark").first.inner_text() == "force"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "search.png"), full_page=True)

    page.locator("ol.statements blockquote a", has_text=ONLY_FORCE).last.click()
    page.wait_for_url("**/statements/*")
    highlighted = page.locator("mark#statement")
    assert highlighted.inner_text() == ONLY_FORCE
    assert highlighted.is_visible()
    assert "Repeated by: TASS" in page.inner_text("main")

    page.locator("p.meta a.speaker").first.click()
    page.wait_for_url("**/speakers/*")
    assert page.inner_text("h1") == "Alexander Lukashenko"
    assert page.locator("figure.histogram svg rect").count() >= 1
    page.screenshot(path=str(SCREENSHOTS / "speaker.png"), full_page=True)


def test_hostile_article_executes_nothing(page, base_url, db_path):
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
        page.goto(base_url + path)
        page.mouse.move(300, 300)  # would fire an onmouseover, were there one
        page.wait_for_timeout(50)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("script, iframe, img, [onerror], [onload]").count() == 0, path
    assert dialogs == []
    page.goto(f"{base_url}/statements/{statement}")
    assert "<script>window.__pwned=1" in page.inner_text(".article-text")  # shown as text


def test_pages_work_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(base_url + "/search?q=NATO")
    assert tab.inner_text("#count").startswith("2 statements")
    tab.locator("aside.facets a", has_text="Antony Blinken").click()
    tab.wait_for_url("**speaker=*")
    assert "speaker: Antony Blinken" in tab.inner_text("p.active")
    context.close()
