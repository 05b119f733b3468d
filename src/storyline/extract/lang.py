"""Language identification by stop-word ratio.

News prose is dense in function words ("de", "la", "the", "of"), and each language's list
barely overlaps the others', so the language whose stop words cover the largest share of the
tokens is the page's language. It is fast, needs no model, and says "don't know" (None) on text
too short or too foreign to judge. The lists live in ``data/stopwords.yaml``.
"""

from __future__ import annotations

from functools import cache

from storyline.config import load_yaml_data
from storyline.extract.features import words_of

MIN_TOKENS = 5  # fewer words than this cannot be judged
MIN_RATIO = 0.12  # below this share of stop words the text is in no known language
MAX_TOKENS = 2000  # a page's first words are enough


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    """Stop words per language code."""
    return {lang: frozenset(words) for lang, words in load_yaml_data("stopwords.yaml").items()}


def language_ratios(text: str) -> dict[str, float]:
    """Share of the text's tokens that are stop words of each known language."""
    tokens = words_of(text)[:MAX_TOKENS]
    if not tokens:
        return dict.fromkeys(_stopwords(), 0.0)
    return {lang: sum(1 for t in tokens if t in stops) / len(tokens) for lang, stops in _stopwords().items()}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language ("fr", "en"), or None when it cannot be told."""
    if len(words_of(text)[:MIN_TOKENS]) < MIN_TOKENS:
        return None
    ratios = language_ratios(text)
    lang, best = max(ratios.items(), key=lambda item: item[1])
    return lang if best >= MIN_RATIO else None
