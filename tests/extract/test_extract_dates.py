"""Publication dates as headers, credits and URLs write them."""

from __future__ import annotations

import pytest

from storyline.extract.dates import date_in_url, find_date, is_header_date, normalise_hint


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("jeudi 12 octobre 2023 - 16:51", "2023-10-12T16:51"),
        ("© Exemple.com - jeudi 12 octobre 2023 - 16:51", "2023-10-12T16:51"),
        ("Publié le vendredi 29 mars 2024", "2024-03-29"),
        ("Publié le 1er août 2022 à 9h05", "2022-08-01T09:05"),
        ("March 27, 2024 at 10:05", "2024-03-27T10:05"),
        ("Wednesday, March 27, 2024 at 4:20 pm", "2024-03-27T16:20"),
        ("27 March 2024", "2024-03-27"),
        ("Mar. 5, 2024", "2024-03-05"),
        ("12/10/2023", "2023-10-12"),
        ("03/27/2024", "2024-03-27"),  # month first when day first is impossible
        ("Mar 27, 2024, 10:05 AM GMT", "2024-03-27T10:05"),
        ("Mis en ligne le 16.09.2023 - 11:05", "2023-09-16T11:05"),
        ("2024-03-29", "2024-03-29"),
        ("2024-03-29T08:30:00Z", "2024-03-29T08:30"),
        ("lundi 15 fevrier 2021", "2021-02-15"),
    ],
)
def test_find_date_reads_french_and_english_formats(line: str, iso: str) -> None:
    found = find_date(line)
    assert found is not None
    assert found.iso == iso


@pytest.mark.parametrize(
    "line",
    [
        "depuis le dimanche 22 juin",  # no year: an event in the story, not a publication date
        "31/02/2024",  # no such day
        "Il y a 1 an",
        "score 12-10",
        "le 14 juin 1850",  # out of the news range
    ],
)
def test_find_date_ignores_incomplete_or_impossible_dates(line: str) -> None:
    assert find_date(line) is None


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("Publié le vendredi 3 mai 2024 | Le Quotidien", True),
        ("28 juin 2025", True),
        ("© Site.net - 3 mai 2024", True),
        ("Updated August 5, 2024 at 4:20 pm", True),
        ("By Amina Bello | August 31, 2023 | 3 min read", True),
        ("By Awa Diallo in Dakar · Sun 25 Jan 2026 · 10:05 GMT · 3 min read", True),
        ("February 12, 2026 4:05 PM GMT+3 Updated 12 min ago", True),
        ("25 avril 2026 — Article repris de L'Éveil de la Vallée", True),
        ("Repris le 20/04/2026 | Source : Agence Sahélienne de Presse - ASP", True),  # an aggregator's copy
        (
            "Le 12 mars 2026 — la junte a dissous les partis, selon un communiqué lu à la télévision nationale",
            False,
        ),
        ("Discours du 24 avril 1990 : les souvenirs du jour de l'instauration du multipartisme", False),
        ("Le président est arrivé le 22 juin 2025 à Moscou pour une visite de plusieurs jours", False),
    ],
)
def test_header_dates_need_a_cue_or_a_line_of_their_own(line: str, header: bool) -> None:
    found = find_date(line)
    assert found is not None
    assert is_header_date(line, found) is header


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://news.example.org/2024/03/29/mali-russie-accord/", "2024-03-29"),
        ("https://example.com/afrique/2023-10-12-entretien", "2023-10-12"),
        ("https://example.com/20240329/article.html", "2024-03-29"),
        ("https://example.com/article-12345", None),
        ("https://example.com/2024/13/45/x", None),
        (None, None),
    ],
)
def test_date_in_url(url: str | None, iso: str | None) -> None:
    assert date_in_url(url) == iso


@pytest.mark.parametrize(
    ("hint", "iso"),
    [("2024-03-29T10:05:00Z", "2024-03-29T10:05"), ("2024-03-29", "2024-03-29"), ("", None), (None, None)],
)
def test_normalise_hint(hint: str | None, iso: str | None) -> None:
    assert normalise_hint(hint) == iso
