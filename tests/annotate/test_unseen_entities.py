"""Entities on sentences and short pages nobody tuned the rules on (names written for these tests).

Unknown people must come out as people whatever the model guesses, hyphenated first names must stay in
the name, and the Security Council must be one organisation in French and English.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from storyline.annotate.entities import Candidate, _common_words, _is_noise, _ner_candidates, find_mentions
from storyline.annotate.identity import fold, get_lexicon
from storyline.annotate.nlp import load_nlp
from storyline.annotate.quotes import find_quotes
from storyline.merge.identities import merge_identities
from storyline.models import Mention, Quote


def mentions_of(body: str, lang: str = "fr") -> list[Mention]:
    return find_mentions(load_nlp(lang)(body), None, "doc", lang)


def by_text(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.text: m for m in mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon Karamoko Jean-Paul Sanou, la saison a été bonne.", "Karamoko Jean-Paul Sanou"),
        ("Le juriste Marie-Claire Ouattara a saisi la cour mardi.", "Marie-Claire Ouattara"),
        ("Une note signée par Abdou-Karim Diallo circule depuis lundi.", "Abdou-Karim Diallo"),
    ],
)
def test_hyphenated_first_names_stay_in_the_person(text: str, name: str) -> None:
    found = by_text(mentions_of(text))
    assert found[name].kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Nafissatou Maïga, juriste, conteste la lecture du texte.",
        "Nafissatou Maïga, politologue, doute de la suite des discussions.",
        "La politologue Nafissatou Maïga doute de la suite des discussions.",
        "« Le texte reste flou sur ce point précis », estime Nafissatou Maïga, juriste.",
        "Nafissatou Maïga a quitté la salle sans un mot.",
    ],
)
def test_unknown_name_with_apposition_title_or_first_name_is_a_person(text: str) -> None:
    found = by_text(mentions_of(text))
    assert found["Nafissatou Maïga"].kind == "person"
    assert found["Nafissatou Maïga"].entity == "person:nafissatou-maiga"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ce geste suivait la visite du secrétaire de cabinet kényan Wekesa Mudavady à Entebbe.", "fr"),
        ("On Tuesday, Prime Cabinet Secretary Wekesa Mudavady flew to Entebbe.", "en"),
    ],
)
def test_a_name_after_a_cabinet_secretarys_title_and_nationality_is_a_person(text: str, lang: str) -> None:
    """East African cabinet secretaries are ministers: their title, even followed by a
    nationality, makes the unknown name after it a person."""
    found = by_text(mentions_of(text, lang))
    assert found["Wekesa Mudavady"].kind == "person"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Il était conduit par le vice-ministre de la Défense Younous-Bek Ievkourov, reçu la veille.",
            "fr",
            "Younous-Bek Ievkourov",
        ),
        ("Le ministre de la Défense Karim Soumana a reçu mardi son homologue.", "fr", "Karim Soumana"),
        ("Le ministre des Affaires étrangères Karim Soumana a parlé.", "fr", "Karim Soumana"),
        ("The Minister of Defence Karim Soumana met him on Monday.", "en", "Karim Soumana"),
    ],
)
def test_a_name_right_after_its_ministry_is_a_person(text: str, lang: str, name: str) -> None:
    found = by_text(mentions_of(text, lang))
    assert found[name].kind == "person"


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "They were met by Ghana's Minister of Humanitarian Action Akosua Mensah Boateng.",
            "Akosua Mensah Boateng",
            "Humanitarian Action",
        ),
        (
            "China's Special Representative for African Affairs Li Weiming arrived on Monday.",
            "Li Weiming",
            "Special Representative",
        ),
        (
            "The convoy was greeted by the Turkish Ambassador to Chad Selim Aydin.",
            "Selim Aydin",
            "Chad Selim",
        ),
    ],
)
def test_a_name_after_an_english_office_and_its_portfolio_is_the_person(
    text: str, name: str, office: str
) -> None:
    """ "Minister of", "Representative for", "Ambassador to": the words after the preposition
    are the office's portfolio or country, and the name starts after them."""
    found = by_text(mentions_of(text, "en"))
    assert found[name].kind == "person"
    assert not any(office in m.text for m in found.values() if m.kind == "person")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The ministers met at the Tianyuan State Guesthouse on Tuesday.",
            "Tianyuan State Guesthouse",
            "place",
        ),
        ("The envoy flew on to Port Lanvic on Thursday.", "Port Lanvic", "place"),
        ("The envoy flew on to Port Sudan on Thursday.", "Port Sudan", "country"),  # the seat of government
        ("The convoy reached Port Harcourt on Thursday.", "Port Harcourt", "place"),
        ("The ministers met at the Chad Palace Hotel on Monday.", "Chad Palace Hotel", "place"),
        ("Boats patrol the Varnek Sea off the coast.", "Varnek Sea", "place"),
        ("Tension is rising across the Great Lakes on Friday.", "Great Lakes", "place"),
    ],
)
def test_a_run_naming_a_building_or_a_port_is_a_place(text: str, name: str, kind: str) -> None:
    """A site word in the run makes it a place, unless the whole run is a known name ("Port
    Sudan", where Sudan's government sits)."""
    assert by_text(mentions_of(text, "en"))[name].kind == kind


@pytest.mark.parametrize(
    ("paper", "name"), [("The Kombo Tribune", "Kombo Tribune"), ("The Sentinel", "Sentinel")]
)
def test_a_run_naming_a_newspaper_is_an_organisation(paper: str, name: str) -> None:
    found = by_text(
        mentions_of(f"A farmer, Omar Sesay, who spoke to {paper} by phone, said so on Monday.", "en")
    )
    assert found[name].kind == "organisation"
    assert found["Omar Sesay"].kind == "person"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The strike hit the Chadian border town of Kvitfjell on Saturday.", "en", "Kvitfjell"),
        ("L'attaque a visé la localité de Kérouane, dans le département de Gorbo.", "fr", "Kérouane"),
        ("L'attaque a visé la localité de Kérouane, dans le département de Gorbo.", "fr", "Gorbo"),
    ],
)
def test_a_name_after_a_settlement_noun_is_a_place(text: str, lang: str, name: str) -> None:
    """ "the town of X", "la localité de X": a single unknown word no model tags as a place."""
    assert by_text(mentions_of(text, lang))[name].kind == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Talks stalled after the shelling of Kvitfjell on March 3.", "Kvitfjell", "place"),
        ("The raid on Kvitfjell's market killed nine.", "Kvitfjell", "place"),
        ("The attack on Monday killed nine.", "Monday", None),
        ("The attack on Chadian troops killed nine.", "Chadian", "country"),
        ("Ministers discussed the May 3 attack on the Kvitfjell pumping station.", "Kvitfjell", "place"),
        ("The attack on the French embassy killed nine.", "French", "country"),
    ],
)
def test_the_one_word_a_strike_hit_is_a_place(text: str, name: str, kind: str | None) -> None:
    """ "the shelling of X", "a raid on X's market", "the attack on the X pumping station": the
    single word after a strike noun (and an article, before a common noun) names where it
    struck, not a day or a nationality."""
    assert getattr(by_text(mentions_of(text, "en")).get(name), "kind", None) == kind


def test_a_one_word_place_is_named_by_every_occurrence_on_the_page() -> None:
    """Found as a place after "the shelling of", the word names that place wherever the page
    uses it, though "in Kvitfjell" alone would be too common a shape to trust."""
    text = "Talks stalled after the shelling of Kvitfjell. Thousands have arrived in Kvitfjell since."
    found = [m for m in mentions_of(text, "en") if m.text == "Kvitfjell"]
    assert [(m.kind, m.entity) for m in found] == [("place", "place:kvitfjell")] * 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He then met Gen. Abdel Karim al-Nouri in the capital.", "Abdel Karim al-Nouri"),
        (
            "The letter was handed over by Faisal bin Rashid Al Kuwaiti on Monday.",
            "Faisal bin Rashid Al Kuwaiti",
        ),
        (
            "The AU Peace and Justice Council met Faisal bin Rashid Al Kuwaiti.",
            "AU Peace and Justice Council",
        ),
    ],
)
def test_english_names_with_particles_abbreviated_ranks_and_joined_organisations(
    text: str, name: str
) -> None:
    """ "Gen." is a rank, "al-" tied by a hyphen and "bin" are part of the name and do not count
    towards its length, and "X and Y Council" is one organisation."""
    found = by_text(mentions_of(text, "en"))
    assert name in found


def test_the_words_of_a_ministry_are_no_person() -> None:
    text = "It was signed by the Minister of Fisheries and Maritime Economy, Karim Soumana, on Monday."
    found = by_text(mentions_of(text, "en"))
    assert "Maritime Economy" not in found
    assert found["Karim Soumana"].kind == "person"


@pytest.mark.parametrize(
    "text",
    [
        "German Deputy Foreign Minister Eirik Solberg signed the accord. Solberg had met the board on Monday.",
        "German Deputy Foreign Minister Eirik Solberg signed the accord, the board said of Solberg.",
    ],
)
def test_an_english_short_form_of_a_full_name_on_the_page_is_that_person(text: str) -> None:
    """Without a statistical model, a lone capitalised word is a name only when the page
    also writes it as the last word of a full one (even opening a sentence)."""
    solberg = [m for m in mentions_of(text, "en") if m.text == "Solberg"]
    assert [m.entity for m in solberg] == ["person:eirik-solberg"]


@pytest.mark.parametrize(
    ("text", "alias", "lang"),
    [
        ("Le Conseil de sécurité de l'ONU se réunira lundi.", "Conseil de sécurité de l'ONU", "fr"),
        ("Le Conseil de sécurité a voté la résolution.", "Conseil de sécurité", "fr"),
        (
            "Le Conseil de sécurité des Nations unies a voté la résolution.",
            "Conseil de sécurité des Nations unies",
            "fr",
        ),
        ("The UN Security Council voted on Friday.", "UN Security Council", "en"),
        ("The Security Council voted on Friday.", "Security Council", "en"),
    ],
)
def test_security_council_is_one_organisation(text: str, alias: str, lang: str) -> None:
    found = by_text(mentions_of(text, lang))
    assert found[alias].entity == "org:united-nations-security-council"
    assert found[alias].kind == "organisation"


def person(text: str, doc: str, kind: str = "person") -> Mention:
    prefix = "person" if kind == "person" else "org"
    key = f"{prefix}:{text.lower().replace(' ', '-')}"
    return Mention(doc, "body", 0, len(text), text, "PER", key, text, kind, None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("Iouri Ouchakov", "Yuri Ushakov"),
        ("Evgueni Prigojine", "Yevgeny Prigozhin"),
        ("Sergueï Choïgou", "Sergei Shoigu"),
        ("Maria Zakharova", "Mariya Zakharova"),
        ("Oleksiï Reznikov", "Oleksii Reznikov"),
        ("Dmytro Kouleba", "Dmytro Kuleba"),
    ],
)
def test_french_and_english_transliterations_merge(french: str, english: str) -> None:
    entities, mapping = merge_identities([person(french, "a"), person(english, "b")])
    assert len(entities) == 1, entities
    assert len(set(mapping.values())) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Iouri Ouchakov", "Youssouf Ouattara"),
        ("Moussa Diarra", "Moussa Diallo"),
        ("Adama Sanou", "Adama Sangaré"),
    ],
)
def test_different_people_stay_apart(a: str, b: str) -> None:
    entities, _ = merge_identities([person(a, "a"), person(b, "b")])
    assert len(entities) == 2


def test_person_and_organisation_readings_of_one_name_reconcile_to_person() -> None:
    entities, mapping = merge_identities(
        [
            person("Nafissatou Maïga", "a", "organisation"),
            person("Nafissatou Maïga", "b"),
            person("Nafissatou Maïga", "c"),
        ]
    )
    assert [e.kind for e in entities] == ["person"]
    assert len(set(mapping.values())) == 1


PAGES = {
    "fr_barrage": (
        "fr",
        "Le chantier du barrage de Tossaye a repris lundi, après deux ans d'arrêt.\n\n"
        "Le ministre de l'Énergie, Bourama Tangara, a visité le site en compagnie d'ingénieurs "
        "chinois. Il a promis que les travaux seraient achevés avant la fin de l'année prochaine.\n\n"
        "« Sans électricité, aucune usine ne s'installera dans le Nord », résume Djénéba Koné, "
        "économiste à Gao.\n\n"
        "Les riverains restent prudents. « On nous a fait cette promesse trois fois déjà », "
        "confie Amadou Guindo, cultivateur.",
        {"Bourama Tangara": "person", "Djénéba Koné": "person", "Amadou Guindo": "person"},
        {"Sans électricité": "Djénéba Koné", "On nous a fait": "Amadou Guindo"},
    ),
    "fr_cour": (
        "fr",
        "La Cour constitutionnelle a rejeté jeudi le recours de l'opposition.\n\n"
        "Pour l'avocate Mariétou Sissoko, la décision était attendue. « La cour ne s'est jamais "
        "opposée au pouvoir en place », rappelle-t-elle.\n\n"
        "Le Conseil de sécurité de l'ONU doit examiner la situation du pays le mois prochain. "
        "« Nous suivons la situation avec attention », a indiqué Oleksandr Petrenko, diplomate "
        "ukrainien en poste à Dakar.",
        {
            "Mariétou Sissoko": "person",
            "Oleksandr Petrenko": "person",
            "Conseil de sécurité de l'ONU": "organisation",
        },
        {"La cour ne s'est": "Mariétou Sissoko", "Nous suivons": "Oleksandr Petrenko"},
    ),
    "en_port": (
        "en",
        "The port of Conakry reopened on Monday after a week of strikes.\n\n"
        'Dock workers accepted a new pay offer late on Sunday. "We got half of what we asked for, '
        'and that is more than last year," said Ibrahima Camara, a union leader.\n\n'
        'The UN Security Council was not involved. "Shipping lines will need a month to catch up," '
        "Fatima Bangura, a logistics consultant, said.",
        {"Ibrahima Camara": "person", "Fatima Bangura": "person", "UN Security Council": "organisation"},
        {"We got half": "Ibrahima Camara", "Shipping lines": "Fatima Bangura"},
    ),
}


def annotated(name: str) -> tuple[list[Mention], list[Quote]]:
    lang, text, _, _ = PAGES[name]
    body = load_nlp(lang)(text)
    mentions = find_mentions(body, None, name, lang)
    return mentions, find_quotes(body, name, mentions, lang)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_short_pages_entities(name: str) -> None:
    found = by_text(annotated(name)[0])
    for text, kind in PAGES[name][2].items():
        assert text in found, (text, sorted(found))
        assert found[text].kind == kind


@pytest.mark.parametrize("name", sorted(PAGES))
def test_short_pages_quotes(name: str) -> None:
    quotes = annotated(name)[1]
    for starts, speaker in PAGES[name][3].items():
        match = [q for q in quotes if q.text.startswith(starts)]
        assert len(match) == 1, (starts, quotes)
        assert match[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Il a reçu le capitaine Seydou Kaboré du Burkina Faso hier.", "Seydou Kaboré", "Burkina Faso"),
        ("Elle a salué le général Issa Mahamane du Niger mardi.", "Issa Mahamane", "Niger"),
    ],
)
def test_person_span_stops_before_of_country(text: str, person: str, country: str) -> None:
    found = by_text(mentions_of(text))
    assert found[person].kind == "person"
    assert found[country].kind == "country"


def test_an_organisation_ending_on_of_runs_on_into_the_name_after_it() -> None:
    """The model may stop a council's name at "de l'": no organisation ends on "de l", and
    the union named after it is still found."""
    found = mentions_of(
        "Le Conseil de paix et de sécurité de l'Union africaine a exhorté les deux pays à la retenue."
    )
    assert not [m for m in found if m.text.endswith((" de l", " de l'"))]
    assert "org:african-union" in {m.entity for m in found}


def test_a_known_name_ending_a_longer_organisation_is_not_that_organisation() -> None:
    """ "Peace and Security Council" holds "Security Council" but is not the UN's."""
    found = mentions_of("The AU Peace and Security Council met in emergency session on Friday.", "en")
    assert "org:united-nations-security-council" not in {m.entity for m in found}
    assert any("Peace and Security Council" in m.text and m.kind == "organisation" for m in found)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Congo's government spokesman said Kinshasa would not negotiate with the rebels.", "CD"),
        ("Congo's president received the envoy in Brazzaville on Monday.", "CG"),
        ("Congo's president received the envoy on Monday.", "CG"),
    ],
)
def test_a_country_name_two_states_share_means_the_one_the_page_names(text: str, code: str) -> None:
    """ "Congo" is the DR Congo on a page that says "Kinshasa", and the Republic of the
    Congo otherwise (``shared_names.yaml``)."""
    assert by_text(mentions_of(text, "en"))["Congo"].country == code


def test_the_democratic_republic_of_congo_without_article_is_the_dr_congo() -> None:
    found = by_text(mentions_of("Fighting resumed in eastern Democratic Republic of Congo on Sunday.", "en"))
    assert found["Democratic Republic of Congo"].country == "CD"


def test_an_acronym_the_page_defines_names_the_same_organisation() -> None:
    text = (
        "Les combattants de l'Alliance pour la renaissance du Kivu (ARK) ont lancé l'assaut samedi. "
        "Lundi, les colonnes de l'ARK ont quitté la ville."
    )
    found = [m for m in mentions_of(text) if m.text in ("ARK", "Alliance pour la renaissance du Kivu")]
    assert len(found) == 3
    assert {m.entity for m in found} == {"org:alliance-pour-la-renaissance-du-kivu"}


def test_a_news_agency_credit_after_a_name_is_no_acronym_of_it() -> None:
    """ "(AFP)" does not start with the name's letter: it names no one on the page."""
    found = mentions_of("Le ministre Jean Kouassi (AFP) a reçu l'ambassadeur. L'AFP a publié la photo.")
    assert all(m.entity != "person:jean-kouassi" for m in found if m.text == "AFP")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le sommet de la Communauté d'Afrique de l'Est s'est tenu jeudi.", "fr"),
        ("East African Community leaders met on Thursday.", "en"),
        ("Les chefs d'État de l'EAC se sont réunis jeudi.", "fr"),
    ],
)
def test_the_east_african_community_is_one_organisation(text: str, lang: str) -> None:
    assert "org:east-african-community" in {m.entity for m in mentions_of(text, lang)}


def test_an_organisation_cut_short_runs_on_to_the_acronym_closing_its_name() -> None:
    """A French name in an English page: the model keeps "Alliance"; the acronym after the
    rest of the name ("… du Kivu (ARK)") gives the whole name back, and the acronym with it."""
    text = (
        "Fighters of the Alliance pour la renaissance du Kivu (ARK) seized the town. ARK fighters overran it."
    )
    found = [m for m in mentions_of(text, "en") if m.kind == "organisation"]
    assert [m.text for m in found] == ["Alliance pour la renaissance du Kivu", "ARK", "ARK"]
    assert {m.entity for m in found} == {"org:alliance-pour-la-renaissance-du-kivu"}


def test_a_style_of_address_is_no_part_of_the_name() -> None:
    """ "S.E.M." (Son Excellence Monsieur) is a title, its stops aside."""
    text = "Le président de la République, S.E.M. Kwamé Boateng Asante, a reçu l'envoyé hier."
    assert by_text(mentions_of(text))["Kwamé Boateng Asante"].kind == "person"


def test_a_surname_with_an_apostrophe_inside_stays_whole_where_the_model_cuts_it() -> None:
    """The French tokenizer cuts "Kang'ethe" at its apostrophe and the model may end the person
    before it; the name goes on to the end of the word."""
    doc = load_nlp("fr")("L'envoyé, M. Peter Mwangi Kang'ethe, a été reçu.")
    start = next(t.i for t in doc if t.text == "Peter")
    doc.ents = [Span(doc, start, start + 2, label="PER")]
    assert [c.text for c in _ner_candidates(doc, "body", doc.text, fold(doc.text))] == [
        "Peter Mwangi Kang'ethe"
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Il s'agit du premier signe de détente depuis l'accrochage meurtrier du 9 mars à Ras Kvitfjell.",
            "place",
        ),
        ("Le président Ras Kvitfjell a reçu l'envoyé hier.", "person"),
    ],
)
def test_a_name_opening_with_a_word_for_a_site_is_a_place_unless_a_title_makes_it_a_person(
    text: str, kind: str
) -> None:
    """ "Ras" (a cape), "Mont", "Oued" open places the model may take for people."""
    assert by_text(mentions_of(text))["Ras Kvitfjell"].kind == kind


@pytest.mark.parametrize(("text", "noise"), [("Conduite", True), ("Kanouté", False), ("Conduite", False)])
def test_a_common_word_opening_a_sentence_is_no_one_word_person(text: str, noise: bool) -> None:
    """The model may read a participle opening a sentence as a name ("Conduite par la ministre
    X, la délégation ..."); a surname opening one stays a person, and so does a common word
    inside a sentence, where only a name is capitalised."""
    body = f"{text} a parlé." if noise or text != "Conduite" else f"Le colonel {text} a parlé."
    doc = load_nlp("fr")(body)
    start = body.index(text)
    cand = Candidate("body", start, start + len(text), text, "PER", "person")
    assert _is_noise(cand, doc, True, _common_words("fr"), get_lexicon()) is noise


@pytest.mark.parametrize(("text", "noise"), [("Revendiqué", True), ("Tombouctou", False)])
def test_a_participle_opening_a_sentence_is_no_one_word_place(text: str, noise: bool) -> None:
    """ "Revendiqué le lendemain par le GSIM, l'assaut ...": the participle of a dictionary verb
    ("revendiquer"), which the model may tag as a place; a place's own name stays."""
    body = f"{text} le lendemain par le groupe, l'assaut a choqué."
    doc = load_nlp("fr")(body)
    cand = Candidate("body", 0, len(text), text, "LOC", "place")
    assert _is_noise(cand, doc, True, _common_words("fr"), get_lexicon()) is noise


@pytest.mark.parametrize(
    ("text", "lang", "countries"),
    [
        ("La commission mixte malo-mauritanienne s'est réunie à Nioro.", "fr", ["ML", "MR"]),
        ("La frontière nigéro-béninoise reste fermée.", "fr", ["NE", "BJ"]),
        ("Sino-Russian talks opened on Monday.", "en", ["CN", "RU"]),
        ("Les élus de Saint-Malo ont voté.", "fr", []),
    ],
)
def test_a_compound_adjective_names_both_countries(text: str, lang: str, countries: list[str]) -> None:
    """ "malo-", "nigéro-", "Sino-": the combining form before the hyphen is a country too."""
    found = [m.country for m in mentions_of(text, lang) if m.kind == "country"]
    assert found == countries


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministre des Affaires étrangères, Cheikh Niang, a convoqué l'ambassadeur.", "fr"),
        ("Senegal's foreign minister, Cheikh Niang, summoned the ambassador.", "en"),
    ],
)
def test_a_title_that_is_also_a_given_name_stays_before_a_lone_surname(text: str, lang: str) -> None:
    """ "Cheikh" is a title before "Tamim ben Hamad" but the given name of "Cheikh Niang"."""
    assert [m.text for m in mentions_of(text, lang) if m.kind == "person"] == ["Cheikh Niang"]


def test_a_day_name_before_a_capital_is_no_part_of_its_name() -> None:
    """English capitalises days: "on Tuesday Dakar recalled" names Dakar, not a "Tuesday Dakar"."""
    found = [
        (m.text, m.country)
        for m in mentions_of("The row deepened, and on Tuesday Dakar recalled its envoy.", "en")
    ]
    assert found == [("Dakar", "SN")]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "Le porte-parole du collectif Justice pour Guet Ndar a appelé au calme.",
            "fr",
            "Justice pour Guet Ndar",
        ),
        (
            "The march was called by the Justice for Guet Ndar collective on Monday.",
            "en",
            "Justice for Guet Ndar",
        ),
        (
            "The march was called by the Yenga Solidarity Coalition on Monday.",
            "en",
            "Yenga Solidarity Coalition",
        ),
        ("Mardi, le groupe armé 3R a attaqué la position.", "fr", "3R"),
        ("On Tuesday, fighters of the 3R armed group attacked the post.", "en", "3R"),
    ],
)
def test_a_name_beside_a_collective_noun_is_an_organisation(text: str, lang: str, name: str) -> None:
    """ "le collectif X", "the X collective", "le groupe armé 3R": the whole name, particles
    inside, and the noun too when capitalised, is one organisation; the model tags a piece at
    best ("Guet Ndar"), and a code name with a digit as anything ("3R" as a verb)."""
    found = [(m.text, m.kind) for m in mentions_of(text, lang) if m.kind != "country"]
    assert found == [(name, "organisation")]


@pytest.mark.parametrize(
    ("text", "lang", "phrase", "entity"),
    [
        (
            "Six soldats des Forces armées togolaises ont été tués.",
            "fr",
            "Forces armées togolaises",
            "org:forces-armed-forces-tg",
        ),
        (
            "L'armée togolaise a lancé une opération lundi.",
            "fr",
            "armée togolaise",
            "org:forces-armed-forces-tg",
        ),
        ("L’armée du Mali a démenti mardi.", "fr", "armée du Mali", "org:forces-armed-forces-ml"),
        ("La marine gabonaise a arraisonné un chalutier.", "fr", "marine gabonaise", "org:forces-navy-ga"),
        (
            "The Togolese army launched an operation on Monday.",
            "en",
            "Togolese army",
            "org:forces-armed-forces-tg",
        ),
        (
            "Ghana Armed Forces soldiers manned the checkpoint.",
            "en",
            "Ghana Armed Forces",
            "org:forces-armed-forces-gh",
        ),
        ("Senegal's navy intercepted a canoe.", "en", "Senegal's navy", "org:forces-navy-sn"),
        ("Six soldats togolais ont été tués.", "fr", "soldats togolais", "org:forces-armed-forces-tg"),
        (
            "Quatre gendarmes ivoiriens ont été blessés.",
            "fr",
            "gendarmes ivoiriens",
            "org:forces-gendarmerie-ci",
        ),
        ("Ghanaian troops crossed the border.", "en", "Ghanaian troops", "org:forces-armed-forces-gh"),
        (
            "The Armed Forces of Liberia were put on alert.",
            "en",
            "Armed Forces of Liberia",
            "org:forces-armed-forces-lr",
        ),
        ("Liberian police arrested seven suspects.", "en", "Liberian police", "org:forces-police-lr"),
        ("La police nigérienne a dispersé la foule.", "fr", "police nigérienne", "org:forces-police-ne"),
        (
            "Two soldiers of the Tanzania People's Defence Force were wounded.",
            "en",
            "Tanzania People's Defence Force",
            "org:forces-armed-forces-tz",
        ),
    ],
)
def test_a_states_armed_service_is_an_organisation_of_that_state(
    text: str, lang: str, phrase: str, entity: str
) -> None:
    """ "l'armée togolaise", "Togolese army": one identity per state's service in both
    languages, beside the country mention it contains (the state stays a party)."""
    found = mentions_of(text, lang)
    forces = by_text(found)[phrase]
    assert (forces.entity, forces.kind, forces.country) == (entity, "organisation", entity[-2:].upper())
    assert any(m.kind == "country" and m.country == forces.country for m in found)
    assert not any(
        m.kind == "organisation" and m is not forces and forces.start <= m.start < forces.end for m in found
    )


def test_an_acronym_defined_after_an_armed_service_names_it() -> None:
    found = mentions_of(
        "Les Forces armées centrafricaines (FACA) ont repoussé l'attaque. Les FACA ont perdu deux hommes."
    )
    assert {m.entity for m in found if m.text == "FACA"} == {"org:forces-armed-forces-cf"}


def test_a_lexicon_alias_of_an_armed_service_takes_the_services_identity() -> None:
    """ "FAMa" (aliases.tsv: "Malian Armed Forces") is the service "l'armée malienne" names."""
    found = by_text(mentions_of("Les FAMa ont repoussé l'attaque. L'armée malienne a perdu deux hommes."))
    assert found["FAMa"].entity == found["armée malienne"].entity == "org:forces-armed-forces-ml"


@pytest.mark.parametrize(
    ("acronym", "code"), [("FARDC", "cd"), ("UPDF", "ug"), ("KDF", "ke"), ("FAT", "tg"), ("ENDF", "et")]
)
def test_the_acronyms_of_armed_services_are_their_states_services(acronym: str, code: str) -> None:
    """A state's armed forces known by their acronym alone ("les FARDC", "the UPDF") are its service."""
    found = by_text(mentions_of(f"Les {acronym} ont repoussé l'attaque."))
    assert found[acronym].entity == f"org:forces-armed-forces-{code}"


def test_a_service_named_after_its_country_with_a_possessive_is_found_without_a_model() -> None:
    """The English fallback cuts "Uganda People's Defence Forces" at "'s" and takes "Uganda
    People" for a person: the service and its country are found all the same."""
    found = by_text(mentions_of("The Uganda People's Defence Forces deployed troops on Monday.", "en"))
    assert found["Uganda People's Defence Forces"].entity == "org:forces-armed-forces-ug"
    assert found["Uganda"].entity == "country:UG"
    assert "Uganda People" not in found


@pytest.mark.parametrize("rank", ["Marshal", "Corporal", "Brigadier", "Sergeant"])
def test_military_ranks_are_titles_not_part_of_the_name(rank: str) -> None:
    """ "Marshal Koffi Mensah Agbeko", "Sergeant ...": the rank is his title, so every
    page's spelling, with or without it, is one person."""
    found = mentions_of(f"{rank} Koffi Mensah Agbeko received the envoy. Koffi Mensah Agbeko spoke.", "en")
    assert {m.name for m in found if m.kind == "person"} == {"Koffi Mensah Agbeko"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Sierra Leone Artisanal Fishermen's Union led the march.",
            "Sierra Leone Artisanal Fishermen's Union",
            "SL",
        ),
        (
            "Yared Mulugeta, chairman of the Ethiopian Freight Transporters' Association, said so.",
            "Ethiopian Freight Transporters' Association",
            "ET",
        ),
    ],
)
def test_an_organisation_opening_with_its_country_is_that_countrys_body(
    text: str, name: str, country: str
) -> None:
    """Not the country with a person or an organisation after it."""
    found = by_text(mentions_of(text, "en"))
    assert (found[name].kind, found[name].country) == ("organisation", country)


def test_a_possessive_country_keeps_its_ministry() -> None:
    found = by_text(mentions_of("Egypt's Foreign Ministry said on Monday that talks would resume.", "en"))
    assert found["Egypt"].kind == "country"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Le président congolais Firmin Ngakosso a reçu l'émissaire lundi à Brazzaville.", "CG"),
        ("Le président congolais Firmin Ngakosso a reçu l'émissaire lundi à Kinshasa.", "CD"),
        ("The Congolese president, Firmin Ngakosso, flew home to Brazzaville on Monday.", "CG"),
        ("Le président congolais Firmin Ngakosso a reçu l'émissaire lundi.", "CD"),
    ],
)
def test_a_demonym_two_states_share_means_the_one_the_page_names(text: str, code: str) -> None:
    """ "congolais" is the Republic of the Congo's on a page that names Brazzaville and no
    capital, acronym or leader of the DR Congo, and so is the president it titles; the DR
    Congo's by default (``shared_names.yaml``)."""
    found = mentions_of(text, "en" if text.startswith("The") else "fr")
    assert {m.country for m in found if m.kind == "person"} == {code}


def test_a_shared_demonym_gives_a_state_service_its_country() -> None:
    found = by_text(
        mentions_of("Les Forces armées congolaises (FAC) ont renforcé leurs positions à Brazzaville.")
    )
    assert found["Forces armées congolaises"].entity == "org:forces-armed-forces-cg"
    assert found["FAC"].entity == "org:forces-armed-forces-cg"


def test_the_seat_holder_is_the_president_a_shared_demonym_titles() -> None:
    """ "l'homme fort de Brazzaville" is the Congolese president the page names: on a page
    about Brazzaville "congolais" made him Congo's president, not the DR Congo's."""
    text = (
        "Le président congolais Firmin Ngakosso a quitté Brazzaville mardi. "
        "L'homme fort de Brazzaville doit rencontrer son homologue jeudi."
    )
    found = by_text(mentions_of(text))
    assert found["homme fort de Brazzaville"].entity == "person:firmin-ngakosso"


def test_congo_republic_is_the_republic_of_the_congo() -> None:
    found = by_text(mentions_of("Talks between Congo Republic and Gabon resumed on Monday.", "en"))
    assert found["Congo Republic"].entity == "country:CG"


def test_a_hyphenated_surname_is_kept_whole() -> None:
    found = mentions_of(
        "Mercredi, le président congolais Rodrigue Okombi-Nzila a effectué une visite à Bangui."
    )
    assert {m.name for m in found if m.kind == "person"} == {"Rodrigue Okombi-Nzila"}


def test_a_full_name_the_model_reads_once_is_found_wherever_the_page_writes_it() -> None:
    text = (
        "La présidente Tjiuma Haingura est arrivée lundi. Ce vendredi, à Kasane, le président "
        "Olebile Ramokate et la présidente Tjiuma Haingura ont signé un accord."
    )
    found = [m.start for m in mentions_of(text) if m.entity == "person:tjiuma-haingura"]
    assert found == [text.index("Tjiuma"), text.rindex("Tjiuma")]
