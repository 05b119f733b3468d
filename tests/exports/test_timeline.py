"""TimelineJS3 and Markdown renderings of merged events."""

from __future__ import annotations

import pytest

from storyline.exports.timeline import to_markdown, to_timelinejs
from storyline.models import Actor, Event, Source

MARTIN = Actor("person:jean-martin", "Jean Martin", "person", "FR")
VOGEL = Actor("person:hans-vogel", "Hans Vogel", "person", "DE")


def event(date: str | None, precision: str | None, date_end: str | None = None) -> Event:
    src = Source(
        doc="https://example.org/a",
        doc_id="a",
        outlet="Example Daily",
        published="2026-03-05",
        evidence="Martin and Vogel spoke <by phone>.",
        start=0,
        end=30,
        date=date,
    )
    return Event(
        id="ev-1",
        type="CONSULT",
        mode="phone",
        date=date,
        date_end=date_end,
        precision=precision,
        actors=[MARTIN, VOGEL],
        recipients=[],
        location=None,
        summary="Martin and Vogel talk by phone",
        topics=[],
        sources=[src],
        conflicts={"date": ["2026-03-03", "2026-03-04"]},
    )


@pytest.mark.parametrize(
    ("date", "precision", "expected"),
    [
        ("2026-03-03", "day", {"year": "2026", "month": "3", "day": "3"}),
        ("2026-03", "month", {"year": "2026", "month": "3"}),
    ],
)
def test_timelinejs_dates_follow_precision(date: str, precision: str, expected: dict[str, str]) -> None:
    doc = to_timelinejs([event(date, precision)])
    (entry,) = doc["events"]
    assert entry["start_date"] == expected
    assert entry["group"] == "CONSULT"
    assert entry["text"]["headline"] == "Martin and Vogel talk by phone"
    assert '<a href="https://example.org/a">Example Daily</a>' in entry["text"]["text"]
    assert "&lt;by phone&gt;" in entry["text"]["text"]


def test_timelinejs_spans_have_an_end_and_undated_events_are_left_out() -> None:
    doc = to_timelinejs([event("2026-06-22", "day", "2026-06-26"), event(None, None)])
    (entry,) = doc["events"]
    assert entry["end_date"] == {"year": "2026", "month": "6", "day": "26"}


def test_markdown_gives_date_headline_actors_and_quoted_sources() -> None:
    text = to_markdown([event("2026-03-03", "day")])
    assert text.startswith("### 2026-03-03 — Martin and Vogel talk by phone\n")
    assert "- Actors: Jean Martin, Hans Vogel" in text
    assert "- Example Daily, 2026-03-05: > “Martin and Vogel spoke <by phone>.”" in text
    assert "- Sources disagree on date: 2026-03-03, 2026-03-04" in text
