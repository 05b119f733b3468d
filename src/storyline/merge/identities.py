"""Identities across documents: one Entity per real person, organisation, country or place.

Mention keys already agree across pages for exact and accent/case variants (``person:assimi-goita``).
What remains are spellings that differ (typos, transliterations, a lone surname): candidates are
blocked by kind and the first letters of the folded surname (and of its ``phonetic_key``, so French and
English transliterations meet), then compared with rapidfuzz, so the cost stays near-linear and new
mentions merge into the entities already stored (``known``). A name the model read as a person in some
pages and as an organisation in others is one identity, of the kind most of its mentions give it; a name
some page places in a country and others read as a person of no country is that place ("l'attaque de
Hadjer Hadid" beside "the Hadjer Hadid army post, near the Sudanese border").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from storyline.annotate.identity import PERSON_MATCH, entity_key, is_accented_better, name_key, phonetic_key
from storyline.models import Entity, EntityKind, Mention

ORGANISATION_MATCH = 85  # rapidfuzz ratio of two organisation names (spaces ignored) that are one


@dataclass
class _Group:
    """An entity being built: its id, names seen and counts."""

    id: str
    name: str
    kind: EntityKind
    country: str | None
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    countries: Counter[str] = field(default_factory=Counter)

    def entity(self) -> Entity:
        country = self.country or (self.countries.most_common(1)[0][0] if self.countries else None)
        return Entity(self.id, self.name, self.kind, country, self.aliases, self.mentions)


def _blocks(kind: str, name: str) -> set[str]:
    """Keys two spellings must share one of to be compared: the surname's first two letters, or the
    first name's first three with the surname's initial (so "Poutine" and "Putin" still meet)."""
    keys: set[str] = set()
    for words in (name_key(name).split(), phonetic_key(name).split()):
        if not words:
            return {kind}
        keys.add(f"{kind}:{words[-1][:2]}")
        if len(words) > 1:
            keys.add(f"{kind}:{words[0][:3]}/{words[-1][:1]}")
    return keys


def _same(kind: str, a: str, b: str) -> bool:
    """Whether two names of one kind denote the same entity: full names close, surnames closer."""
    ka, kb = name_key(a), name_key(b)
    if kind == "country":
        return False
    if kind != "person":
        return fuzz.ratio(ka.replace(" ", ""), kb.replace(" ", "")) >= ORGANISATION_MATCH
    return any(_same_person(x, y) for x, y in ((ka, kb), (phonetic_key(a), phonetic_key(b))))


def _same_person(ka: str, kb: str) -> bool:
    """Two full names (keys) of one person: close overall and in the surname."""
    wa, wb = ka.split(), kb.split()
    return (
        len(wa) > 1
        and len(wb) > 1
        and fuzz.ratio(ka, kb) >= PERSON_MATCH
        and fuzz.ratio(wa[-1], wb[-1]) >= 75
    )


def _ends_with(full: list[str], short: list[str]) -> bool:
    return len(full) > len(short) and full[-len(short) :] == short


class _Index:
    """Groups by id and by block, for incremental merging."""

    def __init__(self) -> None:
        self.by_id: dict[str, _Group] = {}
        self.blocks: dict[str, list[_Group]] = defaultdict(list)
        self.acronyms: dict[tuple[str, str], _Group] = {}

    def add(self, group: _Group) -> None:
        self.by_id[group.id] = group
        for spelling in {group.name, *group.aliases}:
            for block in _blocks(group.kind, spelling):
                if group not in self.blocks[block]:
                    self.blocks[block].append(group)
        if group.kind == "organisation" and (country := group.entity().country):
            for alias in group.aliases:
                if _is_acronym(alias) and alias != group.name:
                    self.acronyms.setdefault((alias, country), group)

    def find_defined(self, mentions: list[Mention]) -> _Group | None:
        """The organisation of the same country another page spells out before the same
        acronym ("Union des chauffeurs routiers du Niger (UCRN)", "the Union of Nigerien
        Truck Drivers (UCRN)"): one body named in two languages. Only with a country, since
        one acronym stands for several bodies across countries (a "CNT" in Mali and in Guinea)."""
        defined = (
            self.acronyms.get((m.text, m.country))
            for m in mentions
            if m.kind == "organisation" and m.country and _is_acronym(m.text) and m.text != m.name
        )
        return next((group for group in defined if group), None)

    def find(self, key: str, kind: str, name: str) -> _Group | None:
        if key in self.by_id:
            return self.by_id[key]
        found = [g for block in _blocks(kind, name) for g in self.blocks.get(block, [])]
        candidates = list({g.id: g for g in found}.values())
        close = [
            g
            for g in candidates
            if g.kind == kind and any(_same(kind, spelling, name) for spelling in (g.name, *g.aliases))
        ]
        if close:
            return close[0]
        if kind == "person":
            # a lone surname, or the last names of a longer one ("Diomaye Faye" of "Bassirou
            # Diomaye Faye"), is the one person of the corpus whose full name ends that way
            words = name_key(name).split()
            full = [g for g in candidates if g.kind == kind and _ends_with(name_key(g.name).split(), words)]
            return full[0] if len(full) == 1 else None
        return None


def _is_acronym(spelling: str) -> bool:
    return 3 <= len(spelling) <= 10 and spelling.isalpha() and spelling.isupper()


def _majority_kinds(by_key: dict[str, list[Mention]]) -> dict[str, tuple[str, EntityKind]]:
    """Key of each person or organisation read the other way in some page -> the key of the kind most
    of the name's mentions have (ties go to person: an unknown capitalised pair is most often a name)."""
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    for found in by_key.values():
        for m in found:
            if m.kind in ("person", "organisation"):
                kinds[name_key(m.name)][m.kind] += 1
    moved: dict[str, tuple[str, EntityKind]] = {}
    for key, found in by_key.items():
        first = found[0]
        votes = kinds.get(name_key(first.name))
        if not votes or len(votes) < 2:
            continue
        kind: EntityKind = "person" if votes["person"] >= votes["organisation"] else "organisation"
        if first.kind != kind:
            moved[key] = (entity_key(kind, first.name), kind)
    return moved


def _placed_people(by_key: dict[str, list[Mention]]) -> dict[str, tuple[str, EntityKind]]:
    """Key of each person of no country in every mention whose name some page places in a
    country -> the place's key: a town the model took for a name where its page did not
    place it."""
    placed = {name_key(m.name) for found in by_key.values() for m in found if m.kind == "place" and m.country}
    return {
        key: (entity_key("place", found[0].name), "place")
        for key, found in by_key.items()
        if found[0].kind == "person"
        and name_key(found[0].name) in placed
        and not any(m.country for m in found)
    }


def merge_identities(
    mentions: Iterable[Mention], known: Iterable[Entity] = ()
) -> tuple[list[Entity], dict[str, str]]:
    """Corpus entities and the map from each mention key to the id of the entity it merged into."""
    index = _Index()
    for entity in known:
        index.add(
            _Group(entity.id, entity.name, entity.kind, entity.country, list(entity.aliases), entity.mentions)
        )
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_key[mention.entity].append(mention)
    mapping: dict[str, str] = {}
    moved = _majority_kinds(by_key) | _placed_people(by_key)
    for key in sorted(by_key, key=lambda k: (k in moved, -max(len(m.name.split()) for m in by_key[k]))):
        group_mentions = by_key[key]
        first = group_mentions[0]
        target, kind = moved.get(key, (key, first.kind))
        group = index.find(target, kind, first.name) or index.find_defined(group_mentions)
        if group is None:
            group = _Group(target, first.name, kind, first.country)
            index.add(group)
        for mention in group_mentions:
            same_name = name_key(mention.name) == name_key(group.name)
            if same_name and is_accented_better(mention.name, group.name):
                group.name = mention.name
            if mention.text not in group.aliases:
                group.aliases.append(mention.text)
                index.add(group)  # other pages' mentions find it by this spelling too ("ARK")
            if mention.country:
                group.countries[mention.country] += 1
        group.mentions += len(group_mentions)
        mapping[key] = group.id
    return [g.entity() for g in index.by_id.values()], mapping
