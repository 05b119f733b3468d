"""Fixtures of the extract tests (helpers live in extract_pages.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from extract_pages import SHARED_CORPUS, gold_docs, load_pages, make_page

from storyline.models import Page


@pytest.fixture
def page() -> Callable[..., Page]:
    """Build a Page from text written in the test."""
    return make_page


@pytest.fixture(scope="session")
def seed_pages() -> list[Page]:
    if not (SHARED_CORPUS / "seeds").is_dir():
        pytest.skip("../shared/corpus is absent")
    return load_pages(SHARED_CORPUS / "seeds")


@pytest.fixture(scope="session")
def seeds_gold() -> dict[str, dict[str, Any]]:
    if not (SHARED_CORPUS / "seeds.gold.json").is_file():
        pytest.skip("../shared/corpus is absent")
    return gold_docs(SHARED_CORPUS / "seeds.gold.json")
