"""spaCy pipelines, loaded once per process and never downloaded.

French uses ``Settings.spacy_model_fr`` (``fr_core_news_md``). English uses ``Settings.spacy_model_en``
when that package is installed; otherwise a rule-based fallback: ``spacy.blank("en")`` with a
sentencizer (told that a title's stop, "Col.", ends no sentence) and a ``capitalised_names``
component that marks runs of capitalised words as entities (ORG when a run contains an
organisation word of titles.yaml, PER for runs of two to four words and for a lone word the
page also writes as the last word of a full name, MISC for another lone word inside a
sentence). The fallback has no parser, so the annotators degrade to
their order-based rules; identities still come from the lexicons.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.annotate.identity import get_lexicon, infinitive_of, name_key
from storyline.config import load_settings, load_yaml_data
from storyline.errors import AnnotationError
from storyline.text import fold

FALLBACK_COMPONENT = "capitalised_names"
PARAGRAPH_COMPONENT = "paragraph_breaks"
ELISION_COMPONENT = "elision_lemmas"
PARTICIPLE_COMPONENT = "participle_lemmas"
SUBJECT_COMPONENT = "stranded_subjects"
ABBREVIATION_COMPONENT = "title_abbreviations"
HYPHENS = frozenset({"-", "‐", "‑"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
TEXT_KEY = "storyline.text"


def text_of(doc: Doc) -> str:
    """The Doc's text, kept with it: ``Doc.text`` joins every token again on each call,
    and the annotators ask for it once per trigger and time expression."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def _is_capitalised(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of capitalised words, allowing name particles ("de", "al") inside a run."""
    particles = get_lexicon().particles
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not _is_capitalised(doc[i].text):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and (
            _is_capitalised(doc[j].text)
            or (doc[j].lower_ in particles and j + 1 < len(doc) and _is_capitalised(doc[j + 1].text))
            or _joins_hyphenated(doc, j)
            or _hyphenated_particle(doc, j, particles)
        ):
            j += 1
        if runs and _joined_organisation(doc, runs[-1], (i, j)):
            runs[-1] = (runs[-1][0], j)  # "Peace and Security Council": one organisation
        else:
            runs.append((i, j))
        i = j
    return runs


def _hyphenated_particle(doc: Doc, j: int, particles: set[str]) -> bool:
    """A particle tied by a hyphen to the next name ("al-Burhan", "el-Sisi")."""
    return (
        doc[j].lower_ in particles
        and j + 2 < len(doc)
        and doc[j + 1].text in HYPHENS
        and not doc[j].whitespace_
        and _is_capitalised(doc[j + 2].text)
    )


def _joined_organisation(doc: Doc, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Two runs one joining word apart whose second ends with an organisation word ("Peace
    and Security Council", "Ministry of Foreign Affairs and Cooperation" stays apart: its
    second run holds no such word). A possessive joins them too when the first run is no name
    the lexicon knows ("the Sierra Leone Artisanal Fishermen's Union", but "Egypt's Foreign
    Ministry" is Egypt's)."""
    lexicon = get_lexicon()
    if second[0] - first[1] != 1 or name_key(doc[second[1] - 1].text) not in lexicon.organisation_words:
        return False
    joiner = doc[first[1]].lower_
    if joiner in POSSESSIVES:
        owner = name_key(doc[first[0] : first[1]].text)
        return owner not in lexicon.terms and owner not in lexicon.leader_names
    return joiner in ("and", "&")


def _joins_hyphenated(doc: Doc, j: int) -> bool:
    """A hyphen written tight between two capitalised words ("Yunus-Bek", "Jean-Marie")."""
    return (
        doc[j].text in HYPHENS
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and j + 1 < len(doc)
        and _is_capitalised(doc[j + 1].text)
    )


def _name_words(doc: Doc, start: int, end: int) -> list[str]:
    """The words of a run that may be a name, as written ("Yunus-Bek" is one word), leading
    titles ("Deputy Defence Minister") left out since the entity stage strips them, and
    particles not counted ("Faisal bin Rashid Al Mohannadi" has three name words)."""
    words = doc[start:end].text.split()  # "Yunus-Bek" is one word, as written
    titles, first_names = _titles(), get_lexicon().first_names
    stripped = True
    while stripped:
        stripped = False
        for k in (3, 2, 1):
            given = k == 1 and len(words) == 2 and name_key(words[0]) in first_names  # "Cheikh Niang"
            if len(words) > k and name_key(" ".join(words[:k])) in titles and not given:
                words, stripped = words[k:], True
                break
    particles = get_lexicon().particles
    return [w for w in words if name_key(w) not in particles]


@cache
def _titles() -> frozenset[str]:
    return frozenset(get_lexicon().titles)


@cache
def _portfolio_heads() -> frozenset[str]:
    return frozenset(name_key(w) for w in get_lexicon().portfolio_heads)


@cache
def _portfolio_prepositions() -> frozenset[str]:
    """The single words of the English portfolio prepositions ("of", "for", "to")."""
    return frozenset(p.split()[0] for p in get_lexicon().portfolio_prepositions)


@cache
def _adjectives() -> frozenset[str]:
    """Keys of words that qualify a noun by place: demonyms and regional adjectives."""
    demonyms = {k for k, terms in get_lexicon().terms.items() if any(t.label == "DEMONYM" for t in terms)}
    regional = {name_key(w) for w in load_yaml_data("demonyms.yaml").get("regional", [])}
    return frozenset(demonyms | regional)


def _run_label(doc: Doc, start: int, end: int) -> str | None:
    lexicon = get_lexicon()
    if name_key(doc[end - 1].text) in _adjectives() and end - start > 1:
        return None  # "West African bloc": an adjective phrase qualifying a noun
    if _in_portfolio(doc, start):
        return None  # "Minister of Fisheries and Maritime Economy": a ministry's name
    words = {name_key(t.text) for t in doc[start:end]}
    if words & lexicon.organisation_words:
        return "ORG"
    if words & lexicon.place_words:
        return "LOC"
    if terms := lexicon.terms.get(name_key(doc[start:end].text)):
        return "PER" if all(t.kind == "person" for t in terms) else "LOC"  # a leader we know, or a place
    count = len(_name_words(doc, start, end))
    if count == 1 and doc[start].lower_ in _day_and_month_names():
        return None
    if 2 <= count <= 4:
        return "LOC" if _located(doc, start, end) else "PER"
    if count == 1 and not doc[start].is_sent_start:
        return "MISC"
    return None


def _located(doc: Doc, start: int, end: int) -> bool:
    """The run follows a locative preposition and owns nothing ("in Cabo Delgado", not "at
    Paul Kagame's invitation"): it names where, not who."""
    before = doc[start - 1].lower_ if start > 0 else ""
    owning = end < len(doc) and doc[end].lower_ in ("'s", "’s")
    return before in get_lexicon().locative_prepositions and not owning and not doc[start].is_sent_start


def _in_portfolio(doc: Doc, start: int) -> bool:
    """The run continues an office's portfolio: "of", "for", "to" or "and" just before it,
    and before that "Minister of" / "Representative for" / "Ambassador to" with only
    capitalised or joining words between ("Minister of Fisheries and Maritime Economy";
    not "President X and Y")."""
    prepositions = _portfolio_prepositions()
    joiners = {"and", "&", "the"} | prepositions
    if start == 0 or doc[start - 1].lower_ not in joiners:
        return False
    for k in range(start - 1, max(0, start - 8), -1):
        word = doc[k]
        if word.lower_ in prepositions and name_key(doc[k - 1].text) in _portfolio_heads():
            return True
        if not (_is_capitalised(word.text) or word.lower_ in joiners):
            return False
    return False


def _full_name(doc: Doc, start: int, end: int) -> bool:
    """The run ends with a name of two to four words, after its titles and a nationality
    before them ("Russian Deputy Foreign Minister Mikhail Bogdanov")."""
    if end - start > 1 and name_key(doc[start].text) in _adjectives():
        start += 1
    return 2 <= len(_name_words(doc, start, end)) <= 4


def _without_opening_word(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A run less its opening day or month names, and a run opening a sentence less its
    first words when they are stop words or calendar words capitalised only by their place
    ("On Monday Jean Martin", "The Royal Air Force")."""
    opening = _opens_line(doc[start])
    while end - start > 1 and (
        doc[start].lower_ in _day_and_month_names() or (opening and doc[start].lower_ in _opening_words())
    ):
        start += 1  # "and on Tuesday Dakar recalled its envoy": anywhere; "Last Tuesday the ...": opening
    return start, end


@cache
def weekday_names() -> frozenset[str]:
    """The weekdays' full names, folded (not "Sun", "Sat": abbreviations that may be names)."""
    return frozenset(fold(str(w)) for w in load_yaml_data("calendar.yaml")["weekdays"] if len(str(w)) > 4)


@cache
def _day_and_month_names() -> frozenset[str]:
    """Weekdays and months written in full (calendar.yaml; not "May" or "Sun"), which never
    open a name."""
    calendar = load_yaml_data("calendar.yaml")
    return frozenset(str(w) for w in [*calendar["weekdays"], *calendar["months"]] if len(str(w)) > 4)


def _placed_by_opening(doc: Doc, run: tuple[int, int], opened: int) -> bool:
    """One word left after an opening place preposition ("In Adre's market, ..."): a place."""
    start, end = run
    return end - start == 1 and start > opened and doc[start - 1].lower_ in get_lexicon().place_prepositions


def _opens_line(token: Token) -> bool:
    """The token opens a sentence or a paragraph, where any word is capitalised: the
    sentencizer starts a sentence after a paragraph's last stop at the line break, not at
    the first word."""
    doc = token.doc
    return token.is_sent_start or (token.i > 0 and "\n" in doc[token.i - 1].text)


@cache
def _opening_words() -> frozenset[str]:
    return frozenset(w.lower() for w in plain_words("en"))


@cache
def plain_words(lang: str) -> tuple[str, ...]:
    """The language's stop words and the calendar's words: never a name on their own, whatever
    their capital ("On Friday", "The"), for pipelines with no lemmatizer to say so."""
    calendar = load_yaml_data("calendar.yaml")
    words = [*load_yaml_data("stopwords.yaml").get(lang, []), *calendar["weekdays"], *calendar["months"]]
    return tuple(str(w) for w in words)


@Language.component(FALLBACK_COMPONENT)
def capitalised_names(doc: Doc) -> Doc:
    """Rule-based stand-in for a statistical NER: label runs of capitalised words."""
    found = _capitalised_runs(doc)
    runs = [_without_opening_word(doc, start, end) for start, end in found]
    labels = [
        "LOC" if _placed_by_opening(doc, run, start) else _run_label(doc, *run)
        for (start, _), run in zip(found, runs, strict=True)
    ]
    surnames = {doc[end - 1].text for start, end in runs if _full_name(doc, start, end)}
    ents = []
    for (start, end), label in zip(runs, labels, strict=True):
        if end - start == 1 and doc[start].text in surnames:
            label = "PER"  # the page's short form of a full name ("Mikhail Bogdanov ... Bogdanov")
        elif _opens_line(doc[start]) and end - start == 1:
            label = None
        if label:
            ents.append(Span(doc, start, end, label=label))
    doc.ents = ents
    return doc


def _fallback_english() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(ABBREVIATION_COMPONENT)
    nlp.add_pipe(FALLBACK_COMPONENT)
    return nlp


@cache
def _abbreviated_titles() -> frozenset[str]:
    """The titles of titles.yaml written with a stop ("Col.", "Lt. Gen."), lower-cased, stop dropped."""
    words = (w for t in load_yaml_data("titles.yaml")["titles"] for w in str(t).lower().split())
    return frozenset(w.rstrip(".") for w in words if w.endswith(".") and w.count(".") == 1)


@Language.component(ABBREVIATION_COMPONENT)
def title_abbreviations(doc: Doc) -> Doc:
    """Keep a sentence going past a title's stop: "expelled the attaché, Col. Khaled Ashour,
    on April 10" is one sentence, though a stop before a capital ends most. For the English
    fallback's sentencizer only: the French parser, told so beforehand, breaks the name instead."""
    titles = _abbreviated_titles()
    for token in doc[2:]:
        stop, title = doc[token.i - 1], doc[token.i - 2]
        if stop.text == "." and title.lower_ in titles:
            token.is_sent_start = False
    return doc


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_breaks(doc: Doc) -> Doc:
    """Open a sentence after every line break, before the parser runs.

    Scraped text often drops a paragraph's final stop, and the parser then reads two
    paragraphs as one sentence and hangs the second's clauses on the first's verb
    ("... Maria Zakharova.\n\nArrivé au pouvoir ..., le capitaine X a fait ...").
    """
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text:
            token.is_sent_start = True
    return doc


@cache
def _elisions(lang: str) -> dict[str, str]:
    return {str(k): str(v) for k, v in (load_yaml_data("elisions.yaml").get(lang) or {}).items()}


@Language.component(ELISION_COMPONENT)
def elision_lemmas(doc: Doc) -> Doc:
    """Give an elided word its full form as lemma whatever its apostrophe ("d’État" as
    "d'État"): spaCy's lemmatizer only knows the straight one (see data/elisions.yaml)."""
    elisions = _elisions(doc.lang_)
    for token in doc:
        if "’" in token.text:
            full = elisions.get(token.lower_.replace("’", "'"))
            if full:
                token.lemma_ = full
    return doc


@cache
def _verbs(lang: str) -> frozenset[str]:
    """The infinitives the language's lemmatizer knows."""
    tables = load_nlp(lang).get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    return frozenset(tables.get_table("lemma_index").get("verb", ()))


def _after_auxiliary(token: Token) -> bool:
    """An auxiliary stands before the word, adverbs and negations aside ("a longuement
    téléphoné", "n'a pas téléphoné")."""
    for before in reversed(token.doc[max(0, token.i - 4) : token.i]):
        if before.pos_ == "AUX":
            return True
        if before.pos_ not in ("ADV", "PART"):
            return False
    return False


@Language.component(PARTICIPLE_COMPONENT)
def participle_lemmas(doc: Doc) -> Doc:
    """Give a past participle after an auxiliary its verb as lemma when the lemmatizer left
    it as written: the tagger may take it for a noun ("a téléphoné", NOUN, lemma
    "téléphoné"), and the event triggers name verbs by their infinitive."""
    for token in doc:
        if token.lemma_.lower() == token.lower_ and token.pos_ != "VERB" and _after_auxiliary(token):
            verb = infinitive_of(token.lower_, _verbs(doc.lang_), get_lexicon())
            if verb:
                token.lemma_ = verb
    return doc


def _verb_group_start(verb: Token) -> int:
    """Where a verb's group starts: its auxiliaries, negations and adverbs before it ("a effectué",
    "n'a pas reçu")."""
    start = verb.i
    while start > 0 and (
        (before := verb.doc[start - 1]).head.i == verb.i
        and (before.dep_.startswith("aux") or before.pos_ in ("ADV", "PART"))
    ):
        start -= 1
    return start


def _closing_phrase(doc: Doc, last: int) -> Token:
    """The head of the phrase ending at ``last`` and opened after the comma before it ("..., le
    général X,"): up its heads while they stand inside it."""
    start = last
    while start > doc[last].sent.start and doc[start - 1].text != ",":
        start -= 1
    node = doc[last]
    while node.head.i != node.i and start <= node.head.i < last:
        node = node.head
    return node


def _coordinated_before(name: Token) -> bool:
    """The stretch before the name, back to the comma before it, opens with "et" or "and"
    ("X, et son homologue du Y, Z, ont signé"): the subject is the pair, which one
    phrase cannot stand for."""
    start = name.left_edge.i - 1
    while start > name.sent.start and name.doc[start].text == ",":
        start -= 1
    while start > name.sent.start and name.doc[start - 1].text != ",":
        start -= 1
    return name.doc[start].dep_ == "cc"


def _name_before_group(verb: Token) -> Token | None:
    """The head of the phrase closed by a comma just before the verb's group, or of a proper
    name standing right before it after a comma ("Arrivé mercredi à Tripoli, X s'est
    entretenu": the parser hangs X on the participle)."""
    doc, start = verb.doc, _verb_group_start(verb)
    while (
        start > verb.sent.start and doc[start - 1].head.i == verb.i and doc[start - 1].dep_.startswith("expl")
    ):
        start -= 1  # "s'est entretenu"
    if start - 1 >= verb.sent.start + 1 and doc[start - 1].text == ",":
        return _closing_phrase(doc, start - 2)
    opened = start - 1
    while opened > verb.sent.start and doc[opened].pos_ == "PROPN":
        opened -= 1
    if opened == start - 1 or opened <= verb.sent.start or doc[opened].text != ",":
        return None
    return _closing_phrase(doc, start - 1)


@Language.component(SUBJECT_COMPONENT)
def stranded_subjects(doc: Doc) -> Doc:
    """Give a main verb the parser left with no subject the name closed by a comma just before
    it ("Un mois après l'attaque qui ..., le général X, a effectué une visite"): after a long
    opening phrase the parser hangs that name on one of its nouns, though French puts the
    subject there."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_.startswith(("nsubj", "expl:subj", "csubj")) for c in verb.children):
            continue
        name = _name_before_group(verb)
        if name is None:
            continue
        if (
            _coordinated_before(name)
            or name.pos_ not in ("PROPN", "NOUN")
            or name.dep_ in ("nsubj", "obj")
            or any(c.dep_ == "case" for c in name.children)
            or name.is_ancestor(verb)
        ):
            continue
        name.head = verb
        name.dep_ = "nsubj"
    return doc


def _with_paragraph_breaks(nlp: Language) -> Language:
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        nlp.add_pipe(SUBJECT_COMPONENT, after="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(ELISION_COMPONENT, after="lemmatizer")
        nlp.add_pipe(PARTICIPLE_COMPONENT, after=ELISION_COMPONENT)
    return nlp


@cache
def load_nlp(lang: str) -> Language:
    """The pipeline for ``lang`` ("fr" or "en"), cached for the life of the process."""
    settings = load_settings()
    if lang == "fr":
        name = settings.spacy_model_fr
        if not spacy.util.is_package(name):
            raise AnnotationError(f"spaCy model {name} is not installed")
        return _with_paragraph_breaks(spacy.load(name))
    if lang == "en":
        name = settings.spacy_model_en
        return (
            _with_paragraph_breaks(spacy.load(name)) if spacy.util.is_package(name) else _fallback_english()
        )
    raise AnnotationError(f"no pipeline for language {lang!r}")


def has_parse(sent: Span) -> bool:
    """True when the sentence carries a dependency parse (not the English fallback)."""
    return any(t.dep_ and t.dep_ != "ROOT" for t in sent) and sent.doc.has_annotation("DEP")
