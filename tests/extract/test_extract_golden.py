"""Golden extraction of whole pages: the fixture pages written for these tests, and the seeds.

Pages are extracted with the SiteProfile learned from all pages of their folder, as the
pipeline does, so site templates and site names learned from sibling pages are exercised.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_pages import PAGES, PAGES_GOLD, gold_docs, load_pages

from storyline.extract.features import page_lines
from storyline.extract.templates import SiteIndex, is_template
from storyline.extract.text import extract_text_page
from storyline.models import Article, Page

FIELDS = ["title", "published", "outlet", "author", "lang", "original_source"]


def ws(text: str | None) -> str | None:
    return " ".join(text.split()) if text is not None else None


def extract_all(pages: list[Page]) -> dict[str, Article]:
    index = SiteIndex()
    for page in pages:
        index.add(page.doc_id, page.text, page.url)
    return {page.doc: extract_text_page(page, index.profile(page.doc_id)) for page in pages}


FIXTURE_GOLD = gold_docs(PAGES_GOLD)
FIXTURE_ARTICLES = extract_all(load_pages(PAGES))


def check_article(article: Article, gold: dict[str, Any]) -> None:
    for field in FIELDS:
        assert ws(getattr(article, field)) == ws(gold.get(field)), field
    body = ws(article.body) or ""
    assert ws(gold["body_first"]) in body
    assert ws(gold["body_last"]) in body
    leaked = [line for line in gold["not_body"] if ws(line) in body]
    assert leaked == []


def test_every_fixture_page_has_gold() -> None:
    assert set(FIXTURE_ARTICLES) == set(FIXTURE_GOLD)
    assert len(FIXTURE_GOLD) >= 15


@pytest.mark.parametrize("doc", sorted(FIXTURE_GOLD))
def test_fixture_page_matches_gold(doc: str) -> None:
    check_article(FIXTURE_ARTICLES[doc], FIXTURE_GOLD[doc])


@pytest.mark.parametrize("doc", sorted(FIXTURE_GOLD))
def test_fixture_body_starts_and_ends_on_gold_paragraphs(doc: str) -> None:
    paragraphs = FIXTURE_ARTICLES[doc].paragraphs
    assert paragraphs[0].startswith(FIXTURE_GOLD[doc]["body_first"])
    assert paragraphs[-1].endswith(FIXTURE_GOLD[doc]["body_last"])


@pytest.mark.seeds
def test_seeds_match_gold(seed_pages: list[Page], seeds_gold: dict[str, dict[str, Any]]) -> None:
    articles = extract_all(seed_pages)
    assert set(articles) == set(seeds_gold)
    for doc, gold in seeds_gold.items():
        check_article(articles[doc], gold)


@pytest.mark.seeds
def test_seed_crawl_month_is_kept_apart_from_the_date(
    seed_pages: list[Page], seeds_gold: dict[str, dict[str, Any]]
) -> None:
    articles = extract_all(seed_pages)
    crawled = [a for a in articles.values() if a.crawl_month]
    assert [a.crawl_month for a in crawled] == ["2025-06"]
    assert crawled[0].published != "2025-06"
    assert "date 2025-06" not in (crawled[0].title or "")


@pytest.mark.parametrize(
    ("docs", "name"),
    [
        (("veilleur_lavrov_bamako.txt", "veilleur_aes_charter.txt"), "Le Veilleur"),
        (("saheldirect_barkhane_exit.txt", "saheldirect_minusma_end.txt"), "SahelDirect"),
    ],
)
def test_fixture_sites_are_learned_from_their_two_pages(docs: tuple[str, str], name: str) -> None:
    pages = {page.doc: page for page in load_pages(PAGES)}
    index = SiteIndex()
    for page in pages.values():
        index.add(page.doc_id, page.text)
    first, second = (index.profile(pages[doc].doc_id) for doc in docs)
    assert first == second
    assert (first.name, first.pages) == (name, 2)
    for doc in docs:
        lines = page_lines(pages[doc].text)
        template = [line.text for line in lines if is_template(line, first.template_lines)]
        assert len(template) >= 4  # tagline or menu, footer credit, shared headings and teasers
        assert not set(template) & set(FIXTURE_ARTICLES[doc].paragraphs)
