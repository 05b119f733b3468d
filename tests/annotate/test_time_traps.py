"""What resolve_times must not take for a date, and the guarantees every reference keeps."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.annotate.time import resolve_times

ANCHOR = dt.date(2024, 3, 29)

DATE_PRECISIONS = {"day", "month", "year", "range"}


@pytest.mark.parametrize(
    "text",
    [
        "Le 13è Forum international de l'énergie s'ouvre à Tunis.",
        "L'attaque a fait une centaine de victimes.",
        "Résultat du sondage : 2356 voix, soit 64% des votants.",
        "Pour nous joindre : +225 07 08 85 52 93.",
        "Plus de 20 000 personnes et 1 500 véhicules ont défilé.",
        "Les résultats de l'édition 2022-2023 sont en ligne.",
        "Il a vendu 2024 exemplaires du livre.",
        "Le 31 février 2024 n'existe pas.",
        "Le score final est de 3-2 après prolongation.",
        "Les prix ont grimpé de 15,5 % en un an.",
    ],
)
def test_numbers_that_are_not_dates_give_no_date(text: str) -> None:
    dates = [r for r in resolve_times(text, ANCHOR) if r.precision in DATE_PRECISIONS]
    assert dates == []


def test_a_clock_time_alone_is_a_time_not_a_date() -> None:
    (ref,) = resolve_times("La séance a repris vers 9h45 au siège.", ANCHOR)
    assert (ref.text, ref.value, ref.precision) == ("9h45", "T09:45", "time")


def test_a_number_after_a_date_is_not_its_year() -> None:
    refs = resolve_times("Le 14 juin, 2000 manifestants ont défilé.", ANCHOR)
    assert [(r.text, r.value) for r in refs] == [("14 juin", "2023-06-14")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La commission se réunira tous les six mois.", "P6M"),
        ("Il est en poste depuis plus d'une dizaine d'années.", "P10Y"),
        ("Le sommet a duré pendant trois jours.", "P3D"),
        ("They meet every six months.", "P6M"),
    ],
)
def test_durations_and_recurrences_are_never_dates(text: str, value: str) -> None:
    lang = "en" if text.startswith("They") else "fr"
    (ref,) = resolve_times(text, ANCHOR, lang)
    assert ref.value == value
    assert ref.precision in {"duration", "recurring"}


def test_relative_expressions_wait_for_an_anchor() -> None:
    refs = resolve_times("Hier, il a appelé mercredi et vendredi dernier, puis le 26 juin.", None)
    assert [(r.text, r.value) for r in refs] == [
        ("Hier", None),
        ("mercredi", None),
        ("vendredi dernier", None),
        ("26 juin", None),
    ]
    assert all(r.rule.endswith("no-anchor") for r in refs)


def test_since_is_closed_by_a_later_until_sentences_away() -> None:
    text = (
        "Le président est à Rome depuis le dimanche 22 juin 2025. Il y rencontre plusieurs ministres. "
        "Les entretiens portent sur le commerce. Son séjour est prévu jusqu'au jeudi 26 juin."
    )
    since, until = resolve_times(text, None)
    assert (since.value, since.value_end, since.precision) == ("2025-06-22", "2025-06-26", "range")
    assert since.rule == "since;until-paired"
    assert (until.text, until.value) == ("jusqu'au jeudi 26 juin", "2025-06-26")


def test_since_without_until_stays_open() -> None:
    (since,) = resolve_times("Le blocus dure depuis le 3 mars 2024.", ANCHOR)
    assert (since.value, since.value_end, since.precision, since.rule) == (
        "2024-03-03",
        None,
        "range",
        "since",
    )


def test_until_before_since_does_not_close_it() -> None:
    text = "Le couvre-feu valait jusqu'au 2 mars. Un autre court depuis le 3 mars 2024."
    refs = resolve_times(text, ANCHOR)
    since = next(r for r in refs if r.rule.startswith("since"))
    assert since.value_end is None


def test_spans_are_exact_and_in_text_order() -> None:
    text = (
        "Mercredi 14 juin, la délégation, arrivée hier, a signé un accord valable du 1er au 15 juillet. "
        "Elle reviendra lundi prochain, puis tous les six mois, comme en 2012 et en octobre 2023."
    )
    refs = resolve_times(text, dt.date(2023, 6, 16), doc_id="x", field="title")
    assert [r.text for r in refs] == [
        "Mercredi 14 juin",
        "hier",
        "du 1er au 15 juillet",
        "lundi prochain",
        "tous les six mois",
        "2012",
        "octobre 2023",
    ]
    assert all(text[r.start : r.end] == r.text and r.field == "title" for r in refs)


def test_unknown_language_keeps_the_numeric_rules() -> None:
    refs = resolve_times("Fecha: 2024-03-29, o 12/10/2023, hoy.", None, lang="xx")
    assert [(r.text, r.value) for r in refs] == [("2024-03-29", "2024-03-29"), ("12/10/2023", "2023-10-12")]


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Le ministre a annoncé mercredi qu'il se rendra à Dakar.", "fr", "2024-03-27"),
        ("Le ministre se rendra à Dakar mercredi.", "fr", "2024-04-03"),
        ("He said on Wednesday that he will travel.", "en", "2024-03-27"),
        ("He will travel on Wednesday.", "en", "2024-04-03"),
    ],
)
def test_the_nearest_tense_decides_a_bare_weekday(text: str, lang: str, value: str) -> None:
    (ref,) = resolve_times(text, ANCHOR, lang)
    assert ref.value == value


@pytest.mark.parametrize(
    "text",
    ["The troops will march 20 km to the border.", "Talks may 5 times stall.", "A sunday 3 market opened."],
)
def test_lower_case_english_names_are_ordinary_words(text: str) -> None:
    assert resolve_times(text, ANCHOR, "en") == []


@given(st.text(alphabet=st.sampled_from(list("0123456789 /-:.,'hjuinmarsdeuLv2éèû\n")), max_size=120))
def test_any_text_gives_exact_non_overlapping_spans(text: str) -> None:
    refs = resolve_times(text, ANCHOR)
    assert all(text[r.start : r.end] == r.text for r in refs)
    assert all(a.end <= b.start for a, b in itertools.pairwise(refs))


@pytest.mark.parametrize(
    ("text", "lang", "dated"),
    [
        ("They spoke on Tuesday, their second call in eight days.", "en", False),
        ("Le ministre avait été reçu deux fois dans les huit jours.", "fr", False),
        ("The summit will be held in two weeks.", "en", True),
        ("Il a annoncé que le sommet aura lieu dans deux semaines.", "fr", True),
    ],
)
def test_a_later_offset_told_in_the_past_is_a_span_not_a_date(text: str, lang: str, dated: bool) -> None:
    later = [r for r in resolve_times(text, ANCHOR, lang) if r.rule == "later"]
    assert bool(later) is dated
