"""Shared fixtures of the annotate tests: the spaCy pipelines, loaded once per session."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp_fr() -> Language:
    return spacy.load("fr_core_news_md")


@pytest.fixture(scope="session")
def nlp_en() -> Language:
    """English without a model, as storyline runs it when no English pipeline is installed."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
