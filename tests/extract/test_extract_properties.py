"""Property: on any text, the extractor returns an Article or raises ExtractionError, nothing else."""

from __future__ import annotations

from extract_pages import make_page
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.errors import ExtractionError
from storyline.extract.features import normalise_line
from storyline.extract.templates import SiteIndex
from storyline.extract.text import extract_text_page
from storyline.models import Article

LINE_PIECES = st.sampled_from(
    [
        "Publié le 3 mai 2024 | Le Journal",
        "© Exemple.com - jeudi 12 octobre 2023 - 16:51",
        " date 2025-06 Un titre - exemple.com",
        "Les ministres se sont retrouvés mardi à Bamako pour une longue réunion de travail sur l'énergie.",
        "Par Jean",
        "Les plus lus",
        "…",
        "|",
        "31/02/2024",
        "",
    ]
)
TEXTS = st.one_of(
    st.text(), st.lists(st.one_of(LINE_PIECES, st.text(max_size=80)), max_size=30).map("\n".join)
)


@settings(max_examples=300, deadline=None)
@given(
    text=TEXTS,
    url=st.one_of(st.none(), st.text(max_size=40)),
    hint=st.one_of(st.none(), st.text(max_size=30)),
)
def test_extract_text_page_only_ever_raises_extraction_error(
    text: str, url: str | None, hint: str | None
) -> None:
    page = make_page(text, url=url, date_hint=hint)
    index = SiteIndex()
    index.add(page.doc_id, text, url)
    try:
        article = extract_text_page(page, index.profile(page.doc_id))
    except ExtractionError as error:
        assert error.doc == page.doc
        return
    assert isinstance(article, Article)
    assert article.body.strip()
    lines = {normalise_line(line) for line in text.splitlines()}
    assert all(paragraph in lines for paragraph in article.paragraphs)
