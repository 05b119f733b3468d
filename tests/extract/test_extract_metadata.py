"""Outlet names, crawl lines and bylines read from page shapes, not from a list of sites."""

from __future__ import annotations

import pytest

from storyline.extract.features import page_lines
from storyline.extract.metadata import (
    best_name,
    byline_name,
    crawl_month,
    looks_like_name,
    name_evidence,
    signed_name,
    site_name,
    title_suffix,
)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Example.com", "Example"),
        ("aSahel.com", "aSahel"),
        ("www.journal-du-sahel.info", "journal-du-sahel"),
        ("Sahel Monitor", "Sahel Monitor"),
        ("Accueil", None),  # a menu item is not a name
        ("la rédaction en chef du journal national", None),
    ],
)
def test_site_name_drops_the_tld_and_keeps_the_casing(written: str, name: str | None) -> None:
    named = site_name(written)
    assert (named[0] if named else None) == name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Accord signé à Bamako - example.com", ("Accord signé à Bamako", "example")),
        ("Mali cuts ties with Ukraine | Sahel Monitor", ("Mali cuts ties with Ukraine", "Sahel Monitor")),
        ("Mali - Russie : un accord signé", None),  # a dash inside a headline names no site
        ("Mali-Russie : un accord signé - Sahel-Actu.net", ("Mali-Russie : un accord signé", "Sahel-Actu")),
        ("Accueil | Politique | Sport", None),  # a menu
    ],
)
def test_title_suffix(line: str, expected: tuple[str, str] | None) -> None:
    assert title_suffix(line) == expected


def test_crawl_month_splits_the_crawler_prefix() -> None:
    assert crawl_month(" date 2025-06 Un titre - site.com") == ("2025-06", "Un titre - site.com")
    assert crawl_month("Un titre ordinaire") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Titre d'un article - exemple.net\nCorps.\n© 2024 Exemple - Tous droits réservés", "Exemple"),
        ("Un titre\n© Koulikoro.info - mardi 2 avril 2024 - 10:00\nTexte.", "Koulikoro"),
        ("Un titre\nPublié le 2 avril 2024 | Le Quotidien\nTexte.", "Le Quotidien"),
        ("Un titre\nTexte de l'article.\nNiaMag", "NiaMag"),
        ("Un titre\n© Photo DR\nTexte.", None),  # a photo credit names no site
        ("Un titre\n© Autre source par DR\nTexte.", None),
        ("LE RELAIS\nUn titre\nTexte.\n© Le Relais", "Le Relais"),  # the credit repeats the banner
        ("WEST NEWS\nA title\nText.\n© 2023 West News Media Ltd. Privacy Terms", "West News"),
        ("Accueil  MaliPress.com  Sports  News\nUn titre\nTexte.", None),  # menu items do not count
    ],
)
def test_best_name_from_page_evidence(text: str, name: str | None) -> None:
    assert best_name(name_evidence(page_lines(text))) == name


def test_best_name_prefers_the_mixed_case_spelling() -> None:
    text = "Un titre - asahel.com\nPublié le 2 mai 2024 | aSahel.com\nTexte."
    assert best_name(name_evidence(page_lines(text))) == "aSahel"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Par Aïssata Maïga", "Aïssata Maïga"),
        ("By Grace Okafor | March 27, 2024", "Grace Okafor"),
        ("Par Jean Dupont, envoyé spécial à Gao", "Jean Dupont"),
        ("Parmi les documents signés figure un accord", None),
        ("Par ailleurs, le ministre a rappelé les engagements pris", None),
        ("Par Awa Diallo et Jean Kaboré", "Awa Diallo et Jean Kaboré"),
    ],
)
def test_byline_name(line: str, name: str | None) -> None:
    assert byline_name(line) == name


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Kwesi Boateng-Ansah, Senior Correspondent", "Kwesi Boateng-Ansah"),
        ("Mariam Touré, envoyée spéciale à Tombouctou", "Mariam Touré"),
        ("Bamako, le 3 mai 2024", None),
        ("Le Niger, le Tchad et le Togo", None),
    ],
)
def test_a_name_signed_with_the_writers_job_is_the_author(line: str, name: str | None) -> None:
    assert signed_name(line) == name


def test_a_name_before_its_rights_notice_is_the_outlet() -> None:
    text = "Titre de la page\nTexte de l'article.\nLe Héraut du Fleuve - Tous droits réservés © 2024"
    assert best_name(name_evidence(page_lines(text))) == "Le Héraut du Fleuve"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Awa Diallo", True),
        ("M.S", True),
        ("Moussa KONATÉ", True),
        ("A. Traoré", True),
        ("Les plus lus", False),
        ("Commentaires", False),
        ("il a dit", False),
        ("Voici la suite?", False),
    ],
)
def test_looks_like_name(line: str, expected: bool) -> None:
    assert looks_like_name(page_lines(line)[0]) is expected
