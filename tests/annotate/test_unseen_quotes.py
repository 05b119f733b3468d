"""Quotes and speakers on sentences nobody tuned the rules on: unknown people, appositions, inverted cues.

Every sentence and name here was written for these tests; no speaker is in a lexicon table.
"""

from __future__ import annotations

import pytest

from storyline.annotate.entities import find_mentions
from storyline.annotate.nlp import load_nlp
from storyline.annotate.quotes import find_quotes
from storyline.models import Quote

SAID_FR = "Les négociations sur le barrage reprendront après la saison des pluies"
SAID_EN = "The talks on the dam will resume after the rainy season"


def quotes_of(text: str, lang: str = "fr") -> list[Quote]:
    body = load_nlp(lang)(text)
    return find_quotes(body, "doc", find_mentions(body, None, "doc", lang), lang)


def direct(text: str, lang: str = "fr") -> Quote:
    found = [q for q in quotes_of(text, lang) if q.kind == "direct"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("cue", "speaker", "apposition"),
    [
        ("relève", "Fatoumata Kané", "sociologue à l'université de Ségou"),
        ("juge", "Boubacar Cissé", "économiste"),
        ("commente", "Salif Dembo", "ancien diplomate"),
        ("analyse", "Awa Coulibaly", "chercheuse en sciences politiques"),
        ("résume", "Ténin Sangaré", "avocate au barreau de Kayes"),
        ("tranche", "Moussa Fofana", "syndicaliste"),
        ("souligne", "Jean-Baptiste Ouédraogo", "politologue burkinabè"),
        ("confie", "Rokia Diarra", "enseignante"),
        ("poursuit", "Lassana Bagayoko", "juriste"),
        ("insiste", "Hawa Samaké", "consultante"),
    ],
)
def test_inverted_cue_with_unknown_speaker_and_apposition(cue: str, speaker: str, apposition: str) -> None:
    text = f"La réunion a duré toute la journée.\n\n« {SAID_FR} », {cue} {speaker}, {apposition}."
    quote = direct(text)
    assert quote.speaker == speaker
    assert quote.speaker_entity is not None and quote.speaker_entity.startswith("person:")
    assert quote.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        f"La juriste Aminata Touré a pris la parole. « {SAID_FR} », ajoute-t-elle.",
        f"Pour la juriste Aminata Touré, « {SAID_FR.lower()} ».",
        f"L'universitaire Aminata Touré explique : « {SAID_FR} ».",
        f"« {SAID_FR} », prévient Aminata Touré.",
    ],
)
def test_unknown_speaker_before_or_pronoun_after(text: str) -> None:
    quote = direct(text)
    assert (quote.speaker, quote.speaker_entity) == ("Aminata Touré", "person:aminata-toure")


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        (f"« {SAID_FR} », indique le gouvernement nigérien dans un communiqué.", "country:NE"),
        (f"La CEDEAO a réagi dans la soirée : « {SAID_FR} ».", "org:ecowas"),
    ],
)
def test_institution_speakers(text: str, entity: str) -> None:
    assert direct(text).speaker_entity == entity


@pytest.mark.parametrize(
    "text",
    [
        f"“{SAID_EN},” said Kwame Mensah, an analyst at a research centre in Accra.",
        f"“{SAID_EN},” Kwame Mensah, an analyst, said.",
        f"“{SAID_EN},” Kwame Mensah said.",
        f'"{SAID_EN}," says Kwame Mensah, a former ambassador.',
        f"Kwame Mensah, a lawyer, spoke after the hearing. “{SAID_EN},” he added.",
        f"According to Kwame Mensah, an economist, “{SAID_EN[0].lower() + SAID_EN[1:]}”.",
        f"“{SAID_EN},” its coordinator, Kwame Mensah, told reporters this week.",
        f"Kwame Mensah, coordinator of the Volta Basin Network in Tamale, told the paper “{SAID_EN}”.",
    ],
)
def test_english_unknown_speakers(text: str) -> None:
    quote = direct(text, "en")
    assert (quote.speaker, quote.speaker_entity) == ("Kwame Mensah", "person:kwame-mensah")


def test_the_holder_named_after_an_office_of_an_organisation_speaks() -> None:
    """ "a lancé le coordonnateur de la CJS, X": the organisation names the office; X speaks."""
    text = (
        "Répondant à l'appel de la Coordination des jeunes pour la souveraineté (CJS), la foule a défilé. "
        "« Le sang versé ne sera pas oublié. Nous resterons mobilisés jusqu'au bout », a lancé à la foule "
        "le coordonnateur de la CJS, Moussa Hassane Adoum."
    )
    assert direct(text).speaker == "Moussa Hassane Adoum"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"La ministre de l'Eau, Aminata Touré, a suspendu le chantier. « {SAID_FR} », a expliqué la ministre.",
            "Aminata Touré",
        ),
        (
            f"Le 5 mars, le Réseau Volta Vivant, une association de Ségou qui aide les riverains, "
            f"dénonçait « {SAID_FR.lower()} ».",
            "Réseau Volta Vivant",
        ),
    ],
)
def test_a_speaker_named_by_office_alone_or_before_an_apposition(text: str, speaker: str) -> None:
    """ "a expliqué la ministre": the person last named with that office; an organisation whose
    apposition runs up to the verb speaks, not the town named inside the apposition."""
    assert direct(text).speaker == speaker


def test_a_second_quote_after_a_long_attribution_goes_on_from_its_speaker() -> None:
    text = f'"The river is low," said Kwame Mensah, an analyst at the Volta Basin Network in Tamale. "{SAID_EN}."'
    assert [q.speaker for q in quotes_of(text, "en") if q.kind == "direct"] == ["Kwame Mensah"] * 2


def test_a_surname_after_its_particle_speaks_after_the_quote() -> None:
    text = f"Kwame al-Mensah, the spokesman, spoke first.\n\n“{SAID_EN},” al-Mensah said."
    assert direct(text, "en").speaker == "Kwame al-Mensah"


def test_a_clause_saying_something_is_no_apposition_of_the_name_before_it() -> None:
    """ "called X, Ghana's presidency said, adding that ... discussed "..."": the presidency
    speaks, not X, though a comma-bound clause stands between X and "adding"."""
    text = (
        "Kwame Mensah called his counterpart Kofi Boateng, Ghana's presidency said in a statement, "
        f'adding that the two men had discussed "{SAID_EN.lower()}".'
    )
    assert direct(text, "en").speaker == "Ghana"


def test_a_few_words_are_a_quote_only_with_a_speaker() -> None:
    """ "a qualifié l'incident d'« acte hostile prémédité »": the spokesman's words; a term in
    quotation marks with no one saying it, or a title, is no quote."""
    said = "Le porte-parole, Moussa Diarra, a qualifié l'incident d'« acte hostile prémédité »."
    assert [(q.text, q.speaker) for q in quotes_of(said) if q.kind == "direct"] == [
        ("acte hostile prémédité", "Moussa Diarra")
    ]
    for text in (
        "Ce qu'on appelle la « refondation nationale » reste flou.",
        "Il a lu « Le Petit Prince » hier.",
    ):
        assert not [q for q in quotes_of(text) if q.kind == "direct"]


@pytest.mark.parametrize(
    "opening",
    [
        "Kwame Larbi, who chairs the Volta Basin Authority, spoke in Accra beside Ama Owusu.",
        "One of them, 40-year-old Kwame Larbi from Keta, spoke in Accra beside Ama Owusu.",
        "Here in Port Harcourt, Kwame Larbi spoke on Friday beside Ama Owusu.",
    ],
)
def test_he_said_is_the_person_an_unparsed_sentence_before_opens_with(opening: str) -> None:
    """English has no parse: the subject of the sentence before "he said" is the person it
    opens with, not the last person-like name inside it."""
    text = f'{opening}\n\n"{SAID_EN}," he said.'
    assert direct(text, "en").speaker == "Kwame Larbi"


@pytest.mark.parametrize(
    "text",
    [
        "Dans un communiqué lu mardi, le gouvernement allemand « condamne avec fermeté la fermeture du barrage ».",
        "Le communiqué du ministère allemand justifie la décision par « la fermeture du barrage sans préavis ».",
    ],
)
def test_a_government_named_by_its_nationality_speaks_for_its_country(text: str) -> None:
    """ "le gouvernement allemand « condamne ... »", "le communiqué du ministère allemand":
    no name, the nationality says who."""
    (quote,) = quotes_of(text)
    assert quote.speaker_entity == "country:DE"


def test_a_spokesman_titled_with_his_services_acronym_after_a_quote_speaks() -> None:
    """'"...," FAT spokesman Colonel Koffi Agbeko said': the acronym is part of his title."""
    quote = direct(f'"{SAID_EN}," FAT spokesman Colonel Koffi Agbeko said in a statement.', "en")
    assert quote.speaker == "Koffi Agbeko"


def test_the_person_in_apposition_to_an_organisations_spokesman_speaks() -> None:
    """ "Le porte-parole des FAT, le colonel Koffi Agbeko, a précisé que « ... »": the colonel."""
    (quote,) = quotes_of(f"Le porte-parole des FAT, le colonel Koffi Agbeko, a précisé que « {SAID_FR} ».")
    assert quote.speaker == "Koffi Agbeko"


def test_a_name_opening_the_next_paragraph_is_no_attribution_of_the_quote_before() -> None:
    text = (
        f'"The river is low," said Kwame Mensah, an analyst at the Volta Basin Network in Tamale. "{SAID_EN}."\n\n'
        "The African Union said its envoy would travel to Accra on Friday."
    )
    assert [q.speaker for q in quotes_of(text, "en") if q.kind == "direct"] == ["Kwame Mensah"] * 2


def test_a_place_before_a_verb_of_saying_is_no_speaker() -> None:
    # "résume" is a French verb of saying; the folded English "resume" matches it
    text = (
        "Ghana and Togo fell out. The Ghana National Farmers Association said its members would march in "
        'Tamale on Friday and would not resume work "until justice is done for our brothers".'
    )
    (quote,) = quotes_of(text, "en")
    assert quote.speaker == "Ghana National Farmers Association"


def test_a_body_the_model_takes_for_a_place_still_speaks_before_its_verb() -> None:
    text = (
        "Le 5 mars, le Réseau Sentinelles du Désert, une association d'Agadez qui vient en aide aux "
        "refoulés, dénonçait « une politique de l'abandon des migrants »."
    )
    (quote,) = quotes_of(text, "fr")
    assert quote.speaker == "Réseau Sentinelles du Désert"
