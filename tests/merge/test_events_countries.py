"""EventMerger: reports naming different people of the same governments are one event."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storyline.annotate.event_parts import unidentified_group
from storyline.annotate.identity import state_body_key
from storyline.merge.events import EventMerger, fits
from storyline.models import Actor, DocEvent, Source

MINISTER_A = Actor("person:ana-sol", "Ana Sol", "person", "FR")
PRESIDENT_B = Actor("person:bo-lind", "Bo Lind", "person", "SE")
MINISTER_B = Actor("person:eli-berg", "Eli Berg", "person", "SE")
SWEDEN = Actor("country:SE", "Sweden", "country", "SE")
FRANCE = Actor("country:FR", "France", "country", "FR")
NORWAY = Actor("country:NO", "Norway", "country", "NO")
LEAGUE = Actor("org:league", "League", "organisation", None)
LEAGUE_SPLIT = Actor("org:the-league-of-states", "The League of States", "organisation", None)
SWEDISH_NAVY = Actor(state_body_key("navy", "SE"), "Navy of Sweden", "organisation", "SE")


def visit(doc: str, date: str | None, actors: list[Actor], recipients: list[Actor]) -> DocEvent:
    return DocEvent(
        doc_id=doc,
        type="CONSULT",
        mode="visit",
        actors=actors,
        recipients=recipients,
        date=date,
        precision="day" if date else None,
        date_end=None,
        location=None,
        topics=[],
        evidence=f"Evidence of {doc}.",
        start=0,
        end=10,
        trigger="visit",
    )


def source(doc: str, published: str = "2026-03-04") -> Source:
    return Source(
        doc=f"{doc}.txt",
        doc_id=doc,
        outlet=doc,
        published=published,
        evidence=f"Evidence of {doc}.",
        start=0,
        end=10,
    )


def test_one_visit_told_with_different_officials_is_one_event() -> None:
    merger = EventMerger()
    merger.add(visit("a", "2026-03-03", [MINISTER_A], [SWEDEN]), source("a"))
    merger.add(visit("b", "2026-03-03", [MINISTER_A], [PRESIDENT_B]), source("b"))
    merger.add(visit("c", None, [FRANCE], [MINISTER_B, PRESIDENT_B]), source("c"))
    merger.add(visit("d", "2026-03-03", [MINISTER_A], [SWEDEN, NORWAY]), source("d"))
    (event,) = merger.events()
    assert {s.doc_id for s in event.sources} == {"a", "b", "c", "d"}


def test_same_governments_a_week_apart_stay_two_events() -> None:
    merger = EventMerger()
    merger.add(visit("a", "2026-03-03", [MINISTER_A], [SWEDEN]), source("a"))
    merger.add(visit("b", "2026-03-10", [MINISTER_A], [PRESIDENT_B]), source("b", "2026-03-11"))
    assert len(merger.events()) == 2


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ([MINISTER_A, SWEDEN], [FRANCE, PRESIDENT_B], True),  # two countries each: people may differ
        ([MINISTER_A, SWEDEN], [MINISTER_A, SWEDEN, NORWAY], True),  # nested countries
        ([MINISTER_A, SWEDEN], [MINISTER_A, NORWAY], False),  # other country
        ([MINISTER_B], [PRESIDENT_B], False),  # one country only: the people must nest
        ([FRANCE, SWEDEN, LEAGUE], [FRANCE, SWEDEN, LEAGUE_SPLIT], True),  # organisations named apart
        ([SWEDISH_NAVY, SWEDEN], [MINISTER_B], True),  # a state's service stands for it, as the country does
        ([SWEDISH_NAVY], [SWEDEN], True),
    ],
)
def test_participants_fit_at_the_level_of_countries(a: list[Actor], b: list[Actor], same: bool) -> None:
    assert fits(a, b) is same


def statement(doc: str, date: str, etype: str, actors: list[Actor], recipients: list[Actor]) -> DocEvent:
    return replace(visit(doc, date, actors, recipients), type=etype, mode=None, trigger=etype.lower())


def test_an_accusation_and_the_counter_accusation_stay_two_events() -> None:
    merger = EventMerger()
    merger.add(statement("a", "2026-03-16", "ACCUSE", [SWEDEN], [NORWAY]), source("a"))
    merger.add(statement("b", "2026-03-17", "ACCUSE", [NORWAY], [SWEDEN]), source("b"))
    merger.add(statement("c", "2026-03-16", "ACCUSE", [PRESIDENT_B], [NORWAY]), source("c"))
    assert sorted(sorted(s.doc_id for s in e.sources) for e in merger.events()) == [["a", "c"], ["b"]]


def test_a_clash_told_from_each_side_is_one_attack() -> None:
    merger = EventMerger()
    merger.add(statement("a", "2026-03-15", "ASSAULT", [SWEDEN], [NORWAY]), source("a"))
    merger.add(statement("b", "2026-03-15", "ASSAULT", [NORWAY], [SWEDEN]), source("b"))
    assert len(merger.events()) == 1


def test_unnamed_attackers_tell_no_two_attacks_apart() -> None:
    merger = EventMerger()
    merger.add(statement("a", "2026-03-15", "ASSAULT", [unidentified_group("gunmen")], [NORWAY]), source("a"))
    merger.add(statement("b", "2026-03-15", "ASSAULT", [LEAGUE], [NORWAY]), source("b"))
    (event,) = merger.events()
    assert {s.doc_id for s in event.sources} == {"a", "b"}
