"""Outlet names, crawl lines and bylines read from page shapes, not from a list of sites."""

from __future__ import annotations

import pytest

from storyline.extract.features import page_lines
from storyline.extract.html import reader_view
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the logo, named again by the company that holds the copyright
        (
            "Monday, 4 May 2026 | Sign in\nTHE HARBOUR SENTINEL\nNews | World | Sport\nA long headline about talks\n"
            "Text of the article.\n© 2026 Sentinel Newspapers Ltd. All rights reserved.",
            "The Harbour Sentinel",
        ),
        (
            "The Kivu Dispatch\nWorld › Africa\nA long headline about talks\nText of the article.\n"
            "© 2026 Kivu Dispatch Media Ltd. All rights reserved.",
            "The Kivu Dispatch",
        ),
        # the logo, named again by the footer's address or an e-mail address on its domain
        (
            "Tanganyika Daybreak\nA long headline about talks\nText of the article.\n"
            "Tanganyika Daybreak, Plot 14, Samora Avenue, Dar es Salaam",
            "Tanganyika Daybreak",
        ),
        (
            "LE COURRIER DE LA SANGHA\nUn titre d'article assez long\nTexte de l'article.\n"
            "Rédaction : redaction@courrierdelasangha.cg",
            "Le Courrier de la Sangha",
        ),
        # a name long in articles and prepositions is still a name
        (
            "Un titre\nTexte de l'article.\n© 2026 Le Courrier de la Lagune. Tous droits réservés.",
            "Le Courrier de la Lagune",
        ),
        # a hyphen inside a credit's name is the name's
        (
            "Un titre\nTexte.\n© 2026 Le Réveil de la Petite-Côte - Tous droits réservés",
            "Le Réveil de la Petite-Côte",
        ),
        # a section trail is no window title; a menu or a kicker is no logo
        ("Texte d'ouverture\nNEWS | POLITICS\nA long headline about talks\nText.", None),
        (
            "Home\nWest Africa | East Africa | Economy\nA long headline\nText.\nWest Africa news in brief",
            None,
        ),
        # a label is no name
        ("Un titre\nPublié le 12/04/2026 | Source : Le Quotidien du Fleuve\nTexte.", None),
    ],
)
def test_the_outlet_is_the_papers_name_not_its_companys(text: str, name: str | None) -> None:
    assert best_name(name_evidence(page_lines(text))) == name


def test_a_logo_in_capitals_takes_the_spelling_the_page_writes() -> None:
    text = "L'ÉVEIL DE L'EST\nUn titre d'article assez long\nTexte.\n© 2026 L'Éveil de l'est. Tous droits réservés."
    assert best_name(name_evidence(page_lines(text))) == "L'Éveil de l'est"


def test_the_markup_declares_the_sites_name() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="The Kivu Dispatch"></head>'
        "<body><p>© 2026 Dispatch Holdings</p></body></html>"
    )
    assert reader_view(html) == ("© 2026 Dispatch Holdings", "The Kivu Dispatch")
    assert reader_view("<html><body><p>Text</p></body></html>")[1] is None


def test_a_domain_in_lower_case_takes_the_capitals_the_page_writes_it_with() -> None:
    text = "Un titre d'article assez long - kiosque221.com\nAccueil   Kiosque221   Politique   Sports\nTexte."
    assert best_name(name_evidence(page_lines(text))) == "Kiosque221"


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
