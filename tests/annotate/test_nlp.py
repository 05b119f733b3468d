"""The repairs storyline makes to spaCy's pipelines: the French parse, the English sentence ends."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from storyline.annotate.nlp import load_nlp, stranded_subjects

Row = tuple[str, int, str, str]  # word, head, dependency, part of speech

# "Un mois après l'incident, le général Jens Dahl, a effectué une visite ." as the parser may
# read it after a long opening phrase: the name hung on "incident", the verb with no subject.
STRANDED: list[Row] = [
    ("Un", 1, "det", "DET"),
    ("mois", 4, "nmod", "NOUN"),
    ("après", 4, "case", "ADP"),
    ("l'", 4, "det", "DET"),
    ("incident", 12, "obl:mod", "NOUN"),
    (",", 7, "punct", "PUNCT"),
    ("le", 7, "det", "DET"),
    ("général", 4, "appos", "NOUN"),
    ("Jens", 7, "flat:name", "PROPN"),
    ("Dahl", 8, "flat:name", "PROPN"),
    (",", 12, "punct", "PUNCT"),
    ("a", 12, "aux:tense", "AUX"),
    ("effectué", 12, "ROOT", "VERB"),
    ("une", 14, "det", "DET"),
    ("visite", 12, "obj", "NOUN"),
    (".", 12, "punct", "PUNCT"),
]


def _parsed(rows: list[Row]) -> Doc:
    words, heads, deps, pos = (list(column) for column in zip(*rows, strict=True))
    return Doc(load_nlp("fr").vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_name_closed_by_a_comma_before_a_subjectless_verb_becomes_its_subject() -> None:
    doc = stranded_subjects(_parsed(STRANDED))
    assert (doc[7].dep_, doc[7].head.i) == ("nsubj", 12)
    assert doc[9].head.head.i == 7  # the name's words stay on their head


def test_a_verb_with_a_subject_keeps_its_parse() -> None:
    rows = [*STRANDED[:7], ("général", 12, "nsubj", "NOUN"), *STRANDED[8:]]
    doc = stranded_subjects(_parsed(rows))
    assert (doc[4].dep_, doc[7].dep_, doc[7].head.i) == ("obl:mod", "nsubj", 12)


def test_a_phrase_opened_by_a_preposition_is_no_subject() -> None:
    """ "Selon le général Jens Dahl, a ...": a name after a preposition is not the subject."""
    rows: list[Row] = [
        ("Selon", 2, "case", "ADP"),
        ("le", 2, "det", "DET"),
        ("général", 7, "obl:mod", "NOUN"),
        ("Jens", 2, "flat:name", "PROPN"),
        ("Dahl", 3, "flat:name", "PROPN"),
        (",", 7, "punct", "PUNCT"),
        ("a", 7, "aux:tense", "AUX"),
        ("effectué", 7, "ROOT", "VERB"),
        ("une", 9, "det", "DET"),
        ("visite", 7, "obj", "NOUN"),
        (".", 7, "punct", "PUNCT"),
    ]
    doc = stranded_subjects(_parsed(rows))
    assert doc[2].dep_ == "obl:mod"


def test_the_repair_runs_in_the_french_pipeline() -> None:
    assert "stranded_subjects" in load_nlp("fr").pipe_names


def test_a_pair_closed_by_a_comma_is_left_as_parsed() -> None:
    """ "Mardi, le ministre Dahl, et son homologue, Berg, ont signé": one phrase cannot stand
    for the pair, so the parse is not repaired."""
    rows: list[Row] = [
        ("Mardi", 13, "obl:mod", "NOUN"),
        (",", 13, "punct", "PUNCT"),
        ("le", 3, "det", "DET"),
        ("ministre", 0, "appos", "NOUN"),
        ("Dahl", 3, "flat:name", "PROPN"),
        (",", 8, "punct", "PUNCT"),
        ("et", 8, "cc", "CCONJ"),
        ("son", 8, "det", "DET"),
        ("homologue", 0, "conj", "NOUN"),
        (",", 10, "punct", "PUNCT"),
        ("Berg", 8, "appos", "PROPN"),
        (",", 13, "punct", "PUNCT"),
        ("ont", 13, "aux:tense", "AUX"),
        ("signé", 13, "ROOT", "VERB"),
        ("un", 15, "det", "DET"),
        ("accord", 13, "obj", "NOUN"),
        (".", 13, "punct", "PUNCT"),
    ]
    doc = stranded_subjects(_parsed(rows))
    assert (doc[10].dep_, doc[10].head.i) == ("appos", 8)


def test_a_name_right_before_the_verb_after_an_opening_participle_becomes_its_subject() -> None:
    """ "Arrivé mercredi à Oslo, Jens Dahl s'est entretenu avec Berg": the parser hangs the
    name on the participle; it is the subject of the verb after it."""
    rows: list[Row] = [
        ("Arrivé", 9, "dep", "VERB"),
        ("mercredi", 0, "obl:mod", "NOUN"),
        ("à", 3, "case", "ADP"),
        ("Oslo", 0, "obl:arg", "PROPN"),
        (",", 0, "punct", "PUNCT"),
        ("Jens", 0, "obl:arg", "PROPN"),
        ("Dahl", 5, "flat:name", "PROPN"),
        ("s'", 9, "expl:comp", "PRON"),
        ("est", 9, "aux:tense", "AUX"),
        ("entretenu", 9, "ROOT", "VERB"),
        ("avec", 11, "case", "ADP"),
        ("Berg", 9, "obl:arg", "PROPN"),
        (".", 9, "punct", "PUNCT"),
    ]
    doc = stranded_subjects(_parsed(rows))
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 9)
    assert (doc[3].dep_, doc[3].head.i) == ("obl:arg", 0)  # the place stays the participle's


@pytest.mark.parametrize("title", ["Capt.", "Sgt.", "Gov.", "Amb."])
def test_a_rank_or_office_abbreviated_does_not_end_the_sentence(title: str) -> None:
    text = f"France's Gen. Jean Martin and Germany's {title} Hans Vogel spoke by telephone on Tuesday."
    assert [s.text for s in load_nlp("en")(text).sents] == [text]


def test_a_titles_stop_does_not_end_the_sentence() -> None:
    """ "Col." before a name: the English fallback keeps one sentence, where a stop before
    a capital ends most."""
    text = "Sudan expelled the attaché, Col. Khaled Ashour, on April 10. Cairo protested."
    assert [s.text for s in load_nlp("en")(text).sents] == [
        "Sudan expelled the attaché, Col. Khaled Ashour, on April 10.",
        "Cairo protested.",
    ]
