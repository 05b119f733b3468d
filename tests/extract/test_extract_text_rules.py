"""Behaviour of the text-page extractor on small pages written for each rule."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.errors import ExtractionError
from storyline.extract.templates import line_key
from storyline.extract.text import extract_text_page
from storyline.models import Page, SiteProfile

P1 = "Les ministres des deux pays se sont retrouvés mardi à Bamako pour une réunion sur l'énergie."
P2 = "Ils ont passé en revue les projets de centrales solaires et les besoins de formation du pays."
P3 = "Une nouvelle session est prévue dans six mois à Moscou, selon un communiqué publié mardi soir."
TITLE = "Énergie : Bamako et Moscou font le point sur leurs projets"

MakePage = Callable[..., Page]


def article_page(header: str = "", footer: str = "", body: tuple[str, ...] = (P1, P2, P3)) -> str:
    return "\n".join([header, *body, footer])


def test_body_is_the_paragraphs_in_order_with_whitespace_normalised(page: MakePage) -> None:
    spaced = "  Les ministres\u00a0des deux pays  se sont retrouvés mardi à Bamako pour travailler."
    text = f"{TITLE}\n\n{spaced}\n\n{P2}"
    article = extract_text_page(page(text))
    assert article.paragraphs == [
        "Les ministres des deux pays se sont retrouvés mardi à Bamako pour travailler.",
        P2,
    ]
    assert article.body == "\n\n".join(article.paragraphs)
    assert article.extractor == "text"
    assert article.title == TITLE


def test_lines_left_out_are_kept_for_inspection(page: MakePage) -> None:
    article = extract_text_page(page(article_page(f"Accueil   Politique   Sport\n{TITLE}", "Les plus lus")))
    assert "Accueil Politique Sport" in article.removed
    assert "Les plus lus" in article.removed
    assert P1 not in article.removed


def test_crawl_month_is_kept_aside_and_stripped_from_the_title(page: MakePage) -> None:
    text = article_page(f" date 2025-06 {TITLE} - exemple.com")
    article = extract_text_page(page(text))
    assert article.crawl_month == "2025-06"
    assert article.published is None
    assert article.title == TITLE


@pytest.mark.parametrize(
    "opening",
    [
        "Depuis le dimanche 22 juin 2025, la délégation malienne multiplie les rencontres à Moscou.",
        "Mercredi 14 juin, les deux présidents se sont entretenus au téléphone pendant une heure.",
    ],
)
def test_a_date_inside_the_body_is_never_the_publication_date(page: MakePage, opening: str) -> None:
    article = extract_text_page(page(article_page(TITLE, body=(opening, P2, P3))))
    assert article.published is None
    assert article.paragraphs[0] == opening


@pytest.mark.parametrize(
    ("header", "url", "hint", "published"),
    [
        (f"{TITLE}\nPublié le 3 mai 2024", "https://x.example/2023/01/02/a", "2022-02-02", "2024-05-03"),
        (TITLE, "https://x.example/2023/01/02/a", "2022-02-02T10:00:00Z", "2022-02-02T10:00"),
        (TITLE, "https://x.example/2023/01/02/a", None, "2023-01-02"),
        (TITLE, "https://x.example/a", None, None),
    ],
)
def test_publication_date_comes_from_the_page_then_the_hint_then_the_url(
    page: MakePage, header: str, url: str, hint: str | None, published: str | None
) -> None:
    article = extract_text_page(page(article_page(header), url=url, date_hint=hint))
    assert article.published == published
    assert article.url == url


def test_an_update_date_is_not_the_publication_date(page: MakePage) -> None:
    header = f"{TITLE}\nMis à jour le 5 mai 2024 à 10h00\nPublié le 3 mai 2024 à 08h15"
    assert extract_text_page(page(article_page(header))).published == "2024-05-03T08:15"


def test_a_line_giving_the_publication_and_the_update_is_a_date_line(page: MakePage) -> None:
    header = f"{TITLE}\nJean Dupont - PARIS\nFeb 18, 2026 10:12 am   Updated: Feb 18, 2026 11:40 am"
    assert extract_text_page(page(article_page(header))).published == "2026-02-18T10:12"


def test_a_short_date_line_closing_on_a_credit_is_a_date_line(page: MakePage) -> None:
    """ "20/04/2026 19:42 (AAP)" ends like a sentence, but three words are no sentence."""
    header = f"{TITLE}\n20/04/2026 19:42 (AAP)\nDépêche - 512 mots"
    assert extract_text_page(page(article_page(header))).published == "2026-04-20T19:42"


def test_a_date_bar_above_the_title_yields_to_the_dateline_below_it(page: MakePage) -> None:
    header = f"Lundi 6 mai 2024\nAccueil   Monde   Afrique\n{TITLE}\nPublié le 3 mai 2024"
    assert extract_text_page(page(article_page(header))).published == "2024-05-03"


@pytest.mark.parametrize(
    "furniture",
    [
        "Publicité",
        "- Publicité -",
        "Cliquez pour agrandir l'image",
        "Lire aussi : Un autre sujet du jour",
        "Tweet",
        "Tweet   Partager   Imprimer",
        "Le ministre Jean Martin (archives)",
        "Des pêcheurs sur la plage de Bargny, mardi. (DR)",
    ],
)
def test_furniture_inside_the_article_is_dropped_and_the_body_goes_on(page: MakePage, furniture: str) -> None:
    article = extract_text_page(page(article_page(TITLE, body=(P1, furniture, P2, P3))))
    assert article.paragraphs == [P1, P2, P3]


@pytest.mark.parametrize(
    "heading",
    [
        "Laisser un commentaire",
        "Sur le même thème",
        "MOST READ",
        "Commentaires (2)",
        "3 commentaires",
        "Awa dit :",
    ],
)
def test_a_section_heading_ends_the_body(page: MakePage, heading: str) -> None:
    other = "Un lecteur estime que cette coopération aurait dû commencer bien plus tôt, selon son message."
    article = extract_text_page(page(article_page(TITLE, body=(P1, P2, P3, heading, other))))
    assert article.paragraphs == [P1, P2, P3]


def test_teasers_between_title_and_body_are_left_out(page: MakePage) -> None:
    header = "\n".join(
        [
            TITLE,
            "Publié le 3 mai 2024",
            "Niger : une autre actualité du jour",
            "Les autorités ont annoncé mardi une série de mesures destinées à relancer l'économie du pays…",
            "Tchad : encore une autre actualité",
            "Le gouvernement a présenté son nouveau programme de réformes devant les députés réunis en…",
        ]
    )
    article = extract_text_page(page(article_page(header)))
    assert article.title == TITLE
    assert article.paragraphs == [P1, P2, P3]


@pytest.mark.parametrize(
    ("footer", "author"),
    [
        ("Par Koulikoro Infos\n© Koulikoro Infos - 3 mai 2024", "Koulikoro Infos"),
        ("Mariam Coulibaly\nKoulikoro", "Mariam Coulibaly"),
        ("M.K", "M.K"),
        ("Koulikoro\n© Koulikoro.info - 3 mai 2024", None),
        ("Laisser un commentaire", None),
        ("MORE FROM COMMENT\nWhy the border talks matter", None),  # a heading, no name
        ("Partager Imprimer Envoyer", None),  # a share bar
    ],
)
def test_author_is_the_short_name_line_after_the_body(
    page: MakePage, footer: str, author: str | None
) -> None:
    article = extract_text_page(page(article_page(TITLE, footer)))
    assert article.author == author


def test_outlet_is_read_from_the_credit_and_a_different_dateline_name_is_the_source(page: MakePage) -> None:
    header = f"{TITLE}\nPublié le 3 mai 2024 | Le Journal du Fleuve"
    article = extract_text_page(page(article_page(header, "© NigerPresse.info - Tous droits réservés")))
    assert article.outlet == "NigerPresse"
    assert article.original_source == "Le Journal du Fleuve"


def test_english_page(page: MakePage) -> None:
    text = "\n".join(
        [
            "Sahel leaders meet in Niamey | Sahel Monitor",
            "Sahel leaders meet in Niamey",
            "By John Mensah",
            "July 6, 2024 at 9:30 am",
            "The leaders of Mali, Burkina Faso and Niger met in Niamey on Saturday to sign a treaty.",
            "They said the new body would pool their defence and diplomatic efforts in the years to come.",
            "Share this article",
        ]
    )
    article = extract_text_page(page(text))
    assert (article.title, article.published, article.author, article.outlet, article.lang) == (
        "Sahel leaders meet in Niamey",
        "2024-07-06T09:30",
        "John Mensah",
        "Sahel Monitor",
        "en",
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "Accueil   Politique   Sport\nContact\n© Site",
        "Les plus lus\nUn titre court\nUn autre titre court",
    ],
)
def test_a_page_without_article_raises_extraction_error_naming_the_page(page: MakePage, text: str) -> None:
    with pytest.raises(ExtractionError) as error:
        extract_text_page(page(text, doc="vide.txt"))
    assert error.value.doc == "vide.txt"


def test_a_window_title_names_the_outlet_when_its_title_stands_alone(page: MakePage) -> None:
    header = f"{TITLE} - Le Courrier du Fleuve\nSe connecter | S'abonner\n{TITLE}"
    article = extract_text_page(page(article_page(header)))
    assert article.outlet == "Le Courrier du Fleuve"
    assert article.title == TITLE


def test_the_site_name_learned_elsewhere_is_stripped_from_a_window_title(page: MakePage) -> None:
    text = article_page(f"{TITLE} - Le Relais")
    assert extract_text_page(page(text), SiteProfile(name="Le Relais")).title == TITLE
    assert extract_text_page(page(text)).title == f"{TITLE} - Le Relais"


def test_template_lines_of_the_site_are_never_body(page: MakePage) -> None:
    shared = "Le Relais vous informe chaque jour sur la vie politique, économique et culturelle du pays."
    profile = SiteProfile(name="Le Relais", template_lines=frozenset({line_key(shared)}), pages=5)
    article = extract_text_page(page(article_page(TITLE, body=(P1, P2, P3, shared))), profile)
    assert shared not in article.body
    assert article.outlet == "Le Relais"


@pytest.mark.parametrize(
    "tagline", ["Le quotidien de Tombouctou et du Nord", "Independent weekly on the Sahel since 1998"]
)
def test_the_sites_tagline_under_its_banner_is_not_the_title(page: MakePage, tagline: str) -> None:
    header = (
        f"LE RELAIS\n{tagline}\n \nÀ LA UNE     NATION     ÉCONOMIE     SPORTS     CONTACT\n \nRechercher...\n \n"
        f"NATION\n \n{TITLE}\n \n \nLes ministres à leur arrivée à Bamako. (Photo Relais)\n \n"
    )
    assert extract_text_page(page(article_page(header))).title == TITLE


def test_a_dateline_field_on_a_line_ending_like_a_sentence_is_the_publication_date(page: MakePage) -> None:
    # an aggregator's header line: breadcrumb, title, dateline and a credit closing on "(API)"
    header = (
        f"{TITLE}\nPolitique Article Politique {TITLE} Publié le mardi 21 avril 2026 | Source : Agence (API)"
    )
    assert extract_text_page(page(article_page(header))).published == "2026-04-21"


def test_a_sentence_naming_a_publication_date_is_no_dateline(page: MakePage) -> None:
    sentence = "Le rapport, publié le 3 mai 2024, a été présenté mardi aux ministres des deux pays."
    assert extract_text_page(page(article_page(TITLE, body=(sentence, P1, P2, P3)))).published is None


def test_a_dateline_closing_the_article_is_the_publication_date(page: MakePage) -> None:
    footer = "Publié le 3 mai 2024 à 17h00\nCommentaires\n4 mai 2024 à 08h00"
    assert extract_text_page(page(article_page(TITLE, footer))).published == "2024-05-03T17:00"


def test_a_site_insert_between_paragraphs_does_not_cut_the_article(page: MakePage) -> None:
    insert = "Suivez toute l'actualité du Relais sur notre chaîne"
    profile = SiteProfile(template_lines=frozenset({line_key(insert)}), pages=3)
    article = extract_text_page(page(article_page(TITLE, body=(P1, insert, P2, P3))), profile)
    assert article.paragraphs == [P1, P2, P3]


def test_the_site_banner_is_not_the_title_even_without_other_clues(page: MakePage) -> None:
    header = f"Le Relais - toute l'actualité du Sahel au quotidien\nPolitique et société\n{TITLE}"
    article = extract_text_page(page(article_page(header, "© Le Relais - Tous droits réservés")))
    assert article.outlet == "Le Relais"
    assert article.title == TITLE


def test_a_byline_after_the_dateline_is_the_author_not_the_source(page: MakePage) -> None:
    header = f"{TITLE}\nPublié le 3 mai 2024 | Par Awa Diallo"
    article = extract_text_page(page(article_page(header)))
    assert article.original_source is None
    assert article.published == "2024-05-03"


def test_a_tagline_above_the_menu_is_not_the_title(page: MakePage) -> None:
    header = f"Quotidien d'information générale - Bamako\nPOLITIQUE   ÉCONOMIE   RÉGIONS   OPINIONS\n{TITLE}"
    assert extract_text_page(page(article_page(header))).title == TITLE


def test_a_wires_closing_credit_keeps_all_the_authors_of_its_byline(page: MakePage) -> None:
    text = article_page(
        f"{TITLE}\nBy Awa Konaté and Jean Martin",
        "Reporting by Awa Konaté in Bamako and Jean Martin in Paris; Editing by Paul Durand",
    )
    assert extract_text_page(page(text)).author == "Awa Konaté and Jean Martin"


def test_an_analysis_signed_by_a_writer_names_the_writer(page: MakePage) -> None:
    assert extract_text_page(page(article_page(f"{TITLE}\nAnalysis by Awa Konaté"))).author == "Awa Konaté"


def test_a_menu_opening_on_the_front_page_is_no_title(page: MakePage) -> None:
    header = f"LA GAZETTE DU LAC\nUne | Politique | Provinces | Sécurité | Économie | Sports\nMardi 3 mars 2026 | Météo\n{TITLE}\nPar Awa Konaté | 03/03/2026"
    assert extract_text_page(page(article_page(header))).title == TITLE


def test_the_sites_logo_repeated_in_its_footer_is_no_title(page: MakePage) -> None:
    header = (
        "LE COURRIER DU GRAND LAC\nLe quotidien qui informe\nMardi 3 mars 2026 | Bamako 31°C\n"
        "Accueil | Politique | Économie | Société | Sports\nRégions\n"
        f"{TITLE}\nPublié le mardi 3 mars 2026 à 06h45\nDe notre correspondant, Awa Konaté\n"
        "Partager : Facebook | X | WhatsApp | Imprimer"
    )
    footer = "LE COURRIER DU GRAND LAC\n© 2026 Le Courrier du Grand Lac. Tous droits réservés."
    assert extract_text_page(page(article_page(header, footer))).title == TITLE
