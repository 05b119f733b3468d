"""Extract: Page -> Article (text pages by storyline's own extractor, HTML by trafilatura)."""

from __future__ import annotations

from storyline.models import Article, Page, SiteProfile


def extract_page(page: Page, profile: SiteProfile | None = None) -> Article:
    """The article of one page; raises ExtractionError when there is none."""
    if page.media_type == "html":
        from storyline.extract.html import extract_html_page

        return extract_html_page(page, profile)
    from storyline.extract.text import extract_text_page

    return extract_text_page(page, profile)


__all__ = ["extract_page"]
