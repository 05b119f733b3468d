"""find_events: PLOVER events per page from sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from event_cases import mentions_in as event_mentions
from spacy.language import Language

from storyline.annotate.events import find_events
from storyline.models import Article, DocEvent, Mention, TimeRef

PEOPLE = {
    "Jean Martin": ("person:jean-martin", "person", "FR"),
    "Martin": ("person:jean-martin", "person", "FR"),
    "Hans Vogel": ("person:hans-vogel", "person", "DE"),
    "Vogel": ("person:hans-vogel", "person", "DE"),
    "Eva Lund": ("person:eva-lund", "person", "SE"),
    "la France": ("country:FR", "country", "FR"),
    "l'Allemagne": ("country:DE", "country", "DE"),
    "Germany": ("country:DE", "country", "DE"),
    "Berlin": ("place:berlin", "place", "DE"),
    "Oslo": ("place:oslo", "place", "NO"),
}


def mentions_in(text: str) -> list[Mention]:
    return event_mentions(text, PEOPLE, surname=True)


def time_at(text: str, surface: str, value: str, precision: str = "day", end: str | None = None) -> TimeRef:
    start = text.index(surface)
    return TimeRef("d1", "body", start, start + len(surface), surface, value, precision, end)  # type: ignore[arg-type]


def run(
    nlp: Language,
    text: str,
    times: list[TimeRef] | None = None,
    anchor: dt.date | None = None,
    lang: str = "fr",
    **article: Any,
) -> list[DocEvent]:
    art = Article(doc_id="d1", doc="d1.txt", title=None, body=text, lang=lang, **article)
    return find_events(nlp(text), art, mentions_in(text), times or [], anchor, lang)


def names(actors: list[Any]) -> set[str]:
    return {a.entity.split(":")[1] for a in actors}


def test_phone_call_with_clause_date(nlp_fr: Language) -> None:
    text = "Mardi 3 mars 2026, Jean Martin s'est entretenu au téléphone avec Hans Vogel."
    (event,) = run(nlp_fr, text, [time_at(text, "Mardi 3 mars 2026", "2026-03-03")])
    assert (event.type, event.mode) == ("CONSULT", "phone")
    assert names(event.actors) == {"jean-martin", "hans-vogel"}
    assert event.recipients == []
    assert (event.date, event.precision, event.date_source) == ("2026-03-03", "day", "clause")
    assert event.evidence == text and (event.start, event.end) == (0, len(text))


def test_coordinated_subjects_are_all_actors(nlp_fr: Language) -> None:
    text = "Jean Martin et Hans Vogel se sont entretenus longuement."
    (event,) = run(nlp_fr, text)
    assert names(event.actors) == {"jean-martin", "hans-vogel"}


def test_received_visitor_is_actor_and_host_is_recipient_at_the_seat(nlp_fr: Language) -> None:
    text = "Jean Martin a été reçu au Kremlin le 4 mars par Hans Vogel."
    (event,) = run(nlp_fr, text, [time_at(text, "4 mars", "2026-03-04")])
    assert (event.type, event.mode) == ("CONSULT", "visit")
    assert names(event.actors) == {"jean-martin"}
    assert names(event.recipients) == {"hans-vogel"}
    assert event.location == "Kremlin, Moscow"


def test_stay_and_meeting_in_one_sentence_are_two_events(nlp_fr: Language) -> None:
    text = (
        "En visite officielle à Berlin depuis le lundi 2 mars 2026, Jean Martin a été reçu "
        "ce mardi 3 mars par Hans Vogel."
    )
    times = [time_at(text, "lundi 2 mars 2026", "2026-03-02"), time_at(text, "mardi 3 mars", "2026-03-03")]
    events = sorted(run(nlp_fr, text, times), key=lambda e: e.date or "")
    assert [(e.date, e.location) for e in events] == [("2026-03-02", "Berlin"), ("2026-03-03", None)]
    stay, meeting = events
    assert names(stay.actors) == {"jean-martin"} and names(stay.recipients) == {"DE"}
    assert names(meeting.recipients) == {"hans-vogel"}


def test_visit_span_gives_date_end(nlp_fr: Language) -> None:
    text = "Jean Martin est en visite à Oslo du 22 au 26 juin."
    (event,) = run(nlp_fr, text, [time_at(text, "du 22 au 26 juin", "2026-06-22", "range", "2026-06-26")])
    assert (event.date, event.date_end, event.location) == ("2026-06-22", "2026-06-26", "Oslo")


@pytest.mark.parametrize(
    "text",
    [
        "Jean Martin n'a pas rencontré Hans Vogel.",
        "Jean Martin pourrait rencontrer Hans Vogel.",
        "Une rencontre a eu lieu dans la capitale.",
        "Jean Martin entretient un partenariat avec Hans Vogel.",
    ],
)
def test_negated_hypothetical_actorless_or_non_trigger_sentences_give_nothing(
    nlp_fr: Language, text: str
) -> None:
    assert run(nlp_fr, text) == []


def test_double_negation_is_an_affirmation(nlp_fr: Language) -> None:
    text = "Jean Martin n'a pas manqué de féliciter Hans Vogel."
    (event,) = run(nlp_fr, text)
    assert event.type == "SUPPORT" and names(event.recipients) == {"hans-vogel"}


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("Jean Martin avait signé un accord avec Hans Vogel.", []),
        ("Il convient de rappeler que Jean Martin a signé un accord avec Hans Vogel.", []),
        ("En 2019, Jean Martin a signé un accord avec Hans Vogel.", [("En 2019", "2019", "year")]),
    ],
)
def test_recalled_events_are_background(
    nlp_fr: Language, text: str, times: list[tuple[str, str, str]]
) -> None:
    refs = [time_at(text, s, v, p) for s, v, p in times]
    (event,) = run(nlp_fr, text, refs, anchor=dt.date(2026, 3, 5))
    assert event.type == "AGREE"
    assert event.background is True


def test_reported_event_is_not_background(nlp_fr: Language) -> None:
    text = "Jean Martin a signé un accord avec Hans Vogel."
    (event,) = run(nlp_fr, text, anchor=dt.date(2026, 3, 5))
    assert event.background is False


def test_future_meeting_is_a_promise(nlp_fr: Language) -> None:
    text = "Jean Martin rencontrera Hans Vogel à Berlin."
    (event,) = run(nlp_fr, text)
    assert (event.type, event.future) == ("AGREE", True)


def test_undated_news_takes_the_window_before_publication(nlp_fr: Language) -> None:
    text = "Jean Martin s'est entretenu au téléphone avec Hans Vogel."
    (event,) = run(nlp_fr, text, anchor=dt.date(2026, 3, 12))
    assert (event.date, event.date_end, event.precision) == ("2026-03-09", "2026-03-12", "range")
    assert event.date_source == "publication"


def test_without_publication_the_crawl_month_dates_at_month_precision(nlp_fr: Language) -> None:
    text = "Jean Martin s'est entretenu au téléphone avec Hans Vogel."
    (event,) = run(nlp_fr, text, crawl_month="2026-03")
    assert (event.date, event.precision) == ("2026-03", "month")


def test_one_event_told_in_several_sentences_is_one_doc_event(nlp_fr: Language) -> None:
    text = (
        "Nouvel entretien entre Jean Martin et Hans Vogel.\n\n"
        "Mardi 3 mars 2026, Jean Martin s'est entretenu au téléphone avec Hans Vogel "
        "à propos de sécurité.\n\n"
        "Lors de cet entretien, Jean Martin a remercié Hans Vogel pour son aide."
    )
    (event,) = run(nlp_fr, text, [time_at(text, "Mardi 3 mars 2026", "2026-03-03")])
    assert (event.type, event.mode, event.date) == ("CONSULT", "phone", "2026-03-03")
    assert event.evidence.startswith("Mardi 3 mars 2026")
    assert "security" in event.topics


def test_pronoun_subject_takes_the_actor_of_the_previous_event(nlp_fr: Language) -> None:
    text = (
        "Jean Martin a reçu Hans Vogel le 3 mars.\n\nLe 5 mars, il a condamné l'attaque contre l'Allemagne."
    )
    times = [time_at(text, "3 mars", "2026-03-03"), time_at(text, "5 mars", "2026-03-05")]
    events = run(nlp_fr, text, times)
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert names(accuse.actors) == {"hans-vogel"} or names(accuse.actors) == {"jean-martin"}
    assert accuse.date == "2026-03-05"


def test_date_from_the_paragraph_when_the_sentence_has_none(nlp_fr: Language) -> None:
    text = "Le 2 mars, la France a signé un accord avec l'Allemagne. Eva Lund a condamné l'attaque."
    events = run(nlp_fr, text, [time_at(text, "Le 2 mars", "2026-03-02")])
    accuse = next(e for e in events if e.type == "ACCUSE")
    assert (accuse.date, accuse.date_source) == ("2026-03-02", "paragraph")


@pytest.mark.parametrize(
    ("text", "mode", "actors", "recipients", "location"),
    [
        ("Jean Martin met Hans Vogel in Berlin.", None, {"jean-martin", "hans-vogel"}, set(), "Berlin"),
        ("Vogel was received by Martin.", "visit", {"hans-vogel"}, {"jean-martin"}, None),
        ("Jean Martin talked by phone with Hans Vogel.", "phone", {"jean-martin", "hans-vogel"}, set(), None),
    ],
)
def test_english_without_parse_uses_word_order_and_cues(
    nlp_en: Language,
    text: str,
    mode: str | None,
    actors: set[str],
    recipients: set[str],
    location: str | None,
) -> None:
    (event,) = run(nlp_en, text, lang="en")
    assert (event.type, event.mode, event.location) == ("CONSULT", mode, location)
    assert names(event.actors) == actors and names(event.recipients) == recipients


@pytest.mark.parametrize("text", ["Jean Martin did not meet Eva Lund.", "Jean Martin could meet Eva Lund."])
def test_english_negated_or_hypothetical_gives_nothing(nlp_en: Language, text: str) -> None:
    assert run(nlp_en, text, lang="en") == []
