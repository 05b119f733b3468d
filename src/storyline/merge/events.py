"""Reports of events from many pages merged into one record per real-world event.

Blocking keeps the cost near-linear: an event is indexed under (type, participant
token, day) for every day its dates cover, where a participant token is a country code
(countries stand for governments, and people carry their country) or, for participants
with no country, their entity key. A new report only looks at events indexed under one
of its tokens within its own dates widened by ``Settings.event_window_days``.

A report joins an event of the same type and kind of act (``DocEvent.act``: an envoy
summoned is never the statement it answers or goes with) when the modes may be one
meeting's (see ``modes_compatible``), the
participants fit (named people of one side are among the other's, and so are the
countries; unnamed attackers count for none), the two are not a statement and the reply to
it (``opposed``), neither already holds a report of the same page, and their dates meet: two
day-precise reports at most the window apart; a month-precise or ranged report whose
span meets the event's. Visits received by countries that share none are two legs of a
tour unless told on the same day (``_hosted_apart``). The best candidate is one on the
report's own day, then (for an event named in passing) the one most pages tell, then the
one with the most participants in common, then the nearest date. A report that fits
several events joins the best, and the others join it too when they could have been one
event from the start (same type, parties that fit,
dates that meet, no page in both): "the attack" told with the country struck by one
page and with the army unit by another is one event once a page names both. Only a
report dated in days (one day, or a span of them such as "last week") bridges two events:
a month or a year would join distinct ones.
A report with no party of its own (``DocEvent.setting``: "the April 11 shooting") is blocked
by its page's countries and only joins an event of its kind, dated to the day, that one of
them takes part in and whose day it meets (``_in_setting``); its day casts no vote. A
report whose parties are all unnamed (gunmen, a village of no known country) looks under
its own tokens and, with that rule, under its page's countries (``DocEvent.page_countries``).
A report of a page that gives no date at all (no publication, no estimate, none of its own)
has no days to look in: it joins the dated event of its kind whose parties fit it best, on
any day (``_any_day``), and makes an undated one only when none fits; such reports are
merged last.
The ids of absorbed events lead to the one they joined (``final_id``). Values are chosen by vote, one vote per original page (republished
copies do not vote): the day pages give as a single day that most day-precise dates hold (a
span such as "last week" holds every day in it, so two "last week"s and one "on Wednesday"
give the Wednesday; between equal counts, the day more pages give as such, then the
earliest), else the narrowest range, else the month; disagreements (dates that do not hold
the day chosen) are kept in ``Event.conflicts``.

Event ids: ``ev-`` + a hash of the type, mode, participants, date and page of the report
that created the event. The id is fixed at creation and never recomputed, so it stays
stable as more sources join; events reloaded through ``EventMerger(existing)`` keep theirs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from storyline.annotate.event_parts import (
    modes_compatible,
    opposed,
    participants_compatible,
    party_key,
    people_keys,
    to_date,
    without_represented,
)
from storyline.config import Settings, load_settings, load_yaml_data
from storyline.models import Actor, DocEvent, Event, Source

Interval = tuple[dt.date, dt.date]
PASSING_DAYS = 45  # how far back an undated event named in passing looks for the event it names
CONTEXT_SOURCES = ("page", "paragraph", "publication")  # DocEvent.date_source of a borrowed date
OWN_DAYS_APART = 1  # days two reports dated by their own words may differ on one event
ESTABLISHED = 2  # sources an event needs before a report with a borrowed date may join it weeks on


@dataclass(slots=True)
class Report:
    """One page's account of an event, as far as voting needs it."""

    doc_id: str
    origin: str  # the original page's doc id; a copy votes as its original
    date: str | None
    precision: str | None
    date_end: str | None
    location: str | None
    mode: str | None
    background: bool
    start: int
    published: dt.date | None = None
    trigger: str = ""
    copy: bool = False
    doers: frozenset[str] = frozenset()  # the report's actors: one sentence may tell two doers' acts
    hosts: frozenset[str] = frozenset()  # for a visit, the countries that received it
    receivers: tuple[str, ...] = ()  # for a visit, the people who received it (a tuple: memory)
    borrowed: bool = False  # dated only by its page or paragraph (``CONTEXT_SOURCES``)
    repeat: int = 0  # see DocEvent.repeat


@dataclass
class Slot:
    """An event under construction."""

    id: str
    type: str
    act: str | None = None  # see DocEvent.act: reports of another kind of act never join
    reports: list[Report] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    recipients: dict[str, Actor] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    event: Event | None = None
    indexed: set[tuple[str, int]] = field(default_factory=set)


def interval_of(date: str | None, precision: str | None, date_end: str | None) -> Interval | None:
    """The days a date at its precision may mean, or None when undated."""
    if not date:
        return None
    lo = to_date(date)
    hi = to_date(date_end, upper=True) if date_end else to_date(date, upper=True)
    return (lo, hi) if lo and hi else None


def tokens_of(actors: Iterable[Actor]) -> frozenset[str]:
    """Blocking tokens: country codes, or entity keys for participants with no country."""
    return frozenset(a.country or a.entity for a in actors)


def countries_of(actors: Iterable[Actor]) -> frozenset[str]:
    """The countries a list of participants stands for (a person's, a country itself)."""
    return frozenset(a.country for a in actors if a.country)


def fits(a: Iterable[Actor], b: Iterable[Actor]) -> bool:
    """The participants may be one event's: see ``participants_compatible``."""
    a, b = list(a), list(b)
    return participants_compatible(
        (people_keys(a), people_keys(b)), (countries_of(a), countries_of(b)), (_unplaced(a), _unplaced(b))
    )


def _sides(slot: Slot) -> tuple[list[Actor], list[Actor]]:
    """An event's doers and targets, as ``opposed`` compares them."""
    return list(slot.actors.values()), list(slot.recipients.values())


def _party_keys(slot: Slot) -> set[str]:
    """An event's parties as reports are weighed against it (see ``party_key``)."""
    return {party_key(a) for a in [*slot.actors.values(), *slot.recipients.values()]}


def _unplaced(actors: list[Actor]) -> int:
    return sum(1 for x in actors if x.kind == "person" and not x.country)


class EventMerger:
    """Incremental merge of DocEvents into Events (see the module doc for the rules)."""

    def __init__(self, existing: Iterable[Event] = (), settings: Settings | None = None) -> None:
        self.window = (settings or load_settings()).event_window_days
        self._slots: dict[str, Slot] = {}
        self._index: dict[tuple[str, str], dict[int, list[str]]] = {}
        self._undated: dict[tuple[str, frozenset[str]], list[str]] = {}
        self._dated: dict[tuple[str, str], set[str]] = {}  # (type, token) -> dated events, any day
        self._by_doc: dict[str, list[tuple[str, str | None, str]]] = {}
        self._renamed: dict[str, str] = {}  # absorbed event id -> the event it joined
        for event in existing:
            self._restore(event)

    def add(self, doc_event: DocEvent, source: Source, copy_of: str | None = None) -> str | None:
        """Merge one report; returns the id of the event it joined or created, or None for a
        report named in passing (``DocEvent.passing``) that fits no event: it makes none.

        ``copy_of`` names the page this one republishes (see merge.duplicates): the copy
        joins the event its original reported and never votes on its values.
        """
        source = replace(
            source, date=source.date or doc_event.date, background=source.background or doc_event.background
        )
        report = Report(
            doc_id=doc_event.doc_id,
            origin=copy_of or doc_event.doc_id,
            date=doc_event.date,
            precision=doc_event.precision,
            date_end=doc_event.date_end,
            location=doc_event.location,
            mode=doc_event.mode,
            background=doc_event.background,
            start=doc_event.start,
            published=_published(source),
            trigger=doc_event.trigger,
            copy=copy_of is not None,
            doers=_doers(doc_event),
            hosts=_hosts(doc_event.mode, doc_event.recipients),
            receivers=_receivers(doc_event.mode, doc_event.recipients),
            # a report with no party of its own follows the day others give, as one dated by its page
            borrowed=doc_event.date_source in CONTEXT_SOURCES or bool(doc_event.setting),
            repeat=doc_event.repeat,
        )
        slot = self._same_report(doc_event) or self._original_event(doc_event, copy_of)
        fitting = [] if slot else self._fitting(doc_event, report, _published(source))
        if not (slot or fitting or source.published or report.date):
            fitting = self._any_day(doc_event, report)
        if not (slot or fitting) and (earlier := self._told_before(doc_event, report, _published(source))):
            slot, report = earlier
        slot = slot or (fitting[0] if fitting else None)
        if fitting and slot is fitting[0] and _borrowed_beside_own_day(report, slot):
            report = replace(report, date=None, precision=None, date_end=None)
        if slot is None and doc_event.passing:
            return None
        if slot is None:
            slot = Slot(id=self._new_id(doc_event), type=doc_event.type, act=doc_event.act)
            self._slots[slot.id] = slot
        self._join(slot, report, doc_event, source)
        for other in fitting[1:] if report.precision == "day" else ():
            if self._slots_fit(slot, other):
                self._absorb(slot, other)
        return slot.id

    def final_id(self, event_id: str) -> str:
        """The id an event id now goes by: an event absorbed into another takes its id."""
        while event_id in self._renamed:
            event_id = self._renamed[event_id]
        return event_id

    def events(self) -> list[Event]:
        """All merged events, ordered by date (undated last)."""
        built = [s.event for s in self._slots.values() if s.event is not None]
        return sorted(built, key=lambda e: (e.date is None, e.date or "", e.id))

    def _new_id(self, e: DocEvent) -> str:
        people = ",".join(sorted(a.entity for a in e.actors + e.recipients))
        key = f"{e.type}|{e.mode}|{people}|{e.date}|{e.doc_id}|{e.start}"
        return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def _same_report(self, e: DocEvent) -> Slot | None:
        """The event this very report already joined (re-adding a page is a no-op); the legs
        of a tour told in one sentence are two reports."""
        hosts = _hosts(e.mode, e.recipients)
        for slot_id, mode, _ in self._by_doc.get(e.doc_id, []):
            slot = self._slots[slot_id]
            same = any(
                _report_key(r) == _report_key(e) and not _hosted_apart(r.hosts, hosts) for r in slot.reports
            )
            if slot.type == e.type and mode == e.mode and same:
                return slot
        return None

    def _original_event(self, e: DocEvent, copy_of: str | None) -> Slot | None:
        """For a republished copy, the event its original reported with the same evidence or type."""
        if copy_of is None:
            return None
        kind = (e.type, e.act)
        entries = [
            x
            for x in self._by_doc.get(copy_of, [])
            if (self._slots[x[0]].type, self._slots[x[0]].act) == kind
        ]
        exact = [x for x in entries if x[2] == e.evidence.strip()]
        picks = exact or [x for x in entries if x[1] == e.mode] or entries
        return self._slots[picks[0][0]] if picks else None

    def _candidates(self, etype: str, tokens: frozenset[str], span: Interval | None) -> set[str]:
        if span is None:
            return set()
        lo = span[0].toordinal() - self.window
        hi = span[1].toordinal() + self.window
        found: set[str] = set()
        for token in tokens:
            days = self._index.get((etype, token))
            if not days:
                continue
            for day in range(lo, hi + 1):
                found.update(days.get(day, ()))
        return found & self._slots.keys()

    def _fitting(
        self, e: DocEvent, report: Report, published: dt.date | None, back: int | None = None
    ) -> list[Slot]:
        """The events a report may join, best first (the one it joins); an undated report
        looks in the ``back`` days before its publication (the event window, or
        ``PASSING_DAYS`` for one that only joins)."""
        etype, participants = e.type, e.actors + e.recipients
        span = interval_of(report.date, report.precision, report.date_end)
        if span is None and published is not None:
            # an event named in passing only joins one: it may be one of the weeks before
            back = back or (PASSING_DAYS if e.passing else self.window)
            span = (published - dt.timedelta(days=back), published)
        if span is None:
            ids = self._undated.get((etype, people_keys(participants) or tokens_of(participants)), [])
            return [self._slots[i] for i in ids[:1] if i in self._slots and self._slots[i].act == e.act]
        scored = []
        mine = {party_key(a) for a in participants}
        own = self._candidates(etype, tokens_of(participants) or frozenset(e.setting), span)
        # parties all unnamed ("gunmen attacked the post at Gbiti"): also the page's countries'
        # events of that day, as for a report with no party
        placed = self._candidates(etype, frozenset(e.page_countries), span) - own
        for slot_id in own | placed:
            slot = self._slots[slot_id]
            theirs = _party_keys(slot)
            if not self._compatible(slot, report, e, span):
                continue
            if (not participants or slot_id in placed) and not _in_setting(
                slot, span, e.setting or e.page_countries
            ):
                continue
            assert slot.event is not None
            other = interval_of(slot.event.date, slot.event.precision, slot.event.date_end) or span
            distance = max(0, (other[0] - span[1]).days, (span[0] - other[1]).days)
            overlap = len(mine & theirs) / len(mine | theirs)
            attested = -len(slot.sources) if e.passing else 0
            scored.append((distance > 0, attested, -overlap, distance, -len(slot.sources), slot.id))
        return [self._slots[entry[-1]] for entry in sorted(scored)]

    def _any_day(self, e: DocEvent, report: Report) -> list[Slot]:
        """For a report of a page that gives no date at all: the dated events of its kind
        whose parties fit, those with most parties in common first, then those most pages tell.
        Its page names no day, so the parties alone say which event it tells."""
        participants = e.actors + e.recipients
        mine = {party_key(a) for a in participants}
        found = set().union(*(self._dated.get((e.type, t), set()) for t in tokens_of(participants)))
        scored = []
        for slot_id in found & self._slots.keys():
            slot = self._slots[slot_id]
            if mine and self._compatible(slot, report, e, None):
                overlap = len(mine & _party_keys(slot)) / len(mine)
                scored.append((-overlap, -len(slot.sources), slot.id))
        return [self._slots[entry[-1]] for entry in sorted(scored)]

    def _told_before(
        self, e: DocEvent, report: Report, published: dt.date | None
    ) -> tuple[Slot, Report] | None:
        """For a report dated only by its page or paragraph that fits no event on that day:
        an event of the weeks before that other pages already report, with the report as it
        joins it, undated (its borrowed day casts no vote). Beside a single report it makes
        its own: a second call one page tells is not folded into the first."""
        if not report.borrowed:
            return None
        loose = replace(report, date=None, precision=None, date_end=None)
        joined = self._fitting(e, loose, published, PASSING_DAYS)
        return (joined[0], loose) if joined and len(joined[0].sources) >= ESTABLISHED else None

    def _slots_fit(self, a: Slot, b: Slot) -> bool:
        """Two events a report fits are one when they could have been one from the start:
        same type, modes that may meet, no page in both, parties that fit, dates that meet.
        ("the attack" told with Central African Republic by one page and with FACA by two
        others becomes one event once a page names both.)"""
        ea, eb = a.event, b.event
        if (
            ea is None
            or eb is None
            or (a.type, a.act) != (b.type, b.act)
            or not modes_compatible(ea.mode, eb.mode)
        ):
            return False
        if {r.doc_id for r in a.reports} & {r.doc_id for r in b.reports}:
            return False
        if _hosted_apart(_hosts_of(a.reports), _hosts_of(b.reports), _single_day(ea), _single_day(eb)):
            return False
        if _told_apart(a, b):
            return False
        if opposed(a.type, _sides(a), _sides(b)):
            return False
        if not fits(
            [*a.actors.values(), *a.recipients.values()], [*b.actors.values(), *b.recipients.values()]
        ):
            return False
        ia = interval_of(ea.date, ea.precision, ea.date_end)
        ib = interval_of(eb.date, eb.precision, eb.date_end)
        return ia is not None and ib is not None and self._meet(ia, ib)

    def _meet(self, a: Interval, b: Interval) -> bool:
        """Two spans of days at most the event window apart; two spans of a month or more
        must overlap (a recall "in December 2025" is not "in 2026")."""
        coarse = min(a[1] - a[0], b[1] - b[0]).days >= 27
        w = dt.timedelta(days=0 if coarse else self.window)
        return a[0] <= b[1] + w and b[0] <= a[1] + w

    def _absorb(self, into: Slot, other: Slot) -> None:
        """Move every report of ``other`` into ``into``; ``other``'s id now leads to ``into``."""
        for report in other.reports:
            _add_report(
                into, report, list(other.actors.values()), list(other.recipients.values()), other.topics
            )
            self._by_doc[report.doc_id] = [
                (into.id if slot_id == other.id else slot_id, mode, evidence)
                for slot_id, mode, evidence in self._by_doc.get(report.doc_id, [])
            ]
        for doc_id, src in other.sources.items():
            into.sources.setdefault(doc_id, src)
        del self._slots[other.id]
        self._renamed[other.id] = into.id
        into.event = build_event(into)
        self._reindex(into)

    def _compatible(self, slot: Slot, report: Report, e: DocEvent, span: Interval | None) -> bool:
        event = slot.event
        if event is None or slot.act != e.act or not modes_compatible(report.mode, event.mode):
            return False
        if opposed(slot.type, (e.actors, e.recipients), _sides(slot)):
            return False
        participants = e.actors + e.recipients
        if any(r.doc_id == report.doc_id for r in slot.reports):
            return False
        if _hosted_apart(report.hosts, _hosts_of(slot.reports), _single_day(report), _single_day(event)):
            return False
        if not fits(participants, [*slot.actors.values(), *slot.recipients.values()]):
            return False
        if report.mode != event.mode and _own_days_apart(report, slot):
            return False  # a talk of no mode beside a visit or a call days from it
        if _received_apart(report, slot):
            return False
        other = interval_of(event.date, event.precision, event.date_end)
        return other is None or span is None or self._meet(span, other)

    def _join(self, slot: Slot, report: Report, e: DocEvent, source: Source) -> None:
        _add_report(slot, report, e.actors, e.recipients, e.topics)
        slot.sources.setdefault(source.doc_id, source)
        self._by_doc.setdefault(e.doc_id, []).append((slot.id, e.mode, e.evidence.strip()))
        slot.event = build_event(slot)
        self._reindex(slot)

    def _reindex(self, slot: Slot) -> None:
        event = slot.event
        assert event is not None
        participants = [*slot.actors.values(), *slot.recipients.values()]
        span = interval_of(event.date, event.precision, event.date_end) or self._publication_window(slot)
        if span is None:
            key = (slot.type, people_keys(participants) or tokens_of(participants))
            if slot.id not in self._undated.setdefault(key, []):
                self._undated[key].append(slot.id)
            return
        for token in tokens_of(participants):
            self._dated.setdefault((slot.type, token), set()).add(slot.id)
            days = self._index.setdefault((slot.type, token), {})
            for day in range(span[0].toordinal(), span[1].toordinal() + 1):
                if (token, day) not in slot.indexed:
                    days.setdefault(day, []).append(slot.id)
                    slot.indexed.add((token, day))

    def _publication_window(self, slot: Slot) -> Interval | None:
        """Where an undated event is looked for: the window before its reports' publication."""
        days = [r.published for r in slot.reports if r.published]
        if not days:
            return None
        return min(days) - dt.timedelta(days=self.window), max(days)

    def _restore(self, event: Event) -> None:
        """Rebuild an event's state from its stored record: each source is one report
        carrying the event's mode and place and the date it gave."""
        slot = Slot(id=event.id, type=event.type, act=event.act, topics=list(event.topics))
        slot.actors = {a.entity: a for a in event.actors}
        slot.recipients = {a.entity: a for a in event.recipients}
        for s in event.sources:
            same = s.date == event.date
            slot.reports.append(
                Report(
                    doc_id=s.doc_id,
                    origin=s.doc_id,
                    date=s.date,
                    precision=event.precision if same else _precision_of(s.date),
                    date_end=event.date_end if same else None,
                    location=event.location,
                    mode=event.mode,
                    background=s.background,
                    start=s.start,
                    hosts=_hosts(event.mode, event.recipients),
                    receivers=_receivers(event.mode, event.recipients),
                )
            )
            slot.sources[s.doc_id] = s
            self._by_doc.setdefault(s.doc_id, []).append((slot.id, event.mode, s.evidence.strip()))
        self._slots[slot.id] = slot
        slot.event = build_event(slot) if slot.reports else event
        self._reindex(slot)


def _add_report(
    slot: Slot, report: Report, actors: list[Actor], recipients: list[Actor], topics: list[str]
) -> None:
    """Add a report with its parties and topics to an event; a party that acts in any report
    is an actor of the event."""
    if not any(_report_key(r) == _report_key(report) for r in slot.reports):
        slot.reports.append(report)
    for a in actors:
        slot.actors.setdefault(a.entity, a)
        slot.recipients.pop(a.entity, None)
    for a in recipients:
        if a.entity not in slot.actors:
            slot.recipients.setdefault(a.entity, a)
    slot.topics = list(dict.fromkeys(slot.topics + topics))


def _report_key(r: Report | DocEvent) -> tuple[str, int, str, str | None, frozenset[str], int]:
    """One report: a page's trigger in one sentence, on one date, by its doers, one of the
    acts it counts (a sentence listing two calls, "les 9 et 16 septembre", counting them,
    "à deux reprises", or telling two doers' statements, "condamnée par Moscou, puis par
    Alger", reports two events)."""
    doers = r.doers if isinstance(r, Report) else _doers(r)
    return r.doc_id, r.start, r.trigger, r.date, doers, r.repeat


def _doers(e: DocEvent) -> frozenset[str]:
    return frozenset(a.entity for a in e.actors)


def _hosts(mode: str | None, recipients: Iterable[Actor]) -> frozenset[str]:
    return countries_of(recipients) if mode == "visit" else frozenset()


def _receivers(mode: str | None, recipients: Iterable[Actor]) -> tuple[str, ...]:
    return tuple(a.entity for a in recipients if a.kind == "person") if mode == "visit" else ()


def _received_apart(report: Report, slot: Slot) -> bool:
    """A visit received by other people than every report of the event names, on days of its
    own more than ``OWN_DAYS_APART`` from theirs: another audience of the same trip (received
    by Dbeibah in Tripoli on the 19th, by Haftar at Rajma on the 22nd), not one on which pages
    disagree."""
    mine = _own_span(report)
    if mine is None or not report.receivers:
        return False
    theirs = [(span, r.receivers) for r in slot.reports if r.receivers and (span := _own_span(r))]
    return bool(theirs) and all(
        _days_between(mine, span) > OWN_DAYS_APART and not set(receivers) & set(report.receivers)
        for span, receivers in theirs
    )


def _hosts_of(reports: Iterable[Report]) -> frozenset[str]:
    return frozenset().union(*(r.hosts for r in reports))


def _hosted_apart(
    a: frozenset[str], b: frozenset[str], day_a: str | None = None, day_b: str | None = None
) -> bool:
    """Visits received by different countries are two legs of a tour, even a day apart and
    with the same envoy ("reçu lundi par Tiani" / "received on Tuesday by Talon"). Told on
    one and the same day, the hosts more likely differ by a misread side ("l'audience
    accordée par X au ministre Y")."""
    return bool(a) and bool(b) and a.isdisjoint(b) and not (day_a and day_a == day_b)


def _in_setting(slot: Slot, span: Interval, countries: list[str]) -> bool:
    """A report with no party of its own, or none named, names this event: one of its page's
    ``countries`` takes part in it, and it falls on the report's day (``OWN_DAYS_APART``
    either side)."""
    event = slot.event
    other = (
        interval_of(event.date, event.precision, event.date_end)
        if event and event.precision == "day"
        else None
    )
    if other is None or not countries_of([*slot.actors.values(), *slot.recipients.values()]) & set(countries):
        return False
    reach = dt.timedelta(days=OWN_DAYS_APART)
    return other[0] <= span[1] + reach and span[0] <= other[1] + reach


def _borrowed_beside_own_day(report: Report, slot: Slot) -> bool:
    """A report dated only by its page joins an event pages date to the day themselves: the
    borrowed day casts no vote ("the day after the shelling" told on a page of two days later
    does not move the accusation to the page's day). Among borrowed days alone, all vote."""
    return report.borrowed and any(r.date and r.precision == "day" and not r.borrowed for r in slot.reports)


def _own_days_apart(report: Report, slot: Slot) -> bool:
    """A report dated to the day or to a span of days by its own words, more than
    ``OWN_DAYS_APART`` days from every day or span the event's reports give in their own
    words: two events, a call on Saturday and a visit on Tuesday, or talks on the 24th and a
    visit "last week", not one event on which pages disagree."""
    mine = _own_span(report)
    own = [span for r in slot.reports if (span := _own_span(r))]
    return mine is not None and bool(own) and all(_days_between(mine, span) > OWN_DAYS_APART for span in own)


def _told_apart(a: Slot, b: Slot) -> bool:
    """Every report of one event that gives days of its own is more than ``OWN_DAYS_APART``
    days from every one the other's give (``_own_days_apart``): two events a report between
    them fits, not one on which pages disagree (a report only bridges events it could have
    founded with each)."""
    dated = [r for r in a.reports if _own_span(r)]
    return bool(dated) and all(_own_days_apart(r, b) for r in dated)


def _own_span(report: Report) -> Interval | None:
    """The days a report's own words date it to, when they name days."""
    if report.borrowed or report.precision != "day":
        return None
    return interval_of(report.date, report.precision, report.date_end)


def _days_between(a: Interval, b: Interval) -> int:
    return max((a[0] - b[1]).days, (b[0] - a[1]).days, 0)


def _single_day(x: Report | Event) -> str | None:
    return x.date if x.precision == "day" and x.date_end in (None, x.date) else None


def _published(source: Source) -> dt.date | None:
    return to_date(source.published[:10]) if source.published and len(source.published) >= 10 else None


def _precision_of(value: str | None) -> str | None:
    return {10: "day", 7: "month", 4: "year"}.get(len(value or ""))


def _majority(values: list[str]) -> str | None:
    """The most common value; ties go to the most specific (longest), then the earliest."""
    if not values:
        return None
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


def _dates(voters: list[Report]) -> tuple[str | None, str | None, str | None, list[str]]:
    """(date, date_end, precision, disagreeing dates) by vote (see module doc)."""
    days = [r for r in voters if r.date and r.precision == "day"]
    if days:
        single = Counter(day for r in days if (day := _single_day(r)))
        held = {d: sum(_holds(r, d) for r in days) for d in single or {str(r.date) for r in days}}
        day = min(held, key=lambda d: (-held[d], -single[d], d))
        ends = [r.date_end for r in days if r.date_end and r.date == day]
        apart = {str(r.date) for r in days if not _holds(r, day)}
        return day, _majority(ends), "day", sorted(apart | {day}) if apart else []
    ranges = [interval_of(r.date, r.precision, r.date_end) for r in voters if r.precision == "range"]
    spans = [s for s in ranges if s]
    if spans:
        lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
        if lo > hi:
            lo, hi = min(spans, key=lambda s: s[1] - s[0])
        return lo.isoformat(), hi.isoformat(), "range", []
    for precision in ("month", "year"):
        values = [r.date for r in voters if r.date and r.precision == precision]
        if values:
            distinct = sorted(set(values))
            return _majority(values), None, precision, distinct if len(distinct) > 1 else []
    return None, None, None, []


def _holds(report: Report, day: str) -> bool:
    """The report's day, or its span of days, holds ``day``."""
    span, when = interval_of(report.date, report.precision, report.date_end), to_date(day)
    return span is not None and when is not None and span[0] <= when <= span[1]


def build_event(slot: Slot) -> Event:
    """The Event a slot stands for now, values chosen by one vote per original page."""
    by_origin: dict[str, Report] = {}
    for r in slot.reports:
        if not r.copy:
            by_origin.setdefault(r.origin, r)
    voters = list(by_origin.values()) or slot.reports[:1]
    date, date_end, precision, date_conflict = _dates(voters)
    places = [r.location for r in voters if r.location]
    conflicts: dict[str, list[str]] = {}
    if date_conflict:
        conflicts["date"] = date_conflict
    if len(set(places)) > 1:
        conflicts["location"] = sorted(set(places))
    actors, recipients = list(slot.actors.values()), list(slot.recipients.values())
    mode = _majority([r.mode for r in voters if r.mode])
    location = _majority(places)
    return Event(
        id=slot.id,
        type=slot.type,
        mode=mode,
        date=date,
        date_end=date_end,
        precision=precision,
        actors=actors,
        recipients=recipients,
        location=location,
        summary=summarise(
            slot.type, mode, *_subsumed(actors, recipients), location, date, date_end, precision
        ),
        topics=list(slot.topics),
        sources=list(slot.sources.values()),
        conflicts=conflicts,
        background=all(r.background for r in slot.reports),
        act=slot.act,
    )


def _subsumed(actors: list[Actor], recipients: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """Countries stand for governments: a country is dropped when one of its people takes
    part on the same side (a putschist and the state he overthrows are two parties)."""
    return without_represented(actors), without_represented(recipients)


def short_name(actor: Actor) -> str:
    """A person by surname ("Putin"), anything else by its full name."""
    return actor.name.split()[-1] if actor.kind == "person" and actor.name.strip() else actor.name


def _names(actors: list[Actor]) -> str:
    names = [short_name(a) for a in actors]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


@lru_cache(maxsize=1)
def _summary_templates() -> dict[str, dict[str, str]]:
    return dict(load_yaml_data("triggers_en.yaml").get("summaries", {}))


def summarise(
    etype: str,
    mode: str | None,
    actors: list[Actor],
    recipients: list[Actor],
    location: str | None,
    date: str | None,
    date_end: str | None,
    precision: str | None,
) -> str:
    """One English line: who does what to whom, where and when ("Goïta and Putin talk by phone")."""
    templates = _summary_templates()
    fallback = {"text": "{actors} " + etype.lower()}
    template = templates.get(f"{etype}/{mode}") or templates.get(etype) or fallback
    phrase = template.get("one", template["text"]) if len(actors) == 1 else template["text"]
    text = phrase.format(actors=_names(actors) or "Unnamed parties")
    if recipients:
        text += template.get("recipients", " ({recipients})").format(recipients=_names(recipients))
    if location:
        text += f" in {location}"
    if date:
        when = f"{date} to {date_end}" if date_end and date_end != date else date
        text += f", {when}" if precision != "range" else f", between {date} and {date_end}"
    return text
