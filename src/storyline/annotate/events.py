"""Events one page reports, typed with PLOVER, with participants, place, date and evidence.

A sentence yields an event only when it holds a trigger from the lexicon AND at least
one resolved actor: a trigger word alone is not an event. Per sentence the main trigger
is the verb nearest the root of the parse (nouns only when no verb triggers); another
trigger of the same sentence is an event of its own only when a date of its own
anchors it ("En visite depuis le 22 juin, X a été reçu le 23 juin par Y" is a stay and a
meeting). Sentences that re-tell an event ("cet entretien", "lors de l'entretien",
a pronoun subject, the title restated in the lede) fold into ONE DocEvent per page.

Dates, in order: the clause's time expression, the sentence's, the latest one earlier
in the paragraph, the page's lede date (its first dated expression near publication).
A page that gives no date for its news (published on day D, "a new phone call") dates
the event to the range [D - event_window_days, D] with precision "range": news reports
recent events, and a range is honest where a day would be invented. Without a
publication date the crawl month gives a month-precision date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from storyline.annotate.event_parts import (
    ACTOR_KINDS,
    UNIDENTIFIED_GROUP,
    Placed,
    TimedRef,
    actor_of,
    attribution_preposition,
    clause_heads,
    coordination_governors,
    country_actor,
    cue_token_before,
    cued_in_clause,
    dated_noun_phrase,
    find_location,
    follows_offset,
    host_of,
    in_clause,
    in_noun_phrase,
    is_date,
    is_landmark,
    is_located_in,
    is_passive,
    lays_at_door,
    marks_between,
    modes_compatible,
    named_parties,
    names_token,
    nearest_time,
    nominal_scope,
    opposed,
    own_clause_heads,
    participants_compatible,
    party_key,
    people_keys,
    place_mentions,
    place_times,
    precision_of,
    relative_antecedent,
    relative_time,
    sentences,
    side_of,
    span_role,
    support_verb_before,
    syntactic_role,
    to_date,
    unidentified_group,
    verb_of,
    without_represented,
)
from storyline.annotate.event_rules import (
    ASIDE_WORDS,
    CLAUSE_BREAKS,
    Lexicon,
    Trigger,
    attributive,
    discussed,
    find_triggers,
    forms,
    has_phrase_before,
    hypothetical,
    is_future,
    load_lexicon,
    matching_phrases,
    negated,
    negated_at,
    norm,
    ongoing_state,
    times_told,
    tokens_of,
    topics_of,
)
from storyline.annotate.identity import fold, is_state_body_key, service_name, service_nouns, state_body_key
from storyline.annotate.nlp import has_parse, text_of
from storyline.annotate.people_pairs import between_anaphor, latest_pair, pair_office
from storyline.annotate.places import containing_place
from storyline.annotate.quotes import speech_lexicon
from storyline.annotate.time_anchor import counts_from_anchor_day
from storyline.annotate.time_lexicon import TimeLexicon
from storyline.annotate.time_lexicon import patterns as time_patterns
from storyline.config import load_settings
from storyline.models import Actor, Article, DocEvent, Mention, TimeRef

BACKGROUND_DAYS = 30  # an event dated this long before publication is recalled, not reported
REACTION_DAYS = 1  # a statement on an attack comes the day of it or the day after
THEN_REACH = 2  # words between "alors" / "then" and the act it dates ("avaient alors convenu")
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # acts that take two sides
AGENT_REACH = 12  # words from a passive trigger to the end of its agent ("signé à Washington le 27 juin par les deux pays")
CLAIM_REACH = 6  # words around a claim where the attack claimed is named ("a revendiqué l'opération")
CLAIM_AGENT_REACH = 3  # words from "par" / "by" after a claim to the group claiming
SUSPECT_REACH = 6  # words from a cue of suspicion to the group it names ("blamed for the ambush, the X")
SITE_WINDOW = 7  # words from an attack's noun to its site ("l'attaque de la station de pompage de X")
SIDELINE_WINDOW = 6  # words between "en marge du" / "on the sidelines of" and the occasion's noun
OFFSET_REACH = 7  # words an offset ("two days after") may stand before the event it counts from
LEG_GAP = 5  # words from "puis", "then" to the next leg's place ("puis le lendemain à Nouakchott")
SINCE_TIME_REACH = 8  # words after "since the <event>" where a time is still the event's
FIRST_SINCE_REACH = 6  # words "first" may stand before the "since" of the last such event
SERVICE_REACH = (
    4  # words from a deploying verb to the bare noun of the service it sends ("rushed more troops")
)
SEQUEL_REACH = 6  # words from "paving the way for" to the act it names ("for Prime Minister X's visit")
EXPLAINED_GAP = 8  # words from an event noun to the comma of a "when" telling it ("du 7 mars à X, lorsque")
QUOTE_OPENERS = frozenset({"«", "“", '"'})  # marks a quoted predicate opens with (see _quoted_predicate)
SUBJECT_REACH = 5  # words from ", and" to the name in its subject ("and the foreign ministers of Morocco")
JOINT_REACH = 4  # words before a trigger where "joint" still marks its doer without a parse ("A joint technical commission met")
ANAPHOR_AFTER = 4  # words of "les deux pays", "the two neighbours" right after a trigger, its object
SETTING_COUNTRIES = 2  # the page's countries an event told with no party may be one of
STATE_PRONOUN_GAP = 3  # an opening "It" and at most two words before the trigger ("It has ended")
DATELINE_REACH = 16  # words from a wire dateline's opening city to its dash ("RABAT, April 18 (Northstar) -")
SOURCE_RANK = {"clause": 0, "sentence": 1, "paragraph": 2, "page": 3, "publication": 4, "crawl": 5}
OWN_SOURCES = frozenset({"clause", "sentence"})  # dates an act's own words give


@dataclass
class Candidate:
    """An event being assembled on one page (mutable while sentences fold into it)."""

    type: str
    mode: str | None
    actors: list[Actor]
    recipients: list[Actor]
    sent: Span
    trigger: str
    speech: bool = False
    stay: bool = False
    date: str | None = None
    precision: str | None = None
    date_end: str | None = None
    date_source: str | None = None
    location: str | None = None
    topics: list[str] = field(default_factory=list)
    background: bool = False
    future: bool = False
    prior: bool = False  # told as done before the news ("had already denounced")
    open_start: bool = False  # dated only as the days up to another act (see _shift_date)
    passing: bool = False  # see DocEvent.passing
    repeat: int = 0  # see DocEvent.repeat
    setting: list[str] = field(default_factory=list)  # see DocEvent.setting
    page_countries: list[str] = field(default_factory=list)  # see DocEvent.page_countries
    act: str | None = None  # see DocEvent.act
    score: tuple[int, int, int] = (0, 0, 0)

    def interval(self) -> tuple[dt.date | None, dt.date | None]:
        """The days the page may mean; one dated only as the days up to another act may be
        any day of the month before ("after a deadly ambush" beside "gunmen attacked a
        convoy last Saturday", five days before the talks)."""
        lo = to_date(self.date) if self.date else None
        hi = to_date(self.date_end, upper=True) if self.date_end else None
        if self.date and not self.date_end and not self.stay:
            hi = to_date(self.date, upper=True)
        if self.open_start and hi is not None:
            lo = hi - dt.timedelta(days=BACKGROUND_DAYS)
        return lo, hi


@dataclass
class Page:
    """What every sentence of one page may read: its names, times, paragraphs and dates."""

    doc: Doc
    lexicon: Lexicon
    mentions: list[Placed]
    times: list[TimedRef]
    anchor: dt.date | None
    crawl_month: str | None
    paragraph_starts: list[int]
    lede: TimedRef | None
    window: int
    published: dt.date | None = None  # the publication date the page states (not an estimate)
    guessed_anchor: bool = False  # see _anchor_guessed
    events: list[Candidate] = field(default_factory=list)
    passing: list[Candidate] = field(default_factory=list)  # events named in passing, kept apart
    recalls: dict[int, bool] = field(default_factory=dict)  # sentence start -> opens with a recall
    triggers: dict[int, list[Trigger]] = field(default_factory=dict)  # sentence start -> its triggers
    scopes: dict[tuple[int, bool], frozenset[int] | None] = field(default_factory=dict)  # nominal_scope
    offsets: dict[int, int | None] = field(default_factory=dict)  # trigger head -> _event_offset
    after_clauses: dict[int, int | None] = field(default_factory=dict)  # trigger head -> _after_clause_at

    def paragraph_of(self, char: int) -> int:
        return sum(1 for s in self.paragraph_starts if s <= char) - 1


def find_events(
    body: Doc,
    article: Article,
    mentions: list[Mention],
    times: list[TimeRef],
    anchor: dt.date | None,
    lang: str,
) -> list[DocEvent]:
    """The events of one page, one DocEvent per real-world event it tells."""
    page = _page(body, article, mentions, times, anchor, lang)
    for sent in sentences(body):
        for cand, link in _sentence_events(sent, page):
            if cand.passing:
                page.passing.append(cand)
            else:
                _add_to_page(cand, link, page)
        _name_suspects(sent, page)
        _name_claimants(sent, page)
    kept = _fold_speech(page.events)
    return [_doc_event(c, article.doc_id) for c in kept + _untold(page.passing, kept)]


def _untold(passing: list[Candidate], told: list[Candidate]) -> list[Candidate]:
    """The events named in passing that the page does not tell itself, once each: one with
    no doer of its own (``Candidate.setting``) is told by any event of its kind the page
    dates to its day ("le ministre a ensuite été reçu par X" after "Lavrov a été reçu mardi").
    Two named in passing with parties of their own that may be one are one, with what each
    tells ("since a deadly raid on a border village" and "a day after gunmen killed four
    gendarmes" on March 8). Each of the acts a clause counts ("à deux reprises") is another
    event: one the page tells stands for one of them, and they never fold into each other."""
    kept: list[Candidate] = []
    counted: set[int] = set()  # the told events that already stand for a counted act
    for cand in passing:
        teller = next(
            (e for e in told if _tells(e, cand) and id(e) not in counted and not _counted_beside(e, cand)),
            None,
        )
        if teller is not None:
            if cand.repeat:
                counted.add(id(teller))
            continue
        same = next((e for e in kept if _tells(e, cand) and not (e.repeat and cand.repeat)), None)
        if same is None:
            kept.append(cand)
        elif not (same.setting or cand.setting):
            _absorb(same, cand)
    return kept


def _counted_beside(event: Candidate, cand: Candidate) -> bool:
    """A counted act and an event its own sentence tells apart are two acts ("X and Y spoke
    twice by phone in April, and their ministers met last week in Nouakchott")."""
    return bool(cand.repeat) and event.sent.start == cand.sent.start


def _tells(event: Candidate, cand: Candidate) -> bool:
    """The page's event may be the one ``cand`` names: of its kind, with parties that fit,
    or on its day when ``cand`` names no party (which fits any)."""
    if event.type != cand.type or event.act != cand.act:
        return False
    if cand.setting:
        return _dates_meet(event, cand)
    return bool(event.actors or event.recipients) and _participants_fit(event, cand)


def _dates_meet(a: Candidate, b: Candidate) -> bool:
    """Both are dated and their spans meet (a stay's has no end)."""
    (alo, ahi), (blo, bhi) = a.interval(), b.interval()
    if alo is None or blo is None:
        return False
    return (bhi is None or alo <= bhi) and (ahi is None or blo <= ahi)


def _page(
    body: Doc,
    article: Article,
    mentions: list[Mention],
    times: list[TimeRef],
    anchor: dt.date | None,
    lang: str,
) -> Page:
    lexicon = load_lexicon(lang if lang in ("fr", "en") else "fr")
    placed_times = place_times(body[:], times)
    outlet = frozenset(fold(article.outlet).split()) if article.outlet else frozenset()
    starts = [0] + [m.end() for m in re.finditer("\n\n", text_of(body))]
    page = Page(
        doc=body,
        lexicon=lexicon,
        mentions=place_mentions(body[:], [m for m in mentions if not _names_outlet(m, outlet)]),
        times=placed_times,
        anchor=anchor,
        crawl_month=article.crawl_month,
        paragraph_starts=starts,
        lede=None,
        window=load_settings().event_window_days,
        published=to_date(article.published or ""),
        guessed_anchor=_anchor_guessed(article, anchor),
    )
    page.lede = _lede_time(page)
    return page


def _anchor_guessed(article: Article, anchor: dt.date | None) -> bool:
    """The page states no date and names no day of its crawl month, so its anchor is only the
    month's last day: a "samedi" counted from it may be any Saturday of the month."""
    if article.published or not article.crawl_month or anchor is None:
        return False
    return to_date(article.crawl_month, upper=True) == anchor


def _names_outlet(mention: Mention, outlet: frozenset[str]) -> bool:
    """The page's own outlet (the folded words of its name), in a wire dateline ("MALABO,
    March 12 (Continental Wire) -") or as a source ("told The Observer" for "The Yaoundé
    Observer"): it reports the events, it takes no part in them, whatever the tagger made
    of its name. A country or a place whose name the outlet's holds is still a party
    ("Gabon" in "Gabon Matin")."""
    if not outlet or mention.kind in ("country", "place"):
        return False
    words = set(fold(mention.text).split())
    return bool(words) and words <= outlet


def _lede_time(page: Page) -> TimedRef | None:
    """The page's first dated expression close to publication: the date of its news. A week
    named from the page ("last week") is none: a lede names it for what led to the news ("has
    closed its border, escalating a row over the killing of two civilians last week")."""
    for ref in page.times:
        if not is_date(ref.ref) or _is_background_sentence(ref.tokens.sent, page):
            continue
        if (ref.ref.rule or "").split(";")[0] == "relative-week":
            continue
        if ref.tokens.start < _dateline_end(ref.tokens.sent):
            continue  # the dateline's date is the page's
        when = to_date(ref.ref.value or "")
        if page.anchor is None or (when and 0 <= (page.anchor - when).days <= 7):
            return ref
    return None


def _sentence_events(sent: Span, page: Page) -> list[tuple[Candidate, str]]:
    """Candidates of one sentence with how they link to the page: new, same-as, inside."""
    found = [t for t in _triggers(sent, page) if not _in_quotes(t, sent)]
    triggers = [t for t in found if not _beside(t, sent, page.lexicon)] or found
    if not triggers:
        return []
    parsed = has_parse(sent)
    # a noun named after an offset ("trois jours après son échange avec X") is never the
    # predicate, nor a word naming an act others tell ("a téléphoné ... après la mort de
    # pêcheurs tués samedi")
    ordered = sorted(
        triggers,
        key=lambda t: (
            t.rule.yields,
            t.head.pos_ not in ("VERB", "AUX") or _describes_noun(t, sent, page, parsed),
            _event_offset(t, sent, page) is not None,
            _depth(t),
            t.head.i,
        ),
    )
    # a parse puts the predicate first; when it gives nothing, a trigger with a time of its
    # own may ("Cette libération est la traduction de la rencontre de samedi à Lomé")
    mains = (
        ordered
        if not parsed
        else ordered[:1] + [t for t in ordered[1:] if _clause_time(t, sent, page, parsed)]
    )
    partyless: list[tuple[Candidate, str]] = []
    for main in mains:
        events = _events_around(main, ordered[ordered.index(main) + 1 :], sent, page, parsed)
        if any(not c.setting for c, _ in events):
            # a later trigger of another kind names another event ("le poste a rouvert ...,
            # mettant fin à la crise née de l'attaque de Kasoma"): the first stays, placed by its setting
            kinds = {c.type for c, _ in events}
            return events + [(c, link) for c, link in partyless if c.type not in kinds]
        partyless = partyless or events  # "la levée des sanctions", no party: a later trigger may name them
    if partyless:
        return partyless
    # "N'Djamena n'exclut pas de saisir l'ONU si Khartoum nie sa responsabilité dans l'attaque
    # d'Adré": no act of its own, but the attack it names happened
    return _passing_mentions(ordered[0], ordered[1:], sent, page, parsed)


def _describes_noun(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> bool:
    """A participle after its noun with no time of its own ("des migrants refoulés d'Algérie")
    describes the noun: it is no predicate, and ranks with the nouns ("tués hier dans
    l'attaque d'un convoi qui transportait des migrants refoulés": the attack is the news)."""
    head = trigger.head
    return (
        parsed
        # not "l'accord de paix signé en avril": the accord is named; but "X, sommé de quitter
        # le territoire", opened by its participle, describes X
        and trigger.tokens[0] is head
        and head.dep_ == "acl"
        and "Part" in head.morph.get("VerbForm", [])
        and _clause_time(trigger, sent, page, parsed) is None
    )


def _second_act(trigger: Trigger, main: Trigger, sent: Span, page: Page, parsed: bool) -> bool:
    """A verb of another kind joined to the main one by "and" ("met in Rabat on Tuesday ...
    and signed a protocol"): a second act of the same doers, not what was said. With a
    parse it is the main verb's conjunct; without, "and" stands just before it (an adverb
    may come between: "and also signed"). After a verb of saying, the parse tells its own
    conjunct from a verb of what was said; without a parse, a comma before "and" does
    ("accused Togo of a strike on its soil, and closed the main crossing"). A noun is the act
    of the conjunct verb it is the object of ("a dénoncé une agression et ordonné l'envoi de
    troupes"). An aside between commas may stand between "and" and the verb ("sent troops
    and, on 5 February, closed"); so may the first act's doer as a pronoun, or the day after
    ("and the next day it closed")."""
    if trigger.rule.type == main.rule.type or trigger.rule.speech:
        return False
    if parsed:
        verb = trigger.head.head if trigger.head.dep_ == "obj" else trigger.head
        return verb.dep_ == "conj" and verb.head.i == main.head.i and verb.pos_ == "VERB"
    if trigger.head.i < main.head.i:
        return False
    first = _second_act_opening(trigger, main.tokens[-1].i, page)
    before = page.doc[max(main.tokens[-1].i + 1, first - 2) : first]
    at = next((t.i for t in before if norm(t.text) in page.lexicon.cue("verb_coordinators")), None)
    return at is not None and (not main.rule.speech or page.doc[at - 1].is_punct)


def _second_act_opening(trigger: Trigger, floor: int, page: Page) -> int:
    """Without a parse, where the words between a later act's "and" and its verb open, after
    token ``floor``: a pronoun standing for the first act's doer, a phrase of the day after,
    an aside ("and the next day it summoned", "and, on 5 February, closed")."""
    first = trigger.tokens[0].i
    if norm(page.doc[first - 1].text) in page.lexicon.cue("subject_pronouns") | page.lexicon.cue(
        "state_pronouns"
    ):
        first -= 1
    phrases = page.lexicon.phrase_list("day_after_phrases") + page.lexicon.phrase_list("day_before_phrases")
    if set(forms(page.doc[first - 1])) & {p[-1] for p in phrases}:  # the last word of one ends here
        hits = matching_phrases(tokens_of(trigger.head.sent), phrases)
        first = next((hit[0].i for _, hit in hits if hit[-1].i == first - 1), first)
    return _aside_opening(first, floor, page)


def _aside_opening(first: int, floor: int, page: Page) -> int:
    """Where an aside between commas or a time standing just before token ``first`` opens,
    after token ``floor`` ("and, on 5 February, closed"; "and on Monday closed"); ``first``
    itself when none does."""
    time = next((r for r in page.times if r.tokens.end == first and r.tokens.start > floor), None)
    if time is not None:
        start = time.tokens.start
        preposition = norm(page.doc[start - 1].text) in page.lexicon.cue("prepositions")
        return start - 1 if start > floor + 1 and preposition else start
    if first < 1 or page.doc[first - 1].text != ",":
        return first
    for k in range(first - 2, max(floor, first - 2 - ASIDE_WORDS), -1):
        if page.doc[k].text == ",":
            return k
    return first


def _events_around(
    main: Trigger, others: list[Trigger], sent: Span, page: Page, parsed: bool
) -> list[tuple[Candidate, str]]:
    """The main trigger's candidates and those of the others dated apart from it. When they
    give none in an unparsed sentence, the caller tries the next trigger as main: the first
    is not always the predicate ("The trip comes months after the last French troops left
    Mali in August 2022")."""
    main_time = _clause_time(main, sent, page, parsed)
    occasions = _occasions(sent, page)
    dated_occasions = occasions if _sentence_times(sent, page) else []
    told = [main, *others]
    offsets = {t.head.i: days for t in told if (days := _event_offset(t, sent, page)) is not None}
    clause_days = {
        t.head.i: days for t in others if parsed and (days := _clause_day_offset(t, sent, page)) is not None
    }
    offsets |= clause_days
    offsets |= {
        t.head.i: days for t in others if not parsed and (days := _joined_day_offset(t, page)) is not None
    }
    offsets |= {
        t.head.i: offsets[noun.head.i]
        for t in told
        if (noun := _occasion_of(t, told, page)) is not None and noun.head.i in offsets
    }
    spoken_of = {t.head.i: REACTION_DAYS for t in others if _spoken_of(t, main, page, parsed)}
    spoken_of |= {t.head.i: page.window for t in others if _named_after(t, sent, page, parsed)}
    # "The visit comes two weeks after ...": from the news of the page, unless the main act
    # is itself told as done before it ("avaient rappelé leurs ambassadeurs après la destruction");
    # a main act named after an offset of its own gives no base ("Elle intervient une semaine
    # après la convocation ..., et quelques jours après la manifestation qui avait rassemblé,
    # vendredi, ...": Friday is the march's day, not the day the week is counted from)
    after_offset = main.head.i in offsets or dated_noun_phrase(main, page.lexicon, parsed) is not None
    base = (_time_before_offset(main, sent, page) if after_offset else main_time) or (
        None if _pluperfect_told(main, sent, page) else page.lede
    )
    met_at = {t.head.i for t in occasions if _shared_occasion(t, main, page)}
    second = {t.head.i for t in others if _second_act(t, main, sent, page, parsed)}
    counted = None if parsed else _counted_holding_time(main, main_time, others, offsets, page)
    chosen = [main] + [
        t
        for t in others
        if t.head.i in offsets
        or t.head.i in spoken_of
        or t.head.i in met_at
        or t.head.i in second
        or (
            (own := _clause_time(t, sent, page, parsed)) is not None
            and (own is not main_time or any(t.head.i == o.head.i for o in dated_occasions))
        )
    ]
    out: list[tuple[Candidate, str]] = []
    for trig in chosen:
        if not _told_as_fact(trig, sent, page.lexicon):
            continue
        link = _link(trig, sent, page)
        # a second act read by word order, unless it names a subject of its own ("..., and
        # Ghana ordered reinforcements")
        second_act = trig.head.i in second and not parsed and out
        first_act = out[0][0] if second_act and _joined_clause_at(trig, sent, page) == sent.start else None
        cand = _candidate(trig, sent, page, parsed, link, first_act)
        if cand is not None and link == "new" and _undated_attack_in_passing(cand, trig, page, parsed):
            _make_passing(cand)  # "après l'attaque de Dolé-Koira": the page's date is not its
        elif cand is not None and link == "new" and _since_noun(trig, sent, page, parsed):
            _make_passing(cand)  # "Depuis l'échange téléphonique entre X et Y, ...": an earlier event
        elif cand is not None and link == "new" and _named_as_sequel(trig, sent, page):
            _make_passing(cand)  # "..., paving the way for X's visit": a later event
        if cand is not None and trig.rule.yields:
            cand.passing = True  # "militants killed 11 soldiers on March 9": the attack others report
        if cand is not None and trig.head.i in spoken_of:
            _date_spoken_of(cand, trig, base, sent, page, parsed, spoken_of[trig.head.i])
        elif cand is not None and counted is not None and main_time is not None and trig in (main, counted):
            # "The call came three days after gunmen stormed a post ... on Sunday": Sunday is the
            # attack's, and the call three days after it
            _shift_date(cand, main_time, 0 if trig is counted else -offsets[counted.head.i])
        elif cand is not None and trig.head.i in offsets and _phrase_time(trig, sent, page, parsed) is None:
            # "deux semaines après l'entretien du 25 février" keeps its own 25th; "le lendemain"
            # in a clause of its own counts from the day the clause before it names
            day = _day_before_clause(trig, sent, page) if trig.head.i in clause_days else None
            _shift_date(cand, day or base, offsets[trig.head.i])
        if cand is not None and trig.head.i in met_at and out:
            _join_occasion(cand, out[0][0])
        if cand is not None:
            out += [
                (c, link)
                for leg in _repeats(_legs_by_date(cand, trig, sent, page, parsed), trig, sent, page)
                for c in _one_per_doer(leg, trig, sent, page)
            ]
        if cand is not None and link == "new" and (last := _last_such(trig, sent, page)) is not None:
            out.append((_recalled_such(cand, last, page), link))
    if out:
        taken = {t.head.i for t in chosen}
        out += _passing_mentions(main, [t for t in others if t.head.i not in taken], sent, page, parsed)
    return out


def _purpose_party(trigger: Trigger, page: Page, taken: list[Actor]) -> list[Actor]:
    """The person or country a talk's purpose clause is addressed to ("a décroché son
    téléphone pour présenter ses condoléances à X"): the other side of a talk that names one."""
    marks = page.lexicon.cue("purpose_marks")
    clauses = [
        c
        for c in trigger.head.children
        if c.dep_ in ("advcl", "xcomp") and any(norm(m.text) in marks for m in c.children if m.dep_ == "mark")
    ]
    inside = {t.i for c in clauses for t in c.subtree}
    mine = {a.entity for a in taken}
    return _unique(
        [
            actor_of(p.mention)
            for p in page.mentions
            if p.tokens.root.i in inside
            and p.mention.kind in ("person", "country")
            and p.mention.entity not in mine
        ]
    )


def _counted_holding_time(
    main: Trigger, main_time: TimedRef | None, others: list[Trigger], offsets: dict[int, int], page: Page
) -> Trigger | None:
    """Without a parse, the event named after an offset from the main act, between the main
    act and the sentence's day ("The call came three days after gunmen stormed an army post
    ... before dawn on Sunday"): the day is that event's, not the main act's, unless a clause
    of its own holds it ("began joint patrols on the river, where two traders were killed on
    March 7")."""
    if main_time is None or not is_date(main_time.ref):
        return None
    openers = page.lexicon.cue("clause_openers")
    return next(
        (
            t
            for t in others
            if t.head.i in offsets
            and main.tokens[-1].i < t.tokens[0].i
            and t.tokens[-1].i < main_time.tokens.start
            and not any(
                norm(w.text) in openers for w in page.doc[t.tokens[-1].i + 1 : main_time.tokens.start]
            )
        ),
        None,
    )


def _shared_occasion(trigger: Trigger, main: Trigger, page: Page) -> bool:
    """A meeting or a call the main act was done in ("Touadera and Deby agreed in a telephone
    call last week", "ont convenu, lors d'un entretien téléphonique, de ..."): an event of its
    own, held by the main act's parties on its day (`occasion_types`)."""
    return (
        trigger is not main
        and trigger.rule.type != main.rule.type
        and norm(trigger.rule.type) in page.lexicon.cue("occasion_types")
    )


def _join_occasion(cand: Candidate, main: Candidate) -> None:
    """The occasion takes the main act's parties beside its own, and its day when it has none."""
    mine = {a.entity for a in cand.actors + cand.recipients}
    cand.actors += [a for a in main.actors + main.recipients if a.entity not in mine]
    if cand.date is None and main.date is not None:
        cand.date, cand.precision, cand.date_end = main.date, main.precision, main.date_end
        cand.date_source = main.date_source


def _governors_subject(placed: Placed, governors: frozenset[int]) -> bool:
    """The name is in the subject of one of the verbs whose subject the trigger shares."""
    doc = placed.tokens.doc
    return any(
        placed.tokens.root.i
        in {t.i for c in doc[g].children if c.dep_.startswith("nsubj") for t in c.subtree}
        for g in governors
    )


def _same_doers(
    actors: list[Actor], recipients: list[Actor], main: Candidate
) -> tuple[list[Actor], list[Actor]]:
    """A second act read by word order has the main act's doers; the other names are its
    other side ("Burkina Faso accused Togo ..., and closed the main crossing"; "It sent troops
    ... and, on 2 March, closed the Aflao crossing": Ghana's, though the clause names no one)."""
    doers = {a.entity for a in main.actors}
    return list(main.actors), [a for a in actors + recipients if a.entity not in doers]


def _passing_mentions(
    main: Trigger, others: list[Trigger], sent: Span, page: Page, parsed: bool
) -> list[tuple[Candidate, str]]:
    """The events of other kinds the sentence names beside ``main`` (see ``_passing_mention``)."""
    return [(c, "new") for t in others if (c := _passing_mention(t, main, sent, page, parsed)) is not None]


def _passing_mention(
    trigger: Trigger, main: Trigger, sent: Span, page: Page, parsed: bool
) -> Candidate | None:
    """An event of another kind the sentence names in passing, with no day of its own ("a
    accusé les FAS d'être à l'origine de la frappe de drone", "recalled its ambassador over
    a deadly attack on the pipeline"): a report of it, undated, that can only join the event
    other sentences or pages report (``passing``)."""
    if trigger.rule.type == main.rule.type or trigger.rule.speech or _scope(trigger, page, parsed) is None:
        return None
    if not _told_as_fact(trigger, sent, page.lexicon):
        return None
    if _link(trigger, sent, page) != "new":
        return None
    cand = _candidate(trigger, sent, page, parsed, "new")
    if cand is None or cand.future:
        return None
    _make_passing(cand)
    return cand


def _told_as_fact(trigger: Trigger, sent: Span, lex: Lexicon) -> bool:
    """Neither denied, nor conditional or intended, nor an ongoing state, nor a topic of talk."""
    return not (
        negated(trigger, sent, lex)
        or hypothetical(trigger, sent, lex)
        or ongoing_state(trigger, lex)
        or attributive(trigger, sent, lex)
        or discussed(trigger, lex)
    )


def _make_passing(cand: Candidate) -> None:
    cand.date = cand.date_end = cand.precision = cand.date_source = None
    cand.passing = True


def _undated_attack_in_passing(cand: Candidate, trigger: Trigger, page: Page, parsed: bool) -> bool:
    """An attack or a coup named in passing with no day of its own, only the page's or the
    paragraph's: a recall of one other reports date ("la crise ouverte après l'attaque d'une
    station de pompage")."""
    return (
        _unnamed_doer(trigger, page)
        and cand.date_source not in OWN_SOURCES
        and _scope(trigger, page, parsed) is not None
    )


def _since_noun(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> bool:
    """A noun after "depuis" or "since" with no time of its own ("Depuis l'échange
    téléphonique entre X et Y, les gestes d'apaisement se sont enchaînés"): the event a
    state has lasted from, told before and named again, not news of the page. Its own
    time stands before the main verb ("Depuis le départ des soldats, en décembre 2022,
    X n'a cessé ..."), or without a parse within ``SINCE_TIME_REACH`` words."""
    first = trigger.tokens[0].i
    before = [t for t in page.doc[max(sent.start, first - 3) : first] if not t.is_punct]
    determiners = page.lexicon.cue("definite_articles") | page.lexicon.cue("possessives")
    if not (
        before
        and norm(before[0].text) in page.lexicon.cue("since_cues")
        and all(norm(t.text) in determiners for t in before[1:])
    ):
        return False
    after = trigger.tokens[-1].i + 1
    verb = next((t.i for t in page.doc[after : sent.end] if t.pos_ in ("VERB", "AUX")), sent.end)
    reach = verb if parsed else after + SINCE_TIME_REACH
    return not any(after <= r.tokens.start < reach for r in page.times if is_date(r.ref))


def _named_as_sequel(trigger: Trigger, sent: Span, page: Page) -> bool:
    """The act follows a cue of what an earlier act led to ("spoke on March 14 and again on
    March 22, paving the way for X's visit to Conakry", ``sequel_cues``), with no punctuation
    between: a later act, whose day is not the clause's."""
    first, cues = trigger.tokens[0].i, page.lexicon.phrase_list("sequel_cues")
    if not cues:
        return False
    opening = {cue[0] for cue in cues}
    reach = max(sent.start, first - SEQUEL_REACH - max(len(cue) for cue in cues))
    if not any(set(forms(t)) & opening for t in page.doc[reach:first]):
        return False  # no cue opens close enough before the act
    return any(
        0 < first - hit[-1].i <= SEQUEL_REACH and not any(t.is_punct for t in page.doc[hit[-1].i : first])
        for _, hit in matching_phrases(tokens_of(sent), cues)
    )


def _one_per_leg(cand: Candidate, trigger: Trigger, sent: Span, page: Page) -> list[Candidate]:
    """One visit per leg of a tour told in one clause ("reçu mercredi 11 février à Dakar
    puis le lendemain à Nouakchott"): each leg has its place's country as host and its
    own date, else a day counted from the leg before ("le lendemain"), else that leg's."""
    legs = _legs(trigger, sent, page) if cand.type == "CONSULT" and cand.mode in ("visit", None) else []
    if len(legs) < 2:
        return [cand]
    hosts = [h for place in legs if (h := host_of(place, page.mentions)) is not None]
    lands = {h.entity for h in hosts}
    if len(lands) < len(legs):  # a place with no country, or two legs in one country
        return [cand]
    copies: list[Candidate] = []
    for k, (place, host) in enumerate(zip(legs, hosts, strict=True)):
        leg = dataclasses.replace(
            cand,
            actors=[a for a in cand.actors if a.entity not in lands],
            recipients=[r for r in cand.recipients if r.entity not in lands and r.country == host.country]
            + [host],
            location=place.mention.name,
        )
        if k:
            _date_leg(leg, copies[-1], legs[k - 1], place, page, k, len(legs))
        copies.append(leg)
    return _day_per_leg(copies)


def _legs_by_date(cand: Candidate, trigger: Trigger, sent: Span, page: Page, parsed: bool) -> list[Candidate]:
    """One candidate per date and per leg; as many dates as legs go in order, one each ("les 12
    et 13 mars, reçu successivement à Freetown puis à Conakry": Freetown on the 12th)."""
    by_date = [_one_per_leg(d, trigger, sent, page) for d in _one_per_date(cand, trigger, sent, page, parsed)]
    if len(by_date) > 1 and all(len(legs) == len(by_date) for legs in by_date):
        return [legs[k] for k, legs in enumerate(by_date)]
    return [leg for legs in by_date for leg in legs]


def _repeats(legs: list[Candidate], trigger: Trigger, sent: Span, page: Page) -> list[Candidate]:
    """An act the clause counts and dates once or not at all ("se sont parlé à deux reprises",
    "two phone calls, a week apart") is as many events: one report of each, undated, that
    only joins an event other reports date (``passing``), each a different one."""
    times = times_told(trigger, sent, page.lexicon) if len(legs) == 1 else 1
    if times < 2:
        return legs
    copies = [_copy_of(legs[0]) for _ in range(times)]
    for k, copy in enumerate(copies, start=1):
        copy.repeat = k
        _make_passing(copy)
    return copies


def _copy_of(cand: Candidate) -> Candidate:
    """A copy with party lists of its own: each copy's parties change apart from the others'."""
    return dataclasses.replace(cand, actors=list(cand.actors), recipients=list(cand.recipients))


def _day_per_leg(legs: list[Candidate]) -> list[Candidate]:
    """Legs that share a span of as many days as there are legs take one day each, in
    order ("visits to Conakry and Freetown on March 23 and 24")."""
    first = legs[0]
    start, end = to_date(first.date or ""), to_date(first.date_end or "")
    shared = all((c.date, c.date_end) == (first.date, first.date_end) for c in legs)
    if not (shared and first.precision == "day" and start and end and (end - start).days == len(legs) - 1):
        return legs
    for k, leg in enumerate(legs):
        leg.date, leg.date_end = (start + dt.timedelta(days=k)).isoformat(), None
    return legs


def _one_per_doer(cand: Candidate, trigger: Trigger, sent: Span, page: Page) -> list[Candidate]:
    """One statement per doer when the doers are named one after the other ("L'attaque
    avait été condamnée par Moscou, puis par Alger"): each spoke on its own occasion."""
    if not trigger.rule.speech or len(cand.actors) < 2:
        return [cand]
    doers = {a.entity for a in cand.actors}
    named = [
        p for p in page.mentions if sent.start <= p.tokens.start < sent.end and p.mention.entity in doers
    ]
    for a, b in pairwise(named):
        if not _in_sequence(page.doc[a.tokens.end : b.tokens.start], page.lexicon.cue("leg_joiners")):
            return [cand]
    if len({p.mention.entity for p in named}) != len(named) or len(named) != len(doers):
        return [cand]
    return [
        dataclasses.replace(cand, actors=[actor_of(p.mention)], recipients=list(cand.recipients))
        for p in named
    ]


def _in_sequence(between: Span, words: frozenset[str]) -> bool:
    """Two things told one after the other: one of ``words`` ("puis", "then") at most
    ``LEG_GAP`` words before the second, no sentence break between."""
    joiners = [t.i for t in between if norm(t.text) in words]
    return (
        bool(joiners)
        and between.end - joiners[-1] <= LEG_GAP
        and not any(t.text in (";", ".", ":") for t in between)
    )


def _legs(trigger: Trigger, sent: Span, page: Page) -> list[Placed]:
    """The places after the trigger a visitor is received or goes to, one after another
    ("à Dakar puis le lendemain à Nouakchott"), joined by a ``leg_joiners`` word, or listed
    under one preposition ("visits to Conakry and Freetown"), or the two ends of a shuttle."""
    lex = page.lexicon
    legs: list[Placed] = []
    for place in _places_after(trigger.tokens[-1].i, sent, page):
        located = is_located_in(place, lex)
        gap = page.doc[legs[-1].tokens.end : place.tokens.start] if legs else None
        if gap is None:
            legs += [place] if located else []
        elif _listed(gap, lex) or (located and _in_sequence(gap, _leg_words(lex))):
            legs.append(place)
        elif located:
            break
    return legs if len(legs) > 1 else _shuttle_ends(trigger, sent, page) or legs


def _places_after(index: int, sent: Span, page: Page) -> list[Placed]:
    """The places and countries the sentence names after token ``index``."""
    return [
        p for p in page.mentions
        if index < p.tokens.start < sent.end and p.mention.kind in ("place", "country")
    ]  # fmt: skip


def _listed(gap: Span, lex: Lexicon) -> bool:
    """Two names joined by a lone "et", "and": one list."""
    return len(gap) == 1 and norm(gap[0].text) in lex.cue("place_joiners")


def _shuttle_ends(trigger: Trigger, sent: Span, page: Page) -> list[Placed]:
    """The two places a visitor went back and forth between, each a leg ("shuttled between
    Kinshasa and Kigali", "faisait la navette entre Niamey et Cotonou")."""
    lex = page.lexicon
    after = page.doc[trigger.tokens[-1].i + 1 : sent.end]
    cue = next((t for t in after[:2] if norm(t.text) in lex.cue("between_cues")), None)
    if cue is None:
        return []
    places = _places_after(cue.i, sent, page)[:2]
    if len(places) < 2 or places[0].tokens.start != cue.i + 1:
        return []
    return places if _listed(page.doc[places[0].tokens.end : places[1].tokens.start], lex) else []


def _leg_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that join a tour's legs: a sequence ("puis", "then") or a place list ("et", "and")."""
    return lexicon.cue("leg_joiners") | lexicon.cue("place_joiners")


def _date_leg(
    leg: Candidate, before: Candidate, previous: Placed, place: Placed, page: Page, rank: int, legs: int
) -> None:
    """A leg's date: a time told between its joiner and its place or just after the place
    ("puis le lendemain à Nouakchott", "and in Ouagadougou the next day"; the ``rank``-th of
    as many days as there are ``legs``), else a day counted from the leg before, else that
    leg's own."""
    joiners = _leg_words(page.lexicon)
    gap = page.doc[previous.tokens.end : place.tokens.start]
    joiner = max(t.i for t in gap if norm(t.text) in joiners)
    end = place.tokens.end
    while end < min(place.tokens.sent.end, place.tokens.end + LEG_GAP) and not page.doc[end].is_punct:
        end += 1
    told = [r for r in page.times if joiner <= r.tokens.start < end and is_date(r.ref)]
    if told:
        # "between Kinshasa and Kigali on Monday and Tuesday": a list of days for the legs
        _set_from_ref(leg, told[rank] if len(told) == legs else told[0], "clause", page)
        return
    days = _narrative_offset(list(page.doc[joiner:end]), page.lexicon)
    day = to_date(before.date) if before.date and before.precision == "day" else None
    if days is not None and day is not None:
        leg.date = (day + dt.timedelta(days=days)).isoformat()


def _clause_day_offset(trigger: Trigger, sent: Span, page: Page) -> int | None:
    """ "la veille", "le lendemain" in the subordinate clause of a verb other than the
    sentence's predicate: a day from the predicate's ("X a reçu jeudi Y, venu de Dakar où
    il avait été reçu la veille par Z"). A second root counts too: a clause the parser left
    on its own after a semicolon ("Y est reçue jeudi ; le lendemain, les deux présidents se
    reparlent")."""
    head = trigger.head
    if head.pos_ != "VERB" or (head.dep_ == "ROOT" and not _second_root(head, sent)):
        return None
    return _narrative_offset(list(head.subtree), page.lexicon)  # the subtree comes in text order


def _day_before_clause(trigger: Trigger, sent: Span, page: Page) -> TimedRef | None:
    """The day named last in the sentence before the trigger's clause: what its "le
    lendemain" counts from when clauses list days ("le lundi, les marins sont libérés ; le
    mercredi, le Cap-Vert rouvre ses eaux ; le lendemain, les deux présidents se reparlent")."""
    start = trigger.head.left_edge.i
    days = [day for r in _sentence_times(sent, page) if r.tokens.end <= start and (day := _first_day(r))]
    return days[-1] if days else None


def _second_root(head: Token, sent: Span) -> bool:
    return any(t.dep_ == "ROOT" for t in sent.doc[sent.start : head.i])


def _joined_day_offset(trigger: Trigger, page: Page) -> int | None:
    """Without a parse: a later act joined by "and" that a day phrase in its own clause
    counts from the first ("summoned the ambassador on April 20 and closed the post the
    following day")."""
    joint = _coordinator_before(trigger, page)
    if joint is None:
        return None
    end, sent_end = trigger.tokens[-1].i + 1, trigger.head.sent.end
    while end < sent_end and not page.doc[end].is_punct:
        end += 1
    return _narrative_offset(list(page.doc[joint:end]), page.lexicon)


def _occasion_of(trigger: Trigger, triggers: list[Trigger], page: Page) -> Trigger | None:
    """The noun trigger whose relative clause of occasion the trigger is in: "deux jours après
    la rencontre de Doha au cours de laquelle les ministres ont signé un mémorandum" (the
    signing is the meeting's, two days before the sentence's day). The relative pronoun
    (``occasion_relatives``) follows the noun's phrase, with no other verb and no
    punctuation between the noun and the trigger."""
    doc, relatives = page.doc, page.lexicon.cue("occasion_relatives")
    for noun in triggers:
        if noun is trigger or noun.tokens[-1].i >= trigger.tokens[0].i:
            continue
        between = doc[noun.tokens[-1].i + 1 : trigger.tokens[0].i]
        at = next((t.i for t in between if norm(t.text) in relatives), None)
        if at is None or any(t.pos_ == "VERB" or t.is_punct for t in between if t.i != at):
            continue
        return noun
    return None


def _event_offset(trigger: Trigger, sent: Span, page: Page) -> int | None:
    """Cached ``_offset_of`` (asked by sorting, dating and every other trigger's sides)."""
    if trigger.head.i not in page.offsets:
        page.offsets[trigger.head.i] = _offset_of(trigger, sent, page)
    return page.offsets[trigger.head.i]


def _offset_of(trigger: Trigger, sent: Span, page: Page) -> int | None:
    """Days from the sentence's date to an event a noun names after an offset: "three days
    after an attack" (-3), "deux jours avant le sommet" (+2), "au lendemain de l'audience" (-1).
    The noun stands at most a few words after the offset (its article, an adjective)."""
    tokens, lex = tokens_of(sent), page.lexicon
    k = _offset_word(tokens, trigger.tokens[0].i - sent.start, lex)
    if k is None:
        return None
    word = forms(tokens[k])[0]
    if day := _day_noun_sign(word, lex):  # "au lendemain de l'audience": a day before
        return -day
    sign = -1 if word in lex.cue("offset_after") else 1
    count = _count_start(tokens, k, lex)
    if count < 0:
        return None
    days = _days_of(forms(tokens[count])[0], forms(tokens[count + 1])[0], time_patterns(lex.lang).lexicon)
    return sign * days if days else None


def _time_before_offset(trigger: Trigger, sent: Span, page: Page) -> TimedRef | None:
    """The time closing just before the count of an offset the trigger is named after ("shut
    since March 11, four days after gunmen attacked", "fermé le 11 mars, quatre jours après
    l'attaque"): the day the count runs back from; of a span ("since March 11"), its first day."""
    tokens, lex = tokens_of(sent), page.lexicon
    k = _offset_word(tokens, trigger.tokens[0].i - sent.start, lex)
    if k is None or _day_noun_sign(forms(tokens[k])[0], lex):
        return None
    count = sent.start + _count_start(tokens, k, lex)
    return next(
        (
            _first_day(r)
            for r in _sentence_times(sent, page)
            if _first_day(r) is not None and r.tokens.end == count - 1 and page.doc[count - 1].text == ","
        ),
        None,
    )


def _first_day(timed: TimedRef) -> TimedRef | None:
    """A time naming a day, or a span open from a day ("since March 11") as that day; else
    None (a closed span, "earlier this week", gives no day to count from)."""
    ref = timed.ref
    if ref.precision == "day":
        return timed
    if ref.precision == "range" and ref.value_end is None and to_date(ref.value or "") is not None:
        return TimedRef(dataclasses.replace(ref, precision="day", value_end=None), timed.tokens)
    return None


def _offset_word(tokens: list[Token], first: int, lex: Lexicon) -> int | None:
    """Where the nearest offset word ("après", "before", "lendemain de") stands among the
    ``OFFSET_REACH`` words before ``tokens[first]``, or None. A day noun standing alone ("Le
    lendemain, il a rencontré ...") dates the sentence from the day just told instead
    (``_narrative_offset``): it names no event."""
    offsets = lex.cue("offset_after") | lex.cue("offset_before")
    for k in range(first - 1, max(0, first - OFFSET_REACH) - 1, -1):
        word = forms(tokens[k])[0]
        if word in offsets or (_day_noun_sign(word, lex) and _genitive_after(tokens, k, lex)):
            return k
    return None


def _genitive_after(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    return k + 1 < len(tokens) and forms(tokens[k + 1])[0] in lex.cue("genitive_cues")


def _count_start(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """Where the count of the offset word at ``k`` opens ("trois jours" before "après"): two
    words before it, past an ``offset_fillers`` phrase ("une semaine jour pour jour après");
    negative when the sentence opens too close for one."""
    return k - _filler_before(tokens, k, lex) - 2


def _filler_before(tokens: list[Token], k: int, lex: Lexicon) -> int:
    """How many words of an ``offset_fillers`` phrase ("jour pour jour", "to the day") stand just before ``k``."""
    for phrase in lex.phrase_list("offset_fillers"):
        n = len(phrase)
        if k >= n and all(word in forms(t) for word, t in zip(phrase, tokens[k - n : k], strict=True)):
            return n
    return 0


MONTH_DAYS = 30  # "un mois après l'attaque": about thirty days, dated to the month only (see _shift_date)


def _days_of(number: str, unit: str, lexicon: TimeLexicon) -> int | None:
    """ "trois jours" -> 3, "two weeks" -> 14, "un mois" -> 30; None for other units or no number."""
    count = int(number) if number.isdigit() else lexicon.numbers.get(number)
    multiplier, designator = lexicon.units.get(unit, (0, ""))
    per = {"D": 1, "W": 7, "M": MONTH_DAYS}.get(designator)
    return count * multiplier * per if count and per else None


def _shift_date(cand: Candidate, ref: TimedRef | None, days: int, before: int = 0) -> None:
    """Date an event named after an offset from the sentence's own day; with ``before``,
    somewhere in the days up to it (an attack condemned on Monday happened by Monday)."""
    first = _first_day(ref) if ref is not None else None
    day = to_date(first.ref.value or "") if first is not None else None
    if day is None:
        return
    shifted = day + dt.timedelta(days=days)
    cand.date, cand.date_end, cand.precision, cand.date_source = shifted.isoformat(), None, "day", "clause"
    if abs(days) >= MONTH_DAYS:  # a count of months is no count of days: the month it lands in
        cand.date, cand.precision = shifted.isoformat()[:7], "month"
    if before:
        cand.date, cand.date_end = (shifted - dt.timedelta(days=before)).isoformat(), shifted.isoformat()
        cand.precision, cand.open_start = "range", True


def _date_spoken_of(
    cand: Candidate,
    trigger: Trigger,
    said: TimedRef | None,
    sent: Span,
    page: Page,
    parsed: bool,
    before: int,
) -> None:
    """Date an attack a statement is about from its own phrase: its own time ("l'attaque du
    7 septembre"), a day before or after the statement ("l'attaque perpétrée la veille"),
    else the ``before`` days up to the statement (see ``REACTION_DAYS``)."""
    own = _phrase_time(trigger, sent, page, parsed)
    if own is not None:
        _set_from_ref(cand, own, "clause", page)
    elif (days := _narrative_offset(_phrase_tokens(trigger, sent, page, parsed), page.lexicon)) is not None:
        _shift_date(cand, said, days)
    else:
        _shift_date(cand, said, 0, before=before)


def _phrase_time(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> TimedRef | None:
    """A time inside a noun trigger's own phrase ("l'entretien téléphonique du 25 février")."""
    inside = {t.i for t in _phrase_tokens(trigger, sent, page, parsed)}
    return nearest_time(trigger, [r for r in page.times if r.tokens.start in inside])


def _phrase_tokens(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> list[Token]:
    if parsed:
        return sorted(trigger.head.subtree, key=lambda t: t.i)
    scope = _scope(trigger, page, parsed) or _after_clause(trigger, sent, page)
    return [t for t in tokens_of(sent) if t.i in scope]


def _named_after(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> bool:
    """A noun with a phrase of its own (see ``nominal_scope``) named after "après",
    "after" with no count of days ("ses condoléances après l'embuscade de Kandadji", "met
    X after talks with Y"): an event of its own, before the sentence's."""
    if not parsed and (start := _after_clause_at(trigger, sent, page)) is not None:
        # the clause's first verb is its event; the others ("... spoke by phone and asked
        # their ministers to meet") tell what was said or decided there
        leading = not any(start < t.head.i < trigger.head.i for t in _triggers(sent, page))
        return leading and _event_offset(trigger, sent, page) is None
    if _scope(trigger, page, parsed) is None:
        return False
    tokens, first = tokens_of(sent), trigger.tokens[0].i - sent.start
    for k in range(first - 1, max(0, first - 3) - 1, -1):
        if forms(tokens[k])[0] in page.lexicon.cue("offset_after"):
            return _event_offset(trigger, sent, page) is None
    return False


def _after_clause_at(trigger: Trigger, sent: Span, page: Page) -> int | None:
    """Cached ``_after_clause_start`` (asked for the trigger's own dating and names and by
    every other trigger's)."""
    if trigger.head.i not in page.after_clauses:
        page.after_clauses[trigger.head.i] = _after_clause_start(trigger, sent, page)
    return page.after_clauses[trigger.head.i]


def _after_clause_start(trigger: Trigger, sent: Span, page: Page) -> int | None:
    """Without a parse, where a clause opened by "after" begins when the trigger is its verb
    and it names its own subject, a capitalised name or a pronoun ("The deal was signed by
    X, after Wang held talks with Y"):
    an event of its own, before the sentence's, whose names are those of its clause."""
    doc, first = page.doc, trigger.tokens[0].i
    for k in range(first - 1, sent.start - 1, -1):
        if doc[k].is_punct:
            return None
        if norm(doc[k].text) in page.lexicon.cue("offset_after"):
            subject = any(
                t.text[:1].isupper() or norm(t.text) in page.lexicon.cue("subject_pronouns")
                for t in doc[k + 1 : first]
            )
            return k if subject or _names_doer_between(k, first, sent, page) else None
    return None


def _after_clause(trigger: Trigger, sent: Span, page: Page) -> frozenset[int]:
    """The tokens of the clause opened by "after" whose verb the trigger is (see
    ``_after_clause_at``), or none."""
    start = _after_clause_at(trigger, sent, page)
    return (
        frozenset() if start is None else frozenset(range(start, _unparsed_clause_end(trigger, sent, page)))
    )


def _scope(trigger: Trigger, page: Page, parsed: bool) -> frozenset[int] | None:
    """Cached ``nominal_scope``: every sibling trigger's reading asks for it."""
    key = (trigger.head.i, parsed)
    if key not in page.scopes:
        page.scopes[key] = nominal_scope(trigger, page.lexicon, parsed)
    return page.scopes[key]


def _spoken_of_here(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> bool:
    """The trigger is what a speech act of its sentence is about ("le Mali a condamné l'attaque")."""
    return any(
        _spoken_of(trigger, other, page, parsed) for other in _triggers(sent, page) if other is not trigger
    )


def _spoken_of(trigger: Trigger, main: Trigger, page: Page, parsed: bool) -> bool:
    """An attack or a coup a statement is about ("Russia condemned an ambush on a convoy"):
    the object of a speech act, told as an event of its own."""
    if not main.rule.speech or not _unnamed_doer(trigger, page):
        return False
    if parsed:
        return trigger.head.dep_ == "obj" and trigger.head.head.i == main.head.i
    gap = trigger.tokens[0].i - main.tokens[-1].i
    return 0 < gap <= 3 and _scope(trigger, page, parsed) is not None


def _beside(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """The trigger names the occasion another event was held beside ("en marge du sommet")."""
    return _after_sideline(tokens_of(sent), trigger.tokens[0].i - sent.start, lexicon)


def _after_sideline(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """``tokens[i]`` follows "en marge du", "on the sidelines of": it names an occasion."""
    return has_phrase_before(tokens, i, lexicon.phrase_list("sideline_cues"), SIDELINE_WINDOW)


def _one_per_date(cand: Candidate, trigger: Trigger, sent: Span, page: Page, parsed: bool) -> list[Candidate]:
    """One candidate per date of a coordinated run in its clause: "they spoke on Sept. 9
    and Sept. 16", "ils s'étaient parlé en août puis en septembre" tell two events."""
    own = _clause_time(trigger, sent, page, parsed)
    if own is None or cand.date_source != "clause":
        return [cand]
    run = _coordinated_run(own, _sentence_times(sent, page), page)
    if len(run) == 1:
        return [cand]
    if trigger.rule.role == "mutual" and cand.mode != "phone" and (days := _consecutive_days(run)):
        # "réunie lundi et mardi à Ruacana", "held on May 11 and 12": one session over both days
        cand.date, cand.date_end, cand.precision = days[0].isoformat(), days[-1].isoformat(), "day"
        return [cand]
    theirs = {  # the dates other triggers of the sentence are told on
        id(t)
        for other in _triggers(sent, page)
        if other.head.i != trigger.head.i and (t := _clause_time(other, sent, page, parsed)) is not None
    }
    copies = []
    for ref in run:
        if ref is own:
            copies.append(cand)
            continue
        if (id(ref) in theirs or _subject_after(ref, page)) and _comma_between(own, ref, page):
            continue  # "summoned the ambassador on Monday, and on Tuesday Dakar recalled its envoy"
        other = _copy_of(cand)
        _set_from_ref(other, ref, "clause", page)
        copies.append(other)
    return copies


def _consecutive_days(run: list[TimedRef]) -> list[dt.date]:
    """The days of a run of dates that follow one another day by day, else none."""
    days = [d for r in run if r.ref.precision == "day" and (d := to_date(r.ref.value or "")) is not None]
    in_a_row = len(days) == len(run) and all((b - a).days == 1 for a, b in pairwise(days))
    return days if in_a_row else []


def _subject_after(ref: TimedRef, page: Page) -> bool:
    """A new subject opens right after the date ("reopened last week, and on Monday a convoy
    arrived"): the date is the next clause's, whatever the reader made of its verb."""
    if ref.tokens.end >= len(page.doc):
        return False
    word = norm(page.doc[ref.tokens.end].text)
    lex = page.lexicon
    return word in lex.cue("determiners") | lex.cue("definite_articles") | lex.cue("subject_pronouns")


def _comma_between(a: TimedRef, b: TimedRef, page: Page) -> bool:
    first, second = sorted((a, b), key=lambda r: r.tokens.start)
    return any(t.text == "," for t in page.doc[first.tokens.end : second.tokens.start])


def _coordinated_run(own: TimedRef, refs: list[TimedRef], page: Page) -> list[TimedRef]:
    """The dates joined to ``own`` by "et", "and", "puis" or a comma, in text order ("on
    September 23 and again on September 30")."""
    dates = sorted((r for r in refs if is_date(r.ref)), key=lambda r: r.tokens.start)
    if own not in dates:
        return [own]
    joiners = page.lexicon.cue("date_coordinators")
    i = j = dates.index(own)

    def joined(a: TimedRef, b: TimedRef) -> bool:
        between = page.doc[a.tokens.end : b.tokens.start]
        words = [norm(t.text) for t in between if not t.is_punct]
        return (
            len(between) <= 4
            and any(w in joiners for w in words)
            and all(
                w in joiners
                or w in page.lexicon.cue("location_cues")
                or w in page.lexicon.cue("date_list_fillers")
                for w in words
            )
        )

    while i > 0 and joined(dates[i - 1], dates[i]):
        i -= 1
    while j + 1 < len(dates) and joined(dates[j], dates[j + 1]):
        j += 1
    return dates[i : j + 1]


def _depth(trigger: Trigger) -> int:
    depth, node = 0, trigger.head
    while node.head.i != node.i and depth < 50:
        node, depth = node.head, depth + 1
    return depth


def _tokens_before(trigger: Trigger, sent: Span) -> list[Token]:
    return tokens_of(sent)[: trigger.tokens[0].i - sent.start]


def _link(trigger: Trigger, sent: Span, page: Page) -> str:
    """How a trigger relates to events already on the page.

    "same": a demonstrative ("cet entretien") points at the latest event of its type;
    "inside": the sentence is set inside an earlier event ("lors de l'entretien, ..."),
    so its acts are what happened there; "new" otherwise.
    """
    tokens = tokens_of(sent)
    pos = trigger.tokens[0].i - sent.start
    prior = [e for e in page.events if e.type == trigger.rule.type]
    pointers = page.lexicon.cue("demonstratives")
    if prior and any(norm(t.text) in pointers for t in tokens[max(0, pos - 2) : pos]):
        return "same"
    if _sentence_times(sent, page) or _event_offset(trigger, sent, page) is not None:
        # "Lors de sa visite, le 7 février 2023, ...", "two days after speaking by phone
        # with X": an occasion of its own
        return "new"
    if prior and _definite_reference(trigger, tokens, pos, page.lexicon):
        return "same"
    occasions = _occasions(sent, page)
    if any(e.type == n.rule.type for n in occasions for e in page.events):
        return "inside"
    return "new"


def _occasions(sent: Span, page: Page) -> list[Trigger]:
    """Noun triggers a continuation cue introduces ("lors de l'entretien", "during the visit")."""
    tokens = tokens_of(sent)
    found: list[Trigger] = []
    for _, hit in matching_phrases(tokens, page.lexicon.phrase_list("continuation_cues")):
        after = {t.i for t in tokens[hit[-1].i - sent.start + 1 : hit[-1].i - sent.start + 4]}
        found += [t for t in _triggers(sent, page) if t.head.i in after]
    return found


def _triggers(sent: Span, page: Page) -> list[Trigger]:
    """The sentence's triggers, found once however many questions ask for them."""
    if sent.start not in page.triggers:
        dates = {
            i
            for r in page.times
            if sent.start <= r.tokens.start < sent.end
            for i in range(r.tokens.start, r.tokens.end)
        }
        page.triggers[sent.start] = [  # a word of a date is no trigger ("on March 15": no march)
            t for t in find_triggers(sent, page.lexicon) if not any(w.i in dates for w in t.tokens)
        ]
    return page.triggers[sent.start]


def _definite_reference(trigger: Trigger, tokens: list[Token], pos: int, lexicon: Lexicon) -> bool:
    """A noun trigger names the event just told, not a new one, when it opens its
    sentence, or is its subject, with a definite article ("L'audience s'est déroulée en
    présence de ...", "Selon des sources concordantes, l'attaque a coûté ...") or follows
    a cue of sequence ("à l'issue de l'entretien", "à sa sortie d'audience", "after their
    talks")."""
    if trigger.head.pos_ not in ("NOUN", "PROPN") and has_parse(trigger.head.sent):
        return False
    article = norm(tokens[pos - 1].text) if pos >= 1 else None
    definite = article in lexicon.cue("definite_articles")
    opening = pos <= 2 and all(t.is_punct for t in tokens[: pos - 1])
    if definite and (opening or trigger.head.dep_.startswith("nsubj")):
        return True
    determined = definite or article in lexicon.cue("possessives")
    return has_phrase_before(tokens, pos - 1 if determined else pos, lexicon.phrase_list("reference_cues"), 1)


def _clause_time(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> TimedRef | None:
    """The time of the trigger's clause; for a noun named in passing, of its own phrase
    ("the pact comes weeks after ECOWAS threatened to reverse the July 26 coup")."""
    if parsed and (own := _hung_on_noun(trigger, page)) is not None and not _last_before_first(own, page):
        return own
    refs = _own_times(trigger, sent, page, parsed)
    if not parsed:  # "..., where the two traders were killed on March 7": another clause's day
        end = _unparsed_clause_end(trigger, sent, page)
        refs = [r for r in refs if r.tokens.start < end]
    scope = _time_scope(trigger, page, parsed)
    if scope is not None:
        return nearest_time(trigger, [r for r in refs if r.tokens.start in scope])
    heads = clause_heads(trigger, page.lexicon) if parsed else frozenset()
    return nearest_time(
        trigger, [r for r in refs if in_clause(r.tokens, heads, parsed) and not _of_subject(r, trigger)]
    )


def _of_subject(ref: TimedRef, trigger: Trigger) -> bool:
    """The time qualifies the verb's subject, not the verb ("les supporters détenus depuis le
    match du 31 mars ont été libérés vendredi": detained since then, released on Friday)."""
    verb = trigger.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for token in (ref.tokens.root, *ref.tokens.root.ancestors):
        if token.i == verb.i:
            return False
        if token.head.i == verb.i:
            return token.dep_.startswith("nsubj")
    return False


def _hung_on_noun(trigger: Trigger, page: Page) -> TimedRef | None:
    """A date the parse hangs on a noun trigger itself ("a rappelé jeudi l'entretien
    téléphonique du 2 mars", "la rencontre de lundi"), or on a relative clause that tells
    when the noun took place ("les pourparlers, qui se sont tenus les 31 mars et 1er avril,
    étaient les premiers depuis décembre 2023"): the noun's, not its verb's."""
    if trigger.head.pos_ != "NOUN":
        return None
    words = {t.i for t in trigger.tokens}
    relatives = {
        c.i
        for c in trigger.head.children
        if c.dep_ == "acl:relcl"
        and any(g.dep_.startswith("nsubj") and g.pos_ == "PRON" for g in c.children)
        and _tells_occurrence(c, page.lexicon)
    }
    return next(
        (
            r
            for r in page.times
            if is_date(r.ref)
            and not _in_since_phrase(r, trigger, page)
            and (
                (r.tokens.root.dep_.startswith("nmod") and r.tokens.root.head.i in words)
                or _clause_verb(r.tokens.root).i in relatives
                or _date_after_genitive(trigger, r, page)
            )
        ),
        None,
    )


def _date_after_genitive(trigger: Trigger, ref: TimedRef, page: Page) -> bool:
    """The date is the noun's complement by word order, whatever the parse hangs it on
    ("les victimes de la frappe du 8 avril": the strike's day, not the victims')."""
    last, sent = trigger.tokens[-1].i, trigger.head.sent
    return ref.tokens.start == last + 2 and _genitive_after(tokens_of(sent), last - sent.start, page.lexicon)


def _tells_occurrence(verb: Token, lexicon: Lexicon) -> bool:
    """The verb says that something took place ("se tenir", "avoir lieu"; ``occurrence_verbs``)."""
    verbs, lemma = lexicon.cue("occurrence_verbs"), norm(verb.lemma_)
    return lemma in verbs or any(f"{lemma} {norm(c.text)}" in verbs for c in verb.children)


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds the token (the token itself when it is one)."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), token)


def _own_times(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> list[TimedRef]:
    """The sentence's times less those inside another trigger's phrase named in passing,
    those another event noun owns (``_hung_on_noun``), and the day a "first ... since"
    counts from (``_last_before_first``)."""
    taken: set[int] = set()
    for other in _triggers(sent, page):
        if other.head.i == trigger.head.i:
            continue
        scope = _time_scope(other, page, parsed) or frozenset()
        if trigger.head.i not in scope:  # a noun inside another's clause keeps its own times
            taken |= scope
        if parsed and (owned := _hung_on_noun(other, page)) is not None:
            taken |= set(range(owned.tokens.start, owned.tokens.end))  # "la frappe du 8 avril": the strike's
    return [
        r
        for r in _sentence_times(sent, page)
        if r.tokens.start not in taken
        and not _in_other_clause(r, trigger, page, parsed)
        and not _last_before_first(r, page)
    ]


def _last_such(trigger: Trigger, sent: Span, page: Page) -> TimedRef | None:
    """The day of the last event of the trigger's kind, when a "first ... since" follows it
    before any other trigger ("sa première visite à Bangui depuis février 2022"), or after one
    naming it again ("a phone call ..., their first conversation since 2024")."""
    later = [t.tokens[0].i for t in _triggers(sent, page) if t.tokens[0].i > trigger.tokens[-1].i]
    reach = min([*later, sent.end])
    return next(
        (
            r
            for r in _sentence_times(sent, page)
            if trigger.tokens[-1].i < r.tokens.start
            and (r.tokens.start <= reach or _ordinal_between(trigger.tokens[-1].i, r, page))
            and _last_before_first(r, page)
        ),
        None,
    )


def _ordinal_between(after: int, ref: TimedRef, page: Page) -> bool:
    """A "first" stands between token ``after`` and the "since" of ``ref``."""
    return any(norm(t.text) in page.lexicon.cue("first_since") for t in page.doc[after : ref.tokens.start])


def _recalled_such(cand: Candidate, ref: TimedRef, page: Page) -> Candidate:
    """That last event: the same parties, on the day the "since" names, recalled."""
    prior = dataclasses.replace(
        cand,
        actors=list(cand.actors),
        recipients=list(cand.recipients),
        topics=list(cand.topics),
        setting=list(cand.setting),
        page_countries=list(cand.page_countries),
        date_end=None,
        stay=False,  # a stay's days run on: the last one would take in this one
    )
    _set_from_ref(prior, ref, "clause", page)
    prior.background, prior.passing = True, False
    return prior


def _last_before_first(ref: TimedRef, page: Page) -> bool:
    """A time after "depuis" or "since" that a "first" stands before ("sa première dans
    notre capitale depuis février 2022", "his first trip since 2022"): the day of the last
    such event."""
    opening = ref.tokens.start
    if opening > 0 and norm(page.doc[opening - 1].text) in page.lexicon.cue("since_cues"):
        opening -= 1
    elif norm(ref.tokens[0].text) not in page.lexicon.cue("since_cues"):
        return False
    for token in reversed(page.doc[max(0, opening - FIRST_SINCE_REACH) : opening]):
        if token.is_sent_end or token.text in (".", "!", "?"):
            return False
        if norm(token.text) in page.lexicon.cue("first_since"):
            return True
    return False


def _time_scope(trigger: Trigger, page: Page, parsed: bool) -> frozenset[int] | None:
    """Where the time of a noun named in passing stands: anywhere in its phrase with a
    parse; without one, before the noun ("the July 26 coup"), since a time after it may
    be the verb's ("condemned the attack on Monday"); and the whole clause of a verb
    opened by "after" (see ``_after_clause_at``)."""
    scope = _scope(trigger, page, parsed)
    if scope is None and not parsed:
        # "The talks were set up after X and Y spoke by phone on February 19": the call's date
        return _after_clause(trigger, trigger.head.sent, page) or None
    if scope is None or parsed or follows_offset(trigger, page.lexicon):
        return scope  # "came days after the expulsion on Saturday of X": the expulsion's day
    return frozenset(i for i in scope if i < trigger.tokens[0].i)


def _sentence_times(sent: Span, page: Page) -> list[TimedRef]:
    """The sentence's time expressions, less those its finer dates refine ("this month,
    on Sept. 9 and Sept. 16": the two days, not the month)."""
    opening = _dateline_end(sent)
    refs = [r for r in page.times if max(sent.start, opening) <= r.tokens.start < sent.end]
    values = [r.ref.value or "" for r in refs if is_date(r.ref)]
    return [r for r in refs if not _refined(r.ref.value or "", values)]


def _dateline_end(sent: Span) -> int:
    """Where a wire dateline opening the sentence ends ("RABAT, April 18 (Northstar) - A
    farmer was shot dead late on Friday"): its date is the page's, never an act's."""
    first = sent[0]
    if len(sent) < 2 or not (
        first.is_upper and sum(c.isalpha() for c in first.text) >= 3 and sent[1].text == ","
    ):
        return sent.start
    reach = sent[: min(len(sent), DATELINE_REACH)]
    return next((t.i + 1 for t in reach if t.text in ("-", "–", "—") and t.i > first.i + 1), sent.start)


def _refined(value: str, values: list[str]) -> bool:
    return bool(value) and any(len(v) > len(value) and v.startswith(value + "-") for v in values)


def _candidate(
    trigger: Trigger, sent: Span, page: Page, parsed: bool, link: str, first_act: Candidate | None = None
) -> Candidate | None:
    """The trigger's event, or None when it names no party; a second act read by word order
    (``_second_act``) has ``first_act``'s doers (see ``_same_doers``)."""
    heads = clause_heads(trigger, page.lexicon) if parsed else frozenset()
    own = _own_phrase(trigger, sent, page, parsed)
    location, loc_mention = find_location(trigger, sent, page.mentions, page.lexicon, heads, parsed, own)
    actors, recipients = _participants(trigger, sent, page, parsed, heads, loc_mention)
    if (
        not actors
        and norm(trigger.rule.type) in page.lexicon.cue("own_forces_types")
        and any(r.kind == "organisation" for r in recipients)
    ):
        # "un bataillon des Forces armées nigériennes a été déployé": the forces deployed are
        # their own side's, which deploys them; a country is none ("It sent troops to the
        # frontier, the artery for Congolese exports": "It" says who, told before)
        actors, recipients = recipients, []
    if norm(trigger.rule.type) in page.lexicon.cue("own_forces_types"):
        actors += _deployed_service(trigger, actors, sent, page)  # "Conakry rushed troops to the border"
    if trigger.rule.role == "travel" and (host := host_of(loc_mention, page.mentions)):
        recipients = _unique([*recipients, host])
    unnamed = _unnamed_doer(trigger, page)
    pair = _people_pair(trigger, sent, page, heads, actors, unnamed) if link == "new" else []
    if pair:
        actors, recipients = pair, [r for r in recipients if r.entity not in {a.entity for a in pair}]
    if parsed and trigger.rule.role == "mutual" and len(actors) + len(recipients) == 1:
        recipients += _purpose_party(trigger, page, actors + recipients)
    if (
        not (parsed or unnamed)
        and trigger.rule.role == "mutual"
        and _scope(trigger, page, parsed) is not None
    ):
        actors = _unique(_opening_names(sent, page) + actors)  # "X met Y after talks with Z": X's talks
    if actors and link == "new" and (speaker := _pronoun_subject(trigger, sent, page, parsed)) is not None:
        # "X était à Rabat, où il s'est entretenu avec Y": "il" is X, beside the Y named
        actors = _unique([speaker, *actors])
        recipients = [r for r in recipients if r.entity != speaker.entity]
    if not actors and link == "new" and not (unnamed and trigger.head.pos_ == "NOUN"):
        # an attack or a coup named as a noun has no subject to stand for: no doer is inherited
        actors = (
            _inherited(trigger, sent, page, heads, parsed)
            or _government(trigger, sent, page)
            or (_controller(trigger, sent, page) if parsed else [])
        )
    crowd = norm(trigger.rule.type) in page.lexicon.cue("crowd_types")
    if not actors and crowd and (organiser := _organiser(sent, page)) is not None:
        actors = [organiser]  # "ont manifesté ... à l'appel de l'Union des agriculteurs"
    if not actors and crowd:
        # "thousands of people marched through central Freetown": the crowd is the country's people
        setting = host_of(loc_mention, page.mentions) or _setting_country(sent, page)
        actors = [setting] if setting else []
        recipients = [r for r in recipients if setting is None or r.country != setting.country]
    if not actors and trigger.rule.role == "custody" and (holder := host_of(loc_mention, page.mentions)):
        # "were arrested in Niamey on April 7": no one named arrests them but the state of the
        # place where it happens (not so for a release: the freed may be flown to a third country)
        actors = [holder]
        recipients = [r for r in recipients if r.entity != holder.entity]
    if (
        not (actors or recipients or unnamed)
        and link == "new"
        and _dated(sent, page)
        and _named_as_noun(trigger, page, parsed)
    ):
        actors, recipients = _parties_of_kind(trigger, page)
    if (
        not (actors or recipients)
        and trigger.rule.role == "border"
        and link == "new"
        and _told_as_done(trigger, page.lexicon)
        and _dated(sent, page)
    ):
        # "le vendredi 1er mai, les postes d'Argeen et de Qustul ont enfin rouvert": a crossing
        # opens between the two countries the page names most
        actors = _last_countries(sent, page, 2)
    if not recipients and trigger.rule.role == "seize":
        recipients = _own_states(actors, page)
    doer_countries = {a.country for a in actors if a.country}
    if len(doer_countries) == 1 and not recipients and trigger.rule.role == "border":
        # "Chad closed the southern border to herders": across it is the page's other country
        neighbour = _page_partner(doer_countries, page)
        recipients = [neighbour] if neighbour else []
    receiving = {r.country for r in recipients if r.country}
    if not actors and len(receiving) == 1 and norm(trigger.rule.type) in page.lexicon.cue("yielding_types"):
        # "17 fishermen were handed over to Malawian authorities": who held them gives way,
        # the page's other country
        actors = [partner] if (partner := _page_partner(receiving, page)) else []
    if trigger.rule.role == "struck" and (setting := _setting_country(sent, page)):
        recipients = _unique([*recipients, setting])  # "X came under attack in Niger": Niger is struck too
    if not recipients and norm(trigger.rule.type) in page.lexicon.cue("setting_recipient_types"):
        # "l'attaque de Sebba", "the July 26 coup in Niger", "troops left the country": the
        # country struck or left is the recipient, whether the doers are named or not
        setting = (
            host_of(loc_mention, page.mentions)
            or _setting_country(sent, page, own)
            or _country_anaphor(trigger, sent, page, actors)
        )
        recipients = [setting] if setting else []
    if trigger.rule.type == "ASSAULT" and (site := _attack_site(trigger, sent, page, loc_mention)):
        recipients = _unique([*recipients, site])  # "la frappe d'Adré": the site struck is a party
    attackers = _attacker_words(sent, page) if unnamed and not actors else None
    if attackers and not (parsed or recipients):
        recipients = _reacting_state(trigger, sent, page)
    if unnamed:
        recipients += _counted_service(recipients, sent, page)  # "including four gendarmes"
    if attackers:
        if not recipients:  # "Une quarantaine d'assaillants … ont ouvert le feu sur le poste":
            _name_attackers_of_latest(trigger.rule.type, attackers, page)  # more of the attack told
            return None
        actors = [unidentified_group(attackers)]  # "gunmen raided a pumping station in Niger"
    if trigger.rule.speech and not recipients:
        recipients = _struck_in_referred_attack(
            trigger, sent, page, parsed
        )  # "L'attaque a été condamnée par X"
    if trigger.rule.type == "REJECT" and actors and not recipients:
        recipients = _accusers_of(actors, page)  # "Kigali rejected the charge on Tuesday"
    if actors and not recipients and trigger.rule.role != "mutual" and _anaphor_after(trigger, page):
        # "a exhorté les deux pays à la retenue", "urged the two neighbours to ...": the two
        # countries the page names most
        doers = {a.entity for a in actors}
        recipients = [c for c in _last_countries(sent, page, 2) if c.entity not in doers]
    if first_act is not None and first_act.actors:
        actors, recipients = _same_doers(actors, recipients, first_act)
    partyless = link == "new" and not (actors or (unnamed and recipients))
    # a crowd with no country ("des centaines ont bloqué le pont") may still join a protest, and
    # a crossing reopened with no one named ("le poste frontalier de Mokambo a rouvert") the
    # reopening of the page's countries
    border = trigger.rule.role == "border"
    if partyless and not (recipients or crowd or border or _named_as_noun(trigger, page, parsed)):
        return None
    rule = trigger.rule
    cand = Candidate(
        type=rule.type,
        mode=rule.mode or _mode_cue(trigger, sent, page) if rule.type == "CONSULT" else None,
        actors=actors,
        recipients=recipients,
        sent=sent,
        trigger=trigger.text,
        speech=rule.speech,
        stay=rule.stay,
        location=location,
        topics=topics_of(sent, page.lexicon),
        act=rule.act,
    )
    _date(cand, trigger, sent, page, parsed, link)
    first = trigger.tokens[0].i - sent.start
    cand.prior = has_phrase_before(
        tokens_of(sent), first, page.lexicon.phrase_list("prior_cues"), 3
    ) or _pluperfect_told(trigger, sent, page)
    cand.background = _is_background(cand, trigger, sent, page)
    if cand.background and link == "new" and not _recalled_date(cand, page):
        # recalled with no date of its own ("ils ne s'étaient parlé qu'au téléphone"): the
        # page's date would be invented, so the event stays undated
        cand.date = cand.date_end = cand.precision = cand.date_source = None
    if is_future(trigger, sent, page.lexicon) or _dated_after_publication(cand, page):
        cand.type, cand.mode, cand.future = "AGREE", None, True
    if partyless and not _placed_by_setting(cand, page):
        return None
    if not cand.setting and not named_parties(cand.actors + cand.recipients):
        cand.page_countries = _setting_countries(page)
    _subsume_countries(cand)
    if rule.role == "seize":  # a coup overthrows a state as well as its leader
        cand.recipients = _unique(_own_states(cand.recipients, page) + cand.recipients)
    cand.score = (
        len(cand.actors) + len(cand.recipients),
        int(cand.date_source in OWN_SOURCES),
        int(cand.location is not None),
    )
    return cand


def _own_phrase(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> frozenset[int] | None:
    """The tokens of a noun trigger dated apart from its clause, by an offset ("trois semaines
    après l'attaque de X") or by a date in its own phrase when it is no subject ("capturés
    lors de l'agression du 9 mars contre le poste de X", in a sentence set in Doha): the event
    happened where its phrase says, not where the clause is set. None for any other trigger."""
    if (offset := dated_noun_phrase(trigger, page.lexicon, parsed)) is not None:
        return offset
    head = trigger.head
    if (
        parsed
        and head.pos_ == "NOUN"
        and not head.dep_.startswith("nsubj")
        and _phrase_time(trigger, sent, page, parsed) is not None
    ):
        return frozenset(t.i for t in head.subtree)
    return None


def _attack_site(trigger: Trigger, sent: Span, page: Page, located: Placed | None) -> Actor | None:
    """The place an attack strikes: where it is set ("à Adré"), else the nearest place in the
    attack's phrase ("la frappe d'Adré", "l'attaque perpétrée la veille contre le détachement
    de Sebba"). Pages that name no country struck share the site with those that do, and a
    site of a known country brings that country ("the shooting in the Beninese village of
    Igolo")."""
    if located is not None:
        return actor_of(located.mention) if _struck_site(located, page.lexicon) else None
    found = _site_in_phrase(trigger, page) if has_parse(sent) else _site_after(trigger, sent, page)
    found = found or _lone_site(sent, page)
    return actor_of(found.mention) if found is not None else None


def _lone_site(sent: Span, page: Page) -> Placed | None:
    """The one place of no country a sentence names, when the attack's phrase names none:
    the sentence is set where the attack struck ("Dans le camp d'Adré, … la frappe du 5
    septembre a laissé des traces", "À Adré, trois semaines après la frappe, …")."""
    sites = [
        p
        for p in page.mentions
        if sent.start <= p.tokens.start < sent.end
        and _struck_site(p, page.lexicon)
        and not _in_relative_clause(p.tokens[0])
    ]
    containers = {c.entity for p in sites if (c := _container_of(p, page)) is not None}
    sites = [p for p in sites if p.mention.entity not in containers]
    return sites[0] if len({p.mention.entity for p in sites}) == 1 else None


def _container_of(placed: Placed, page: Page) -> Mention | None:
    """The region a place's apposition puts it in ("Wour, dans la province du Tibesti"): where
    the site is, not a second site."""
    same_field = [p.mention for p in page.mentions if p.mention.field == placed.mention.field]
    return containing_place(placed.tokens, same_field, page.lexicon)


def _in_relative_clause(token: Token) -> bool:
    """The token stands in a relative clause, which tells about its own noun ("le camp, où
    vivent des rescapés des tueries de Geneina")."""
    return any(t.dep_ == "acl:relcl" for t in token.ancestors)


def _site_in_phrase(trigger: Trigger, page: Page) -> Placed | None:
    """With a parse: the nearest place of no country in the attack noun's phrase, or in the
    objects of the attack verb ("ont attaqué le poste de Sebba"). A relative clause on another
    noun tells about that noun ("sur l'oléoduc qui mène au terminal de Kribi"); one on the
    attack itself may name its site ("la frappe qui a tué neuf personnes à Adré")."""
    head = trigger.head
    roots = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_.startswith(("obj", "obl"))]
    phrase = {t.i for r in roots for t in r.subtree}
    others = [page.doc[i] for i in phrase if page.doc[i].dep_ == "acl:relcl" and page.doc[i].head.i != head.i]
    phrase -= {t.i for r in others for t in r.subtree}
    sites = [p for p in page.mentions if p.tokens.start in phrase and _struck_site(p, page.lexicon)]
    return min(sites, key=lambda p: abs(p.tokens.start - head.i), default=None)


def _site_after(trigger: Trigger, sent: Span, page: Page) -> Placed | None:
    """Without a parse: the place named just after the attack through words of its phrase
    ("the strike on the Chadian border town of Adré"), before any verb or clause mark."""
    end = min(sent.end, trigger.tokens[-1].i + 1 + SITE_WINDOW)
    for token in page.doc[trigger.tokens[-1].i + 1 : end]:
        if token.pos_ in ("VERB", "AUX") or token.text in (",", ";", ":", "(", "«", '"'):
            return None
        placed = next((p for p in page.mentions if p.tokens.start == token.i), None)
        if placed is not None and placed.mention.label != "DEMONYM":  # "the Chadian border town of X"
            return placed if _struck_site(placed, page.lexicon) else None
    return None


def _struck_site(placed: Placed, lexicon: Lexicon) -> bool:
    """A place that is not a landmark ("à proximité de Kandadji"), of a known country or not."""
    return placed.mention.kind == "place" and not is_landmark(placed, lexicon)


def _accusers_of(actors: list[Actor], page: Page) -> list[Actor]:
    """Who a rejection answers when it names no one ("Kigali rejected the charge"): the
    doers of the page's latest accusation aimed at the rejecting side."""
    mine = {a.country or a.entity for a in actors}
    for event in reversed(page.events):
        if event.type == "ACCUSE" and mine & {r.country or r.entity for r in event.recipients}:
            return [a for a in event.actors if (a.country or a.entity) not in mine]
    return []


def _reacting_state(trigger: Trigger, sent: Span, page: Page) -> list[Actor]:
    """Without a parse, the state struck by unnamed attackers in a clause counted from the
    sentence's ("Chad closed the border on Feb. 20, a day after gunmen killed four soldiers
    at an army post"): the first one the sentence names before that clause, which reacts."""
    start = _offset_cue_at(trigger, sent, page)
    for p in page.mentions:
        if (
            sent.start <= p.tokens.start
            and p.tokens.end <= start
            and p.mention.country
            and p.mention.kind in ACTOR_KINDS
        ):
            return [country_actor(p.mention.country, page.mentions)]
    return []


def _name_attackers_of_latest(etype: str, words: str, page: Page) -> None:
    """The page's latest event of the type, told with no doer, gets the unnamed attackers a
    later sentence names."""
    told = next((e for e in reversed(page.events) if e.type == etype), None)
    if told is not None and not told.actors:
        told.actors = [unidentified_group(words)]


def _name_suspects(sent: Span, page: Page) -> None:
    """A sentence that lays an attack told with unnamed doers at a group's door on suspicion
    ("Les soupçons se portent sur le Front X", "Officials have pointed to the X", the group
    "most often blamed for the ambush"): the group is the doer of the page's latest such
    attack, this sentence's own first. The group must follow the cue closely and be no
    state's service."""
    for _, cue in matching_phrases(tokens_of(sent), page.lexicon.phrase_list("suspicion_cues")):
        after = cue[-1].i
        group = next(
            (
                p
                for p in page.mentions
                if 0 < p.tokens.start - after <= SUSPECT_REACH
                and p.tokens.end <= sent.end
                and p.mention.kind == "organisation"
                and not is_state_body_key(p.mention.entity, p.mention.country)
            ),
            None,
        )
        unnamed = _unnamed_attacks(sent, page)
        if group is not None and unnamed:
            max(unnamed, key=lambda c: c.sent.start).actors = [actor_of(group.mention)]
            return


def _unnamed_attacks(sent: Span, page: Page) -> list[Candidate]:
    """The page's attacks told up to the sentence with unnamed doers."""
    return [
        c
        for c in page.events + page.passing
        if c.type == "ASSAULT"
        and c.sent.start <= sent.start
        and all(a.entity == UNIDENTIFIED_GROUP for a in c.actors)
    ]


def _name_claimants(sent: Span, page: Page) -> None:
    """A group that claims an attack ("le FUAT a revendiqué l'opération", "JNIM claimed the
    raid", "l'attaque, revendiquée par les shebab") is the doer of the page's latest attack
    before it told with unnamed doers (and of those told of the same day), which the
    sentence's own mention of an attack names again; with none before, of the attacks the
    sentence names. A claim denied ("n'a pas été revendiquée") names no one, and
    a claim to anything but an act of force ("revendiqué par Kinshasa") is no claim of one."""
    tokens = tokens_of(sent)
    acts = page.lexicon.cue("claimed_acts")
    for _, cue in matching_phrases(tokens, page.lexicon.phrase_list("claim_cues")):
        first, last = cue[0].i - sent.start, cue[-1].i - sent.start
        near = tokens[max(0, first - CLAIM_REACH) : last + 1 + CLAIM_REACH]
        if negated_at(first, sent, page.lexicon) or not any(set(forms(t)) & acts for t in near):
            continue
        group = _claimant(cue, sent, page)
        unnamed = _unnamed_attacks(sent, page)
        if group is None or not unnamed:
            continue
        earlier = [c for c in unnamed if c.sent.start < sent.start]
        named_here = [c for c in unnamed if c.sent.start == sent.start]
        if earlier:  # "the attack" the claim names is the one told before, and all told of its day
            latest = max(earlier, key=lambda c: c.sent.start)
            named_here = [c for c in earlier if c is latest or (c.date is not None and c.date == latest.date)]
            again = {id(c) for c in unnamed if c.sent.start == sent.start}
            page.passing[:] = [c for c in page.passing if id(c) not in again]
        for attack in named_here:  # the claim read as a party of the attack named is its doer
            attack.actors = [actor_of(group.mention)]
            attack.recipients = [r for r in attack.recipients if r.entity != group.mention.entity]
        return


def _claimant(cue: list[Token], sent: Span, page: Page) -> Placed | None:
    """Who claims: the group named just after "par" / "by" after the claim, else the
    nearest party named before it in the sentence, when that is a group and no state's body."""
    after = cue[-1].i + 1
    agent = after < sent.end and norm(page.doc[after].text) in page.lexicon.cue("agent_cues")
    if agent:
        named = [p for p in page.mentions if 0 < p.tokens.start - after <= CLAIM_AGENT_REACH]
        found = min(named, key=lambda p: p.tokens.start, default=None)
    else:
        named = [p for p in page.mentions if sent.start <= p.tokens.start and p.tokens.end <= cue[0].i]
        found = max(named, key=lambda p: p.tokens.end, default=None)
    if found is None or found.mention.kind != "organisation":
        return None
    return None if is_state_body_key(found.mention.entity, found.mention.country) else found


def _attacker_words(sent: Span, page: Page) -> str | None:
    """The words the sentence names unnamed attackers with ("des hommes armés", "gunmen",
    `attacker_nouns`), if it does."""
    for _, hit in matching_phrases(tokens_of(sent), page.lexicon.phrase_list("attacker_nouns")):
        return text_of(page.doc)[hit[0].idx : hit[-1].idx + len(hit[-1].text)]
    return None


def _placed_by_setting(cand: Candidate, page: Page) -> bool:
    """A report with no doer of its own, dated to the day or the month by its own words ("the
    April 11 shooting", "En mars, un accrochage ...") or by its sentence, paragraph or page
    ("Le lendemain de l'attaque, ..."), and not ahead, names an event other pages tell: it
    only joins one of its kind on that day or in that month in which one of the countries
    the page names most takes part (``DocEvent.setting``). Named after "depuis", it loses
    that day later (``_since_noun``) and looks in the weeks before its page."""
    if cand.future or cand.precision not in ("day", "month"):
        return False
    cand.passing, cand.setting = True, _setting_countries(page)
    return bool(cand.setting)


def _setting_countries(page: Page) -> list[str]:
    """The ``SETTING_COUNTRIES`` countries the page names most, most named first."""
    named = Counter(p.mention.country for p in page.mentions if p.mention.country)
    return [code for code, _ in named.most_common(SETTING_COUNTRIES) if code]


def _dated_after_publication(cand: Candidate, page: Page) -> bool:
    """The act's own day comes after the page was published: announced, not done ("une
    nouvelle marche vendredi prochain")."""
    if page.published is None or cand.precision != "day" or cand.date_source not in OWN_SOURCES:
        return False
    day = to_date(cand.date or "")
    return day is not None and day > page.published


def _own_states(actors: list[Actor], page: Page) -> list[Actor]:
    """The state a putschist overthrows: his own ("Arrivé au pouvoir par un coup d'État, le capitaine X")."""
    codes = dict.fromkeys(a.country for a in actors if a.kind == "person" and a.country)
    return [country_actor(code, page.mentions) for code in codes]


def _participants(
    trigger: Trigger, sent: Span, page: Page, parsed: bool, heads: frozenset[int], location: Placed | None
) -> tuple[list[Actor], list[Actor]]:
    """Actors and recipients of a trigger from the names in its clause.

    A parse that leaves the trigger's clause with no name at all (a name tagged as a
    verb, a trigger hung under the wrong head) is not trusted: the sentence is then
    read by word order, as an unparsed one is, provided a name stands before the
    trigger where its subject would, or a bare participle follows its patient (the
    names the parse lost); not for a noun named in passing, whose phrase is read alone.
    """
    sides = _sides(trigger, sent, page, parsed, heads, location)
    passing = parsed and _scope(trigger, page, parsed) is not None
    if parsed and not passing and not any(sides[k] for k in ("subject", "object", "with", "partner")):
        linear = _sides(trigger, sent, page, False, frozenset(), location)
        sides = linear if linear["subject"] or _participle_patient(trigger) is not None else sides
    if parsed and not sides["object"] and trigger.rule.role == "directed":
        sides["object"] = _object_phrase_names(trigger, page, location)
    if parsed and not passing and (broken := _roots_before(trigger, sent)):
        # "L'envoyé ..., le Ghanéen X, a été reçu ... par Y": the parse broke the sentence
        # before the trigger and lost its subject; the names it lost are read by word order
        linear = _sides(trigger, sent, page, False, frozenset(), location)
        taken = {a.entity for names in sides.values() for a in names}
        lost = {t.i for root in broken for t in root.subtree}
        before = {p.mention.entity for p in page.mentions if any(t.i in lost for t in p.tokens)}
        for side, names in linear.items():
            sides[side] += [a for a in names if a.entity in before - taken]
    if parsed and not passing and not sides["object"] and _second_root_after(trigger, sent):
        # "a reçu ... au palais Mohammed V le ministre X": the parse made the place a second
        # root and lost the object under it; the names after the trigger are read by word order
        linear = _sides(trigger, sent, page, False, frozenset(), location)
        taken = {a.entity for k in ("subject", "with", "partner") for a in sides[k]}
        sides["object"] = [a for a in linear["object"] if a.entity not in taken]
    role = trigger.rule.role
    if role == "struck":  # "their patrol came under fire": the subject is struck; names after
        return [], _unique(sides["subject"])  # it may be the shooters' or a speaker's
    if role == "mutual":
        return _unique(sides["subject"] + sides["with"] + sides["partner"] + sides["object"]), []
    if role == "host":
        hosts = _unique(sides["subject"])
        if not parsed and (guest := _pronoun_guest(trigger, sent, page)):
            # "X was in N'Djamena, where Deby received him": the pronoun is the guest; names
            # further on are the talks' matter or setting, and the guest's country ("Togo's
            # defence minister X") is his side
            return [guest], [
                h
                for h in hosts
                if h.entity != guest.entity and not (h.kind == "country" and h.country == guest.country)
            ]
        return _unique(sides["object"] + sides["with"] + sides["partner"]), hosts
    if role == "travel":
        return _unique(sides["subject"] + sides["with"] + sides["partner"]), _unique(sides["object"])
    actors = _unique(sides["subject"] + sides["with"])
    recipients = _unique(sides["object"] + sides["partner"])
    if role == "recall" and (own := _envoy_state(trigger, page)) is not None:
        # "le rappel de l'ambassadeur soudanais à N'Djamena": the envoy's state recalls him
        # from the one he is posted to, whatever side the words gave each
        states = [a for a in actors + recipients if a.kind == "country" and a.entity != own.entity]
        if not states and location is not None and location.mention.kind == "country":
            states = [a for a in [actor_of(location.mention)] if a.entity != own.entity]  # "à N'Djamena"
        return _unique([own] + [a for a in actors if a.kind != "country"]), _unique(
            states + [a for a in recipients if a.kind != "country"]
        )
    if not actors and trigger.rule.act and (own := _envoy_state(trigger, page, sent)) is not None:
        # "l'ambassadeur du Burkina Faso à Bamako a été convoqué": a démarche no one is named
        # doing is done by the state the envoy is posted to, whatever side the words gave it
        hosts = [a for a in recipients if a.country and a.country != own.country]
        if not hosts and location is not None and location.mention.kind == "country":
            hosts = [a for a in [actor_of(location.mention)] if a.country != own.country]
        return hosts, [a for a in recipients if a not in hosts]
    # a directed act "with" someone named after it is aimed at them ("rompre avec l'Ukraine")
    return actors, recipients


def _envoy_state(trigger: Trigger, page: Page, sent: Span | None = None) -> Actor | None:
    """The state whose envoy a recall or a démarche names, by its nationality or name beside
    the envoy's title ("l'ambassadeur soudanais", "l'ambassadeur du Soudan", "Sudan's
    ambassador"): the title among the trigger's words, else (given ``sent``) the sentence's
    first ("L'ambassadeur du Mali, X, a été convoqué")."""
    words = page.lexicon.cue("envoy_nouns")
    envoys = [t for t in trigger.tokens if norm(t.text) in words]
    if not envoys and sent is not None:
        envoys = [t for t in sent if norm(t.text) in words][:1]
    if not envoys:
        return None
    envoy = envoys[0].i
    for p in page.mentions:
        start = p.tokens.start
        if p.mention.kind != "country":
            continue
        after = 0 < start - envoy <= 2 and (
            p.mention.label == "DEMONYM" or norm(page.doc[start - 1].text) in ("du", "de", "of", "d'")
        )  # not the posting after a place preposition ("l'ambassadeur soudanais à N'Djamena")
        before = 0 < envoy - p.tokens.end + 1 <= 2 and envoy >= p.tokens.end
        if after or before:
            return actor_of(p.mention)
    return None


def _names_a_site(span: Span, lexicon: Lexicon) -> bool:
    """The name is part of a building's or a street's: a site noun stands just before it
    ("au palais Mohammed V") or, capitalised, just after it ("Nelson Mandela Avenue")."""
    doc, sites = span.doc, lexicon.cue("site_nouns")
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and norm(before.text) in sites) or (
        after is not None and after.text[:1].isupper() and norm(after.text) in sites
    )


def _root_of(token: Token) -> Token:
    """The root of the parse tree a token hangs in (a broken parse has several per sentence)."""
    while token.head.i != token.i:
        token = token.head
    return token


def _roots_before(trigger: Trigger, sent: Span) -> list[Token]:
    """Other roots of the parse before the trigger's own, with no semicolon or colon
    between: the sentence was broken before the trigger (its subject may be there)."""
    root = _root_of(trigger.head)
    roots = []
    for t in reversed(sent.doc[sent.start : trigger.head.i]):
        if t.text in (";", ":"):
            break
        if t.dep_ == "ROOT" and t.i != root.i:
            roots.append(t)
    return roots


def _second_root_after(trigger: Trigger, sent: Span) -> bool:
    """The parse has a second root after the trigger's own, with no semicolon or colon
    between that would start a clause of its own: a sentence it broke in two."""
    root = _root_of(trigger.head)
    for t in sent.doc[trigger.head.i + 1 : sent.end]:
        if t.text in (";", ":"):
            return False
        if t.dep_ == "ROOT" and t.i != root.i:
            return True
    return False


def _cited_source(placed: Placed, sent: Span, page: Page) -> bool:
    """The name stands in a phrase citing where the account comes from, "selon", "d'après" or
    "according to" opening the words back to the comma before it ("Selon une source
    diplomatique centrafricaine, le document revient sur l'attaque de Sido"): the source
    tells the event and takes no part in it."""
    start = sent.start
    for k in range(placed.tokens.start - 1, sent.start - 1, -1):
        if page.doc[k].text in (",", ";", ":"):
            start = k + 1
            break
    text = fold(text_of(page.doc)[page.doc[start].idx : placed.tokens[0].idx])
    return speech_lexicon().according.match(text) is not None


def _sides(
    trigger: Trigger, sent: Span, page: Page, parsed: bool, heads: frozenset[int], location: Placed | None
) -> dict[str, list[Actor]]:
    """The sentence's names in the trigger's clause, by logical side (see ``side_of``)."""
    passive = is_passive(trigger, page.lexicon)
    patient = _participle_patient(trigger)
    own = own_clause_heads(trigger, page.lexicon) if parsed else heads
    conjoined = coordination_governors(trigger, page.lexicon) if parsed else frozenset()
    sides: dict[str, list[Actor]] = {"subject": [], "object": [], "with": [], "partner": [], "other": []}
    targeted = _targeted(trigger, page.lexicon)
    coordinated = _coordinated_nouns(trigger) if parsed else frozenset()
    clause_end = sent.end if parsed else _unparsed_clause_end(trigger, sent, page)
    clause_start = (
        sent.start
        if parsed
        else max(
            _offset_cue_at(trigger, sent, page),
            _relative_antecedent_at(trigger, sent, page),
            _joined_clause_at(trigger, sent, page),
        )
    )
    passing = None if targeted else _scope(trigger, page, parsed)
    scope = _named_scope(passing, sent, page, location) if parsed else passing
    antecedent = relative_antecedent(trigger) if parsed and scope is None else None
    others_offset = _offset_phrases(trigger, sent, page, parsed)
    support = None if parsed else support_verb_before(trigger, page.lexicon)
    attributed: list[Actor] = []
    for p in page.mentions:
        if not sent.start <= p.tokens.start < sent.end or p is location or p.mention.kind not in ACTOR_KINDS:
            continue
        if antecedent is not None and names_token(p.tokens, antecedent[0]):
            sides[antecedent[1]].append(actor_of(p.mention))
            continue
        if patient is not None and names_token(p.tokens, p.tokens.doc[patient]):
            # "Bazoum, renversé le 26 juillet": the participle's patient
            sides["object"].append(actor_of(p.mention))
            continue
        if (
            p.tokens.root.i in coordinated
            or p.tokens.root.i in others_offset
            or p.tokens.start in others_offset
        ):
            continue  # "le départ des soldats américains et l'arrivée des instructeurs russes"
        if _attributed(p, trigger, sent, page):
            attributed.append(actor_of(p.mention))
            continue
        if _cited_source(p, sent, page):
            continue
        inside = (
            in_clause(p.tokens, heads, parsed)
            or in_noun_phrase(p.tokens, trigger)
            or (parsed and cued_in_clause(p.tokens, trigger, heads, page.lexicon))
        )
        inside = inside if scope is None else p.tokens.start in scope
        if (
            not inside
            or _in_compound(p)
            or _names_a_site(p.tokens, page.lexicon)
            or is_landmark(p, page.lexicon)
        ):
            continue
        if not parsed and (
            _verb_between(p.tokens, trigger, support)
            or p.tokens.start >= clause_end
            or p.tokens.start < clause_start
        ):
            continue
        if patient is not None and p.tokens.end <= trigger.tokens[0].i:
            side = "other"  # a bare participle has no subject: its doer comes with "par"
        else:
            side = side_of(p, trigger, page.lexicon, parsed, passive)
        mine = (
            in_clause(p.tokens, own, parsed)
            or in_noun_phrase(p.tokens, trigger)
            or (parsed and cued_in_clause(p.tokens, trigger, own, page.lexicon))
        )
        if not mine and (side != "subject" or (conjoined and not _governors_subject(p, conjoined))):
            # a governor sharing its subject keeps its objects ("..., X a renoué avec Moscou"),
            # and the names they carry ("avait dénoncé ..., convoqué l'ambassadeur de X, puis fermé")
            continue
        if not mine and passive:
            side = "object"  # "Reçu mardi par le président, X a remis ...": the subject it shares is acted on
        if side == "with" and p.tokens.start > trigger.tokens[-1].i:
            side = "partner"
        if side == "subject" and trigger.rule.speech and _agent_of_other_noun(p, trigger, sent, page):
            side = "object"  # "condemned what it called an attack by Guinean troops": the accused
        sides[side].append(actor_of(p.mention))
    if attributed:  # the one who lays the act at someone's door does not do it
        sides["subject"] = attributed
    unnamed = _unnamed_doer(trigger, page)
    if targeted:  # "X a été la cible d'une attaque": X is struck
        sides["object"], sides["subject"] = sides["subject"] + sides["object"], []
    elif unnamed and passing is not None and scope is None:
        # a coup or an attack named in passing by a phrase that names no one: the clause's
        # people are the clause's ("X a parlé avec Y, deux jours après l'attaque de Sebba"),
        # its countries are the one struck ("ses condoléances au peuple nigérien après l'embuscade")
        struck = [a for names in sides.values() for a in names if a.kind == "country"]
        sides = {side: [] for side in sides} | {"object": struck}
    elif unnamed and _spoken_of_here(trigger, sent, page, parsed):
        sides["subject"] = []  # an attack spoken of is not its clause subject's
    if unnamed and not sides["object"]:
        # those killed or wounded are struck, unless they are the doers' own
        doers = {a.country for a in sides["subject"]}
        casualties = _casualties_before(trigger, sent, page) or (
            _casualties_governing(trigger, page) if parsed else _casualties_after(trigger, sent, page)
        )
        sides["object"] = [a for a in casualties if a.country not in doers]
    return sides


def _deployed_service(trigger: Trigger, doers: list[Actor], sent: Span, page: Page) -> list[Actor]:
    """The armed service of the one state that deploys, when the words right after the
    trigger name it by its bare noun ("Conakry rushed troops to the frontier", "a dépêché des
    soldats"): the service is a party beside its state, as "l'armée guinéenne" would be."""
    states = {a.country for a in doers if a.country}
    if len(states) != 1 or any(is_state_body_key(a.entity, a.country) for a in doers):
        return []
    (country,) = states
    after = trigger.tokens[-1].i + 1
    for t in page.doc[after : min(sent.end, after + SERVICE_REACH)]:
        if (service := _bare_service(t, country, page)) is not None:
            return [service]
        if t.is_punct:
            break
    return []


def _counted_service(struck: list[Actor], sent: Span, page: Page) -> list[Actor]:
    """The armed service of the one state an attack strikes, when the sentence counts its dead
    or wounded with the service's bare noun ("six people, including four gendarmes, were
    killed when gunmen stormed a village in western Ivory Coast"): it is struck too."""
    states = {a.country for a in struck if a.kind == "country" and a.country}
    if len(states) != 1 or any(is_state_body_key(a.entity, a.country) for a in struck):
        return []
    if not {norm(t.text) for t in sent} & page.lexicon.cue("casualty_words"):
        return []
    (country,) = states
    for t in sent[1:]:
        if page.doc[t.i - 1].like_num and (service := _bare_service(t, country, page)) is not None:
            return [service]
    return []


def _bare_service(token: Token, country: str, page: Page) -> Actor | None:
    """The armed service of ``country`` a token names by its bare noun, outside any name
    ("gendarmes", "troops", "soldats": forces.yaml), or None."""
    branch = service_nouns(page.lexicon.lang).get(fold(token.text))
    if branch is None or any(p.tokens.start <= token.i < p.tokens.end for p in page.mentions):
        return None
    return Actor(
        state_body_key(branch, country), service_name(branch, country), "organisation", country, [token.text]
    )


def _attributed(placed: Placed, trigger: Trigger, sent: Span, page: Page) -> bool:
    """The name follows a verb laying the act at its door ("une attaque que les autorités
    attribuent à X", "blamed the attack on X"), with no other act named between: the doer,
    however the parse hung the verb."""
    found = cue_token_before(placed.tokens, page.lexicon)
    first, last = trigger.tokens[0].i, trigger.tokens[-1].i
    cue: Token | None = found[1] if found is not None and found[0] == "attribution" else None
    if cue is None:  # "blamed the attack on X", "a imputé l'attaque aux combattants du X": the act
        # stands between the verb and its preposition, and the people's noun between it and the name
        cues = [found[1]] if found is not None else []
        cue = next(
            (
                c
                for c in [*cues, _word_before(placed, page)]
                if attribution_preposition(c, page.lexicon)
                and any(lays_at_door(verb, c, page.lexicon) for verb in page.doc[sent.start : first])
            ),
            None,
        )
        if cue is None:
            return False
    return cue.i > last and not any(last < other.tokens[0].i < cue.i for other in _triggers(sent, page))


def _word_before(placed: Placed, page: Page) -> Token:
    """The word before a name and its article ("on the Islamic State": "on")."""
    i = max(placed.tokens.start - 1, 0)
    if i > 0 and norm(page.doc[i].text) in page.lexicon.cue("definite_articles"):
        i -= 1
    return page.doc[i]


def _agent_of_other_noun(placed: Placed, trigger: Trigger, sent: Span, page: Page) -> bool:
    """The name comes with an agent cue right after another trigger of the sentence ("an
    attack by X"): that noun's doer, not the doer of the trigger."""
    found = cue_token_before(placed.tokens, page.lexicon)
    if found is None or found[0] != "agent" or found[1].i < trigger.tokens[-1].i:
        return False
    cue = found[1].i
    return any(
        other.head.i != trigger.head.i and 0 < cue - other.tokens[-1].i <= 2
        for other in _triggers(sent, page)
    )


def _casualties_before(trigger: Trigger, sent: Span, page: Page) -> list[Actor]:
    """The countries (and armed services) of those killed or wounded in an attack told just
    before it, in its own stretch of the sentence ("when two Sierra Leonean soldiers were killed and a Guinean
    soldier was wounded in a clash at the village", "Trois militaires nigériens ont perdu la
    vie ... lors d'une attaque contre la station"): the ones struck, when the attack's own
    phrase names no one."""
    first = trigger.tokens[0].i
    start = first
    while start > sent.start and page.doc[start - 1].text not in (",", ";", ":"):
        start -= 1
    words = {norm(t.text) for t in page.doc[start:first]}
    if not words & page.lexicon.cue("casualty_words"):
        return []
    return _states_between(start, first, page)


def _casualties_after(trigger: Trigger, sent: Span, page: Page) -> list[Actor]:
    """Without a parse, the countries (and armed services) of those an attack killed or
    wounded, told after it in its own stretch of the sentence ("the attack that killed six
    Togolese soldiers at Bogou"): the ones struck."""
    end = stop = trigger.tokens[-1].i + 1
    while stop < sent.end and page.doc[stop].text not in (",", ";", ":"):
        stop += 1
    cues = page.lexicon.cue("casualty_words")
    cue = next((t.i for t in page.doc[end:stop] if norm(t.text) in cues), None)
    return [] if cue is None else _states_between(cue + 1, stop, page)


def _states_between(start: int, end: int, page: Page) -> list[Actor]:
    """The countries and armed services named between two token positions."""
    return _unique(
        [actor_of(p.mention) for p in page.mentions
         if start <= p.tokens.start and p.tokens.end <= end and _state_or_service(p.mention)]
    )  # fmt: skip


def _state_or_service(m: Mention) -> bool:
    """A country, or one of its armed services ("six soldats des Forces armées togolaises")."""
    return m.kind == "country" or is_state_body_key(m.entity, m.country)


def _casualties_governing(trigger: Trigger, page: Page) -> list[Actor]:
    """The countries of those killed or wounded when the attack is told in a clause hanging
    on their verb ("Neuf personnes, dont deux militaires tchadiens, ont été tuées à Adré
    lorsqu'un drone a frappé un dépôt"): the ones struck."""
    node = trigger.head
    while node.head.i != node.i:
        node = node.head
        if norm(node.text) in page.lexicon.cue("casualty_words"):
            subject = {t.i for c in node.lefts for t in c.subtree}  # the parse may miss the subject
            return _unique(
                [actor_of(p.mention) for p in page.mentions
                 if p.tokens.start in subject and _state_or_service(p.mention)]
            )  # fmt: skip
    return []


def _offset_phrases(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> frozenset[int]:
    """The phrases of the sentence's other nouns named after an offset ("trois jours après
    son échange avec X, Y a eu un entretien avec Z", "met X after talks with Y"): their
    names are theirs, not the trigger's. Without a parse, an act of the same kind counted
    from the trigger's ("a day after meeting Y") has the words from its count on, and the
    names between the trigger and that count are the trigger's alone. (An act of another
    kind may share them: "suspended trade on March 9, six days after Guinean troops
    crossed" is aimed at Guinea.)"""
    phrases: set[int] = set()
    for t in _triggers(sent, page):
        if t.head.i == trigger.head.i:
            continue
        if parsed and t.head.pos_ == "NOUN" and _event_offset(t, sent, page) is not None:
            phrases.update(x.i for x in t.head.subtree)
        elif not parsed and not _unnamed_doer(t, page) and (scope := _scope(t, page, parsed)):
            phrases.update(scope)
        elif not parsed and trigger.head.i not in (clause := _after_clause(t, sent, page)):
            phrases.update(clause)  # (another verb of the same clause shares its names)
        if parsed or t.rule.type != trigger.rule.type:
            continue
        if (start := _offset_phrase_start(t, sent, page)) is not None and start > trigger.head.i:
            phrases.update(range(start, sent.end))  # "held talks with X on Monday, a day after meeting Y"
        elif (start := _offset_phrase_start(trigger, sent, page)) is not None and t.head.i < start:
            phrases.update(range(t.tokens[-1].i + 1, start))  # ... and X is no party of the meeting
    return frozenset(phrases)


def _offset_phrase_start(trigger: Trigger, sent: Span, page: Page) -> int | None:
    """Without a parse, where the phrase of an event counted from another opens: at its
    count ("a day after meeting Y": at "a"), or None when the trigger is counted from nothing."""
    if _event_offset(trigger, sent, page) is None:
        return None
    tokens, lex = tokens_of(sent), page.lexicon
    k = _offset_word(tokens, trigger.tokens[0].i - sent.start, lex)
    if k is None:
        return None
    return sent.start + max(0, _count_start(tokens, k, lex))


def _unnamed_doer(trigger: Trigger, page: Page) -> bool:
    """An attack or a coup, whose doers a text often leaves unnamed."""
    return norm(trigger.rule.type) in page.lexicon.cue("unnamed_doer_types")


def _offset_cue_at(trigger: Trigger, sent: Span, page: Page) -> int:
    """Without a parse, where the clause of an event counted from another begins: at its
    offset word when the event names its own subject after it ("Guinea's army took delivery
    of drones, two days after X discussed ... with Y": the call is X's and Y's); else at
    the sentence's start ("X spoke on Thursday, a week after their first call": X's call)."""
    if _event_offset(trigger, sent, page) is None:
        return _after_clause_at(trigger, sent, page) or sent.start
    first = trigger.tokens[0].i
    k = _offset_word(tokens_of(sent), first - sent.start, page.lexicon)
    cue = None if k is None else sent.start + k
    if cue is None or not _names_doer_between(cue, first, sent, page):
        return sent.start
    return cue


def _names_doer_between(start: int, end: int, sent: Span, page: Page) -> bool:
    """A name, or attackers the page leaves unnamed ("a day after some 30 gunmen killed
    ..."), stands between the two tokens: the clause there has a doer of its own."""
    if any(start < p.tokens.start and p.tokens.end <= end for p in page.mentions):
        return True
    hits = matching_phrases(tokens_of(sent), page.lexicon.phrase_list("attacker_nouns"))
    return any(start < hit[0].i and hit[-1].i < end for _, hit in hits)


def _joined_clause_at(trigger: Trigger, sent: Span, page: Page) -> int:
    """Without a parse, where a clause joined by ", and" with a subject of its own begins
    when the trigger is its verb ("Togo summoned Ghana's envoy on Monday, and Ghana ordered
    reinforcements": Ghana's order); else the sentence's start. The subject may hold commas
    ("..., and the ministers of Morocco, Mali and Mauritania met"), not another act."""
    first = trigger.tokens[0].i
    words = page.lexicon.cue("verb_coordinators")
    acts = {t.head.i for t in _triggers(sent, page)}
    for k in range(first - 1, sent.start, -1):
        if k in acts or (page.doc[k].is_punct and page.doc[k].text != ","):
            return sent.start
        if norm(page.doc[k].text) in words and page.doc[k - 1].text == ",":
            return k if _joins_named_clause(k, page) else sent.start
    return sent.start


def _pronoun_guest(trigger: Trigger, sent: Span, page: Page) -> Actor | None:
    """Without a parse, the guest a host verb takes as a pronoun ("X was in N'Djamena, where
    Deby received him"): of the people the sentence names before the verb, the first when
    there are more than the host just before it; else the first person the sentence before names."""
    after = trigger.tokens[-1].i + 1
    if after >= sent.end or norm(page.doc[after].text) not in page.lexicon.cue("object_pronouns"):
        return None
    people = [
        p
        for p in page.mentions
        if sent.start <= p.tokens.start and p.tokens.end <= trigger.tokens[0].i and p.mention.kind == "person"
    ]
    return actor_of(people[0].mention) if len(people) > 1 else _first_person_before(sent, page)


def _relative_antecedent_at(trigger: Trigger, sent: Span, page: Page) -> int:
    """Without a parse, where the doer of a trigger inside a relative clause is named: the
    name just before its pronoun ("Lavrov held talks with Doumbouya, the former commander
    who took power ... by overthrowing X": Doumbouya's coup, not Lavrov's); else the
    sentence's start. The clause runs from its pronoun to the next comma."""
    first = trigger.tokens[0].i
    pronouns = page.lexicon.cue("relative_pronouns")
    for k in range(first - 1, sent.start - 1, -1):
        word = page.doc[k].text
        if word in (",", ";", ":"):
            return sent.start
        if norm(word) in pronouns:
            named = [p for p in page.mentions if sent.start <= p.tokens.start and p.tokens.end <= k]
            return named[-1].tokens.start if named else sent.start
    return sent.start


def _unparsed_clause_end(trigger: Trigger, sent: Span, page: Page) -> int:
    """Without a parse, the trigger's clause ends at a comma or semicolon opening another
    clause ("held talks with X, as the government looks beyond Russia"); a clause opened
    by "after" ends at the next punctuation mark ("..., after Wang held talks with X, the
    agency said")."""
    tokens = tokens_of(sent)
    after = _after_clause_at(trigger, sent, page) is not None
    for k in range(trigger.tokens[-1].i + 1 - sent.start, len(tokens) - 1):
        if after and tokens[k].is_punct and not tokens[k + 1].text[:1].isupper():
            return tokens[k].i
        if tokens[k].text in (",", ";") and norm(tokens[k + 1].text) in page.lexicon.cue("clause_openers"):
            return tokens[k].i
        if tokens[k].text == "," and _opens_joined_act(tokens[k + 1].i, sent, page):
            return tokens[k].i  # "summoned X's envoy last week, and Hichilema ordered ...": his own
    return sent.end


def _opens_joined_act(k: int, sent: Span, page: Page) -> bool:
    """Token ``k`` opens a clause joined by ", and" whose verb is an event's with a subject of
    its own (see ``_joined_clause_at``); not a list of names ("signed by X, and Y's minister Z")."""
    return _joins_named_clause(k, page) and any(
        t.tokens[0].i > k and _joined_clause_at(t, sent, page) == k for t in _triggers(sent, page)
    )


def _joins_named_clause(k: int, page: Page) -> bool:
    """Token ``k`` is an "and" opening a clause with a subject of its own: a name within the
    next five words and no punctuation, or "the two countries" within three, before any verb
    of an event ("..., and Ghana ordered reinforcements", "..., and the foreign ministers of
    Morocco met", "..., and the two countries reopened the crossings"; not "..., and accused
    Algiers of aggression")."""
    if norm(page.doc[k].text) not in page.lexicon.cue("verb_coordinators"):
        return False
    reach = next(
        (i for i in range(k + 1, k + 1 + SUBJECT_REACH) if page.doc[i].is_punct), k + 1 + SUBJECT_REACH
    )
    named = next((p.tokens.start for p in page.mentions if k < p.tokens.start < reach), None)
    if named is None:
        named = next(iter(_anaphor_starts(k + 1, min(k + 4, page.doc[k].sent.end), page)), None)
    if named is None:
        return False
    acts = {i for t in _triggers(page.doc[k].sent, page) for i in (t.head.i, *(tok.i for tok in t.tokens))}
    return not any(k < i < named for i in acts)


def _coordinated_nouns(trigger: Trigger) -> frozenset[int]:
    """The tokens of nouns coordinated with a noun trigger: other events, other parties."""
    head = trigger.head
    if head.pos_ != "NOUN":
        return frozenset()
    return frozenset(t.i for c in head.children if c.dep_ == "conj" for t in c.subtree)


def _targeted(trigger: Trigger, lexicon: Lexicon) -> bool:
    """The trigger complements a word of being struck: "X a été la cible d'une attaque",
    "X est tombé dans une embuscade"."""
    head = trigger.head
    return head.dep_.startswith(("nmod", "obl")) and norm(head.head.lemma_) in lexicon.cue("target_heads")


def _named_scope(
    scope: frozenset[int] | None, sent: Span, page: Page, location: Placed | None
) -> frozenset[int] | None:
    """The phrase of a noun named in passing (see ``nominal_scope``) when it names a party
    or a place; when it names neither ("après les attaques de jeudi dans le nord du
    Mali", the place hung on the verb), the clause around it is read instead (less its
    subject for a coup or an attack, see ``_sides``). Without a parse there is no clause
    to read: the phrase stands alone."""
    if scope is None or location is not None:
        return scope
    named = any(
        p.tokens.start in scope and p.mention.kind in ACTOR_KINDS
        for p in page.mentions
        if sent.start <= p.tokens.start < sent.end
    )
    return scope if named else None


def _object_phrase_names(trigger: Trigger, page: Page, location: Placed | None) -> list[Actor]:
    """Countries and organisations anywhere in the object a directed act is aimed at, relative
    clauses included ("a dénoncé l'accord qui le liait aux États-Unis"), or in the phrase of
    a trigger's own object word ("a mis fin à l'accord qui le liait à la France")."""
    inside: set[int] = set()
    for child in trigger.head.children:
        if child.dep_ in ("obj", "iobj") or _object_mislabelled(child, trigger):
            inside.update(t.i for t in child.subtree)
    for word in trigger.tokens:
        if word.i != trigger.head.i and word.head.i == trigger.head.i:
            inside.update(t.i for t in word.subtree)
    return _unique(
        [
            actor_of(p.mention)
            for p in page.mentions
            if p.tokens.start in inside
            and p is not location
            and p.mention.kind in ("country", "organisation")
        ]
    )


def _object_mislabelled(child: Token, trigger: Trigger) -> bool:
    """A determined noun right after the verb that the parse hung as a modifier, not as its
    object ("a rejeté ce mardi « en bloc » les accusations portées par X": obl:mod)."""
    return (
        child.dep_ == "obl:mod"
        and child.i > trigger.head.i
        and child.pos_ == "NOUN"
        and not any(c.dep_ == "case" for c in child.children)
        and any(c.dep_ == "det" and c.morph.get("PronType", []) == ["Art"] for c in child.children)
    )


def _participle_patient(trigger: Trigger) -> int | None:
    """The token a bare past participle trigger describes ("le président X, renversé le 26
    juillet"): the noun it modifies in the parse, or the word before its comma. A present
    participle's noun does the act ("un communiqué condamnant l'attaque")."""
    head = trigger.head
    if head.morph.get("VerbForm", []) != ["Part"] or any(c.dep_.startswith("aux") for c in head.children):
        return None
    if head.morph.get("Tense", []) == ["Pres"]:
        return None
    if head.dep_.startswith("acl"):
        return head.head.i
    first = trigger.tokens[0].i
    return first - 2 if first >= 2 and head.doc[first - 1].text == "," else None


def _in_compound(placed: Placed) -> bool:
    """A name inside a hyphenated compound ("le sommet Russie-Afrique", "US-Africa summit")
    names an occasion, not a party to it; a compound adjective names both parties ("la
    commission mixte togolo-burkinabè")."""
    if placed.mention.label == "DEMONYM":
        return False
    name = placed.tokens
    doc = name.doc
    before = name.start >= 2 and doc[name.start - 1].text == "-" and not doc[name.start - 2].whitespace_
    after = name.end + 1 < len(doc) and doc[name.end].text == "-" and not doc[name.end - 1].whitespace_
    return before or after


def _verb_between(name: Span, trigger: Trigger, support: Token | None) -> bool:
    """Another predicate stands between a name and the trigger: read by word order, the
    name belongs to that predicate ("la CEDEAO menace ... Bazoum, renversé"); the verb
    carrying out a noun trigger is the trigger's own ("X a lancé une attaque")."""
    first, last = (
        sorted((name.end, trigger.tokens[0].i))
        if name.end <= trigger.tokens[0].i
        else (trigger.tokens[-1].i + 1, name.start)
    )
    return any(t.pos_ == "VERB" and (support is None or t.i != support.i) for t in name.doc[first:last])


def _anaphor_after(trigger: Trigger, page: Page) -> bool:
    """ "les deux pays", "the two neighbours" opens the words after the trigger: its object."""
    end = trigger.tokens[-1].i + 1
    return end in _anaphor_starts(end, min(end + ANAPHOR_AFTER, trigger.head.sent.end), page)


def _anaphor_starts(start: int, end: int, page: Page) -> list[int]:
    """Where "les deux pays", "the two countries" and the like open among the page's tokens
    from ``start`` to ``end``, in the order of the lexicon's list."""
    words = list(page.doc[start:end])
    return [hit[0].i for _, hit in matching_phrases(words, page.lexicon.phrase_list("anaphors"))]


def _inherited(trigger: Trigger, sent: Span, page: Page, heads: frozenset[int], parsed: bool) -> list[Actor]:
    """Actors for a clause whose subject is a pronoun or "les deux parties".

    A pronoun takes the actors of the page's latest event (and its recipients too when
    plural), and so does an office with no name ("le ministre a été reçu par ..."); "the
    two sides" takes the two countries the page named most before the sentence.
    """
    before = _tokens_before(trigger, sent)
    # the subject may stand inside a split trigger ("the memorandum the two countries signed"),
    # or after it as the agent of a passive ("l'accord signé à Washington par les deux pays")
    subject_words = (
        before
        + list(page.doc[trigger.tokens[0].i : trigger.tokens[-1].i])
        + _agent_words(trigger, sent, page)
    )
    if any(matching_phrases(subject_words, page.lexicon.phrase_list("anaphors_of_three"))):
        return _last_countries(sent, page, 3)
    anaphors = page.lexicon.phrase_list("anaphors")
    if any(matching_phrases(subject_words, anaphors)) or between_anaphor(trigger, page.lexicon, anaphors):
        return _last_countries(sent, page, 2)  # "un accord entre les deux pays": theirs
    if _joint_doer(trigger, page.lexicon):
        return _page_pair(page)  # "la commission mixte s'est réunie": the page's two countries'
    if (
        before
        and norm(before[0].text) in page.lexicon.cue("state_pronouns")
        and len(before) <= STATE_PRONOUN_GAP
    ):
        # "Chad has kept its options open. It ended its defence pact with France ..."
        state = _topic_country(before[0].i, page, set())
        return [state] if state else []
    pronouns = [  # not the "il" of "Il y a près d'un mois": a word of a time is no subject
        t
        for t in before
        if norm(t.text) in page.lexicon.cue("subject_pronouns")
        and (not parsed or _in_heads(t, heads))
        and not any(r.tokens.start <= t.i < r.tokens.end for r in page.times)
    ]
    if not pronouns and _role_subject(trigger, before, page, parsed) and page.events:
        return list(page.events[-1].actors)
    plural = any(norm(t.text) in page.lexicon.cue("plural_pronouns") for t in pronouns)
    if pronouns and not plural and (subject := _person_named_before(pronouns[0], sent, page)):
        return [subject]
    if not pronouns or not page.events:
        return []
    last = page.events[-1]
    if plural:
        return _unique(last.actors + last.recipients)
    if trigger.head.pos_ == "NOUN":  # "Il s'agit du deuxième échange entre ...": no doer
        return list(last.actors)
    if parsed and (subject := _previous_subject(sent, page)):
        return [subject]
    # "he" doing something is one of them: the first person the last event names as actor
    person = next((a for a in last.actors if a.kind == "person"), None)
    return [person] if person else list(last.actors)


def _joint_doer(trigger: Trigger, lexicon: Lexicon) -> bool:
    """The doer is a body or an act of two states that names no country ("la commission
    mixte s'est réunie", "Réunie lundi à Ruacana, la commission technique mixte ...", "A
    joint technical commission met", "a bilateral fisheries protocol signed in 2014"): the
    parse's subject, the noun a participle describes or the trigger noun itself carries a
    ``joint_marks`` word; without a parse, one stands among the few words just before the
    trigger or inside it, with no punctuation between."""
    marks = lexicon.cue("joint_marks")
    head = trigger.head
    if not has_parse(head.sent):
        start = trigger.tokens[0].i
        words = list(head.doc[start : trigger.tokens[-1].i])
        for t in reversed(head.doc[max(head.sent.start, start - JOINT_REACH) : start]):
            if t.is_punct:
                break
            words.append(t)
        return any(norm(t.text) in marks for t in words)
    doers = [c for c in head.children if c.dep_.startswith("nsubj")]
    if head.dep_ == "advcl":  # "Réunie lundi ..., la commission mixte a posé ...": the main clause's subject
        doers += [c for c in head.head.children if c.dep_.startswith("nsubj")]
    if head.dep_.startswith("acl"):
        doers.append(head.head)
    if head.pos_ == "NOUN":
        doers.append(head)
    return any(c.dep_ in ("amod", "compound") and norm(c.text) in marks for d in doers for c in d.children)


def _struck_in_referred_attack(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> list[Actor]:
    """Who was struck in the attack a statement's sentence refers back to with a definite
    noun, its subject or its object ("L'attaque avait été condamnée par Moscou", "had
    denounced the raid"): the attack told earlier on the page, whose recipients the
    statement is about."""
    for other in _triggers(sent, page):
        if other is trigger or not _unnamed_doer(other, page):
            continue
        definite = other.tokens[0].i > sent.start and norm(
            page.doc[other.tokens[0].i - 1].text
        ) in page.lexicon.cue("definite_articles")
        passive_subject = other.head.dep_ == "nsubj:pass" and other.head.head.i == trigger.head.i
        aimed = definite and (_spoken_of(other, trigger, page, parsed) or passive_subject)
        if not aimed and _link(other, sent, page) != "same":
            continue
        told = [e for e in reversed(page.events) if e.type == other.rule.type]
        if told:
            return list(told[0].recipients)
    return []


def _opening_names(sent: Span, page: Page) -> list[Actor]:
    """The parties named before an unparsed sentence's first trigger: its subject (not a
    nationality qualifying a place, "arrived in the Chadian capital")."""
    first = min(t.tokens[0].i for t in _triggers(sent, page))
    return [
        actor_of(p.mention)
        for p in page.mentions
        if sent.start <= p.tokens.start and p.tokens.end <= first
        and p.mention.kind in ACTOR_KINDS and p.mention.label != "DEMONYM" and not is_located_in(p, page.lexicon)
    ]  # fmt: skip


def _controller(trigger: Trigger, sent: Span, page: Page) -> list[Actor]:
    """The doer of an infinitive trigger with no subject of its own: the sentence's first
    other subject, not a relative pronoun ("Après avoir mis fin à l'accord qui le liait à
    la France, le Tchad a vu partir ...")."""
    verb = trigger.head
    if not _infinitive(verb):
        return []
    subject = next(
        (
            t
            for t in sent
            if t.dep_ == "nsubj" and t.head.i != verb.i and "Rel" not in t.morph.get("PronType", [])
        ),
        None,
    )
    if subject is None:
        return []
    return [actor_of(p.mention) for p in page.mentions
            if sent.start <= p.tokens.start < sent.end and names_token(p.tokens, subject)]  # fmt: skip


def _infinitive(verb: Token) -> bool:
    """The verb is an infinitive, simple or compound ("rencontrer", "avoir rencontré")."""
    return "Inf" in verb.morph.get("VerbForm", []) or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children
    )


def _pronoun_subject(trigger: Trigger, sent: Span, page: Page, parsed: bool) -> Actor | None:
    """The person a singular pronoun subject of a parsed trigger (or of the verb an infinitive
    trigger hangs on) stands for, when its sentence or the one before names them (see
    ``_person_named_before`` and ``_previous_subject``)."""
    if not parsed:
        return _unparsed_pronoun_subject(trigger, sent, page)
    lexicon = page.lexicon
    verbs = {trigger.head.i}
    if trigger.head.dep_ == "xcomp" and _infinitive(trigger.head):
        verbs.add(trigger.head.head.i)  # "Il a dit avoir rencontré Y": the teller's subject
    pronoun = next(
        (
            t
            for t in _tokens_before(trigger, sent)
            if t.dep_.startswith("nsubj") and t.head.i in verbs and _singular_pronoun(t, lexicon)
        ),
        None,
    )
    if pronoun is None:
        return None
    return _person_named_before(pronoun, sent, page) or _previous_subject(sent, page)


def _singular_pronoun(token: Token, lexicon: Lexicon) -> bool:
    word = norm(token.text)
    return word in lexicon.cue("subject_pronouns") and word not in lexicon.cue("plural_pronouns")


def _unparsed_pronoun_subject(trigger: Trigger, sent: Span, page: Page) -> Actor | None:
    """Without a parse, the person a singular pronoun standing just before the trigger stands
    for ("He said he met Malian President X", "where she met X"): the person named before it
    in its sentence, else the first person the sentence before names."""
    lexicon = page.lexicon
    first = trigger.tokens[0].i
    pronoun = next(
        (
            t
            for t in page.doc[max(sent.start, first - STATE_PRONOUN_GAP) : first]
            if _singular_pronoun(t, lexicon)
        ),
        None,
    )
    if (
        pronoun is None
        or any(t.is_punct for t in page.doc[pronoun.i : first])
        or any(pronoun.i < p.tokens.start < first for p in page.mentions)
    ):
        return None
    return _person_named_before(pronoun, sent, page) or _first_person_before(sent, page)


def _first_person_before(sent: Span, page: Page) -> Actor | None:
    """The first person the sentence before names (its subject, most often, in news prose)."""
    if sent.start == 0:
        return None
    before = page.doc[sent.start - 1].sent
    named = (
        p for p in page.mentions if before.start <= p.tokens.start < before.end and p.mention.kind == "person"
    )
    found = next(named, None)
    return actor_of(found.mention) if found else None


def _person_named_before(pronoun: Token, sent: Span, page: Page) -> Actor | None:
    """The person a singular pronoun stands for when its own sentence names one before it:
    the nearest ("Le président X s'était rendu à Pékin, où il avait été reçu par Y"; "il a
    reçu le ministre Z, venu de Dakar où il avait été reçu la veille")."""
    named = [
        p for p in page.mentions
        if sent.start <= p.tokens.start and p.tokens.end <= pronoun.i and p.mention.kind == "person"
    ]  # fmt: skip
    return actor_of(named[-1].mention) if named else None


def _previous_subject(sent: Span, page: Page) -> Actor | None:
    """The person the sentence before has as its subject: a singular pronoun opening the next
    one stands for them, whatever event the page told last ("Le gouverneur ..., Anicet
    Ndabirorere, a tenu à assister à la réouverture. Il a salué ...")."""
    if sent.start == 0:
        return None
    before = page.doc[sent.start - 1].sent
    subjects = [
        p for p in page.mentions
        if before.start <= p.tokens.start < before.end
        and p.mention.kind == "person"
        and syntactic_role(p.tokens) == "subject"
        and verb_of(p.tokens.root).i == before.root.i
    ]  # fmt: skip
    return actor_of(subjects[0].mention) if subjects else None


def _role_subject(trigger: Trigger, before: list[Token], page: Page, parsed: bool) -> bool:
    """The trigger's subject is an office with no name ("le ministre a été reçu", "the
    envoy"), not a title before one ("le président Mohamed Bazoum a été renversé")."""
    for _, hit in matching_phrases(before, page.lexicon.phrase_list("role_subjects")):
        if parsed and not any(t.dep_.startswith("nsubj") and t.head.i == trigger.head.i for t in hit):
            continue
        after = hit[-1].i + 1
        if not any(after <= p.tokens.start <= after + 2 for p in page.mentions):
            return True
    return False


def _setting_country(sent: Span, page: Page, within: frozenset[int] | None = None) -> Actor | None:
    """The first country the sentence sets something in ("en Norvège", "in Lyons"; not
    "près de la frontière algérienne"; not inside a quote: « Un papier signé à Doha … »),
    among the tokens ``within`` when given (an event's own phrase)."""
    for p in page.mentions:
        if (
            sent.start <= p.tokens.start < sent.end
            and (within is None or p.tokens.start in within)
            and p.mention.country
            and is_located_in(p, page.lexicon)
            and not _inside_quotes(sent, p.tokens[0].idx)
        ):
            return host_of(p, page.mentions)
    return None


def _country_anaphor(trigger: Trigger, sent: Span, page: Page, actors: list[Actor]) -> Actor | None:
    """The country "le pays", "the country" points back to: of the latest sentence naming
    one before the trigger as a party (not a setting, not a party already), the first it
    names, its topic ("Burkina Faso signed ... with Russia. French troops left the country";
    "Niger has leaned on Moscow ... The last US troops left the country"; not "la crise au Niger")."""
    if not any(matching_phrases(tokens_of(sent), page.lexicon.phrase_list("country_anaphors"))):
        return None
    return _topic_country(trigger.tokens[0].i, page, {a.country for a in actors})


def _topic_country(before: int, page: Page, taken: set[str | None]) -> Actor | None:
    """The topic country of the latest sentence that names one as a party before token
    ``before`` (not a setting, not a speaking seat, none of ``taken``)."""
    named: list[Placed] = []  # the latest sentence's candidates, last first
    for p in reversed(page.mentions):
        if named and p.tokens.sent.start != named[0].tokens.sent.start:
            break
        seat = norm(p.mention.text) in page.lexicon.seats  # "the Kremlin said": a speaker, not a land
        land = p.mention.kind == "country" and not (seat or _in_compound(p) or is_located_in(p, page.lexicon))
        code = p.mention.country if land else None
        if code and p.tokens.end <= before and code not in taken:
            named.append(p)
    if not named:
        return None
    return country_actor(_sentence_topic(named[::-1]).mention.country or "", page.mentions)


def _sentence_topic(named: list[Placed]) -> Placed:
    """Of the countries one sentence names (in order), the one it is about: its subject
    when parsed, else the first (an unparsed sentence opens with its subject), else the last."""
    sent = named[0].tokens.sent
    if not has_parse(sent):
        return named[0]
    subject = next((p for p in named if syntactic_role(p.tokens) == "subject"), None)
    return subject or named[-1]


def _government(trigger: Trigger, sent: Span, page: Page) -> list[Actor]:
    """The state "les autorités", "the junta" stand for when they are the subject: the
    country the sentence is set in ("Au Mali, les autorités de transition ont rompu ...")."""
    if not any(
        matching_phrases(_tokens_before(trigger, sent), page.lexicon.phrase_list("government_subjects"))
    ):
        return []
    setting = _setting_country(sent, page)
    return [setting] if setting else []


def _dated(sent: Span, page: Page) -> bool:
    """The sentence gives a date of its own, outside quotation marks."""
    return any(is_date(r.ref) and not _quoted(r, sent) for r in _sentence_times(sent, page))


def _named_as_noun(trigger: Trigger, page: Page, parsed: bool) -> bool:
    """The trigger names an occasion as a noun ("A first call took place on March 3", "the
    first publicly reported conversation"), not a verb whose subject the sentence may name
    as a common noun ("the joint commission is to meet on April 15"). Without a parse, a
    determiner opens its phrase: among the four words before it, with no punctuation mark
    or auxiliary (``verb_markers``) between."""
    if parsed:  # a noun, or a participle describing one ("le mémorandum signé en octobre 2023")
        return trigger.head.pos_ == "NOUN" or trigger.head.dep_.startswith("acl")
    lex = page.lexicon
    for k in range(trigger.tokens[0].i - 1, max(trigger.head.sent.start, trigger.tokens[0].i - 4) - 1, -1):
        word = norm(page.doc[k].text)
        if word in lex.cue("determiners"):
            return True
        if word in lex.cue("verb_markers") or not page.doc[k].is_alpha:
            return False
    return False


def _names_an_occasion(placed: Placed, page: Page) -> bool:
    """A place naming an event rather than a party to it: "l'accord de Washington", "the
    Washington agreement" (a trigger noun just before it through "de", or just after it)."""
    doc, words = page.doc, page.lexicon.rules_by_first_word
    start, end = placed.tokens.start, placed.tokens.end
    before = start >= 2 and norm(doc[start - 1].text) in page.lexicon.cue("genitive_cues")
    if before and doc[start - 2].pos_ == "NOUN" and set(forms(doc[start - 2])) & words.keys():
        return True
    return end < len(doc) and doc[end].pos_ == "NOUN" and bool(set(forms(doc[end])) & words.keys())


def _agent_words(trigger: Trigger, sent: Span, page: Page) -> list[Token]:
    """The words after an agent cue ("par", "by") that follows the trigger within its phrase,
    up to the next comma or verb: who did the act told in the passive."""
    agents = page.lexicon.cue("agent_cues")
    words: list[Token] = []
    for token in page.doc[trigger.tokens[-1].i + 1 : min(sent.end, trigger.tokens[-1].i + 1 + AGENT_REACH)]:
        if words and (token.text in CLAUSE_BREAKS or token.pos_ in ("VERB", "AUX")):
            break
        if words or norm(token.text) in agents:
            words.append(token)
    return words[1:]


def _told_as_done(trigger: Trigger, lexicon: Lexicon) -> bool:
    """The trigger is a verb the parse says was done: finite, or a participle with its
    auxiliary ("ont rouvert"); not a noun ("prévoit la réouverture"), an infinitive ("ten days
    to reopen") or a participle describing a noun ("le poste, fermé pendant trois semaines").
    Without a parse, a past tense no "to", "be" or "being" stands before ("The crossing
    reopened on May 5", not "after being closed")."""
    head = trigger.head
    if not has_parse(head.sent):
        markers = lexicon.cue("infinitive_markers") | lexicon.cue("state_participle_markers")
        return any(
            t.lower_.endswith("ed") and t.i > t.sent.start and norm(t.nbor(-1).text) not in markers
            for t in trigger.tokens
        )
    if head.pos_ not in ("VERB", "AUX") or head.dep_ in ("acl", "xcomp"):
        return False
    return "Fin" in head.morph.get("VerbForm", []) or any(c.dep_.startswith("aux") for c in head.children)


def _parties_of_kind(trigger: Trigger, page: Page) -> tuple[list[Actor], list[Actor]]:
    """The parties of the page's latest event of the trigger's kind: a dated call or visit
    told with no party ("A first call took place on September 9") is one more between them."""
    same = [
        e for e in page.events if e.type == trigger.rule.type and modes_compatible(e.mode, trigger.rule.mode)
    ]
    return (list(same[-1].actors), list(same[-1].recipients)) if same else ([], [])


def _people_pair(
    trigger: Trigger, sent: Span, page: Page, heads: frozenset[int], actors: list[Actor], unnamed: bool
) -> list[Actor]:
    """The two people "leur rencontre", "their talks", "les deux hommes" or "the call between
    the two ministers" point back to (see ``people_pairs``)."""
    others_named = unnamed or any(a.kind != "country" for a in actors)
    office = pair_office(trigger, _tokens_before(trigger, sent), heads, page.lexicon, others_named)
    if office is None:
        return []
    told = [(e.actors, e.recipients) for e in page.events]
    return latest_pair(told, sent, trigger, page.mentions, office, page.published or page.anchor)


def _in_heads(token: Token, heads: frozenset[int]) -> bool:
    return token.head.i in heads


def _last_countries(sent: Span, page: Page, count: int) -> list[Actor]:
    """The ``count`` countries "les trois pays" stands for: the latest list of that many
    named together ("les chefs de la diplomatie du Mali, du Burkina Faso et du Niger"),
    else the ``count`` countries the page has named most before the sentence, the latest
    first among equals (a language, "en anglais", or an agreement's city, "l'accord de
    Washington", named last is not one of "les deux pays")."""
    listed = _latest_country_list(sent, page, count)
    if listed:
        return [country_actor(c, page.mentions) for c in listed]
    named = [
        code
        for p in page.mentions
        if p.tokens.start < sent.start and (code := p.mention.country) and not _names_an_occasion(p, page)
    ]
    latest, times = {code: i for i, code in enumerate(named)}, Counter(named)
    ranked = sorted(latest, key=lambda code: (-times[code], -latest[code]))[:count]
    return (
        [country_actor(c, page.mentions) for c in sorted(ranked, key=latest.__getitem__)]
        if len(ranked) == count
        else []
    )


def _page_pair(page: Page) -> list[Actor]:
    """The two countries the whole page names most: whose a joint commission or a bilateral
    protocol is when the sentence names none (countries named last may be an aside's, "l'accord
    de 1969 entre le Portugal et l'Afrique du Sud")."""
    pair = _setting_countries(page)[:2]
    return [country_actor(code, page.mentions) for code in pair] if len(pair) == 2 else []


def _page_partner(taken: set[str], page: Page) -> Actor | None:
    """The country the page names most besides ``taken`` (the first named among equals):
    the other side of a border a page about two neighbours names without saying whose."""
    named = [code for p in page.mentions if (code := p.mention.country) and code not in taken]
    if not named:
        return None
    times = Counter(named)
    return country_actor(max(dict.fromkeys(named), key=times.__getitem__), page.mentions)


def _latest_country_list(sent: Span, page: Page, count: int) -> list[str]:
    """The latest run of exactly ``count`` countries before the sentence joined only by
    commas, "et"/"and" and articles."""
    before = [
        p
        for p in page.mentions
        if p.tokens.start < sent.start and p.mention.kind == "country" and p.mention.country
    ]
    joiners = page.lexicon.cue("list_joiners")
    runs: list[list[Placed]] = []
    for p in before:
        last = runs[-1][-1] if runs else None
        gap = page.doc[last.tokens.end : p.tokens.start] if last is not None else None
        if gap is not None and all(t.text == "," or norm(t.text) in joiners for t in gap):
            runs[-1].append(p)
        else:
            runs.append([p])
    for run in reversed(runs):
        codes = list(dict.fromkeys(str(p.mention.country) for p in run))
        if len(codes) == count:
            return codes
    return []


def _mode_cue(trigger: Trigger, sent: Span, page: Page) -> str | None:
    """The mode a word of the sentence gives ("au téléphone"), unless the word only names
    the occasion a meeting was held beside ("en marge du sommet": a bilateral meeting) or
    stands nearer another meeting of the sentence ("spoke by phone ..., and met in May")."""
    tokens, lexicon = tokens_of(sent), page.lexicon
    talks = [t.head.i for t in _triggers(sent, page) if t.rule.type == "CONSULT"]
    for i, token in enumerate(tokens):
        for form in forms(token):
            if form in lexicon.mode_cues and not _after_sideline(tokens, i, lexicon):
                nearest = min(talks, key=lambda h: abs(h - token.i), default=trigger.head.i)
                if abs(nearest - token.i) >= abs(trigger.head.i - token.i):
                    return lexicon.mode_cues[form]
    return None


def _date(cand: Candidate, trigger: Trigger, sent: Span, page: Page, parsed: bool, link: str) -> None:
    """Fill the candidate's date from the nearest source that gives one (see module doc)."""
    own = _clause_time(trigger, sent, page, parsed)
    source = "clause"
    if link != "new":
        return
    if (noun := _explained_noun(trigger, sent, page)) is not None and (
        explained := _phrase_time(noun, sent, page, parsed)
    ) is not None:
        _set_from_ref(cand, explained, "clause", page)
        return
    if own is None and (then := _time_then(trigger, sent, page)) is not None:
        _set_from_ref(
            cand, then, "clause", page
        )  # "qui s'étaient vus en novembre 2025, avaient alors convenu"
        return
    if own is None:
        # "depuis janvier 2018, date de l'arrivée des instructeurs": the state a noun named in
        # passing began is dated from its start; a verb's "depuis" is a stay, not its date
        passing = _scope(trigger, page, parsed) is not None
        loose = [
            r
            for r in _own_times(trigger, sent, page, parsed)
            if not _quoted(r, sent) and (passing or span_role(r, page.lexicon) != "start")
        ]
        own, source = nearest_time(trigger, loose), "sentence"
        if own is not None and (days := _narrative_offset(_words_after(trigger, sent), page.lexicon)):
            # "L'inquiétude était vive ce jeudi que Bujumbura a été frappée la veille au soir"
            _shift_date(cand, own, days)
            if cand.date_source == "clause":
                return
    if own is not None:
        _set_from_ref(cand, own, source, page)
        return
    if (days := _narrative_offset(tokens_of(sent), page.lexicon)) is not None and (
        told := _latest_day(sent, page)
    ):
        when = told + dt.timedelta(days=days)  # "Moscou, qui avait dénoncé la veille ..."
        cand.date, cand.date_end, cand.precision, cand.date_source = when.isoformat(), None, "day", "clause"
        return
    uncertain = relative_time(sent, page.lexicon) or any(
        not is_date(r.ref)
        for r in _own_times(trigger, sent, page, parsed)
        if r.ref.precision not in ("time", "duration")
    )
    ref = _paragraph_time(sent, page)
    if ref is not None:
        _set_from_ref(cand, ref, "paragraph", page, month_only=uncertain)
    elif page.lede is not None:
        _set_from_ref(cand, page.lede, "page", page, month_only=uncertain)
    elif page.anchor is not None:
        lo = page.anchor - dt.timedelta(days=page.window)
        cand.date, cand.date_end, cand.precision = lo.isoformat(), page.anchor.isoformat(), "range"
        cand.date_source = "publication"
    elif page.crawl_month:
        cand.date, cand.precision, cand.date_source = page.crawl_month, "month", "crawl"


def _time_then(trigger: Trigger, sent: Span, page: Page) -> TimedRef | None:
    """The time a "then" just before the trigger points to: the last one the sentence names
    before it, in whatever clause ("avaient alors convenu", "had then agreed")."""
    first = trigger.tokens[0].i - sent.start
    if not has_phrase_before(tokens_of(sent), first, page.lexicon.phrase_list("then_cues"), THEN_REACH):
        return None
    before = [
        r for r in _sentence_times(sent, page) if r.tokens.end <= trigger.tokens[0].i and is_date(r.ref)
    ]
    return before[-1] if before else None


def _explained_noun(trigger: Trigger, sent: Span, page: Page) -> Trigger | None:
    """The event noun a "when" clause holding the trigger tells the detail of: "after the
    March 7 shooting near Mbanie, when a patrol boat fired on canoes", "après l'incident
    du 7 mars, lorsque une vedette a ouvert le feu". The trigger is that noun's event and
    takes its day. The clause opens with a comma and an ``explaining_whens`` word, has no
    punctuation before the trigger, and the noun stands at most ``EXPLAINED_GAP`` words
    before the comma."""
    doc, whens = page.doc, page.lexicon.cue("explaining_whens")
    first = trigger.tokens[0].i
    for k in range(first - 1, sent.start, -1):
        if norm(doc[k].text) in whens and doc[k - 1].text == ",":
            comma = k - 1
            nouns = [t for t in _triggers(sent, page) if t.tokens[-1].i < comma]
            near = [t for t in nouns if comma - t.tokens[-1].i <= EXPLAINED_GAP + 1]
            return near[-1] if near else None
        if doc[k].is_punct:
            return None
    return None


def _in_other_clause(ref: TimedRef, trigger: Trigger, page: Page, parsed: bool) -> bool:
    """The time stands in a relative or reported clause the trigger is not in: that clause's
    time ("met at the Diaoyutai with envoy X, who had shuttled between A and B last week";
    "À l'issue de la réunion, les ministres ont annoncé que le poste rouvrirait lundi").
    Without a parse, a relative clause opens with a relative pronoun after the trigger
    ("freed 19 fishermen who had been arrested in mid-March"), and a time after a noun named
    in passing beyond a comma is that noun's ("has recalled its ambassador, …, in a row over
    a drone strike on Adré on Sept. 5"). A time inside a "since" phrase is never the act's
    (``_in_since_phrase``)."""
    if _in_since_phrase(ref, trigger, page):
        return True
    if not parsed:
        doc, pronouns = page.doc, page.lexicon.cue("relative_pronouns")
        return (
            any(norm(doc[k].text) in pronouns for k in range(trigger.tokens[-1].i + 1, ref.tokens.start))
            or any(_noun_owns_time(other, trigger, ref, page) for other in _triggers(trigger.head.sent, page))
            or _first_act_time(ref, trigger, page)
            or _second_act_time(ref, trigger, page)
        )
    node = ref.tokens.root
    while node.head.i != node.i:
        relative = node.dep_ in ("acl:relcl", "ccomp") or any(
            "Rel" in c.morph.get("PronType", []) for c in node.children
        )
        if relative and not (node.left_edge.i <= trigger.head.i <= node.right_edge.i):
            # "l'entretien qu'il a eu lundi": a clause on the event's noun tells the noun's time
            return not (node.head.i == trigger.head.i and trigger.head.pos_ == "NOUN")
        node = node.head
    return False


def _in_since_phrase(ref: TimedRef, trigger: Trigger, page: Page) -> bool:
    """The time stands inside a phrase "since" opens after the trigger to name an earlier
    event ("met X on Wednesday, the first visit since a trader's death at the border two weeks
    ago"): the time of what the act is the first since, not the act's. "since" just before
    the time ("closed since June 8", "fermé depuis le 8 juin") gives the act's own start."""
    doc, lex = page.doc, page.lexicon
    since, articles = lex.cue("since_cues"), lex.cue("definite_articles") | lex.cue("determiners")
    return any(
        norm(doc[k].text) in since
        and any(not t.is_punct and norm(t.text) not in articles for t in doc[k + 1 : ref.tokens.start])
        for k in range(trigger.tokens[-1].i + 1, ref.tokens.start)
    )


def _coordinator_before(trigger: Trigger, page: Page) -> int | None:
    """Without a parse: where the "and" joining a second act to an earlier one of its
    sentence stands ("summoned the ambassador on Monday and sent a patrol vessel"), or None."""
    sent, first = trigger.head.sent, trigger.tokens[0].i
    earlier = [t for t in _triggers(sent, page) if t.tokens[-1].i < first]
    if not earlier:
        return None
    words = page.lexicon.cue("verb_coordinators")
    first = _second_act_opening(trigger, earlier[-1].tokens[-1].i, page)
    start = max(earlier[-1].tokens[-1].i + 1, first - 2)
    return next((k for k in range(first - 1, start - 1, -1) if norm(page.doc[k].text) in words), None)


def _second_act_time(ref: TimedRef, trigger: Trigger, page: Page) -> bool:
    """The time stands between the "and" of a later act and that act's verb: the later act's
    ("sent troops to the frontier and, on 5 February, closed the Mokambo crossing")."""
    for other in _triggers(trigger.head.sent, page):
        if other.tokens[0].i > ref.tokens.start > trigger.tokens[-1].i:
            joint = _coordinator_before(other, page)
            if joint is not None and trigger.tokens[-1].i < joint < ref.tokens.start:
                return True
    return False


def _first_act_time(ref: TimedRef, trigger: Trigger, page: Page) -> bool:
    """The time stands before the "and" of a second act that has a time of its own after it:
    the first act's ("summoned the ambassador on Monday and sent troops to X on Tuesday"); a
    time beyond a punctuation mark is another phrase's ("agreed to ..., in the first contact
    since a confrontation last weekend")."""
    joint = _coordinator_before(trigger, page)
    if joint is None or ref.tokens.start >= joint or trigger.rule.type == "AGREE":
        return False  # "and agreed to meet on March 20": the date is the meeting's
    later = [r for r in _sentence_times(trigger.head.sent, page) if r.tokens.start > trigger.tokens[-1].i]
    return any(is_date(r.ref) and not marks_between(trigger, r) for r in later)


def _noun_owns_time(noun: Trigger, trigger: Trigger, ref: TimedRef, page: Page) -> bool:
    """Without a parse: a noun named in passing stands between the trigger and the time, a
    comma between the trigger and the noun, and no mark between the noun and the time."""
    doc = page.doc
    if not (trigger.tokens[-1].i < noun.tokens[0].i and noun.tokens[-1].i < ref.tokens.start):
        return False
    if _scope(noun, page, False) is None:
        return False
    marks = (",", ";", ":", "(", ")")
    return any(t.text == "," for t in doc[trigger.tokens[-1].i + 1 : noun.tokens[0].i]) and not any(
        t.text in marks for t in doc[noun.tokens[-1].i + 1 : ref.tokens.start]
    )


def _words_after(trigger: Trigger, sent: Span) -> list[Token]:
    """The trigger's words and those after it up to the next punctuation mark: where a day
    noun standing alone tells when the act was ("frappée la veille au soir :")."""
    doc, end = trigger.head.doc, trigger.tokens[0].i
    while end < sent.end and not doc[end].is_punct:
        end += 1
    return list(doc[trigger.tokens[0].i : end])


def _narrative_offset(tokens: list[Token], lex: Lexicon) -> int | None:
    """ "la veille" (-1), "le lendemain" (+1), "the next day", "two days later" (+2),
    "une semaine plus tôt" (-7) standing alone: days from the one just told."""
    for key, sign in (("day_after_phrases", 1), ("day_before_phrases", -1)):
        if any(matching_phrases(tokens, lex.phrase_list(key))):
            return sign
    units = time_patterns(lex.lang).lexicon
    for key, sign in (("count_after_phrases", 1), ("count_before_phrases", -1)):
        for _, hit in matching_phrases(tokens, lex.phrase_list(key)):
            k = next(i for i, t in enumerate(tokens) if t.i == hit[0].i)
            if k >= 2 and (days := _days_of(forms(tokens[k - 2])[0], forms(tokens[k - 1])[0], units)):
                return sign * days
    words = [forms(t)[0] for t in tokens]
    for k in range(1, len(words)):
        sign = _day_noun_sign(words[k], lex)
        if sign and words[k - 1] in lex.cue("definite_articles") and not _genitive_after(tokens, k, lex):
            return sign
    return None


def _day_noun_sign(word: str, lex: Lexicon) -> int:
    """+1 for "lendemain", -1 for "veille": the day a word puts after or before another; else 0."""
    return 1 if word in lex.cue("day_after_nouns") else -1 if word in lex.cue("day_before_nouns") else 0


def _latest_day(sent: Span, page: Page) -> dt.date | None:
    """The day of the event told last on the page at day precision, named in passing or not
    ("Le 22 avril, la ville avait été le théâtre de violentes manifestations. ... conduit
    N'Djamena à fermer le pont le lendemain": the 23rd); or a day named after that event's
    sentence and before this one, when it names one ("depuis le discours prononcé le 16
    avril par le Premier ministre. Deux jours plus tard, Asmara avait dénoncé ...": the
    18th, though no event is told of the speech). A span of days named counts by its last
    ("la nuit du 19 au 20 avril. ... le lendemain, l'armée se déploie": the 21st)."""
    dated = [e for e in page.events + page.passing if e.precision == "day" and e.date]
    latest = max(dated, key=lambda e: e.sent.start, default=None)
    after = latest.sent.end if latest else 0
    days = [
        (r.tokens.start, day)
        for r in page.times
        if after <= r.tokens.start and r.tokens.end <= sent.start and (day := _last_day_named(r.ref))
    ]
    if days:
        return max(days, key=lambda named: named[0])[1]
    return to_date(latest.date or "") if latest else None


def _last_day_named(ref: TimeRef) -> dt.date | None:
    """The day a time expression names, or the last day of the span of days it names."""
    if ref.precision == "day":
        return to_date(ref.value or "")
    if ref.precision == "range" and ref.value_end and len(ref.value_end) == 10:
        return to_date(ref.value_end)
    return None


def _set_from_ref(cand: Candidate, ref: TimedRef, source: str, page: Page, month_only: bool = False) -> None:
    value = ref.ref.value or ""
    if month_only or (page.guessed_anchor and counts_from_anchor_day(ref.ref)):
        cand.date, cand.precision, cand.date_source = value[:7], "month", source
        return
    role = span_role(ref, page.lexicon)
    if role == "end":
        cand.date_end, cand.precision = ref.ref.value_end or value, precision_of(value)
    else:
        cand.date, cand.precision = value, precision_of(value)
        cand.date_end = ref.ref.value_end
    cand.date_source = source


def _quoted(ref: TimedRef, sent: Span) -> bool:
    """The time expression sits inside quotation marks opened earlier in the sentence."""
    return _inside_quotes(sent, ref.tokens.start_char)


def _in_quotes(trigger: Trigger, sent: Span) -> bool:
    """The trigger stands inside quotation marks: a speaker's words about events ("Each
    call is a reminder ...", « un partenariat qui se pilote au sommet »), not an account;
    unless the quote is the very predicate of a subject the writer names outside it ("le
    ministère « condamne avec la plus grande fermeté cet acte »": the ministry's act, in its
    own words)."""
    return _inside_quotes(sent, trigger.tokens[0].idx, straight=True) and not _quoted_predicate(trigger)


def _quoted_predicate(trigger: Trigger) -> bool:
    """The trigger is a verb that opens a quote and whose subject stands before the quote."""
    head, first = trigger.head, trigger.tokens[0]
    if head.pos_ != "VERB" or first.i == head.sent.start or first.nbor(-1).text not in QUOTE_OPENERS:
        return False
    return any(c.dep_.startswith("nsubj") and c.i < first.i - 1 for c in head.children)


def _inside_quotes(sent: Span, char: int, straight: bool = False) -> bool:
    """Quotation marks opened earlier in the sentence are still open at ``char``, or the
    sentence closes marks it never opened (a quote of several sentences: « ... . Nous
    avons convenu ... », a indiqué X); ``straight`` counts the ambiguous '"' too (an odd
    number of them before ``char`` is open)."""
    text = text_of(sent.doc)
    before, after = text[sent.start_char : char], text[char : sent.end_char]
    curly = before.count("«") > before.count("»") or before.count("“") > before.count("”")
    closed = after.count("»") > after.count("«") or after.count("”") > after.count("“")
    return curly or closed or (straight and before.count('"') % 2 == 1)


def _paragraph_time(sent: Span, page: Page) -> TimedRef | None:
    para = page.paragraph_of(sent.start_char)
    earlier = [
        r
        for r in page.times
        if r.tokens.start < sent.start
        and page.paragraph_of(r.tokens.start_char) == para
        and is_date(r.ref)
        and not _last_before_first(r, page)
    ]
    return earlier[-1] if earlier else None


def _pluperfect_aux(trigger: Trigger, sent: Span, page: Page) -> bool:
    head = trigger.head
    aux = head.doc[max(sent.start, head.i - 3) : head.i]
    return any(norm(t.text) in page.lexicon.cue("pluperfect_aux") for t in aux)


def _pluperfect_told(trigger: Trigger, sent: Span, page: Page) -> bool:
    """Told in the pluperfect in the writer's own voice ("L'attaque avait été condamnée
    par Moscou"): done before the news it comes with; not in reported speech, whose
    pluperfect is the speaker's past ("X said he had thanked Y")."""
    if not _pluperfect_aux(trigger, sent, page):
        return False
    before = text_of(sent.doc)[sent.start_char : trigger.tokens[0].idx]
    return speech_lexicon().before.search(fold(before)) is None


def _is_background(cand: Candidate, trigger: Trigger, sent: Span, page: Page) -> bool:
    """Recalled rather than reported: a recall phrase, a pluperfect, or an old date."""
    if _is_background_sentence(sent, page):
        return True
    if _pluperfect_aux(trigger, sent, page):
        return True
    reference = page.anchor or _latest_date(page)
    when = to_date(cand.date_end or cand.date or "", upper=True) if (cand.date or cand.date_end) else None
    return bool(reference and when and (reference - when).days > BACKGROUND_DAYS)


def _recalled_date(cand: Candidate, page: Page) -> bool:
    """A recalled event's date is its own (its clause's or sentence's), or its paragraph's
    when that date is a recalled one too: "Ce projet remonte à octobre 2023. En marge de
    ..., le ministre avait signé ..." tells a past time and then what happened in it."""
    if cand.date_source in OWN_SOURCES:
        return True
    reference = page.anchor or _latest_date(page)
    when = to_date(cand.date_end or cand.date or "", upper=True)
    if cand.date_source != "paragraph" or reference is None or when is None:
        return False
    return (reference - when).days > BACKGROUND_DAYS


def _is_background_sentence(sent: Span, page: Page) -> bool:
    """The sentence, or the first sentence of its paragraph, opens with a recall phrase
    (asked for every trigger and time of a sentence: answered once per sentence)."""
    if sent.start not in page.recalls:
        page.recalls[sent.start] = _recalls(sent, page)
    return page.recalls[sent.start]


def _recalls(sent: Span, page: Page) -> bool:
    phrases = page.lexicon.phrase_list("background_cues")
    if any(matching_phrases(tokens_of(sent), phrases)):
        return True
    para_start = page.paragraph_starts[page.paragraph_of(sent.start_char)]
    opening = page.doc.char_span(para_start, para_start + 1, alignment_mode="expand")
    if opening is None or not len(opening) or opening.sent == sent:
        return False
    return any(matching_phrases(tokens_of(opening.sent), phrases))


def _latest_date(page: Page) -> dt.date | None:
    dates = [to_date(r.ref.value or "", upper=True) for r in page.times if is_date(r.ref)]
    return max((d for d in dates if d), default=None)


def _subsume_countries(cand: Candidate) -> None:
    """Countries stand for governments: drop a country when one of its people is named on
    the same side. Across sides they differ: a putschist and the state he overthrows."""
    cand.actors = without_represented(cand.actors)
    acting = {x.entity for x in cand.actors}
    cand.recipients = [a for a in without_represented(cand.recipients) if a.entity not in acting]


def _organiser(sent: Span, page: Page) -> Actor | None:
    """Who called the sentence's protest: the name right after an ``organiser_cues`` phrase
    ("à l'appel de l'Union des agriculteurs", "called by the Yenga Solidarity Coalition")."""
    for _, hit in matching_phrases(tokens_of(sent), page.lexicon.phrase_list("organiser_cues")):
        after = hit[-1].i + 1
        for p in page.mentions:
            if after <= p.tokens.start <= after + 2 and p.mention.kind in ACTOR_KINDS:
                return actor_of(p.mention)
    return None


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for a in actors:
        seen.setdefault(a.entity, a)
    return list(seen.values())


def _add_to_page(cand: Candidate, link: str, page: Page) -> None:
    """Fold a candidate into the page's events or add it as a new one."""
    if link in ("same", "inside"):
        target = _linked_event(cand, link, page)
        if target is not None:
            if link == "same" and _participants_fit(cand, target):
                _absorb(target, cand)
            return
    if _talk_content(cand, page.events) is not None:
        return
    for event in reversed(page.events):
        if _same_event(event, cand):
            _absorb(event, cand)
            return
    if cand.actors or cand.recipients:
        page.events.append(cand)


def _linked_event(cand: Candidate, link: str, page: Page) -> Candidate | None:
    """The event a "same" or "inside" link points at: the latest one (of the candidate's
    type for "same"), told as news if the candidate is, so that "à l'issue de l'entretien"
    after a recalled meeting still names the call the page reports."""
    linked = [
        e for e in reversed(page.events) if link == "inside" or (e.type, e.act) == (cand.type, cand.act)
    ]
    return next((e for e in linked if e.background == cand.background), linked[0] if linked else None)


def participant_keys(actors: list[Actor]) -> tuple[frozenset[str], frozenset[str]]:
    """(people and organisations, countries involved) of a list of participants."""
    countries = frozenset(a.country or a.entity for a in actors if a.country or a.kind == "country")
    return people_keys(actors), countries


def _participants_fit(a: Candidate, b: Candidate) -> bool:
    """The two candidates may name the same event's parties (see participants_compatible)."""
    pa, ca = participant_keys(a.actors + a.recipients)
    pb, cb = participant_keys(b.actors + b.recipients)
    return participants_compatible((pa, pb), (ca, cb))


def _same_event(a: Candidate, b: Candidate) -> bool:
    if a.type != b.type or a.act != b.act or not modes_compatible(a.mode, b.mode):
        return False
    if opposed(a.type, (a.actors, a.recipients), (b.actors, b.recipients)):
        return False
    if a.stay != b.stay and not (_same_single_day(a, b) or _same_recalled_month(a, b)):
        return False
    if not _participants_fit(a, b) or _hosted_apart(a, b):
        return False
    (alo, ahi), (blo, bhi) = a.interval(), b.interval()
    return (alo is None or bhi is None or alo <= bhi) and (blo is None or ahi is None or blo <= ahi)


def _hosted_apart(a: Candidate, b: Candidate) -> bool:
    """Two visits to two places of different countries are two legs of a tour, even on one
    trip ("le 16 à N'Djamena et le lendemain à Port-Soudan")."""
    if not (a.mode == b.mode == "visit" and a.location and b.location and a.location != b.location):
        return False
    hosts_a = {r.country for r in a.recipients if r.country}
    hosts_b = {r.country for r in b.recipients if r.country}
    return bool(hosts_a) and bool(hosts_b) and not hosts_a & hosts_b


def _same_single_day(a: Candidate, b: Candidate) -> bool:
    """Both are dated to one and the same day: a one-day trip and the talks held on it
    are one event, while a stay "since the 22nd" and a meeting on the 23rd are two."""
    return a.precision == b.precision == "day" and a.date == b.date and not (a.date_end or b.date_end)


def _same_recalled_month(a: Candidate, b: Candidate) -> bool:
    """Both recall the same month, with no day: a page recalling "a visit to Ankara in June
    2025" and "talks there in June 2025" tells one occasion."""
    return a.background and b.background and a.precision == b.precision == "month" and a.date == b.date


def _absorb(into: Candidate, other: Candidate) -> None:
    """Merge ``other`` into ``into``: union of participants, best date, best evidence."""
    into.actors = _unique(into.actors + other.actors)
    into.recipients = _unique(into.recipients + other.recipients)
    into.mode = into.mode or other.mode
    better = SOURCE_RANK[other.date_source or "crawl"] < SOURCE_RANK[into.date_source or "crawl"]
    # a day the page's own words give an act dated only as the days up to another replaces that span
    firmer = into.open_start and not other.open_start and other.date_source in OWN_SOURCES
    looser = other.open_start and not into.open_start
    if other.date and (not into.date or firmer or (better and not looser)):
        into.date, into.precision, into.date_source = other.date, other.precision, other.date_source
        into.open_start = other.open_start
        if firmer:
            into.date_end = other.date_end
        elif other.date_end or into.precision != "range":
            into.date_end = other.date_end or into.date_end
    elif other.date_end and not into.date_end and other.date == into.date:
        into.date_end = other.date_end  # a span from that very day ("this week" is no span of a Tuesday)
    into.location = into.location or other.location
    into.topics = list(dict.fromkeys(into.topics + other.topics))
    into.background = into.background and other.background
    into.future = into.future and other.future
    into.speech = into.speech and other.speech
    if other.score > into.score:
        into.sent, into.trigger, into.score = other.sent, other.trigger, other.score
        if other.location:
            into.location = other.location
    _subsume_countries(into)


def _fold_speech(events: list[Candidate]) -> list[Candidate]:
    """Drop verbal acts that report what was said in a talk on the page.

    "X thanked Y", "they agreed to cooperate" between the parties of a CONSULT on the
    same page, with no date of their own, are the talk's content, not further events.
    """
    kept = []
    for e in events:
        talk = _talk_content(e, [t for t in events if t is not e])
        if talk is None:
            kept.append(e)
        else:
            talk.topics = list(dict.fromkeys(talk.topics + e.topics))
    return kept


def _talk_content(act: Candidate, events: list[Candidate]) -> Candidate | None:
    """The talk on the page a verbal act between its parties belongs to: an undated one,
    or one the same sentence sets in the talk ("lors de sa visite, le 7 février, X a promis").
    An act told as done before ("had already denounced") belongs only to a talk its own
    sentence sets it in ("Lors de sa visite, il avait déjà promis"), and an act told as news
    to no talk the page only recalls."""
    if not act.speech:
        return None
    own_date = act.date_source in OWN_SOURCES
    return next(
        (
            t
            for t in events
            if t.type == "CONSULT"
            and _covers(t, act)
            and (not own_date or (t.sent == act.sent and t.date == act.date))
            and (not act.prior or t.sent == act.sent)
            and not (
                t.background and not act.background and t.sent != act.sent
            )  # a recalled talk: no news act's
        ),
        None,
    )


def _covers(talk: Candidate, act: Candidate) -> bool:
    people, countries = participant_keys(talk.actors + talk.recipients)
    act_people, act_countries = participant_keys(act.actors + act.recipients)
    return act_people <= people and act_countries <= countries


def _doc_event(c: Candidate, doc_id: str) -> DocEvent:
    date, date_end, precision = c.date, c.date_end, c.precision
    if date is None and date_end is not None:
        date, date_end = date_end, None
    return DocEvent(
        doc_id=doc_id,
        type=c.type,
        mode=c.mode,
        actors=c.actors,
        recipients=c.recipients,
        date=date,
        precision=precision if date else None,
        date_end=date_end,
        location=c.location,
        topics=c.topics,
        evidence=c.sent.text,
        start=c.sent.start_char,
        end=c.sent.end_char,
        trigger=c.trigger,
        background=c.background,
        future=c.future,
        date_source=c.date_source,
        passing=c.passing or _one_sided_talk(c),
        repeat=c.repeat,
        setting=c.setting,
        page_countries=c.page_countries,
        act=c.act,
    )


def _one_sided_talk(c: Candidate) -> bool:
    """A talk, an agreement or a cooperation told with one named side ("Speaking after the
    audience, the Angolan diplomat said …", "Kagame told the summit …"): such acts have two,
    so this report can only join one other reports name, never make one. A statement or a
    protest by one side is whole, and keeps its event (making them join only was tried: it
    cost pages carried on unread blind10)."""
    return c.type in MUTUAL_TYPES and len({party_key(a) for a in named_parties(c.actors + c.recipients)}) < 2
