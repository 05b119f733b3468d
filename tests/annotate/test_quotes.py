"""Quotes and their speakers on sentences written for these tests (French and English)."""

from __future__ import annotations

import pytest

from storyline.annotate.entities import find_mentions
from storyline.annotate.nlp import load_nlp
from storyline.annotate.quotes import find_quotes
from storyline.models import Quote

OPENING = "Assimi Goïta a reçu les chefs coutumiers. "
ROADS = "Nous construirons des routes dans chaque cercle"


def quotes_of(text: str, lang: str = "fr") -> list[Quote]:
    body = load_nlp(lang)(text)
    return find_quotes(body, "doc", find_mentions(body, None, "doc", lang), lang)


def only(quotes: list[Quote], kind: str = "direct") -> Quote:
    chosen = [q for q in quotes if q.kind == kind]
    assert len(chosen) == 1, quotes
    return chosen[0]


@pytest.mark.parametrize(
    "text",
    [
        OPENING + "« " + ROADS + " », a-t-il écrit.",
        OPENING + "“" + ROADS + "”, a déclaré Assimi Goïta.",
        OPENING + '"' + ROADS + '" a affirmé Goïta.',
        OPENING + "''" + ROADS + "'' a affirmé le locataire de Koulouba.",
        OPENING + "Il a déclaré : « " + ROADS + " ».",
        OPENING + "Selon lui, « nous construirons des routes dans chaque cercle ».",
    ],
)
def test_direct_quote_speaker_from_cue_name_role_or_pronoun(text: str) -> None:
    quote = only(quotes_of(text))
    assert quote.text.lower().startswith("nous construirons")
    assert text[quote.start : quote.end] == quote.text
    assert (quote.speaker, quote.speaker_entity) == ("Assimi Goïta", "person:assimi-goita")


def test_pronoun_skips_the_person_named_last_for_the_subject() -> None:
    text = (
        "Le colonel Assimi Goïta s'est entretenu avec Vladimir Poutine. "
        "Il a dit avoir parlé au président russe Vladimir Poutine. "
        "« Nous avons parlé de sécurité et de commerce », a-t-il écrit."
    )
    assert only(quotes_of(text)).speaker_entity == "person:assimi-goita"


def test_document_speaker_is_its_issuer() -> None:
    text = (
        "Dans un communiqué publié samedi, le Sénégal a condamné les violences. "
        "« Le gouvernement appelle au calme et à la retenue des deux parties », indique le document."
    )
    quote = only(quotes_of(text))
    assert (quote.speaker_entity, quote.cue) == ("country:SN", "indique")


def test_partial_quote_takes_the_sentence_subject() -> None:
    text = (
        "Emmanuel Macron a quitté Dakar mardi. "
        "Il a salué “une amitié ancienne et solide entre nos peuples” avant son départ."
    )
    assert only(quotes_of(text)).speaker_entity == "person:emmanuel-macron"


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre a lu « Le Petit Prince » devant des élèves.",
        "Ce qu'il appelle la « refondation » reste flou.",
    ],
)
def test_short_quoted_titles_and_words_are_not_quotes(text: str) -> None:
    assert not [q for q in quotes_of(text) if q.kind == "direct"]


def test_embedded_post_takes_the_byline_name() -> None:
    text = (
        "Le chef de l'État a publié un message.\n\n"
        "Nous avons convenu de renforcer notre coopération dans tous les domaines.\n\n"
        "— Colonel Assimi GOITA (@GoitaAssimi) March 27, 2024\n\nLa suite est attendue."
    )
    quote = only(quotes_of(text), "embedded")
    assert quote.text.startswith("Nous avons convenu")
    assert quote.speaker_entity == "person:assimi-goita"


@pytest.mark.parametrize(
    ("text", "entity", "starts"),
    [
        (
            "Vladimir Poutine a affirmé que la coopération militaire allait se poursuivre cette année.",
            "person:vladimir-putin",
            "la coopération",
        ),
        (
            "Selon Abdoulaye Diop, les discussions avec les partenaires avancent bien.",
            "person:abdoulaye-diop",
            "les discussions",
        ),
        (
            "Les deux pays vont élargir leur coopération économique, constate le Kremlin.",
            "country:RU",
            "Les deux pays",
        ),
    ],
)
def test_indirect_speech_names_its_speaker(text: str, entity: str, starts: str) -> None:
    quote = only(quotes_of(text), "indirect")
    assert quote.speaker_entity == entity
    assert quote.text.startswith(starts)


def test_impersonal_reminder_is_not_reported_speech() -> None:
    assert not quotes_of("Il est important de rappeler que la réunion a été reportée à une date ultérieure.")


@pytest.mark.parametrize(
    "text",
    [
        'Vladimir Putin met the delegation. "We will expand our trade with Africa this year," he said.',
        'Vladimir Putin met the delegation. "We will expand our trade with Africa this year," said Putin.',
        '"We will expand our trade with Africa this year," Putin said after the meeting.',
    ],
)
def test_english_quotes_and_speakers(text: str) -> None:
    quote = only(quotes_of(text, "en"))
    assert quote.speaker_entity == "person:vladimir-putin"


def test_a_nationality_before_the_speakers_name_does_not_speak_for_them() -> None:
    text = "« Les partenaires ont changé, pas les besoins du pays », analyse le chercheur sénégalais Moussa Ndiaye."
    assert only(quotes_of(text)).speaker == "Moussa Ndiaye"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            'The ministry summoned the ambassador to demand "'
            + "roads in every district of the country"
            + '", Foreign Minister Assimi Goïta said in a statement.',
            "en",
        ),
        (
            "Samedi, face à la presse, Assimi Goïta avait tenté de calmer le jeu. « "
            + ROADS
            + ". Nous tiendrons parole. »",
            "fr",
        ),
    ],
)
def test_a_speaker_behind_a_title_or_in_the_sentence_before(text: str, lang: str) -> None:
    """A name after a quote may stand behind its title only; a quote opening its sentence with
    no cue goes on from the person the sentence before, in its paragraph, has as subject."""
    assert only(quotes_of(text, lang)).speaker == "Assimi Goïta"


def test_a_quote_opening_a_paragraph_takes_no_speaker_from_the_paragraph_before() -> None:
    text = "Samedi, Assimi Goïta a tenté de calmer le jeu.\n\n« " + ROADS + ". Nous tiendrons parole. »"
    assert only(quotes_of(text)).speaker is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("« " + ROADS + " », s'indigne Assimi Goïta.", "fr"),
        ("« " + ROADS + " », s'est félicité Assimi Goïta.", "fr"),
        ("« " + ROADS + " », s'est réjoui Assimi Goïta.", "fr"),
        (
            'Assimi Goïta spoke on Monday. "We will build roads in every district," he said. '
            '"If the country has the money, let it put it on the table."',
            "en",
        ),
        (
            "Assimi Goïta spoke on Monday. He added that the roads "
            + '"will reach every district of the country".',
            "en",
        ),
    ],
)
def test_reflexive_verbs_quotes_going_on_and_pronoun_subjects_without_a_parse(text: str, lang: str) -> None:
    """ "s'indigne X", "s'est félicité X" attribute like "affirme X"; a second quote with only its attribution
    between goes on from the first; an English sentence opening with "he" is the last person's."""
    quotes = [q for q in quotes_of(text, lang) if q.kind == "direct"]
    assert quotes and {q.speaker for q in quotes} == {"Assimi Goïta"}
