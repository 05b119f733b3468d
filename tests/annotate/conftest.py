"""Shared fixtures of the annotate tests: the spaCy pipelines, loaded once per session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language

from storyline.annotate.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp_fr() -> Language:
    """The French pipeline as storyline runs it (the model and its paragraph breaks)."""
    return load_nlp("fr")


@pytest.fixture(scope="session")
def nlp_en() -> Language:
    """English without a model, as storyline runs it when no English pipeline is installed."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="session")
def nlp_for(nlp_en: Language, nlp_fr: Language) -> Callable[[str], Language]:
    """The pipeline of a language code, for tests written in both languages."""
    return lambda lang: nlp_en if lang == "en" else nlp_fr
