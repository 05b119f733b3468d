"""storyline.evaluate: how an output event is matched to a gold event."""

from __future__ import annotations

from storyline.evaluate import event_matches, score_events

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


def test_pages_carried_counts_the_most_pages_one_matching_event_holds() -> None:
    gold = {
        "entities": ENTITIES,
        "events": [{"id": "call", "role": "main", "type": "PHONE_CALL", **GOLD}],
        "docs": [{"doc": name, "events": ["call"]} for name in ("a.txt", "b.txt", "c.txt")],
    }
    pair = [actor("Jean Martin"), actor("Hans Vogel")]
    events = [
        {"date": "2026-03-03", "type": "CONSULT", "mode": "phone", "actors": pair,
         "sources": [{"doc": "a.txt"}, {"doc": "b.txt"}]},
        {"date": "2026-03-03", "type": "CONSULT", "mode": "phone", "actors": pair, "sources": [{"doc": "c.txt"}]},
    ]  # fmt: skip
    scores = score_events(gold, events)
    assert (scores["merged"], scores["pages_carried"], scores["pages_reporting"]) == (0, 2, 3)
    assert scores["pages_unreported"] == 0  # c.txt reported it, in an event of its own


def test_pages_unreported_counts_the_pages_no_matching_event_carries() -> None:
    gold = {
        "entities": ENTITIES,
        "events": [{"id": "call", "role": "main", "type": "PHONE_CALL", **GOLD}],
        "docs": [{"doc": name, "events": ["call"]} for name in ("a.txt", "b.txt", "c.txt")],
    }
    pair = [actor("Jean Martin"), actor("Hans Vogel")]
    events = [
        {"date": "2026-03-03", "type": "CONSULT", "mode": "phone", "actors": pair, "sources": [{"doc": "a.txt"}]},
        {"date": "2026-01-03", "type": "CONSULT", "mode": "phone", "actors": pair, "sources": [{"doc": "b.txt"}]},
    ]  # fmt: skip
    assert score_events(gold, events)["pages_unreported"] == 2  # b.txt's is another day, c.txt has none
