"""The word lists in src/storyline/data load as words.

YAML 1.1 reads a bare on, no, y or n as a boolean: "on" in a list of pronouns or
prepositions silently became True and stopped matching anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "storyline" / "data"


def _booleans_in_lists(value: Any, path: str = "") -> list[str]:
    if isinstance(value, dict):
        return [hit for k, v in value.items() for hit in _booleans_in_lists(v, f"{path}/{k}")]
    if isinstance(value, list):
        return [f"{path}: {item}" for item in value if isinstance(item, bool)] + [
            hit for item in value if isinstance(item, (dict, list)) for hit in _booleans_in_lists(item, path)
        ]
    return []


@pytest.mark.parametrize("path", sorted(DATA.glob("*.yaml")), ids=lambda p: p.name)
def test_list_entries_are_words_not_yaml_booleans(path: Path) -> None:
    assert _booleans_in_lists(yaml.safe_load(path.read_text(encoding="utf-8"))) == []
