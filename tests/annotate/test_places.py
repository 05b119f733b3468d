"""A place's country, as its page says it or as the gazetteer knows a town of the page's countries."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.annotate.entities import find_mentions
from storyline.annotate.gazetteer import place_countries
from storyline.annotate.nlp import load_nlp
from storyline.config import Settings
from storyline.exports import event_row
from storyline.models import Mention
from storyline.pipeline import ingest_paths
from storyline.store import Store


def places_of(body: str, lang: str = "fr") -> dict[str, str | None]:
    """Each place the text names, with the country its mentions carry (None when none)."""
    mentions: list[Mention] = find_mentions(load_nlp(lang)(body), None, "doc", lang)
    return {m.text: m.country for m in mentions if m.kind == "place"}


@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        # an apposition after a comma
        (
            "fr",
            "Le drone a frappé Ouanboulé, un hameau situé à l'intérieur du territoire togolais.",
            "Ouanboulé",
            "TG",
        ),
        (
            "en",
            "The raid on Kessoudou, a trading town on the Cameroonian side of the border, killed nine.",
            "Kessoudou",
            "CM",
        ),
        (
            "en",
            "A drone struck the village of Ouanboulé, a hamlet inside Togo, on Monday.",
            "Ouanboulé",
            "TG",
        ),
        # a locative phrase right after the place
        (
            "fr",
            "Les assaillants ont attaqué le village de Kessoudou dans le nord du Bénin.",
            "Kessoudou",
            "BJ",
        ),
        ("fr", "Quatre chauffeurs ont été tués près de Kessoudou, côté centrafricain.", "Kessoudou", "CF"),
        # a settlement noun a nationality qualifies
        ("fr", "Les soldats ont quitté la localité togolaise de Kessoudou mardi.", "Kessoudou", "TG"),
        ("en", "They attacked the Beninese border village of Kessoudou on Sunday.", "Kessoudou", "BJ"),
    ],
)
def test_a_place_takes_the_country_its_sentence_places_it_in(
    lang: str, text: str, place: str, country: str
) -> None:
    assert places_of(text, lang)[place] == country


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a border's nationality, and a country after a border or a distance word, only bound it
        ("fr", "Les combats ont gagné la ville de Kessoudou, près de la frontière nigériane.", "Kessoudou"),
        (
            "fr",
            "Les combats ont atteint le village de Kessoudou, à quelques kilomètres du Niger.",
            "Kessoudou",
        ),
        (
            "en",
            "The town of Kessoudou, a small oasis that faces the Algerian border, mourned its dead.",
            "Kessoudou",
        ),
        # what happened there is no place of it
        ("fr", "Les réfugiés de Kessoudou, où des soldats béninois sont morts, partent.", "Kessoudou"),
        (
            "en",
            "Residents of the village of Kessoudou, where four Togolese civilians died, fled.",
            "Kessoudou",
        ),
        # two countries say nothing
        ("fr", "Le marché de Kessoudou, entre le Togo et le Bénin, a rouvert.", "Kessoudou"),
    ],
)
def test_a_country_that_only_bounds_the_place_gives_it_none(lang: str, text: str, place: str) -> None:
    assert places_of(text, lang)[place] is None


def test_a_place_nearer_the_country_takes_it_instead() -> None:
    """ "Kessoudou, face à Bertoua au Cameroun": Cameroon places Bertoua."""
    found = places_of("Les chauffeurs sont bloqués à Kessoudou, face à Bertoua au Cameroun.")
    assert found == {"Kessoudou": None, "Bertoua": "CM"}


def test_a_place_inside_a_region_of_a_known_country_takes_its_country() -> None:
    """ "Kessoudou, dans la province du Tibesti": Tibesti is a province of Chad, which the
    page names, and Kessoudou is in it."""
    found = places_of(
        "Le Tchad est en deuil. Le poste de Kessoudou, dans la province du Tibesti, a été attaqué."
    )
    assert found == {"Kessoudou": "TD", "Tibesti": "TD"}


def test_every_mention_of_a_place_takes_what_one_of_them_says() -> None:
    body = (
        "Les assaillants ont attaqué la localité nigérienne de Kessoudou dimanche.\n\n"
        "À Kessoudou, les habitants enterrent leurs morts."
    )
    mentions = find_mentions(load_nlp("fr")(body), None, "doc", "fr")
    assert [m.country for m in mentions if m.text == "Kessoudou"] == ["NE", "NE"]


def test_a_town_takes_the_one_country_of_the_page_the_gazetteer_holds_it_in() -> None:
    """Saint-Louis is a town of Senegal, France, Réunion and more: the page names Senegal."""
    found = places_of("Le Sénégal a dépêché des renforts à Saint-Louis après les heurts de mardi.")
    assert found["Saint-Louis"] == "SN"


def test_a_town_of_no_country_the_page_names_keeps_none() -> None:
    found = places_of("Des renforts ont été dépêchés à Saint-Louis après les heurts de mardi.")
    assert found["Saint-Louis"] is None


def test_the_page_says_the_country_before_the_gazetteer() -> None:
    """The gazetteer knows Adré in Chad; the page places it in Sudan and names both."""
    found = places_of("Le Tchad accuse le Soudan. Adré, côté soudanais, a été bombardée mardi.")
    assert found["Adré"] == "SD"


def test_the_gazetteer_knows_regions_without_towns_and_towns_by_their_spellings() -> None:
    assert place_countries(0)["upper east"] == frozenset({"GH"})
    assert "adre" not in place_countries(0)
    assert place_countries(5000)["adre"] >= {"TD"}
    assert place_countries(5000)["abeche"] == frozenset({"TD"})


def test_the_gazetteer_refuses_a_population_it_has_no_table_for() -> None:
    with pytest.raises(ValueError, match="gazetteer_population"):
        place_countries(2000)


def test_with_the_towns_off_only_regions_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tillabéri is a region of Niger (ISO 3166-2) as well as a town; Adré is only a town."""
    text = "Le Niger et le Tchad ont dépêché des renforts à Tillabéri et à Adré après les heurts de mardi."
    assert places_of(text) == {"Tillabéri": "NE", "Adré": "TD"}
    monkeypatch.setenv("STORYLINE_GAZETTEER_POPULATION", "0")
    assert places_of(text) == {"Tillabéri": "NE", "Adré": None}


STRUCK = """Kessoudou : deux gendarmes tués dans une attaque
Publié le lundi 9 mars 2026
Des hommes armés ont attaqué dimanche le poste de gendarmerie de Kessoudou, une bourgade située en territoire nigérien, tuant deux gendarmes.
Les assaillants ont pris la fuite vers l'ouest.
"""
TOLD = """Gunmen kill two gendarmes in Niger village
Published: March 10, 2026
Two gendarmes were killed on Sunday when gunmen attacked the Nigerien village of Kessoudou.
The government said an investigation had been opened.
"""


def test_an_attack_on_a_village_strikes_the_state_its_page_places_it_in(tmp_path: Path) -> None:
    """Neither page names Niger as a party: each says the village is Nigerien, so the attack
    is one on Niger, and the two reports are one event."""
    (tmp_path / "struck.txt").write_text(STRUCK, encoding="utf-8")
    (tmp_path / "told.txt").write_text(TOLD, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest_paths([tmp_path / "struck.txt", tmp_path / "told.txt"], store, Settings(workers=1))
        (attack,) = [event_row(e) for e in store.iter_events() if e.type == "ASSAULT"]
    assert ("Kessoudou", "NE") in {(a["name"], a["country"]) for a in attack["actors"]}
    assert attack["date"] == "2026-03-08"
    assert len(attack["sources"]) == 2


def test_a_town_of_a_country_the_page_names_is_no_person() -> None:
    """ "Dire Dawa" reads like a name; the gazetteer knows a town of Ethiopia by it."""
    text = "Thousands of Ethiopians marched through the centre of Dire Dawa on Saturday to the consulate."
    assert places_of(text, "en") == {"Dire Dawa": "ET"}
