"""Language identification by stop-word ratio."""

from __future__ import annotations

import pytest

from storyline.extract.lang import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le président de la transition a reçu les ministres dans la matinée pour une réunion.", "fr"),
        ("L’axe entre les deux capitales se renforce depuis l’an dernier, selon le communiqué.", "fr"),
        ("The government said on Sunday that it would end relations with the country.", "en"),
        ("Officials in the capital have confirmed that talks will resume next week.", "en"),
    ],
)
def test_detect_language_tells_french_from_english(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["", "Mali", "12 345 678", "Goïta Poutine Bamako Moscou Kremlin Sahel"])
def test_detect_language_says_none_when_it_cannot_tell(text: str) -> None:
    assert detect_language(text) is None
