"""The country of a place: as its page says it ("Nambouga, un hameau à l'intérieur du territoire
togolais", "the Beninese village of Dassari", "Béloko, côté centrafricain"), else as the
gazetteer knows a town or region of that name in one of the countries the page names.

Most towns and villages a page names are in no alias table, and they are the sites attacks
strike and protests fill. A place with a country is a party of that country (the evaluation and
the merge read its ``country``), so the reports of one attack find each other through the state
it struck.

The page says it in three spots around one mention, each ending at a comma, a clause opener or a
finite verb:
- the apposition after it ("Fotokol, a trading town on the Cameroonian side of the border");
- a locative phrase right after it ("Dassari dans le nord du Bénin", "Béloko côté centrafricain");
- a settlement noun before it that a nationality qualifies ("la localité togolaise de Kpendjal").

A country that only bounds the place is no country of it: a nationality of a border ("faces the
Algerian border"), a country after a border noun ("près de la frontière avec le Niger") or after
a word of distance ("à quelques kilomètres du Niger"); so is a country after another place, which
it places instead. Two different countries say nothing. What one mention of a place learns, every
mention of it on the page takes. Where the page says nothing, the gazetteer (``annotate.gazetteer``)
answers only with a country the page names: "Saint-Louis" is Senegal's on a page about Senegal,
and no one's on a page that names none of its countries. A place the phrase after it puts in
another place ("Wour, dans la province du Tibesti") takes that place's country once it has one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from storyline.annotate.event_rules import Lexicon, forms, load_lexicon, norm
from storyline.annotate.gazetteer import place_countries
from storyline.annotate.identity import get_lexicon
from storyline.config import load_settings
from storyline.models import Field, Mention
from storyline.text import fold

APPOSITION_WORDS = 14  # tokens an apposition after a place may run to
QUALIFIER_WORDS = 4  # tokens between a settlement noun's nationality and "de" / "of"
BOUNDING_WORDS = 3  # tokens before a country in which a border or distance word bounds the place
PHRASE_ENDS = frozenset({",", ";", ":", ".", ")", "(", "«", "»", '"', "—", "–", "!", "?"})


def located_places(mentions: list[Mention], docs: dict[Field, Doc | None], lang: str) -> list[Mention]:
    """The mentions, places of no country given the country their page places them in, or
    else the one country the page names that has a town or region of that name."""
    lexicon = load_lexicon(lang)
    said = _stated_countries(mentions, docs, lexicon)
    found = {entity: next(iter(cs)) for entity, cs in said.items() if len(cs) == 1}
    named = {m.country for m in mentions if m.kind == "country" and m.country}
    towns = place_countries(load_settings().gazetteer_population)
    for m in _unplaced(mentions):
        known = towns.get(fold(m.name), frozenset()) & named
        if m.entity not in said and len(known) == 1:
            found[m.entity] = next(iter(known))
    known_of = {m.entity: m.country for m in mentions if m.kind == "place" and m.country} | found
    for entity, containers in _containers(mentions, docs, lexicon).items():
        countries = {known_of[c] for c in containers if c in known_of}
        if entity not in found and entity not in said and len(countries) == 1:
            found[entity] = next(iter(countries))
    return [
        dataclasses.replace(m, country=found[m.entity])
        if m.kind == "place" and m.entity in found and not m.country
        else m
        for m in mentions
    ]


def _unplaced(mentions: list[Mention]) -> Iterator[Mention]:
    return (m for m in mentions if m.kind == "place" and not m.country)


def _stated_countries(
    mentions: list[Mention], docs: dict[Field, Doc | None], lexicon: Lexicon
) -> dict[str, set[str]]:
    """Place identity -> the countries the phrases around its mentions place it in."""
    said: dict[str, set[str]] = {}
    for m in _unplaced(mentions):
        doc = docs.get(m.field)
        country = _stated_country(m, doc, mentions, lexicon) if doc is not None else None
        if country:
            said.setdefault(m.entity, set()).add(country)
    return said


def _stated_country(place: Mention, doc: Doc, mentions: list[Mention], lexicon: Lexicon) -> str | None:
    """The one country the place's apposition, locative phrase or qualifier gives it."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    others = [m for m in mentions if m.field == place.field and m is not place]
    said = {m.country for m in _country_mentions(span, others, lexicon) if m.country}
    return next(iter(said)) if len(said) == 1 else None


def _containers(
    mentions: list[Mention], docs: dict[Field, Doc | None], lexicon: Lexicon
) -> dict[str, set[str]]:
    """Place identity -> the places its apposition or locative phrase puts it in ("Wour, dans
    la province du Tibesti"): it is in their country, once they have one."""
    found: dict[str, set[str]] = {}
    by_field: dict[Field, list[Mention]] = {}
    for m in mentions:
        by_field.setdefault(m.field, []).append(m)
    for m in _unplaced(mentions):
        doc = docs.get(m.field)
        span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
        container = containing_place(span, by_field[m.field], lexicon) if span is not None else None
        if container is not None and container.entity != m.entity:
            found.setdefault(m.entity, set()).add(container.entity)
    return found


def containing_place(span: Span, mentions: list[Mention], lexicon: Lexicon) -> Mention | None:
    """The place the phrase after a place puts it in: the phrase's first name, a place no
    border, distance or facing word bounds ("Wour, dans la province du Tibesti"; not
    "Kpéléyé, à dix kilomètres de Sipilou", nor "Kessoudou, face à Bertoua"). The mentions
    are those of the span's field."""
    phrase = _following_phrase(span, lexicon)
    if phrase is None:
        return None
    first = min(_within(phrase, mentions), key=lambda m: m.start, default=None)
    if first is None or first.kind != "place" or _bounds(first, phrase, lexicon):
        return None
    return first


def _country_mentions(span: Span, others: list[Mention], lexicon: Lexicon) -> Iterator[Mention]:
    """The countries named after the place and in the words qualifying it before."""
    after = _following_phrase(span, lexicon)
    if after is not None:
        yield from _placing(after, others, lexicon)
    qualifier = _qualifying_words(span, lexicon)
    if qualifier is not None:
        yield from (m for m in _within(qualifier, others) if m.kind == "country")


def _following_phrase(span: Span, lexicon: Lexicon) -> Span | None:
    """The apposition after a comma or a bracket, or the locative phrase opened by a cue of
    being inside ("dans", "au", "côté", "in", "inside"), to the end of the phrase."""
    doc, start = span.doc, span.end
    if start < len(doc) and doc[start].text in {",", "("}:
        start += 1
    elif not (start < len(doc) and forms(doc[start])[0] in lexicon.cue("place_within_cues")):
        return None
    end = start
    while end < min(len(doc), start + APPOSITION_WORDS) and not _ends_phrase(doc[end], lexicon):
        end += 1
    return doc[start:end] if end > start else None


def _ends_phrase(token: Token, lexicon: Lexicon) -> bool:
    """Punctuation, a line break, a clause opener ("qui", "où", "that", "where") or a finite
    verb: past it the words say what happened there, not where the place is."""
    word = forms(token)[0]
    return (
        token.text in PHRASE_ENDS
        or token.is_space
        or word in lexicon.cue("apposition_ends")
        or (token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm", []))
    )


def _placing(phrase: Span, others: list[Mention], lexicon: Lexicon) -> Iterator[Mention]:
    """The countries a phrase places its place in: up to another place, which they would
    place instead, and none that only bounds it."""
    for m in sorted(_within(phrase, others), key=lambda m: m.start):
        if m.kind == "place":
            return
        if m.kind == "country" and not _bounds(m, phrase, lexicon):
            yield m


def _bounds(country: Mention, phrase: Span, lexicon: Lexicon) -> bool:
    """A border's nationality ("the Algerian border", "la frontière nigériane") or a name
    after a border, distance or facing word ("près du Niger", "the border with Mali", "face à
    Bertoua")."""
    doc = phrase.doc
    at = doc.char_span(country.start, country.end, alignment_mode="expand")
    if at is None:
        return True
    borders = lexicon.cue("border_nouns")
    distance = lexicon.cue("proximity_cues") | lexicon.cue("facing_cues")
    before = [forms(t)[1] for t in doc[max(phrase.start, at.start - BOUNDING_WORDS) : at.start]]
    next_word = forms(doc[at.end])[1] if at.end < phrase.end else ""
    return bool(set(before) & (borders | distance)) or (country.label == "DEMONYM" and next_word in borders)


def _qualifying_words(span: Span, lexicon: Lexicon) -> Span | None:
    """The words before "de" / "of" and the place, when a settlement noun is among them ("la
    localité togolaise de", "the Beninese border village of")."""
    doc = span.doc
    if span.start < 1 or forms(doc[span.start - 1])[0] not in lexicon.cue("genitive_cues"):
        return None
    start = span.start - 1
    while start > max(0, span.start - 1 - QUALIFIER_WORDS) and not _ends_phrase(doc[start - 1], lexicon):
        start -= 1
    words = doc[start : span.start - 1]
    settlements = {norm(n) for n in get_lexicon().settlement_nouns}
    return words if any(forms(t)[0] in settlements for t in words) else None


def _within(span: Span, mentions: list[Mention]) -> list[Mention]:
    doc = span.doc
    lo = doc[span.start].idx
    hi = doc[span.end - 1].idx + len(doc[span.end - 1].text)
    return [m for m in mentions if lo <= m.start and m.end <= hi]
