"""Entity mentions and identities on sentences written for these tests (French and English)."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.annotate.entities import find_mentions
from storyline.annotate.nlp import load_nlp
from storyline.models import Mention


def mentions_of(
    body: str, title: str | None = None, lang: str = "fr", when: dt.date | None = None
) -> list[Mention]:
    nlp = load_nlp(lang)
    return find_mentions(nlp(body), nlp(title) if title else None, "doc", lang, when)


def by_text(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}


@pytest.mark.parametrize("spelling", ["Vladimir Poutine", "Vladmir Poutine", "Vladimir Putin", "Poutine"])
def test_putin_spellings_share_one_key(spelling: str) -> None:
    found = by_text(mentions_of(f"Le dirigeant {spelling} a reçu une délégation venue de loin hier soir."))
    assert found[spelling].entity == "person:vladimir-putin"
    assert found[spelling].name == "Vladimir Putin"
    assert found[spelling].country == "RU"


@pytest.mark.parametrize("spelling", ["Faure Gnassingbé", "Faure Essozimna Gnassingbé"])
def test_a_leaders_full_official_name_is_the_leader(spelling: str) -> None:
    found = by_text(mentions_of(f"Le président {spelling} a reçu une délégation venue de loin hier soir."))
    assert (found[spelling].entity, found[spelling].country) == ("person:faure-gnassingbe", "TG")


@pytest.mark.parametrize("spelling", ["Assimi Goïta", "Assimi Goita", "Assimi GOITA", "GOITA", "Goita"])
def test_goita_case_and_accents_give_one_key_with_accented_name(spelling: str) -> None:
    found = by_text(mentions_of(f"Hier, {spelling} a parlé longuement devant les membres du conseil."))
    assert found[spelling].entity == "person:assimi-goita"
    assert found[spelling].name == "Assimi Goïta"


@pytest.mark.parametrize(
    "text",
    [
        "Le colonel Assimi Goïta a ouvert la séance. Plus tard, le colonel Goïta a conclu les travaux.",
        "Le Général de Corps d'Armée Assimi Goïta a signé le décret. Goïta a ensuite quitté la salle.",
        "Le président de la Transition, Assimi Goïta, a reçu les syndicats. "
        "Le président Goïta a promis une réponse.",
    ],
)
def test_titles_stripped_and_short_forms_join_the_full_name(text: str) -> None:
    people = [m for m in mentions_of(text) if m.kind == "person"]
    assert {m.entity for m in people} == {"person:assimi-goita"}
    assert all(m.text in ("Assimi Goïta", "Goïta") for m in people)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The talks followed a call between Presidents Jonas Berg and Lars Holm on Monday.", "en"),
        ("Les présidents Jonas Berg et Lars Holm se sont parlé lundi.", "fr"),
    ],
)
def test_a_plural_title_before_two_names_is_stripped(text: str, lang: str) -> None:
    people = {m.text for m in mentions_of(text, lang=lang) if m.kind == "person"}
    assert people == {"Jonas Berg", "Lars Holm"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Information Minister Jonas Berg spoke in Oslo on Monday.",
            "en",
            {"Jonas Berg": ("person", "Jonas Berg")},
        ),
        (
            "The aid was ordered by His Majesty King Harald XI, the embassy said.",
            "en",
            {"Harald XI": ("person", "Harald XI")},
        ),
        (
            "L'aide a été envoyée sur instruction de Sa Majesté le Roi Harald XI.",
            "fr",
            {"Harald XI": ("person", "Harald XI")},
        ),
        (
            "Leaders agreed to let the Economic Community of West African States mediate.",
            "en",
            {"Economic Community of West African States": ("organisation", "ECOWAS")},
        ),
        ("The Sierra Leonean leader spoke on Monday.", "en", {"Sierra Leonean": ("country", "Sierra Leone")}),
        (
            "An envoy on the Norway-Sierra Leone border crisis met the king.",
            "en",
            {"Norway": ("country", "Norway"), "Sierra Leone": ("country", "Sierra Leone")},
        ),
    ],
)
def test_titles_regnal_numbers_long_names_and_country_pairs(
    text: str, lang: str, expected: dict[str, tuple[str, str]]
) -> None:
    found = {m.text: (m.kind, m.name) for m in mentions_of(text, lang=lang)}
    assert found == expected


def test_a_nationality_used_as_a_noun_introduces_a_person() -> None:
    text = (
        "L’envoyé spécial de la Commission de la CEDEAO pour la crise frontalière entre la Norvège et la "
        "Suède, le Ghanéen Kwesi Ampofo-Darko, a été reçu hier en audience par le président."
    )
    people = {m.text: m.kind for m in mentions_of(text) if m.kind == "person"}
    assert people.get("Kwesi Ampofo-Darko") == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday Jonas Berg met Lars Holm.", {"Jonas Berg", "Lars Holm"}),
        ("In March Jonas Berg met Lars Holm.", {"Jonas Berg", "Lars Holm"}),
        ("Few expected it. Yet Jonas Berg met Lars Holm.", {"Jonas Berg", "Lars Holm"}),
        ("Meanwhile Jonas Berg met Lars Holm.", {"Jonas Berg", "Lars Holm"}),
        ("Former President Jonas Berg met Lars Holm.", {"Jonas Berg", "Lars Holm"}),
        ("Officials met. Last Tuesday Jonas Berg met Lars Holm.", {"Jonas Berg", "Lars Holm"}),
        (
            "The Yenga Solidarity Coalition and Jonas Berg marched.",
            {"Yenga Solidarity Coalition", "Jonas Berg"},
        ),
    ],
)
def test_words_capitalised_only_by_opening_a_sentence_are_no_part_of_a_name(
    text: str, expected: set[str]
) -> None:
    assert {m.text for m in mentions_of(text, lang="en")} == expected


def test_short_form_joins_unknown_full_name_of_the_page() -> None:
    found = mentions_of(
        "Mariam Kouyaté dirige la coopérative depuis dix ans. Selon Kouyaté, les récoltes progressent."
    )
    keys = {m.text: m.entity for m in found if m.kind == "person"}
    assert keys == {"Mariam Kouyaté": "person:mariam-kouyate", "Kouyaté": "person:mariam-kouyate"}


def test_page_typo_of_unknown_person_joins_the_correct_spelling() -> None:
    found = mentions_of(
        "Ousmane Traorée a été nommé lundi. Le ministre Ousmane Traorre a aussitôt démissionné."
    )
    assert len({m.entity for m in found if m.kind == "person"}) == 1


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("russe", "RU"),
        ("Moscou", "RU"),
        ("Kremlin", "RU"),
        ("Fédération de Russie", "RU"),
        ("malienne", "ML"),
        ("Bamako", "ML"),
        ("Koulouba", "ML"),
        ("Élysée", "FR"),
        ("Maison Blanche", "US"),
        ("Lomé", "TG"),
        ("Bangui", "CF"),
        ("Moroni", "KM"),
        ("Iavoloha", "MG"),
        ("Port-Louis", "MU"),
    ],
)
def test_demonyms_and_metonyms_resolve_to_countries(word: str, country: str) -> None:
    text = {
        "russe": "La délégation russe est arrivée mardi.",
        "malienne": "La partie malienne a salué l'accord.",
    }.get(word, f"Selon un conseiller, {word} a salué l'accord mardi.")
    found = by_text(mentions_of(text))
    assert found[word].entity == f"country:{country}"
    assert found[word].kind == "country"


@pytest.mark.parametrize(
    ("text", "word", "lang", "country"),
    [
        ("Une vedette de la marine équato-guinéenne a ouvert le feu.", "équato-guinéenne", "fr", "GQ"),
        ("Le gouvernement équatoguinéen a démenti mardi.", "équatoguinéen", "fr", "GQ"),
        ("Les autorités djiboutiennes ont salué l'accord.", "djiboutiennes", "fr", "DJ"),
        ("An Equatorial Guinean patrol boat opened fire.", "Equatorial Guinean", "en", "GQ"),
    ],
)
def test_a_compound_demonym_is_its_own_country_not_the_one_it_ends_with(
    text: str, word: str, lang: str, country: str
) -> None:
    """ "équato-guinéenne" is Equatorial Guinea's, though "guinéenne" alone is Guinea's."""
    assert by_text(mentions_of(text, lang=lang))[word].entity == f"country:{country}"


@pytest.mark.parametrize(
    ("text", "lang", "water"),
    [
        ("Des pêcheurs ont été interpellés sur le lac Tchad mardi.", "fr", "lac Tchad"),
        ("La piraterie recule dans le golfe de Guinée.", "fr", "golfe de Guinée"),
        ("Fishermen were detained on Lake Chad on Tuesday.", "en", "Lake Chad"),
        ("Piracy is falling in the Gulf of Guinea.", "en", "Gulf of Guinea"),
        ("Les pêcheurs de l'océan Indien attendent la saison.", "fr", "océan Indien"),
        ("Fishermen across the Indian Ocean were waiting.", "en", "Indian Ocean"),
    ],
)
def test_a_lake_or_a_gulf_named_after_a_country_is_a_place_not_the_country(
    text: str, lang: str, water: str
) -> None:
    found = mentions_of(text, lang=lang)
    assert [(m.text, m.kind) for m in found] == [(water, "place")]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Le conseil de la Commission de l'océan Indien s'est réuni à Ébène.",
            "fr",
            "Commission de l'océan Indien",
        ),
        ("Ministers of the Indian Ocean Commission met in Ebene.", "en", "Indian Ocean Commission"),
    ],
)
def test_a_body_named_after_a_water_is_the_body_not_the_water(text: str, lang: str, name: str) -> None:
    found = by_text(mentions_of(text, lang=lang))
    assert (found[name].kind, found[name].name) == ("organisation", "Indian Ocean Commission")


def test_country_canonical_name_is_english_short_form() -> None:
    found = by_text(mentions_of("La Fédération de Russie et la Côte d'Ivoire ont signé un accord."))
    assert found["Fédération de Russie"].name == "Russia"
    assert found["Côte d'Ivoire"].name == "Côte d'Ivoire"


@pytest.mark.parametrize("place", ["Kidal", "Sotchi"])
def test_cities_that_are_not_seats_of_government_stay_places(place: str) -> None:
    found = by_text(mentions_of(f"Les combats ont repris près de {place} la semaine dernière."))
    assert found[place].kind == "place"


def test_country_word_inside_a_person_name_stays_a_person() -> None:
    found = by_text(mentions_of("Le ministre Paris Kaboré a inauguré le marché de la ville."))
    assert "Paris" not in found
    assert found["Paris Kaboré"].kind == "person"


@pytest.mark.parametrize(
    ("text", "role", "person"),
    [
        (
            "Assimi Goïta a reçu des émissaires. Le locataire de Koulouba a promis des élections.",
            "locataire de Koulouba",
            "person:assimi-goita",
        ),
        (
            "Vladimir Poutine a prononcé un discours. L'homme fort du Kremlin a menacé l'Occident.",
            "homme fort du Kremlin",
            "person:vladimir-putin",
        ),
        (
            "Assimi Goïta a appelé Vladimir Poutine. Il a remercié son homologue russe.",
            "homologue russe",
            "person:vladimir-putin",
        ),
        (
            "Assimi Goïta a appelé Vladimir Poutine. Le chef de l'État malien a salué l'échange.",
            "chef de l'État malien",
            "person:assimi-goita",
        ),
    ],
)
def test_role_descriptions_resolve_to_the_person_of_the_page(text: str, role: str, person: str) -> None:
    found = by_text(mentions_of(text))
    assert found[role].label == "ROLE"
    assert found[role].entity == person


@pytest.mark.parametrize(
    ("when", "person"),
    [
        (dt.date(2024, 3, 1), "person:emmanuel-macron"),
        (dt.date(2015, 3, 1), "person:francois-hollande"),
    ],
)
def test_role_without_the_person_in_page_uses_the_holder_at_the_page_date(when: dt.date, person: str) -> None:
    found = by_text(mentions_of("Le locataire de l'Élysée a annoncé une visite au Sénégal.", when=when))
    assert found["locataire de l'Élysée"].entity == person


def test_the_person_the_page_titles_with_an_office_holds_it_over_the_table() -> None:
    """A page that names its own head of state ("X, président de la Transition burkinabè")
    is right about who the palace's tenant is, whoever the table last knew (an election, a
    coup, or a story the table has not caught up with)."""
    found = by_text(
        mentions_of(
            "Le texte a été signé par le capitaine Rasmané Zongo, président de la Transition burkinabè. "
            "Le locataire de Kosyam a insisté sur l'ennemi commun.",
            when=dt.date(2026, 10, 17),
        )
    )
    assert found["locataire de Kosyam"].entity == "person:rasmane-zongo"
    alone = by_text(
        mentions_of("Le locataire de Kosyam a insisté sur l'ennemi commun.", when=dt.date(2026, 10, 17))
    )
    assert alone["locataire de Kosyam"].entity == "person:ibrahim-traore"


def test_role_unresolved_without_date_or_person_is_dropped() -> None:
    assert not [m for m in mentions_of("Le président russe a annoncé une visite.") if m.label == "ROLE"]


def test_plural_seat_holders_resolve_each_seat() -> None:
    found = mentions_of(
        "Assimi Goïta et Vladimir Poutine se parlent souvent. "
        "Les locataires du Kremlin et du palais de Koulouba sont proches."
    )
    roles = {m.text: m.entity for m in found if m.label == "ROLE"}
    assert roles == {
        "locataires du Kremlin": "person:vladimir-putin",
        "palais de Koulouba": "person:assimi-goita",
    }


def test_title_before_name_gives_country_not_an_extra_role() -> None:
    found = mentions_of("Le président béninois Jean Sossou a reçu son homologue togolais Kossi Amegan.")
    people = {m.text: m.country for m in found if m.kind == "person"}
    assert people == {"Jean Sossou": "BJ", "Kossi Amegan": "TG"}
    assert not [m for m in found if m.label == "ROLE"]


def test_a_nationality_in_a_title_with_its_portfolio_gives_the_person_a_country() -> None:
    found = mentions_of(
        "Le ministre béninois de l'Eau, des Forêts et des Mines, Jean Sossou, a reçu "
        "le vice-ministre togolais de la Défense, Kossi Amegan, puis le conseiller, Paul Akakpo."
    )
    people = {m.text: m.country for m in found if m.kind == "person"}
    assert people == {"Jean Sossou": "BJ", "Kossi Amegan": "TG", "Paul Akakpo": None}


def test_organisation_named_after_company_noun_gets_country() -> None:
    found = by_text(mentions_of("Un contrat a été signé avec la société russe Neftegaz Kovrov pour dix ans."))
    assert found["Neftegaz Kovrov"].kind == "organisation"
    assert found["Neftegaz Kovrov"].country == "RU"


@pytest.mark.parametrize(
    ("alias", "key"),
    [
        ("AES", "org:alliance-of-sahel-states"),
        ("Alliance des États du Sahel", "org:alliance-of-sahel-states"),
        ("CEDEAO", "org:ecowas"),
        ("ONU", "org:united-nations"),
        ("Africa Corps", "org:africa-corps"),
        ("CICR", "org:international-committee-of-the-red-cross"),
        ("HCR", "org:unhcr"),
    ],
)
def test_organisation_aliases_and_acronyms(alias: str, key: str) -> None:
    found = by_text(mentions_of(f"Les dirigeants ont évoqué le rôle de {alias} dans la crise."))
    assert found[alias].entity == key


@pytest.mark.parametrize(
    ("alias", "key"),
    [
        ("la SANDF", "org:forces-armed-forces-za"),
        ("le BIR", "org:forces-armed-forces-cm"),
        ("les FAA", "org:forces-armed-forces-ao"),
        ("la BDF", "org:forces-armed-forces-bw"),
    ],
)
def test_an_armys_acronym_is_its_states_armed_forces(alias: str, key: str) -> None:
    """ "the SANDF" and "the South African army" are one party, of South Africa."""
    text = f"Mardi, {alias} a déployé deux compagnies près de la frontière."
    (force,) = [m for m in mentions_of(text) if m.text == alias.split()[-1]]
    assert (force.entity, force.kind) == (key, "organisation")


@pytest.mark.parametrize(
    ("alias", "key"),
    [
        ("Boko Haram", "org:boko-haram"),
        ("l'Iswap", "org:islamic-state-west-africa-province"),
        ("ISWAP", "org:islamic-state-west-africa-province"),
        ("la Force multinationale mixte", "org:multinational-joint-task-force"),
    ],
)
def test_armed_groups_and_joint_forces_are_organisations_of_no_state(alias: str, key: str) -> None:
    """Read as places or persons, they made attacks of nobody; given a country, they would
    stand for its government."""
    (found,) = [
        m for m in mentions_of(f"Une attaque a été attribuée à {alias} dimanche.") if m.kind != "country"
    ]
    assert (found.entity, found.kind, found.country) == (key, "organisation", None)


def test_noise_from_headings_and_common_words_is_dropped() -> None:
    found = mentions_of(
        "Sénégal Politique\n\nCliquez pour agrandir\n\nLAISSER UN COMMENTAIRE\n\n"
        "La Transition malienne a publié un Communiqué hier."
    )
    assert {m.text for m in found} == {"Sénégal", "malienne"}


def test_spans_point_at_their_text_in_title_and_body() -> None:
    title, body = "Goïta reçoit Poutine", "Assimi Goïta a reçu Vladimir Poutine à Bamako."
    for m in mentions_of(body, title):
        assert (title if m.field == "title" else body)[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian President Vladimir Putin met the Malian delegation in Moscow.",
            {"Vladimir Putin": "person:vladimir-putin", "Malian": "country:ML", "Moscow": "country:RU"},
        ),
        (
            "Assimi Goita spoke with Putin on Tuesday. The Russian president praised the talks.",
            {
                "Assimi Goita": "person:assimi-goita",
                "Putin": "person:vladimir-putin",
                "Russian president": "person:vladimir-putin",
            },
        ),
        (
            "The White House said the United Nations would meet in New York.",
            {"White House": "country:US", "United Nations": "org:united-nations"},
        ),
    ],
)
def test_english_fallback_finds_identities(text: str, expected: dict[str, str]) -> None:
    found = {m.text: m.entity for m in mentions_of(text, lang="en")}
    assert expected.items() <= found.items()


@pytest.mark.parametrize(
    ("name", "country"),
    [("Ivory Coast", "CI"), ("Cape Verde", "CV"), ("DR Congo", "CD"), ("Britain", "GB"), ("UAE", "AE")],
)
def test_english_common_country_names_that_iso_does_not_list_are_countries(name: str, country: str) -> None:
    found = {m.text: m for m in mentions_of(f"Four soldiers were killed in {name} on Monday.", lang="en")}
    assert (found[name].kind, found[name].country) == ("country", country)


def test_a_bare_office_is_the_holder_on_the_page_not_of_the_nationality_the_sentence_names() -> None:
    first = "Assimi Goïta a reçu jeudi un message de Vladimir Poutine. "
    when = dt.date(2024, 5, 2)
    found = by_text(mentions_of(first + "L'émissaire russe a été reçu par le chef de l'État.", when=when))
    assert found["chef de l'État"].entity == "person:assimi-goita"
    ambiguous = by_text(mentions_of(first + "L'émissaire a été reçu par le chef de l'État.", when=when))
    assert "chef de l'État" not in ambiguous


def test_a_preposition_opening_the_sentence_is_no_part_of_a_known_name() -> None:
    found = by_text(
        mentions_of("In Conakry on Tuesday, the minister held talks with the president.", lang="en")
    )
    assert "In Conakry" not in found
    assert found["Conakry"].entity == "country:GN"


def test_a_paragraph_opening_is_a_sentence_opening_for_english_names() -> None:
    """The sentencizer opens the sentence at the line break, not at the paragraph's first
    word: "On Monday" is no person, and "In Kvitfjell's market" leaves the place."""
    text = "Officials spoke in the capital on Tuesday.\n\nOn Monday, the navy deployed two boats.\n\nIn Kvitfjell's market, traders waited."
    found = by_text(mentions_of(text, lang="en"))
    assert "On Monday" not in found and "Monday" not in found
    assert (found["Kvitfjell"].kind, "In Kvitfjell" in found) == ("place", False)


def test_a_weekday_opening_a_french_sentence_is_no_name() -> None:
    found = by_text(mentions_of("Vendredi, le Mali a reçu un message. Le Niger a répondu Lundi."))
    assert not {"Vendredi", "Lundi"} & set(found)


def test_a_name_after_capitalised_english_titles_is_a_person_of_the_nationality_before_them() -> None:
    found = by_text(
        mentions_of("Talks were led by Russian Deputy Foreign Minister Arkady Volkonsky.", lang="en")
    )
    assert found["Arkady Volkonsky"].kind == "person"
    assert found["Arkady Volkonsky"].country == "RU"


def test_two_person_names_one_space_apart_are_one_name_the_model_cut() -> None:
    mentions = mentions_of(
        "Les ministres ont salué l'esprit dont ont fait preuve les présidents Ousmane Kaba "
        "et Julius Mada Bio lors de leur entretien téléphonique du 10 mars."
    )
    people = [m.text for m in mentions if m.kind == "person"]
    assert "Julius Mada Bio" in people and "Julius" not in people


def test_people_right_after_ministers_portfolio_in_the_plural_are_people() -> None:
    mentions = mentions_of(
        "Les deux présidents ont été rejoints par leurs délégations, dont les ministres des Affaires "
        "étrangères Gedion Timothewos et Abdelmoneim Haroun."
    )
    kinds = {m.text: m.kind for m in mentions}
    assert kinds.get("Gedion Timothewos") == "person"
    assert [text for text in kinds if "Gedion" in text] == ["Gedion Timothewos"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Les soupçons se portent sur le Front de résistance de la Haute-Sangha (FRHS), un groupe "
            "armé. Le FRHS dément.",
            "Front de résistance de la Haute-Sangha",
        ),
        (
            "Officials have pointed to the Front for the Resistance of Haute-Sangha (FRHS), an armed "
            "group. The FRHS denies it.",
            "Front for the Resistance of Haute-Sangha",
        ),
    ],
)
def test_a_name_spelled_out_before_its_acronym_is_one_organisation(body: str, name: str) -> None:
    lang = "fr" if body.startswith("Les") else "en"
    found = [m for m in mentions_of(body, lang=lang) if m.kind == "organisation"]
    assert {m.name for m in found} == {name}
    assert found[0].text == name and {m.text for m in found[1:]} == {"FRHS"}


def test_a_country_inside_a_name_its_acronym_spells_is_part_of_the_name() -> None:
    """ "au Niger" closes the front's name: no mention of Niger the country there."""
    body = "Le ministre a imputé l'attaque au Front pour l'unité et la renaissance au Niger (FURN)."
    found = mentions_of(body)
    assert [(m.kind, m.text) for m in found if m.kind in ("organisation", "country")] == [
        ("organisation", "Front pour l'unité et la renaissance au Niger"),
        ("organisation", "FURN"),
    ]


def test_a_nationality_closing_a_name_its_acronym_spells_still_names_the_country() -> None:
    """ "Forces armées togolaises (FAT)": the nationality says whose forces they are."""
    found = mentions_of("Six soldats des Forces armées togolaises (FAT) ont été tués dimanche.")
    assert any(m.country == "TG" for m in found)


@pytest.mark.parametrize(
    ("body", "lang", "name", "country"),
    [
        (
            "Le porte-parole de l'Union nationale des pêcheurs du Bénin (UNPB) a protesté. L'UNPB "
            "exige des excuses.",
            "fr",
            "Union nationale des pêcheurs du Bénin",
            "BJ",
        ),
        (
            "Le Parti socialiste de Zambie (PSZ) dénonce l'accord.",
            "fr",
            "Parti socialiste de Zambie",
            "ZM",
        ),
        (
            "The Kenyan Union of Livestock Traders in Uganda (KULTU) said its members were stranded.",
            "en",
            "Kenyan Union of Livestock Traders in Uganda",
            "KE",
        ),
        (
            "The march was called by the National Federation of Malawian Fish Traders and Porters.",
            "en",
            "National Federation of Malawian Fish Traders and Porters",
            "MW",
        ),
        (
            "The Zambian Chamber of Mines Chairman Mwila Tembo spoke on Monday.",
            "en",
            "Zambian Chamber of Mines",
            "ZM",
        ),
        (
            "Zambia's Road Transport Safety Authority suspended the permits on Monday.",
            "en",
            "Road Transport Safety Authority",
            "ZM",
        ),
    ],
)
def test_a_union_named_after_its_country_is_one_organisation_of_that_country(
    body: str, lang: str, name: str, country: str
) -> None:
    """The model reads the country alone in a body's name ("... du Bénin (UNPB)", "the Kenyan
    Union of ..."): the whole name is one organisation, of that country, and no mention of
    its state."""
    found = mentions_of(body, lang=lang)
    organisations = [m for m in found if m.kind == "organisation"]
    assert organisations[0].text == name and organisations[0].country == country
    assert {m.name for m in organisations} == {name}
    assert not any(
        m.kind == "country" and organisations[0].start <= m.start < organisations[0].end for m in found
    )


def test_a_states_own_service_named_before_its_acronym_still_names_the_state() -> None:
    """ "Ghana Armed Forces (GAF)", "the Zambia Police Service": data/forces.yaml builds the
    state's services from the country's mention, which stays."""
    found = mentions_of("The Ghana Armed Forces (GAF) and the Ghana Police Service deployed.", lang="en")
    assert {m.country for m in found if m.kind == "country"} == {"GH"}
    assert not any(
        m.kind == "organisation"
        and m.text.startswith("Ghana Armed Forces")
        and m.entity.startswith("org:ghana")
        for m in found
    )


@pytest.mark.parametrize(
    ("body", "lang", "entity"),
    [
        (
            "Algerian Foreign Minister Ahmed Attaf visited Tunis at the end of April.",
            "en",
            "person:ahmed-attaf",
        ),
        ("Ahmed a quitté Tunis mardi.", "fr", None),
        ("Ethiopian Prime Minister Abiy Ahmed met reporters. Abiy promised help.", "en", "person:abiy-ahmed"),
    ],
)
def test_a_leaders_common_given_name_is_no_surname_of_his(body: str, lang: str, entity: str | None) -> None:
    """ "Abiy Ahmed" is Abiy: "Ahmed" alone, or in another man's name, is not him."""
    people = {m.entity for m in mentions_of(body, lang=lang) if m.kind == "person"}
    assert "person:abiy-ahmed" not in people or entity == "person:abiy-ahmed"
    assert entity is None or people == {entity}


@pytest.mark.parametrize(
    ("body", "lang", "text"),
    [
        ("Mardi, le ministère malien de la Défense a démenti.", "fr", "ministère malien de la Défense"),
        ("Le ministère de la Défense du Mali a démenti mardi.", "fr", "ministère de la Défense du Mali"),
        ("Mali's defence ministry denied it on Tuesday.", "en", "Mali's defence ministry"),
        ("The Malian Ministry of Defence denied it on Tuesday.", "en", "Malian Ministry of Defence"),
    ],
)
def test_a_states_ministry_is_one_organisation_beside_the_state(body: str, lang: str, text: str) -> None:
    """Whatever the language and word order, one identity, and the state stays a party."""
    found = by_text(mentions_of(body, lang=lang))
    ministry = found[text]
    assert (ministry.entity, ministry.name, ministry.kind, ministry.country) == (
        "org:ministry-defence-ml",
        "Ministry of Defence of Mali",
        "organisation",
        "ML",
    )
    assert any(m.entity == "country:ML" for m in found.values())


@pytest.mark.parametrize(
    ("lang", "body", "idiom"),
    [
        (
            "fr",
            "Les camions restent garés en file indienne le long de la route, faute de pouvoir passer.",
            "indienne",
        ),
        ("en", "For the drivers, crossing the border has become a game of Russian roulette.", "Russian"),
    ],
)
def test_a_nationality_in_a_set_phrase_names_no_country(lang: str, body: str, idiom: str) -> None:
    """ "En file indienne" is in single file: no Indian party (data/demonyms.yaml, ``idioms``)."""
    assert idiom not in by_text(mentions_of(body, lang=lang))


def test_a_services_english_name_on_a_french_page_is_the_service() -> None:
    """ "la Rwanda Defence Force" keeps its English name in French text: the Rwandan army, not
    Rwanda alone (data/forces.yaml, the capitalised English noun after the country)."""
    found = by_text(
        mentions_of("Le week-end dernier, la Rwanda Defence Force a distribué des vivres à Palma.")
    )
    force = found["Rwanda Defence Force"]
    assert (force.entity, force.kind, force.country) == ("org:forces-armed-forces-rw", "organisation", "RW")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("La RDF a quitté plusieurs positions dans les districts de Mocímboa da Praia et de Muidumbe.", "fr"),
        ("Soldiers were killed near Awasse, in Mocímboa da Praia district, on Thursday.", "en"),
    ],
)
def test_a_capital_ending_a_longer_place_name_is_no_mention_of_its_country(body: str, lang: str) -> None:
    """ "Mocímboa da Praia" is a town of Mozambique, not Praia, Cabo Verde's capital
    (data/titles.yaml, ``place_name_particles``)."""
    found = mentions_of(body, lang=lang)
    assert not any(m.country == "CV" for m in found)
    assert "Praia" not in by_text(found)


def test_a_name_the_tokenizer_cuts_at_its_apostrophe_is_whole() -> None:
    """The French tokenizer reads "Sing'" of "Sing'oei" as elided; the name keeps its end."""
    found = by_text(mentions_of("Le secrétaire principal, Korir Sing'oei, a remis une note au diplomate."))
    assert found["Korir Sing'oei"].kind == "person"
    assert "Korir Sing" not in found


def test_a_capitalised_run_after_a_locative_preposition_is_a_place_in_english() -> None:
    """With no English model, two capitalised words are a person's name unless a locative
    preposition puts them as where ("the police in Cabo Delgado"); "at Paul Kagame's
    invitation" still names a person."""
    found = by_text(
        mentions_of(
            "The police in Cabo Delgado said the men were detained. "
            "The talks at Paul Kagame's invitation ended on Monday.",
            lang="en",
        )
    )
    assert found["Cabo Delgado"].kind == "place"
    assert found["Paul Kagame"].kind == "person"


def test_a_military_post_of_a_name_is_a_place() -> None:
    """ "le poste militaire de Hadjer Hadid": the site's name, as "la localité de X" is a town's."""
    found = by_text(mentions_of("Des hommes armés ont attaqué dimanche le poste militaire de Hadjer Hadid."))
    assert found["Hadjer Hadid"].kind == "place"


def test_a_name_the_page_gives_as_a_place_is_that_place_where_the_model_reads_a_person() -> None:
    """A name names one thing on a page: once "le poste militaire de Hadjer Hadid" says it is
    a place, "L'attaque de Hadjer Hadid" is no person, the attack's doer."""
    mentions = mentions_of(
        "Dimanche, une attaque visait le poste militaire de Hadjer Hadid. "
        "L'attaque de Hadjer Hadid a brutalement déplacé l'attention vers l'Est."
    )
    assert [m.kind for m in mentions if m.text == "Hadjer Hadid"] == ["place", "place"]


def test_a_person_the_page_never_names_as_a_place_stays_a_person() -> None:
    """The rule needs the place reading on the page: a full name alone is a person."""
    found = by_text(mentions_of("L'attaque de Hadjer Hadid a brutalement déplacé l'attention vers l'Est."))
    assert found["Hadjer Hadid"].kind == "person"


@pytest.mark.parametrize(
    ("lang", "body", "seat", "country"),
    [
        ("en", "Arat Kilo summoned the envoy on Monday.", "Arat Kilo", "ET"),
        ("fr", "Villa Somalia a rappelé son ambassadeur.", "Villa Somalia", "SO"),
        ("en", "Aso Rock said nothing on Tuesday.", "Aso Rock", "NG"),
        ("en", "The Union Buildings said nothing on Tuesday.", "Union Buildings", "ZA"),
    ],
)
def test_a_seat_of_government_stands_for_its_country(lang: str, body: str, seat: str, country: str) -> None:
    found = by_text(mentions_of(body, lang=lang))
    assert (found[seat].kind, found[seat].country) == ("country", country)


@pytest.mark.parametrize(
    ("lang", "body", "name"),
    [
        ("en", "Crown Prince Mohammed bin Salman called him on Tuesday.", "Mohammed bin Salman"),
        ("fr", "Le prince héritier Mohammed ben Salmane l'a appelé mardi.", "Mohammed ben Salmane"),
    ],
)
def test_a_crown_prince_is_named_without_his_title(lang: str, body: str, name: str) -> None:
    assert [m.name for m in mentions_of(body, lang=lang) if m.kind == "person"] == [name]


def test_a_name_after_an_office_inside_the_models_span_is_the_person() -> None:
    """ "Sovereignty Council Chairman General X": the fallback reads an organisation up to the
    name's end; the name after the last title is the person, with the particle "al-"."""
    found = by_text(
        mentions_of(
            "Sovereignty Council Chairman General Abdel Fattah al-Burhan spoke on Tuesday.", lang="en"
        )
    )
    assert found["Abdel Fattah al-Burhan"].kind == "person"


def test_undersecretary_and_chairman_are_titles() -> None:
    people = [
        m.name
        for m in mentions_of(
            "Undersecretary Hussein al-Amin Fadlallah met Chairman Moussa Faki Mahamat.", lang="en"
        )
        if m.kind == "person"
    ]
    assert people == ["Hussein al-Amin Fadlallah", "Moussa Faki Mahamat"]


def test_a_name_listed_with_a_person_is_a_person() -> None:
    """The model reads the second of "les ministres, Badr Abdelatty et Al-Tayeb Mahjoub
    Karrar" as a place; listed with a person, it is one."""
    found = by_text(
        mentions_of(
            "Riyad a reçu les ministres des Affaires étrangères, Badr Abdelatty et Al-Tayeb Mahjoub Karrar."
        )
    )
    assert found["Al-Tayeb Mahjoub Karrar"].kind == "person"


def test_the_alliance_francaise_is_a_french_organisation_not_the_country() -> None:
    found = by_text(mentions_of("L'Alliance française de Ziguinchor a été incendiée jeudi."))
    assert (found["Alliance française"].kind, found["Alliance française"].country) == ("organisation", "FR")


def test_a_given_name_that_is_also_a_title_inside_a_span_starts_no_name() -> None:
    """ "Capt Pape Momar Guèye": "Pape" is a given name here, not the pope's title; the name
    keeps it, the rank before it stripped."""
    found = mentions_of('"We share one mission," said Capt Pape Momar Guèye on Tuesday.', lang="en")
    assert [m.text for m in found if m.kind == "person"] == ["Pape Momar Guèye"]


def test_the_lake_chad_basin_commission_is_one_organisation_under_its_french_name_and_acronym() -> None:
    found = mentions_of("Le sommet de la Commission du bassin du lac Tchad (CBLT) s'ouvre mardi à N'Djamena.")
    assert {m.entity for m in found if m.kind == "organisation"} == {"org:lake-chad-basin-commission"}


def test_a_lone_surname_is_the_pages_full_name_not_a_known_leader_with_other_first_names() -> None:
    """ "Diop" after "Serigne Guèye Diop" is that minister, not Mali's foreign minister
    Abdoulaye Diop (in leaders.tsv), whose first name the page never gives."""
    found = mentions_of(
        "The deal was signed by Senegal's trade minister Serigne Guèye Diop. Diop said it was fair.",
        lang="en",
        when=dt.date(2026, 5, 5),
    )
    assert {m.entity for m in found if m.kind == "person"} == {"person:serigne-gueye-diop"}


def test_a_lone_surname_after_a_known_leaders_full_name_is_still_that_leader() -> None:
    found = mentions_of(
        "Le ministre Abdoulaye Diop est arrivé à Dakar. Diop a salué l'accord.", when=dt.date(2026, 5, 5)
    )
    assert {m.entity for m in found if m.kind == "person"} == {"person:abdoulaye-diop"}


def test_a_counterpart_with_a_portfolio_is_the_name_after_it_not_the_head_of_state() -> None:
    """ "son homologue sénégalais de l'Énergie et des Mines, Amadou Ndiaye": a minister,
    named after his portfolio, not Senegal's president."""
    found = mentions_of(
        "Le ministre ivoirien Mamadou Koné et son homologue sénégalais de l'Énergie et des Mines, "
        "Amadou Ndiaye, ont signé la convention.",
        when=dt.date(2026, 4, 29),
    )
    people = {m.entity for m in found if m.kind == "person"}
    assert "person:amadou-ndiaye" in people
    assert "person:bassirou-diomaye-faye" not in people
