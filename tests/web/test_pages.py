"""The HTML pages: what a reader sees, escaped, with evidence marked."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from storyline.web.highlight import Span, locate, segments
from web.sample_store import QUOTE, SCRIPT, VISIT, VISIT_OTHER, Fixture


def test_timeline_lists_dated_events_first_with_badges(client: TestClient):
    page = client.get("/").text
    order = [
        page.index(s)
        for s in ("Mali and Russia sign", "Assimi Goïta meets", "Undated events", "Russia praises")
    ]
    assert order == sorted(order)
    assert "2 sources" in page
    assert page.count("⚠ sources disagree") == 1


def test_timeline_filtered_by_entity_name_shows_a_removable_chip(client: TestClient):
    page = client.get("/?entity=Goita&type=&outlet=&from=&to=").text  # a form leaves blank fields
    assert "2 events involving Assimi Goïta" in page
    assert 'class="chip">Assimi Goïta' in page
    assert "Mali and Russia sign" not in page


def test_timeline_chart_bars_zoom_into_their_bucket(client: TestClient):
    page = client.get("/").text
    assert re.search(r'href="/\?from=2024&amp;to=2024"', page)
    zoomed = client.get("/?from=2024&to=2024").text
    assert "Events per day" in zoomed and "zoom out" in zoomed


def test_unknown_entity_on_the_timeline_says_so(client: TestClient):
    response = client.get("/?entity=Nobody")
    assert response.status_code == 404
    assert "no entity matches &#39;Nobody&#39;" in response.text


def test_event_page_marks_each_source_evidence_inside_the_article_text(client: TestClient):
    page = client.get("/events/ev-visit").text
    marks = re.findall(r"<mark[^>]*>(.*?)</mark>", page, re.S)
    assert marks == [VISIT, VISIT_OTHER.replace("'", "&#39;")]
    assert "Bamako prépare une semaine chargée." in page  # the context around the evidence
    for needed in ("Sources disagree", "2024-03-13", "Daily Savanna", 'href="/entities/ru-putin"'):
        assert needed in page


def test_entity_page_shows_aliases_co_actors_and_quotes(client: TestClient):
    page = client.get("/entities/ml-goita").text
    for needed in ("Assimi Goita", "Vladimir Putin", QUOTE, "person", "ML"):
        assert needed in page


class _Nesting(HTMLParser):
    """Fails on an end tag that closes anything but the innermost open element."""

    VOID = frozenset({"meta", "link", "input", "br", "img", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"</{tag}> closes an element it does not own"


def test_article_page_highlights_annotations_without_overlapping_elements(
    client: TestClient, store_fixture: Fixture
):
    page = client.get(f"/articles/{store_fixture.doc_ids['a']}").text
    assert (
        '<mark class="entity evidence" title="person: Assimi Goïta · event: CONSULT">'
        '<a href="/entities/ml-goita">' in page
    )
    assert (
        '<mark class="evidence" title="event: CONSULT"><a href="/events/ev-visit">Le président </a></mark>'
        in page
    )
    assert '<span class="hl quote" title="quote: Assimi Goïta">' + QUOTE + "</span>" in page
    assert '<mark class="time evidence" title="date: 2024-03-12 (day) · event: CONSULT">' in page
    assert 'href="/articles/' + store_fixture.doc_ids["a"] + '/raw"' in page
    checker = _Nesting()
    checker.feed(page)
    assert checker.stack == []


@pytest.mark.parametrize("key", ["title", "body"])
def test_script_in_page_text_is_shown_as_text(client: TestClient, store_fixture: Fixture, key: str):
    page = client.get(f"/articles/{store_fixture.doc_ids['c']}").text
    assert SCRIPT not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_raw_page_is_plain_text_never_html(client: TestClient, store_fixture: Fixture):
    response = client.get(f"/articles/{store_fixture.doc_ids['c']}/raw")
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert SCRIPT in response.text


def test_search_page_marks_hits_and_offers_facets(client: TestClient):
    page = client.get("/search?q=goita").text
    assert '<mark class="hit">Goïta</mark>' in page
    assert "Le Courrier du Sahel" in page and "2024" in page


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/events/missing", 404),
        ("/entities/missing", 404),
        ("/articles/missing", 404),
        ("/?from=2024-02-31", 422),
    ],
)
def test_errors_on_pages_are_pages(client: TestClient, path: str, status: int):
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], [("abcdef", ())]),
        ([Span(1, 3, "entity")], [("a", ()), ("bc", ("entity",)), ("def", ())]),
        (
            [Span(0, 4, "evidence"), Span(2, 6, "quote")],
            [("ab", ("evidence",)), ("cd", ("evidence", "quote")), ("ef", ("quote",))],
        ),
        ([Span(4, 99, "entity"), Span(3, 3, "time")], [("abcdef", ())]),  # out of range or empty: dropped
    ],
)
def test_segments_split_overlapping_spans_into_flat_runs(
    spans: list[Span], expected: list[tuple[str, tuple]]
):
    assert [(s.text, s.kinds) for s in segments("abcdef", spans)] == expected


@pytest.mark.parametrize(
    ("start", "end", "evidence", "expected"),
    [
        (6, 15, "the crowd", (6, 15)),  # offsets still right
        (0, 3, "the crowd", (6, 15)),  # offsets stale: found by its words
        (0, 3, "the   crowd", (6, 15)),
        (0, 3, "the\ncrowd", (6, 15)),
        (0, 3, "nowhere", None),
    ],
)
def test_locate_finds_the_evidence_even_when_offsets_drift(start: int, end: int, evidence: str, expected):
    assert locate("Above the crowd.", evidence, start, end) == expected
