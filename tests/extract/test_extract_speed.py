"""The text extractor keeps up with a crawl: hundreds of seed-sized pages per second on one core."""

from __future__ import annotations

import time

from extract_pages import PAGES, load_pages

from storyline.extract.text import extract_text_page

MIN_PAGES_PER_SECOND = 250  # measured: ~680/s on these fixtures, ~430/s on the longer seed pages


def test_extract_text_page_is_fast() -> None:
    pages = load_pages(PAGES)
    extract_text_page(pages[0])  # lexicons and patterns are compiled once, outside the measure
    done = 0
    start = time.process_time()
    while time.process_time() - start < 1.0:
        for page in pages:
            extract_text_page(page)
        done += len(pages)
    assert done / (time.process_time() - start) >= MIN_PAGES_PER_SECOND
