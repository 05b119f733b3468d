"""Helpers of the extract tests: pages built from text, the golden fixture pages, the seeds' place."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from storyline.models import Page

TESTS = Path(__file__).resolve().parents[1]
PAGES = TESTS / "data" / "pages"
PAGES_GOLD = TESTS / "data" / "pages.gold.json"
SHARED_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def make_page(text: str, doc: str = "page.txt", url: str | None = None, date_hint: str | None = None) -> Page:
    raw = text.encode("utf-8")
    return Page(
        doc_id=hashlib.sha256(raw).hexdigest()[:16],
        doc=doc,
        raw=raw,
        text=text,
        media_type="text",
        url=url,
        date_hint=date_hint,
    )


def load_pages(folder: Path) -> list[Page]:
    paths = sorted(folder.glob("*.txt"))
    return [make_page(path.read_text(encoding="utf-8"), doc=path.name) for path in paths]


def gold_docs(path: Path) -> dict[str, dict[str, Any]]:
    return {doc["doc"]: doc for doc in json.loads(path.read_text(encoding="utf-8"))["docs"]}
