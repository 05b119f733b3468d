"""The five seed pages, end to end: every main gold event found once, on the right day."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.annotate.pipeline import annotate
from storyline.extract import extract_page
from storyline.ingest.readers import read_path
from storyline.merge import source_of
from storyline.merge.events import EventMerger
from storyline.models import Event

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
STATEMENTS = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE"}
TYPES: dict[str, set[tuple[str, str | None]]] = {
    "PHONE_CALL": {("CONSULT", "phone")},
    "VISIT": {("CONSULT", "visit")},
    "MEETING": {("CONSULT", "visit"), ("CONSULT", "third-party"), ("CONSULT", "multilateral")},
    "ATTACK": {("ASSAULT", None)},
}

pytestmark = pytest.mark.seeds


@pytest.fixture(scope="module")
def merged() -> list[Event]:
    if not (CORPUS / "seeds").is_dir():
        pytest.skip("shared corpus absent")
    merger = EventMerger()
    for path in sorted((CORPUS / "seeds").glob("*.txt")):
        page = next(iter(read_path(path)))
        assert not isinstance(page, Exception)
        article = extract_page(page)
        for e in annotate(article).events:
            merger.add(e, source_of(article, e))
    return merger.events()


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    return list(json.loads((CORPUS / "seeds.gold.json").read_text(encoding="utf-8"))["events"])


def type_fits(gold_type: str, event: Event) -> bool:
    if gold_type in TYPES:
        return (event.type, event.mode if event.type == "CONSULT" else None) in TYPES[gold_type]
    if gold_type == "AGREEMENT_SIGNED":
        return event.type in {"AGREE", "COOPERATE"}
    if gold_type == "STATEMENT":
        return event.type in STATEMENTS
    return True


def date_fits(g: dict[str, Any], event: Event) -> bool:
    if not event.date:
        return False
    if g["precision"] == "month":
        return event.date[:7] == g["date"][:7]
    lo, hi = g.get("range", [g["date"], g["date"]])
    end = event.date_end or event.date
    return (
        event.date == g["date"]
        or (lo <= event.date <= hi)
        or (event.precision == "range" and event.date <= lo <= end)
    )


def matches(g: dict[str, Any], event: Event) -> bool:
    return type_fits(g["type"], event) and date_fits(g, event)


def assign(gold: list[dict[str, Any]], merged: list[Event]) -> dict[str, Event]:
    """Gold id -> the output event matched to it one-to-one: exact dates first, OTHER last."""
    taken: set[str] = set()
    out: dict[str, Event] = {}
    ordered = sorted(gold, key=lambda g: g["type"] == "OTHER")
    for exact in (True, False):
        for g in (g for g in ordered if g["id"] not in out):
            pick = next(
                (e for e in merged if e.id not in taken and matches(g, e) and (e.date == g["date"]) == exact),
                None,
            )
            if pick is not None:
                out[g["id"]] = pick
                taken.add(pick.id)
    return out


def test_every_main_gold_event_is_found(merged: list[Event], gold: list[dict[str, Any]]) -> None:
    found = assign(gold, merged)
    assert {g["id"] for g in gold if g["role"] == "main"} <= set(found)


def test_no_gold_event_is_found_twice(merged: list[Event], gold: list[dict[str, Any]]) -> None:
    assigned = {e.id for e in assign(gold, merged).values()}
    specific = [g for g in gold if g["type"] != "OTHER"]
    extra = [e for e in merged if e.id not in assigned and any(matches(g, e) for g in specific)]
    assert extra == []


def test_most_output_events_match_a_gold_event(merged: list[Event], gold: list[dict[str, Any]]) -> None:
    matched = [e for e in merged if any(matches(g, e) for g in gold)]
    assert len(matched) >= 0.8 * len(merged)


def test_the_june_2025_visit_is_carried_by_both_pages(merged: list[Event]) -> None:
    (visit,) = [e for e in merged if e.type == "CONSULT" and e.date_end == "2025-06-26"]
    assert visit.date == "2025-06-22"
    assert {s.doc[:3] for s in visit.sources} == {"002", "004"}
