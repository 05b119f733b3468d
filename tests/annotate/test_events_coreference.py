"""find_events where the parties are not named where the trigger stands: "les deux hommes",
"leur rencontre", a participle's patient, unnamed attackers, a parse that loses the
subject, a definite noun re-telling the event just told, lists of dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from event_cases import mentions_in as event_mentions
from spacy.language import Language

from storyline.annotate.entities import find_mentions
from storyline.annotate.events import find_events
from storyline.annotate.nlp import load_nlp
from storyline.annotate.pipeline import annotate
from storyline.annotate.time import resolve_times
from storyline.extract import extract_page
from storyline.ingest.readers import make_page
from storyline.models import Article, DocEvent

NAMES = {
    "Jean Martin": ("person:jean-martin", "person", "FR"),
    "Hans Vogel": ("person:hans-vogel", "person", "DE"),
    "Karl Weber": ("person:karl-weber", "person", "DE"),
    "Pierre Durand": ("person:pierre-durand", "person", "FR"),
    "Olaf Berg": ("person:olaf-berg", "person", "NO"),
    "l'Union africaine": ("org:au", "organisation", ""),
    "the African Union": ("org:au", "organisation", ""),
    "Lyon": ("place:lyon", "place", "FR"),
    "Lyons": ("place:lyon", "place", "FR"),
    "Norvège": ("country:NO", "country", "NO"),
    "Suède": ("country:SE", "country", "SE"),
    "Sweden": ("country:SE", "country", "SE"),
    "Norway": ("country:NO", "country", "NO"),
    "Germany": ("country:DE", "country", "DE"),
    "Moscou": ("country:RU", "country", "RU"),
    "Alger": ("country:DZ", "country", "DZ"),
    "norvégien": ("country:NO", "country", "NO"),
    "Oslo": ("country:NO", "country", "NO"),
    "Swedish": ("country:SE", "country", "SE"),
    "Kwesi Ampofo-Darko": ("person:kwesi-ampofo-darko", "person", ""),
    "Norwegian": ("country:NO", "country", "NO"),
    "l'OTAN": ("org:nato", "organisation", ""),
    "Kvitfjell": ("place:kvitfjell", "place", ""),
    "Stockholm": ("country:SE", "country", "SE"),
    "Front du Nord": ("org:nf", "organisation", ""),
    "Northern Front": ("org:nf", "organisation", ""),
}
PUBLISHED = dt.date(2026, 3, 13)  # a Friday


def run(nlp: Language, text: str, lang: str = "fr") -> list[DocEvent]:
    times = resolve_times(text, PUBLISHED, lang, "d1", "body")
    art = Article(
        doc_id="d1", doc="d1.txt", title=None, body=text, lang=lang, published=PUBLISHED.isoformat()
    )
    mentions = [m for m in event_mentions(text, NAMES) if m.country or m.kind != "country"]
    return find_events(nlp(text), art, mentions, times, PUBLISHED, lang)


def run_with_entities(nlp: Language, text: str) -> list[DocEvent]:
    """Events of a French text with the entity stage's own mentions (demonyms labelled as such)."""
    body = nlp(text)
    times = resolve_times(text, PUBLISHED, "fr", "d1", "body")
    art = Article(
        doc_id="d1", doc="d1.txt", title=None, body=text, lang="fr", published=PUBLISHED.isoformat()
    )
    return find_events(body, art, find_mentions(body, None, "d1", "fr"), times, PUBLISHED, "fr")


def people(event: DocEvent) -> set[str]:
    return {a.entity for a in event.actors + event.recipients if a.kind == "person"}


def test_the_two_men_and_their_meeting_are_the_pair_of_the_last_talk(nlp_fr: Language) -> None:
    text = (
        "Jean Martin s'est entretenu mardi au téléphone avec Hans Vogel.\n\n"
        "Les deux hommes ont fait le point sur leur rencontre à Lyon, le 2 février."
    )
    events = run(nlp_fr, text)
    recalled = next(e for e in events if e.date == "2026-02-02")
    assert people(recalled) == {"person:jean-martin", "person:hans-vogel"}


def test_a_named_organisation_keeps_its_act_when_the_two_leaders_open_the_sentence(nlp_fr: Language) -> None:
    text = (
        "Jean Martin s'est entretenu mardi au téléphone avec Hans Vogel. "
        "Les deux dirigeants ont plaidé pour le dialogue, alors que l'Union africaine a menacé d'intervenir militairement."
    )
    threat = next(e for e in run(nlp_fr, text) if e.type == "THREATEN")
    assert [a.entity for a in threat.actors] == ["org:au"]


def test_the_noun_a_participle_trigger_modifies_is_its_patient(nlp_fr: Language) -> None:
    text = "Le pays soutient le retour du président Karl Weber, renversé le 26 février par des militaires."
    coup = next(e for e in run(nlp_fr, text) if e.type == "COERCE")
    assert [a.entity for a in coup.recipients] == [
        "country:DE",
        "person:karl-weber",
    ]  # the state and its leader
    assert coup.actors == []
    assert coup.date == "2026-02-26"


def test_an_attack_by_unnamed_gunmen_stands_on_the_country_it_struck(nlp_fr: Language) -> None:
    (attack,) = run(nlp_fr, "Une attaque contre un camp militaire a fait douze morts jeudi en Norvège.")
    assert attack.type == "ASSAULT"
    assert attack.actors == []
    assert [a.country for a in attack.recipients] == ["NO"]


def test_an_english_coup_with_no_doer_is_kept(nlp_en: Language) -> None:
    events = run(nlp_en, "Both sides discussed the February 26 coup in Lyons.", "en")
    assert [(e.type, e.date) for e in events] == [("COERCE", "2026-02-26")]


def test_a_subject_the_parse_misreads_is_read_by_word_order(nlp_fr: Language) -> None:
    (call,) = run(nlp_fr, "Jean Martin et Hans Vogel se sont à nouveau entretenus par téléphone.")
    assert (call.type, call.mode) == ("CONSULT", "phone")
    assert people(call) == {"person:jean-martin", "person:hans-vogel"}


def test_a_definite_noun_opening_a_sentence_retells_the_last_event(nlp_fr: Language) -> None:
    text = (
        "Jean Martin a reçu mardi Hans Vogel au palais présidentiel. "
        "L'audience s'est déroulée en présence de Pierre Durand et de Karl Weber."
    )
    visits = [e for e in run(nlp_fr, text) if e.type == "CONSULT"]
    assert len(visits) == 1
    assert visits[0].date == "2026-03-10"


def test_a_list_of_dates_tells_one_event_per_date(nlp_en: Language) -> None:
    text = "Jean Martin and Hans Vogel spoke by phone on March 3 and March 10."
    calls = sorted(e.date or "" for e in run(nlp_en, text, "en") if e.type == "CONSULT")
    assert calls == ["2026-03-03", "2026-03-10"]


def test_the_summit_a_meeting_was_held_beside_does_not_make_it_multilateral(nlp_fr: Language) -> None:
    text = "Jean Martin a rencontré Hans Vogel le 2 février à Lyon, en marge du sommet de l'énergie."
    (meeting,) = run(nlp_fr, text)
    assert meeting.mode is None
    text = "Jean Martin a rencontré Hans Vogel le 2 février à Lyon lors du sommet de l'énergie."
    (summit,) = run(nlp_fr, text)
    assert summit.mode == "multilateral"


def test_the_party_an_act_is_aimed_at_may_sit_in_its_objects_relative_clause(nlp_fr: Language) -> None:
    text = "La Norvège a dénoncé mardi l'accord de défense qui la liait à l'Union africaine depuis 2012."
    (event,) = run(nlp_fr, text)
    assert event.type == "REJECT"
    assert [a.entity for a in event.recipients] == ["org:au"]


def test_a_nationality_qualifying_land_is_where_not_who(nlp_fr: Language) -> None:
    text = "Des combats ont opposé l'armée malienne aux rebelles jeudi près de la frontière algérienne."
    events = run_with_entities(nlp_fr, text)
    (clash,) = [e for e in events if e.type == "ASSAULT"]
    parties = {a.country for a in clash.actors + clash.recipients}
    assert "DZ" not in parties and clash.location is None


def test_a_nationality_qualifying_a_situation_is_no_party(nlp_fr: Language) -> None:
    text = "Jean Martin et Hans Vogel se sont entretenus mardi à Lyon de la crise soudanaise."
    (talk,) = [e for e in run_with_entities(nlp_fr, text) if e.type == "CONSULT"]
    assert "SD" not in {a.country for a in talk.actors + talk.recipients}


def test_a_dated_call_with_no_party_is_one_more_between_the_same_parties(nlp_en: Language) -> None:
    text = "Jean Martin spoke by phone with Hans Vogel on March 10. A first call took place on March 3."
    calls = sorted((e.date, frozenset(people(e))) for e in run(nlp_en, text, "en") if e.type == "CONSULT")
    pair = frozenset({"person:jean-martin", "person:hans-vogel"})
    assert calls == [("2026-03-03", pair), ("2026-03-10", pair)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Jean Martin spoke by phone with Hans Vogel on March 10. The joint commission is to meet on March 20.",
        ),
        (
            "fr",
            "Jean Martin s'est entretenu au téléphone avec Hans Vogel le 10 mars. "
            "La commission mixte doit se réunir le 20 mars.",
        ),
    ],
)
def test_a_verb_whose_subject_is_a_common_noun_takes_no_parties_from_an_earlier_event(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    events = run(nlp_for(lang), text, lang)
    assert [e.date for e in events if people(e)] == ["2026-03-10"]


def test_a_date_across_a_comma_belongs_to_another_phrase(nlp_en: Language) -> None:
    text = (
        "The talks followed visits by Olaf Berg to Oslo and Moscou on March 2 and 3, and a second "
        "telephone call between Jean Martin and Hans Vogel on March 6."
    )
    (call,) = [e for e in run(nlp_en, text, "en") if e.mode == "phone"]
    assert call.date == "2026-03-06"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Un accrochage a opposé dimanche des soldats de la Norvège à une patrouille de la Suède."),
        ("fr", "Des militaires de la Norvège ont ouvert le feu dimanche sur une patrouille de la Suède."),
        ("en", "Troops from Norway and Sweden clashed on Sunday near the border."),
        ("en", "Troops of Norway fired on a patrol from Sweden on Sunday."),
    ],
)
def test_clashes_and_gunfire_are_assaults(nlp_for: Callable[[str], Language], lang: str, text: str) -> None:
    (attack,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "ASSAULT"]
    assert {a.entity for a in attack.actors + attack.recipients} == {"country:NO", "country:SE"}
    assert attack.date == "2026-03-08"


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("en", "A patrol boat from Norway shot dead a fisherman from Sweden on Sunday.", "ASSAULT"),
        ("en", "Soldiers of Norway gunned down two herders from Sweden on Sunday.", "ASSAULT"),
        ("en", "A coastguard vessel of Norway fired at a canoe from Sweden on Sunday.", "ASSAULT"),
        ("fr", "Dimanche, des garde-côtes de la Norvège ont tiré sur une pirogue de la Suède.", "ASSAULT"),
        (
            "en",
            "Norway eased tensions on Sunday by pardoning and releasing 29 fishermen from Sweden.",
            "CONCEDE",
        ),
        ("en", "On Sunday, Norway set free 29 fishermen from Sweden.", "CONCEDE"),
        ("fr", "Dimanche, la Norvège a gracié vingt-neuf pêcheurs de la Suède.", "CONCEDE"),
        ("fr", "La Norvège a remis en liberté dimanche les pêcheurs de la Suède.", "CONCEDE"),
    ],
)
def test_shots_at_people_are_attacks_and_pardons_releases_in_every_form(
    nlp_for: Callable[[str], Language], lang: str, text: str, etype: str
) -> None:
    """A killing or a shot at a boat by a named force is an attack, not only casualties; a
    pardon or a release, in any of its forms, is a concession to the people freed."""
    (event,) = [e for e in run(nlp_for(lang), text, lang) if e.type == etype]
    assert ([a.entity for a in event.actors], [a.entity for a in event.recipients], event.date) == (
        ["country:NO"],
        ["country:SE"],
        "2026-03-08",
    )


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fr", "L'ambassadeur de la Norvège a été rappelé dimanche.", "SANCTION"),
        ("fr", "L'ambassadeur de la Norvège, rappelé dimanche par Oslo, n'est pas revenu.", "SANCTION"),
        ("en", "Norway's ambassador was recalled on Sunday.", "SANCTION"),
        ("fr", "Dimanche, l'armée de la Norvège a dépêché des renforts blindés à la frontière.", "MOBILIZE"),
        ("en", "On Sunday, Norway sent armoured reinforcements to the border.", "MOBILIZE"),
        ("fr", "Dimanche, la Norvège a envoyé deux patrouilleurs au large de Bergen.", "MOBILIZE"),
        (
            "en",
            "On Sunday, Norway sent a navy patrol vessel and a detachment of marines to the border.",
            "MOBILIZE",
        ),
        ("en", "On Sunday, Norway answered by sending some 600 troops north.", "MOBILIZE"),
        ("fr", "Dimanche, des centaines de soldats norvégiens prennent position à la frontière.", "MOBILIZE"),
    ],
)
def test_an_envoy_recalled_and_reinforcements_sent(
    nlp_for: Callable[[str], Language], lang: str, text: str, etype: str
) -> None:
    """The envoy may come before the recall, passive or in apposition; reinforcements are
    troops whatever verb sends them (the service they belong to, when named, acts beside
    Norway)."""
    (event,) = run(nlp_for(lang), text, lang)
    assert (event.type, event.actors[0].entity, event.date) == (etype, "country:NO", "2026-03-08")
    assert {a.country for a in event.actors} == {"NO"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Sunday, Norway sent a delegation to the border."),
        ("fr", "Dimanche, la Norvège a envoyé une délégation à la frontière."),
        ("fr", "Dimanche, la Norvège a lancé une opération de recensement des pêcheurs de la Suède."),
        ("en", "On Sunday, Norway launched an operation to count the fishermen of Sweden."),
    ],
)
def test_sending_or_launching_is_no_force_without_troops_or_arms(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """Sending is a mobilisation only when what is sent is a force, and an operation is an
    attack only when the words after it make it a military one."""
    assert [e.type for e in run(nlp_for(lang), text, lang)] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Sunday, fighters of Norway launched an attack on Sweden."),
        ("en", "On Sunday, Norwegian troops carried out a raid on Sweden."),
        ("en", "On Sunday, Norway launched a joint operation against Sweden."),
        ("fr", "Les combattants de la Norvège ont lancé dimanche une attaque contre la Suède."),
        ("fr", "La Norvège a lancé dimanche une opération militaire contre la Suède."),
        ("fr", "La Norvège a mené dimanche une opération de ratissage contre la Suède."),
    ],
)
def test_who_launches_an_attack_makes_it(nlp_for: Callable[[str], Language], lang: str, text: str) -> None:
    """The subject of the verb carrying out a noun trigger is the act's doer, read by word
    order when there is no parse ("fighters launched an attack on Fotokol")."""
    (attack,) = run(nlp_for(lang), text, lang)
    assert (attack.type, [a.entity for a in attack.actors], [a.entity for a in attack.recipients]) == (
        "ASSAULT",
        ["country:NO"],
        ["country:SE"],
    )


@pytest.mark.parametrize(
    ("lang", "text", "types"),
    [
        (
            "fr",
            "Dimanche, des soldats de la Norvège ont traversé la rivière avant de hisser leur drapeau.",
            ["COERCE"],
        ),
        ("en", "On Sunday, Norwegian soldiers raised their flag over the village.", ["COERCE"]),
        ("fr", "Le drapeau de la Norvège a été hissé dimanche lors de la cérémonie.", []),
        ("en", "The flag of Norway was raised on Sunday at a ceremony.", []),
    ],
)
def test_troops_raising_their_flag_take_the_place(
    nlp_for: Callable[[str], Language], lang: str, text: str, types: list[str]
) -> None:
    """Soldiers raising their flag over a village take it; a flag raised at a ceremony is no
    act. An infinitive with no subject of its own takes its governor's ("ont traversé la
    rivière avant de hisser leur drapeau")."""
    events = run(nlp_for(lang), text, lang)
    assert [(e.type, [a.entity for a in e.actors], e.date) for e in events] == [
        (t, ["country:NO"], "2026-03-08") for t in types
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Dimanche, des commerçants de la Norvège ont organisé un sit-in devant le poste frontalier."),
        ("en", "On Sunday, traders from Norway staged a sit-in at the border crossing."),
    ],
)
def test_a_sit_in_is_a_protest(nlp_for: Callable[[str], Language], lang: str, text: str) -> None:
    """The tokenizer cuts "sit-in" in three; the trigger is written as the tokens it becomes."""
    (protest,) = run(nlp_for(lang), text, lang)
    assert (protest.type, [a.entity for a in protest.actors], protest.date) == (
        "PROTEST",
        ["country:NO"],
        "2026-03-08",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Cinq personnes ont été tuées dimanche soir à Oslo, où deux grenades ont explosé près du marché.",
        ),
        ("fr", "Dimanche soir, une grenade lancée dans la gare routière d'Oslo a tué deux personnes."),
        ("en", "Two grenades exploded near a market in Oslo on Sunday evening, killing five people."),
    ],
)
def test_explosives_going_off_are_an_attack_on_where_they_struck(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """A grenade or a bomb that explodes, or is thrown, is an attack even with no attacker
    named; the city it struck, after "à" or "in", is the place attacked, not its doer."""
    (attack,) = run(nlp_for(lang), text, lang)
    assert (attack.type, attack.actors, [a.entity for a in attack.recipients], attack.date) == (
        "ASSAULT",
        [],
        ["country:NO"],
        "2026-03-08",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Dimanche, les prix du carburant ont explosé à Oslo."),
        ("en", "On Sunday, fuel prices exploded in Oslo."),
        ("en", "Oslo has been hit by sporadic grenade attacks in recent years."),
        ("fr", "Oslo a subi des attaques sporadiques à la grenade."),
    ],
)
def test_prices_exploding_and_sporadic_attacks_are_no_events(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """Only an explosive explodes in an attack, and attacks told as a recurring state are no
    dated event."""
    assert [e.type for e in run(nlp_for(lang), text, lang)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Le Soudan a annoncé dimanche le rappel de l'ambassadeur soudanais au Tchad.",
        "Dimanche, l'ambassadeur soudanais au Tchad a été rappelé.",
    ],
)
def test_a_recall_is_the_envoys_state_s_from_the_state_he_is_posted_to(nlp_fr: Language, text: str) -> None:
    """Whatever side the words give them, the envoy's nationality recalls him and the state
    he is posted to is the one he leaves."""
    (recall,) = run_with_entities(nlp_fr, text)
    assert ([a.entity for a in recall.actors], [a.entity for a in recall.recipients]) == (
        ["country:SD"],
        ["country:TD"],
    )


def test_an_english_recall_of_the_ambassador_of_a_state(nlp_en: Language) -> None:
    (recall,) = run(
        nlp_en, "The recall of the ambassador of Norway to Stockholm on Sunday came as a surprise.", "en"
    )
    assert ([a.entity for a in recall.actors], [a.entity for a in recall.recipients]) == (
        ["country:NO"],
        ["country:SE"],
    )


def test_an_ambassador_who_recalls_a_fact_is_not_recalled(nlp_fr: Language) -> None:
    assert not run(nlp_fr, "L'ambassadeur de la Norvège a rappelé dimanche que la frontière restait ouverte.")


def test_shells_falling_on_a_place_are_an_attack_on_it(nlp_fr: Language) -> None:
    (attack,) = run(nlp_fr, "Dimanche, des obus sont tombés sur un marché de la Suède.")
    assert (attack.type, [a.entity for a in attack.recipients], attack.date) == (
        "ASSAULT",
        ["country:SE"],
        "2026-03-08",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Dix soldats ont été tués dimanche à Kvitfjell lors d'une attaque que Oslo attribue au Front du Nord.",
        ),
        ("fr", "Oslo a imputé l'attaque de dimanche contre Kvitfjell au Front du Nord."),
        (
            "en",
            "Ten soldiers were killed on Sunday in an attack on Kvitfjell that Oslo blamed on the Northern Front.",
        ),
        ("en", "Oslo blamed Sunday's attack on Kvitfjell on the Northern Front."),
    ],
)
def test_the_group_an_attack_is_laid_on_did_it(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """The name after "attribuer à" or "blamed on" is the attacker; the government that says
    so is not a party."""
    (attack,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "ASSAULT"]
    assert [a.entity for a in attack.actors] == ["org:nf"]
    assert "country:NO" not in {a.entity for a in attack.actors + attack.recipients}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Norway and Sweden signed a protocol on border security on Tuesday.", "AGREE"),
        ("The demarcation memorandum Norway and Sweden signed on Tuesday took effect.", "AGREE"),
        ("Olaf Berg's visits to Sweden on Tuesday raised hopes.", "CONSULT"),
    ],
)
def test_english_inflected_forms_of_signing_and_visiting(nlp_en: Language, text: str, etype: str) -> None:
    (event,) = run(nlp_en, text, "en")
    assert (event.type, event.date) == (etype, "2026-03-10")


def test_a_verb_in_a_clause_opened_by_after_is_an_earlier_event_of_its_own(nlp_en: Language) -> None:
    text = (
        "The deal was signed by Norway and Sweden on Tuesday, after Jean Martin held talks with "
        "Hans Vogel, the agency said."
    )
    events = run(nlp_en, text, "en")
    (deal,) = [e for e in events if e.type == "AGREE"]
    (talks,) = [e for e in events if e.type == "CONSULT"]
    assert ({a.entity for a in deal.actors}, deal.date) == ({"country:NO", "country:SE"}, "2026-03-10")
    assert {a.entity for a in talks.actors} == {"person:jean-martin", "person:hans-vogel"}


def test_the_first_verb_of_an_after_clause_keeps_the_clause_date(nlp_en: Language) -> None:
    text = (
        "The talks were set up after Jean Martin and Hans Vogel spoke by phone on March 3 and asked "
        "their ministers to meet."
    )
    calls = [(e.mode, e.date, people(e)) for e in run(nlp_en, text, "en") if e.type == "CONSULT"]
    assert calls == [("phone", "2026-03-03", {"person:jean-martin", "person:hans-vogel"})]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Jean Martin met Hans Vogel in Lyons on Tuesday, with Olaf Berg, and signed a protocol on trade.",
        ),
        ("fr", "Jean Martin a rencontré Hans Vogel mardi à Lyon et a signé un protocole sur le commerce."),
    ],
)
def test_a_second_act_joined_by_and_is_an_event_of_its_own(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    events = run(nlp_for(lang), text, lang)
    assert sorted((e.type, e.date) for e in events) == [("AGREE", "2026-03-10"), ("CONSULT", "2026-03-10")]


def test_a_subject_inside_a_split_trigger_points_back(nlp_en: Language) -> None:
    text = (
        "Norway and Sweden held talks on Monday. The commission was set up by the memorandum the two "
        "countries signed in Lyons last July."
    )
    (memo,) = [e for e in run(nlp_en, text, "en") if e.type == "AGREE"]
    assert ({a.entity for a in memo.actors}, memo.date) == ({"country:NO", "country:SE"}, "2025-07")


def test_an_agent_inside_the_object_is_the_one_the_act_is_aimed_at(nlp_fr: Language) -> None:
    text = (
        "Le gouvernement de la Norvège a rejeté ce mardi « en bloc » les accusations portées la "
        "veille par les autorités de la Suède."
    )
    (reject,) = [e for e in run(nlp_fr, text) if e.type == "REJECT"]
    assert ([a.entity for a in reject.actors], [r.entity for r in reject.recipients]) == (
        ["country:NO"],
        ["country:SE"],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Selon une source, un sommet réunissant Jean Martin et Hans Vogel pourrait se tenir à Lyon en avril.",
        ),
        ("en", "Jean Martin and Hans Vogel were expected to meet in Lyons next week."),
    ],
)
def test_a_meeting_that_could_or_is_expected_to_happen_is_no_meeting(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    assert [e for e in run(nlp_for(lang), text, lang) if e.type == "CONSULT"] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Oslo a déclaré persona non grata mardi l'attaché de défense de la Suède."),
        ("en", "Norway on Tuesday announced the expulsion of the defence attaché of Sweden."),
    ],
)
def test_declaring_a_diplomat_persona_non_grata_is_a_sanction(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    (sanction,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "SANCTION"]
    assert {a.entity for a in sanction.actors + sanction.recipients} == {"country:NO", "country:SE"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Une patrouille de la Suède a essuyé des tirs dimanche en Norvège."),
        ("en", "A patrol from Sweden came under fire in Norway on Sunday, the army said."),
    ],
)
def test_the_subject_of_coming_under_fire_is_struck(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    (attack,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "ASSAULT"]
    assert (attack.actors, {r.entity for r in attack.recipients}) == ([], {"country:SE", "country:NO"})


def test_those_killed_in_an_attack_are_the_side_struck(nlp_en: Language) -> None:
    text = (
        "It looked bleak on March 3, when two Swedish soldiers were killed and a Norwegian soldier "
        "was wounded in a clash at the village."
    )
    (attack,) = [e for e in run(nlp_en, text, "en") if e.type == "ASSAULT"]
    assert ({r.entity for r in attack.recipients}, attack.date) == (
        {"country:SE", "country:NO"},
        "2026-03-03",
    )


def test_those_killed_in_a_parsed_attack_sentence_are_the_side_struck(nlp_fr: Language) -> None:
    """With a parse too, when the attack's own phrase names only a site no one knows and the
    nationality of an installation (where, not who)."""
    text = (
        "Deux militaires tchadiens ont été tués et trois gardes blessés dans la nuit de mardi à "
        "mercredi lors d'une attaque contre la station de pompage de Kvitfjell, sur l'oléoduc qui "
        "mène au terminal camerounais de Kribi."
    )
    (attack,) = [e for e in run_with_entities(nlp_fr, text) if e.type == "ASSAULT"]
    assert ({r.entity for r in attack.recipients}, attack.date) == (
        {"country:TD", "org:forces-armed-forces-td"},  # "militaires tchadiens": Chad's armed forces
        "2026-03-11",
    )


def test_an_attack_told_in_a_clause_on_its_casualties_strikes_their_country(nlp_fr: Language) -> None:
    """ "Neuf personnes, dont deux militaires tchadiens, ont été tuées ... lorsqu'un drone a frappé
    un dépôt, à moins de trois kilomètres du poste frontalier avec le Cameroun": Chad is struck
    at the site the sentence names, Cameroon only measures the distance."""
    text = (
        "Au moins neuf personnes, dont deux militaires tchadiens, ont été tuées samedi à Kvitfjell "
        "lorsqu'un drone a frappé un dépôt de carburant, à moins de trois kilomètres du poste "
        "frontalier avec le Cameroun."
    )
    (attack,) = [e for e in run_with_entities(nlp_fr, text) if e.type == "ASSAULT"]
    assert ({r.entity for r in attack.actors + attack.recipients}, attack.date) == (
        {"country:TD", "org:forces-armed-forces-td", "place:kvitfjell"},
        "2026-03-07",
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La Suède a accusé lundi l'armée norvégienne d'être à l'origine de l'attaque de Kvitfjell."),
        ("en", "Sweden on Monday recalled its ambassador over the attack on Kvitfjell."),
        # the sentence's own act is only a possibility: the attack it names still happened
        (
            "fr",
            "La Suède n'exclut pas de saisir l'ONU si Oslo continue de nier sa responsabilité dans "
            "l'attaque de Kvitfjell.",
        ),
    ],
)
def test_an_attack_named_in_passing_is_an_undated_report_of_it_with_its_site(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """The sentence tells a statement or a recall; the attack it names has no day of its own
    here, so its report only joins the attack other pages date (``passing``), and the site
    it strikes is a party that helps them find each other."""
    events = run(nlp_for(lang), text, lang)
    (attack,) = [e for e in events if e.type == "ASSAULT"]
    assert (attack.passing, attack.date) == (True, None)
    assert "place:kvitfjell" in {a.entity for a in attack.actors + attack.recipients}
    assert not any(e.passing for e in events if e.type != "ASSAULT")


def test_an_attack_the_page_tells_is_no_report_in_passing(nlp_fr: Language) -> None:
    text = (
        "Des hommes armés ont attaqué dimanche le poste de Kvitfjell. "
        "La Suède a condamné lundi l'attaque de Kvitfjell."
    )
    attacks = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    assert [(e.passing, e.date) for e in attacks] == [(False, "2026-03-08")]


@pytest.mark.parametrize("anaphor", ["The two capitals", "The two neighbours", "Both countries"])
def test_the_two_capitals_stand_for_the_two_countries_named_before(nlp_en: Language, anaphor: str) -> None:
    text = f"Sweden and Norway traded accusations on Monday. {anaphor} recalled their ambassadors on Tuesday."
    (recall,) = [e for e in run(nlp_en, text, "en") if e.type == "SANCTION"]
    assert {a.entity for a in recall.actors + recall.recipients} == {"country:SE", "country:NO"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La Suède et la Norvège se disputent la frontière. Jean Martin a exhorté les deux pays à la retenue.",
        ),
        (
            "en",
            "Sweden and Norway have quarrelled over the border. Jean Martin urged the two neighbours to show restraint.",
        ),
    ],
)
def test_the_two_countries_after_a_verb_are_its_object(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    (request,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "REQUEST"]
    assert {r.entity for r in request.recipients} == {"country:SE", "country:NO"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Tens of thousands of people poured onto the streets of Stockholm on Monday, chanting against Norway.",
        ),
        (
            "fr",
            "Des milliers de personnes sont descendues dans les rues de Stockholm lundi contre la Norvège.",
        ),
    ],
)
def test_a_crowd_in_a_citys_streets_is_its_countrys_protest(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    (protest,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "PROTEST"]
    assert "country:SE" in {a.entity for a in protest.actors}


def test_a_shuttle_between_two_capitals_is_one_visit_per_leg(nlp_fr: Language) -> None:
    text = "L'émissaire Olaf Berg a fait la navette, le 3 à Stockholm et le lendemain à Oslo, entre les deux pays."
    visits = sorted(
        (e.date, {r.entity for r in e.recipients}) for e in run(nlp_fr, text) if e.mode == "visit"
    )
    assert visits == [("2026-03-03", {"country:SE"}), ("2026-03-04", {"country:NO"})]


def test_la_veille_after_the_act_counts_from_the_sentence_s_own_day(nlp_fr: Language) -> None:
    """ "vive ce jeudi que Oslo a été frappée la veille au soir": Wednesday, not Thursday."""
    text = (
        "L'inquiétude était vive ce jeudi à Lyon, car Oslo a été frappée la veille au soir par une attaque."
    )
    assert {e.date for e in run(nlp_fr, text) if e.type == "ASSAULT"} == {"2026-03-11"}


def test_as_many_days_as_legs_go_one_each_in_order(nlp_fr: Language) -> None:
    """ "reçu les 3 et 4 mars successivement à Stockholm puis à Oslo": two visits, not four."""
    text = "L'émissaire Olaf Berg a été reçu les 3 et 4 mars successivement à Stockholm puis à Oslo."
    visits = sorted(
        (e.date, {r.entity for r in e.recipients}) for e in run(nlp_fr, text) if e.mode == "visit"
    )
    assert visits == [("2026-03-03", {"country:SE"}), ("2026-03-04", {"country:NO"})]


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        (
            "en",
            "Olaf Berg shuttled between Stockholm and Oslo on Monday and Tuesday.",
            ["2026-03-09", "2026-03-10"],
        ),
        (
            "en",
            "Olaf Berg made back-to-back visits to Stockholm and Oslo on March 9 and 10.",
            ["2026-03-09", "2026-03-10"],
        ),
        (
            "fr",
            "L'émissaire Olaf Berg a fait la navette entre Stockholm et Oslo le 9 mars.",
            ["2026-03-09", "2026-03-09"],
        ),
    ],
)
def test_the_two_ends_of_a_shuttle_or_a_list_of_places_are_two_legs(
    nlp_for: Callable[[str], Language], lang: str, text: str, days: list[str]
) -> None:
    """Each place is its own visit with its own host; a list of as many days as places gives
    each its day."""
    visits = [
        (tuple(r.entity for r in e.recipients), e.date)
        for e in run(nlp_for(lang), text, lang)
        if e.mode == "visit"
    ]
    assert sorted(visits) == [(("country:NO",), days[1]), (("country:SE",), days[0])]


def test_a_dated_act_beside_a_predicate_that_gives_none_is_read(nlp_fr: Language) -> None:
    """The parse's first trigger names no party; the meeting with its own day still counts (the
    lifting, placed by its setting, is a report of its own kind)."""
    text = "La levée des sanctions est le fruit de la rencontre de samedi à Lyon entre Jean Martin et Hans Vogel."
    meetings = [(e.type, e.date, people(e)) for e in run(nlp_fr, text) if e.type == "CONSULT"]
    assert meetings == [("CONSULT", "2026-03-07", {"person:jean-martin", "person:hans-vogel"})]


def test_a_news_act_is_not_the_content_of_a_talk_the_page_only_recalls(nlp_fr: Language) -> None:
    """ "X avait reçu Y en janvier" is recalled; "Y a remercié X pour son soutien", told as news,
    is an event of its own, not what was said in that old talk."""
    text = (
        "Jean Martin avait reçu Hans Vogel à Lyon en janvier 2025.\n\n"
        "Hans Vogel a remercié Jean Martin pour son soutien."
    )
    assert "SUPPORT" in {e.type for e in run(nlp_fr, text)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Jean Martin a réitéré son invitation à une visite de Hans Vogel à Lyon."),
        ("fr", "La présidence n'a pas précisé si une visite de Hans Vogel à Lyon avait eu lieu."),
        ("en", "Officials left open whether a visit by Hans Vogel to Lyons took place."),
    ],
)
def test_an_invited_or_questioned_visit_is_no_event(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    assert [e.type for e in run(nlp_for(lang), text, lang) if e.type == "CONSULT"] == []


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fr", "La Suède a convoqué mardi l'ambassadeur de Norvège.", "ACCUSE"),
        ("en", "Sweden summoned the ambassador of Norway on Tuesday.", "ACCUSE"),
        ("fr", "Oslo a annoncé mardi le rappel de son ambassadeur en Suède.", "SANCTION"),
        ("en", "Sweden announced on Tuesday the recall of its ambassador to Norway.", "SANCTION"),
    ],
)
def test_summoning_or_recalling_an_ambassador(
    nlp_for: Callable[[str], Language], lang: str, text: str, etype: str
) -> None:
    """Summoning an envoy is a protest (ACCUSE), not a talk; a recall told as a noun is a sanction."""
    assert etype in {e.type for e in run(nlp_for(lang), text, lang)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'ambassadeur de Norvège, Ole Berg, a été convoqué mardi par le Danemark."),
        ("en", "Norway's ambassador, Ole Berg, was summoned by Denmark on Tuesday."),
    ],
)
def test_an_envoy_summoned_in_the_passive_is_a_protest_against_his_country(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """The passive names the envoy first, far from the verb; his country is the recipient."""
    body = nlp_for(lang)(text)
    times = resolve_times(text, PUBLISHED, lang, "d1", "body")
    art = Article(
        doc_id="d1", doc="d1.txt", title=None, body=text, lang=lang, published=PUBLISHED.isoformat()
    )
    events = find_events(body, art, find_mentions(body, None, "d1", lang), times, PUBLISHED, lang)
    (summons,) = [e for e in events if e.type == "ACCUSE"]
    assert ({a.country for a in summons.actors}, "NO") == ({"DK"}, summons.recipients[0].country)


def test_the_country_an_envoy_is_posted_to_is_a_party_not_the_setting(nlp_en: Language) -> None:
    text = "Sweden has recalled its ambassador to Norway, Karl Weber, in a row over the attack on Kvitfjell on March 5."
    (recall,) = [e for e in run(nlp_en, text, "en") if e.type == "SANCTION"]
    assert "country:NO" in {r.entity for r in recall.recipients}
    assert recall.location is None
    assert recall.date != "2026-03-05"  # the attack's day, told after the noun beyond a comma


def test_a_march_that_stopped_is_no_arrest(nlp_fr: Language) -> None:
    """ "arrêter" someone is coercion; "le cortège s'est arrêté" only stopped."""
    stopped = run(nlp_fr, "Le cortège s'est arrêté mardi devant l'ambassade de Norvège, à Lyon.")
    arrested = run(nlp_fr, "La police de Suède a arrêté mardi deux militants de Norvège.")
    assert ([e.type for e in stopped], [e.type for e in arrested]) == ([], ["COERCE"])


def test_a_strike_that_killed_is_an_attack_and_a_strike_of_workers_a_protest(nlp_en: Language) -> None:
    text = (
        "Sweden on Monday accused the Norwegian army of being behind Saturday's strike, which killed "
        "nine people. Teachers went on strike in Sweden on Tuesday."
    )
    found = {(e.type, e.date) for e in run(nlp_en, text, "en")}
    assert {("ASSAULT", "2026-03-07"), ("PROTEST", "2026-03-10")} <= found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "LYONS, March 13 (Wire) - Germany and Norway signed a pact on Friday. "
            "Jean Martin and Hans Vogel met for six hours with Olaf Berg, "
            "who had shuttled between Oslo and Sweden last week.",
        ),
        (
            "fr",
            "Jean Martin et Hans Vogel se sont rencontrés vendredi à Lyon. À l'issue de la "
            "réunion, les deux ministres ont annoncé que la frontière rouvrirait lundi.",
        ),
    ],
)
def test_a_time_in_a_relative_or_reported_clause_is_not_the_events(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """ "who had shuttled ... last week", "ont annoncé que la frontière rouvrirait lundi": that
    clause's time, not the meeting's."""
    (meeting,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "CONSULT" and e.mode != "visit"]
    assert meeting.date == "2026-03-13"


def test_a_time_in_a_relative_clause_on_the_event_noun_is_the_events(nlp_fr: Language) -> None:
    """ "l'entretien téléphonique que Jean Martin a eu lundi soir": the clause tells the noun's day."""
    text = (
        "Hans Vogel a reçu vendredi Olaf Berg. Elle fait suite à l'entretien téléphonique "
        "que Jean Martin a eu lundi soir avec Hans Vogel."
    )
    calls = [e for e in run(nlp_fr, text) if e.type == "CONSULT" and e.mode == "phone"]
    assert [e.date for e in calls] == ["2026-03-09"]


def test_a_statement_names_the_doer_of_the_attack_it_condemns_as_its_target(nlp_en: Language) -> None:
    text = (
        "Sweden on Monday condemned what it called an unprovoked attack by Norwegian troops. "
        "A Norwegian military source, speaking on condition of anonymity, accused the Swedish patrol."
    )
    accusations = sorted(
        (sorted(a.entity for a in e.actors), sorted(r.entity for r in e.recipients))
        for e in run(nlp_en, text, "en")
        if e.type == "ACCUSE"
    )
    assert accusations == [(["country:NO"], ["country:SE"]), (["country:SE"], ["country:NO"])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Thousands of people marched through central Oslo on Tuesday to demand the withdrawal of Swedish troops.",
        ),
        ("fr", "Des milliers de personnes ont participé mardi à une marche à Oslo."),
    ],
)
def test_a_crowd_marching_is_a_protest_by_the_country_it_marches_in(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    events = run(nlp_for(lang), text, lang)
    assert [(e.type, [a.entity for a in e.actors], e.date) for e in events] == [
        ("PROTEST", ["country:NO"], "2026-03-10")
    ]


def test_a_word_of_a_date_is_no_trigger(nlp_en: Language) -> None:
    text = "In March, Jean Martin met Hans Vogel in Lyons."
    assert [e.type for e in run(nlp_en, text, "en")] == ["CONSULT"]


def test_an_act_dated_after_the_page_is_announced_not_done(nlp_fr: Language) -> None:
    text = "Jean Martin rencontre Hans Vogel à Lyon le 20 mars."
    assert [(e.type, e.date) for e in run(nlp_fr, text)] == [("AGREE", "2026-03-20")]


def test_a_recalled_visit_and_talks_in_the_same_month_are_one_occasion(nlp_fr: Language) -> None:
    text = (
        "Jean Martin et Hans Vogel se sont parlé mardi. Jean Martin et Hans Vogel avaient lancé les "
        "discussions sur ce mémorandum en juin 2025, lors de la visite effectuée à Lyon par Hans Vogel."
    )
    recalled = [e for e in run(nlp_fr, text) if e.date == "2025-06"]
    assert len(recalled) == 1


def test_a_subject_a_broken_parse_cut_off_is_read_by_word_order(nlp_fr: Language) -> None:
    text = (
        "L’envoyé spécial de la Commission pour la crise frontalière entre la Norvège et la Suède, le "
        "Ghanéen Kwesi Ampofo-Darko, a été reçu hier en audience par le président, Jean Martin, à Lyon."
    )
    (visit,) = [e for e in run(nlp_fr, text) if e.type == "CONSULT"]
    assert "person:kwesi-ampofo-darko" in {a.entity for a in visit.actors}
    assert [r.entity for r in visit.recipients] == ["person:jean-martin"]


def test_in_before_a_date_does_not_make_the_next_name_a_setting(nlp_en: Language) -> None:
    text = "In June 2025 Oslo revoked the licence of a company from Sweden."
    (revoke,) = [e for e in run(nlp_en, text, "en") if e.type == "REJECT"]
    assert ([a.entity for a in revoke.actors], [r.entity for r in revoke.recipients]) == (
        ["country:NO"],
        ["country:SE"],
    )


def test_a_consignment_of_relief_is_aid(nlp_en: Language) -> None:
    text = "On Friday a plane from Norway landed in Sweden with 38 tonnes of tents, a consignment ordered by Olaf Berg."
    (aid,) = [e for e in run(nlp_en, text, "en") if e.type == "AID"]
    assert aid.date == "2026-03-13"


@pytest.mark.parametrize(
    ("lang", "text", "struck"),
    [
        ("fr", "Des hommes armés ont attaqué dimanche un poste de l'armée en Norvège.", ["country:NO"]),
        (
            "en",
            "Gunmen raided a pumping station in Norway on Sunday, killing three soldiers.",
            ["country:NO", "org:forces-armed-forces-no"],  # the soldiers counted are Norway's
        ),
    ],
)
def test_attackers_named_only_as_such_are_the_unidentified_armed_group(
    nlp_for: Callable[[str], Language], lang: str, text: str, struck: list[str]
) -> None:
    (attack,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "ASSAULT"]
    assert ([a.name for a in attack.actors], [r.entity for r in attack.recipients]) == (
        ["Unidentified armed group"],
        struck,
    )


def test_attackers_a_later_sentence_names_are_the_doers_of_the_attack_told(nlp_fr: Language) -> None:
    text = (
        "Deux soldats ont été tués dimanche lors d'une attaque contre un poste en Norvège. "
        "Une quarantaine d'assaillants ont ouvert le feu sur le poste."
    )
    (attack,) = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    assert ([a.name for a in attack.actors], [r.entity for r in attack.recipients]) == (
        ["Unidentified armed group"],
        ["country:NO", "org:forces-armed-forces-no"],
    )


def test_a_nationality_of_an_installation_is_where_not_who(nlp_fr: Language) -> None:
    text = (
        "Trois militaires ont perdu la vie dans la nuit de samedi à dimanche lors d'une attaque contre "
        "la station de pompage de Kirkenes, sur le tracé de l'oléoduc qui mène au terminal malien de Lysekil."
    )
    events = run_with_entities(nlp_fr, text)
    assert all(a.country != "ML" for e in events for a in e.actors + e.recipients)


def test_words_inside_quotation_marks_are_no_account_of_events(nlp_fr: Language) -> None:
    text = "« Chaque entretien de Jean Martin avec Hans Vogel compte », a jugé Pierre Durand mardi."
    assert [e for e in run(nlp_fr, text) if e.type == "CONSULT"] == []


def test_a_participle_opening_the_sentence_shares_its_subject(nlp_fr: Language) -> None:
    text = "Arrivé au pouvoir le 30 septembre 2022 à la faveur d'un coup d'État, Jean Martin a fait de Berlin un allié."
    (coup,) = [e for e in run(nlp_fr, text) if e.type == "COERCE"]
    assert [a.entity for a in coup.actors] == ["person:jean-martin"]
    assert coup.date == "2022-09-30"


def test_the_talks_after_a_cue_of_sequence_are_the_call_just_told(nlp_fr: Language) -> None:
    text = (
        "Jean Martin s'est entretenu mardi au téléphone avec Hans Vogel. "
        "Les deux hommes s'étaient déjà rencontrés à Lyon en 2024. "
        "« Nous avançons », a déclaré Jean Martin à l'issue de l'entretien."
    )
    talks = sorted((e.date, e.background) for e in run(nlp_fr, text) if e.type == "CONSULT")
    assert talks == [("2024", True), ("2026-03-10", False)]


def test_a_coup_overthrows_the_putschists_state_not_his_main_clause_partner(nlp_fr: Language) -> None:
    text = "Arrivé au pouvoir le 30 septembre 2022 à la faveur d'un coup d'État, Jean Martin a renoué avec la Norvège."
    (coup,) = [e for e in run(nlp_fr, text) if e.type == "COERCE"]
    assert [a.entity for a in coup.actors] == ["person:jean-martin"]
    assert [a.entity for a in coup.recipients] == ["country:FR"]


def test_a_paragraph_without_a_final_stop_does_not_lend_its_verb_to_the_next(nlp_fr: Language) -> None:
    text = (
        "Jean Martin s'est entretenu mardi au téléphone avec Hans Vogel\n\n"
        "Arrivé au pouvoir le 30 septembre 2022 à la faveur d'un coup d'État, Pierre Durand a fait de Lyon sa capitale."
    )
    (coup,) = [e for e in run(nlp_fr, text) if e.type == "COERCE"]
    assert [a.entity for a in coup.actors] == ["person:pierre-durand"]


def test_days_refine_the_month_they_fall_in_and_a_mode_cue_serves_the_nearest_meeting(
    nlp_en: Language,
) -> None:
    text = "Jean Martin and Hans Vogel spoke by phone twice this month, on March 3 and March 10, and met in Lyons in January."
    talks = sorted((e.date, e.mode) for e in run(nlp_en, text, "en") if e.type == "CONSULT")
    assert talks == [("2026-01", None), ("2026-03-03", "phone"), ("2026-03-10", "phone")]


def test_an_exchange_between_the_two_men_is_a_talk_between_them(nlp_fr: Language) -> None:
    text = (
        "Jean Martin s'est entretenu mardi au téléphone avec Hans Vogel. "
        "Il s'agit du deuxième échange entre les deux hommes, après celui du 3 mars."
    )
    pair = frozenset({"person:jean-martin", "person:hans-vogel"})
    talks = sorted((e.date, frozenset(people(e))) for e in run(nlp_fr, text) if e.type == "CONSULT")
    assert talks == [("2026-03-03", pair), ("2026-03-10", pair)]


def test_leaving_is_a_withdrawal_only_when_troops_leave(nlp_fr: Language) -> None:
    troops = [
        e
        for e in run(nlp_fr, "Les troupes de la Norvège sont parties en février 2023.")
        if e.type == "RETREAT"
    ]
    assert [(e.date, [a.entity for a in e.actors]) for e in troops] == [("2023-02", ["country:NO"])]
    assert [
        e
        for e in run(nlp_fr, "Jean Martin est parti en février 2023 pour la Norvège.")
        if e.type == "RETREAT"
    ] == []


def test_an_unparsed_sentence_falls_back_on_its_next_trigger(nlp_en: Language) -> None:
    text = "The trip comes months after the troops of Jean Martin left Lyons in August 2025."
    (left,) = [e for e in run(nlp_en, text, "en") if e.type == "RETREAT"]
    assert ([a.entity for a in left.actors], left.date) == (["person:jean-martin"], "2025-08")


def test_an_embassy_reopened_abroad_has_the_host_country_as_its_other_side(nlp_fr: Language) -> None:
    (opening,) = [
        e
        for e in run(nlp_fr, "La Norvège a rouvert son ambassade à Lyon en mars 2025.")
        if e.type == "COOPERATE"
    ]
    assert ([a.entity for a in opening.actors], [r.entity for r in opening.recipients]) == (
        ["country:NO"],
        ["country:FR"],
    )


def test_a_relative_pronoun_subject_stands_for_its_antecedent(nlp_fr: Language) -> None:
    text = "Le capitaine Jean Martin, qui dirige le pays depuis le putsch de septembre 2022, admire la Suède."
    (coup,) = [e for e in run(nlp_fr, text) if e.type == "COERCE"]
    assert ([a.entity for a in coup.actors], [r.entity for r in coup.recipients], coup.date) == (
        ["person:jean-martin"],
        ["country:FR"],
        "2022-09",
    )


def test_a_coup_named_inside_another_phrase_has_its_parties_in_that_phrase(nlp_fr: Language) -> None:
    text = (
        "Ce pacte est né dans le sillage du coup d'État du 26 juillet 2023 à Oslo et des menaces de l'OTAN."
    )
    (coup,) = [e for e in run(nlp_fr, text) if e.type == "COERCE"]
    assert (coup.actors, [r.entity for r in coup.recipients], coup.date) == ([], ["country:NO"], "2023-07-26")


def test_unnamed_authorities_are_the_state_the_sentence_is_set_in(nlp_fr: Language) -> None:
    text = "En Norvège, les autorités de transition ont rompu leurs relations diplomatiques avec la Suède en août 2024."
    (rupture,) = [e for e in run(nlp_fr, text) if e.type == "REJECT"]
    assert ([a.entity for a in rupture.actors], [r.entity for r in rupture.recipients]) == (
        ["country:NO"],
        ["country:SE"],
    )


def test_troops_withdraw_from_the_country_set_or_pointed_back_to(nlp_en: Language, nlp_fr: Language) -> None:
    fr = "En Norvège, les forces spéciales de la Suède sont parties en février 2023."
    en = "Norway signed a deal with Lyons in 2022. Sweden's troops left the country in February 2023."
    for events in (run(nlp_fr, fr), run(nlp_en, en, "en")):
        (left,) = [e for e in events if e.type == "RETREAT"]
        assert ([a.entity for a in left.actors], [r.entity for r in left.recipients]) == (
            ["country:SE"],
            ["country:NO"],
        )


def test_a_recalled_act_takes_the_recalled_time_its_paragraph_opens_with(nlp_fr: Language) -> None:
    text = "Ce projet remonte à octobre 2023. À Lyon, Jean Martin avait signé avec la Suède un mémorandum d'entente."
    (deal,) = [e for e in run(nlp_fr, text) if e.type == "AGREE"]
    assert (deal.date, deal.background) == ("2023-10", True)


def test_an_unparsed_noun_named_in_passing_keeps_its_own_place_and_date(nlp_en: Language) -> None:
    text = (
        "The pact comes weeks after the African Union threatened to reverse "
        "the July 26 coup in Oslo, a move Sweden rejected."
    )
    (coup,) = [e for e in run(nlp_en, text, "en") if e.type == "COERCE"]
    assert (coup.actors, [r.entity for r in coup.recipients], coup.date) == ([], ["country:NO"], "2025-07-26")


def test_an_event_named_after_an_offset_is_dated_from_the_sentence(
    nlp_en: Language, nlp_fr: Language
) -> None:
    en = "A first call took place on March 9, two days after a deadly attack on an army post in Norway."
    (attack,) = [e for e in run(nlp_en, en, "en") if e.type == "ASSAULT"]
    assert (attack.date, [r.entity for r in attack.recipients]) == ("2026-03-07", ["country:NO"])
    fr = "La cérémonie s'est tenue mardi 10 mars, au lendemain de l'audience accordée à Hans Vogel par Jean Martin."
    (audience,) = [e for e in run(nlp_fr, fr) if e.type == "CONSULT"]
    assert (audience.date, [a.entity for a in audience.actors], [r.entity for r in audience.recipients]) == (
        "2026-03-09",
        ["person:hans-vogel"],
        ["person:jean-martin"],
    )


def test_a_second_act_with_a_time_of_its_own_keeps_it(nlp_en: Language) -> None:
    """Without a parse, a day before the "and" of a second act is the first act's when the
    second has its own ("summoned ... on Thursday and sent troops ... on Friday")."""
    text = "Norway summoned the ambassador of Sweden on Thursday and sent troops to the border on Friday."
    dates = {e.type: e.date for e in run(nlp_en, text, "en")}
    assert dates == {"ACCUSE": "2026-03-12", "MOBILIZE": "2026-03-13"}


def test_a_day_after_a_noun_named_after_an_offset_is_that_noun_s(nlp_en: Language) -> None:
    """Without a parse, "days after the expulsion on Sunday of X": Sunday is the expulsion's,
    not the day of the visit the sentence is about."""
    text = (
        "Norway received Olaf Berg on Tuesday. The envoy's visit came only days after the expulsion "
        "on Sunday of Hans Vogel, the first counsellor at the embassy of Sweden."
    )
    events = run(nlp_en, text, "en")
    assert [e.date for e in events if e.type == "SANCTION"] == ["2026-03-08"]
    assert "2026-03-08" not in {e.date for e in events if e.type == "CONSULT"}


@pytest.mark.parametrize(
    "text",
    [
        "Norway has consistently rejected the allegations of Sweden.",
        "Nobody I have spoken to in Oslo wants this to go further.",
    ],
)
def test_a_standing_position_and_an_indefinite_pronoun_make_no_event(nlp_en: Language, text: str) -> None:
    assert [e.type for e in run(nlp_en, text, "en") if not e.background] == []


def test_he_opening_a_sentence_is_the_person_the_sentence_before_has_as_subject(nlp_fr: Language) -> None:
    """Not the doer of the event the page told last: "Le gouverneur ..., X, a tenu à assister
    à la cérémonie. Il a salué ..." is X's praise."""
    text = (
        "Dimanche, Hans Vogel a rencontré Olaf Berg à Oslo. "
        "Le gouverneur de la province, Jean Martin, a tenu à assister à la cérémonie. "
        "Il a salué dimanche la sagesse de la Suède."
    )
    (praise,) = [e for e in run(nlp_fr, text) if e.type == "SUPPORT"]
    assert [a.entity for a in praise.actors] == ["person:jean-martin"]


@pytest.mark.parametrize(("opening", "day"), [("Le lendemain", "2026-03-19"), ("La veille", "2026-03-17")])
def test_a_day_noun_standing_alone_dates_from_the_day_just_told(opening: str, day: str) -> None:
    """ "Le lendemain, il a rencontré ..." is the day after the one just told; only "au
    lendemain de l'audience" names an earlier event the sentence is dated from."""
    page = make_page(
        "Diplomatie : une semaine chargée à Oslo\n\nPar Jean Koffi - vendredi 20 mars 2026\n\n"
        "Mercredi, le ministre norvégien Jonas Berg a rencontré à Oslo le président suédois Ulf Kristersson. "
        f"{opening}, il a rencontré le président finlandais Alexander Stubb.\n\n"
        "Les deux capitales n'avaient pas commenté ces informations dans la soirée de jeudi.\n".encode(),
        "page.txt",
    )
    events = annotate(extract_page(page)).events
    assert [e.date for e in events if "Alexander Stubb" in {a.name for a in e.actors + e.recipients}] == [day]


def test_a_departure_noun_has_the_troops_of_its_complement_as_doers(nlp_fr: Language) -> None:
    text = "Depuis le départ des derniers soldats de la Suède en décembre 2022, la Norvège assure seule la sécurité."
    (left,) = [e for e in run(nlp_fr, text) if e.type == "RETREAT"]
    assert ([a.entity for a in left.actors], left.date) == (["country:SE"], "2022-12")


def test_an_overthrown_leader_in_apposition_is_overthrown_with_his_state(nlp_fr: Language) -> None:
    text = "L'Union africaine menace d'intervenir pour rétablir le président Jean Martin, renversé le 26 juillet 2025 par des militaires."
    (coup,) = [e for e in run(nlp_fr, text) if e.type == "COERCE"]
    assert ([r.entity for r in coup.recipients], coup.date) == (
        ["country:FR", "person:jean-martin"],
        "2025-07-26",
    )


def test_the_country_pointed_back_to_is_a_party_named_before_not_a_setting(nlp_fr: Language) -> None:
    text = (
        "Jean Martin a appelé la Suède. Les deux hommes ont parlé de la crise en Norvège. "
        "Il a exprimé ses condoléances après les attaques du 7 mars dans le nord du pays."
    )
    (attack,) = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    assert ([r.entity for r in attack.recipients], attack.date) == (["country:SE"], "2026-03-07")


def test_the_target_of_an_attack_is_struck_and_a_border_is_no_party(nlp_fr: Language) -> None:
    text = (
        "Une position de l'armée de la Norvège a été la cible d'une attaque hier jeudi à Lyon, "
        "non loin des frontières avec la Suède."
    )
    (attack,) = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    # the site struck is a party too, with its country (see test_places)
    assert (attack.actors, [r.entity for r in attack.recipients]) == ([], ["country:NO", "place:lyon"])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Deux soldats ont été tués jeudi lors d'une attaque contre un poste de l'armée de la Norvège, "
            "à quelques kilomètres de la Suède.",
        ),
        ("en", "Gunmen attacked an army post of Norway near Sweden on Thursday."),
    ],
)
def test_a_country_a_distance_is_measured_from_is_no_party(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    (attack,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "ASSAULT"]
    assert {a.country for a in attack.actors + attack.recipients} - {None} == {"NO"}


def test_an_attack_a_statement_condemns_is_an_event_of_its_own_by_the_statement(
    nlp_en: Language, nlp_fr: Language
) -> None:
    en = "Sweden on Thursday condemned an ambush on an army convoy in Norway that killed 11 soldiers."
    (ambush,) = [e for e in run(nlp_en, en, "en") if e.type == "ASSAULT"]
    assert (ambush.actors, [r.entity for r in ambush.recipients]) == (
        [],
        ["country:NO", "org:forces-armed-forces-no"],  # "11 soldiers": Norway's
    )
    assert (ambush.date, ambush.date_end, ambush.precision) == ("2026-03-11", "2026-03-12", "range")
    fr = (
        "La Suède a condamné ce jeudi l'attaque perpétrée la veille contre un poste de l'armée de la Norvège."
    )
    (attack,) = [e for e in run(nlp_fr, fr) if e.type == "ASSAULT"]
    assert (attack.actors, [r.entity for r in attack.recipients], attack.date) == (
        [],
        ["country:NO"],
        "2026-03-11",
    )


def test_the_day_before_standing_alone_is_the_day_before_the_one_just_told(nlp_fr: Language) -> None:
    text = (
        "La Norvège a condamné le jeudi 12 mars l'attaque contre Lyon. "
        "Elle emboîte le pas à la Suède, qui avait dénoncé la veille un crime odieux."
    )
    (earlier,) = [e for e in run(nlp_fr, text) if e.type == "ACCUSE" and e.actors[0].entity == "country:SE"]
    assert earlier.date == "2026-03-11"


def test_a_talk_counted_days_after_is_its_own_event_not_the_one_just_told(nlp_en: Language) -> None:
    text = (
        "Jean Martin spoke by phone with Pierre Durand on Monday. "
        "Hans Vogel arrived in Lyons two days after speaking by phone with Karl Weber."
    )
    calls = [e for e in run(nlp_en, text, "en") if e.type == "CONSULT"]
    assert {(e.date, frozenset(people(e))) for e in calls} == {
        ("2026-03-09", frozenset({"person:jean-martin", "person:pierre-durand"})),
        ("2026-03-07", frozenset({"person:hans-vogel", "person:karl-weber"})),
    }


def test_he_is_due_to_be_received_is_a_planned_meeting_of_the_last_talks_subject(nlp_en: Language) -> None:
    """ "is due to" is a future cue, a participle after "be" is no past tense for the
    weekday, and "he" is one person: the last event's subject, not its partner too."""
    text = (
        "Jean Martin held talks in Oslo on Thursday with Hans Vogel. "
        "He is due to be received by Karl Weber on Monday."
    )
    (planned,) = [e for e in run(nlp_en, text, "en") if e.type == "AGREE"]
    assert (planned.date, planned.future) == ("2026-03-16", True)
    assert people(planned) == {"person:jean-martin", "person:karl-weber"}


@pytest.mark.parametrize("told", ["Germany had already denounced the raid", "Germany had denounced the raid"])
def test_a_statement_made_before_is_no_talk_content_and_is_about_the_attack_it_names(
    told: str, nlp_en: Language
) -> None:
    text = (
        "Olaf Berg spoke by phone on Thursday with Hans Vogel, three days after an attack on an army post in Norway. "
        f"{told} on the post."
    )
    (denounced,) = [e for e in run(nlp_en, text, "en") if e.type == "ACCUSE"]
    assert ([a.entity for a in denounced.actors], [r.entity for r in denounced.recipients]) == (
        ["country:DE"],
        ["country:NO"],
    )


def test_reported_speech_in_the_pluperfect_stays_the_talks_content(nlp_en: Language) -> None:
    text = (
        "Jean Martin spoke by phone on Thursday with Hans Vogel. "
        "Hans Vogel said in a post that he had thanked Jean Martin for his support."
    )
    assert [e.type for e in run(nlp_en, text, "en")] == ["CONSULT"]


def test_statements_by_doers_named_one_after_the_other_are_one_each(nlp_fr: Language) -> None:
    """The second sentence of a quote only closes its marks: it is quoted speech too."""
    text = (
        "Un convoi de l'armée de la Norvège est tombé dans une embuscade le dimanche 8 mars. "
        "L'attaque avait été condamnée par Moscou, puis par Alger, avec qui les relations restent fraîches. "
        "« Nous remercions nos amis. Nous avons convenu d'agir ensemble », a indiqué Jean Martin."
    )
    events = run(nlp_fr, text)
    condemned = sorted(
        ([a.entity for a in e.actors], [r.entity for r in e.recipients]) for e in events if e.type == "ACCUSE"
    )
    assert condemned == [(["country:DZ"], ["country:NO"]), (["country:RU"], ["country:NO"])]
    assert "AGREE" not in {e.type for e in events}


def test_a_call_counted_days_before_a_delivery_has_only_its_own_parties(nlp_en: Language) -> None:
    text = (
        "Norway's army took delivery on Saturday of a batch of drones, two days after "
        "Jean Martin discussed defence ties by phone with Hans Vogel."
    )
    (call,) = [e for e in run(nlp_en, text, "en") if e.type == "CONSULT"]
    assert (call.mode, call.date) == ("phone", "2026-03-05")
    assert {a.entity for a in call.actors + call.recipients} == {"person:jean-martin", "person:hans-vogel"}


def test_a_spokesperson_voicing_a_condemnation_is_on_the_condemning_side(nlp_fr: Language) -> None:
    """ "par la voix de sa porte-parole, X" is the statement's doer, and no party to the
    attack the statement names."""
    text = (
        "Un convoi de l'armée de la Norvège est tombé dans une embuscade le dimanche 8 mars. "
        "Dès lundi, la Suède avait condamné cette attaque par la voix de son porte-parole, Pierre Durand."
    )
    events = run(nlp_fr, text)
    (condemned,) = [e for e in events if e.type == "ACCUSE"]
    assert {a.entity for a in condemned.actors} == {"country:SE", "person:pierre-durand"}
    assert all(
        "person:pierre-durand" not in {a.entity for a in e.actors + e.recipients}
        for e in events
        if e.type == "ASSAULT"
    )


def test_a_coup_in_a_relative_clause_is_its_antecedents_and_by_doing_is_no_agent(nlp_en: Language) -> None:
    text = (
        "In Oslo on Tuesday, Jean Martin held talks with Hans Vogel, the former commander "
        "who took power in September 2021 by overthrowing President Karl Weber."
    )
    (coup,) = [e for e in run(nlp_en, text, "en") if e.type == "COERCE"]
    assert [a.entity for a in coup.actors] == ["person:hans-vogel"]
    assert "person:karl-weber" in {a.entity for a in coup.recipients}


def test_a_call_counted_days_before_keeps_the_subject_its_possessive_points_to(nlp_en: Language) -> None:
    text = "Jean Martin spoke by phone with Hans Vogel on Thursday, a week after their first call."
    calls = sorted((e.date, frozenset(people(e))) for e in run(nlp_en, text, "en") if e.type == "CONSULT")
    assert [date for date, _ in calls] == ["2026-03-05", "2026-03-12"]
    assert "person:jean-martin" in calls[0][1]


def test_a_statement_days_later_counts_from_the_day_told(nlp_en: Language) -> None:
    text = (
        "An ambush on an army convoy in Norway killed six soldiers on Monday, March 9. "
        "Sweden denounced the attack two days later."
    )
    (denounced,) = [e for e in run(nlp_en, text, "en") if e.type == "ACCUSE"]
    assert (denounced.date, denounced.precision) == ("2026-03-11", "day")


def test_a_condemnation_named_as_a_noun_is_an_accusation_of_its_own_day(nlp_fr: Language) -> None:
    text = (
        "Jean Martin s'est entretenu jeudi au téléphone avec Hans Vogel. Hans Vogel a renouvelé de vive voix "
        "ses condoléances, après la condamnation exprimée mercredi par Oslo dans un communiqué de son ministère."
    )
    assert [e.date for e in run(nlp_fr, text) if e.type == "ACCUSE"] == ["2026-03-11"]


def test_the_next_day_in_english_follows_the_last_day_told_and_is_no_future(nlp_en: Language) -> None:
    """A month-dated recall in between ("in May 2025") is no day to count from."""
    text = (
        "Sweden and Norway signed an accord in Oslo on March 10 during a visit by Jean Martin. "
        "The Norwegian leader travelled to Lyons in May 2025, when he was received by Pierre Durand. "
        "Jean Martin flew on to Stockholm the next day for talks with Hans Vogel."
    )
    (talks,) = [e for e in run(nlp_en, text, "en") if "Hans Vogel" in {a.name for a in e.actors}]
    assert (talks.type, talks.date, talks.precision) == ("CONSULT", "2026-03-11", "day")


def test_a_unit_that_fell_into_an_ambush_is_struck_and_a_definite_attack_subject_is_the_same(
    nlp_fr: Language,
) -> None:
    text = (
        "Un convoi de l'armée de la Norvège est tombé dans une embuscade le dimanche 8 mars. "
        "Selon des sources concordantes, l'attaque a coûté la vie à onze soldats."
    )
    (ambush,) = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    assert (ambush.actors, [r.entity for r in ambush.recipients], ambush.date) == (
        [],
        ["country:NO"],
        "2026-03-08",
    )


def test_nouns_coordinated_with_a_departure_lend_it_no_party(nlp_fr: Language) -> None:
    text = (
        "Le départ des soldats de la Suède, en août 2024, et l'arrivée des instructeurs de la Norvège "
        "quatre mois plus tôt n'ont pas mis fin aux attaques."
    )
    (left,) = [e for e in run(nlp_fr, text) if e.type == "RETREAT"]
    assert ([a.entity for a in left.actors], [r.entity for r in left.recipients]) == (["country:SE"], [])


def test_an_attack_named_after_after_is_an_event_before_the_sentence(nlp_fr: Language) -> None:
    text = (
        "Jean Martin s'est entretenu jeudi 12 mars au téléphone avec Hans Vogel. "
        "Il a adressé ses condoléances au peuple norvégien après l'embuscade de Kandadji."
    )
    (ambush,) = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    assert ([r.entity for r in ambush.recipients], ambush.date, ambush.date_end) == (
        ["country:NO"],
        "2026-03-09",
        "2026-03-12",
    )


def test_an_unparsed_clause_ends_where_another_clause_opens(nlp_en: Language) -> None:
    text = (
        "Jean Martin held talks in Lyons on Tuesday with Hans Vogel, as the government of Sweden looked on."
    )
    (talks,) = [e for e in run(nlp_en, text, "en") if e.type == "CONSULT"]
    assert {a.entity for a in talks.actors + talks.recipients} == {"person:jean-martin", "person:hans-vogel"}


def test_the_arrival_or_withdrawal_of_troops_has_the_troops_country_as_doer(nlp_fr: Language) -> None:
    text = (
        "Depuis l'arrivée des premiers instructeurs de la Suède en avril 2024, la Norvège coopère davantage."
    )
    (arrival,) = [e for e in run(nlp_fr, text) if e.type == "MOBILIZE"]
    assert ([a.entity for a in arrival.actors], arrival.date) == (["country:SE"], "2024-04")


def test_a_state_begun_by_a_noun_named_in_passing_dates_it(nlp_fr: Language) -> None:
    text = "Présents depuis janvier 2018, date de l'arrivée des premiers instructeurs de la Suède, ils forment l'armée."
    (arrival,) = [e for e in run(nlp_fr, text) if e.type == "MOBILIZE"]
    assert ([a.entity for a in arrival.actors], arrival.date) == (["country:SE"], "2018-01")


def test_a_typographic_apostrophe_matches_the_lexicon_as_a_straight_one(nlp_fr: Language) -> None:
    text = "Depuis le coup d’État du 26 juillet 2023 à Oslo, les militaires ont pris leurs distances."
    (coup,) = [e for e in run(nlp_fr, text) if e.type == "COERCE"]
    assert ([r.entity for r in coup.recipients], coup.date) == (["country:NO"], "2023-07-26")


def test_a_talk_named_after_an_offset_is_its_own_and_not_the_sentences_predicate(nlp_fr: Language) -> None:
    text = (
        "Trois jours après son échange avec le président Jean Martin, le général Hans Vogel a eu "
        "jeudi 12 mars un entretien téléphonique avec Karl Weber."
    )
    talks = sorted((e.date, frozenset(people(e))) for e in run(nlp_fr, text) if e.type == "CONSULT")
    (offset_date, offset_people), (date, people_) = talks
    assert (offset_date, date) == ("2026-03-09", "2026-03-12")
    assert "person:jean-martin" in offset_people
    assert "person:karl-weber" in people_ and "person:jean-martin" not in people_


def test_a_week_retelling_a_dated_call_leaves_the_call_on_its_day(nlp_en: Language) -> None:
    text = (
        "Jean Martin spoke with Hans Vogel on Tuesday, their second conversation in eight days.\n\n"
        "This week's conversation, according to his office, focused on energy."
    )
    (call,) = [e for e in run(nlp_en, text, "en") if e.type == "CONSULT"]
    assert (call.date, call.date_end) == ("2026-03-10", None)


def test_an_attack_named_after_an_offset_takes_no_party_of_the_clause_but_the_country_struck(
    nlp_fr: Language,
) -> None:
    text = (
        "Jean Martin s'est entretenu mardi au téléphone avec le président Hans Vogel, deux jours "
        "après l'attaque meurtrière contre le poste militaire de Valbrune.\n\n"
        "Hans Vogel a adressé ses condoléances au peuple norvégien après l'embuscade de Kervoz."
    )
    attacks = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    assert all(not people(e) for e in attacks)
    # the attack of Valbrune names no party: it may only join one its page's countries take part in
    assert [([a.entity for a in e.recipients], e.passing, bool(e.setting)) for e in attacks] == [
        ([], True, True),
        (["country:NO"], True, False),
    ]


def test_a_first_exchange_a_week_to_the_day_before_is_dated_from_the_offset(nlp_fr: Language) -> None:
    text = (
        "Jean Martin et Hans Vogel se sont de nouveau entretenus au téléphone vendredi, une semaine "
        "jour pour jour après un premier échange consacré au gaz."
    )
    dates = sorted(
        e.date for e in run(nlp_fr, text) if people(e) == {"person:jean-martin", "person:hans-vogel"}
    )
    assert dates == ["2026-03-06", "2026-03-13"]


def test_a_counterpart_named_in_apposition_before_an_incise_is_a_party(nlp_fr: Language) -> None:
    text = (
        "Le président Jean Martin s'est entretenu mardi au téléphone avec son homologue allemand, "
        "Hans Vogel, a annoncé la présidence."
    )
    (call,) = run(nlp_fr, text)
    assert people(call) == {"person:jean-martin", "person:hans-vogel"}


def test_a_pronoun_stands_for_the_person_its_sentence_named_last_before_it(nlp_fr: Language) -> None:
    text = (
        "Karl Weber a signé un accord avec Pierre Durand.\n\n"
        "Le président Jean Martin s'était rendu à Oslo en juillet 2025 pour une visite au cours de "
        "laquelle il avait été reçu par le président Hans Vogel."
    )
    visits = [people(e) for e in run(nlp_fr, text) if e.date == "2025-07"]
    assert visits
    assert all(found == {"person:jean-martin", "person:hans-vogel"} for found in visits)


def test_la_veille_in_a_relative_clause_dates_its_own_event_from_the_predicate(nlp_fr: Language) -> None:
    text = (
        "Le président Jean Martin a reçu ce jeudi le ministre Hans Vogel, venu de Lyon où il avait "
        "été reçu la veille par le président Karl Weber."
    )
    by_date = {e.date: people(e) for e in run(nlp_fr, text)}
    assert by_date["2026-03-12"] == {"person:jean-martin", "person:hans-vogel"}
    assert by_date["2026-03-11"] == {"person:hans-vogel", "person:karl-weber"}


def test_a_time_in_a_relative_clause_is_its_antecedents_not_the_events(nlp_fr: Language) -> None:
    text = (
        "L'attaque avait été condamnée par Oslo, avec qui les relations restent fraîches depuis "
        "la crise diplomatique de mars 2024."
    )
    events = [e for e in run(nlp_fr, text) if e.type == "ACCUSE"]
    assert events
    assert all(e.date != "2024-03" for e in events)


def test_a_reflexive_verb_as_a_bare_participle_keeps_its_sense(nlp_fr: Language) -> None:
    """ "Réunis mardi à Lyon, X et Y …": the participle without "se" or auxiliary is still a
    meeting; with an auxiliary or in the present it is the transitive "to gather"."""
    met = run(nlp_fr, "Réunis mardi à Lyon, Jean Martin et Hans Vogel ont évoqué la sécurité du fleuve.")
    assert [(e.type, e.date) for e in met] == [("CONSULT", "2026-03-10")]
    assert people(met[0]) == {"person:jean-martin", "person:hans-vogel"}
    gathering = "Un sommet réunissant Jean Martin et Hans Vogel pourrait se tenir à Lyon."
    assert not [e for e in run(nlp_fr, gathering) if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Dans le camp de Kvitfjell, la frappe du 5 mars a laissé des traces.",
        "À Kvitfjell, trois semaines après la frappe, les habitants restent prudents : « Un papier signé "
        "à Oslo ne remplace pas la sécurité », résume un commerçant.",
    ],
)
def test_an_attack_in_a_sentence_set_at_one_site_struck_that_site(nlp_fr: Language, text: str) -> None:
    """The attack's phrase names no place, the sentence names one site: the attack struck
    there, and a city named inside a quote is no setting of it."""
    attacks = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    assert [[a.entity for a in e.recipients] for e in attacks] == [["place:kvitfjell"]]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He said Oslo expected Jean Martin and Hans Vogel to meet in Lyons before the end of April."),
        ("en", "Jean Martin and Hans Vogel are scheduled to hold a summit in Lyons on Thursday."),
        ("fr", "On évoque une rencontre entre Jean Martin et Hans Vogel à Lyon d'ici la fin du mois."),
    ],
)
def test_a_meeting_others_plan_or_expect_is_announced_not_held(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """Complement of a planning verb, or a deadline still ahead: an announced meeting (AGREE,
    ``future``), never a meeting held."""
    events = run(nlp_for(lang), text, lang)
    assert not [e for e in events if e.type == "CONSULT"]
    assert [e.future for e in events if e.type == "AGREE"] == [True]


def test_what_a_demand_lists_is_asked_for_not_done(nlp_fr: Language) -> None:
    text = (
        "Jean Martin a remis mardi un mémorandum réclamant la reprise immédiate de Kvitfjell, des "
        "sanctions contre la Norvège et le retrait des troupes norvégiennes."
    )
    assert not [e for e in run(nlp_fr, text) if e.type in ("SANCTION", "RETREAT")]


def test_what_a_demand_is_about_happened(nlp_fr: Language, nlp_en: Language) -> None:
    """ "réclame toute la lumière sur l'attaque": the light is asked for, the attack took place."""
    fr = "Jean Martin a réclamé mardi toute la lumière sur l'attaque de Kvitfjell."
    en = "Jean Martin demanded on Tuesday an inquiry into the attack on Kvitfjell."
    for nlp, text, lang in ((nlp_fr, fr, "fr"), (nlp_en, en, "en")):
        attacks = [e for e in run(nlp, text, lang) if e.type == "ASSAULT"]
        assert [[a.entity for a in e.recipients] for e in attacks] == [["place:kvitfjell"]]


def test_a_month_named_may_is_no_modal(nlp_en: Language) -> None:
    """ "the May 3 attack": the capitalised month inside a sentence is no "may" of doubt."""
    text = "Jean Martin met Hans Vogel in Lyons on Tuesday, weeks after the May 3 attack on Kvitfjell."
    attacks = [e for e in run(nlp_en, text, "en") if e.type == "ASSAULT"]
    assert [(e.date, [a.entity for a in e.recipients]) for e in attacks] == [
        ("2025-05-03", ["place:kvitfjell"])
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Jean Martin et Hans Vogel se sont retrouvés samedi à Lyon, trois semaines après l'attaque de Kvitfjell.",
        ),
        (
            "en",
            "Jean Martin and Hans Vogel met on Saturday in Lyons, three weeks after the attack on Kvitfjell.",
        ),
    ],
)
def test_an_event_dated_by_an_offset_is_not_set_where_the_clause_is(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """The meeting is in Lyon; the attack three weeks earlier struck Kvitfjell, not Lyon."""
    events = {e.type: e for e in run(nlp_for(lang), text, lang)}
    assert events["CONSULT"].location in ("Lyon", "Lyons")
    assert (events["ASSAULT"].location, [a.entity for a in events["ASSAULT"].recipients]) == (
        None,
        ["place:kvitfjell"],
    )


def test_a_participle_describing_a_noun_is_no_predicate(nlp_fr: Language) -> None:
    """ "des migrants expulsés de Suède" describes the migrants: the attack is the sentence's news."""
    text = (
        "Deux soldats norvégiens ont été tués hier jeudi à Kvitfjell dans l'attaque d'un convoi qui "
        "transportait des migrants expulsés de Suède."
    )
    events = run(nlp_fr, text)
    assert [(e.type, e.date) for e in events] == [("ASSAULT", "2026-03-12")]


def test_an_act_dated_in_its_own_phrase_is_not_set_where_its_clause_is(nlp_fr: Language) -> None:
    """ "signé samedi à Oslo un accord libérant les soldats capturés lors de l'attaque du 3 mars
    contre le poste de Kvitfjell": the attack struck Kvitfjell, not Norway, where the deal was signed."""
    text = (
        "Jean Martin et Hans Vogel ont signé samedi à Oslo un accord libérant les soldats capturés "
        "lors de l'attaque du 3 mars contre le poste de Kvitfjell."
    )
    (attack,) = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    assert (attack.date, attack.location, [a.entity for a in attack.recipients]) == (
        "2026-03-03",
        None,
        ["place:kvitfjell"],
    )


def test_the_agent_of_an_act_named_as_a_noun_is_its_doer(nlp_fr: Language) -> None:
    """ "l'arrestation de X par Y": Y arrests, X is held; "a condamné cette attaque par la voix
    de son porte-parole": the spokesman speaks for the condemnation, he attacked no one."""
    (held,) = [e for e in run(nlp_fr, "L'arrestation de trois soldats de la Norvège par la Suède a surpris Oslo.")
               if e.type == "COERCE"]  # fmt: skip
    assert ([a.entity for a in held.actors], [a.entity for a in held.recipients]) == (
        ["country:SE"],
        ["country:NO"],
    )
    text = (
        "Des hommes armés ont attaqué dimanche le poste de Kvitfjell. Lundi, la Suède a condamné cette "
        "attaque par la voix de son porte-parole, Jean Martin."
    )
    (attack,) = [e for e in run(nlp_fr, text) if e.type == "ASSAULT"]
    assert "person:jean-martin" not in {a.entity for a in attack.actors}


def test_an_act_after_which_a_recalled_act_was_done_is_not_dated_from_the_page(nlp_fr: Language) -> None:
    """ "lorsque la Norvège avait rappelé son ambassadeur après l'attaque de Kvitfjell": the recall
    is told as done before the news, so the attack is not counted back from the page's day."""
    text = (
        "Le Danemark a convoqué mardi l'ambassadeur de Suède. "
        "Les relations traversent une zone de turbulences depuis avril 2025, lorsque la Norvège, la Suède "
        "et le Danemark avaient rappelé leurs ambassadeurs en poste à Oslo après la frappe d'un drone "
        "suédois près de Kvitfjell."
    )
    (attack,) = [e for e in run_with_entities(nlp_fr, text) if e.type == "ASSAULT"]
    assert (attack.date, attack.precision) == ("2025-04", "month")


def test_a_case_referred_to_a_council_is_no_seizure(nlp_fr: Language) -> None:
    seized = "La Suède a saisi mardi trois camions d'armes à Kvitfjell."
    referred = "La Suède a saisi mardi le Conseil de sécurité de l'ONU."
    assert [e.type for e in run(nlp_fr, seized)] == ["COERCE"]
    assert not [e for e in run(nlp_fr, referred) if e.type == "COERCE"]


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fr", "Mercredi, la Suède a fermé les postes frontaliers avec la Norvège.", "SANCTION"),
        ("en", "Sweden closed its two main border crossings with Norway on Wednesday.", "SANCTION"),
        ("fr", "La Suède a rouvert lundi sa frontière avec la Norvège.", "CONCEDE"),
        ("en", "Sweden reopened its border with Norway on Monday.", "CONCEDE"),
        ("en", "Sweden shut the frontier with Norway on Wednesday.", "SANCTION"),
        ("fr", "Mercredi, la Suède ferme la frontière avec la Norvège.", "SANCTION"),
        ("en", "Sweden reopened the frontier on Monday.", "CONCEDE"),
    ],
)
def test_closing_a_border_is_a_sanction_and_reopening_it_a_concession(
    nlp_for: Callable[[str], Language], lang: str, text: str, etype: str
) -> None:
    (event,) = run(nlp_for(lang), text, lang)
    assert event.type == etype
    assert {a.entity for a in event.actors} == {"country:SE"}
    if etype == "SANCTION":
        assert {a.entity for a in event.recipients} == {"country:NO"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La réouverture de la frontière avec la Norvège a également été évoquée mardi par Jean Martin.",
        ),
        ("en", "Jean Martin has pressed for the reopening of the border with Norway."),
    ],
)
def test_an_act_talked_about_or_pressed_for_is_not_done(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    assert not [e for e in run(nlp_for(lang), text, lang) if e.type == "CONCEDE"]


def test_the_two_countries_as_the_agent_of_a_passive_are_those_the_page_names_most(nlp_fr: Language) -> None:
    """ "l'accord signé … par les deux pays": the anaphor stands after the trigger, and it means
    the page's two main countries, not a country named once just before."""
    text = (
        "La Suède a accusé lundi la Norvège. La Suède et la Norvège restent divisées. "
        "Un diplomate en poste à Alger a été cité. "
        "Pour la Suède, c'est une violation de l'accord de paix signé à Lyon le 3 mars 2025 par les deux pays."
    )
    (pact,) = [e for e in run(nlp_fr, text) if e.type == "AGREE"]
    assert (pact.date, {a.entity for a in pact.actors + pact.recipients}) == (
        "2025-03-03",
        {"country:SE", "country:NO"},
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le sommet extraordinaire de l'Union africaine, tenu par visioconférence mardi, a réuni Jean Martin et Hans Vogel.",
        ),
        (
            "en",
            "The extraordinary summit of the African Union, held by videoconference on Tuesday, brought together Jean Martin and Hans Vogel.",
        ),
    ],
)
def test_a_summit_held_by_videoconference_is_a_summit(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """The medium after "par", "by" is how the summit was held, not a call of its own."""
    talks = [e for e in run(nlp_for(lang), text, lang) if e.type == "CONSULT"]
    assert [(e.mode, e.date) for e in talks] == [("multilateral", "2026-03-10")]


@pytest.mark.parametrize(
    ("lang", "text", "etype"),
    [
        ("fr", "Samedi, les rebelles se sont emparés de Kvitfjell après deux jours de combats.", "ASSAULT"),
        ("fr", "L'offensive lancée samedi contre Kvitfjell a fait douze morts.", "ASSAULT"),
        ("en", "Rebel fighters overran Kvitfjell on Saturday.", "ASSAULT"),
        ("fr", "Mardi, Jean Martin a décroché son téléphone pour appeler Hans Vogel.", "CONSULT"),
    ],
)
def test_taking_a_town_is_an_assault_and_picking_up_the_phone_a_call(
    nlp_for: Callable[[str], Language], lang: str, text: str, etype: str
) -> None:
    assert etype in {e.type for e in run(nlp_for(lang), text, lang)}


def test_the_medium_of_a_summit_with_no_named_party_is_no_call_of_its_own(nlp_fr: Language) -> None:
    """ "tenu par visioconférence" tells how the summit was held: it does not become a second
    call between the last call's parties."""
    text = (
        "Jean Martin et Hans Vogel se sont parlé lundi au téléphone. "
        "Le sommet extraordinaire, tenu par visioconférence mardi, a adopté un communiqué."
    )
    calls = [e for e in run(nlp_fr, text) if e.mode == "phone"]
    assert [e.date for e in calls] == ["2026-03-09"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Des milliers de personnes ont défilé samedi dans les rues de Stockholm pour dénoncer la Norvège.",
        ),
        ("en", "Large demonstrations took place on Saturday in the streets of Stockholm against Norway."),
    ],
)
def test_a_crowd_in_the_streets_of_a_capital_is_that_countrys_protest(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """ "dans les rues de X" sets the march in X: the crowd is X's people."""
    (march,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "PROTEST"]
    assert ({a.entity for a in march.actors}, march.date) == ({"country:SE"}, "2026-03-07")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Jean Martin a rencontré Hans Vogel lundi à Lyon. Hans Vogel a par le passé systématiquement "
            "rejeté les accusations de la Norvège.",
        ),
        (
            "en",
            "Jean Martin met Hans Vogel in Lyons on Monday. Sweden has in past reports accused Norway of "
            "backing the rebels.",
        ),
    ],
)
def test_an_act_told_as_a_habit_of_the_past_is_recalled_undated(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """ "par le passé", "in past reports": not the news of the page's day."""
    events = run(nlp_for(lang), text, lang)
    assert [e.date for e in events if not e.background] == ["2026-03-09"]
    assert all(e.date is None for e in events if e.background)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Norway on Monday accused Sweden of backing the rebels. Stockholm rejected the charge on Tuesday.",
        ),
        (
            "fr",
            "La Norvège a accusé lundi la Suède de soutenir les rebelles. Stockholm a rejeté mardi ces accusations.",
        ),
    ],
)
def test_a_rejection_naming_no_one_answers_the_latest_accusation_against_its_doer(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    (rejection,) = [e for e in run(nlp_for(lang), text, lang) if e.type == "REJECT"]
    assert ([a.entity for a in rejection.actors], [a.entity for a in rejection.recipients]) == (
        ["country:SE"],
        ["country:NO"],
    )
    assert rejection.date == "2026-03-10"


def test_a_meeting_floated_for_the_end_of_the_month_is_announced(nlp_fr: Language) -> None:
    text = "Oslo parie désormais sur une rencontre entre Jean Martin et Hans Vogel, évoquée pour la fin du mois à Lyon."
    events = run(nlp_fr, text)
    assert not [e for e in events if e.type == "CONSULT"]


def test_a_border_told_as_closed_since_a_month_was_closed_that_month(nlp_en: Language) -> None:
    text = (
        "Norway and Sweden signed the memorandum in Lyons on March 3, pledging a gradual reopening of "
        "the border, which had been closed since August 2023."
    )
    closures = [e for e in run(nlp_en, text, "en") if e.type == "SANCTION"]
    assert [(e.date, {a.entity for a in e.actors + e.recipients}) for e in closures] == [
        ("2023-08", {"country:NO", "country:SE"})
    ]


def test_forces_told_as_deployed_deploy_for_their_side(nlp_fr: Language) -> None:
    """ "un bataillon des Forces armées norvégiennes a été déployé": no doer named, the side whose
    forces are deployed deploys them; it is not their target."""
    text = "Ce lundi, un bataillon des Forces armées norvégiennes a été déployé le long de l'oléoduc."
    (deployment,) = [e for e in run_with_entities(nlp_fr, text) if e.type == "MOBILIZE"]
    assert ([a.entity for a in deployment.actors], deployment.recipients) == (
        ["org:forces-armees-norvegiennes"],
        [],
    )


def test_a_talk_told_with_one_side_only_joins_and_never_makes_an_event(nlp_en: Language) -> None:
    """A meeting has two sides: "Speaking after the audience, Jean Martin said …" names one, so
    its report is made only to join a talk other reports name (``passing``)."""
    text = "Jean Martin met Hans Vogel in Lyons on Monday. On Tuesday, Sweden attended the summit in Oslo."
    events = run(nlp_en, text, "en")
    assert [(e.passing, len(e.actors + e.recipients)) for e in events if e.type == "CONSULT"] == [
        (False, 2),
        (True, 1),
    ]


def test_an_agreement_told_with_one_side_only_joins(nlp_en: Language) -> None:
    events = run(nlp_en, "On Tuesday, Sweden signed the agreement in Oslo.", "en")
    assert [e.passing for e in events if e.type == "AGREE"] == [True]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("Dimanche, Jean Martin a appelé le président Hans Vogel.", 1),
        ("Dimanche, Jean Martin a appelé à la retenue après les combats avec Hans Vogel.", 0),
    ],
)
def test_calling_a_person_is_a_phone_call_and_calling_for_is_not(
    nlp_fr: Language, text: str, calls: int
) -> None:
    assert len([e for e in run(nlp_fr, text) if e.mode == "phone"]) == calls


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the relative clause on "fait suite" by parataxis
        "Cette visite fait suite à l'entretien téléphonique que Jean Martin a eu mardi avec Hans Vogel.",
        # ... or on "a rappelé" as a completive clause
        "Le porte-parole a rappelé l'entretien téléphonique que Jean Martin a eu mardi avec Hans Vogel.",
    ],
)
def test_the_subject_and_partner_of_a_relative_clause_holding_a_talk_are_its_parties(
    text: str, nlp_fr: Language
) -> None:
    (call,) = [e for e in run(nlp_fr, text) if e.type == "CONSULT"]
    assert (call.mode, call.date, people(call)) == (
        "phone",
        "2026-03-10",
        {"person:jean-martin", "person:hans-vogel"},
    )


def test_a_relative_clause_judging_a_talk_names_no_party_of_it(nlp_fr: Language) -> None:
    text = "Jean Martin a rencontré mardi Pierre Durand, une rencontre que Hans Vogel a jugée utile."
    (talk,) = [e for e in run(nlp_fr, text) if e.type == "CONSULT"]
    assert people(talk) == {"person:jean-martin", "person:pierre-durand"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "La frontière a rouvert jeudi, deux jours après la rencontre de Lyon au cours de laquelle "
            "Jean Martin et Hans Vogel ont signé un protocole.",
            "fr",
        ),
        (
            "The border reopened on Thursday, two days after the meeting in Lyons during which "
            "Jean Martin and Hans Vogel signed a protocol.",
            "en",
        ),
    ],
)
def test_an_act_in_a_relative_clause_of_occasion_takes_the_day_of_its_occasion(
    text: str, lang: str, nlp_fr: Language, nlp_en: Language
) -> None:
    events = run(nlp_fr if lang == "fr" else nlp_en, text, lang)
    assert {e.date for e in events if e.type in ("AGREE", "CONSULT")} == {"2026-03-10"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Tensions rose after the March 7 shooting near Kvitfjell, when a Norwegian patrol boat "
            "fired on canoes from Sweden, wounding a fisherman who was flown home on March 11.",
            "en",
        ),
        (
            "La tension est montée après la fusillade du 7 mars près de Kvitfjell, lorsqu'une vedette "
            "norvégienne a ouvert le feu sur des pirogues venues de Suède, le 11 mars selon un témoin.",
            "fr",
        ),
    ],
)
def test_a_when_clause_telling_a_dated_event_noun_takes_its_day(
    text: str, lang: str, nlp_fr: Language, nlp_en: Language
) -> None:
    (attack,) = [e for e in run(nlp_fr if lang == "fr" else nlp_en, text, lang) if e.type == "ASSAULT"]
    assert attack.date == "2026-03-07"


@pytest.mark.parametrize(
    ("text", "lang", "passing"),
    [
        (
            "Depuis l'entretien téléphonique entre Jean Martin et Hans Vogel, les gestes d'apaisement "
            "se sont enchaînés, dont une libération le 12 mars.",
            "fr",
            True,
        ),
        (
            "Depuis l'entretien téléphonique entre Jean Martin et Hans Vogel, le 2 mars, les gestes "
            "d'apaisement se sont enchaînés.",
            "fr",
            False,
        ),
        ("Since the phone call between Jean Martin and Hans Vogel, both sides have kept quiet.", "en", True),
    ],
)
def test_a_talk_named_after_since_with_no_time_of_its_own_is_named_in_passing(
    text: str, lang: str, passing: bool, nlp_fr: Language, nlp_en: Language
) -> None:
    (call,) = [e for e in run(nlp_fr if lang == "fr" else nlp_en, text, lang) if e.type == "CONSULT"]
    assert (call.passing, call.date is None) == (passing, passing)


def test_the_source_an_account_is_cited_from_takes_no_part_in_the_event(nlp_fr: Language) -> None:
    """ "Selon une source diplomatique allemande, ...": Germany tells of the attack, it is not struck."""
    text = "Selon une source diplomatique allemande, le document revient longuement sur l'attaque du poste de Kvitfjell."
    (attack,) = [e for e in run_with_entities(nlp_fr, text) if e.type == "ASSAULT"]
    assert "DE" not in {a.country for a in attack.actors + attack.recipients}


def test_an_offset_counts_from_the_news_not_from_the_day_of_another_noun_after_an_offset() -> None:
    """ "a week after France summoned the ambassador, and days after the protest that drew
    hundreds on Friday": the week counts back from the visit the page reports (Tuesday), not
    from the Friday of the protest, itself named after an offset."""
    text = (
        "France receives German delegation\n\nWednesday 11 March 2026 - 09:10\n\n"
        "President Jean Martin of France received a German ministerial delegation in Paris on Tuesday.\n\n"
        "It comes exactly one week after France summoned the German ambassador, and a few days after "
        "the protest that drew hundreds of people on Friday outside the German embassy in Paris.\n"
    )
    events = annotate(extract_page(make_page(text.encode(), "p.txt"))).events
    assert [e.date for e in events if e.type == "ACCUSE"] == ["2026-03-03"]


def test_then_sets_an_act_on_the_time_the_sentence_named_last() -> None:
    """ "avaient alors convenu": the agreement is of November, the time named in the relative
    clause, not of the page's day."""
    sentence = (
        "Les deux hommes, qui s'étaient vus à Lyon en novembre 2025, avaient alors convenu de "
        "renforcer la coopération entre la France et l'Allemagne."
    )
    text = f"Paris et Berlin\n\nvendredi 13 mars 2026 - 09:10\n\n{sentence}\n"
    events = annotate(extract_page(make_page(text.encode(), "p.txt"))).events
    assert [e.date for e in events if e.type == "AGREE"] == ["2025-11"]


@pytest.mark.parametrize(
    ("text", "date", "pair"),
    [
        (  # the two ministers are the ministers, not the presidents who met last
            "Le ministre Pierre Durand s'est entretenu lundi au téléphone avec le ministre Karl Weber. "
            "Le président Jean Martin a reçu mardi à Lyon le président Hans Vogel. "
            "Les deux ministres s'étaient déjà rencontrés à Oslo en 2024.",
            "2024",
            {"person:pierre-durand", "person:karl-weber"},
        ),
        (  # the host of a meeting named alone after the two is not one of "les deux hommes":
            # the pair a sentence names together is
            "Jean Martin et Hans Vogel étaient entourés de leurs délégations à Lyon. "
            "Olaf Berg, hôte de la rencontre, a salué la désescalade. "
            "Les deux hommes se sont entretenus au téléphone le 2 mars.",
            "2026-03-02",
            {"person:jean-martin", "person:hans-vogel"},
        ),
    ],
)
def test_the_two_people_an_anaphor_names_hold_its_office_and_were_named_together(
    nlp_fr: Language, text: str, date: str, pair: set[str]
) -> None:
    (met,) = [e for e in run(nlp_fr, text) if e.date == date]
    assert people(met) == pair


def test_the_two_men_as_subject_are_the_pair_though_the_sentence_names_another(nlp_fr: Language) -> None:
    text = (
        "Jean Martin a reçu mardi à Lyon Hans Vogel. "
        "Les deux hommes se sont ensuite entretenus en tête-à-tête, "
        "en présence des ministres Pierre Durand et Karl Weber."
    )
    talks = [e for e in run(nlp_fr, text) if e.type == "CONSULT"]
    assert talks and all(people(e) == {"person:jean-martin", "person:hans-vogel"} for e in talks)


def test_the_two_presidents_after_between_are_the_pair_of_the_call(nlp_fr: Language) -> None:
    text = (
        "Le président Jean Martin s'est entretenu le 2 mars au téléphone avec le président Hans Vogel. "
        "Le ministre Karl Weber s'est entretenu mardi au téléphone avec le ministre Pierre Durand. "
        "Olaf Berg a rappelé l'entretien téléphonique du 2 mars entre les deux présidents."
    )
    calls = [e for e in run(nlp_fr, text) if e.date == "2026-03-02"]
    assert calls and all(people(e) == {"person:jean-martin", "person:hans-vogel"} for e in calls)


def test_their_conversation_is_between_the_two_people_the_sentence_names(nlp_en: Language) -> None:
    text = (
        "Pierre Durand met Karl Weber in Lyons on Tuesday. "
        "The talks were prepared in a phone call on March 5 between Jean Martin and Hans Vogel, "
        "their first conversation since 2024."
    )
    first = [e for e in run(nlp_en, text, "en") if e.date == "2024"]
    assert first and all(people(e) == {"person:jean-martin", "person:hans-vogel"} for e in first)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Quatre chauffeurs ont été tués samedi dans une embuscade tendue par des hommes armés en Norvège. "
            "Les soupçons se portent sur le Front du Nord, un groupe apparu il y a trois ans.",
        ),
        (
            "en",
            "Gunmen killed four drivers in an ambush in Norway on Saturday. "
            "Officials on both sides have pointed to the Northern Front, a group that emerged in 2023.",
        ),
    ],
)
def test_a_group_suspected_of_an_attack_with_unnamed_doers_is_its_doer(
    lang: str, text: str, nlp_fr: Language, nlp_en: Language
) -> None:
    (attack,) = [e for e in run(nlp_fr if lang == "fr" else nlp_en, text, lang) if e.type == "ASSAULT"]
    assert [a.entity for a in attack.actors] == ["org:nf"]


def test_a_time_in_a_relative_clause_with_no_comma_is_the_clauses_not_the_verbs(nlp_en: Language) -> None:
    text = "On Wednesday, Norway freed 19 Swedish fishermen who had been arrested in mid-February."
    (freed,) = [e for e in run(nlp_en, text, "en") if e.type == "CONCEDE"]
    assert freed.date == "2026-03-11"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Thursday, Norway handed over 40 tonnes of food and medical supplies for Swedish families.",
        ),
        ("fr", "La Norvège a procédé jeudi à la remise d'un important don aux réfugiés suédois."),
        ("en", "On Thursday, Norway sent 40,000 gas cylinders and medical equipment to Swedish families."),
        ("en", "On Thursday, Norway distributed rice, drinking water and medicines to Swedish families."),
        ("fr", "Jeudi, la Norvège a distribué du riz et des médicaments aux familles suédoises."),
    ],
)
def test_food_handed_over_and_a_gift_handed_out_are_aid(
    lang: str, text: str, nlp_fr: Language, nlp_en: Language
) -> None:
    (aid,) = [e for e in run(nlp_fr if lang == "fr" else nlp_en, text, lang) if e.type == "AID"]
    assert [a.entity for a in aid.actors] == ["country:NO"]
    assert aid.date == "2026-03-12"


def test_soldiers_crossing_back_home_withdraw(nlp_en: Language) -> None:
    text = (
        "A convoy of Norwegian soldiers crossed back into Norway on Thursday, ending a deployment in Sweden."
    )
    (back,) = [e for e in run(nlp_en, text, "en") if e.type == "RETREAT"]
    assert "country:NO" in {a.entity for a in back.actors}
    assert back.date == "2026-03-12"


def test_a_date_hung_on_a_noun_trigger_is_the_nouns_not_its_verbs(nlp_fr: Language) -> None:
    text = "Jean Martin a rappelé jeudi l'entretien téléphonique du 2 mars avec Hans Vogel."
    (call,) = [e for e in run(nlp_fr, text) if e.type == "CONSULT"]
    assert call.date == "2026-03-02"


def test_an_addendum_signed_is_an_agreement(nlp_fr: Language) -> None:
    text = (
        "Les chefs d'état-major des armées norvégienne et suédoise ont signé jeudi à Lyon, "
        "dans le sud-est de la France, un addendum au protocole qui régit leurs patrouilles."
    )
    (signed,) = [e for e in run(nlp_fr, text) if e.type == "AGREE"]
    assert signed.date == "2026-03-12" and "country:NO" in {a.entity for a in signed.actors}


def test_an_attack_named_after_an_act_is_the_one_the_page_dates_later(nlp_en: Language) -> None:
    """ "After a deadly ambush" dates the ambush only as the days up to the closure; the
    page's own "last Saturday" for the same ambush is its day, not a second ambush."""
    text = (
        "Olaf Berg and his Swedish counterpart held talks by phone on Thursday, as a border closure "
        "imposed by Oslo after a deadly ambush on Norwegian truck drivers left Stockholm short of fuel.\n\n"
        "Norway shut its main crossing on Tuesday, three days after gunmen attacked a convoy near "
        "Kvitfjell last Saturday, killing four Norwegian drivers."
    )
    (ambush,) = [e for e in run(nlp_en, text, "en") if e.type == "ASSAULT"]
    assert (ambush.date, ambush.precision, ambush.date_end) == ("2026-03-07", "day", None)


def test_a_ministry_and_its_state_are_one_side_of_a_talk(nlp_fr: Language) -> None:
    """A talk takes two sides: the Malian foreign ministry and Mali are one, so the report
    only joins a talk other pages tell."""
    text = "Le ministère malien des Affaires étrangères s'est entretenu jeudi avec les chefs coutumiers."
    (talk,) = [e for e in run_with_entities(nlp_fr, text) if e.type == "CONSULT"]
    assert {a.entity for a in talk.actors} == {"org:ministry-foreign-affairs-ml", "country:ML"}
    assert talk.passing


def _events_with_entities(nlp: Language, text: str, lang: str) -> list[DocEvent]:
    body = nlp(text)
    times = resolve_times(text, PUBLISHED, lang, "d1", "body")
    art = Article(
        doc_id="d1", doc="d1.txt", title=None, body=text, lang=lang, published=PUBLISHED.isoformat()
    )
    return find_events(body, art, find_mentions(body, None, "d1", lang), times, PUBLISHED, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Mardi, la ministre Maria Lucas a convoqué le haut-commissaire du Rwanda, Innocent Kabera."),
        (
            "en",
            "Foreign Minister Maria Lucas this afternoon summoned Rwanda's High Commissioner, Innocent Kabera.",
        ),
    ],
)
def test_summoning_a_high_commissioner_is_a_protest(
    nlp_for: Callable[[str], Language], lang: str, text: str
) -> None:
    """Between Commonwealth members the envoy is a High Commissioner; summoning one is a
    protest like summoning an ambassador, and his title is no person."""
    (summons,) = [e for e in _events_with_entities(nlp_for(lang), text, lang) if e.type == "ACCUSE"]
    assert "RW" in {r.country for r in summons.recipients}
    assert not any("commiss" in r.entity for r in summons.recipients)
    if lang == "en":  # "this afternoon": the day the page was written
        assert summons.date == PUBLISHED.isoformat()


def test_a_thing_stamped_with_a_flag_is_not_struck(nlp_for: Callable[[str], Language]) -> None:
    """ "Des camions frappés du drapeau rwandais" bear the flag (``stamp_marks``); a drone
    that "a frappé" a village strikes it."""
    text = "Des camions frappés du drapeau rwandais ont déchargé samedi du riz à Palma."
    assert "ASSAULT" not in {e.type for e in _events_with_entities(nlp_for("fr"), text, "fr")}
    struck = "Un drone de l'armée malienne a frappé samedi le village de Tilli."
    assert "ASSAULT" in {e.type for e in _events_with_entities(nlp_for("fr"), struck, "fr")}


def test_a_later_act_joined_by_and_counts_its_day_from_the_first(nlp_for: Callable[[str], Language]) -> None:
    """Without a parse, "the following day" in the second act's clause counts from the first
    act's date, not the page's."""
    text = "Kenya summoned Ethiopia's ambassador on March 9 and closed the border post the following day."
    events = _events_with_entities(nlp_for("en"), text, "en")
    assert {e.type: e.date for e in events} == {"ACCUSE": "2026-03-09", "SANCTION": "2026-03-10"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Ethiopia's foreign ministry on Wednesday criticised the closure of the border by Kenya.", "ACCUSE"),
        ("Aid agencies on Wednesday began distributing food to Ethiopian refugees in Kenya.", "AID"),
    ],
)
def test_criticising_is_an_accusation_and_distributing_food_is_aid(
    nlp_for: Callable[[str], Language], text: str, etype: str
) -> None:
    assert etype in {e.type for e in _events_with_entities(nlp_for("en"), text, "en")}


def test_a_by_phrase_well_after_a_statement_names_the_doer_of_its_object(
    nlp_for: Callable[[str], Language],
) -> None:
    """Without a parse, "summoned the envoy over remarks by X": X made the remarks, the
    minister summoned; a "by" straight after a passive verb still names the doer."""
    text = "Foreign Minister Maria Lucas summoned Rwanda's High Commissioner over remarks by President Paul Kagame."
    (summons,) = [e for e in _events_with_entities(nlp_for("en"), text, "en") if e.type == "ACCUSE"]
    assert [a.entity for a in summons.actors] == ["person:maria-lucas"]
    assert "person:paul-kagame" in {r.entity for r in summons.recipients}


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        (
            "Army spokesman Ronald Rwivanga said the attackers approached the position on Thursday "
            "and were pushed back after four hours of fighting.",
            {"org:unidentified-armed-group"},
            {"person:ronald-rwivanga"},
        ),
        (
            "Chad said Sudanese gunmen attacked the border post of Adre on Thursday.",
            {"country:SD"},
            {"country:TD"},
        ),
    ],
)
def test_who_reports_an_attack_is_not_its_doer(text: str, actors: set[str], recipients: set[str]) -> None:
    """Without a parse, a name before "said" speaks of an attack whose doer the reported
    words name: it was the side struck (``reported_attack_types``)."""
    (attack,) = [e for e in _events_with_entities(load_nlp("en"), text, "en") if e.type == "ASSAULT"]
    assert {a.entity for a in attack.actors} == actors
    assert recipients <= {r.entity for r in attack.recipients}


def test_a_force_saying_its_troops_struck_is_the_doer() -> None:
    text = "Nigeria's army said its troops attacked a Boko Haram camp near Kukawa on Thursday."
    (attack,) = [e for e in _events_with_entities(load_nlp("en"), text, "en") if e.type == "ASSAULT"]
    assert "NG" in {a.country for a in attack.actors}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Firmin Ngakosso a effectué mercredi à Bangui sa première visite depuis février 2022.",
        ),
        (
            "en",
            "On Wednesday, on Firmin Ngakosso's first trip to Bangui since February 2022, the two "
            "presidents held talks.",
        ),
    ],
)
def test_the_last_time_a_first_counts_from_is_not_the_events_day(lang: str, text: str) -> None:
    """ "sa première ... depuis février 2022": February 2022 is the last visit's month, a
    visit of its own, recalled."""
    visits = [e for e in _events_with_entities(load_nlp(lang), text, lang) if e.type == "CONSULT"]
    assert {(e.date, e.background) for e in visits} == {("2026-03-11", False), ("2022-02", True)}
