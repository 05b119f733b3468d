"""Extraction speed on one core: text pages, HTML pages, and trafilatura alone on the same HTML.

Pages: the development seeds when ../shared is there, plus our own fixtures and
examples; each HTML page is the text page with one <p> a line inside a minimal
document. Run: ``.venv/bin/python bench/extract.py``; results go to
bench/results/extract.json.
"""

from __future__ import annotations

import contextlib
import html
import json
import platform
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from storyline.extract import extract_page
from storyline.ingest import make_page
from storyline.models import Page

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT.parent / "shared" / "corpus" / "seeds",
    ROOT / "tests" / "data" / "pages",
    ROOT / "examples" / "pages",
]
MIN_SECONDS = 3.0


def text_pages() -> list[Page]:
    files = [p for d in SOURCES if d.is_dir() for p in sorted(d.glob("*.txt"))]
    return [make_page(p.read_bytes(), p.name, "text") for p in files]


def as_html(page: Page) -> Page:
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in page.text.splitlines() if line.strip())
    doc = f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{paras}</body></html>"
    return make_page(doc.encode(), page.doc.replace(".txt", ".html"), "html")


def rate(pages: list[Page], work: Callable[[Page], object]) -> float:
    """Pages per second, repeating the set until MIN_SECONDS have passed."""
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < MIN_SECONDS:
        for page in pages:
            with contextlib.suppress(Exception):  # a page with no article still costs its time
                work(page)
            done += 1
    return done / (time.perf_counter() - start)


def main() -> None:
    pages = text_pages()
    html_pages = [as_html(p) for p in pages]
    results = {
        "pages": len(pages),
        "python": platform.python_version(),
        "text_pages_per_s": round(rate(pages, lambda p: extract_page(p)), 1),
        "html_pages_per_s": round(rate(html_pages, lambda p: extract_page(p)), 1),
        "trafilatura_alone_html_pages_per_s": round(
            rate(html_pages, lambda p: trafilatura.extract(p.text)), 1
        ),
    }
    out = ROOT / "bench" / "results" / "extract.json"
    out.write_text(json.dumps(results, indent=1) + "\n")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
