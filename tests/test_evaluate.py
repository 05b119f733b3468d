"""storyline.evaluate: how an output event is matched to a gold event."""

from __future__ import annotations

from typing import Any

from storyline.evaluate import event_matches, score_events, score_quotes, type_matches

ENTITIES = {
    "Jean Martin": {"kind": "person", "country": "FR", "aliases": ["Jean Martin", "chef de l'État"]},
    "Hans Vogel": {"kind": "person", "country": "DE", "aliases": ["Hans Vogel"]},
}
GOLD = {"date": "2026-03-03", "precision": "day", "participants": ["Jean Martin", "Hans Vogel"]}


def actor(name: str, *aliases: str) -> dict[str, object]:
    return {"name": name, "aliases": [name, *aliases], "kind": "person", "country": None}


def test_a_generic_alias_does_not_take_the_actor_another_participant_needs() -> None:
    """Hans Vogel's alias "chef de l'État allemand" also fits Jean Martin's generic alias:
    a first-fit reading would give him to Jean Martin and find one participant of two."""
    event = {
        "date": "2026-03-03",
        "actors": [actor("Hans Vogel", "chef de l'État allemand"), actor("Jean Martin")],
    }
    assert event_matches(GOLD, event, ENTITIES)


def test_one_actor_is_one_participant() -> None:
    event = {"date": "2026-03-03", "actors": [actor("Jean Martin")]}
    assert not event_matches(GOLD, event, ENTITIES)


# One call three pages report, and the two leaders' names as output events give them.
THREE_PAGES = {
    "entities": ENTITIES,
    "events": [{"id": "call", "role": "main", "type": "PHONE_CALL", **GOLD}],
    "docs": [{"doc": name, "events": ["call"]} for name in ("a.txt", "b.txt", "c.txt")],
}
PAIR = [actor("Jean Martin"), actor("Hans Vogel")]


def call(date: str, *docs: str) -> dict[str, Any]:
    return {
        "date": date,
        "type": "CONSULT",
        "mode": "phone",
        "actors": PAIR,
        "sources": [{"doc": d} for d in docs],
    }


def test_a_gold_type_may_be_plover_s_own_with_or_without_a_mode() -> None:
    """Gold written in the export's own vocabulary: the type must be equal, and the mode
    where the gold gives one."""
    phone = call("2026-03-03", "a.txt")
    assert type_matches({"type": "CONSULT"}, phone)
    assert type_matches({"type": "CONSULT", "mode": "phone"}, phone)
    assert not type_matches({"type": "CONSULT", "mode": "visit"}, phone)
    assert not type_matches({"type": "AGREE"}, phone)
    assert type_matches({"type": "SANCTION"}, {"type": "SANCTION", "mode": None})
    assert type_matches({"type": "PHONE_CALL"}, phone)  # the coarse vocabulary still holds


def test_pages_carried_counts_the_most_pages_one_matching_event_holds() -> None:
    scores = score_events(THREE_PAGES, [call("2026-03-03", "a.txt", "b.txt"), call("2026-03-03", "c.txt")])
    assert (scores["merged"], scores["pages_carried"], scores["pages_reporting"]) == (0, 2, 3)
    assert scores["pages_unreported"] == 0  # c.txt reported it, in an event of its own


def test_pages_unreported_counts_the_pages_no_matching_event_carries() -> None:
    events = [call("2026-03-03", "a.txt"), call("2026-01-03", "b.txt")]
    assert (
        score_events(THREE_PAGES, events)["pages_unreported"] == 2
    )  # b.txt's is another day, c.txt has none


# Two calls a day apart, each reported by its own page and both by a third.
TWO_CALLS = {
    "entities": ENTITIES,
    "events": [
        {"id": "first", "role": "main", "type": "PHONE_CALL", **GOLD},
        {"id": "second", "role": "main", "type": "PHONE_CALL", **GOLD, "date": "2026-03-04"},
    ],
    "docs": [
        {"doc": "a.txt", "events": ["first"]},
        {"doc": "b.txt", "events": ["second"]},
        {"doc": "c.txt", "events": ["first", "second"]},
    ],
}


def test_an_output_event_holding_two_gold_events_of_one_kind_is_conflated() -> None:
    """One call carrying a page of each is two calls told as one; a page that tells both
    is no sign of it."""
    assert score_events(TWO_CALLS, [call("2026-03-03", "a.txt", "b.txt")])["conflated"] == 1
    kept_apart = [call("2026-03-03", "a.txt", "c.txt"), call("2026-03-04", "b.txt", "c.txt")]
    assert score_events(TWO_CALLS, kept_apart)["conflated"] == 0


def test_a_quote_speaker_named_by_surname_counts_through_its_identity() -> None:
    gold = {
        "entities": ENTITIES,
        "docs": [{"doc": "a.txt", "quotes": [{"speaker": "Jean Martin", "starts": "Nous"}]}],
    }
    quote = {"doc": "a.txt", "text": "Nous irons", "speaker": "Martin", "speaker_name": None}
    assert score_quotes(gold, [quote])["speaker"] == 0
    assert score_quotes(gold, [dict(quote, speaker_name="Jean Martin")])["speaker"] == 1
    assert score_quotes(gold, [dict(quote, speaker_name="Hans Vogel")])["speaker"] == 0
