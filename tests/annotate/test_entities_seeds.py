"""Gold identities and quotes of the shared seed pages (read at run time; skipped when absent)."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from storyline.annotate.entities import find_mentions
from storyline.annotate.identity import name_key
from storyline.annotate.nlp import load_nlp
from storyline.annotate.quotes import find_quotes
from storyline.merge.identities import merge_identities
from storyline.models import Mention, Quote

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
pytestmark = pytest.mark.seeds


@cache
def gold() -> dict:  # type: ignore[type-arg]
    if not (CORPUS / "seeds.gold.json").is_file():
        pytest.skip("shared seed corpus absent")
    return json.loads((CORPUS / "seeds.gold.json").read_text(encoding="utf-8"))


@cache
def annotated(name: str) -> tuple[str, str, list[Mention], list[Quote]]:
    """Title, body (the gold body region of the raw page), mentions and quotes of one seed page."""
    doc = next(d for d in gold()["docs"] if d["doc"] == name)
    raw = (CORPUS / "seeds" / name).read_text(encoding="utf-8")
    start = raw.index(doc["body_first"])
    body_text = raw[start : raw.index(doc["body_last"]) + len(doc["body_last"])]
    nlp = load_nlp("fr")
    body, title = nlp(body_text), nlp(doc["title"])
    when = dt.date.fromisoformat(doc["published"][:10]) if doc["published"] else None
    mentions = find_mentions(body, title, name, "fr", when)
    return doc["title"], body_text, mentions, find_quotes(body, name, mentions, "fr")


def seed_names() -> list[str]:
    """The seed pages; skips the test where the shared corpus is absent."""
    return [doc["doc"] for doc in gold()["docs"]]


def all_mentions() -> list[Mention]:
    return [m for name in seed_names() for m in annotated(name)[2]]


def test_every_gold_entity_has_exactly_one_identity() -> None:
    entities, mapping = merge_identities(all_mentions())
    by_id = {e.id: e for e in entities}
    seen: dict[str, set[str]] = defaultdict(set)
    for m in all_mentions():
        seen[m.text].add(mapping[m.entity])
    for gold_name, info in gold()["entities"].items():
        ids = {i for alias in info["aliases"] for i in seen.get(alias, set())}
        assert len(ids) == 1, (gold_name, ids)
        entity = by_id[ids.pop()]
        assert name_key(entity.name) == name_key(gold_name)
        assert entity.kind == info["kind"].replace("organization", "organisation")
        assert entity.country == info["country"]


@pytest.mark.parametrize(
    ("alias", "person"),
    [
        ("locataire de Koulouba", "Assimi Goïta"),
        ("homme fort du Kremlin", "Vladimir Putin"),
        ("Vladmir Poutine", "Vladimir Putin"),
        ("président de la Transition", "Assimi Goïta"),
    ],
)
def test_seed_descriptions_and_typos_resolve(alias: str, person: str) -> None:
    found = {m.name for m in all_mentions() if m.text == alias}
    assert found == {person}


def test_seed_noise_is_not_an_entity() -> None:
    texts = {m.text for m in all_mentions()}
    assert not texts & {"Nouvel", "Transition", "État", "X", "Twitter", "palais de", "ex-Twitter"}
    assert all(not t.endswith((" de", " et")) for t in texts)


def test_every_gold_quote_has_its_speaker() -> None:
    for doc in gold()["docs"]:
        quotes = annotated(doc["doc"])[3]
        for expected in doc["quotes"]:
            match = [q for q in quotes if name_key(q.text).startswith(name_key(expected["starts"]))]
            assert len(match) == 1, (doc["doc"], expected["starts"][:30])
            assert match[0].speaker == {"Mali": "Mali"}.get(expected["speaker"], expected["speaker"])


def test_seed_spans_point_at_their_text() -> None:
    for name in seed_names():
        title, body, mentions, quotes = annotated(name)
        for item in [*mentions, *quotes]:
            assert (title if item.field == "title" else body)[item.start : item.end] == item.text
