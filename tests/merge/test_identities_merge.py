"""Merging mention identities across documents, incrementally."""

from __future__ import annotations

import pytest

from storyline.merge.identities import merge_identities
from storyline.models import Entity, EntityKind, Mention


def mention(
    text: str, key: str, name: str, kind: EntityKind = "person", country: str | None = None, doc: str = "d1"
) -> Mention:
    return Mention(doc, "body", 0, len(text), text, "PER", key, name, kind, country)


def test_same_key_in_two_pages_is_one_entity_with_every_spelling() -> None:
    entities, mapping = merge_identities(
        [
            mention("Abdoulaye Maiga", "person:abdoulaye-maiga", "Abdoulaye Maiga", doc="a"),
            mention("Abdoulaye Maïga", "person:abdoulaye-maiga", "Abdoulaye Maïga", country="ML", doc="b"),
        ]
    )
    assert len(entities) == 1
    assert (entities[0].name, entities[0].country, entities[0].mentions) == ("Abdoulaye Maïga", "ML", 2)
    assert sorted(entities[0].aliases) == ["Abdoulaye Maiga", "Abdoulaye Maïga"]
    assert mapping == {"person:abdoulaye-maiga": "person:abdoulaye-maiga"}


@pytest.mark.parametrize("typo", ["Mariam Kouyatte", "Mariam Kouyaté", "Mariem Kouyate"])
def test_typos_across_pages_merge(typo: str) -> None:
    entities, mapping = merge_identities(
        [
            mention("Mariam Kouyaté", "person:mariam-kouyate", "Mariam Kouyaté", doc="a"),
            mention(typo, f"person:{typo.lower().replace(' ', '-')}", typo, doc="b"),
        ]
    )
    assert len(entities) == 1
    assert set(mapping.values()) == {entities[0].id}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Abdoulaye Diop", "Abdoulaye Maïga"),
        ("Ibrahim Traoré", "Aboubacar Traoré"),
    ],
)
def test_different_people_sharing_a_name_part_stay_apart(a: str, b: str) -> None:
    entities, _ = merge_identities([mention(a, f"person:{a}", a), mention(b, f"person:{b}", b)])
    assert len(entities) == 2


def test_lone_surname_joins_the_only_full_name_with_it() -> None:
    entities, mapping = merge_identities(
        [
            mention("Mariam Kouyaté", "person:mariam-kouyate", "Mariam Kouyaté", doc="a"),
            mention("Kouyaté", "person:kouyate", "Kouyaté", doc="b"),
        ]
    )
    assert mapping["person:kouyate"] == "person:mariam-kouyate"
    assert len(entities) == 1


def test_the_last_names_of_a_longer_name_join_it_unless_two_share_them() -> None:
    entities, mapping = merge_identities(
        [
            mention("Awa Ndiaye Sarr", "person:awa-ndiaye-sarr", "Awa Ndiaye Sarr", doc="a"),
            mention("Ndiaye Sarr", "person:ndiaye-sarr", "Ndiaye Sarr", doc="b"),
        ]
    )
    assert mapping["person:ndiaye-sarr"] == "person:awa-ndiaye-sarr"
    assert len(entities) == 1
    entities, mapping = merge_identities(
        [
            mention("Awa Ndiaye Sarr", "person:awa-ndiaye-sarr", "Awa Ndiaye Sarr", doc="a"),
            mention("Moussa Ndiaye Sarr", "person:moussa-ndiaye-sarr", "Moussa Ndiaye Sarr", doc="b"),
            mention("Ndiaye Sarr", "person:ndiaye-sarr", "Ndiaye Sarr", doc="c"),
        ]
    )
    assert mapping["person:ndiaye-sarr"] == "person:ndiaye-sarr"


def test_countries_merge_by_code_only() -> None:
    entities, _ = merge_identities(
        [
            mention("Niger", "country:NE", "Niger", "country", "NE"),
            mention("Nigeria", "country:NG", "Nigeria", "country", "NG"),
        ]
    )
    assert len(entities) == 2


def test_incremental_merge_into_known_entities_keeps_their_ids() -> None:
    known = [Entity("person:vladimir-putin", "Vladimir Putin", "person", "RU", ["Poutine"], 7)]
    entities, mapping = merge_identities(
        [mention("Vladimir Poutin", "person:vladimir-poutin", "Vladimir Poutin")], known
    )
    assert mapping == {"person:vladimir-poutin": "person:vladimir-putin"}
    assert len(entities) == 1
    assert entities[0].mentions == 8
    assert entities[0].aliases == ["Poutine", "Vladimir Poutin"]


def test_organisation_transliterations_merge() -> None:
    entities, _ = merge_identities(
        [
            mention("Zaroubejgeologia", "org:zaroubejgeologia", "Zaroubejgeologia", "organisation"),
            mention("Zarubezhgeologia", "org:zarubezhgeologia", "Zarubezhgeologia", "organisation"),
        ]
    )
    assert len(entities) == 1


def test_an_acronym_a_page_defines_joins_its_full_name_on_other_pages() -> None:
    """Page a writes "the Alliance pour la renaissance du Kivu (ARK)", so its "ARK" carries the
    alliance's key; page b only says "ARK": it meets the alliance through that spelling."""
    full = "org:alliance-pour-la-renaissance-du-kivu"
    name = "Alliance pour la renaissance du Kivu"
    entities, mapping = merge_identities(
        [
            mention(name, full, name, "organisation", doc="a"),
            mention("ARK", full, name, "organisation", doc="a"),
            mention("ARK", "org:ark", "ARK", "organisation", doc="b"),
        ]
    )
    assert len(entities) == 1
    assert mapping["org:ark"] == full


def _defined(name: str, acronym: str, country: str | None, doc: str) -> list[Mention]:
    """A page spelling out an organisation before its acronym: the name and the acronym, one key."""
    key = "org:" + name.lower().replace(" ", "-")
    return [
        mention(name, key, name, "organisation", country, doc),
        mention(acronym, key, name, "organisation", country, doc),
    ]


def test_two_languages_spelling_out_one_acronym_of_one_country_are_one_organisation() -> None:
    """ "l'Union des pêcheurs du Bénin (UPB)" and "the Benin Fishermen's Union (UPB)"."""
    entities, mapping = merge_identities(
        _defined("Union des pêcheurs du Bénin", "UPB", "BJ", "a")
        + _defined("Benin Fishermen's Union", "UPB", "BJ", "b")
    )
    assert len(entities) == 1 and set(mapping.values()) == {entities[0].id}
    assert set(entities[0].aliases) == {"Union des pêcheurs du Bénin", "UPB", "Benin Fishermen's Union"}


@pytest.mark.parametrize(("first", "second"), [("ML", "GN"), (None, None)])
def test_one_acronym_of_two_countries_or_of_none_names_two_organisations(
    first: str | None, second: str | None
) -> None:
    """Mali's and Guinea's "CNT" are two transition councils; with no country, nothing says one."""
    entities, _ = merge_identities(
        _defined("Conseil national de transition", "CNT", first, "a")
        + _defined("National Transitional Council", "CNT", second, "b")
    )
    assert len(entities) == 2


def test_a_name_one_page_places_is_that_place_where_another_took_it_for_a_person() -> None:
    """ "l'attaque de Hadjer Hadid" read as a person beside "the Hadjer Hadid army post, near
    the Sudanese border" placed in Chad: one place, in Chad."""
    entities, mapping = merge_identities(
        [
            mention("Hadjer Hadid", "person:hadjer-hadid", "Hadjer Hadid", doc="a"),
            mention(
                "Hadjer Hadid", "place:hadjer-hadid", "Hadjer Hadid", kind="place", country="TD", doc="b"
            ),
        ]
    )
    assert [(e.kind, e.country) for e in entities] == [("place", "TD")]
    assert mapping == {
        "person:hadjer-hadid": "place:hadjer-hadid",
        "place:hadjer-hadid": "place:hadjer-hadid",
    }


def test_a_person_with_a_country_keeps_a_name_some_page_places() -> None:
    entities, _ = merge_identities(
        [
            mention("Jean Martin", "person:jean-martin", "Jean Martin", country="FR", doc="a"),
            mention("Jean Martin", "place:jean-martin", "Jean Martin", kind="place", country="FR", doc="b"),
        ]
    )
    assert sorted(e.kind for e in entities) == ["person", "place"]
