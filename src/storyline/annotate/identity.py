"""Who a name denotes: the shared, read-only knowledge behind entity identities.

Loads the lexicons of ``storyline/data`` once per process (aliases, leaders, titles, demonyms, plus the
country names of pycountry in English and French) and offers the normalisations every stage agrees on:
``fold`` (case and accents away, same length so spans stay valid), ``name_key`` and ``entity_key``
(the document-independent identity keys such as ``person:assimi-goita`` or ``country:ML``).
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
import unicodedata
from collections import defaultdict
from collections.abc import Container
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry
from rapidfuzz import fuzz, process

from storyline.config import load_tsv_data, load_yaml_data
from storyline.models import EntityKind

WORD_RE = re.compile(r"\w+")
DETERMINERS = frozenset({"le", "la", "les", "l", "the", "un", "une", "a", "an"})
KINDS = ("country", "organisation", "place", "person")
PERSON_MATCH = 88  # rapidfuzz ratio above which two spellings of a full name are one person
SURNAME_MATCH = 90  # the same for a lone surname against a known surname


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)[:1].lower() or char
    if char in "’‘`´ʼ":
        return "'"
    if char in "–—‐‑":
        return "-"
    if char.isspace():
        return " " if char != "\n" else "\n"
    return base if len(base) == 1 else char


_FOLD = str.maketrans(
    {chr(i): _fold_char(chr(i)) for i in range(0x20, 0x2050) if chr(i).isprintable()}
    | {"\xa0": " ", "\t": " "}
)


def fold(text: str) -> str:
    """Lowercase, accent-free copy of ``text`` of the same length, so offsets carry over."""
    return text.translate(_FOLD)


def name_key(text: str) -> str:
    """Words of ``text`` folded and joined by one space, without a leading determiner."""
    words = WORD_RE.findall(fold(text))
    while len(words) > 1 and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


# French and English transliterations of one name (Cyrillic, Arabic) differ by these spellings of one sound;
# rewritten in order, so "tch" is read before "ch" and "ou" before "u".
_SOUNDS = (
    ("shch", "chch"),
    ("tch", "ch"),
    ("sch", "ch"),
    ("sh", "ch"),
    ("zh", "j"),
    ("kh", "h"),
    ("ou", "u"),
    ("w", "v"),
    ("y", "i"),
    ("gue", "ge"),
    ("gui", "gi"),
    ("qu", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("ii", "i"),
)


def _sound_word(word: str) -> str:
    for written, sound in _SOUNDS:
        word = word.replace(written, sound)
    word = re.sub(r"(\w)\1+", r"\1", word)  # doubled letters: "Vassili" / "Vasily"
    if word.startswith("ie") and len(word) > 3:  # "Yevgeny" / "Evgueni"
        word = word[1:]
    return word[:-1] if len(word) > 4 and word.endswith("e") else word  # "Prigojine" / "Prigozhin"


def phonetic_key(text: str) -> str:
    """``name_key`` with transliteration variants collapsed, so "Andriï Ioussov" meets "Andriy Yusov".

    French and English render one Cyrillic or Arabic name with different letters for the same sound
    (ou/u, ch/sh, j/zh, ï/y/i, doubled consonants); rewriting those spellings to one form lets
    the cross-document merge compare names without any table of people.
    """
    return " ".join(_sound_word(w) for w in name_key(text).split())


def slug(text: str) -> str:
    return name_key(text).replace(" ", "-")


def entity_key(kind: EntityKind, name: str, country: str | None = None) -> str:
    """The identity key shared by every page: ``country:ML``, ``person:assimi-goita``, ``org:...``."""
    if kind == "country" and country:
        return f"country:{country}"
    prefix = {"person": "person", "organisation": "org", "place": "place", "country": "country"}[kind]
    return f"{prefix}:{slug(name)}"


@cache
def forces_branches() -> dict[str, dict[str, Any]]:
    """The armed services of data/forces.yaml, by branch."""
    return load_yaml_data("forces.yaml")


@cache
def ministry_portfolios() -> dict[str, dict[str, Any]]:
    """The ministries of data/ministries.yaml, by portfolio."""
    return load_yaml_data("ministries.yaml")


@cache
def state_bodies() -> dict[str, dict[str, Any]]:
    """A state's bodies that act beside it: its armed services and its ministries."""
    return {**forces_branches(), **ministry_portfolios()}


FORCES_PREFIX = "org:forces-"
MINISTRY_PREFIX = "org:ministry-"


def state_body_key(branch: str, country: str) -> str:
    """The identity of one state's armed service or ministry, whatever the language
    ("org:forces-navy-ga", "org:ministry-interior-tn")."""
    prefix = MINISTRY_PREFIX if branch in ministry_portfolios() else FORCES_PREFIX
    return f"{prefix}{slug(branch.replace('_', '-'))}-{country.lower()}"


def service_name(branch: str, country: str) -> str:
    """A state body's canonical name, from its template ("Armed forces of Togo")."""
    return str(state_bodies()[branch]["name"]).format(
        country=get_lexicon().country_names.get(country, country)
    )


@cache
def service_nouns(lang: str) -> dict[str, str]:
    """The branch each noun of data/forces.yaml names in ``lang``, by its folded form."""
    return {fold(noun): branch for branch, spec in forces_branches().items() for noun in spec.get(lang, [])}


@cache
def _state_body_keys(country: str) -> frozenset[str]:
    return frozenset(state_body_key(branch, country) for branch in state_bodies())


def is_state_body_key(key: str, country: str | None) -> bool:
    """The key is one of the country's armed services or ministries (asked for every
    participant the merge compares): a body that acts beside its state."""
    return (
        country is not None
        and key.startswith((FORCES_PREFIX, MINISTRY_PREFIX))
        and key in _state_body_keys(country)
    )


@dataclass(frozen=True)
class Term:
    """One entry of the lookup table: a spelling and what it stands for."""

    kind: EntityKind
    name: str
    country: str | None
    label: str  # ALIAS, LOC (a country name), DEMONYM, LEADER
    seat: str | None = None  # office whose holder "le locataire de <term>" denotes
    acronym: bool = False

    @property
    def key(self) -> str:
        return entity_key(self.kind, self.name, self.country)


@dataclass(frozen=True)
class Leader:
    """One term of office from leaders.tsv."""

    name: str
    spellings: tuple[str, ...]
    country: str
    role: str
    start: dt.date | None
    end: dt.date | None
    styles: tuple[str, ...]

    def in_office(self, when: dt.date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _french_country_names(name: str, french: gettext.NullTranslations) -> list[str]:
    """ "Russie, Fédération de" -> ["Fédération de Russie", "Russie"] (ISO lists invert long names)."""
    local = french.gettext(name)
    if ", " not in local:
        return [local]
    head, tail = local.split(", ", 1)
    joiner = "" if tail.endswith("'") else " "
    return [f"{tail}{joiner}{head}", head]


def _inflect_fr(word: str) -> list[str]:
    """Feminine and plural forms of a French masculine demonym (burkinabè stays invariable)."""
    if word.endswith("è"):
        return [word]
    if word.endswith("e"):
        return [word, word + "s"]
    feminine = word + ("ne" if word.endswith("en") else "e")
    masculine_plural = word if word.endswith(("s", "x")) else word + "s"
    return [word, feminine, masculine_plural, feminine + "s"]


def _inflect_en(word: str) -> list[str]:
    """English demonyms take -s in the plural unless they end in -ese, -sh, -ch, -ss or -i."""
    return [word] if word.endswith(("ese", "s", "h", "i")) else [word, word + "s"]


class Lexicon:
    """Every spelling the data files know, indexed by ``name_key``, and the leaders by name and office."""

    def __init__(self) -> None:
        self.terms: dict[str, list[Term]] = defaultdict(list)
        self.country_names: dict[str, str] = {}
        self.leaders: list[Leader] = []
        self.leader_names: dict[str, list[Leader]] = defaultdict(list)
        self._load_aliases()
        self._load_countries()
        self._load_demonyms()
        self._load_leaders()
        self.longest_from = self._longest_from()
        self.full_name_choices = [k for k in self.leader_names if " " in k]
        self.surname_choices = [k for k in self.leader_names if " " not in k]
        titles = load_yaml_data("titles.yaml")
        self.titles = sorted({name_key(t) for t in titles["titles"]}, key=len, reverse=True)
        self.title_words = {w for t in self.titles for w in t.split()}
        self.roles = {name_key(w): role for role, words in titles["roles"].items() for w in words}
        self.minister_titles = [str(w) for w in titles.get("minister_titles") or []]
        self.seat_heads = {name_key(w) for w in titles["seat_heads"]}
        self.counterparts = {name_key(w) for w in titles["counterparts"]}
        self.organisation_heads = {name_key(w) for w in titles["organisation_heads"]}
        self.organisation_words = {name_key(w) for w in titles["organisation_words"]}
        self.place_words = {name_key(w) for w in titles.get("place_words") or []}
        self.particles = {name_key(w) for w in titles["name_particles"]}
        self.place_prepositions = {name_key(w) for w in titles.get("place_prepositions") or []}
        self.locative_prepositions = {name_key(w) for w in titles.get("locative_prepositions") or []}
        self.portfolio_heads = [str(w) for w in titles.get("portfolio_heads") or []]
        self.portfolio_prepositions = [str(w) for w in titles.get("portfolio_prepositions") or []]
        self.portfolio_words = {name_key(w) for w in titles.get("portfolio_words") or []}
        self.settlement_nouns = [str(w) for w in titles.get("settlement_nouns") or []]
        self.place_name_particles = [str(w) for w in titles.get("place_name_particles") or []]
        self.collective_nouns = [str(w) for w in titles.get("collective_nouns") or []]
        self.collective_nouns_after = [str(w) for w in titles.get("collective_nouns_after") or []]
        self.collective_particles = [str(w) for w in titles.get("collective_particles") or []]
        self.name_locatives = {fold(str(w)) for w in titles.get("name_locatives") or []}
        self.water_nouns = [str(w) for w in titles.get("water_nouns") or []]
        self.water_nouns_after = [str(w) for w in titles.get("water_nouns_after") or []]
        self.participle_infinitives = {
            fold(str(k)): fold(str(v)) for k, v in (titles.get("participle_infinitives") or {}).items()
        }
        self.strike_nouns = [str(w) for w in titles.get("strike_nouns") or []]
        self.strike_prepositions = [str(w) for w in titles.get("strike_prepositions") or []]
        self.strike_articles = [str(w) for w in titles.get("strike_articles") or []]
        self.person_nouns = {name_key(w) for w in titles.get("person_nouns") or []}
        self.shared_names = {name_key(k): tuple(v) for k, v in load_yaml_data("shared_names.yaml").items()}
        self.first_names = {name_key(w) for w in titles.get("first_names") or []}
        self.styles: dict[str, list[Leader]] = defaultdict(list)
        for leader in self.leaders:
            for style in leader.styles:
                self.styles[name_key(style)].append(leader)

    def _longest_from(self) -> dict[str, int]:
        """For each first word of a spelling, the most words a spelling starting with it has.

        Finding spellings in a text then tries only the lengths that can match from each word.
        """
        longest: dict[str, int] = {}
        for key in self.terms:
            first, n = key.split(" ", 1)[0], key.count(" ") + 1
            longest[first] = max(longest.get(first, 0), n)
        return longest

    def _add(self, spelling: str, term: Term) -> None:
        """Index a spelling by its key, and by all its words when it opens with a determiner's letters
        ("UN Security Council", where "un" would otherwise be dropped as an article)."""
        words = " ".join(WORD_RE.findall(fold(spelling)))
        for key in {name_key(spelling), words}:
            if key and term not in self.terms[key]:
                self.terms[key].append(term)

    def _load_aliases(self) -> None:
        for row in load_tsv_data("aliases.tsv"):
            kind: EntityKind = row["kind"] if row["kind"] in KINDS else "place"  # type: ignore[assignment]
            country = row.get("country") or None
            if kind == "country" and country:
                self.country_names.setdefault(country, row["name"])
            label = (
                "LOC" if kind == "country" and name_key(row["alias"]) == name_key(row["name"]) else "ALIAS"
            )
            alias = row["alias"]
            term = Term(
                kind,
                row["name"],
                country,
                label,
                row.get("seat") or None,
                acronym=alias.isupper() and len(alias) <= 8,
            )
            self._add(alias, term)

    def _load_countries(self) -> None:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
        spellings: dict[str, set[str]] = defaultdict(set)
        for country in pycountry.countries:
            code = country.alpha_2
            self.country_names.setdefault(code, getattr(country, "common_name", None) or country.name)
            names = [country.name, getattr(country, "common_name", ""), getattr(country, "official_name", "")]
            names += _french_country_names(country.name, french)
            for name in filter(None, names):
                spellings[name_key(name)].add(code)
        for key, codes in spellings.items():
            if len(codes) == 1 and not self.terms.get(key):
                code = codes.pop()
                self.terms[key].append(Term("country", self.country_names[code], code, "LOC"))

    def _load_demonyms(self) -> None:
        data = load_yaml_data("demonyms.yaml")
        for lang, inflect in (("fr", _inflect_fr), ("en", _inflect_en)):
            for code, words in (data.get(lang) or {}).items():
                name = self.country_names.get(code, code)
                for word in words:
                    for form in inflect(word):
                        self._add(form, Term("country", name, code, "DEMONYM"))
        self.combining = {
            fold(form): Term("country", self.country_names.get(code, code), code, "DEMONYM")
            for code, forms in (data.get("combining") or {}).items()
            for form in forms
        }

    def _load_leaders(self) -> None:
        given = {name_key(w) for w in load_yaml_data("given_names.yaml").get("given_names") or []}
        for row in load_tsv_data("leaders.tsv"):
            spellings = tuple(s.strip() for s in row["spellings"].split(";") if s.strip()) or (row["name"],)
            leader = Leader(
                row["name"],
                spellings,
                row["country"],
                row["role"],
                _date(row["from"]),
                _date(row["to"]),
                tuple(s for s in row.get("styles", "").split(";") if s),
            )
            self.leaders.append(leader)
            for spelling in {row["name"], *spellings}:
                last = name_key(spelling).split()[-1]
                surname = last not in given or " " not in name_key(spelling)
                for key in (name_key(spelling), last) if surname else (name_key(spelling),):
                    if leader not in self.leader_names[key]:
                        self.leader_names[key].append(leader)
                term = Term("person", row["name"], row["country"], "LEADER")
                self._add(spelling, term)
                if surname and len(last) >= 4:
                    self._add(spelling.split()[-1], term)

    def leader_named(self, name: str, when: dt.date | None = None) -> Leader | None:
        """The leader a spelling denotes, allowing typos; None when unknown or ambiguous."""
        key = name_key(name)
        candidates = self.leader_names.get(key)
        if not candidates:
            choices, cutoff = (
                (self.full_name_choices, PERSON_MATCH)
                if " " in key
                else (self.surname_choices, SURNAME_MATCH)
            )
            if " " not in key and len(key) < 5:
                return None
            best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
            if best is None or (" " in key and fuzz.ratio(key.split()[-1], best[0].split()[-1]) < 75):
                return None
            candidates = self.leader_names[best[0]]
        people = {leader.name for leader in candidates}
        if len(people) > 1:
            people = {leader.name for leader in candidates if leader.in_office(when)}
        return next(lr for lr in candidates if lr.name in people) if len(people) == 1 else None

    def holders(self, role: str, country: str | None, when: dt.date | None) -> list[Leader]:
        """Leaders who held ``role`` in ``country`` at ``when`` (any time when the date is unknown)."""
        return [
            lr
            for lr in self.leaders
            if lr.role == role and (country is None or lr.country == country) and lr.in_office(when)
        ]

    def styled(self, style: str, when: dt.date | None) -> list[Leader]:
        return [lr for lr in self.styles.get(name_key(style), []) if lr.in_office(when)]


def infinitive_of(word: str, verbs: Container[str], lexicon: Lexicon) -> str | None:
    """The verb of ``verbs`` that ``word`` is the past participle of ("téléphoné" of
    "téléphoner"), by the endings of titles.yaml's `participle_infinitives`: the ending is
    compared accent-folded, the stem kept as written; the longest ending first."""
    folded = fold(word)
    for ending, infinitive in sorted(lexicon.participle_infinitives.items(), key=lambda e: -len(e[0])):
        if folded.endswith(ending) and (verb := word[: -len(ending)] + infinitive) in verbs:
            return verb
    return None


@cache
def get_lexicon() -> Lexicon:
    """The process-wide lexicon (built on first use, read-only afterwards)."""
    return Lexicon()


def is_accented_better(candidate: str, current: str) -> bool:
    """Whether ``candidate`` is the better spelling to show: accents kept, not shouting in capitals."""

    def score(text: str) -> tuple[int, int]:
        return (0 if text.isupper() else 1, sum(1 for c in text if ord(c) > 127))

    return score(candidate) > score(current)
