"""Layouts of outlets the extractor was not tuned on: counters, captions, bylines, breadcrumbs,
in-article teaser boxes, desk signatures, banners, and HTML pages whose markup lacks metadata."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.extract import html as html_extract
from storyline.extract.dates import find_date
from storyline.extract.features import line_features
from storyline.extract.html import extract_html_page
from storyline.extract.metadata import (
    best_name,
    breadcrumb_tail,
    byline_name,
    is_desk_signature,
    name_evidence,
)
from storyline.extract.templates import is_menu_like
from storyline.extract.text import extract_text_page
from storyline.models import Article, Page, SiteProfile

MakePage = Callable[..., Page]

P1 = "Les ministres des deux pays se sont retrouvés mardi à Bamako pour une réunion consacrée à l'énergie."
P2 = "Ils ont passé en revue les projets de centrales solaires et les besoins de formation des techniciens."
P3 = "Une nouvelle session est prévue dans six mois à Moscou, selon un communiqué publié mardi soir."
P4 = "Les deux délégations ont aussi évoqué la livraison de carburant avant la fin de la saison sèche."
TITLE = "Énergie : Bamako et Moscou font le point sur leurs projets communs"


@pytest.mark.parametrize(
    "line",
    [
        "2 315 Vues | 4 Commentaire(s)",
        "1,2k vues",
        "5 min de lecture",
        "Lu 3 400 fois",
        "1.4K shares · 37 comments",
        "987 partages - 12 likes",
    ],
)
def test_counter_lines_of_any_shape_are_noise(line: str) -> None:
    assert line_features(0, line).kind == "noise"


@pytest.mark.parametrize(
    "line",
    [
        "Le ministre à son arrivée à l'aéroport. Photo : DR",
        "Des soldats patrouillent dans une rue de la capitale (Photo AFP)",
        "Crédit photo : Studio Sahel",
        "La délégation au palais présidentiel © Présidence",
        "Le diplomate lors d'une conférence de presse. Photo d'archives / DR",
        "Lire aussi : Le Mali et le Niger signent un accord de défense mutuelle entre leurs deux armées nationales",
        "Related: Denmark withdraws its special forces at the request of the transitional government",
        "Le ministre reçu par le chef de l'État au palais (Ph. DR)",
        "The foreign minister speaks to reporters after talks in Lome, Togo, March 21, 2026. Wire/Jane Doe-Smith",
        "Delegates attend a session of the council in Addis Ababa. Wire/File Photo Purchase Licensing Rights",
        "The president chairs a cabinet meeting. Presidency/Handout via Wire. THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY.",
        "(Reporting by Jane Doe in Niamey and John Roe in Cotonou; Writing by Ann Poe; Editing by Tom Coe)",
    ],
)
def test_captions_and_inline_teasers_are_noise(line: str) -> None:
    assert line_features(0, line).kind == "noise"


@pytest.mark.parametrize(
    "line",
    [
        TITLE,
        "Mali : 12 soldats tués dans une attaque près de la frontière",
        "Une photo de la délégation circule sur les réseaux sociaux",
        "Mali gives French ambassador 72 hours to leave the country",
    ],
)
def test_headlines_are_plain_text(line: str) -> None:
    assert line_features(0, line).kind == "plain"


def test_headline_above_a_byline_wins_over_a_caption(page: MakePage) -> None:
    text = "\n".join(
        ["DIPLOMATIE", TITLE, "Par Awa Konaté", "Facebook   Twitter   WhatsApp", "",
         "Les deux ministres lors de la signature. Photo : DR", "", P1, "", P2, "", P3]
    )  # fmt: skip
    article = extract_text_page(page(text))
    assert article.title == TITLE
    assert article.author == "Awa Konaté"
    assert "Photo : DR" not in article.body


def test_a_breadcrumb_and_a_share_bar_do_not_outrank_the_headline(page: MakePage) -> None:
    """A trail of two section names above the headline, and a share bar under the byline
    (menu-like, but no site menu: the headline is not "above the menu")."""
    text = "\n".join(
        ["LE JOURNAL", "Accueil | Politique | Économie | Sécurité | Culture | Sport", "",
         "Afrique de l'Ouest > Sahel", "", TITLE, "", "Par Awa Konaté", "Publié le 11/02/2026 à 08h15",
         "Partager : Facebook | X | LinkedIn | WhatsApp | E-mail", "", P1, "", P2, "", P3]
    )  # fmt: skip
    assert extract_text_page(page(text)).title == TITLE


@pytest.mark.parametrize(
    "furniture",
    [
        "Vous êtes ici : Accueil › Sécurité",
        "Vous êtes ici : Accueil » Politique » Souveraineté",
        "You are here: Home > Africa",
        "Nous utilisons des cookies pour vous offrir la meilleure expérience de navigation sur notre site. "
        "Paramétrer | Tout accepter | Continuer sans accepter",
        "Ce site utilise des cookies pour mesurer son audience. En poursuivant votre navigation, vous "
        "acceptez leur utilisation.   OK   En savoir plus",
    ],
)
def test_a_labelled_breadcrumb_or_a_cookie_banner_is_no_headline(page: MakePage, furniture: str) -> None:
    """A breadcrumb opened by "Vous êtes ici :", and a consent banner however long its
    sentence, are furniture; the headline under them is the title."""
    text = "\n".join(
        ["LE JOURNAL", "Accueil | Politique | Économie | Sécurité | Culture | Sport", "", furniture, "",
         TITLE, "", "Par Awa Konaté | Samedi 7 mars 2026 - 20:35", "", P1, "", P2, "", P3]
    )  # fmt: skip
    assert extract_text_page(page(text)).title == TITLE


def test_a_name_signed_with_the_wires_is_a_byline_not_the_headline(page: MakePage) -> None:
    """ "X, avec les agences" between a standfirst and the dateline signs the article."""
    text = "\n".join(
        ["LE JOURNAL", "Monde › Afrique", "", TITLE, "",
         "Les deux ministres se sont vus jeudi pour la première fois depuis le début de la crise.", "",
         "Awa Konaté, avec les agences", "Publié le samedi 28 mars 2026 à 07h00", "", P1, "", P2, "", P3]
    )  # fmt: skip
    article = extract_text_page(page(text))
    assert (article.title, article.author) == (TITLE, "Awa Konaté")


def test_initials_closing_the_article_sign_the_header_s_byline(page: MakePage) -> None:
    text = "\n".join([TITLE, "Par Awa Mariam Konaté", "12 mai 2024", P1, P2, P3, "A.M.K."])
    assert extract_text_page(page(text)).author == "Awa Mariam Konaté"


def test_a_byline_before_the_title_is_neither_title_nor_body(page: MakePage) -> None:
    text = "\n".join(
        ["Par Mariam Sidibé, correspondante à Moscou", TITLE, "Vendredi 13 octobre 2023", P1, P2, P3]
    )
    article = extract_text_page(page(text))
    assert (article.title, article.author, article.published) == (TITLE, "Mariam Sidibé", "2023-10-13")
    assert article.paragraphs[0] == P1


@pytest.mark.parametrize(
    ("signature", "author"),
    [
        ("Par La Rédaction", None),
        ("By The Editorial Team", None),
        ("By Staff", None),
        ("By Dakar Wire Staff", None),
        ("Par la rédaction avec AFP", None),
        ("Par Awa Konaté", "Awa Konaté"),
    ],
)
def test_a_desk_signature_is_not_an_author(page: MakePage, signature: str, author: str | None) -> None:
    article = extract_text_page(page("\n".join([TITLE, "12 mai 2024", P1, P2, P3, signature])))
    assert article.author == author
    assert is_desk_signature(signature.split(maxsplit=1)[1]) == (author is None)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("14 mai 2025 à 09:15 | Par Boubacar Coulibaly | 4 min", "Boubacar Coulibaly"),
        ("Reporting by Daniel Mensah; editing by the news desk", "Daniel Mensah"),
        ("By Chinedu Eze and Fatima Bello", "Chinedu Eze and Fatima Bello"),
        ("Mali | Politique | Sécurité", None),
        ("Samedi 21 mars 2026 - 09:40  |  Awa Konaté", "Awa Konaté"),
        ("Samedi 7 mars 2026 - 10:05  |  Jean-Paul Koné, envoyé spécial à Kayes", "Jean-Paul Koné"),
        ("Publié le jeudi 12 mars 2026 à 17:30 par Awa Konaté", "Awa Konaté"),
        ("Publié le 2 mai 2024 | Le Quotidien", None),
        ("Mis à jour le 3 mars 2026 | Bamako Matin", None),
        ("Mercredi 9 septembre 2026, 18:15 — Awa Konaté", "Awa Konaté"),
        ("Awa Konaté | Published: September 23, 2026, 8:30 PM", "Awa Konaté"),
        ("Reporting by Rania el-Masri in Port Sudan; Editing by Paul Whitcombe", "Rania el-Masri"),
        ("Rédigé par Awa Konaté – 27 mars 2026 à 07:20", "Awa Konaté"),
    ],
)
def test_a_byline_is_read_in_any_field_of_a_meta_line(line: str, name: str | None) -> None:
    """A cue opens a field, or follows a dateline's date; a bare name beside a date field is
    the author's, and a paper's name there (an article, a word of papers' names) is not."""
    assert byline_name(line) == name


def test_a_name_line_between_title_and_body_is_the_author(page: MakePage) -> None:
    text = "\n".join([TITLE, "Samedi 6 juillet 2024", "Amina Yusuf", "Correspondante régionale", P1, P2, P3])
    assert extract_text_page(page(text)).author == "Amina Yusuf"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Published: 09:40 GMT, 12 April 2024 | Updated: 15:02 GMT, 12 April 2024", "2024-04-12T09:40"),
        ("Jan. 31, 2022 — 6:14 p.m. WAT", "2022-01-31T18:14"),
        ("Mis à jour le 04/09/2024 à 10h12", "2024-09-04T10:12"),
        ("10h30 - 3 mai 2024", "2024-05-03T10:30"),
        ("Le 12 avril 2024", "2024-04-12"),
    ],
)
def test_the_time_is_read_before_or_after_the_date(line: str, iso: str) -> None:
    found = find_date(line)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        (f"Accueil › Monde › Afrique › {TITLE}", TITLE),
        (f"Accueil / Politique / {TITLE}", TITLE),
        ("Accueil › Monde", None),
        ("« Non » à Paris", None),
        ("Mali : le prix du carburant passe de 750 / 800 francs à 900 / 950 francs", None),
    ],
)
def test_the_headline_is_the_last_step_of_a_breadcrumb(line: str, tail: str | None) -> None:
    assert breadcrumb_tail(line) == tail


def test_a_title_after_a_breadcrumb_on_the_same_line_is_found(page: MakePage) -> None:
    text = "\n".join(
        [f"Accueil › Monde › Afrique de l'Ouest › {TITLE}", "Publié le 17/03/2024 à 08h05", P1, P2, P3]
    )
    assert extract_text_page(page(text)).title == TITLE


@pytest.mark.parametrize("heading", ["LIRE AUSSI", "À lire également", "Dans la même rubrique", "Read also"])
def test_a_teaser_box_inside_the_article_is_skipped_and_the_body_goes_on(
    page: MakePage, heading: str
) -> None:
    teaser = "Niger : la junte ferme son espace aérien aux avions étrangers"
    summary = "Les vols commerciaux ne sont pas concernés."
    text = "\n".join([TITLE, "12 mai 2024", P1, P2, heading, teaser, summary, P3, P4])
    article = extract_text_page(page(text))
    assert article.paragraphs == [P1, P2, P3, P4]


def test_a_teaser_box_after_the_article_still_ends_it(page: MakePage) -> None:
    text = "\n".join([TITLE, "12 mai 2024", P1, P2, P3, "Lire aussi", "Niger : la junte ferme son espace aérien",
                      "Les plus lus", "Mali : la saison des pluies commence tôt"])  # fmt: skip
    assert extract_text_page(page(text)).paragraphs == [P1, P2, P3]


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (["DJOLIBA INFOS", "L'actualité du pays"], "Djoliba Infos"),
        (["≡  L'ÉCHO DU NIGER  ⌕"], "L'Écho du Niger"),
        (["Sahel Briefing — Independent news on the Sahel"], "Sahel Briefing"),
        (["Dakar Wire © 2022 — All rights reserved | Privacy"], "Dakar Wire"),
        (["© 2024 The Sahel Ledger Ltd. All rights reserved."], "The Sahel Ledger"),
        (["POLITIQUE", P1], None),
        (["Mali quits the regional bloc - Le Relais"], None),
    ],
)
def test_the_outlet_is_read_from_the_banner_and_credits(lines: list[str], name: str | None) -> None:
    assert best_name(name_evidence([line_features(i, text) for i, text in enumerate(lines)])) == name


@pytest.mark.parametrize(
    ("line", "menu"),
    [
        ("Politics   Business   Regional   Live   Opinion", True),
        ("ACTUALITÉS | INTERNATIONAL | SÉCURITÉ | ÉCONOMIE", True),
        ("Une | Politique | Provinces | Sécurité | Économie | Sports", True),  # "Une": a stop word
        ("Mali | Russie : un partenariat | qui dure", False),
        ("ECOWAS summit: leaders give Sahel juntas six months to reconsider exit", False),
    ],
)
def test_menus_are_capitalised_lists_not_headlines(line: str, menu: bool) -> None:
    assert is_menu_like(line_features(0, line)) is menu


HTML = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header><div>LE RELAIS</div><nav>Accueil Politique Monde</nav></header>
<main><article><h1>{title}</h1><div class="meta">{byline}</div>
<div class="content"><p>{p1}</p><p>{p2}</p><p>{p3}</p><p>{p4}</p></div></article></main>
<footer>Mentions légales</footer></body></html>"""


def html_page(make: MakePage, byline: str) -> Page:
    text = HTML.format(title=TITLE, byline=byline, p1=P1, p2=P2, p3=P3, p4=P4)
    built = make(text, doc="page.html")
    return Page(built.doc_id, built.doc, built.raw, built.text, "html")


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        ("Par Awa Konaté - jeudi 31 août 2023", "Awa Konaté", "2023-08-31"),
        ("Par La Rédaction - jeudi 31 août 2023", None, "2023-08-31"),
    ],
)
def test_html_fields_the_markup_lacks_come_from_one_text_extractor_run(
    page: MakePage, monkeypatch: pytest.MonkeyPatch, byline: str, author: str | None, published: str
) -> None:
    runs: list[Article] = []

    def counted(text_page: Page, profile: SiteProfile | None = None) -> Article:
        runs.append(extract_text_page(text_page, profile))
        return runs[-1]

    monkeypatch.setattr(html_extract, "extract_text_page", counted)
    article = extract_html_page(html_page(page, byline))
    assert (article.author, article.published, article.title) == (author, published, TITLE)
    assert article.extractor == "html"
    assert len(runs) == 1


@pytest.mark.parametrize(
    ("written", "author"),
    [
        ("Awa Konaté; Foreign Desk", "Awa Konaté"),
        ("Awa Konaté; Abuja; Wednesday; May", "Awa Konaté"),
        ("Paramètres J'accepte", None),
    ],
)
def test_html_author_candidates_joined_by_trafilatura_keep_the_person(
    page: MakePage, monkeypatch: pytest.MonkeyPatch, written: str, author: str | None
) -> None:
    """trafilatura joins every author candidate it finds with ";" and may take a consent
    button for one: the person's name is kept, the rest dropped."""
    real = html_extract.trafilatura.bare_extraction

    def with_author(*args: object, **kwargs: object) -> object:
        found = real(*args, **kwargs)
        found.author = written
        return found

    monkeypatch.setattr(html_extract.trafilatura, "bare_extraction", with_author)
    assert extract_html_page(html_page(page, "jeudi 31 août 2023")).author == author


@pytest.mark.parametrize(
    ("stamp", "published"),
    [("2023-07-28T19:05:00+00:00", "2023-07-28T19:05"), ("2023-07-28", "2023-07-28")],
)
def test_html_markup_date_keeps_its_time_when_it_states_one(
    page: MakePage, stamp: str, published: str
) -> None:
    meta = f'<meta property="article:published_time" content="{stamp}"><title>'
    built = html_page(page, "Par Awa Konaté")
    text = built.text.replace("<title>", meta, 1)
    article = extract_html_page(Page(built.doc_id, built.doc, text.encode(), text, "html"))
    assert article.published == published


def test_an_inline_link_stays_on_its_block_s_line() -> None:
    """ "Par <a>X</a> | Politique" is one byline line of the visible text, not "Par" alone."""
    html = '<html><body><div class="signature">Par <a href="/a">Awa Konaté</a> | Politique</div><p>Texte.</p></body></html>'
    assert html_extract.visible_text(html).splitlines() == ["Par Awa Konaté | Politique", "Texte."]


@pytest.mark.parametrize(
    "line",
    [
        "Share this article: Facebook X LinkedIn WhatsApp Email",
        "Partager cet article : Facebook Twitter WhatsApp",
        "Ambassador Jean Martin (file photo)",
    ],
)
def test_a_share_bar_without_separators_and_a_file_photo_caption_are_furniture(line: str) -> None:
    assert line_features(0, line).kind == "noise"


def test_the_visible_headline_beats_a_shortened_social_title(page: MakePage) -> None:
    short = TITLE.split(" sur ")[0]
    meta = f'<meta property="og:title" content="{short}"><title>'
    built = html_page(page, "Par Awa Konaté")
    text = built.text.replace("<title>", meta, 1).replace(
        f"<title>{TITLE}</title>", f"<title>{short}</title>"
    )
    article = extract_html_page(Page(built.doc_id, built.doc, text.encode(), text, "html"))
    assert article.title == TITLE


@pytest.mark.parametrize("kicker", ["MONDE / AFRIQUE", "SAHEL"])
def test_a_section_label_over_the_headline_is_not_body(page: MakePage, kicker: str) -> None:
    built = html_page(page, "Par Awa Konaté - jeudi 31 août 2023")
    text = built.text.replace("<h1>", f'<p class="kicker">{kicker}</p><h1>', 1)
    article = extract_html_page(Page(built.doc_id, built.doc, text.encode(), text, "html"))
    assert kicker not in article.body
    assert article.body.startswith(P1)


MAIN_CONTAINER = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title></head>
<body><header><nav><a href="/">Accueil</a> <a href="/sahel/">Sahel</a></nav></header>
<main class="principal">
<p class="rubrique">Afrique de l'Ouest</p>
<h1>{title}</h1>
<p class="auteur">Awa Konaté, correspondante à Bamako</p>
<p class="dates">Publié le 31/08/2023 à 07h15</p>
<div class="texte"><p>{p1}</p><p>{p2}</p><p>{p3}</p><p>{p4}</p></div>
<p class="signature">Awa Konaté</p>
<p class="etiquettes">Étiquettes : <a href="/t/mali/">Mali</a>, <a href="/t/russie/">Russie</a></p>
<section class="voir-aussi"><h3>À lire aussi</h3><ul><li><a href="/a/1.html">Niger : la saison des pluies s'annonce tardive</a></li></ul></section>
<section class="avis"><h3>Donnez votre avis</h3><p class="compte">3 avis</p>
<div class="avis-item"><span>Moussa</span> - <span>31/08/2023 à 09h12</span><p>Encore des promesses, on attend les centrales.</p></div>
<p class="connexion">Identifiez-vous pour donner votre avis.</p></section>
</main>
<footer><p>© 2023 Le Courrier du Fleuve. Tous droits réservés.</p></footer></body></html>"""


def test_an_html_container_kept_whole_is_cut_to_the_article(page: MakePage) -> None:
    """trafilatura keeps a whole <main> here (kicker, byline, date line, tags, related links,
    reader comments): the body runs from the first paragraph to the last, as the text
    extractor reads the same page."""
    text = MAIN_CONTAINER.format(title=TITLE, p1=P1, p2=P2, p3=P3, p4=P4)
    built = page(text, doc="container.html")
    article = extract_html_page(Page(built.doc_id, built.doc, built.raw, built.text, "html"))
    assert article.body.split("\n\n") == [P1, P2, P3, P4]
    assert article.extractor == "html"


def test_a_cookie_notice_above_the_headline_does_not_open_the_body(page: MakePage) -> None:
    """A consent notice long enough to read as prose, above the section name and the headline,
    is furniture: the body opens with the first paragraph, under the byline."""
    notice = (
        "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. "
        "En poursuivant votre navigation, vous acceptez leur utilisation.   OK   En savoir plus"
    )
    text = "\n".join(
        ["LE JOURNAL", "Accueil   Politique   Économie   Sport", "Rechercher", "", notice, "", "SOCIÉTÉ", "",
         TITLE, "", "Par Awa Konaté", "", P1, "", P2, "", P3]
    )  # fmt: skip
    article = extract_text_page(page(text))
    assert (article.title, article.paragraphs[0]) == (TITLE, P1)


def test_trafilaturas_tail_is_cut_where_the_article_ends_even_when_it_dropped_the_lead() -> None:
    """trafilatura left out the lead (P1) but kept the readers' comments after the last paragraph."""
    kept = "\n\n".join([P2, P3, "Enfin un article sérieux. Merci.", "Les commentaires sont modérés."])
    seen = "\n\n".join([P1, P2, P3])
    assert html_extract._edges_cut(kept, seen) == "\n\n".join([P2, P3])
