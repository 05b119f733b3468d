"""choose_anchor and estimate_publication on pages we write ourselves."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.annotate.time import choose_anchor, estimate_publication, is_absolute, resolve_times

UNDATED_CALL = (
    "Mercredi 14 juin, le gouverneur a reçu les maires de la région. "
    "Nommé en août 2020, il administre une province en difficulté depuis 2012 : "
    "la sécheresse y sévit depuis plus d'une dizaine d'années."
)


@pytest.mark.parametrize(
    ("published", "crawl_month", "anchor", "reason_start"),
    [
        ("2024-03-29", "2025-06", dt.date(2024, 3, 29), "publication date"),
        ("2023-10-12T16:51", None, dt.date(2023, 10, 12), "publication date"),
        ("2024-03", None, dt.date(2024, 3, 31), "publication date"),
        (None, "2025-06", dt.date(2025, 6, 30), "last day of the crawl month"),
        (None, "2024-02", dt.date(2024, 2, 29), "last day of the crawl month"),
    ],
)
def test_anchor_prefers_publication_then_crawl_month(
    published: str | None, crawl_month: str | None, anchor: dt.date, reason_start: str
) -> None:
    chosen, reason = choose_anchor(published, crawl_month, [])
    assert chosen == anchor
    assert reason.startswith(reason_start)


def test_anchor_falls_back_to_the_latest_year_bearing_date() -> None:
    times = resolve_times("Signé le 3 mars 2021, l'accord a été revu en octobre 2023, hier encore.", None)
    anchor, reason = choose_anchor(None, None, times)
    assert anchor == dt.date(2023, 10, 31)
    assert "octobre 2023" in reason


def test_anchor_uses_a_weekday_date_the_page_pins() -> None:
    anchor, reason = choose_anchor(None, None, resolve_times(UNDATED_CALL, None))
    assert anchor == dt.date(2023, 6, 14)
    assert "2023" in reason


def test_a_yearless_weekday_date_is_pinned_by_the_collection_month_when_nothing_else_bounds_it() -> None:
    """ "Ce dimanche 19 avril" on a page with no year, collected in December 2026: the Sunday
    19 April before that, the day "jeudi" and "la veille" then hang on (not the month's end)."""
    times = resolve_times("Ce dimanche 19 avril, le quartier a enterré ses pêcheurs.", None)
    assert choose_anchor(None, None, times, "2026-12")[0] == dt.date(2026, 4, 19)
    assert choose_anchor(None, None, times)[0] is None


def test_no_anchor_without_any_date() -> None:
    assert choose_anchor(None, None, resolve_times("Il a parlé hier.", None)) == (
        None,
        "no date to anchor on",
    )


def test_weekday_and_decade_clues_estimate_the_year() -> None:
    estimate = estimate_publication(UNDATED_CALL, resolve_times(UNDATED_CALL, None), None)
    assert estimate is not None
    value, reason = estimate
    assert value == "2023-06"
    assert "Mercredi 14 juin" in reason and "depuis 2012" in reason


def test_without_the_decade_clue_the_latest_date_bounds_the_weekday() -> None:
    text = "Jeudi 12 mai, le ministre est arrivé. Il avait été nommé en janvier 2021."
    value, reason = estimate_publication(text, resolve_times(text, None), None) or ("", "")
    assert value == "2022-05"  # 12 May is a Thursday in 2022, the first such year after January 2021
    assert "janvier 2021" in reason


def test_crawl_month_bounds_the_weekday_from_above() -> None:
    text = "Mercredi 14 juin, le ministre a parlé."
    value, _ = estimate_publication(text, resolve_times(text, None), "2025-06") or ("", "")
    assert value == "2023-06"


def test_latest_date_mentioned_is_the_fallback_estimate() -> None:
    text = "L'accord signé le 3 mars 2021 a été revu en octobre 2023."
    value, reason = estimate_publication(text, resolve_times(text, None), None) or ("", "")
    assert value == "2023-10"
    assert "no earlier" in reason


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a parlé mercredi avec son homologue.",
        "Mercredi 14 juin, le ministre a parlé.",
        "La commission se réunira tous les six mois.",
    ],
)
def test_nothing_pins_the_date(text: str) -> None:
    assert estimate_publication(text, resolve_times(text, None), None) is None


def test_expressions_from_another_text_are_ignored() -> None:
    title_times = resolve_times("Accord du 3 mars 2021", None, field="title")
    assert estimate_publication("Un corps de texte sans date.", title_times, None) is None


@pytest.mark.parametrize(
    ("text", "absolute"),
    [
        ("Signé le 12 octobre 2023.", [True]),
        ("Signé en 2012.", [True]),
        ("Signé le 12 octobre.", [False]),
        ("Signé du 3 au 5 mai.", [False]),
        ("Signé hier.", [False]),
        ("Signé à 16h30.", [False]),
        ("Réuni tous les six mois.", [False]),
    ],
)
def test_only_expressions_stating_their_year_are_absolute(text: str, absolute: list[bool]) -> None:
    refs = resolve_times(text, dt.date(2024, 3, 29))
    assert [is_absolute(ref) for ref in refs] == absolute


def test_an_undated_page_hangs_its_weekdays_on_the_dated_weekday_it_pins() -> None:
    """No publication date, no crawl month: "ce mardi 17 février" (pinned to 2026 by the
    April 2025 it recalls) is the anchor, so "dimanche" is the 15th, not the 22nd."""
    from storyline.annotate.pipeline import resolve_anchor
    from storyline.models import Article

    body = (
        "Alger a condamné, ce mardi 17 février, l'attaque qui a visé dimanche un convoi. "
        "Les relations sont tendues depuis avril 2025."
    )
    article = Article(doc_id="d", doc="d.txt", title=None, body=body, lang="fr", collected="2026-03-01")
    anchor, estimate, _ = resolve_anchor(article)
    assert (anchor, estimate) == (dt.date(2026, 2, 17), "2026-02")
    sunday = next(r for r in resolve_times(body, anchor, "fr", "d", "body") if r.text == "dimanche")
    assert sunday.value == "2026-02-15"


@pytest.mark.parametrize(
    ("text", "lang", "anchor", "estimate"),
    [
        (
            "Since the raid of April 2025 nothing has changed. The drone struck on February 10 "
            "and the protocol was signed on February 27.",
            "en",
            dt.date(2026, 2, 27),
            "2026-02",
        ),
        (
            "Le port est fermé depuis 2025. Les pêcheurs ont défilé le 9 octobre devant la préfecture.",
            "fr",
            dt.date(2026, 10, 9),
            "2026-10",
        ),
    ],
)
def test_year_less_days_come_after_the_period_the_page_names_with_its_year(
    text: str, lang: str, anchor: dt.date, estimate: str
) -> None:
    """A writer gives the year of a past month and leaves out the current one."""
    times = resolve_times(text, None, lang)
    assert choose_anchor(None, None, times)[0] == anchor
    found = estimate_publication(text, times, None)
    assert found is not None and found[0] == estimate


def test_year_less_days_keep_the_year_of_a_full_date_the_page_gives() -> None:
    times = resolve_times("Signé le 3 mars 2021, l'accord a été revu le 12 février.", None)
    assert choose_anchor(None, None, times)[0] == dt.date(2021, 3, 3)


def test_an_undated_page_of_a_crawl_month_is_written_days_after_the_latest_day_it_names() -> None:
    """A page crawled in May 2026 that names "Mercredi 6 mai" was written days after it, not at
    the month's end: its "vendredi" is 8 May and its "lundi" 4 May, not the 29th and the 25th."""
    from storyline.annotate.pipeline import resolve_anchor
    from storyline.models import Article

    body = (
        "Mercredi 6 mai, Lilongwe a expulsé l'attaché de défense. Lundi, des milliers de manifestants "
        "avaient marché dans la capitale. Vendredi, la présidente a téléphoné à son homologue."
    )
    article = Article(doc_id="d", doc="d.txt", title=None, body=body, lang="fr", crawl_month="2026-05")
    anchor, _, _ = resolve_anchor(article)
    assert anchor == dt.date(2026, 5, 9)
    days = {r.text: r.value for r in resolve_times(body, anchor, "fr", "d", "body")}
    assert (days["Vendredi"], days["Lundi"]) == ("2026-05-08", "2026-05-04")


def test_a_crawl_month_page_naming_no_day_of_that_month_keeps_the_month_end() -> None:
    times = resolve_times("Le traité de 1890 fixe la frontière. Le 3 mars, rien n'a changé.", None)
    assert choose_anchor(None, "2026-05", times)[0] == dt.date(2026, 5, 31)
