"""The pages in headless Chromium: filter the timeline to a leader, open a visit, see its evidence.

Skipped when Chromium or Playwright is missing. Screenshots land in
tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from storyline.web.app import create_app
from web.sample_store import VISIT, Fixture

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(store_fixture: Fixture) -> Iterator[str]:
    uvicorn = pytest.importorskip("uvicorn")
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(str(store_fixture.db)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium is not installed")
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


def test_filter_to_a_leader_and_read_the_visit_evidence(browser, base_url: str, store_fixture: Fixture):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(base_url + "/")
    assert page.locator("li.event").count() == 3
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)

    box = page.locator("input[data-complete]")
    box.press_sequentially("goi", delay=30)
    page.wait_for_function("document.querySelectorAll('#entity-options option').length > 0")
    assert page.locator("#entity-options option").first.get_attribute("value") == "Assimi Goïta"
    box.fill("Assimi Goïta")
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**/?entity=*")
    assert page.locator("li.event").count() == 2
    assert page.locator(".chip").first.inner_text().startswith("Assimi Goïta")
    page.screenshot(path=str(ARTIFACTS / "timeline-filtered.png"), full_page=True)

    page.get_by_role("link", name="Assimi Goïta meets Vladimir Putin in Moscow").click()
    page.wait_for_url("**/events/ev-visit")
    evidence = page.locator("mark", has_text=VISIT)
    assert evidence.count() == 1 and evidence.is_visible()
    assert evidence.inner_text() == VISIT
    page.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)

    page.goto(f"{base_url}/articles/{store_fixture.doc_ids['c']}")
    assert "<script>alert(1)</script>" in page.locator(".article-text").inner_text()
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)

    page.goto(base_url + "/entities/ml-goita")
    page.screenshot(path=str(ARTIFACTS / "entity.png"), full_page=True)
    page.goto(base_url + "/search?q=goita")
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    assert dialogs == []
