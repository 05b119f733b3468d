"""The pages in headless Chromium: filter the timeline to a leader, open a visit, see its evidence.

Skipped when Chromium or Playwright is missing. Screenshots land in
tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from web.conftest import ARTIFACTS, serving
from web.sample_store import VISIT, Fixture

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def base_url(store_fixture: Fixture) -> Iterator[str]:
    with serving(store_fixture.db) as url:
        yield url


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

    page.get_by_role("link", name="Assimi Goïta meets Vladimir Putin in Moscow", exact=True).click()
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
