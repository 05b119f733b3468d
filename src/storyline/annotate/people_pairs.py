"""Who "les deux dirigeants", "the two ministers" or "leur rencontre" stand for.

A page that has named two people goes on with "the two leaders": the pair is the two people
the sentence names before the phrase's trigger, else those of the latest event between two
people, else the two people the page named last from two sides. The phrase says which office
they hold ("les deux ministres" are not the presidents who talked the week before), so a
person the page titles otherwise is not one of them. ``between_anaphor`` finds such a phrase
after "between" behind a noun trigger; the events stage asks it for "les deux pays" too.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from typing import Literal

from spacy.tokens import Span, Token

from storyline.annotate.event_parts import Placed, actor_of
from storyline.annotate.event_rules import Lexicon, Trigger, find_phrase, matching_phrases, norm
from storyline.annotate.identity import get_lexicon, name_key
from storyline.annotate.nlp import has_parse
from storyline.models import Actor

Office = Literal["head", "minister", "any"]

# how far before a name its title may stand ("le ministre zambien des Affaires étrangères X")
TITLE_REACH = 8
# how far after a noun trigger "between the two leaders" may stand ("l'entretien du 20 mars entre ...")
BETWEEN_REACH = 12


def pair_office(
    trigger: Trigger, before: list[Token], heads: frozenset[int], lexicon: Lexicon, others_named: bool
) -> Office | None:
    """The office of the two people the trigger's parties are, when a phrase makes them the
    pair: a possessive just before the trigger ("leur rencontre"), "the two leaders" as its
    subject or after "between" right behind it ("l'entretien du 20 mars entre les deux
    ministres"), or "the two leaders" anywhere before it when the clause names no one else
    ("Les deux dirigeants ont plaidé ..., alors que la CEDEAO menace": the threat is ECOWAS's)."""
    if any(norm(t.text) in lexicon.cue("people_possessives") for t in before[-2:]):
        return "any"
    phrases = lexicon.phrase_list("people_anaphors")
    told = between_anaphor(trigger, lexicon, phrases) or next(
        (
            phrase
            for phrase, words in matching_phrases(before, phrases)
            if not others_named or _is_subject(words, heads)
        ),
        None,
    )
    return None if told is None else _office_named(told, lexicon)


def between_anaphor(
    trigger: Trigger, lexicon: Lexicon, phrases: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    """The anaphor right after "between" behind a noun trigger, before any clause break or
    coordinated noun ("l'entretien du 20 mars entre les deux ministres", "la signature d'un
    accord de patrouilles mixtes sur le lac entre les deux pays")."""
    doc, last = trigger.head.doc, trigger.tokens[-1].i
    if has_parse(trigger.head.sent) and trigger.head.pos_ != "NOUN":
        return None
    end = min(trigger.head.sent.end, last + 1 + BETWEEN_REACH)
    for token in doc[last + 1 : end]:
        if token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":"):
            return None
        if norm(token.text) in lexicon.cue("verb_coordinators"):
            return None  # "protests in Moroni and a phone call between the two countries' presidents": the call's
        if norm(token.text) in lexicon.cue("between_cues"):
            rest = list(doc[token.i + 1 : token.sent.end])
            return next((p for p in phrases if find_phrase(rest[: len(p)], p)), None)
    return None


def _is_subject(words: list[Token], heads: frozenset[int]) -> bool:
    return any(t.dep_.startswith("nsubj") and t.head.i in heads for t in words)


def _office_named(phrase: tuple[str, ...], lexicon: Lexicon) -> Office:
    if phrase in lexicon.phrase_list("minister_anaphors"):
        return "minister"
    if phrase in lexicon.phrase_list("leader_anaphors"):
        return "head"
    return "any"


def latest_pair(
    events: Sequence[tuple[list[Actor], list[Actor]]],
    sent: Span,
    trigger: Trigger,
    mentions: list[Placed],
    office: Office,
    when: dt.date | None,
) -> list[Actor]:
    """The two people who may hold ``office`` the sentence names before the trigger ("a call
    between President X and Gen. Y, their first conversation"), else those of the latest
    event between exactly two people, else the last two a sentence before names together,
    else the last two people named before the sentence. A pair named together outranks two
    named apart: the summit's host named after the two presidents is not one of "the two
    presidents"."""
    return (
        _named_pair(mentions, sent.start, trigger.tokens[0].i, office, when)
        or _event_pair(events, mentions, office, when)
        or _named_together(mentions, sent.start, office, when)
        or _named_pair(mentions, 0, sent.start, office, when)
    )


def _named_together(mentions: list[Placed], end: int, office: Office, when: dt.date | None) -> list[Actor]:
    """The two people who may hold ``office`` that the latest sentence before token ``end``
    naming two people, and no more, names (a list of three round a table is no pair)."""
    by_sentence: dict[int, list[Placed]] = {}
    for p in mentions:
        if p.tokens.start < end and p.mention.kind == "person":
            by_sentence.setdefault(p.tokens.sent.start, []).append(p)
    for start in sorted(by_sentence, reverse=True):
        named = by_sentence[start]
        if len({p.mention.entity for p in named}) != 2:
            continue
        pair = _named_pair(mentions, start, min(named[0].tokens.sent.end, end), office, when)
        if pair:
            return pair
    return []


def _event_pair(
    events: Sequence[tuple[list[Actor], list[Actor]]],
    mentions: list[Placed],
    office: Office,
    when: dt.date | None,
) -> list[Actor]:
    """The two people of the latest event between exactly two people who may hold ``office``."""
    fits: dict[str, bool] = {}
    for actors, recipients in reversed(events):
        people = list({a.entity: a for a in actors + recipients if a.kind == "person"}.values())
        if (
            len(people) == 2
            and not _one_person(*people)
            and all(fits.setdefault(p.entity, _may_hold(p.entity, office, mentions, when)) for p in people)
        ):
            return people
    return []


def _named_pair(
    mentions: list[Placed], start: int, end: int, office: Office, when: dt.date | None
) -> list[Actor]:
    """The two people named last between tokens ``start`` and ``end``, not of one country:
    those titled for ``office`` first, then those of no known office."""
    named: dict[str, Placed] = {}
    for p in mentions:
        if start <= p.tokens.start < end and p.mention.kind == "person":
            named.pop(p.mention.entity, None)
            named[p.mention.entity] = p  # latest last
    held = {e: _office_of(e, mentions, when) for e in named} if office != "any" else {}
    chosen: list[Placed] = []
    for p in sorted(named.values(), key=lambda p: (held.get(p.mention.entity) != office, -p.tokens.start)):
        if held.get(p.mention.entity) in (None, office) and not any(
            (c.mention.country and c.mention.country == p.mention.country)
            or _one_person(actor_of(c.mention), actor_of(p.mention))
            for c in chosen
        ):
            chosen.append(p)
        if len(chosen) == 2:
            return [actor_of(c.mention) for c in sorted(chosen, key=lambda c: c.tokens.start)]
    return []


def _one_person(a: Actor, b: Actor) -> bool:
    """Two names of one person the page did not link ("Mahamane Sani" beside "Abdoul-Razak
    Mahamane Sani"): every word of the shorter is in the longer."""
    short, long = sorted((name_key(a.name).split(), name_key(b.name).split()), key=len)
    return set(short) <= set(long)


def _may_hold(entity: str, office: Office, mentions: list[Placed], when: dt.date | None) -> bool:
    """Whether the person may hold ``office``: any office they are known or titled to hold
    rules the others out; a person of no known title may hold any."""
    if office == "any":
        return True
    held = _office_of(entity, mentions, when)
    return held is None or held == office


def _office_of(entity: str, mentions: list[Placed], when: dt.date | None) -> Office | None:
    """The office a person holds: from the leaders the data files know, else from the title the
    page writes nearest before one of the person's names or in apposition after it."""
    placed = [p for p in mentions if p.mention.entity == entity]
    if not placed:
        return None
    leader = get_lexicon().leader_named(placed[0].mention.name, when)
    if leader is not None:
        return "head" if leader.role.startswith("head_of") else "minister"
    for p in placed:
        found = _title_office(_title_before(p), last=True) or _title_office(_apposition_after(p), last=False)
        if found is not None:
            return found
    return None


def _title_before(placed: Placed) -> str:
    """The mention with the words just before it back to a verb or a mark: the title written
    before a name ("le ministre zambien des Affaires étrangères X"), or the mention itself when
    it is a description ("le chef de la diplomatie congolaise")."""
    doc, span = placed.tokens.doc, placed.tokens
    start = span.start
    while start > max(span.sent.start, span.start - TITLE_REACH):
        prev = doc[start - 1]
        if prev.pos_ in ("VERB", "AUX") or prev.text in (".", ";", ":", "(", ")"):
            break
        start -= 1
    return name_key(doc[start : span.end].text)


def _apposition_after(placed: Placed) -> str:
    """The words in apposition after a comma behind the name, up to a conjunction, a verb or a
    mark ("X, Zambia's foreign minister, said"; never "X, et par le ministre Y")."""
    doc, span = placed.tokens.doc, placed.tokens
    if span.end >= span.sent.end or doc[span.end].text != ",":
        return ""
    stop, limit = span.end + 1, min(span.sent.end, span.end + 1 + TITLE_REACH)
    while stop < limit and doc[stop].pos_ not in ("CCONJ", "VERB", "AUX", "PUNCT"):
        stop += 1
    return name_key(doc[span.end + 1 : stop].text)


def _title_office(window: str, last: bool) -> Office | None:
    """The office of the title in ``window`` nearest the name: its last one before the name,
    its first one after it."""
    found = [m.group(0) for m in _titles().finditer(window)]
    if not found:
        return None
    word = found[-1] if last else found[0]
    return "minister" if word in _minister_words() else "head"


@cache
def _minister_words() -> frozenset[str]:
    return frozenset(name_key(w) for w in get_lexicon().minister_titles)


@cache
def _titles() -> re.Pattern[str]:
    lexicon = get_lexicon()
    heads = [w for w, role in lexicon.roles.items() if role.startswith("head_of")]
    words = sorted(set(heads) | _minister_words(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
