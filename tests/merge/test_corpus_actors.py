"""Merged events name their parties as the corpus identities, with the pages' own spellings."""

from __future__ import annotations

from pathlib import Path

from storyline.annotate.identity import state_body_key
from storyline.config import Settings
from storyline.exports import event_row
from storyline.pipeline import ingest_paths
from storyline.store import Store

NAMED = """Toulepleu : la gendarmerie ivoirienne renforce ses patrouilles
Publié le mardi 10 mars 2026
Lundi, la gendarmerie ivoirienne a déployé trois nouvelles patrouilles autour de Toulepleu, dans l'ouest du pays.
"""
COUNTED = """Gunmen kill six in western Ivory Coast village
Published: March 9, 2026
At least six people, including four gendarmes, were killed on Sunday in an attack by armed men on a village in western Ivory Coast.
"""


def test_a_service_counted_by_its_bare_noun_keeps_that_spelling_beside_the_identitys(tmp_path: Path) -> None:
    """The identity "Gendarmerie of Côte d'Ivoire" is spelled "gendarmerie ivoirienne" on one
    page; the attack another page tells struck "four gendarmes": its actor carries both."""
    (tmp_path / "named.txt").write_text(NAMED, encoding="utf-8")
    (tmp_path / "counted.txt").write_text(COUNTED, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest_paths([tmp_path / "named.txt", tmp_path / "counted.txt"], store, Settings(workers=1))
        (attack,) = [event_row(e) for e in store.iter_events() if e.type == "ASSAULT"]
    (service,) = [a for a in attack["actors"] if a["id"] == state_body_key("gendarmerie", "CI")]
    assert {"gendarmerie ivoirienne", "gendarmes"} <= set(service["aliases"])


BY_ACRONYM = """AFL battalion reaches the frontier
Published: March 13, 2026
The Armed Forces of Liberia (AFL) have been on alert since the weekend.
On Thursday the AFL deployed a battalion to the border county of Grand Gedeh.
"""


def test_a_party_named_as_a_states_service_alone_acts_with_its_state(tmp_path: Path) -> None:
    """ "The AFL deployed": the page defines the acronym as Liberia's armed forces, so the
    deployment is Liberia's too, as "l'armée libérienne" would make it."""
    (tmp_path / "acronym.txt").write_text(BY_ACRONYM, encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest_paths([tmp_path / "acronym.txt"], store, Settings(workers=1))
        (deployment,) = [event_row(e) for e in store.iter_events() if e.type == "MOBILIZE"]
    assert {state_body_key("armed_forces", "LR"), "country:LR"} <= {a["id"] for a in deployment["actors"]}
