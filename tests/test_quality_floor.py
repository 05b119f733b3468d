"""The whole pipeline keeps the scores pinned in tests/quality_floor.json (the trafilatura habit)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storyline.evaluate import evaluate_folder

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
FLOORS = json.loads((ROOT / "tests" / "quality_floor.json").read_text(encoding="utf-8"))
DATA = ROOT / "tests" / "data"
SETS = {
    "seeds": (SHARED / "seeds.gold.json", SHARED / "seeds"),
    "examples": (ROOT / "examples" / "gold.json", ROOT / "examples"),
    **{name: (DATA / f"{name}.gold.json", DATA / name) for name in FLOORS if name.startswith("events")},
}


def _value(scores: dict[str, Any], dotted: str) -> float:
    part, measure = dotted.split(".")
    return float(scores[part][measure])


@pytest.fixture(scope="module", params=sorted(SETS))
def scored(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, Any]]:
    name = request.param
    gold, docs = SETS[name]
    if not gold.exists():
        pytest.skip(f"{gold} is not here (../shared is only on the developers' machines)")
    db = tmp_path_factory.mktemp(name) / "eval.db"
    return name, evaluate_folder(gold, docs, str(db))


def test_scores_stay_at_or_above_their_floors(scored: tuple[str, dict[str, Any]]) -> None:
    name, scores = scored
    low = {k: (_value(scores, k), v) for k, v in FLOORS[name]["min"].items() if _value(scores, k) < v}
    high = {k: (_value(scores, k), v) for k, v in FLOORS[name]["max"].items() if _value(scores, k) > v}
    assert not low, f"{name}: below the floor (got, floor): {low}"
    assert not high, f"{name}: above the ceiling (got, ceiling): {high}"


def test_every_event_set_has_a_floor() -> None:
    """A set written into tests/data is pinned as soon as it is scored, so the floor test runs on it."""
    written = {p.name.removesuffix(".gold.json") for p in DATA.glob("events*.gold.json")}
    assert written <= set(FLOORS)
