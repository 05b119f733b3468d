"""Who, where and when for one trigger: the clause, its participants, place and date.

Every function here reads one sentence of a spaCy Doc plus the page's mentions and
time expressions. With a dependency parse (French) the clause of a trigger is the part
of the sentence governed by the trigger's verb, so a reporting frame ("le communiqué
du Kremlin indique que ...") or a relative clause does not lend its names or dates;
without a parse (English fallback) the clause is the whole sentence and roles come
from word order and the prepositions before each name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import pycountry
from spacy.tokens import Doc, Span, Token

from storyline.annotate.event_rules import (
    Lexicon,
    Trigger,
    forms,
    has_phrase_before,
    norm,
    participle_form,
    tokens_of,
)
from storyline.annotate.identity import fold, is_state_body_key
from storyline.annotate.nlp import has_parse, text_of
from storyline.annotate.quotes import speech_lexicon
from storyline.models import Actor, Mention, TimeRef

Spanned = TypeVar("Spanned", Mention, TimeRef)

ACTOR_KINDS = frozenset({"person", "organisation", "country"})
DATE_PRECISIONS = frozenset({"day", "month", "year", "range"})
CUE_WINDOW = 6
SOURCE_REACH = 30  # characters before a name where "according to" makes it a source
ARTICLE_CHARS = 4  # characters an article may take between "according to" and the name ("the ")
# Statements whose direction tells two events apart: an accusation and the counter-accusation.
OPPOSABLE_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST", "SANCTION", "PROTEST", "COERCE"})
LOCATION_WINDOW = 10  # tokens between a trigger and the place it happens in
SUPPORT_GAP = 4  # words between a support verb and its noun ("a lancé lundi une offensive")
NOUN_MODIFIERS = 3  # numbers and names between a determiner and its noun ("the May 3 attack")
_CLIMB_DEPS = ("appos", "flat", "flat:name", "amod", "conj", "nummod", "det", "compound", "fixed")
_SENTENCE_ENDS = frozenset('.!?…»”"')
_DETERMINERS = frozenset({"le", "la", "l'", "les", "the", "son", "sa", "ses"})


@dataclass
class Placed:
    """A mention with its tokens in the Doc."""

    mention: Mention
    tokens: Span


@dataclass
class TimedRef:
    """A usable time expression with its tokens in the Doc."""

    ref: TimeRef
    tokens: Span


def sentences(doc: Doc) -> list[Span]:
    """Sentences for event finding: spaCy's, cut at line breaks, re-joined where the
    parser split after a comma ("Quelques jours après le drame, | au nom du ...")."""
    pieces: list[Span] = []
    start: int | None = None
    for token in doc:
        if "\n" in token.text or token.is_space:
            if start is not None:
                pieces.append(doc[start : token.i])
            start = None
            continue
        if start is None:
            start = token.i
        elif token.is_sent_start and doc[token.i - 1].text[-1:] in _SENTENCE_ENDS:
            pieces.append(doc[start : token.i])
            start = token.i
    if start is not None:
        pieces.append(doc[start:])
    return pieces


def _body_spans(doc_tokens: Span, records: list[Spanned]) -> list[tuple[Spanned, Span]]:
    """Body records (mentions, time expressions) with their tokens in the Doc, in text order."""
    doc = doc_tokens.doc
    aligned = []
    for record in sorted((r for r in records if r.field == "body"), key=lambda r: r.start):
        span = doc.char_span(record.start, record.end, alignment_mode="expand")
        if span is not None and len(span):
            aligned.append((record, span))
    return aligned


def place_mentions(doc_tokens: Span, mentions: list[Mention]) -> list[Placed]:
    """Body mentions aligned on the Doc's tokens, in text order."""
    return [Placed(m, span) for m, span in _body_spans(doc_tokens, mentions)]


def place_times(doc_tokens: Span, times: list[TimeRef]) -> list[TimedRef]:
    """Body time expressions aligned on the Doc's tokens, in text order."""
    return [TimedRef(t, span) for t, span in _body_spans(doc_tokens, times)]


def is_date(ref: TimeRef) -> bool:
    """A time expression that names a point or span on the calendar (not a duration)."""
    return ref.value is not None and ref.precision in DATE_PRECISIONS and ref.value[:4].isdigit()


def verb_of(token: Token) -> Token:
    """The first verb at or above ``token``: the predicate of its clause."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else node.sent.root


def clause_heads(trigger: Trigger, lexicon: Lexicon) -> frozenset[int]:
    """Verbs whose arguments belong to the trigger's clause.

    The trigger's own predicate, plus the governors of an infinitive or of a participle
    opening the sentence, which share its subject ("X s'est rendu à ... pour signer le
    livre de condoléances", "Arrivé au pouvoir par un coup d'État, X a ..."), and the
    infinitive it governs ("a promis de livrer des céréales au Mali").
    """
    verb = _predicate(trigger, lexicon)
    heads = set(_own_heads(verb)) | _main_clause_below(verb, lexicon)
    while (
        _shares_subject(verb) or _issued_text_participle(verb, trigger, lexicon)
    ) and verb.head.i != verb.i:
        verb = verb_of(verb.head)
        if verb.i in heads:
            break
        heads.add(verb.i)
    return frozenset(heads)


def coordination_governors(trigger: Trigger, lexicon: Lexicon) -> frozenset[int]:
    """The verbs a trigger's verb is coordinated under with no subject of its own: their
    subject is its subject, and nothing else of their clauses is its own."""
    verb, found = _predicate(trigger, lexicon), set()
    while _coordinated_without_subject(verb) and verb.head.i not in found:
        verb = verb_of(verb.head)
        found.add(verb.i)
    return frozenset(found)


def _coordinated_without_subject(verb: Token) -> bool:
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and not any(c.dep_.startswith(("nsubj", "expl")) for c in verb.children)
    )


def _main_clause_below(verb: Token, lexicon: Lexicon) -> set[int]:
    """A participle opening the sentence that the parse made its root, with the main clause
    hung under it ("Réunis mardi à Arusha, les ministres ... se sont séparés", and "Réunie
    mardi ..., la commission mixte a débouché" read as a finite verb): the main verb, whose
    subject is the participle's."""
    if verb.dep_ != "ROOT" or verb.i != verb.sent.start:
        return set()
    if not (
        _shares_subject_form(verb) or (participle_form(verb, lexicon) and _no_subject_nor_auxiliary(verb))
    ):
        return set()
    return {
        c.i
        for c in verb.children
        if c.dep_ in ("advcl", "conj") and any(g.dep_.startswith("nsubj") for g in c.children)
    }


def own_clause_heads(trigger: Trigger, lexicon: Lexicon) -> frozenset[int]:
    """The trigger's predicate and the infinitive it governs: the verbs whose objects
    are the trigger's too (a governor sharing only its subject keeps its objects)."""
    return _own_heads(_predicate(trigger, lexicon))


def _own_heads(verb: Token) -> frozenset[int]:
    """A predicate and the infinitives it governs."""
    return frozenset({verb.i} | {c.i for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"})


def _predicate(trigger: Trigger, lexicon: Lexicon) -> Token:
    """The verb whose arguments are the trigger's: its support verb when a relative clause
    on the noun has one, else the verb it hangs on."""
    return support_verb(trigger, lexicon) or verb_of(trigger.head)


def support_verb(trigger: Trigger, lexicon: Lexicon) -> Token | None:
    """The verb of a relative clause that tells who held the noun trigger: "l'entretien
    téléphonique que X a eu vendredi avec Y", "la rencontre qu'ont eue les deux chefs".

    Its subject and its "avec" are the event's parties and its time is the event's, not
    those of the verb the noun is the object of ("a rappelé l'entretien que ..."), even
    where the parse hangs the clause on that verb as a completive. The relative pronoun
    follows the noun and its adjectives; the clause's first verb, whatever the parse hung
    the pronoun on, is one of holding an event (``support_verbs``), not of judging it ("la
    rencontre que Bamako a jugée utile").
    """
    head = trigger.head
    if head.pos_ != "NOUN":
        return None
    doc, k = head.doc, trigger.tokens[-1].i + 1
    while k < head.sent.end and doc[k].pos_ in ("ADJ", "ADV"):
        k += 1
    if k >= head.sent.end or norm(doc[k].text) not in lexicon.cue("object_relatives"):
        return None
    verb = next((t for t in doc[k + 1 : head.sent.end] if t.pos_ == "VERB"), None)
    return verb if verb is not None and norm(verb.lemma_) in lexicon.cue("support_verbs") else None


def _shares_subject(verb: Token) -> bool:
    """An infinitive, a participial adjunct, or a verb coordinated with no subject of its own
    ("avait dénoncé ..., convoqué ..., puis fermé le poste") takes its subject from the verb
    it hangs on."""
    form = verb.morph.get("VerbForm", [])
    return (
        form == ["Inf"]
        or (verb.dep_ == "advcl" and _shares_subject_form(verb))
        or _coordinated_without_subject(verb)
    )


def _issued_text_participle(verb: Token, trigger: Trigger, lexicon: Lexicon) -> bool:
    """The trigger is a present participle on a text a government issues ("ont rendu public
    ce dimanche un communiqué conjoint condamnant l'attaque"): it says what the text says, so
    its subject is that of the verb issuing the text (not so for the attack it names)."""
    return (
        verb.i == trigger.head.i
        and verb.dep_ == "acl"
        and verb.morph.get("VerbForm", []) == ["Part"]
        and verb.morph.get("Tense", []) == ["Pres"]
        and norm(verb.head.text) in lexicon.cue("statement_nouns")
    )


def _shares_subject_form(verb: Token) -> bool:
    """A participle with neither subject nor auxiliary of its own."""
    return verb.morph.get("VerbForm", []) == ["Part"] and _no_subject_nor_auxiliary(verb)


def _bare_past_participle(verb: Token) -> bool:
    return verb.morph.get("Tense", []) == ["Past"] and _shares_subject_form(verb)


def _no_subject_nor_auxiliary(verb: Token) -> bool:
    return not any(c.dep_.startswith(("nsubj", "aux")) for c in verb.children)


def relative_antecedent(trigger: Trigger) -> tuple[Token, str] | None:
    """The noun a relative pronoun subject stands for, and its side in the trigger's clause:
    "le capitaine X, qui dirige le pays depuis le putsch" (subject), "Y, qui a été reçu
    par Z" (object)."""
    verb = verb_of(trigger.head)
    if verb.dep_ != "acl:relcl":
        return None
    for child in verb.children:
        if child.dep_.startswith("nsubj") and child.morph.get("PronType", []) == ["Rel"]:
            return verb.head, "object" if child.dep_ == "nsubj:pass" else "subject"
    return None


def names_token(span: Span, token: Token) -> bool:
    """The mention is the noun, or the name a title noun introduces ("le capitaine X")."""
    root = span.root
    return span.start <= token.i < span.end or (
        root.head.i == token.i and root.dep_ in ("flat:name", "appos")
    )


def nominal_scope(trigger: Trigger, lexicon: Lexicon, parsed: bool) -> frozenset[int] | None:
    """The tokens of a noun trigger's own phrase, when its doer is not its clause's subject.

    A coup or an attack named inside another phrase ("né dans le sillage du coup d'État
    du 26 juillet à Niamey", "deux jours après l'attaque de Sebba") has its parties in
    that phrase, not in the clause around it. The exception is a clause about holding
    power ("qui dirige le pays depuis le putsch", "Arrivé au pouvoir par un coup d'État,
    X ..."): its subject is the putschist. Coordinated phrases are other things. A
    journey named with an article and its traveller is one too ("Depuis le départ des
    soldats français, la protection repose sur ..."); otherwise it is the subject's
    ("Après sa visite à Moscou, X ...", "De retour d'une visite en Russie, X ..."). Without a parse, a trigger after a determiner and before a preposition, punctuation
    or a word that ends a noun phrase is such a noun; its phrase runs from the determiner
    to the next punctuation mark or word that ends a noun phrase ("created by the July 26
    coup in Niamey should ...", not "the army seized power last July"); so is any noun
    trigger an offset word puts before another event ("met X on Wednesday after talks with
    Y in Conakry"), its phrase running to the next punctuation mark.
    """
    unnamed = norm(trigger.rule.type) in lexicon.cue("unnamed_doer_types")
    if not parsed:
        return _unparsed_noun_phrase(trigger, lexicon) if unnamed else _phrase_after_offset(trigger, lexicon)
    head = trigger.head
    if not (unnamed or (trigger.rule.role == "travel" and _names_its_traveller(head, lexicon))):
        return None
    # a journey that names its traveller is read alone as its clause's subject too ("Le
    # retrait des militaires américains a laissé à Moscou un espace ...")
    embedded = head.dep_.startswith(("obl", "nmod")) or (not unnamed and head.dep_.startswith("nsubj"))
    if head.pos_ != "NOUN" or not embedded or _holds_power(verb_of(head), lexicon):
        return None
    excluded = {t.i for c in head.subtree if c.dep_ == "conj" for t in c.subtree}
    return frozenset(t.i for t in head.subtree if t.i not in excluded)


def _names_its_traveller(noun: Token, lexicon: Lexicon) -> bool:
    """An article and a genitive complement: "le départ des soldats", not "sa visite",
    "en visite" or "d'une visite en Russie"."""
    article = any(c.dep_ == "det" and c.morph.get("PronType", []) == ["Art"] for c in noun.children)
    genitive = lexicon.cue("genitive_cues")
    return article and any(
        c.dep_ == "nmod" and any(g.dep_ == "case" and norm(g.text) in genitive for g in c.children)
        for c in noun.children
    )


def _unparsed_noun_phrase(trigger: Trigger, lexicon: Lexicon) -> frozenset[int] | None:
    doc, sent = trigger.head.doc, trigger.head.sent
    first, after = trigger.tokens[0].i, trigger.tokens[-1].i + 1
    start = next(
        (
            i
            for i in range(first - 1, max(sent.start, first - 4) - 1, -1)
            if norm(doc[i].text) in lexicon.cue("determiners")
        ),
        None,
    )
    if start is None or not _ends_noun_phrase(doc, after, sent.end, lexicon):
        return None
    if support_verb_before(trigger, lexicon) is not None:
        return None  # "fighters launched an attack on Fotokol": the clause's subject did it
    if any(norm(t.text) in lexicon.cue("phrase_ends") for t in doc[start + 1 : first]):
        return None  # "the former commander who took power": a verb after its subject
    if any(norm(t.text) in lexicon.cue("power_nouns") for t in doc[max(sent.start, start - 3) : start]):
        return None
    end = first
    while end < sent.end and not doc[end].is_punct and norm(doc[end].text) not in lexicon.cue("phrase_ends"):
        end += 1
    return frozenset(range(start, end))


def support_verb_before(trigger: Trigger, lexicon: Lexicon) -> Token | None:
    """The verb of holding or carrying out an act whose object a noun trigger is, read by
    word order: "launched an attack", "a lancé lundi une offensive", "carried out a raid".
    Its subject is the act's doer, so the verb neither closes the noun's phrase nor parts
    the doer from it; a preposition between them ("a fait état d'une attaque") means the
    noun is no object."""
    if trigger.head.pos_ not in ("NOUN", ""):
        return None
    doc, sent = trigger.head.doc, trigger.head.sent
    verbs, stops = lexicon.cue("support_verbs"), lexicon.cue("prepositions") | lexicon.cue("phrase_ends")
    for k in range(trigger.tokens[0].i - 1, max(sent.start, trigger.tokens[0].i - SUPPORT_GAP) - 1, -1):
        token = doc[k]
        if norm(token.text) in verbs or norm(token.lemma_) in verbs:
            return token
        if token.is_punct or token.pos_ in ("ADP", "VERB", "AUX", "PRON") or norm(token.text) in stops:
            return None
    return None


def follows_offset(trigger: Trigger, lexicon: Lexicon) -> bool:
    """The noun trigger stands just after "after" / "before" (a determiner or a possessive
    may stand between, and a date or a name before the noun): "days after the expulsion on
    Saturday", "weeks after the May 3 attack"."""
    doc, sent = trigger.head.doc, trigger.head.sent
    first = k = trigger.tokens[0].i - 1
    while k > sent.start and first - k < NOUN_MODIFIERS and _modifies_as_name(doc[k]):
        k -= 1
    if k < first and norm(doc[k].text) not in lexicon.cue("determiners"):
        k = first  # "after Jean Martin discussed": a clause's subject, no noun's modifiers
    if k > sent.start and norm(doc[k].text) in lexicon.cue("determiners"):
        k -= 1
    offsets = lexicon.cue("offset_after") | lexicon.cue("offset_before")
    return k >= sent.start and norm(doc[k].text) in offsets


def _modifies_as_name(token: Token) -> bool:
    """A number or a capitalised word before a noun: a date or a name qualifying it ("the May
    3 attack", "the Kvitfjell talks")."""
    return token.like_num or (token.text[:1].isupper() and not token.is_sent_start)


def _phrase_after_offset(trigger: Trigger, lexicon: Lexicon) -> frozenset[int] | None:
    """Without a parse, a noun trigger just after an offset word (``follows_offset``): its
    phrase, up to the next punctuation mark."""
    doc, sent = trigger.head.doc, trigger.head.sent
    first = trigger.tokens[0].i
    if not follows_offset(trigger, lexicon) or not _ends_noun_phrase(
        doc, trigger.tokens[-1].i + 1, sent.end, lexicon
    ):
        return None
    end = first
    while end < sent.end and not doc[end].is_punct:
        end += 1
    return frozenset(range(first, end))


def _ends_noun_phrase(doc: Doc, i: int, limit: int, lexicon: Lexicon) -> bool:
    """What follows a noun, not a verb: the end, punctuation, a preposition, a clause word."""
    if i >= limit or doc[i].is_punct:
        return True
    word = norm(doc[i].text)
    return word in lexicon.cue("prepositions") or word in lexicon.cue("phrase_ends")


def _holds_power(verb: Token, lexicon: Lexicon) -> bool:
    return norm(verb.lemma_) in lexicon.cue("power_verbs") or any(
        norm(c.lemma_) in lexicon.cue("power_nouns") for c in verb.children
    )


def in_noun_phrase(span: Span, trigger: Trigger) -> bool:
    """The name stands in a noun trigger's own phrase, its participles included
    ("l'audience accordée à M. X par le président Y")."""
    head = trigger.head
    return head.pos_ == "NOUN" and any(t.i == span.root.i for t in head.subtree)


def in_clause(span: Span, heads: frozenset[int], parsed: bool) -> bool:
    return not parsed or verb_of(span.root).i in heads


def cue_before(span: Span, lexicon: Lexicon) -> str | None:
    """The role cue (agent, comitative, between, location) just before a name, if any."""
    found = cue_token_before(span, lexicon)
    return found[0] if found else None


def cue_token_before(span: Span, lexicon: Lexicon) -> tuple[str, Token] | None:
    """The role cue just before a name and its token.

    Walks back over up to six tokens, through determiners, titles and appositive commas,
    and stops at a verb or a strong punctuation mark.
    """
    sent_start = span.sent.start
    for i in range(span.start - 1, max(sent_start, span.start - CUE_WINDOW) - 1, -1):
        token = span.doc[i]
        word = norm(token.text)
        if (
            i > sent_start
            and attribution_preposition(token, lexicon)
            and lays_at_door(span.doc[i - 1], token, lexicon)
        ):
            return "attribution", token
        for name in ("agent_cues", "comitative_cues", "between_cues", "location_cues"):
            if word in lexicon.cue(name) or norm(token.lemma_) in lexicon.cue(name):
                if name == "agent_cues" and _opens_gerund(token):
                    return None  # "by overthrowing President X": X is the verb's, not an agent
                return name.removesuffix("_cues"), token
        if token.pos_ in ("VERB", "AUX") or word in {".", ";", ":", "«", "»", '"', "(", ")"}:
            return None
    return None


def lays_at_door(verb: Token, preposition: Token, lexicon: Lexicon) -> bool:
    """The verb and preposition lay an act at someone's door ("attribuent à", "blamed ... on")."""
    cues = lexicon.cue("attribution_cues")
    word = norm(preposition.text)
    return any(f"{norm(form)} {word}" in cues for form in (verb.lemma_, verb.text) if form)


def attribution_preposition(token: Token, lexicon: Lexicon) -> bool:
    """The word may close a verb laying an act at someone's door ("à", "on", "to")."""
    return norm(token.text) in _last_words(lexicon.cue("attribution_cues"))


@lru_cache(maxsize=8)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.rsplit(" ", 1)[-1] for p in phrases)


def _opens_gerund(cue: Token) -> bool:
    """An agent cue that introduces a verb, not a name ("by overthrowing President X"): the
    word after it is a verb, or, with no tagger, an English form in -ing."""
    if cue.i + 1 >= len(cue.doc):
        return False
    following = cue.doc[cue.i + 1]
    return following.pos_ == "VERB" or (not following.pos_ and following.lower_.endswith("ing"))


def cued_in_clause(span: Span, trigger: Trigger, heads: frozenset[int], lexicon: Lexicon) -> bool:
    """The name's comitative cue belongs to the trigger's clause, though the parse hung the
    name elsewhere ("s'est entretenu avec son homologue mauritanien, X, a annoncé la
    présidence": X taken for the subject of the incise). The cue is in the clause, or
    follows the trigger, or its support verb (see ``support_verb``), with no verb between."""
    found = cue_token_before(span, lexicon)
    if found is None or found[0] not in ("comitative", "between"):
        return False
    cue, last = found[1], support_verb(trigger, lexicon) or trigger.tokens[-1]
    between = cue.doc[last.i + 1 : cue.i]
    follows = cue.i > last.i and not any(t.pos_ in ("VERB", "AUX") for t in between)
    return follows or verb_of(cue).i in heads


def _is_setting(placed: Placed, lexicon: Lexicon) -> bool:
    """A name introduced as a setting: any place, or a country after a purely locative
    preposition ("en Russie", "in Niger"; not "à la Russie", which may be a recipient)."""
    if placed.mention.kind == "place":
        return True
    if placed.mention.label == "DEMONYM":
        return False  # "au peuple nigérien": the preposition is the noun's, not a setting
    return placed.mention.kind == "country" and any(
        norm(t.text) in lexicon.cue("setting_cues") for t in _words_before(placed, 3)
    )


def names_a_place(placed: Placed, lexicon: Lexicon) -> bool:
    """The name says where, not who: a nationality of a piece of land, an installation or a
    situation ("la frontière algérienne", "le terminal béninois de Sèmè", "the Sudanese
    conflict"), the other side of a border ("la frontière avec le Tchad")."""
    return (placed.mention.label == "DEMONYM" and _qualifies_land(placed, lexicon)) or _beyond_land(
        placed, lexicon
    )


def _qualifies_land(placed: Placed, lexicon: Lexicon) -> bool:
    """A nationality next to a piece of land or a situation, after it in French, before it in
    English, unless the land names its keepers ("Algerian border guards" are Algeria's)."""
    doc, span = placed.tokens.doc, placed.tokens
    around = [doc[i] for i in (span.start - 1, span.end) if span.sent.start <= i < span.sent.end]
    nouns = lexicon.cue("place_nouns") | lexicon.cue("situation_nouns")
    keepers = lexicon.cue("land_keepers")
    return any(
        norm(t.lemma_ or t.text) in nouns
        and not (t.i + 1 < span.sent.end and norm(doc[t.i + 1].text) in keepers)
        for t in around
    )


def _beyond_land(placed: Placed, lexicon: Lexicon) -> bool:
    """A name after "la frontière avec", "the border with": the other side of a piece of land."""
    doc, start = placed.tokens.doc, placed.tokens.start
    before = doc[max(placed.tokens.sent.start, start - CUE_WINDOW) : start]
    places, comitative = lexicon.cue("place_nouns"), lexicon.cue("comitative_cues")
    for i, token in enumerate(before[:-1]):
        if forms(token)[1] in places:
            return forms(before[i + 1])[0] in comitative
    return False


def is_landmark(placed: Placed, lexicon: Lexicon) -> bool:
    """A name a distance is measured from ("à quelques kilomètres du Burkina Faso", "near
    Mali"), or, with a parse, a name hanging on such a distance ("à moins de trois kilomètres
    du poste frontalier avec le Soudan"): it locates the place of the event, it does not
    take part."""
    cues = lexicon.cue("proximity_cues")
    if any(norm(t.text) in cues for t in _words_before(placed, 3)):
        return True
    node = placed.tokens.root
    while node.dep_ in ("nmod", "amod", "flat:name") and node.head.i != node.i:
        node = node.head
        if norm(node.text) in cues:
            return True
    return False


def is_located_in(placed: Placed, lexicon: Lexicon) -> bool:
    """A place or country introduced by "en", "à", "in", "at": where something happened."""
    if placed.mention.label == "DEMONYM":
        return False
    cues = lexicon.cue("setting_cues") | lexicon.cue("location_cues")
    if any(norm(t.text) in cues for t in _words_before(placed, 2)):
        return True
    # "dans les rues de N'Djamena", "in the streets of Kinshasa": a site of the place
    words = [set(forms(t)) for t in _words_before(placed, 5)]
    return (
        len(words) >= 3
        and bool(words[0] & lexicon.cue("genitive_cues"))
        and bool(words[1] & lexicon.cue("site_nouns"))
        and any(w & (cues | lexicon.cue("street_cues")) for w in words[2:])
    )


def _words_before(placed: Placed, n: int) -> list[Token]:
    """Up to ``n`` words just before a name, back to a number or a punctuation mark: "In
    June 2024 Niamey revoked ..." puts no "in" before Niamey."""
    doc, words = placed.tokens.doc, []
    for i in range(placed.tokens.start - 1, max(placed.tokens.sent.start, placed.tokens.start - n) - 1, -1):
        if doc[i].like_num or doc[i].is_punct:
            break
        words.append(doc[i])
    return words


def syntactic_role(span: Span) -> str | None:
    """subject / object from the parse, climbing through appositions, names and modifiers;
    a complement of the subject is the subject too ("les ministres des Affaires étrangères du
    Burundi et du Rwanda se sont séparés"), a complement of anything else is no role."""
    node = span.root
    while node.dep_ in _CLIMB_DEPS and node.head.i != node.i:
        node = node.head
    complement = node
    while complement.dep_ == "nmod" or complement.dep_ in _CLIMB_DEPS:
        if complement.head.i == complement.i:
            break
        complement = complement.head
    if complement is not node and complement.dep_ == "nsubj":
        return "subject"
    dep = node.dep_
    if dep == "nsubj:pass":
        return "passive_subject"
    if dep == "obl:agent":
        return "agent"
    if dep.startswith("nsubj"):
        return "subject"
    if dep in ("obj", "iobj") or dep.startswith("obl"):
        return "object"
    return None


def _complements(span: Span, noun: Token) -> bool:
    """The name is the complement of a noun trigger ("des soldats français" of "départ")."""
    if noun.pos_ != "NOUN":
        return False
    node = span.root
    while node.head.i not in (node.i, noun.i) and (node.dep_ in _CLIMB_DEPS or node.dep_ == "nmod"):
        node = node.head  # "des soldats de la Suède": through the soldiers to their country
    return node.dep_ == "nmod" and node.head.i == noun.i


def _possessed(noun: Token) -> bool:
    """The noun has a possessive determiner ("son retrait", "leur départ")."""
    return any(c.dep_ == "det" and "Yes" in c.morph.get("Poss", []) for c in noun.children)


def is_passive(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A verb in the passive: its subject is acted on. A pronominal verb never is, whatever
    the tagger says of "se sont rassemblées"."""
    head = trigger.head
    if trigger.rule.reflexive:
        return False
    if head.morph.get("Voice", []) == ["Pass"] or any(c.dep_ == "aux:pass" for c in head.children):
        return True
    if _bare_past_participle(head) and any(c.dep_ == "obl:agent" for c in head.children):
        return True  # "Reçu mardi par le président, X a ...": X is the one received
    if norm(head.text).endswith("ing"):  # "were leaving" is progressive, not passive
        return False
    before = head.doc[max(head.sent.start, head.i - 2) : head.i]
    if any(norm(t.text) in lexicon.cue("passive_aux") for t in before):
        return True
    # without a parse, a participle its doer follows ("a farmer killed by its border guards")
    after = trigger.tokens[-1].i + 1
    return (
        not has_parse(head.sent)
        and after < head.sent.end
        and norm(head.doc[after].text) in lexicon.cue("agent_cues")
    )


def named_as_source(placed: Placed) -> bool:
    """The name follows "according to", "selon", "d'après" (speech_verbs.yaml): the source of
    what is told, not one who takes part in it."""
    span = placed.tokens
    before = fold(
        text_of(span.doc)[max(span.sent.start_char, span.start_char - SOURCE_REACH) : span.start_char]
    )
    return any(m.end() >= len(before) - ARTICLE_CHARS for m in speech_lexicon().according.finditer(before))


def side_of(placed: Placed, trigger: Trigger, lexicon: Lexicon, parsed: bool, passive: bool) -> str:
    """The logical side of a name: subject, object or with (a co-participant)."""
    if names_a_place(placed, lexicon):
        return "other"  # "près de la frontière algérienne", "les frontières avec le Tchad": where, not who
    if not trigger.rule.speech and named_as_source(placed):
        return "other"  # "The call lasted forty minutes, according to the Élysée": who says so
    found = cue_token_before(placed.tokens, lexicon)
    cue = found[0] if found else None
    if cue == "attribution":
        return "subject"  # "an attack the army blamed on X": X did it
    if found and cue == "agent":
        # "par X" names the doer of a verb, or of a noun through its participle ("l'audience
        # accordée par X"); beside a noun trigger it belongs to another verb ("a condamné
        # cette attaque par la voix de sa porte-parole, X"); inside the object of a verb, it
        # is the doer of what the object names ("a rejeté les accusations portées par X")
        if parsed and trigger.head.pos_ == "VERB" and _agent_of_object(found[1], trigger):
            return "object"
        if not parsed and _agent_past_object(found[1], trigger, passive, lexicon):
            return "object"
        verbal = trigger.head.pos_ in ("VERB", "AUX", "") or (
            in_noun_phrase(placed.tokens, trigger) and _agent_of_noun(trigger, found[1], lexicon)
        )
        return "subject" if verbal else "other"
    if cue in ("comitative", "between"):
        return "with"
    if cue == "location" and found and _after_envoy(found[1], lexicon):
        return "object"  # "recalled its ambassador to Chad": the country the envoy is posted to
    if cue == "location" and _is_setting(placed, lexicon):
        # "in Niger", "à Saint-Pétersbourg": where something happens or what it is about
        return "other"
    if (
        cue == "location"
        and trigger.rule.type == "ASSAULT"
        and placed.mention.label != "DEMONYM"
        and placed.tokens.end <= trigger.tokens[0].i
    ):
        # "tuées à Bujumbura, où deux grenades ont explosé": where it struck; not "coûté la vie
        # à une dizaine de soldats éthiopiens", nor the target after it ("fired at a canoe")
        return "other"
    if parsed and trigger.rule.role == "travel" and _complements(placed.tokens, trigger.head):
        # "le départ des soldats français", "la visite du ministre": who goes; after a
        # possessive the goer is the possessor and the complement is left ("son retrait de la CEDEAO")
        return "object" if _possessed(trigger.head) else "subject"
    if parsed and _complements(placed.tokens, trigger.head) and _noun_agent(trigger, lexicon) is not None:
        return "object"  # "l'arrestation de trois soldats nigériens par l'Algérie": the soldiers are held
    role = syntactic_role(placed.tokens) if parsed else None
    if role == "passive_subject" and not passive and trigger.head.pos_ == "VERB":
        role = "subject"  # an active verb the parser gave a passive subject ("X a accusé Y": nsubj:pass)
    if role == "agent":  # "reçu par le président ..., le colonel X": the doer, however far "par" is
        return "subject" if trigger.head.pos_ in ("VERB", "AUX") else "other"
    if role == "passive_subject":
        # the subject of a passive verb is that verb's logical object; a noun trigger in
        # the same clause ("En visite à ..., X a été reçu") still describes the subject
        return "object" if trigger.head.pos_ in ("VERB", "AUX") else "subject"
    if role == "subject" and passive and trigger.head.pos_ == "VERB":
        return "object"  # a passive the parser labelled active ("X a été renversé": nsubj)
    if not parsed and _reports_attack(placed, trigger, lexicon):
        return "object"  # a force telling of the attack it fought off was its target
    if role is None:
        role = "subject" if placed.tokens.start < trigger.head.i else "object"
        if passive and (parsed or role == "subject"):
            # without a parse, a name after a passive verb with no "by" is no doer ("was shot
            # dead late on Friday, Morocco's foreign ministry said")
            role = "object" if role == "subject" else "subject"
    return role


def _reports_attack(placed: Placed, trigger: Trigger, lexicon: Lexicon) -> bool:
    """Without a parse: the name speaks of an attack whose doer the reported words leave to
    others ("RDF spokesperson X said the attackers ... were pushed back after four hours of
    fighting"); "said its troops struck" keeps the speaker as the doer."""
    if norm(trigger.rule.type) not in lexicon.cue("reported_attack_types"):
        return False
    between = fold(trigger.head.doc[placed.tokens.end : trigger.tokens[0].i].text)
    said = speech_lexicon().verb.search(between)
    if said is None:
        return False
    return not any(word in lexicon.cue("speaker_pronouns") for word in between[said.end() :].split())


def _after_envoy(cue: Token, lexicon: Lexicon) -> bool:
    """The place preposition follows an envoy's title ("ambassador to", "ambassadeur au")."""
    return cue.i > 0 and norm(cue.doc[cue.i - 1].text) in lexicon.cue("envoy_nouns")


def _agent_past_object(cue: Token, trigger: Trigger, passive: bool, lexicon: Lexicon) -> bool:
    """Without a parse: "by X" well after the active verb of a statement names the doer of
    what its object names ("summoned the envoy over remarks by X"), not the speaker."""
    return (
        not passive
        and cue.i > trigger.tokens[-1].i + 1
        and norm(trigger.rule.type) in lexicon.cue("statement_types")
    )


def _agent_of_object(cue: Token, trigger: Trigger) -> bool:
    """The agent phrase hangs on a participle describing a noun, not on the trigger verb."""
    verb = cue.head.head
    return verb.i != trigger.head.i and verb.dep_.startswith("acl") and verb.head.i != trigger.head.i


def _noun_agent(trigger: Trigger, lexicon: Lexicon) -> Token | None:
    """The agent cue of a noun trigger's own doer, if its phrase names one (``_agent_of_noun``)."""
    head = trigger.head
    agents = lexicon.cue("agent_cues")
    return next(
        (
            t
            for t in head.subtree
            if t.i > trigger.tokens[-1].i and norm(t.text) in agents and _agent_of_noun(trigger, t, lexicon)
        ),
        None,
    )


def _agent_of_noun(trigger: Trigger, cue: Token, lexicon: Lexicon) -> bool:
    """An agent cue in a noun trigger's phrase names the noun's doer: straight after its
    patient ("l'arrestation de trois soldats par l'Algérie") or through a participle
    ("l'audience accordée par X"). After another verb it is that verb's, and with no patient
    between it is the manner of the verb the noun is the object of ("a condamné cette
    attaque par la voix de sa porte-parole")."""
    between = trigger.head.doc[trigger.tokens[-1].i + 1 : cue.i]
    if any("Part" in t.morph.get("VerbForm", []) for t in between):
        return True
    patient = any(norm(t.text) in lexicon.cue("genitive_cues") for t in between)
    return patient and not any(t.pos_ in ("VERB", "AUX") for t in between)


def modes_compatible(a: str | None, b: str | None) -> bool:
    """Two CONSULT modes may describe one meeting: the same, or one of them unknown.

    A summit and a bilateral meeting on its sidelines a day later are two events,
    and so are a visit and a phone call, so differing modes keep reports apart.
    """
    return not a or not b or a == b


def participants_compatible(
    people: tuple[frozenset[str], frozenset[str]],
    countries: tuple[frozenset[str], frozenset[str]],
    unplaced: tuple[int, int] = (0, 0),
) -> bool:
    """Two reports may name the same event's parties.

    Two named parties in common are enough, whatever else either report picked up
    ("former colonial power France" in one account of a call). Otherwise the countries
    involved must nest (one set within the other). The named people must
    nest too, unless both reports involve two or more countries: then a minister in one
    report and the president in another stand for the same governments ("Lavrov and
    Diop" / "Lavrov received by Goïta"). ``unplaced`` counts each side's people of no known
    country, who may stand for one more ("Lavrov and the mines minister X").
    """
    pa, pb = _branches_folded(*people)
    ca, cb = countries
    if len(pa & pb) >= 2:
        return True
    if not (ca <= cb or cb <= ca):
        return False
    return pa <= pb or pb <= pa or min(len(ca) + unplaced[0], len(cb) + unplaced[1]) >= 2


def _branches_folded(a: frozenset[str], b: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Each organisation named by a branch of another one of the two reports names ("Islamic
    State Sahel Province" beside "Islamic State", "African Union Commission" beside "African
    Union") stands for that one: two pages told the same claim or statement."""
    orgs = [k for k in a | b if k.startswith("org:")]
    trunks = {
        o: min((t for t in orgs if o.startswith(t + "-")), key=len, default=o) for o in orgs if len(orgs) > 1
    }
    if all(t == o for o, t in trunks.items()):
        return a, b
    return frozenset(trunks.get(k, k) for k in a), frozenset(trunks.get(k, k) for k in b)


def opposed(etype: str, a: tuple[list[Actor], list[Actor]], b: tuple[list[Actor], list[Actor]]) -> bool:
    """Two accounts of a directed statement that point in opposite directions: each one's
    doers are among the other's targets and no country does both ("Sierra Leone accuses
    Guinea" the day before "Guinea accuses Sierra Leone"). They are an act and the reply to
    it. A clash told from each side is one event, so attacks are not opposed."""
    if etype not in OPPOSABLE_TYPES:
        return False
    (doers_a, aimed_a), (doers_b, aimed_b) = [
        tuple(frozenset(x.country for x in group if x.country) for group in side) for side in (a, b)
    ]
    return (
        bool(doers_a and doers_b)
        and doers_a.isdisjoint(doers_b)
        and bool(doers_a & aimed_b)
        and bool(doers_b & aimed_a)
    )


def without_represented(side: list[Actor]) -> list[Actor]:
    """One side's parties less the countries one of its people stands for: countries stand
    for governments, so "Goïta" and "Mali" on one side are one party; across sides they
    differ (a putschist and the state he overthrows)."""
    people = {a.country for a in side if a.kind != "country" and a.country and not is_state_body(a)}
    return [a for a in side if not (a.kind == "country" and a.country in people)]


def is_state_body(actor: Actor) -> bool:
    """The actor is a state's armed service or ministry (see data/forces.yaml and
    data/ministries.yaml): it acts beside its state, which stays a party ("l'armée togolaise"
    is Togo's and the army's)."""
    return actor.kind == "organisation" and is_state_body_key(actor.entity, actor.country)


def party_key(actor: Actor) -> str:
    """The party an actor is as sides are counted: a state's armed service or ministry is
    its state ("Qatar's foreign ministry" and Qatar are one side of a talk)."""
    return f"country:{actor.country}" if is_state_body(actor) else actor.entity


UNIDENTIFIED_GROUP = "org:unidentified-armed-group"  # attackers a page leaves unnamed ("gunmen")


def unidentified_group(words: str) -> Actor:
    """The attackers a page names only as such ("des hommes armés", "gunmen"): one identity,
    as conflict data sets code them, with the page's words as its alias."""
    return Actor(
        entity=UNIDENTIFIED_GROUP,
        name="Unidentified armed group",
        kind="organisation",
        country=None,
        aliases=[words],
    )


def named_parties(actors: Iterable[Actor]) -> list[Actor]:
    """The participants less unnamed attackers and places of no known country (the site an
    attack strikes): they tell no two events apart, they only help reports find each other."""
    return [a for a in actors if a.entity != UNIDENTIFIED_GROUP and not (a.kind == "place" and not a.country)]


def people_keys(actors: Iterable[Actor]) -> frozenset[str]:
    """The named people and organisations among participants, as reports are compared: a
    state's armed service stands for its state, as the country does (see ``is_state_body``)."""
    return frozenset(
        a.entity for a in named_parties(actors) if a.kind not in ("country", "place") and not is_state_body(a)
    )


def actor_of(m: Mention) -> Actor:
    return Actor(entity=m.entity, name=m.name, kind=m.kind, country=m.country, aliases=[m.text])


def country_actor(code: str, page: list[Placed]) -> Actor:
    """The government of country ``code``, named as the page names it when it does."""
    for p in page:
        if p.mention.kind == "country" and p.mention.country == code:
            return actor_of(p.mention)
    country = pycountry.countries.get(alpha_2=code)
    name = str(getattr(country, "common_name", None) or getattr(country, "name", code))
    return Actor(entity=f"country:{code}", name=name, kind="country", country=code)


def find_location(
    trigger: Trigger,
    sent: Span,
    page: list[Placed],
    lexicon: Lexicon,
    heads: frozenset[int],
    parsed: bool,
    own: frozenset[int] | None = None,
) -> tuple[str | None, Placed | None]:
    """The place nearest the trigger introduced by à/au/en (in/at): a seat or a place name;
    only inside ``own`` when given (the phrase of a noun dated apart from its clause).

    Returns the location label and the mention it came from (None for a seat), so that
    the name is not also read as a participant.
    """
    best: tuple[int, str, Placed | None] | None = None
    tokens = tokens_of(sent)
    for k, token in enumerate(tokens):
        if norm(token.text) not in lexicon.cue("location_cues") or _after_envoy(token, lexicon):
            continue  # "its ambassador to Chad" names where the envoy is posted, not where it happens
        j = k + 1
        while j < len(tokens) and norm(tokens[j].text) in _DETERMINERS:
            j += 1
        if j >= len(tokens) or (parsed and verb_of(tokens[j]).i not in heads):
            continue
        if own is not None and tokens[j].i not in own:
            continue
        found = _seat_at(tokens, j, lexicon) or _place_at(tokens[j], page)
        dist = abs(tokens[j].i - trigger.head.i)
        if found and dist <= LOCATION_WINDOW and (best is None or dist < best[0]):
            best = (dist, *found)
    return (best[1], best[2]) if best else (None, None)


def dated_noun_phrase(trigger: Trigger, lexicon: Lexicon, parsed: bool) -> frozenset[int] | None:
    """A noun the sentence dates by an offset ("réunis samedi à Gaya, trois semaines après
    l'attaque de Dolé-Koira") happened elsewhere than the clause it dates: only its own
    phrase says where. None for any other trigger."""
    head = trigger.head
    if head.pos_ not in ("NOUN", ""):
        return None
    if parsed:
        offsets = lexicon.cue("offset_after") | lexicon.cue("offset_before")
        marked = any(c.dep_ == "case" and norm(c.text) in offsets for c in head.children)
        return frozenset(t.i for t in head.subtree) if marked else None
    if not follows_offset(trigger, lexicon):
        return None
    return _phrase_after_offset(trigger, lexicon) or frozenset()


def _seat_at(tokens: list[Token], j: int, lexicon: Lexicon) -> tuple[str, None] | None:
    for seat, label in lexicon.seats.items():
        words = seat.split()
        if [norm(t.text) for t in tokens[j : j + len(words)]] == words:
            return label, None
    return None


def _place_at(token: Token, page: list[Placed]) -> tuple[str, Placed] | None:
    for p in page:
        if (
            p.tokens.start == token.i
            and p.mention.kind in ("place", "country")
            and p.mention.label != "DEMONYM"
        ):
            return location_name(p.mention), p  # "to the Algerian border" is no place called Algeria
    return None


def location_name(m: Mention) -> str:
    """A place's canonical name; a capital standing for its country keeps its own name."""
    if m.kind == "country" and m.label == "ALIAS" and m.text[:1].isupper() and " " not in m.text:
        return m.text
    return m.name


def host_of(location: Placed | None, page: list[Placed]) -> Actor | None:
    """The country that hosts a visit to ``location``."""
    if location is None or not location.mention.country:
        return None
    if location.mention.kind == "country":
        return actor_of(location.mention)
    return country_actor(location.mention.country, page)


def nearest_time(trigger: Trigger, refs: list[TimedRef]) -> TimedRef | None:
    """The date nearest the trigger, counting first the punctuation marks between them: a
    date across a comma belongs to another phrase ("visits to X on March 23 and 24, and a
    second call between Y and Z on March 26": the call's is the 26th)."""
    dated = [r for r in refs if is_date(r.ref)]
    return min(
        dated, key=lambda r: (marks_between(trigger, r), abs(r.tokens.start - trigger.head.i)), default=None
    )


def marks_between(trigger: Trigger, ref: TimedRef) -> int:
    doc = trigger.head.doc
    lo, hi = sorted((ref.tokens.start, trigger.tokens[0].i))
    return sum(1 for t in doc[lo:hi] if t.text in (",", ";", ":"))


def span_role(ref: TimedRef, lexicon: Lexicon) -> str:
    """start / end / point: whether "depuis", "jusqu'au" ... introduce the time expression."""
    doc = ref.tokens.doc
    before = doc[max(ref.tokens.sent.start, ref.tokens.start - 3) : ref.tokens.start]
    words = [norm(t.text) for t in [*before, *ref.tokens[:2]]]
    joined = " " + "".join(w if w.endswith("'") else w + " " for w in words)
    for role in ("end", "start"):
        if any(f" {cue} " in joined for cue in lexicon.cue(f"{role}_cues")):
            return role
    return "point"


def precision_of(value: str) -> str:
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "day")


def to_date(value: str, upper: bool = False) -> dt.date | None:
    """The first (or last, with ``upper``) day an ISO value at any precision covers."""
    try:
        if len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            if not upper:
                return dt.date(y, m, 1)
            nxt = dt.date(y + m // 12, m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        if len(value) == 4:
            return dt.date(int(value), 12, 31) if upper else dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def relative_time(sent: Span, lexicon: Lexicon) -> bool:
    """The sentence dates itself against some other moment ("quelques jours après")."""
    tokens = tokens_of(sent)
    return has_phrase_before(tokens, len(tokens), lexicon.phrase_list("relative_time_cues"), len(tokens))
