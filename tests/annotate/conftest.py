"""Shared fixtures of the annotate tests: the spaCy pipelines, loaded once per session."""

from __future__ import annotations

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
