"""Mentions of people, organisations, countries and places, each tied to a document-independent identity.

Candidates come from three sources, in order of trust: descriptions of an office ("le locataire de
Koulouba", "son homologue russe", "the Russian president": label ROLE), the lexicons (aliases, country
names, demonyms, leaders: one pass of word n-grams over the folded text), and the model's NER spans,
cleaned of titles and filtered of noise (headings, common words, fragments). People are then grouped
within the page (typos, short forms, capitals) and matched to the leaders table; an office
description resolves to the person of the page who holds it, else to the holder at the page's date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from rapidfuzz import fuzz, process
from spacy.tokens import Doc

from storyline.annotate.gazetteer import place_countries
from storyline.annotate.identity import (
    PERSON_MATCH,
    SURNAME_MATCH,
    WORD_RE,
    Leader,
    Lexicon,
    Term,
    entity_key,
    fold,
    get_lexicon,
    infinitive_of,
    is_accented_better,
    ministry_portfolios,
    name_key,
    service_name,
    state_bodies,
    state_body_key,
)
from storyline.annotate.nlp import has_parse, load_nlp, plain_words, text_of, weekday_names
from storyline.annotate.places import located_places
from storyline.config import load_settings, load_yaml_data
from storyline.models import EntityKind, Field, Mention

ORG_MATCH = 85
FORCES_REACH = 60  # characters a service's noun may stand from the country naming it ("Forces de défense et de sécurité du")
SEPARATOR_RE = re.compile(r"[ '-]{1,2}")  # what may stand between the words of one name
DETS = r"(?:(?:le|la|les|son|sa|ses|leur|leurs|the|his|her|their|its)\s+|l')"
OF = r"(?:de\s+la|de\s+l'|du|des|de|d'|of\s+the|of)\s*"
NER_KINDS: dict[str, EntityKind] = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organisation",
    "LOC": "place",
    "GPE": "place",
    "MISC": "place",
}

PLACE_HEAD_REACH = 40  # characters before a known name searched for the head of a longer place name
POSSESSIVE_REACH = 5  # characters an office may stand after "'s" ("Egypt's  president")
OWNER_REACH = 40  # characters of a country's name before its possessive
ROMAN_NUMERAL = re.compile(r"[IVX]+")  # a regnal number ("Mohammed VI") stays in capitals
# A portfolio between an office and the name in apposition to it ("son homologue sénégalais
# de l'Énergie, du Pétrole et des Mines, Birame Souleye Diop"), on folded text: its opening
# preposition, then words and commas up to the comma before the name.
PORTFOLIO_OPENING = re.compile(r"\s+(?:de la |de l'|du |des |d')")
PORTFOLIO_REACH = 80  # characters a portfolio may take
PORTFOLIO_BREAKS = set('.;:()«»"')


@dataclass
class Candidate:
    """A span that may name an entity, before identities are settled."""

    field: Field
    start: int
    end: int
    text: str
    label: str
    kind: EntityKind
    terms: list[Term] = dataclasses.field(default_factory=list)
    country: str | None = None
    office: str | None = None  # ROLE: the office described
    style: str | None = None  # ROLE without a country: the title as written (folded)
    cued: bool = False  # a place its context names as one ("le poste militaire de X"), not the model
    # ROLE: the words naming its country ("ghanaian" of "the Ghanaian foreign minister"), the
    # party left when no holder of the office is known
    country_words: Candidate | None = None


def _alternation(words: set[str] | list[str], joiner: str = r"[\s'-]+") -> str:
    return "|".join(re.escape(w).replace(r"\ ", joiner) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Patterns:
    """Regular expressions over folded text, compiled once from the lexicons."""

    role: re.Pattern[str]
    possessive: re.Pattern[str]  # "'s " just before an office ("Egypt's president")
    owner: re.Pattern[str]  # a country's name ending where the possessive starts
    coordinated: re.Pattern[str]
    leading_titles: re.Pattern[str]
    inner_title: re.Pattern[str]
    after_titles: re.Pattern[str]
    organisation_head: re.Pattern[str]
    apposition: re.Pattern[str]
    person_before: re.Pattern[str]
    nationality_before: re.Pattern[str]
    combining: re.Pattern[str]


@cache
def patterns() -> Patterns:
    lexicon = get_lexicon()
    demonyms = {k for k, ts in lexicon.terms.items() if any(t.label == "DEMONYM" for t in ts)}
    places = {k for k, ts in lexicon.terms.items() if any(t.kind == "country" for t in ts)}
    roles = _alternation(set(lexicon.roles))
    heads = _alternation(lexicon.seat_heads | set(lexicon.roles))
    dem, place = _alternation(demonyms), _alternation(places)
    # a name two states share ("Congo's president") is left to the page (see _shared_countries_settled)
    owner = _alternation(places - set(lexicon.shared_names))
    titles = _alternation(lexicon.titles, r"[\s.'-]+")  # "S.E.M." is the words "s e m" with stops
    nouns = _alternation(lexicon.person_nouns)
    role = re.compile(
        rf"\b{DETS}?(?P<body>(?P<head>{roles}|{_alternation(lexicon.counterparts)})\s+(?P<dem>{dem})\b"
        rf"|(?P<seathead>{heads})\s+{OF}(?:palais\s+{OF})?(?P<place>{place})\b"
        rf"|(?P<endem>{dem})\s+(?P<enhead>{roles})\b"
        rf"|(?P<style>{roles}))(?!\w)"
    )
    return Patterns(
        role=role,
        possessive=re.compile(r"['’]s\s+$"),
        owner=re.compile(rf"(?<!\w)(?:{owner})$"),
        coordinated=re.compile(rf"\s+(?:et|and)\s+{OF}(?P<body>(?:palais\s+{OF})?(?P<place>{place}))\b"),
        leading_titles=re.compile(rf"(?:(?:{DETS}|(?:{titles}|{dem})(?!\w)[\s,.]*))+"),
        inner_title=re.compile(rf"(?<=\s)(?:{titles})(?!\w)"),
        after_titles=re.compile(rf"[\s,]*(?:(?:{DETS}|(?:{titles})(?!\w)[\s,.]*))*"),
        organisation_head=re.compile(
            rf"\b(?:{_alternation(lexicon.organisation_heads)})(?:\s+(?P<dem>{dem}))?\s+$"
        ),
        apposition=re.compile(
            rf"\s*,\s*(?:(?:un|une|le|la|l'|an|a|the)\s*)?(?:(?:ancien|ancienne|ex|former|senior)[\s-]+)?"
            rf"(?:{nouns})(?!\w)"
        ),
        # "la politologue X", "le secrétaire de cabinet kényan X", "le vice-ministre russe de la
        # Défense, X": an occupation right before the name (its nationality between), or its
        # phrase closed by the comma of an apposition
        person_before=re.compile(
            rf"(?<!\w)(?:{nouns}|{titles})(?:[\s-]+(?:{dem}))?(?:[\s,]*|(?:[\s-]+[\w']+){{1,6}}\s*,\s*)$"
        ),
        # "le ministre burkinabè de l'Énergie, des Mines et des Carrières, X", "Russian Deputy
        # Defence Minister X": a nationality in the title before a name is the person's
        nationality_before=re.compile(
            rf"(?<!\w)(?:(?:{nouns}|{titles})[\s-]+(?P<dem>{dem})(?:(?:[\s,]+(?:(?:et|and)\s+)?{OF}[\w-]+){{1,4}}\s*,)?"
            rf"|(?P<endem>{dem})(?:\s+[\w-]+){{0,3}}\s+(?:{titles}))\s*,?\s*$"
        ),
        # "malo-mauritanienne", "Sino-Russian": a country's combining form before a hyphen
        combining=re.compile(rf"(?<![\w-])(?P<form>{_alternation(set(lexicon.combining))})(?=[-‐‑–][^\W\d])"),
    )


def _term_hits(text: str, folded: str, lexicon: Lexicon, fld: Field) -> list[Candidate]:
    """Longest lexicon spellings in the text, one pass over its words."""
    words = list(WORD_RE.finditer(folded))
    values = [w.group() for w in words]
    joined = [SEPARATOR_RE.fullmatch(folded, a.end(), b.start()) is not None for a, b in pairwise(words)]
    reach = [1] * len(words)  # how many words from here are written as one run ("Fédération de Russie")
    for k in range(len(words) - 2, -1, -1):
        reach[k] = reach[k + 1] + 1 if joined[k] else 1
    found: list[Candidate] = []
    i = 0
    while i < len(words):
        for n in range(min(lexicon.longest_from.get(values[i], 0), reach[i]), 0, -1):
            terms = lexicon.terms.get(" ".join(values[i : i + n]))
            if not terms:
                continue
            start, end = words[i].start(), words[i + n - 1].end()
            if (
                _case_fits(text[start:end], terms)
                and not _in_capitals_line(text, words, i, n, terms)
                and not _ends_place_name(text, start)
            ):
                kind = terms[0].kind
                label = terms[0].label if kind != "person" else "PER"
                found.append(Candidate(fld, start, end, text[start:end], label, kind, terms))
                i += n - 1
                break
        i += 1
    return found


@cache
def _place_name_head() -> re.Pattern[str]:
    """A capitalised word and a particle of a Portuguese, Spanish or Italian place name, just
    before a position ("Mocímboa da ")."""
    particles = "|".join(re.escape(p) for p in get_lexicon().place_name_particles)
    return re.compile(rf"(?<![\w'’-])[A-ZÀ-Ý][\w'’-]*[ \t]+(?:{particles})[ \t]+$")


def _ends_place_name(text: str, start: int) -> bool:
    """A known name at ``start`` ends a longer place name ("Mocímboa da Praia"), not Praia."""
    return _place_name_head().search(text, max(0, start - PLACE_HEAD_REACH), start) is not None


def _combined_countries(text: str, folded: str, lexicon: Lexicon, fld: Field) -> list[Candidate]:
    """The countries named first in compound adjectives ("la commission mixte malo-mauritanienne":
    Mali; the second country is the demonym after the hyphen, found as a term)."""
    return [
        Candidate(fld, m.start(), m.end(), text[m.start() : m.end()], "DEMONYM", "country",
                  [lexicon.combining[m.group("form")]])
        for m in patterns().combining.finditer(folded)
    ]  # fmt: skip


def _in_capitals_line(text: str, words: list[re.Match[str]], i: int, n: int, terms: list[Term]) -> bool:
    """An acronym beside other words in capitals is part of a shouted heading ("LAISSER UN AVIS")."""
    near = [w for w in (words[i - 1] if i else None, words[i + n] if i + n < len(words) else None) if w]
    return any(t.acronym for t in terms) and any(
        text[w.start() : w.end()].isupper()
        and w.end() - w.start() > 1
        and "\n" not in text[min(w.end(), words[i].start()) : max(w.start(), words[i + n - 1].end())]
        for w in near
    )


def _case_fits(surface: str, terms: list[Term]) -> bool:
    """Acronyms must be in capitals and names capitalised; demonyms may be lowercase."""
    if any(t.acronym for t in terms):
        return surface.isupper()
    return any(t.label == "DEMONYM" for t in terms) or any(w[:1].isupper() for w in surface.split())


@cache
def _common_words(lang: str) -> frozenset[str]:
    """Dictionary words of the language's lemmatizer, to tell a capitalised common noun from a
    name; with no lemmatizer, its stop words and the calendar's words ("On Friday" opening a
    sentence is no name)."""
    nlp = load_nlp(lang)
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset(fold(w) for w in plain_words(lang))
    tables = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    index = tables.get_table("lemma_index") if tables.has_table("lemma_index") else {}
    return frozenset(fold(w) for table in index.values() for w in table)


def _word_end(text: str, end: int, kind: EntityKind) -> int:
    """Where the word at ``end`` ends when the model stopped inside it: the French tokenizer
    cuts "Sing'oei" of "Korir Sing'oei" as if "Sing'" were elided, and a person's hyphenated
    surname at its hyphen ("Rodrigue Okombi" of "Rodrigue Okombi-Nzila"); a place's hyphen
    may join two names ("Mali-Russie")."""
    if text[end - 1 : end] in ("'", "’") and (m := re.match(r"[^\W\d_]+", text[end:])):
        return end + m.end()
    if kind == "person" and (m := re.match(r"-[^\W\d_]+", text[end:])) and m.group()[1].isupper():
        return _word_end(text, end + m.end(), kind)
    return end


def _ner_candidates(doc: Doc, fld: Field, text: str, folded: str) -> list[Candidate]:
    """The model's entities, split at line breaks and stripped of leading titles and determiners."""
    found = []
    for label, offset, ent_text in _joined_entities(doc, text, folded):
        kind = NER_KINDS.get(label)
        if kind is None:
            continue
        for piece in re.finditer(r"[^\n]+", ent_text):
            start, end = offset + piece.start(), offset + piece.end()
            stripped = patterns().leading_titles.match(folded, start, end)
            if stripped:
                start = _first_name_kept(text, start, stripped.end(), end)
            start = _after_opening_preposition(folded, start, end)
            end = _word_end(text, end, kind)
            while end > start and not text[end - 1].isalnum():
                end -= 1
            if (named := _name_after_inner_title(text, folded, start, end)) is not None:
                start, label, kind = named, "PER", "person"
            if end - start > 1:
                found.append(Candidate(fld, start, end, text[start:end], label, kind))
    return found


def _name_after_inner_title(text: str, folded: str, start: int, end: int) -> int | None:
    """Where a person's name starts after a title inside a span the model drew over an office
    and its holder ("Sovereignty Council Chairman General Abdel Fattah al-Burhan" is the general,
    not a council): the two to four capitalised words ending the span, particles allowed."""
    lexicon = get_lexicon()
    for title in patterns().inner_title.finditer(folded, start + 1, end):
        if name_key(title.group()) in lexicon.first_names:
            continue  # "Capt Pape Momar Guèye": "Pape" is his name, not the pope's title
        lead = patterns().leading_titles.match(folded, title.start(), end)
        name_start = lead.end() if lead else title.end()
        words = text[name_start:end].split()
        if 2 <= len(words) <= 4 and all(
            w[:1].isupper() or name_key(w.partition("-")[0]) in lexicon.particles for w in words
        ):
            return name_start
    return None


def _first_name_kept(text: str, start: int, stripped: int, end: int) -> int:
    """Where a name starts once its leading titles are stripped, the last of them kept when
    it is also a given name and one word is left ("Cheikh Niang", not "Niang"; but
    "Cheikh Tamim ben Hamad" is "Tamim ben Hamad"), or when it follows a rank ("Capt Pape
    Momar Guèye": "Pape" is his name, not the pope's title)."""
    words = text[start:stripped].split()
    given = bool(words) and name_key(words[-1]) in get_lexicon().first_names
    ranked = len(words) > 1 and name_key(words[-2]) in get_lexicon().title_words
    if given and (len(text[stripped:end].split()) == 1 or ranked):
        return text.rindex(words[-1], start, stripped)
    return stripped


DANGLING_OF = re.compile(rf"\s{OF}$")


def _joined_entities(doc: Doc, text: str, folded: str) -> Iterator[tuple[str, int, str]]:
    """The model's entities as (label, start, text), an entity that ends on "of" joined to
    the one right after it: "Conseil de paix et de sécurité de l'" + "Union africaine" is
    one council, not a council "de l'" beside the union."""
    ents = list(doc.ents)
    k = 0
    while k < len(ents):
        ent, end = ents[k], ents[k].end_char
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if (
            nxt is not None
            and DANGLING_OF.search(folded, ent.start_char, end)
            and not folded[end : nxt.start_char].strip()
        ):
            end, k = nxt.end_char, k + 1
        # "Stephen Kimani" + "Ndung'u", which the French tokenizer cut at its apostrophe
        if ent.label_ in ("PER", "PERSON") and (inner := INNER_APOSTROPHE_NAME.match(text, end)):
            end = inner.end()
        yield ent.label_, ent.start_char, text[ent.start_char : end]
        k += 1


INNER_APOSTROPHE_NAME = re.compile(r"[ \t]+[A-Z]\w{2,}['’][a-z]+(?![\w'’])")


CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*)+")


@cache
def _portfolio_name() -> re.Pattern[str]:
    """A portfolio head, "de la" / "of", the portfolio and a capitalised name after it."""
    lexicon = get_lexicon()
    heads = "|".join(re.escape(h) for h in sorted(lexicon.portfolio_heads, key=len, reverse=True))
    english = "|".join(re.escape(p) for p in lexicon.portfolio_prepositions)  # longest first in the file
    return re.compile(
        rf"(?i:(?<![\w-])(?:{heads})"
        rf"(?:\s+(?:délégué|déléguée|adjoint|adjointe))?\s+(?:de la|de l['’]|du|des|{english})\s*)"
        r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:et|and|de|des|du|la|of|the|[a-zà-ÿ][\w'’-]*))*?"
        r"\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){1,4})"
    )


def _portfolio_names(text: str, fld: Field, lexicon: Lexicon, common: frozenset[str]) -> list[Candidate]:
    """People named right after their ministry with no comma ("le vice-ministre de la
    Défense Younous-Bek Ievkourov", "Minister of Defence X"): the model tags nothing there,
    or the whole office as an organisation. Leading dictionary words or known names left
    of the portfolio are dropped; two to four name words must remain."""
    found = []
    for m in _portfolio_name().finditer(text):
        if re.match(r",\s*[A-ZÀ-Ý]", text[m.end("name") :]):
            continue  # "Minister of Fisheries and Maritime Economy, X": the portfolio's tail, then the name
        start, words = m.start("name"), m.group("name").split()
        while words and (
            fold(words[0]) in common
            or name_key(words[0]) in lexicon.terms
            or name_key(words[0]) in lexicon.portfolio_words
        ):
            start += len(words[0]) + 1
            words = words[1:]
        if 2 <= len(words) <= 4 and all(w[1:2].islower() and fold(w) not in common for w in words):
            found.append(Candidate(fld, start, m.end("name"), text[start : m.end("name")], "PER", "person"))
    return found


@cache
def _settlement_place() -> re.Pattern[str]:
    """A settlement noun, "of" / "de", and the capitalised name of the place."""
    nouns = "|".join(re.escape(n) for n in sorted(get_lexicon().settlement_nouns, key=len, reverse=True))
    return re.compile(
        rf"(?i:(?<![\w-])(?:{nouns})\s+(?:of|de|d['’]|du)\s*)"
        r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2})"
    )


@cache
def _struck_place() -> re.Pattern[str]:
    """A strike noun, its preposition, and one capitalised word: the place struck; or, after
    an article, one capitalised word before a common noun: the place of the site struck ("a
    raid on Fotokol", "the attack on the Dolé-Koira pumping station")."""
    lexicon = get_lexicon()
    nouns = "|".join(re.escape(n) for n in sorted(lexicon.strike_nouns, key=len, reverse=True))
    preps = "|".join(re.escape(p) for p in sorted(lexicon.strike_prepositions, key=len, reverse=True))
    articles = "|".join(re.escape(a) for a in lexicon.strike_articles)
    return re.compile(
        rf"(?i:(?<![\w-])(?:{nouns})\s+(?:{preps})\s*)"
        rf"(?:(?P<name>[A-ZÀ-Ý][\w-]+)(?![\w'’-]*[ \t]+[A-ZÀ-Ý])"
        rf"|(?i:(?:{articles})\s+)(?P<named>[A-ZÀ-Ý][\w-]+)(?=[ \t]+[a-z]))"
    )


def _settlement_places(text: str, fld: Field) -> list[Candidate]:
    """Places named after a settlement noun ("the Chadian border town of Adré", "la localité
    de Kérou") or as the one word a strike hit ("the shelling of Adre", "a raid on Fotokol's
    market"): a single unknown word no model tags, or tags as a person."""
    found = [(m, "name") for m in _settlement_place().finditer(text)]
    found += [(m, "name" if m.group("name") else "named") for m in _struck_place().finditer(text)]
    return [Candidate(fld, m.start(g), m.end(g), m.group(g), "LOC", "place", cued=True) for m, g in found]


@cache
def _collective_name() -> re.Pattern[str]:
    """A collective noun and the capitalised name after it, particles inside ("le collectif
    Justice pour Guet Ndar", "le groupe armé 3R"), or the name and a collective noun English
    puts after it."""
    lexicon = get_lexicon()

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    cap = r"(?:\d+[A-ZÀ-Ý][\w'’-]*|[A-ZÀ-Ý][\w'’-]+)"  # "3R", "M23" too
    name = rf"{cap}(?:[ \t]+(?:(?:{alternation(lexicon.collective_particles)})[ \t]+)?{cap}){{0,4}}"
    before, after = alternation(lexicon.collective_nouns), alternation(lexicon.collective_nouns_after)
    return re.compile(
        rf"(?i:(?<![\w-])(?:{before})[ \t]+)(?P<name>{name})"
        rf"|(?P<named>{name})(?i:[ \t]+(?:{after})(?![\w-]))"
    )


def _collective_names(text: str, fld: Field) -> list[Candidate]:
    """Organisations of citizens named after a collective noun ("le collectif Justice pour
    Guet Ndar", "the Justice for Guet Ndar collective"): the model tags a piece at best."""
    found = []
    for m in _collective_name().finditer(text):
        group = "name" if m.group("name") else "named"
        start, end = m.start(group), m.end(group)
        if group == "named" and text[start : end + 1].startswith("The "):
            start += 4
        if start >= end:
            continue  # "The Coalition": no name
        noun = text[m.start() : m.start(group)] if group == "name" else text[m.end(group) : m.end()]
        if noun.strip()[:1].isupper():  # the noun is part of the name ("Yenga Solidarity Coalition")
            start, end = (m.start(), end) if group == "name" else (start, m.end())
        found.append(Candidate(fld, start, end, text[start:end], "ORG", "organisation"))
    return found


@cache
def _water_place() -> re.Pattern[str]:
    """A water noun, "of" / "de" if any, and the capitalised name of the water; or the name
    and a water noun English puts after it ("the Indian Ocean")."""
    nouns = "|".join(re.escape(n) for n in sorted(get_lexicon().water_nouns, key=len, reverse=True))
    after = "|".join(re.escape(n) for n in sorted(get_lexicon().water_nouns_after, key=len, reverse=True))
    return re.compile(
        rf"(?i:(?<![\w-])(?:{nouns})\s+(?:(?:of\s+the|of|de\s+la|de|d['’]|du)\s*)?)[A-ZÀ-Ý][\w'’-]+"
        rf"|(?<![\w-])[A-ZÀ-Ý][\w'’-]+\s+(?i:{after})(?![\w-])"
    )


def _water_places(text: str, fld: Field, ner: list[Candidate]) -> list[Candidate]:
    """Lakes, rivers and seas named after a country ("le lac Tchad", "the Gulf of Guinea",
    "River Niger"): places, whose country name is not the country's mention. Not the
    start of a longer organisation ("Lake Chad Basin Commission")."""
    found = [
        Candidate(fld, m.start(), m.end(), m.group(), "LOC", "place") for m in _water_place().finditer(text)
    ]
    return [
        w
        for w in found
        if not any(c.kind == "organisation" and c.start <= w.start and w.end < c.end for c in ner)
    ]


def _titled_names(
    text: str, folded: str, fld: Field, lexicon: Lexicon, common: frozenset[str]
) -> list[Candidate]:
    """People named after their title in one run of capitalised words ("Deputy Foreign Minister
    Mikhail Bogdanov"), or after a nationality used as a noun ("le Ghanéen Ekow Ampem-Darko"):
    English capitalises titles, and the model then often tags nothing.
    The name is the two to four words after the titles, none of them a dictionary word, a
    known name or an organisation's word ("the Ethiopian Freight Transporters' Association")."""
    found = []
    for run in CAPITALISED_RUN.finditer(text):
        opening = folded[run.start() : folded.find(" ", run.start())]
        if opening not in lexicon.title_words and not _is_demonym(opening, lexicon):
            continue  # most runs are names with no title before them
        lead = patterns().leading_titles.match(folded, run.start(), run.end())
        titled = lead and set(name_key(folded[run.start() : lead.end()]).split()) & lexicon.title_words
        if not lead or not (titled or NATIONAL_BEFORE.search(folded, 0, run.start())):
            continue
        words = text[lead.end() : run.end()].split()
        if not 2 <= len(words) <= 4 or any(
            not w[1:2].islower()
            or fold(w) in common
            or name_key(w) in lexicon.terms
            or name_key(w) in lexicon.organisation_words
            for w in words
        ):
            continue
        found.append(Candidate(fld, lead.end(), run.end(), text[lead.end() : run.end()], "PER", "person"))
    return found


NATIONAL_BEFORE = re.compile(
    r"(?:\b(?:le|la|un|une|the|a)\s+|\bl')$"
)  # "le Ghanéen X": a nationality as a noun


def _is_demonym(word: str, lexicon: Lexicon) -> bool:
    return any(t.label == "DEMONYM" for t in lexicon.terms.get(word, ()))


def _after_opening_preposition(folded: str, start: int, end: int) -> int:
    """Where a name starts when the model took in the preposition opening its sentence
    ("In Conakry"): past the preposition, if what follows is a known name ("In Amenas" stays)."""
    first = re.match(r"(\w+)\s+", folded[start:end])
    lexicon = get_lexicon()
    if first is None or first.group(1) not in lexicon.place_prepositions:
        return start
    return start + first.end() if name_key(folded[start + first.end() : end]) in lexicon.terms else start


ACRONYM_WORD = re.compile(r"[^\W\d_]+['’]?")  # "l'" apart from "Ouham", "Ouham" from "Pendé"
ACRONYM_REACH = 120  # characters before "(ACRONYM)" where its name may start


def _acronym_names(text: str, fld: Field) -> list[Candidate]:
    """An organisation named in full before the acronym it defines ("le Front de résistance de
    l'Ouham-Pendé (FROP)", "the Front for the Resistance of Ouham-Pende (FROP)"): the words
    whose initials spell the acronym, particles aside and the first capitalised, are its name,
    whole, though the model cut it or read common words in it."""
    lexicon = get_lexicon()
    particles = {fold(p).rstrip("'’") for p in lexicon.collective_particles} | lexicon.name_locatives
    found = []
    for m in ACRONYM_DEFINED.finditer(text):
        letters = [c for c in fold(m[1]) if c.isalpha()]
        if len(letters) < 2 or not m[0].lstrip().startswith("("):
            continue
        start = None
        for word in reversed(list(ACRONYM_WORD.finditer(text, max(0, m.start() - ACRONYM_REACH), m.start()))):
            folded = fold(word[0]).rstrip("'’")
            if folded in particles and start is not None:
                continue
            if folded[:1] != letters[-1]:
                break
            letters.pop()
            start = word.start()
            if not letters:
                break
        if start is not None and not letters and text[start].isupper():
            found.append(Candidate(fld, start, m.start(), text[start : m.start()], "ORG", "organisation"))
    return found


def _is_noise(cand: Candidate, doc: Doc, tagged: bool, common: frozenset[str], lexicon: Lexicon) -> bool:
    """What a careful reader would not keep: headings, common words, fragments, stray labels."""
    words = cand.text.split()
    initial = next((ch for ch in cand.text if ch.isalpha()), "")  # "3R", "M23"
    if not initial.isupper() or cand.label == "MISC" or name_key(words[-1]) in lexicon.particles:
        return True
    if all(fold(w) in weekday_names() for w in words):
        return True  # "Vendredi, le président a ..." opening a sentence: a day, never a name
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    coded = any(ch.isdigit() for ch in cand.text)  # "3R", "M23": the tagger reads anything
    if tagged and span is not None and not coded and all(t.pos_ not in ("PROPN", "NOUN") for t in span):
        return True
    if cand.text.isupper() and (len(words) > 1 or cand.kind != "organisation" or len(cand.text) > 6):
        return True
    parts = re.split(r"\s*[-–]\s*", cand.text)
    if len(parts) > 1 and all(name_key(part) in lexicon.terms for part in parts):
        return True  # "Guinea-Sierra Leone", "Russie-Afrique": a pair naming a border or an occasion
    if tagged and cand.kind == "person" and len(words) == 1 and span is not None and span[0].is_sent_start:
        return fold(cand.text) in common and name_key(cand.text) not in lexicon.terms  # "Conduite par ..."
    opening_word = (
        tagged and len(words) == 1 and span is not None and span[0].is_sent_start and not cand.terms
    )
    if opening_word and _participle_of_common_verb(fold(cand.text), common, lexicon):
        return True  # "Revendiqué le lendemain par le GSIM, ...": a participle, not a place
    if cand.kind == "person":
        return any(
            not w[:1].isupper() and name_key(w.partition("-")[0]) not in lexicon.particles for w in words
        )  # "al-Burhan": a particle tied by a hyphen
    names = [w for w in WORD_RE.findall(fold(cand.text)) if w not in lexicon.particles]
    return all(w in common or w in lexicon.terms for w in names) and len(names) <= 3


def _participle_of_common_verb(word: str, common: frozenset[str], lexicon: Lexicon) -> bool:
    """The word is a past participle of a dictionary verb ("revendique" of "revendiquer")."""
    return infinitive_of(word, common, lexicon) is not None


def _overlaps(cand: Candidate, taken: list[Candidate]) -> bool:
    return any(c.field == cand.field and c.start < cand.end and cand.start < c.end for c in taken)


def _role_candidates(text: str, folded: str, fld: Field, lexicon: Lexicon) -> list[Candidate]:
    """Descriptions of an office: "le président russe", "l'homme fort du Kremlin", "son homologue
    malien", "Egypt's president"."""
    pats, found = patterns(), []
    for m in pats.role.finditer(folded):
        owner = _owner_before(folded, m.start("style")) if m.group("style") else None
        head = m.group("head") or m.group("seathead") or m.group("enhead") or m.group("style")
        demonym = m.group("dem") or m.group("endem") or (owner and owner.group())
        terms = lexicon.terms.get(name_key(demonym or m.group("place") or ""), [])
        country = next((t.country for t in terms if t.country), None)
        office = lexicon.roles.get(name_key(head))
        if m.group("place"):
            office = next((t.seat for t in terms if t.seat), None) or office or "head_of_state"
        elif m.group("head") and name_key(head) in lexicon.counterparts:
            office = "counterpart"
        start = owner.start() if owner else m.start("body")
        style = None if country else name_key(head)
        found.append(
            Candidate(
                fld,
                start,
                m.end(),
                text[start : m.end()],
                "ROLE",
                "person",
                country=country,
                office=office,
                style=style,
                country_words=_country_words(owner.span() if owner else _country_span(m), text, fld, terms),
            )
        )
        more = pats.coordinated.match(folded, m.end()) if m.group("place") else None
        if more:
            terms = lexicon.terms.get(name_key(more.group("place")), [])
            second = next((t for t in terms if t.country), None)
            if second:
                s = more.start("body")
                found.append(
                    Candidate(
                        fld,
                        s,
                        more.end(),
                        text[s : more.end()],
                        "ROLE",
                        "person",
                        country=second.country,
                        office=second.seat or "head_of_state",
                    )
                )
    return found


def _owner_before(folded: str, at: int) -> re.Match[str] | None:
    """The country whose possessive stands just before the office at ``at`` ("egypt's
    president"); looked for only there, since a country's name is a long alternation."""
    pats = patterns()
    mark = pats.possessive.search(folded, max(0, at - POSSESSIVE_REACH), at)
    return pats.owner.search(folded, max(0, at - OWNER_REACH), mark.start()) if mark else None


def _country_span(m: re.Match[str]) -> tuple[int, int] | None:
    """Where a role's match names its country, if it does."""
    group = next((g for g in ("dem", "endem", "place") if m.group(g)), None)
    return m.span(group) if group else None


def _country_words(
    span: tuple[int, int] | None, text: str, fld: Field, terms: list[Term]
) -> Candidate | None:
    """The words of a role's match that name its country, as a country's candidate."""
    country = next((t for t in terms if t.kind == "country" and t.country), None)
    if span is None or country is None:
        return None
    start, end = span
    return Candidate(fld, start, end, text[start:end], country.label, "country", [country], country.country)


@dataclass
class Person:
    """People of one page grouped as one identity."""

    names: list[str]
    leader: Leader | None = None
    countries: Counter[str] = dataclasses.field(default_factory=Counter)

    @property
    def name(self) -> str:
        if self.leader:
            return self.leader.name
        full = [n for n in self.names if len(n.split()) > 1] or self.names
        best = full[0]
        for candidate in full[1:]:
            if is_accented_better(candidate, best):
                best = candidate
        return " ".join(
            w.capitalize() if w.isupper() and len(w) > 1 and not ROMAN_NUMERAL.fullmatch(w) else w
            for w in best.split()
        )

    @property
    def country(self) -> str | None:
        if self.leader:
            return self.leader.country
        return self.countries.most_common(1)[0][0] if self.countries else None


def _group_people(cands: list[Candidate], lexicon: Lexicon, when: dt.date | None) -> dict[int, Person]:
    """Person of each person candidate (by index): full names first, then lone surnames."""
    people: list[Person] = []
    of: dict[int, Person] = {}
    order = sorted(
        (i for i, c in enumerate(cands) if c.kind == "person" and c.label != "ROLE"),
        key=lambda i: (len(cands[i].text.split()) < 2, cands[i].field != "title", cands[i].start),
    )
    for i in order:
        text = cands[i].text
        key = name_key(text)
        leader = lexicon.leader_named(text, when)
        person = next((p for p in people if leader and p.leader and p.leader.name == leader.name), None)
        if person is None and " " in key:
            person = next(
                (
                    p
                    for p in people
                    if any(
                        " " in name_key(n)
                        and fuzz.ratio(key, name_key(n)) >= PERSON_MATCH
                        and fuzz.ratio(key.split()[-1], name_key(n).split()[-1]) >= 75
                        for n in p.names
                    )
                ),
                None,
            )
        if person is None and " " not in key:
            person = next(
                (
                    p
                    for p in people
                    if any(
                        fuzz.ratio(key, part) >= SURNAME_MATCH
                        for n in p.names
                        for part in name_key(n).split()[1:]
                    )
                ),
                None,
            )
        if person is None:
            person = Person([], leader)
            people.append(person)
        person.names.append(text)
        if person.leader is None and _may_be(leader, person.names):
            person.leader = leader
        country = cands[i].country
        if country:
            person.countries[country] += 1
        of[i] = person
    return of


def _may_be(leader: Leader | None, names: list[str]) -> bool:
    """A lone surname's leader may be the page's person: none of the person's full names gives
    other first names ("Diop" is not Abdoulaye Diop on a page that says "Serigne Guèye Diop")."""
    if leader is None:
        return False
    given = name_key(leader.name).split()[:-1]
    return all(
        any(fuzz.ratio(word, mine) >= SURNAME_MATCH for word in given for mine in name_key(n).split()[:-1])
        for n in names
        if " " in name_key(n)
    )


def _resolve_role(cand: Candidate, people: list[Person], lexicon: Lexicon, when: dt.date | None,
                  foreign: set[str], titled: dict[tuple[str, str], Person]) -> Person | None:  # fmt: skip
    """The person an office description denotes: one of the page's people first, else the
    person the page itself titles with that office of that country ("Rasmané Zongo, président
    de la Transition burkinabè" is "le locataire de Kosyam" of that page, whoever the table
    says held it), else the holder then."""
    if cand.office == "counterpart":
        same = [p for p in people if p.country == cand.country]
        if len(same) == 1:
            return same[0]
        holders = lexicon.holders("head_of_state", cand.country, when)
    elif cand.style:
        holders = lexicon.styled(cand.style, when)
        if not holders and cand.office:
            return _bare_office_holder(cand.office, people, lexicon, when, foreign)
    else:
        holders = lexicon.holders(cand.office or "head_of_state", cand.country, when)
    names = {h.name for h in holders}
    present = [p for p in people if p.leader and p.leader.name in names]
    if len(present) == 1:
        return present[0]
    if not present and cand.country and (mine := titled.get((cand.office or "head_of_state", cand.country))):
        return mine
    if when is not None and len(names) == 1 and not cand.style:
        return Person([holders[0].name], holders[0])
    return None


def _titled_holders(
    titled: dict[int, int],
    roles: list[Candidate],
    persons: list[Candidate],
    people_of: dict[int, Person],
    cands: list[Candidate],
) -> dict[tuple[str, str], Person]:
    """(office, country) -> the one person the page titles with that office of that country
    ("le capitaine Rasmané Zongo, président de la Transition burkinabè"); an office the page
    gives two people is left out."""
    index = {id(c): i for i, c in enumerate(cands)}
    found: dict[tuple[str, str], dict[int, Person]] = {}
    for r, p in titled.items():
        role, person = roles[r], people_of.get(index[id(persons[p])])
        if person is not None and role.office and role.office != "counterpart" and role.country:
            found.setdefault((role.office, role.country), {})[id(person)] = person
    return {key: next(iter(held.values())) for key, held in found.items() if len(held) == 1}


def _bare_office_holder(office: str, people: list[Person], lexicon: Lexicon, when: dt.date | None,
                        foreign: set[str]) -> Person | None:  # fmt: skip
    """An office named with no country ("le chef de l'État", "the prime minister"): the one
    person of the page who holds it and is not of a country the sentence sets apart
    ("Le responsable russe ... avait été reçu par le chef de l'État": not the Russian one)."""
    names = {h.name for h in lexicon.holders(office, None, when)}
    present = [p for p in people if p.leader and p.leader.name in names and p.country not in foreign]
    return present[0] if len(present) == 1 else None


def _sentence_nationalities(cand: Candidate, cands: list[Candidate], doc: Doc | None) -> set[str]:
    """Countries of the nationality adjectives of the candidate's sentence ("le responsable
    russe"): the side a bare office is not on. Town and country names are left out, as
    they may be where the office holder is ("reçu à Ouagadougou par le chef de l'État")."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return set()
    sent = span.sent
    return {
        term.country
        for other in cands
        if other.field == cand.field and sent.start_char <= other.start < sent.end_char
        for term in other.terms[:1]
        if term.label == "DEMONYM" and term.country
    }


def _portfolio_ends(text: str, end: int) -> list[int]:
    """Where a name may start after a portfolio that follows an office ending at ``end``."""
    if not PORTFOLIO_OPENING.match(text, end):
        return []
    found = []
    for i in range(end, min(len(text), end + PORTFOLIO_REACH)):
        if text[i] in PORTFOLIO_BREAKS:
            break
        if text[i] == ",":
            start = i + 1
            while start < len(text) and text[start].isspace():
                start += 1
            found.append(start)
    return found


def _title_targets(
    roles: list[Candidate], persons: list[Candidate], folded: dict[Field, str]
) -> dict[int, int]:
    """Roles written as a title or apposition of a named person ("le président russe Vladimir Poutine")."""
    starts = {(p.field, p.start): i for i, p in enumerate(persons)}
    ends = {(p.field, p.end): i for i, p in enumerate(persons)}
    targets = {}
    for r, role in enumerate(roles):
        after = patterns().after_titles.match(folded[role.field], role.end)
        pos = after.end() if after else role.end
        if (role.field, pos) in starts:
            targets[r] = starts[(role.field, pos)]
            continue
        named = [e for e in _portfolio_ends(folded[role.field], role.end) if (role.field, e) in starts]
        if named:
            targets[r] = starts[(role.field, named[0])]
            continue
        before = re.search(r",\s*$", folded[role.field][max(0, role.start - 4) : role.start])
        if before:
            end = role.start - len(before.group(0))
            if (role.field, end) in ends:
                targets[r] = ends[(role.field, end)]
    return targets


def _in_other_clauses(role: Candidate, person: Candidate, docs: dict[Field, Doc | None]) -> bool:
    """A role ending a phrase of its own before the comma and a name opening the main clause
    ("Reçu mardi par le président burkinabè, Robert Dussey a remis ..."): the parse makes the
    name a subject that neither hangs on the role nor carries it, so it is no title of the name."""
    doc = docs[role.field]
    if doc is None or not has_parse(doc[:]) or "," not in text_of(doc)[role.end : person.start]:
        return False
    role_span = doc.char_span(role.start, role.end, alignment_mode="expand")
    name_span = doc.char_span(person.start, person.end, alignment_mode="expand")
    if role_span is None or name_span is None:
        return False
    role_root, name_root = role_span.root, name_span.root
    apposed = (
        role_span.start <= name_root.head.i < role_span.end
        or name_span.start <= role_root.head.i < name_span.end
    )
    return name_root.dep_.startswith("nsubj") and not apposed


def _organisation_country(cand: Candidate, folded: str, lexicon: Lexicon) -> None:
    """ "la société russe X": the name is an organisation, of the country its demonym names."""
    head = patterns().organisation_head.search(folded, max(0, cand.start - 40), cand.start)
    if head:
        cand.kind, cand.label = "organisation", "ORG"
        if head.group("dem"):
            cand.country = next((t.country for t in lexicon.terms[name_key(head.group("dem"))]), None)


def _person_evidence(cand: Candidate, folded: str, lexicon: Lexicon, ner: list[Candidate]) -> bool:
    """Whether a name the model did not label a person is one all the same: an occupation in apposition
    ("X, juriste", "X, an analyst") or before it ("la politologue X"), a known given name opening it, a
    known surname closing it ("Karamoko Jean-Marie Traoré"), or a person it is listed with ("les
    ministres, Badr Abdelatty et Al-Tayeb Mahjoub Karrar")."""
    keys = name_key(cand.text).split()
    if len(keys) < 2 or len(cand.text.split()) > 5 or set(keys) & lexicon.organisation_words:
        return False
    if patterns().apposition.match(folded, cand.end) or patterns().person_before.search(
        folded, max(0, cand.start - 40), cand.start
    ):
        return True
    if keys[0] in lexicon.first_names or keys[-1] in lexicon.leader_names:
        return True
    return not set(keys) & lexicon.place_words and any(
        other.kind == "person" and _listed_together(other, cand, folded) for other in ner
    )


LISTED_BETWEEN = re.compile(r"\s+(?:et|and)\s+")


def _listed_together(a: Candidate, b: Candidate, folded: str) -> bool:
    """The two names are joined by "et" / "and"."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return (
        first.field == second.field and LISTED_BETWEEN.fullmatch(folded, first.end, second.start) is not None
    )


def _known_organisation(cand: Candidate, lexicon: Lexicon) -> None:
    """A spelling close to a known organisation's (transliterations, typos) takes its identity."""
    key = name_key(cand.text).replace(" ", "")
    if len(key) < 8:
        return
    choices = {k.replace(" ", ""): k for k, ts in lexicon.terms.items() if ts[0].kind == "organisation"}
    best = process.extractOne(key, list(choices), scorer=fuzz.ratio, score_cutoff=ORG_MATCH)
    if best:
        cand.terms = lexicon.terms[choices[best[0]]]


def _cut_trailing_place(cand: Candidate, text: str, terms: list[Candidate]) -> None:
    """ "Ibrahim Traoré du Burkina Faso": a person span the model ran on into "of <country>" ends before it."""
    for term in terms:
        if term.kind == "person" or not cand.start < term.start or term.end != cand.end:
            continue
        link = re.search(rf"\s+{OF}$", fold(text[cand.start : term.start]))
        if link:
            cand.end = cand.start + link.start()
            cand.text = text[cand.start : cand.end]


def _titled_nationality(cand: Candidate, folded: str, lexicon: Lexicon) -> str | None:
    """The country of a nationality in the title just before a name (see ``nationality_before``)."""
    found = patterns().nationality_before.search(folded, max(0, cand.start - 90), cand.start)
    demonym = found and (found.group("dem") or found.group("endem"))
    return next((t.country for t in lexicon.terms[name_key(demonym)] if t.country), None) if demonym else None


def _names_a_site(cand: Candidate, lexicon: Lexicon) -> bool:
    """A place whose name holds a word for a site ("Port Sudan", "Palais de la Marina"): the
    known name inside it ("Sudan") is not the one meant."""
    return any(name_key(w) in lexicon.place_words for w in cand.text.split())


def _within_term(cand: Candidate, terms: list[Candidate]) -> bool:
    """The candidate is a piece of a longer known name ("Economic Community" of "Economic
    Community of West African States")."""
    return any(
        t.field == cand.field
        and t.start <= cand.start
        and cand.end <= t.end
        and t.end - t.start > cand.end - cand.start
        for t in terms
    )


LOCATIVE_REACH = 6  # characters before a country where a locative of a name stands ("aux ")


def _set_in_name(term: Candidate, acronymed: list[Candidate], folded: str, lexicon: Lexicon) -> bool:
    """A country set by a locative inside an organisation's name that an acronym spells ("le
    Front pour l'alternance et la concorde au Tchad (FACT)"): part of the name. Whose the body
    is stays a country: "Armed Forces of Liberia (AFL)", "Forces armées togolaises (FAT)"."""
    before = folded[max(0, term.start - LOCATIVE_REACH) : term.start].split()
    return (
        term.label != "DEMONYM"
        and bool(before)
        and before[-1] in lexicon.name_locatives
        and _within_term(term, acronymed)
    )


def _country_led_organisations(
    ner: list[Candidate], terms: list[Candidate], lexicon: Lexicon
) -> list[Candidate]:
    """The organisations the model read that open with a country's name or nationality and
    end with an organisation word, over no other known name ("the Sierra Leone Artisanal
    Fishermen's Union", "the Ethiopian Freight Transporters' Association"), with that
    country: bodies of the country, not the state. A known body ("Liberia National Police",
    "Armed Forces of Liberia") is a longer term of its own and wins as such."""
    found = []
    for cand in ner:
        if cand.kind != "organisation" or _is_term(cand, terms):
            continue
        inside = [t for t in terms if cand.start <= t.start and t.end <= cand.end]
        if (
            len(inside) == 1
            and inside[0].start == cand.start
            and inside[0].end < cand.end
            and inside[0].kind == "country"
            and name_key(cand.text.split()[-1]) in lexicon.organisation_words
        ):
            cand.country = cand.country or _country_code(inside[0])
            found.append(cand)
    return found


def _acronymed_bodies(acronymed: list[Candidate], terms: list[Candidate]) -> list[Candidate]:
    """The organisations an acronym defines that name a country inside, and no other known
    name ("le Syndicat national des transporteurs de Mauritanie (SNTM)", "l'Union nationale
    des routiers du Mali (UNRM)"), with that country: a union, a firm, a party of the
    country, not its state, which the model read alone. A state's own services keep their
    country ("Forces armées maliennes (FAMa)": data/forces.yaml builds them from it)."""
    found = []
    for cand in acronymed:
        if country := _body_country(cand, terms):
            cand.country = country
            found.append(cand)
    return found


TITLED_NAME_RUN = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \t]+(?:(?:of[ \t]+the|of|and|for)[ \t]+)?[A-Z][\w'’-]*)+"
)
NAME_WORD = re.compile(r"[\w'’-]+")
NAME_OPENERS = frozenset({"the", "a", "an"})
POSSESSIVE_END = re.compile(r"['’]s$")


def _titled_bodies(
    text: str, folded: str, fld: Field, terms: list[Candidate], lexicon: Lexicon
) -> list[Candidate]:
    """Organisations English writes as one run of capitalised words around an organisation's
    word, with a country inside ("the National Union of Eritrean Youth and Students", "the
    Moroccan Federation of International Truck Drivers"): the model cuts them at the
    nationality and reads the rest as people. The name ends at its last organisation word,
    or runs on through the "of" phrase after it up to a title ("... Council Chairman X")."""
    found = []
    for run in TITLED_NAME_RUN.finditer(text):
        words = list(NAME_WORD.finditer(text, run.start(), run.end()))
        while words and ((opening := fold(words[0].group())) in NAME_OPENERS or opening in weekday_names()):
            words.pop(0)
        heads = [i for i, w in enumerate(words) if name_key(w.group()) in lexicon.organisation_words]
        if not heads:
            continue
        owner = None
        if owned := [i for i in range(heads[0]) if POSSESSIVE_END.search(words[i].group())]:
            # "South Africa's Border Management Authority": the owner is no part of the name
            owner = _owner_country(words[owned[-1]], terms)
            if owner is None:
                continue
            heads = [i - owned[-1] - 1 for i in heads]
            words = words[owned[-1] + 1 :]
        last = heads[-1]
        if last + 1 < len(words) and words[last + 1].group() == "of":
            titled = (
                i
                for i in range(last + 2, len(words))
                if patterns().inner_title.match(folded, words[i].start())
            )
            last = next(titled, len(words)) - 1
        while last > 0 and not words[last].group()[:1].isupper():
            last -= 1
        if sum(w.group()[:1].isupper() for w in words[: last + 1]) < 3:
            continue
        start, end = words[0].start(), words[last].end()
        cand = Candidate(fld, start, end, text[start:end], "ORG", "organisation")
        if country := _body_country(cand, terms, owner):
            cand.country = country
            found.append(cand)
    return found


def _owner_country(word: re.Match[str], terms: list[Candidate]) -> str | None:
    """The country a possessive names ("South Africa's"), the known name ending before "'s"."""
    owner = next((t for t in terms if t.kind == "country" and t.end == word.end() - 2), None)
    return _country_code(owner) if owner else None


def _body_country(cand: Candidate, terms: list[Candidate], owner: str | None = None) -> str | None:
    """The country of an organisation's name that holds one, or that a possessive before it
    names (``owner``), and no known name but places, and no noun of a state's own services:
    a body of that country, not the state."""
    if _is_term(cand, terms) or _within_term(cand, terms) or _names_state_body(cand.text):
        return None
    inside = [t for t in terms if cand.start <= t.start and t.end <= cand.end]
    countries = [t for t in inside if t.kind == "country"]
    if not (countries or owner) or any(t.kind not in ("country", "place") for t in inside):
        return None
    return owner or _country_code(countries[0])


def _country_code(term: Candidate) -> str | None:
    """A country's mention's ISO code: the candidate's own, or its lexicon entry's."""
    return term.country or term.terms[0].country


@cache
def _state_body_noun() -> re.Pattern[str]:
    """The nouns of data/forces.yaml and data/ministries.yaml in both languages, folded."""
    nouns = {fold(n) for spec in state_bodies().values() for lang in ("fr", "en") for n in spec.get(lang, [])}
    return re.compile(rf"(?<![\w-])(?:{_alternation(nouns)})(?![\w-])")


def _names_state_body(name: str) -> bool:
    return _state_body_noun().search(fold(name)) is not None


def _tail_of_longer_name(term: Candidate, ner: list[Candidate], folded: str) -> bool:
    """A known name ending a longer organisation the model read, with no "of" between:
    "Peace and Security Council" is not the "Security Council"; but in "Conseil de paix et
    de sécurité de l'Union africaine" the union stays a name of its own."""
    return term.kind == "organisation" and any(
        c.kind == "organisation"
        and c.start < term.start
        and c.end == term.end
        and not DANGLING_OF.search(folded, c.start, term.start)
        for c in ner
    )


def _is_term(cand: Candidate, terms: list[Candidate]) -> bool:
    return any(t.start == cand.start and t.end == cand.end for t in terms)


def _candidates(doc: Doc, fld: Field, lexicon: Lexicon, common: frozenset[str]) -> list[Candidate]:
    text = text_of(doc)
    folded = fold(text)
    taken = _role_candidates(text, folded, fld, lexicon)
    tagged = doc.has_annotation("POS")
    portfolio = _portfolio_names(text, fld, lexicon, common)
    ner = [c for c in _ner_candidates(doc, fld, text, folded) if not _overlaps(c, portfolio)] + portfolio
    acronymed = _acronym_names(text, fld)
    # over the model's reading
    settled = _settlement_places(text, fld) + _collective_names(text, fld) + acronymed
    ner = [c for c in ner if not _overlaps(c, settled)] + settled
    idioms = _idiom_spans(folded)
    hits = [
        h
        for h in _term_hits(text, folded, lexicon, fld) + _combined_countries(text, folded, lexicon, fld)
        if not (h.label == "DEMONYM" and any(a <= h.start and h.end <= b for a, b in idioms))
    ]
    water = [
        w for w in _water_places(text, fld, ner) if not _overlaps(w, taken) and not _within_term(w, hits)
    ]
    taken += water  # "le lac Tchad" is lower-case and made of known words, yet a name
    ner = [c for c in ner if not _overlaps(c, water)]
    for titled in _titled_names(text, folded, fld, lexicon, common):
        # the model's span of another kind over the name ("Ghanéen Kwesi Ampofo" as a place) gives way
        misdrawn = [
            c for c in ner if _overlaps(titled, [c]) and c.kind != "person" and c.start <= titled.start
        ]
        ner = [c for c in ner if c not in misdrawn]
        if not _overlaps(titled, ner):
            ner.append(titled)
    terms = [
        t
        for t in hits
        if not _tail_of_longer_name(t, ner, folded)
        and not _overlaps(t, water)
        and not _set_in_name(t, acronymed, folded, lexicon)
    ]
    for c in ner:
        if c.kind != "person" and not _is_term(c, terms) and _person_evidence(c, folded, lexicon, ner):
            c.kind, c.label = "person", "PER"
        elif (
            c.kind == "person" and _names_a_site(c, lexicon) and not _person_evidence(c, folded, lexicon, ner)
        ):
            c.kind, c.label = "place", "LOC"  # "à Ras Doumeira", "Port-Soudan": the model's person is a site
        if c.kind == "person":
            _cut_trailing_place(c, text, terms)
            c.country = c.country or _titled_nationality(c, folded, lexicon)
    long_people = [
        c
        for c in ner
        if c.kind == "person"
        and len(c.text.split()) > 1
        and not _is_term(c, terms)
        and not _within_term(c, terms)
    ]
    sites = [c for c in ner if c.kind == "place" and not _is_term(c, terms) and _names_a_site(c, lexicon)]
    # whole names over the model's pieces, people among them
    named_bodies = _acronymed_bodies(acronymed, terms) + _titled_bodies(text, folded, fld, terms, lexicon)
    bodies = _country_led_organisations(ner, terms, lexicon)
    spelled_out = {id(c) for c in acronymed + named_bodies}  # names on their own evidence
    for c in named_bodies + long_people + sites + bodies + terms + ner:
        if _overlaps(c, taken):
            continue
        if not c.terms:
            _organisation_country(c, folded, lexicon)
            if c.kind == "organisation":
                _known_organisation(c, lexicon)
            if not c.terms and id(c) not in spelled_out and _is_noise(c, doc, tagged, common, lexicon):
                continue
        taken.append(c)
    taken = _joined_people(taken, text)
    taken += _other_occurrences(text, fld, taken)
    return taken + _other_full_names(text, fld, taken)


@cache
def _idioms() -> re.Pattern[str]:
    """The set phrases of demonyms.yaml whose nationality names no country, folded."""
    phrases = sorted((fold(str(p)) for p in load_yaml_data("demonyms.yaml").get("idioms") or []), key=len)
    return re.compile("|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in reversed(phrases)) or r"(?!)")


def _idiom_spans(folded: str) -> list[tuple[int, int]]:
    """Where the text's set phrases lie: a demonym inside one ("en file indienne", "Russian
    roulette") is no mention."""
    return [m.span() for m in _idioms().finditer(folded)]


def _joined_people(cands: list[Candidate], text: str) -> list[Candidate]:
    """Two people's names with one space between them are one name the model cut in two
    ("les présidents Mamady Doumbouya et Julius" + "Mada Bio")."""
    joined: list[Candidate] = []
    for c in sorted(cands, key=lambda c: c.start):
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label == c.label == "PER"
            and text[last.end : c.start] == " "
            and not (last.terms or c.terms)
        ):
            joined[-1] = Candidate(c.field, last.start, c.end, text[last.start : c.end], "PER", "person")
        else:
            joined.append(c)
    return joined


def _other_occurrences(text: str, fld: Field, taken: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a one-word place of no known country the field names where
    its context says so ("the shelling of Adre" ... "arrived in Adre"): a word names one
    thing on a page, though alone it is too common a shape to be taken for a name."""
    words = {
        c.text: None
        for c in taken
        if c.kind == "place" and not c.terms and " " not in c.text and not c.country
    }
    return _untaken_occurrences(text, fld, taken, words, ("LOC", "place"), r"[\w-]")


def _other_full_names(text: str, fld: Field, taken: list[Candidate]) -> list[Candidate]:
    """Every other occurrence of a person's full name the field names ("la présidente Ndapewa
    Kaulinge", where the model read "Ndapewa" alone as something else): a name of two words
    or more names one person on a page."""
    names = {c.text: c.country for c in taken if c.label == "PER" and len(c.text.split()) > 1}
    return _untaken_occurrences(text, fld, taken, names, ("PER", "person"), r"[\w'’-]")


def _untaken_occurrences(
    text: str,
    fld: Field,
    taken: list[Candidate],
    names: Mapping[str, str | None],
    label_kind: tuple[str, EntityKind],
    after: str,
) -> list[Candidate]:
    """A candidate with that label and kind, and the name's country, wherever a name of
    ``names`` stands whole (no character of ``after`` right after it) and no candidate
    already taken or found is; names in alphabetical order."""
    placed, found = list(taken), []
    for name, country in sorted(names.items()):
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?!{after})", text):
            other = Candidate(fld, m.start(), m.end(), name, *label_kind, country=country)
            if not _overlaps(other, placed):
                placed.append(other)
                found.append(other)
    return found


def _cued_place_names(cands: list[Candidate]) -> frozenset[str]:
    """The names the page gives as places on firmer ground than the model's label: after a
    settlement noun ("le poste militaire de X"), or as a gazetteer's place."""
    return frozenset(name_key(c.text) for c in cands if c.cued or (c.terms and c.terms[0].kind == "place"))


PLACE_BEFORE = re.compile(r"(?:\b(?:de|du|des|a|au|of|in|at|near)|\bd')\s*$")


def _unconfirmed_place(
    cand: Candidate, person: Person, folded: str, places: frozenset[str], countries: frozenset[str]
) -> bool:
    """A "person" who holds no office we know of is a place the model misread when the page
    names each of its names as a place elsewhere ("le poste militaire de Hadjer Hadid" ...
    "L'attaque de Hadjer Hadid": a name names one thing on a page), or when, after "de", "à",
    "in", "of", it is one word the page never names in full ("les combats de Tinzaouatène")
    or a town or region of one of the ``countries`` the page names ("the centre of Dire Dawa")."""
    if person.leader:
        return False
    if all(name_key(n) in places for n in person.names):
        return True
    if not _after_place_cue(cand, folded):
        return False
    towns = place_countries(load_settings().gazetteer_population)
    return not any(" " in name_key(n) for n in person.names) or bool(
        towns.get(fold(cand.text), frozenset()) & countries
    )


def _lone_word_after_place_cue(cand: Candidate, folded: str) -> bool:
    """An unknown one-word "organisation" that is no acronym, after "de", "à", "in", "of"
    ("le détachement militaire de Sebba"), is a place the model misread."""
    if " " in cand.text.strip() or cand.text.isupper():
        return False
    return _after_place_cue(cand, folded)


def _after_place_cue(cand: Candidate, folded: str) -> bool:
    return PLACE_BEFORE.search(folded, max(0, cand.start - 8), cand.start) is not None


def _mention(doc_id: str, cand: Candidate, kind: EntityKind, name: str, country: str | None) -> Mention:
    return Mention(
        doc_id,
        cand.field,
        cand.start,
        cand.end,
        cand.text,
        cand.label,
        entity_key(kind, name, country),
        name,
        kind,
        country,
    )


def _term_mention(doc_id: str, cand: Candidate) -> Mention:
    """A candidate found in the lookup table, as the first of its terms names it."""
    term = cand.terms[0]
    return _mention(doc_id, cand, term.kind, term.name, term.country or cand.country)


def find_mentions(
    body: Doc, title: Doc | None, doc_id: str, lang: str, when: dt.date | None = None
) -> list[Mention]:
    """Every mention of an entity in the title and body, with its identity key and canonical name.

    ``when`` is the page's date: it picks who held an office ("le président russe") at the time.
    """
    if isinstance(when, dt.datetime):  # a datetime does not compare with the table's dates
        when = when.date()
    lexicon, common = get_lexicon(), _common_words(lang)
    docs: dict[Field, Doc | None] = {"body": body, "title": title}
    cands: list[Candidate] = []
    fields: tuple[Field, ...] = ("title", "body")
    for fld in fields:
        doc = docs[fld]
        if doc is not None:
            cands += _candidates(doc, fld, lexicon, common)
    _shared_countries_settled(cands, lexicon)
    folded = {f: fold(text_of(d)) for f, d in docs.items() if d is not None}
    roles = [c for c in cands if c.label == "ROLE"]
    persons = [c for c in cands if c.kind == "person" and c.label != "ROLE"]
    titled = {
        r: p
        for r, p in _title_targets(roles, persons, folded).items()
        if not _in_other_clauses(roles[r], persons[p], docs)
    }
    for r, p in titled.items():
        persons[p].country = persons[p].country or roles[r].country
    people_of = _group_people(cands, lexicon, when)
    places = _cued_place_names(cands)
    countries = frozenset(t.country for c in cands for t in c.terms if t.kind == "country" and t.country)
    people = list({id(p): p for p in people_of.values()}.values())
    mentions = []
    titled_roles = {id(roles[r]) for r in titled}
    holders = _titled_holders(titled, roles, persons, people_of, cands)
    for i, cand in enumerate(cands):
        if cand.label == "ROLE":
            if id(cand) in titled_roles:
                continue
            foreign = _sentence_nationalities(cand, cands, docs[cand.field]) if cand.style else set()
            person = _resolve_role(cand, people, lexicon, when, foreign, holders)
            if person:
                mentions.append(_mention(doc_id, cand, "person", person.name, person.country))
            elif cand.country_words is not None:
                # no known holder: "the Ghanaian foreign minister" still brings Ghana
                mentions.append(_term_mention(doc_id, cand.country_words))
        elif i in people_of and _unconfirmed_place(cand, people_of[i], folded[cand.field], places, countries):
            mentions.append(_mention(doc_id, cand, "place", cand.text, cand.country))
        elif i in people_of:
            person = people_of[i]
            mentions.append(_mention(doc_id, cand, "person", person.name, person.country))
        elif cand.terms:
            mentions.append(_term_mention(doc_id, cand))
        elif cand.kind == "organisation" and _lone_word_after_place_cue(cand, folded[cand.field]):
            mentions.append(_mention(doc_id, cand, "place", cand.text, cand.country))
        else:
            mentions.append(_mention(doc_id, cand, cand.kind, cand.text, cand.country))
    mentions.sort(key=lambda m: (m.field != "title", m.start))
    texts = {f: text_of(d) for f, d in docs.items() if d is not None}
    named = [_as_service(m, lexicon) for m in mentions]
    bodies = _state_body_mentions(named, texts, lang)
    kept = [m for m in named if m.kind == "country" or not any(_within(m, f) for f in bodies)]
    resolved = _acronyms_resolved(
        sorted(kept + bodies, key=lambda m: (m.field != "title", m.start)), texts, doc_id
    )
    return located_places(resolved, docs, lang)


def _within(inner: Mention, outer: Mention) -> bool:
    """The mention lies inside the other: the model's "Armed Forces" of "Togolese Armed Forces"."""
    return inner.field == outer.field and outer.start <= inner.start and inner.end <= outer.end


@dataclass(frozen=True)
class _BodyPatterns:
    """The patterns of a language's nouns for a state's armed services and ministries (see
    data/forces.yaml and data/ministries.yaml)."""

    before: re.Pattern[str]  # a noun ending where a nationality or "du <pays>" starts
    after: re.Pattern[str]  # a noun starting where a country's name or nationality ends
    head: re.Pattern[str]  # a French ministry's first word, just before a nationality
    tail: re.Pattern[str]  # the rest of its name, just after the nationality
    branches: dict[str, str]  # folded noun (or rest of a ministry's name) -> branch


@cache
def _body_patterns(lang: str) -> _BodyPatterns:
    bodies = state_bodies()
    of = {fold(noun): branch for branch, spec in bodies.items() for noun in spec.get(lang, [])}
    nouns = {noun for spec in bodies.values() for noun in spec.get(lang, [])}
    # "ministère tunisien de l'Intérieur": the name stands around the nationality
    split = [
        n.split(" ", 1) for spec in ministry_portfolios().values() for n in spec.get(lang, []) if lang == "fr"
    ]
    of |= {fold(rest): of[fold(f"{head} {rest}")] for head, rest in split}
    return _BodyPatterns(
        before=re.compile(
            rf"(?i:(?<![\w-])(?P<noun>{_alternatives(nouns)})\s+(?:(?:du|des|de\s+la|de\s+l['’]|d['’]|de|of\s+the|of)\s*)?)$"
        ),
        after=re.compile(
            rf"^(?:['’]s)?\s+(?:[A-Z][\w'’]*\s+){{0,2}}?(?i:(?P<noun>{_alternatives(nouns)}))(?![\w-])"
        ),
        head=re.compile(rf"(?i:(?<![\w-])(?P<noun>{_alternatives({h for h, _ in split})})\s+)$"),
        tail=re.compile(rf"^\s+(?i:(?P<noun>{_alternatives({r for _, r in split})}))(?![\w-])"),
        branches=of,
    )


def _alternatives(nouns: Iterable[str]) -> str:
    """A regex alternation of nouns, longest first, any apostrophe and run of spaces."""
    ordered = sorted(nouns, key=len, reverse=True)
    return "|".join(re.escape(n).replace("'", "['’]").replace(r"\ ", r"\s+") for n in ordered) or "(?!)"


def _as_service(m: Mention, lexicon: Lexicon) -> Mention:
    """An organisation the lexicons name as a state's armed service ("FAMa": "Malian Armed
    Forces") takes that service's identity, the one "l'armée malienne" has."""
    if m.kind != "organisation" or not m.country:
        return m
    words, branches = m.name.split(), _body_patterns("en").branches
    for i in range(1, len(words)):
        state, noun = fold(" ".join(words[:i])), fold(" ".join(words[i:]))
        if noun in branches and any(t.country == m.country for t in lexicon.terms.get(state, ())):
            name = service_name(branches[noun], m.country)
            return dataclasses.replace(m, entity=state_body_key(branches[noun], m.country), name=name)
    return m


def _state_body_mentions(mentions: list[Mention], texts: dict[Field, str], lang: str) -> list[Mention]:
    """The armed services and ministries a country's name or nationality qualifies ("les
    Forces armées togolaises", "l'armée du Mali", "Togolese army", "Uganda People's Defence
    Forces", "le ministère tunisien de l'Intérieur"): an organisation of that country, one
    identity per body whatever the language, named over the country mention it contains
    (which stays, so the state remains a party too)."""
    patterns = _body_patterns(lang)
    found = []
    for m in [*mentions, *_countries_opening_names(mentions)]:
        if m.kind != "country" or not m.country:
            continue
        text = texts[m.field]
        # the name after the country first: "soldiers of the Tanzania People's Defence Force"
        branches = patterns.branches
        if (hit := patterns.after.match(text[m.end : m.end + FORCES_REACH])) is not None:
            start, end = m.start, m.end + hit.end("noun")
        elif (hit := _english_name_after(text[m.end : m.end + FORCES_REACH], lang)) is not None:
            start, end = m.start, m.end + hit.end("noun")
            branches = _body_patterns("en").branches
        elif (hit := patterns.before.search(text, max(0, m.start - FORCES_REACH), m.start)) is not None:
            start, end = hit.start("noun"), m.end
        elif (head := patterns.head.search(text, max(0, m.start - FORCES_REACH), m.start)) and (
            hit := patterns.tail.match(text[m.end : m.end + FORCES_REACH])
        ):
            start, end = head.start("noun"), m.end + hit.end("noun")
        else:
            continue
        branch = branches[fold(" ".join(hit["noun"].split()))]
        key, name = state_body_key(branch, m.country), service_name(branch, m.country)
        found.append(
            Mention(
                m.doc_id, m.field, start, end, text[start:end], "FORCES", key, name, "organisation", m.country
            )
        )
        # the country a longer name had taken in ("Uganda People" of "Uganda People's ...")
        if m not in mentions:
            found.append(m)
    return found


def _english_name_after(text: str, lang: str) -> re.Match[str] | None:
    """A service's English name, capitalised, after the country on a page in another
    language: "la Rwanda Defence Force a distribué des vivres"."""
    if lang == "en":
        return None
    hit = _body_patterns("en").after.match(text)
    return hit if hit is not None and hit["noun"][:1].isupper() else None


def _countries_opening_names(mentions: list[Mention]) -> list[Mention]:
    """The country named by the first words of a longer name: the English fallback cuts a
    run of capitals at "'s" and takes "Uganda People" of "Uganda People's Defence Forces"
    for a person."""
    lexicon, out = get_lexicon(), []
    for m in mentions:
        words = m.text.split()
        if m.kind == "country" or len(words) < 2:
            continue
        for n in range(len(words) - 1, 0, -1):
            term = next(
                (t for t in lexicon.terms.get(fold(" ".join(words[:n])), ()) if t.kind == "country"), None
            )
            if term is not None:
                end = m.start + len(" ".join(words[:n]))
                key = entity_key("country", term.name, term.country)
                out.append(
                    Mention(
                        m.doc_id,
                        m.field,
                        m.start,
                        end,
                        m.text[: end - m.start],
                        term.label,
                        key,
                        term.name,
                        "country",
                        term.country,
                    )
                )
                break
    return out


ACRONYM = r"\s*\(\s*([A-Z][A-Z0-9&-]{1,9})\s*\)"  # "(ARK)" right after a name
ACRONYM_DEFINED = re.compile(ACRONYM)
NAME_BEFORE_ACRONYM = re.compile(r"((?:\s+[\w'’-]+){1,5}?)" + ACRONYM)  # the rest of the name, then "(ARK)"


def _run_on_to_acronym(m: Mention, text: str) -> Mention:
    """An organisation the model cut short before the acronym that closes its name ("the
    Alliance" of "the Alliance pour la renaissance du Kivu (ARK)", a French name in an English
    page) runs on to it when the acronym's first and last letters open its first and last words."""
    found = NAME_BEFORE_ACRONYM.match(text, m.end)
    if m.kind != "organisation" or found is None:
        return m
    name = text[m.start : m.end] + found[1]
    words, acronym = name.split(), found[2]
    if fold(words[0])[0] != fold(acronym)[0] or fold(words[-1])[0] != fold(acronym)[-1]:
        return m
    key = entity_key("organisation", name, m.country)
    return dataclasses.replace(m, end=m.end + len(found[1]), text=name, entity=key, name=name)


def _acronyms_resolved(mentions: list[Mention], texts: dict[Field, str], doc_id: str) -> list[Mention]:
    """An acronym the page defines ("l'Alliance pour la renaissance du Kivu (ARK)") names
    the same entity wherever the page uses it ("les colonnes de l'ARK", "ARK fighters"),
    whether or not the model saw it as a name."""
    defined: dict[str, Mention] = {}
    mentions = [_run_on_to_acronym(m, texts[m.field]) for m in mentions]
    for m in mentions:
        found = ACRONYM_DEFINED.match(texts[m.field], m.end)
        if (
            found
            and m.kind in ("organisation", "place")
            and fold(found[1])[0] in (fold(m.name)[0], fold(m.text)[0])
        ):
            defined.setdefault(found[1], m)
    if not defined:
        return mentions
    out = [
        dataclasses.replace(m, entity=full.entity, name=full.name, kind=full.kind, country=full.country)
        if (full := defined.get(m.text)) is not None
        else m
        for m in mentions
    ]
    taken = {(m.field, i) for m in out for i in range(m.start, m.end)}
    for fld, text in texts.items():
        for acronym, full in defined.items():
            for hit in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
                if (fld, hit.start()) not in taken:
                    out.append(
                        Mention(
                            doc_id,
                            fld,
                            hit.start(),
                            hit.end(),
                            acronym,
                            "ALIAS",
                            full.entity,
                            full.name,
                            full.kind,
                            full.country,
                        )
                    )
    out.sort(key=lambda m: (m.field != "title", m.start))
    return out


def _shared_countries_settled(cands: list[Candidate], lexicon: Lexicon) -> None:
    """A country name or demonym two states share ("Congo", "congolais") means the one the
    page names by a word of its own (its capital, its acronym, its leader: "Brazzaville",
    "RDC"), when it names only one of them. Every country of the pair the page never names on
    its own is then that one, as the shared word is all that could have named it: "le
    président congolais", "les Forces armées congolaises" on a page about Brazzaville are
    Congo's, and its president is Congo's. See ``shared_names.yaml``."""
    said = {id(c): _shared_words(c, lexicon) for c in cands}
    present = {lexicon.shared_names[key] for keys in said.values() for key in keys}
    own = {t.country for c in cands if not said[id(c)] for t in c.terms if t.label != "DEMONYM"}
    # an office named after a seat of its own ("l'homme fort de Brazzaville") names its country
    own |= {c.country for c in cands if c.label == "ROLE" and not said[id(c)]}
    for codes in present:
        named = [code for code in codes if code in own]
        if len(named) == 1:
            for cand in cands:
                _recountried(cand, set(codes) - set(named), named[0], lexicon)


def _shared_words(cand: Candidate, lexicon: Lexicon) -> list[str]:
    """The shared names and demonyms among the candidate's words ("Congolese Armed Forces")."""
    words = f" {name_key(cand.text)} "
    return [key for key in lexicon.shared_names if f" {key} " in words]


def _recountried(cand: Candidate, others: set[str], code: str, lexicon: Lexicon) -> None:
    """The candidate's country, its terms' and its nationality words' made ``code`` where
    they were one of ``others``."""
    if cand.country in others:
        cand.country = code
    name = lexicon.country_names.get(code, code)
    cand.terms = [
        dataclasses.replace(t, country=code, name=name if t.kind == "country" else t.name)
        if t.country in others
        else t
        for t in cand.terms
    ]
    if cand.country_words is not None:
        _recountried(cand.country_words, others, code, lexicon)
