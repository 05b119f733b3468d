"""The repairs storyline makes to spaCy's French parse."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.annotate.nlp import load_nlp, stranded_subjects

# "Un mois après l'incident, le général Jens Dahl, a effectué une visite ." as the parser may
# read it after a long opening phrase: the name hung on "incident", the verb with no subject.
WORDS = [
    "Un",
    "mois",
    "après",
    "l'",
    "incident",
    ",",
    "le",
    "général",
    "Jens",
    "Dahl",
    ",",
    "a",
    "effectué",
    "une",
    "visite",
    ".",
]
HEADS = [1, 4, 4, 4, 12, 7, 7, 4, 7, 8, 12, 12, 12, 14, 12, 12]
DEPS = [
    "det",
    "nmod",
    "case",
    "det",
    "obl:mod",
    "punct",
    "det",
    "appos",
    "flat:name",
    "flat:name",
    "punct",
    "aux:tense",
    "ROOT",
    "det",
    "obj",
    "punct",
]
POS = [
    "DET",
    "NOUN",
    "ADP",
    "DET",
    "NOUN",
    "PUNCT",
    "DET",
    "NOUN",
    "PROPN",
    "PROPN",
    "PUNCT",
    "AUX",
    "VERB",
    "DET",
    "NOUN",
    "PUNCT",
]


def _parsed(heads: list[int], deps: list[str]) -> Doc:
    return Doc(load_nlp("fr").vocab, words=WORDS, heads=heads, deps=deps, pos=POS)


def test_a_name_closed_by_a_comma_before_a_subjectless_verb_becomes_its_subject() -> None:
    doc = stranded_subjects(_parsed(HEADS, DEPS))
    assert (doc[7].dep_, doc[7].head.i) == ("nsubj", 12)
    assert doc[9].head.head.i == 7  # the name's words stay on their head


def test_a_verb_with_a_subject_keeps_its_parse() -> None:
    heads = [*HEADS[:7], 12, *HEADS[8:]]
    deps = [*DEPS[:7], "nsubj", *DEPS[8:]]
    doc = stranded_subjects(_parsed(heads, deps))
    assert (doc[4].dep_, doc[7].dep_, doc[7].head.i) == ("obl:mod", "nsubj", 12)


def test_a_phrase_opened_by_a_preposition_is_no_subject() -> None:
    """ "Selon le général Jens Dahl, a ...": a name after a preposition is not the subject."""
    words = ["Selon", "le", "général", "Jens", "Dahl", ",", "a", "effectué", "une", "visite", "."]
    doc = Doc(
        load_nlp("fr").vocab,
        words=words,
        heads=[2, 2, 7, 2, 3, 7, 7, 7, 9, 7, 7],
        deps=[
            "case",
            "det",
            "obl:mod",
            "flat:name",
            "flat:name",
            "punct",
            "aux:tense",
            "ROOT",
            "det",
            "obj",
            "punct",
        ],
        pos=["ADP", "DET", "NOUN", "PROPN", "PROPN", "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
    )
    stranded_subjects(doc)
    assert doc[2].dep_ == "obl:mod"


def test_the_repair_runs_in_the_french_pipeline() -> None:
    assert "stranded_subjects" in load_nlp("fr").pipe_names


def test_a_pair_closed_by_a_comma_is_left_as_parsed() -> None:
    """ "Mardi, le ministre Dahl, et son homologue, Berg, ont signé": one phrase cannot stand
    for the pair, so the parse is not repaired."""
    words = [
        "Mardi",
        ",",
        "le",
        "ministre",
        "Dahl",
        ",",
        "et",
        "son",
        "homologue",
        ",",
        "Berg",
        ",",
        "ont",
        "signé",
        "un",
        "accord",
        ".",
    ]
    doc = Doc(
        load_nlp("fr").vocab,
        words=words,
        heads=[13, 13, 3, 0, 3, 8, 8, 8, 0, 10, 8, 13, 13, 13, 15, 13, 13],
        deps=[
            "obl:mod",
            "punct",
            "det",
            "appos",
            "flat:name",
            "punct",
            "cc",
            "det",
            "conj",
            "punct",
            "appos",
            "punct",
            "aux:tense",
            "ROOT",
            "det",
            "obj",
            "punct",
        ],
        pos=[
            "NOUN",
            "PUNCT",
            "DET",
            "NOUN",
            "PROPN",
            "PUNCT",
            "CCONJ",
            "DET",
            "NOUN",
            "PUNCT",
            "PROPN",
            "PUNCT",
            "AUX",
            "VERB",
            "DET",
            "NOUN",
            "PUNCT",
        ],
    )
    stranded_subjects(doc)
    assert (doc[10].dep_, doc[10].head.i) == ("appos", 8)
