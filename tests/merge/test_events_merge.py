"""EventMerger: reports from many pages become one event each, with sources and conflicts."""

from __future__ import annotations

import pytest

from storyline.merge.events import EventMerger
from storyline.models import Actor, DocEvent, Source

MARTIN = Actor("person:jean-martin", "Jean Martin", "person", "FR")
VOGEL = Actor("person:hans-vogel", "Hans Vogel", "person", "DE")
FRANCE = Actor("country:FR", "France", "country", "FR")
GERMANY = Actor("country:DE", "Germany", "country", "DE")
LUND = Actor("person:eva-lund", "Eva Lund", "person", "SE")


def report(doc: str, date: str | None, precision: str | None = "day", **kw: object) -> DocEvent:
    values: dict[str, object] = {
        "doc_id": doc,
        "type": "CONSULT",
        "mode": "phone",
        "actors": [MARTIN, VOGEL],
        "recipients": [],
        "date": date,
        "precision": precision if date else None,
        "date_end": None,
        "location": None,
        "topics": ["security"],
        "evidence": f"Evidence sentence of {doc}.",
        "start": 0,
        "end": 20,
        "trigger": "call",
    }
    values.update(kw)
    return DocEvent(**values)  # type: ignore[arg-type]


def source(doc: str, published: str | None = "2026-03-05") -> Source:
    return Source(
        doc=f"{doc}.txt",
        doc_id=doc,
        outlet=f"Outlet {doc}",
        published=published,
        evidence=f"Evidence sentence of {doc}.",
        start=0,
        end=20,
    )


def test_three_reports_one_undated_make_one_event_with_three_sources() -> None:
    merger = EventMerger()
    ids = {
        merger.add(report("a", "2026-03-03"), source("a")),
        merger.add(report("b", None), source("b", "2026-03-04")),
        merger.add(report("c", "2026-03-03"), source("c")),
    }
    (event,) = merger.events()
    assert ids == {event.id}
    assert (event.date, event.precision) == ("2026-03-03", "day")
    assert [s.doc_id for s in event.sources] == ["a", "b", "c"]
    assert event.conflicts == {}


def test_month_precision_report_takes_the_day_of_the_event_it_joins() -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03", "month"), source("a"))
    merger.add(report("b", "2026-03-10"), source("b"))
    (event,) = merger.events()
    assert (event.date, event.precision) == ("2026-03-10", "day")


def test_a_span_of_days_does_not_outvote_single_days() -> None:
    """Two pages give the 4th; the 2nd has as many votes, but one is only the first day of
    "last week": between equal counts the day pages give as such wins, and the span's end
    is not the event's."""
    merger = EventMerger()
    merger.add(report("a", "2026-03-04"), source("a"))
    merger.add(report("b", "2026-03-04"), source("b"))
    merger.add(report("c", "2026-03-02", date_end="2026-03-08"), source("c", "2026-03-12"))
    merger.add(report("d", "2026-03-02"), source("d"))
    (event,) = merger.events()
    assert (event.date, event.date_end, event.precision) == ("2026-03-04", None, "day")


def test_a_day_that_spans_of_other_pages_hold_wins_over_their_first_day() -> None:
    """Two pages say "last week" (9 to 15 March), one "hier" (the 11th): the spans hold the
    11th, so the pages agree on it and no date is in dispute."""
    merger = EventMerger()
    merger.add(report("a", "2026-03-09", date_end="2026-03-15"), source("a", "2026-03-16"))
    merger.add(report("b", "2026-03-09", date_end="2026-03-15"), source("b", "2026-03-16"))
    merger.add(report("c", "2026-03-11"), source("c", "2026-03-12"))
    (event,) = merger.events()
    assert (event.date, event.date_end, event.precision) == ("2026-03-11", None, "day")
    assert "date" not in event.conflicts


def test_a_span_of_days_votes_when_no_page_gives_one_day() -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03-02", date_end="2026-03-04", mode="visit"), source("a"))
    merger.add(report("b", "2026-03-02", date_end="2026-03-04", mode="visit"), source("b"))
    (event,) = merger.events()
    assert (event.date, event.date_end) == ("2026-03-02", "2026-03-04")


@pytest.mark.parametrize(("second", "expected"), [("2026-03-10", 2), ("2026-03-05", 1)])
def test_calls_further_apart_than_the_window_stay_apart(second: str, expected: int) -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03-03"), source("a"))
    merger.add(report("b", second), source("b"))
    assert len(merger.events()) == expected


@pytest.mark.parametrize(
    ("mode", "day", "date_source", "events"),
    [
        (None, "2026-03-06", "clause", 2),  # a talk on Saturday, the visit on Tuesday
        (None, "2026-03-04", "clause", 1),  # a day apart: pages disagree on one event
        (None, "2026-03-06", "page", 1),  # a day borrowed from the page: not its own word
        ("visit", "2026-03-06", "clause", 1),  # the same kind of event, within the window
    ],
)
def test_a_talk_of_no_mode_dated_days_from_a_visit_is_another_event(
    mode: str | None, day: str, date_source: str, events: int
) -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03-03", mode="visit", date_source="clause"), source("a"))
    merger.add(report("b", day, mode=mode, date_source=date_source), source("b"))
    assert len(merger.events()) == events


@pytest.mark.parametrize(
    ("day", "events"),
    [
        ("2026-03-11", 2),  # talks on Wednesday, two days after the visit "last week"
        ("2026-03-09", 1),  # the Monday after that week: pages may disagree by a day
    ],
)
def test_a_talk_of_no_mode_days_from_a_visit_told_as_last_week_is_another_event(
    day: str, events: int
) -> None:
    """Whichever comes first, a talk dated to its day and a visit dated to a week by their own
    words are compared as spans of days."""
    for first, second in (("visit", None), (None, "visit")):
        merger = EventMerger()
        for doc, mode in (("a", first), ("b", second)):
            date, end = ("2026-03-02", "2026-03-08") if mode == "visit" else (day, None)
            merger.add(report(doc, date, mode=mode, date_end=end, date_source="clause"), source(doc))
        assert len(merger.events()) == events


def test_disagreeing_dates_and_places_are_kept_as_conflicts() -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03-03", location="Paris"), source("a"))
    merger.add(report("b", "2026-03-03", location="Paris"), source("b"))
    merger.add(report("c", "2026-03-04", location="Berlin"), source("c"))
    (event,) = merger.events()
    assert event.date == "2026-03-03"
    assert event.location == "Paris"
    assert event.conflicts == {"date": ["2026-03-03", "2026-03-04"], "location": ["Berlin", "Paris"]}


def test_other_participants_or_types_make_other_events() -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03-03"), source("a"))
    merger.add(report("b", "2026-03-03", actors=[MARTIN, LUND]), source("b"))
    merger.add(report("c", "2026-03-03", type="ACCUSE", mode=None), source("c"))
    assert len(merger.events()) == 3


def test_countries_stand_for_their_governments() -> None:
    """One report names the leaders, another their countries: one event that keeps every
    party named (a country may be what another source's gold or query asks for), and a
    summary that names the leaders only."""
    merger = EventMerger()
    merger.add(report("a", "2026-03-03"), source("a"))
    merger.add(report("b", "2026-03-03", actors=[FRANCE, GERMANY]), source("b"))
    (event,) = merger.events()
    assert {a.entity for a in event.actors} == {MARTIN.entity, VOGEL.entity, FRANCE.entity, GERMANY.entity}
    assert "France" not in event.summary and "Martin" in event.summary


def test_background_only_when_every_source_recalls_it() -> None:
    merger = EventMerger()
    merger.add(report("a", "2020-08", "month", background=True), source("a"))
    assert merger.events()[0].background is True
    merger.add(report("b", "2020-08", "month"), source("b"))
    assert merger.events()[0].background is False


def test_republished_copy_is_one_report_and_does_not_vote_its_date() -> None:
    merger = EventMerger()
    first = merger.add(report("orig", "2026-03-04"), source("orig", "2026-03-06"))
    copied = merger.add(report("copy", "2026-03-11"), source("copy", "2026-03-13"), copy_of="orig")
    (event,) = merger.events()
    assert first == copied
    assert event.date == "2026-03-04"
    assert event.conflicts == {}
    assert {s.doc_id for s in event.sources} == {"orig", "copy"}


def test_id_is_stable_as_sources_join_and_survives_a_reload() -> None:
    merger = EventMerger()
    first = merger.add(report("a", "2026-03-03"), source("a"))
    assert merger.add(report("b", "2026-03-02"), source("b")) == first
    reloaded = EventMerger(existing=merger.events())
    assert reloaded.add(report("c", "2026-03-03"), source("c")) == first
    (event,) = reloaded.events()
    assert len(event.sources) == 3


def test_re_adding_a_report_changes_nothing() -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03-03"), source("a"))
    merger.add(report("a", "2026-03-03"), source("a"))
    (event,) = merger.events()
    assert len(event.sources) == 1


def test_two_events_of_one_page_never_merge() -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03-03", mode="visit", trigger="visit", date_end="2026-03-06"), source("a"))
    merger.add(report("a", "2026-03-04", mode="visit", trigger="received"), source("a"))
    assert len(merger.events()) == 2


@pytest.mark.parametrize(
    ("mode", "actors", "recipients", "expected"),
    [
        ("phone", [MARTIN, VOGEL], [], "Martin and Vogel talk by phone in Paris, 2026-03-03"),
        ("visit", [MARTIN], [VOGEL], "Martin visits Vogel in Paris, 2026-03-03"),
    ],
)
def test_summary_says_who_did_what_where_and_when(
    mode: str, actors: list[Actor], recipients: list[Actor], expected: str
) -> None:
    merger = EventMerger()
    merger.add(
        report("a", "2026-03-03", mode=mode, actors=actors, recipients=recipients, location="Paris"),
        source("a"),
    )
    assert merger.events()[0].summary == expected


def test_one_sentence_listing_two_calls_joins_each_call_it_names() -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03-03"), source("a"))
    merger.add(report("b", "2026-03-10"), source("b"))
    listing = {"evidence": "Two calls, on 3 and 10 March.", "start": 40}
    first = merger.add(report("c", "2026-03-03", **listing), source("c"))
    second = merger.add(report("c", "2026-03-10", **listing), source("c"))
    events = {e.id: e for e in merger.events()}
    assert first != second
    assert [s.doc_id for s in events[first].sources] == ["a", "c"]
    assert [s.doc_id for s in events[second].sources] == ["b", "c"]


def test_one_sentence_telling_two_doers_statements_joins_each_doers_event() -> None:
    """ "L'attaque avait été condamnée par X, puis par Y", undated: each doer's report joins
    the dated statement of that doer, not the one the other report joined."""
    said = {"type": "ACCUSE", "mode": None, "trigger": "condamnée"}
    merger = EventMerger()
    merger.add(report("a", "2026-03-02", **said, actors=[FRANCE], recipients=[LUND]), source("a"))
    merger.add(report("b", "2026-03-03", **said, actors=[GERMANY], recipients=[LUND]), source("b"))
    told = {**said, "evidence": "Condemned by France, then by Germany.", "start": 40, "recipients": [LUND]}
    first = merger.add(report("c", None, **told, actors=[FRANCE]), source("c"))
    second = merger.add(report("c", None, **told, actors=[GERMANY]), source("c"))
    events = {e.id: e for e in merger.events()}
    assert (events[first].date, events[second].date) == ("2026-03-02", "2026-03-03")
    assert [s.doc_id for s in events[second].sources] == ["b", "c"]


def test_a_report_naming_both_sides_joins_the_two_events_it_bridges() -> None:
    """One page names the country struck, two others the army unit (no country known);
    a fourth names both: the attack is one event, and every id handed out leads to it."""
    army = Actor("org:army", "Army", "organisation", None)
    attack = {"type": "ASSAULT", "mode": None, "actors": []}
    merger = EventMerger()
    first = merger.add(report("a", "2026-03-01", **attack, recipients=[FRANCE]), source("a"))
    second = merger.add(report("b", "2026-03-01", **attack, recipients=[army]), source("b"))
    merger.add(report("c", "2026-03-02", **attack, recipients=[army]), source("c"))
    last = merger.add(report("d", "2026-03-01", **attack, recipients=[FRANCE, army]), source("d"))
    (event,) = merger.events()
    assert {s.doc_id for s in event.sources} == {"a", "b", "c", "d"}
    assert {merger.final_id(first), merger.final_id(second), merger.final_id(last)} == {event.id}


def test_events_a_week_apart_are_not_joined_by_a_report_between_them() -> None:
    merger = EventMerger()
    merger.add(report("a", "2026-03-01", actors=[MARTIN, VOGEL]), source("a"))
    merger.add(report("b", "2026-03-08", actors=[MARTIN, VOGEL]), source("b"))
    merger.add(report("c", "2026-03-04", "day", actors=[FRANCE, GERMANY]), source("c"))
    assert len(merger.events()) == 2


def test_a_report_between_two_events_told_days_apart_does_not_fold_them_into_one() -> None:
    """Calls told on the 9th and on the 13th by pages' own words are two; a report of the
    11th, two days from each, joins one and leaves the other."""
    merger = EventMerger()
    merger.add(report("a", "2026-03-09", date_source="clause"), source("a"))
    merger.add(report("b", "2026-03-13", date_source="clause"), source("b"))
    merger.add(report("c", "2026-03-11", date_source="clause"), source("c"))
    assert sorted(len(e.sources) for e in merger.events()) == [1, 2]


def test_a_person_of_no_known_country_may_stand_for_the_other_government() -> None:
    minister = Actor("person:ana-sala", "Ana Sala", "person", None)
    merger = EventMerger()
    merger.add(report("a", "2026-03-03", actors=[MARTIN, minister], type="AGREE", mode=None), source("a"))
    merger.add(report("b", "2026-03-03", actors=[MARTIN, VOGEL], type="AGREE", mode=None), source("b"))
    (event,) = merger.events()
    assert [s.doc_id for s in event.sources] == ["a", "b"]


def test_a_month_and_a_year_next_to_it_do_not_meet() -> None:
    merger = EventMerger()
    merger.add(report("a", "2025-12", "month", type="AGREE", mode=None), source("a"))
    merger.add(report("b", "2026", "year", type="AGREE", mode=None), source("b"))
    assert len(merger.events()) == 2


SITE = Actor("place:kvitfjell", "Kvitfjell", "place", None)
NORWAY = Actor("country:NO", "Norway", "country", "NO")


def attack(doc: str, date: str | None, recipients: list[Actor], passing: bool = False) -> DocEvent:
    return report(doc, date, type="ASSAULT", mode=None, actors=[], recipients=recipients, passing=passing)


def test_an_event_named_in_passing_joins_the_event_others_report() -> None:
    merger = EventMerger()
    told = merger.add(attack("a", "2026-03-01", [NORWAY, SITE]), source("a"))
    assert merger.add(attack("b", None, [SITE], passing=True), source("b", "2026-03-04")) == told
    (event,) = merger.events()
    assert ({s.doc_id for s in event.sources}, event.date) == ({"a", "b"}, "2026-03-01")


def test_an_event_named_in_passing_joins_the_better_attested_of_two_fitting_events() -> None:
    """ "Le bombardement de Kvitfjell" with no day fits the shelling three pages date and the
    fighting one page placed there a week on: the one more pages tell is the one meant,
    however many more parties it has."""
    merger = EventMerger()
    told = merger.add(attack("a", "2026-03-01", [NORWAY, SITE, MARTIN, VOGEL]), source("a"))
    merger.add(attack("b", "2026-03-01", [NORWAY, SITE]), source("b"))
    merger.add(attack("c", "2026-03-01", [SITE]), source("c"))
    merger.add(attack("d", "2026-03-09", [SITE, LUND]), source("d", "2026-03-10"))
    assert merger.add(attack("e", None, [SITE], passing=True), source("e", "2026-03-12")) == told


def test_an_event_named_in_passing_joins_an_event_weeks_before_its_page() -> None:
    """ "Depuis l'attaque de Kvitfjell, ..." in a page three weeks on: passing reports only
    join, so they may look further back than an undated report that would make an event."""
    merger = EventMerger()
    told = merger.add(attack("a", "2026-03-01", [NORWAY, SITE]), source("a"))
    assert merger.add(attack("b", None, [SITE], passing=True), source("b", "2026-03-22")) == told
    assert merger.add(attack("c", None, [SITE]), source("c", "2026-03-22")) != told


def test_a_report_dated_by_its_page_joins_an_event_others_report_weeks_before() -> None:
    """ "Niamey responded with a statement accusing Cotonou" in a page two weeks on takes the
    page's day; the call two pages already date is the one it tells. It casts no vote on the day."""
    merger = EventMerger()
    told = merger.add(report("a", "2026-03-01"), source("a", "2026-03-02"))
    merger.add(report("b", "2026-03-01"), source("b", "2026-03-02"))
    late = report("c", "2026-03-16", date_source="page")
    assert merger.add(late, source("c", "2026-03-16")) == told
    (event,) = merger.events()
    assert (event.date, len(event.sources)) == ("2026-03-01", 3)


def test_a_day_borrowed_from_the_page_casts_no_vote_beside_days_pages_give() -> None:
    """Two pages date the call to the 6th and 7th, a third tells it with its own page's day
    (the 8th) within the window: it joins, and the day stays one a page gives."""
    merger = EventMerger()
    told = merger.add(report("a", "2026-03-06"), source("a", "2026-03-07"))
    assert merger.add(report("b", "2026-03-07"), source("b", "2026-03-08")) == told
    assert merger.add(report("c", "2026-03-08", date_source="page"), source("c", "2026-03-08")) == told
    assert merger.add(report("d", "2026-03-08", date_source="page"), source("d", "2026-03-08")) == told
    (event,) = merger.events()
    assert (event.date, len(event.sources)) == ("2026-03-06", 4)


def test_days_borrowed_from_pages_vote_among_themselves() -> None:
    """Two pages that only borrow their days (the 12th, the 14th) both vote: the tie goes to
    the earlier day, as between days pages give."""
    merger = EventMerger()
    first = merger.add(report("a", "2026-03-12", date_source="paragraph"), source("a", "2026-03-13"))
    assert merger.add(report("b", "2026-03-14", date_source="page"), source("b", "2026-03-14")) == first
    (event,) = merger.events()
    assert event.date == "2026-03-12"


def test_a_report_dated_by_its_page_makes_its_own_event_beside_a_single_report() -> None:
    """One page's call of the 1st and another's undated call a fortnight on may be two calls."""
    merger = EventMerger()
    first = merger.add(report("a", "2026-03-01"), source("a", "2026-03-02"))
    assert merger.add(report("c", "2026-03-16", date_source="page"), source("c", "2026-03-16")) != first
    assert len(merger.events()) == 2


def test_an_event_named_in_passing_that_fits_none_makes_none() -> None:
    merger = EventMerger()
    merger.add(attack("a", "2026-03-01", [NORWAY]), source("a"))
    assert merger.add(attack("b", None, [FRANCE], passing=True), source("b", "2026-03-04")) is None
    assert [{s.doc_id for s in e.sources} for e in merger.events()] == [{"a"}]


def test_a_report_naming_only_the_site_joins_the_attack_that_names_its_country() -> None:
    """The site helps reports find each other; it is no party two accounts must share."""
    guards = Actor("org:home-guard", "Home Guard", "organisation", "NO")
    merger = EventMerger()
    first = merger.add(attack("a", "2026-03-01", [NORWAY, SITE]), source("a"))
    assert merger.add(attack("b", "2026-03-01", [SITE]), source("b")) == first
    assert merger.add(attack("c", "2026-03-01", [guards]), source("c")) == first


NORWAY = Actor("country:NO", "Norway", "country", "NO")


def visit(doc: str, date: str, host: Actor, **kw: object) -> DocEvent:
    values: dict[str, object] = {
        "mode": "visit",
        "actors": [MARTIN],
        "recipients": [host],
        "trigger": "received",
    }
    return report(doc, date, **(values | kw))


def test_an_attack_claimed_by_a_group_and_by_its_branch_is_one_attack() -> None:
    """ "Islamic State's Sahel affiliate" on one page and "Islamic State Sahel Province" on
    another name one group: a branch stands for the organisation it belongs to."""
    branch = Actor("org:islamic-state-sahel-province", "Islamic State Sahel Province", "organisation", None)
    group = Actor("org:islamic-state", "Islamic State", "organisation", None)
    site = Actor("place:kandadji", "Kandadji", "place", "NE")
    other = Actor("org:boko-haram", "Boko Haram", "organisation", None)
    merger = EventMerger()
    attack = {"type": "ASSAULT", "mode": None, "recipients": [site]}
    merger.add(report("a", "2026-03-03", **attack, actors=[branch]), source("a"))
    merger.add(report("b", "2026-03-03", **attack, actors=[group]), source("b"))
    merger.add(report("c", "2026-03-03", **attack, actors=[other]), source("c"))
    assert sorted(len(e.sources) for e in merger.events()) == [1, 2]


def test_an_envoy_received_in_two_countries_on_two_days_made_two_visits() -> None:
    """Two legs of a tour stay two events, and a page telling both legs in one sentence
    (the same trigger, two hosts) carries both."""
    merger = EventMerger()
    merger.add(visit("a", "2026-03-09", GERMANY), source("a"))
    merger.add(
        visit("b", "2026-03-10", NORWAY, actors=[MARTIN, GERMANY]), source("b")
    )  # "arrived from Berlin"
    merger.add(visit("c", "2026-03-09", GERMANY), source("c"))
    merger.add(visit("c", "2026-03-10", NORWAY), source("c"))
    legs = sorted(
        (e.date, [r.entity for r in e.recipients], [s.doc_id for s in e.sources]) for e in merger.events()
    )
    assert legs == [("2026-03-09", ["country:DE"], ["a", "c"]), ("2026-03-10", ["country:NO"], ["b", "c"])]


@pytest.mark.parametrize(("day", "events"), [("2026-03-09", 1), ("2026-03-10", 2)])
def test_two_hosts_on_one_day_are_one_visit_with_a_misread_side(day: str, events: int) -> None:
    """ "l'audience accordée par Vogel à Martin" read with France as the host: on the day
    another page gives, one visit; on the next day, a second leg."""
    merger = EventMerger()
    merger.add(visit("a", "2026-03-09", VOGEL), source("a"))
    merger.add(visit("b", day, FRANCE, actors=[MARTIN, GERMANY]), source("b"))
    assert len(merger.events()) == events


@pytest.mark.parametrize(
    ("host", "day", "events"),
    [("other", "2026-03-12", 2), ("same", "2026-03-12", 1), ("other", "2026-03-10", 1)],
)
def test_an_envoy_received_by_another_host_of_the_country_days_on_is_another_audience(
    host: str, day: str, events: int
) -> None:
    """Martin received by Vogel on the 9th (two pages), then by another German leader three
    days on: two audiences of one trip. By Vogel again, or by the other a day on, one visit
    on which pages disagree."""
    brandt = Actor("person:karl-brandt", "Karl Brandt", "person", "DE")
    merger = EventMerger()
    merger.add(visit("a", "2026-03-09", VOGEL, date_source="clause"), source("a"))
    merger.add(visit("b", "2026-03-09", VOGEL, date_source="clause"), source("b"))
    receiver = brandt if host == "other" else VOGEL
    merger.add(visit("c", day, receiver, date_source="clause"), source("c", "2026-03-13"))
    assert len(merger.events()) == events


def test_a_report_joins_the_event_of_its_own_day_before_one_sharing_more_parties() -> None:
    """A talk told with Martin, Vogel and Lund on the 10th joins Vogel's visit that day,
    not the call among all three two days later."""
    merger = EventMerger()
    call = merger.add(report("a", "2026-03-12", actors=[MARTIN, VOGEL, LUND]), source("a"))
    meeting = merger.add(visit("b", "2026-03-10", VOGEL), source("b"))
    joined = merger.add(report("c", "2026-03-10", mode=None, actors=[MARTIN, VOGEL, LUND]), source("c"))
    assert call != meeting and joined == meeting


def test_an_envoy_summoned_and_a_statement_days_before_stay_two_events() -> None:
    """A démarche (``act``) answers or follows a statement: reports of each never merge."""
    merger = EventMerger()
    said = {"type": "ACCUSE", "mode": None, "actors": [FRANCE], "recipients": [GERMANY]}
    merger.add(report("a", "2026-03-02", **said), source("a"))
    merger.add(report("b", "2026-03-04", act="demarche", **said), source("b"))
    merger.add(report("c", "2026-03-04", act="demarche", **said), source("c"))
    events = merger.events()
    assert [(e.date, e.act, len(e.sources)) for e in events] == [
        ("2026-03-02", None, 1),
        ("2026-03-04", "demarche", 2),
    ]
