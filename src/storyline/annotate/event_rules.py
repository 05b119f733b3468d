"""The event lexicon and the word-level tests the event finder is built from.

The lexicons (``triggers_<lang>.yaml``, ``topics.yaml``) hold every word list; this
module turns them into small typed values and answers questions about one sentence
("where are the triggers", "is this trigger negated", "which cue stands before this
name") with lemma-or-word matching, so it works on parsed French and on English pages
that come without a parse or lemmas.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Span, Token

from storyline.annotate.nlp import has_parse, weekday_names
from storyline.config import Settings, load_yaml_data
from storyline.text import fold

GAP = "..."
MAX_GAP = 4
ASIDE_WORDS = 8  # words between two commas a gap may step over as one
PASSIVE_REACH = 5  # words before a passive verb its misparsed subject may stand in
FUTURE_AFTER = 14  # words after a noun trigger where "attendue", "prévue" still qualify it
LONG_GAP = 12  # words a date and a place may take between a verb and its object
DEMAND_REACH = 15  # words back from a demanded noun to the verb demanding it, across a list
PERSON_AFTER = 4  # words from a calling verb to the name of the one called
REPEAT_WINDOW = 4  # words between a trigger and the phrase counting its acts ("spoke twice by phone")
NEEDED_AFTER = 6  # words after a trigger where its object cue stands ("la sortie du pays de la CEDEAO")
HABIT_AFTER = 3  # words after a verb where a habit adverb still qualifies it ("attaque régulièrement")
CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "«", "»", '"'})
REFLEXIVE = frozenset({"se", "s'", "me", "m'", "nous", "vous", "te", "t'"})
Phrase = tuple[str, ...]


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon entry: the words to find and what they say about the event."""

    words: Phrase
    type: str
    mode: str | None = None
    role: str = "directed"
    speech: bool = False
    stay: bool = False
    reflexive: bool = False
    transitive: bool = False  # never with a reflexive pronoun ("arrêter", not "s'arrêter": to stop)
    needs: str | None = None  # a cue list one of whose words must stand before the trigger
    # or, when given, a cue list one of whose words stands just after it instead
    needs_after: str | None = None
    next_word: str | None = None  # a cue list one of whose words must come next, adverbs aside
    not_next: str | None = None  # a cue list none of whose words comes right after the first word
    person_after: bool = False  # a person's name must follow ("a appelé X": a call, not "appelé à")
    not_of: str | None = None  # a cue list of things the act is never done to ("arrêter la date")
    not_by: str | None = None  # a cue list of things that never do it ("la décision frappe durement")
    named: bool = False  # a capitalised name right after the trigger meets ``needs_after`` too
    yields: bool = False  # names an act other words tell (see triggers_fr.yaml)
    act: str | None = None  # a kind of act within the type that reports of other kinds never join


@dataclass(frozen=True)
class Trigger:
    """A trigger rule found in a sentence: ``head`` is the token that carries it."""

    rule: TriggerRule
    head: Token
    tokens: tuple[Token, ...]

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


@dataclass(frozen=True)
class Lexicon:
    """Every word list the event finder uses for one language."""

    lang: str
    rules: tuple[TriggerRule, ...]
    mode_cues: dict[str, str]
    cues: dict[str, frozenset[str]]
    phrases: dict[str, tuple[Phrase, ...]]
    seats: dict[str, str]
    topics: dict[str, frozenset[str]]
    repeats: dict[Phrase, int] = field(default_factory=dict)  # "à deux reprises": 2
    repeat_numerals: dict[str, int] = field(default_factory=dict)  # "deux": 2, before a noun

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    @cached_property
    def rules_by_first_word(self) -> dict[str, tuple[TriggerRule, ...]]:
        """Rules grouped by the word they start with: a token only tries the rules it can open."""
        groups: dict[str, list[TriggerRule]] = {}
        for rule in self.rules:
            groups.setdefault(rule.words[0], []).append(rule)
        return {word: tuple(rules) for word, rules in groups.items()}

    def phrase_list(self, name: str) -> tuple[Phrase, ...]:
        return self.phrases.get(name, ())


_CUE_KEYS = (
    "since_cues",
    "first_since",
    "called_party_openers",
    "state_participle_markers",
    "explaining_whens",
    "occasion_relatives",
    "occurrence_verbs",
    "object_relatives",
    "support_verbs",
    "street_cues",
    "participle_endings",
    "past_participle_endings",
    "urge_verbs",
    "infinitive_markers",
    "agent_cues",
    "land_keepers",
    "attribution_cues",
    "comitative_cues",
    "between_cues",
    "location_cues",
    "setting_cues",
    "start_cues",
    "start_day_words",
    "end_cues",
    "subject_pronouns",
    "object_pronouns",
    "plural_pronouns",
    "demonstratives",
    "negators",
    "negation_particles",
    "negation_exceptions",
    "pluperfect_aux",
    "passive_aux",
    "unnamed_doer_types",
    "setting_recipient_types",
    "crowd_types",
    "occasion_types",
    "own_forces_types",
    "definite_articles",
    "possessives",
    "date_coordinators",
    "date_list_fillers",
    "people_possessives",
    "planning_verbs",
    "demand_verbs",
    "meeting_settings",
    "aircraft",
    "matter_prepositions",
    "manner_cues",
    "topic_verbs",
    "place_nouns",
    "situation_nouns",
    "proximity_cues",
    "facing_cues",
    "envoy_nouns",
    "military_units",
    "crowd_subjects",
    "member_bodies",
    "state_pronouns",
    "joint_marks",
    "leg_joiners",
    "repeat_fillers",
    "comparatives",
    "place_joiners",
    "relative_pronouns",
    "list_joiners",
    "site_nouns",
    "power_verbs",
    "power_nouns",
    "determiners",
    "verb_markers",
    "verb_coordinators",
    "casualty_words",
    "strike_effects",
    "proximity_words",
    "storm_idioms",
    "strikers",
    "claimed_acts",
    "purpose_marks",
    "vessels",
    "yielding_types",
    "seized_things",
    "fixed_things",
    "idiom_breaks",
    "stamp_marks",
    "blights",
    "statement_types",
    "reported_attack_types",
    "speaker_pronouns",
    "comments",
    "statement_nouns",
    "premises",
    "custodians",
    "deployments",
    "relief_goods",
    "sentences",
    "protest_sites",
    "rally_places",
    "walkout_cues",
    "released_things",
    "march_goals",
    "explosives",
    "operation_kinds",
    "delivered_things",
    "unhosted_things",
    "phrase_ends",
    "prepositions",
    "clause_openers",
    "offset_after",
    "offset_before",
    "day_after_nouns",
    "day_before_nouns",
    "genitive_cues",
    "place_within_cues",
    "apposition_ends",
    "border_nouns",
    "target_heads",
)
_PHRASE_KEYS = (
    "anaphors",
    "attacker_nouns",
    "anaphors_of_three",
    "offset_fillers",
    "day_after_phrases",
    "day_before_phrases",
    "count_after_phrases",
    "count_before_phrases",
    "people_anaphors",
    "suspicion_cues",
    "claim_cues",
    "minister_anaphors",
    "leader_anaphors",
    "role_subjects",
    "government_subjects",
    "country_anaphors",
    "sideline_cues",
    "continuation_cues",
    "reference_cues",
    "sequel_cues",
    "modal_cues",
    "habit_cues",
    "future_cues",
    "future_after_cues",
    "prior_cues",
    "then_cues",
    "background_cues",
    "relative_time_cues",
    "negators",
    "organiser_cues",
)


def norm(word: str) -> str:
    """Lower-case with straight apostrophes, the form every lexicon word is compared in."""
    return word.lower().replace("’", "'").replace("`", "'")


def words_of(phrase: str) -> Phrase:
    """Split a lexicon phrase into comparable words, keeping elided articles whole ("l'")."""
    out: list[str] = []
    for word in norm(phrase).split():
        if "'" in word[:-1] and word != GAP:
            head, _, tail = word.partition("'")
            out += [head + "'", tail]
        else:
            out.append(word)
    return tuple(out)


def _rule(entry: dict[str, object]) -> TriggerRule:
    words = words_of(str(entry["match"]))
    reflexive = words[0] == "se" and len(words) > 1
    return TriggerRule(
        words=words[1:] if reflexive else words,
        type=str(entry["type"]),
        mode=str(entry["mode"]) if entry.get("mode") else None,
        role=str(entry.get("role", "directed")),
        speech=bool(entry.get("speech", False)),
        stay=bool(entry.get("stay", False)),
        reflexive=reflexive,
        transitive=bool(entry.get("transitive", False)),
        needs=str(entry["needs"]) if entry.get("needs") else None,
        needs_after=str(entry["needs_after"]) if entry.get("needs_after") else None,
        next_word=str(entry["next_word"]) if entry.get("next_word") else None,
        not_next=str(entry["not_next"]) if entry.get("not_next") else None,
        person_after=bool(entry.get("person_after", False)),
        not_of=str(entry["not_of"]) if entry.get("not_of") else None,
        not_by=str(entry["not_by"]) if entry.get("not_by") else None,
        yields=bool(entry.get("yields", False)),
        named=bool(entry.get("named", False)),
        act=str(entry["act"]) if entry.get("act") else None,
    )


@lru_cache(maxsize=8)
def load_lexicon(lang: str, settings: Settings | None = None) -> Lexicon:
    """The lexicon for ``lang`` (French when the language has no lexicon of its own)."""
    own = load_yaml_data(f"triggers_{lang}.yaml", settings)
    data = own or load_yaml_data("triggers_fr.yaml", settings)
    topics = load_yaml_data("topics.yaml", settings)
    return Lexicon(
        lang=lang if own else "fr",
        rules=tuple(_rule(e) for e in data.get("triggers", [])),
        mode_cues={norm(k): str(v) for k, v in (data.get("mode_cues") or {}).items()},
        cues={k: frozenset(norm(str(w)) for w in data.get(k) or []) for k in _CUE_KEYS},
        phrases={k: tuple(words_of(str(p)) for p in data.get(k) or []) for k in _PHRASE_KEYS},
        seats={norm(k): str(v) for k, v in (data.get("seats") or {}).items()},
        topics={k: frozenset(norm(str(w)) for w in v) for k, v in topics.items()},
        repeats={words_of(str(k)): int(v) for k, v in (data.get("repeat_phrases") or {}).items()},
        repeat_numerals={norm(str(k)): int(v) for k, v in (data.get("repeat_numerals") or {}).items()},
    )


FORMS_KEY = "storyline.forms"
TOKENS_KEY = "storyline.sentence_tokens"


def tokens_of(sent: Span) -> list[Token]:
    """The sentence's tokens, made once and shared by every test asked of the sentence
    (spaCy makes a new Token object at each access); callers never change the list."""
    made: dict[tuple[int, int], list[Token]] = sent.doc.user_data.setdefault(TOKENS_KEY, {})
    key = (sent.start, sent.end)
    if key not in made:
        made[key] = list(sent)
    return made[key]


def forms_table(doc: Doc) -> list[tuple[str, str]]:
    """The two forms a lexicon word may match, for every token of the Doc: the
    lower-cased word and its lemma.

    Every lexicon test asks them, many times per token, so they are computed at the
    first question and kept with the Doc.
    """
    table = doc.user_data.get(FORMS_KEY)
    if table is None:
        table = doc.user_data[FORMS_KEY] = [(norm(t.text), norm(t.lemma_ or t.text)) for t in doc]
    return table


def forms(token: Token) -> tuple[str, str]:
    return forms_table(token.doc)[token.i]


def _forms_of(tokens: list[Token]) -> list[tuple[str, str]]:
    """``forms`` of each token, read as one slice of the table when the tokens follow each other."""
    if not tokens:
        return []
    table = forms_table(tokens[0].doc)
    first, last = tokens[0].i, tokens[-1].i
    if last - first + 1 == len(tokens):
        return table[first : last + 1]
    return [table[t.i] for t in tokens]


def token_is(token: Token, word: str) -> bool:
    return word in forms(token)


def _match_from(tokens: list[Token], i: int, words: Phrase) -> list[Token] | None:
    """Tokens matching ``words`` starting at ``tokens[i]``, honouring ``...`` gaps."""
    matched: list[Token] = []
    pos = i
    gap = 0
    for word in words:
        if word == GAP:
            gap = MAX_GAP
            continue
        found = _next_match(tokens, pos, word, gap)
        if found is None:
            return None
        matched.append(tokens[found])
        pos = found + 1
        gap = 0
    return matched


def _next_match(tokens: list[Token], pos: int, word: str, gap: int) -> int | None:
    """Where ``word`` stands among the ``gap`` words from ``pos``; an aside between two commas
    counts for none of them ("la signature, mercredi en fin de journée, d'un protocole")."""
    j, counted, aside_until = pos, 0, -1
    while j < len(tokens) and counted <= gap:
        if token_is(tokens[j], word):
            return j
        if gap and j > aside_until and (close := _aside_end(tokens, j)) is not None:
            aside_until = close
        counted += j > aside_until
        j += 1
    return None


def _aside_end(tokens: list[Token], j: int) -> int | None:
    """The comma closing an aside that a comma at ``j`` opens, within ``ASIDE_WORDS`` words."""
    if tokens[j].text != ",":
        return None
    return next(
        (k for k in range(j + 1, min(len(tokens), j + ASIDE_WORDS + 2)) if tokens[k].text == ","), None
    )


def find_phrase(tokens: list[Token], phrase: Phrase) -> list[Token] | None:
    """The first occurrence of ``phrase`` in ``tokens``, or None."""
    first = phrase[0]
    for i, found_forms in enumerate(_forms_of(tokens)):
        if first in found_forms and (found := _match_from(tokens, i, phrase)):
            return found
    return None


def matching_phrases(
    tokens: list[Token], phrases: tuple[Phrase, ...]
) -> Iterator[tuple[Phrase, list[Token]]]:
    """Each of ``phrases`` found in ``tokens``, in list order, with its first occurrence.

    The tokens' forms are gathered once, so a long list of phrases costs one pass over
    the tokens and a set test for each phrase that cannot start there.
    """
    present = {form for pair in _forms_of(tokens) for form in pair}
    for phrase in phrases:
        if phrase[0] in present and (found := find_phrase(tokens, phrase)):
            yield phrase, found


def _reflexive_before(tokens: list[Token], i: int) -> bool:
    """A reflexive pronoun within five tokens before ``tokens[i]`` ("se sont à nouveau entretenus")."""
    return any(norm(t.text) in REFLEXIVE for t in tokens[max(0, i - 5) : i])


def _pronoun_misfits(rule: TriggerRule, tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """A reflexive rule without its pronoun (unless a bare participle), or a transitive one with it."""
    if rule.reflexive == _reflexive_before(tokens, i) or not (rule.reflexive or rule.transitive):
        return False
    return not (rule.reflexive and _bare_participle(tokens[i], lexicon))


def _bare_participle(token: Token, lexicon: Lexicon) -> bool:
    """A past participle without auxiliary keeps a reflexive verb's sense without its
    pronoun: "Réunis samedi à Addis-Abeba, les deux ministres…", "les ministres, réunis
    mardi"; with an auxiliary, or in the present ("un sommet réunissant les présidents"), it
    is the transitive verb. Opening a sentence, a participle the parser read as a finite verb
    ("Réunie mardi ..., la commission") is known by its ending on its lemma's stem."""
    past = token.morph.get("VerbForm", []) == ["Part"] and token.morph.get("Tense", []) == ["Past"]
    opening = token.i == token.sent.start and participle_form(token, lexicon)
    return (past or opening) and not any(child.dep_.startswith("aux") for child in token.children)


def participle_form(token: Token, lexicon: Lexicon) -> bool:
    """The word is its lemma's stem with a past participle ending (`past_participle_endings`)."""
    stem, form = token.lemma_.lower()[:-2], token.text.lower()
    return (
        bool(stem) and form.startswith(stem) and form[len(stem) :] in lexicon.cue("past_participle_endings")
    )


def _needs_met(
    rule: TriggerRule, tokens: list[Token], i: int, matched: list[Token], lexicon: Lexicon
) -> bool:
    """The rule's subject cue stands before the trigger, or its object cue just after it
    ("troops left", "Niger left ECOWAS", "la sortie du pays de la CEDEAO")."""
    if rule.needs and _needed_before(tokens, i, lexicon.cue(rule.needs)):
        return True
    if not rule.needs_after:
        return False
    end = matched[-1].i - tokens[0].i + 1
    if rule.named and end < len(tokens) and _opens_name(tokens[end]):
        return True
    words = lexicon.cue(rule.needs_after)
    return any(form in words for t in tokens[end : end + NEEDED_AFTER] for form in forms(t))


def _opens_name(token: Token) -> bool:
    """The word opens a proper name: capitalised, mid-sentence ("l'opération Bouclier Cavally")."""
    return token.text[:1].isupper() and token.is_alpha and token.i != token.sent.start


def _next_word_in(tokens: list[Token], matched: list[Token], words: frozenset[str]) -> bool:
    """The first word after the trigger, adverbs aside, is one of ``words`` ("se sont
    retrouvés samedi à Gaya", not "se sont retrouvés isolés")."""
    for token in tokens[matched[-1].i - tokens[0].i + 1 :]:
        if set(forms(token)) & words:
            return True
        if token.pos_ != "ADV":
            return False
    return False


def _person_after(tokens: list[Token], end: int) -> bool:
    """A person's name opens the words after the trigger, past at most a few adverbs or
    titles ("appelait successivement Félix Tshisekedi", "a appelé le président X")."""
    for token in tokens[end : end + PERSON_AFTER]:
        if token.ent_type_ in ("PER", "PERSON"):
            return True
        if token.pos_ in ("VERB", "AUX", "ADP") or token.is_punct:
            return False
    return False


def _naming(tokens: list[Token], i: int, lexicon: Lexicon) -> bool:
    """The verb names its object rather than calls it: a relative clause whose object is the
    thing named ("l'île de Mbañe, que les Gabonais appellent Mbanié"). Its pronoun follows
    a comma or a noun; after a verb it opens a reported clause ("a indiqué que X a appelé Y")."""
    for k in range(i - 1, 0, -1):
        if tokens[k].is_punct:
            return False
        if norm(tokens[k].text) in lexicon.cue("object_relatives"):
            before = tokens[k - 1]
            return before.text == "," or before.pos_ in ("NOUN", "PROPN")
    return False


def _agent_in(tokens: list[Token], matched: list[Token], words: frozenset[str]) -> bool:
    """What does the act is one of ``words``: the verb's subject or a passive's agent ("la
    décision angolaise frappe durement le nord", "frappés par l'insécurité"), or without a
    parse the word just before the trigger."""
    head = matched[-1]
    if head.dep_:
        agents = [c for c in head.children if c.dep_ in ("nsubj", "obl:agent")]
    else:
        first = matched[0].i - tokens[0].i
        agents = [tokens[first - 1]] if first else []
    return any(form in words for t in agents for form in forms(t))


def _patient_in(tokens: list[Token], matched: list[Token], words: frozenset[str]) -> bool:
    """What the act is done to is one of ``words``: the verb's object, passive subject or
    argument ("s'est refusé à tout commentaire"), or without a parse the first word after
    the trigger ("sans que la date n'ait été arrêtée", "a arrêté le pompage") or the noun just
    before it."""
    head = matched[-1]
    if head.dep_:
        patients = [c for c in head.children if c.dep_ in ("obj", "nsubj:pass", "obl:arg") or _bare_obl(c)]
        if head.dep_ == "acl" and head.head.pos_ == "NOUN":
            patients.append(head.head)  # a participle after its noun is done to it ("l'aide reçue")
            # and what it is done with may follow it, hung elsewhere ("camions frappés du logo")
            patients += [t for t in head.doc[head.i + 1 : head.i + 4] if t.is_alpha and not t.is_stop][:1]
        if not patients and any(c.dep_ == "aux:pass" for c in head.children):
            # a passive whose subject the parse hung elsewhere ("sans qu'aucune date ne soit
            # arrêtée"): the nouns just before it
            patients = [
                t for t in head.doc[max(head.sent.start, head.i - PASSIVE_REACH) : head.i] if t.pos_ == "NOUN"
            ]
    else:
        end = head.i - tokens[0].i + 1
        patients = [t for t in tokens[end : end + 3] if t.is_alpha and not t.is_stop][:1]
        first = matched[0].i - tokens[0].i
        before = tokens[first - 1] if first else None
        if before is not None and before.is_alpha and before.is_lower and not before.is_stop:
            patients.append(before)  # a participle after its noun ("pictures released by")
    return any(form in words for t in patients for form in forms(t))


def _bare_obl(token: Token) -> bool:
    """An adjunct with no preposition: an object the parser misread ("a rompu le silence")."""
    return (
        token.dep_ == "obl:mod" and token.pos_ == "NOUN" and not any(c.dep_ == "case" for c in token.children)
    )


def _needed_before(tokens: list[Token], i: int, words: frozenset[str]) -> bool:
    """One of ``words`` opens the trigger's clause: in its parsed subject (a noun's
    complement), or anywhere before it in an unparsed sentence ("les forces spéciales
    françaises sont parties")."""
    head = tokens[i]
    if head.dep_:
        # a noun's subject is its complement: "le départ des derniers soldats français"
        deps = ("nsubj", "nmod") if head.pos_ == "NOUN" else ("nsubj",)
        before = [t for c in head.children if c.dep_.startswith(deps) for t in c.subtree]
        if head.dep_ == "xcomp":  # "le Tchad a vu partir les derniers militaires": seen leaving
            before += [t for c in head.head.children if c.dep_ == "obj" for t in c.subtree]
        if not before and head.morph.get("VerbForm", []) == ["Inf"] and head.dep_ in ("advcl", "xcomp"):
            # "un détachement a traversé la rivière avant de hisser le drapeau": the governor's subject
            before = [t for c in head.head.children if c.dep_.startswith("nsubj") for t in c.subtree]
    else:
        before = tokens[:i]
    return any(form in words for t in before for form in forms(t))


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Trigger]:
    """Every trigger in the sentence; where rules overlap the longest match wins."""
    tokens = tokens_of(sent)
    found: list[Trigger] = []
    by_first = lexicon.rules_by_first_word
    for i, pair in enumerate(_forms_of(tokens)):
        candidates = {rule for word in pair for rule in by_first.get(word, ())}
        if not candidates:
            continue
        for rule in sorted(candidates, key=lexicon.rules.index):
            matched = _match_from(tokens, i, rule.words) or _match_across(tokens, i, rule.words)
            if not matched or matched[0] is not tokens[i]:
                continue
            if _pronoun_misfits(rule, tokens, i, lexicon):
                continue
            if (rule.needs or rule.needs_after) and not _needs_met(rule, tokens, i, matched, lexicon):
                continue
            if rule.next_word and not _next_word_in(tokens, matched, lexicon.cue(rule.next_word)):
                continue
            if (
                rule.not_next
                and i + 1 < len(tokens)
                and set(forms(tokens[i + 1])) & lexicon.cue(rule.not_next)
            ):
                continue  # "close to the border": near it, not closing it
            if rule.person_after and (
                not _person_after(tokens, matched[-1].i - tokens[0].i + 1) or _naming(tokens, i, lexicon)
            ):
                continue
            if rule.not_of and _patient_in(tokens, matched, lexicon.cue(rule.not_of)):
                continue
            if rule.not_by and _agent_in(tokens, matched, lexicon.cue(rule.not_by)):
                continue
            found.append(Trigger(rule, _head_of(matched), tuple(matched)))
    return _yielding_dropped(_manner_dropped(_longest(found), lexicon))


def _yielding_dropped(triggers: list[Trigger]) -> list[Trigger]:
    """A yielding trigger tells the same act as another trigger of its type in the sentence:
    "the raid killed nine", "tués lors de l'attaque" tell the raid and the attack, and
    "tués par les tirs d'une vedette" one act; "militants killed eleven soldiers" alone
    tells an attack."""
    told = {t.rule.type for t in triggers if not t.rule.yields}
    kept = []
    for trig in triggers:
        if trig.rule.yields and trig.rule.type in told:
            continue
        told.add(trig.rule.type)
        kept.append(trig)
    return kept


def _manner_dropped(triggers: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """A talk's medium after a manner word is how an earlier talk of the sentence was held,
    not a talk of its own: "le sommet de l'EAC, tenu par visioconférence", "talks held by
    videoconference" (the mode cue still gives the earlier talk its mode)."""
    manner = lexicon.cue("manner_cues")
    kept: list[Trigger] = []
    for trig in triggers:
        first = trig.tokens[0]
        medium = len(trig.tokens) == 1 and any(f in lexicon.mode_cues for f in forms(first))
        after_manner = first.i > first.sent.start and norm(first.doc[first.i - 1].text) in manner
        if medium and after_manner and any(k.rule.type == "CONSULT" for k in kept):
            continue
        kept.append(trig)
    return kept


def _match_across(tokens: list[Token], i: int, words: Phrase) -> list[Token] | None:
    """A gapped rule with one last word ("signer ... traité", "mettre fin ... accord")
    whose words stand further apart than ``MAX_GAP``, as when a date and a place come
    between ("a signé samedi 6 juillet 2024 à Niamey le traité", "après avoir mis fin,
    le 28 novembre 2024, à l'accord"): accepted when the last word depends on the first
    in the parse or governs it ("les postes d'Argeen et de Qustul ont enfin rouvert"), or
    when no verb and no clause punctuation stand between them, a short quotation aside
    ("la fermeture « jusqu'à nouvel ordre » de la frontière")."""
    token = tokens[i]
    if len(words) < 3 or words[-2] != GAP or GAP in words[:-2] or not token_is(token, words[0]):
        return None
    opening = _match_from(tokens, i, words[:-2])
    if opening is None:
        return None
    last, after = words[-1], opening[-1].i - tokens[0].i + 1
    if (
        linked := next((t for t in token.children if t.i > opening[-1].i and token_is(t, last)), None)
    ) is not None:
        return [*opening, linked]
    if token.head.i > opening[-1].i and token_is(token.head, last):
        return [*opening, token.head]  # the first word is the subject of the last
    j, end = after, min(len(tokens), after + LONG_GAP)
    while j < end:
        if token_is(tokens[j], last):
            return [*opening, tokens[j]]
        if tokens[j].text == "«" and (closing := _quote_end(tokens, j)) is not None:
            j = closing + 1
            continue
        if tokens[j].pos_ in ("VERB", "AUX") or tokens[j].text in CLAUSE_BREAKS:
            return None
        j += 1
    return None


def _quote_end(tokens: list[Token], opening: int) -> int | None:
    """Where a quotation opened at ``opening`` closes, within ``ASIDE_WORDS`` words."""
    for j in range(opening + 1, min(len(tokens), opening + ASIDE_WORDS)):
        if tokens[j].text == "»":
            return j
    return None


def _head_of(tokens: list[Token]) -> Token:
    """The verb of a multi-word trigger if it has one, else its first noun."""
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else tokens[0]


def _longest(triggers: list[Trigger]) -> list[Trigger]:
    """Drop triggers whose tokens are all part of a longer trigger."""
    kept: list[Trigger] = []
    for trig in sorted(triggers, key=lambda t: -len(t.tokens)):
        ids = {t.i for t in trig.tokens}
        if not any(ids <= {t.i for t in k.tokens} for k in kept):
            kept.append(trig)
    return sorted(kept, key=lambda t: t.head.i)


def has_phrase_before(
    tokens: list[Token], end: int, phrases: tuple[Phrase, ...], window: int = 4, skip: set[int] | None = None
) -> bool:
    """One of ``phrases`` ends within ``window`` tokens before index ``end`` of ``tokens``,
    on none of the Doc positions in ``skip``."""
    start = max(0, end - window - 4)
    for phrase in phrases:
        for i in range(start, end):
            if phrase[0] not in forms(tokens[i]) or (skip and tokens[i].i in skip):
                continue
            found = _match_from(tokens, i, phrase)
            if found and found[0] is tokens[i] and end - window <= found[-1].i - tokens[0].i < end:
                return True
    return False


def times_told(trigger: Trigger, sent: Span, lexicon: Lexicon) -> int:
    """How many times the clause says its act happened: a count right before the trigger
    noun ("deux entretiens téléphoniques", "two phone calls", with a ``repeat_fillers`` word
    between in English) or a ``repeat_phrases`` entry near the trigger with no punctuation
    between ("se sont parlé à deux reprises", "spoke twice by phone"); 1 when it says none.
    A count before a comparative is a ratio ("deux fois plus", "twice as many")."""
    tokens = tokens_of(sent)
    first, last = trigger.tokens[0].i - sent.start, trigger.tokens[-1].i - sent.start
    before = [norm(t.text) for t in tokens[max(0, first - 2) : first]]
    if before and (n := lexicon.repeat_numerals.get(before[-1])):
        return n
    if (
        len(before) == 2
        and before[1] in lexicon.cue("repeat_fillers")
        and (n := lexicon.repeat_numerals.get(before[0]))
    ):
        return n
    lo, hi = max(0, first - REPEAT_WINDOW), min(len(tokens), last + REPEAT_WINDOW + 1)
    for phrase, n in lexicon.repeats.items():
        for i in range(lo, hi):
            found = _match_from(tokens, i, phrase) if phrase[0] in forms(tokens[i]) else None
            if not found or found[0] is not tokens[i] or found[-1].i - sent.start >= hi:
                continue
            after = found[-1].i - sent.start + 1
            between = tokens[after:first] if after <= first else tokens[last + 1 : i]
            ratio = after < len(tokens) and norm(tokens[after].text) in lexicon.cue("comparatives")
            if not ratio and not any(t.is_punct for t in between):
                return n
    return 1


def negated(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """A negation governs the trigger ("n'a pas rencontré", "did not meet"), or the verb
    closing a match with words between ("le poste frontalier ... n'a pas rouvert"), unless
    an intervening verb turns it back ("n'a pas manqué de saluer")."""
    first, last = trigger.tokens[0], trigger.tokens[-1]
    gapped = last.i - first.i >= len(trigger.tokens)
    return negated_at(first.i - sent.start, sent, lexicon) or (
        gapped and negated_at(last.i - sent.start, sent, lexicon)
    )


def negated_at(end: int, sent: Span, lexicon: Lexicon) -> bool:
    """A negation governs the word at ``end`` in the sentence (see ``negated``)."""
    tokens = tokens_of(sent)
    window = tokens[max(0, end - 5) : end]
    negs = [i for i, t in enumerate(window) if norm(t.text) in lexicon.cue("negators")]
    if not negs:
        return False
    between = window[negs[0] + 1 :]
    particles = lexicon.cue("negation_particles")
    if particles and not any(norm(t.text) in particles for t in between):
        return False
    return not any(norm(t.lemma_) in lexicon.cue("negation_exceptions") for t in between)


def hypothetical(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """Conditional, intended or habitual acts ("pourrait signer", "disposés à coopérer", "un
    sommet ... pourrait se tenir", "regularly stages attacks") are not events."""
    if trigger.head.morph.get("Mood", []) == ["Cnd"] or _demanded(trigger.head, lexicon):
        return True
    if trigger.head.pos_ == "NOUN" and trigger.head.dep_.startswith("nsubj"):
        verb = trigger.head.head
        if any(t.morph.get("Mood", []) == ["Cnd"] for t in (verb, verb.head, *verb.children)):
            return True
    tokens = tokens_of(sent)
    first, end = trigger.tokens[0].i - sent.start, trigger.tokens[-1].i - sent.start + 1
    habits = lexicon.phrase_list("habit_cues")
    return (
        has_phrase_before(tokens, first, lexicon.phrase_list("modal_cues"), skip=names_inside(tokens))
        or has_phrase_before(tokens, first, habits)
        or any(matching_phrases(tokens[end : end + HABIT_AFTER], habits))  # "attaque régulièrement"
        or _urged(tokens[:first], lexicon)
    )


def names_inside(tokens: list[Token]) -> set[int]:
    """Doc positions of the capitalised words after a sentence's first: a month or a name
    ("the May 3 attack", "Will Ross said"), never a modal or a future cue. A word all in
    capitals is a shouted headline's, which stays a word."""
    return {t.i for t in tokens[1:] if t.text[:1].isupper() and not t.is_upper}


def _urged(before: list[Token], lexicon: Lexicon) -> bool:
    """The act is what someone was urged to do ("urged President X to go further and recall
    the ambassador", "exhorte les deux pays à rouvrir la frontière"): an exhorting verb, then
    an infinitive marker, then the trigger, within one clause."""
    marked = False
    for token in reversed(before[-DEMAND_REACH:]):
        if token.text in (";", ":", "."):
            return False
        if set(forms(token)) & lexicon.cue("urge_verbs") and token.pos_ not in ("NOUN", "PROPN"):
            return marked  # not the noun of "lors de son point de presse, le chef de la diplomatie"
        marked = marked or norm(token.text) in lexicon.cue("infinitive_markers")
    return False


def discussed(trigger: Trigger, lexicon: Lexicon) -> bool:
    """An act named as the topic of a talk ("La réouverture de la frontière a également été
    évoquée", "they discussed the lifting of sanctions"): talked about, not done. A talk
    named so ("ils ont évoqué leur rencontre de mars") is still a talk that took place."""
    head = trigger.head
    return (
        trigger.rule.type != "CONSULT"
        and head.pos_ == "NOUN"
        and head.dep_ in ("obj", "nsubj:pass")
        and bool(set(forms(head.head)) & lexicon.cue("topic_verbs"))
    )


def attributive(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """A participle used as an adjective before its noun names a state, not an act ("the
    detained men"): with a parse, a modifier before its head; without, an article or a
    possessive before it and a word other than a preposition after it."""
    head, doc = trigger.head, trigger.head.doc
    if len(trigger.tokens) != 1:
        return False
    if has_parse(sent):
        return head.dep_ == "amod" and head.i < head.head.i
    before, after = head.i - 1, head.i + 1
    return (
        head.text.lower().endswith(tuple(lexicon.cue("participle_endings")))
        and before >= sent.start
        and after < sent.end
        and norm(doc[before].text) in lexicon.cue("determiners") - lexicon.cue("phrase_ends")  # not "that"
        and doc[after].is_alpha
        and norm(doc[after].text) not in lexicon.cue("prepositions")
    )


def ongoing_state(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A present-tense verb with "depuis"/"since" describes an ongoing state, not an event
    ("le Mali reçoit depuis lors le soutien de ...")."""
    head = trigger.head
    if head.morph.get("Tense", []) != ["Pres"] or head.morph.get("VerbForm", []) != ["Fin"]:
        return False
    starts = lexicon.cue("start_cues")
    return any(norm(t.text) in starts and not _opens_a_day(t, lexicon) for t in head.subtree)


def _opens_a_day(cue: Token, lexicon: Lexicon) -> bool:
    """The start cue names a day ("dès le lendemain", "depuis le dimanche 20 septembre"): the
    present then tells an act begun that day ("Dès le lendemain, l'armée déploie des
    renforts"), not a state that holds since a time ("depuis lors", "depuis 2022")."""
    doc, i = cue.doc, cue.i + 1
    while i < len(doc) and doc[i].pos_ == "DET":
        i += 1
    if i == len(doc):
        return False
    word = doc[i]
    return (
        fold(word.text) in weekday_names()
        or norm(word.text) in lexicon.cue("start_day_words")
        or (i > cue.i + 1 and word.is_digit and len(word.text) <= 2)  # "depuis le 20", not "depuis 20 ans"
    )


def is_future(trigger: Trigger, sent: Span, lexicon: Lexicon) -> bool:
    """A promised or planned act: future tense, a future cue before the trigger, a noun
    trigger whose verb plans it ("un entretien est annoncé pour samedi", "is scheduled"),
    or a noun trigger followed closely by words that put it ahead ("la visite d'une
    délégation, attendue dans les prochains jours")."""
    if trigger.head.morph.get("Tense", []) == ["Fut"]:
        return True
    governor = trigger.head.head
    planned = governor.morph.get("Tense", []) == ["Fut"] or bool(
        set(forms(governor)) & lexicon.cue("planning_verbs")
    )
    if (
        trigger.head.pos_ == "NOUN"
        and trigger.head.dep_.startswith("nsubj")
        and governor.i != trigger.head.i
        and planned
    ):
        return True
    if _planned_by_governor(trigger.head, lexicon):
        return True
    tokens = tokens_of(sent)
    told_day = {t.i for key in ("day_after_phrases", "day_before_phrases")
                for _, hit in matching_phrases(tokens, lexicon.phrase_list(key)) for t in hit}  # fmt: skip
    first = trigger.tokens[0].i - sent.start
    if trigger.head.dep_ != "obl:agent" and has_phrase_before(
        tokens, first, lexicon.phrase_list("future_cues"), 3, skip=told_day | names_inside(tokens)
    ):
        return True  # "the next day" is no future; "préparée par l'échange du 20 avril" did the preparing
    end = trigger.tokens[-1].i - sent.start + 1
    after = tokens[end : end + FUTURE_AFTER]
    return trigger.head.pos_ != "VERB" and any(
        matching_phrases(after, lexicon.phrase_list("future_after_cues"))
    )


def _planned_by_governor(head: Token, lexicon: Lexicon) -> bool:
    """The act is the complement of a planning verb, directly ("Doha expected X and Y to
    meet") or as the object of that complement ("are scheduled to hold a summit")."""
    if head.pos_ == "NOUN" and head.dep_ == "obj":
        head = head.head
    return (
        head.dep_ == "xcomp"
        and head.head.i != head.i
        and bool(set(forms(head.head)) & lexicon.cue("planning_verbs"))
    )


def _demanded(head: Token, lexicon: Lexicon) -> bool:
    """A noun the sentence demands, alone or in a list ("un mémorandum réclamant la reprise de
    la ville, des sanctions internationales et le retrait des troupes"): asked for, not done.
    Read by word order: a demand verb before it with no other verb between, nor a preposition
    to the demand's matter ("réclame toute la lumière sur l'attaque": the attack happened)."""
    if head.pos_ != "NOUN":
        return False
    demands, matter = lexicon.cue("demand_verbs"), lexicon.cue("matter_prepositions")
    for token in reversed(head.doc[max(head.sent.start, head.i - DEMAND_REACH) : head.i]):
        if set(forms(token)) & demands:
            return True
        if token.pos_ in ("VERB", "AUX") or token.text in (";", ":") or norm(token.text) in matter:
            return False
    return False


def topics_of(sent: Span, lexicon: Lexicon) -> list[str]:
    """Topics whose words occur in the sentence, in the lexicon's order."""
    seen = {f for t in sent for f in forms(t)}
    return [topic for topic, words in lexicon.topics.items() if seen & words]
