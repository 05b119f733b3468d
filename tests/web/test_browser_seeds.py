"""The real seed pages through the whole pipeline, then read in headless Chromium as a journalist would.

Builds a store from ``../shared/corpus/seeds`` (skipped when that folder, Playwright or
Chromium is missing), filters the timeline to Goïta through the entity completion, opens
the June 2025 visit, finds each source's evidence sentence marked, and opens the second
source's article. Event ids are never pinned: other stages change while this runs.
Screenshots land in tests/artifacts/seeds-*.png for a person to look at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from web.conftest import ARTIFACTS, require_browser, serving

pytestmark = pytest.mark.browser
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"
VISIT_DATE = "2025-06-22"


@pytest.fixture(scope="module")
def seeds_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed corpus at {SEEDS}")
    require_browser()
    from storyline.config import load_settings
    from storyline.pipeline import ingest_paths
    from storyline.store import Store

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with Store(db) as store:
        ingest_paths([SEEDS], store, load_settings().with_overrides(db=db))
    with serving(db) as url:
        yield url


def _words(text: str) -> str:
    return " ".join(text.split())


def test_seeds_goita_visit_evidence_and_second_source(browser, seeds_url: str):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(seeds_url + "/")
    page.wait_for_selector("figure.tl.drawn")
    marks = page.locator("figure.tl svg a.mark")
    assert marks.count() == page.locator("li.event .event-date", has_text=re.compile(r"^\d{4}")).count()
    page.screenshot(path=str(ARTIFACTS / "seeds-timeline.png"), full_page=True)

    box = page.locator("input[data-complete]")
    box.press_sequentially("goï", delay=40)
    page.wait_for_function("document.querySelectorAll('#entity-options option').length > 0")
    name = page.locator("#entity-options option").first.get_attribute("value") or ""
    assert "Goïta" in name
    box.fill(name)
    page.get_by_role("button", name="Apply").click()
    page.wait_for_url("**/?entity=*")
    assert page.locator(".chip").first.inner_text().startswith(name)
    page.wait_for_selector("figure.tl.drawn")
    page.screenshot(path=str(ARTIFACTS / "seeds-filtered.png"), full_page=True)

    visit = page.locator("li.event").filter(has=page.locator(".event-date", has_text=VISIT_DATE))
    visit = visit.filter(has=page.locator(".badge.type", has_text="CONSULT"))
    visit = visit.filter(has=page.locator(".badge.mode", has_text="visit"))
    assert visit.count() >= 1
    visit.first.locator("a.event-link").click()
    page.wait_for_url("**/events/*")
    event_id = page.url.rsplit("/", 1)[1]
    event = page.request.get(f"{seeds_url}/api/events/{event_id}").json()
    assert len(event["sources"]) >= 2
    for i, source in enumerate(event["sources"]):
        evidence = page.locator("li.source").nth(i).locator("mark.evidence")
        assert evidence.count() == 1 and evidence.is_visible()
        assert _words(evidence.inner_text()) == _words(source["evidence"])
    page.screenshot(path=str(ARTIFACTS / "seeds-event.png"), full_page=True)

    page.locator("li.source").nth(1).locator(".source-meta a").click()
    page.wait_for_url("**/articles/*")
    assert page.url.endswith("/articles/" + event["sources"][1]["doc_id"])
    marked = page.locator(f'.article-text mark.evidence a[href="/events/{event_id}"]')
    assert marked.count() >= 1
    page.screenshot(path=str(ARTIFACTS / "seeds-article.png"), full_page=True)
    assert errors == []
