"""Ray Data runs the same per-document stages: Ray + merge_parquet gives the store a local ingest gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from storyline.config import Settings
from storyline.engines.parquet import iter_outcomes, merge_parquet
from storyline.pipeline import ingest_paths
from storyline.store import Store

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.ray

ROOT = Path(__file__).resolve().parents[2]


def _inputs(folder: Path) -> list[str]:
    """Every kind of input: text pages, JSONL, WARC, a Parquet shard, an empty file, a missing path."""
    events = sorted((ROOT / "tests" / "data" / "events").glob("*.txt"))[:3]
    shard = folder / "shard.parquet"
    pq.write_table(pa.table({"text": [p.read_text(encoding="utf-8") for p in events]}), shard)
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    return [
        str(ROOT / "tests" / "data" / "pages"),
        str(ROOT / "examples" / "batch.jsonl"),
        str(ROOT / "examples" / "crawl.warc.gz"),
        str(shard),
        str(empty),
        str(folder / "missing.txt"),
    ]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One local ingest and one Ray run (with its merge) of the same inputs."""
    folder = tmp_path_factory.mktemp("ray")
    inputs = _inputs(folder)
    settings = Settings(db=str(folder / "local.db"))
    with Store(folder / "local.db") as local:
        local_summary = ingest_paths(inputs, local, settings)
        ray.init(num_cpus=2, include_dashboard=False)
        try:
            from storyline.engines.ray_engine import run_ray

            counts = run_ray(inputs, str(folder / "out"), settings=settings)
        finally:
            ray.shutdown()
        with Store(folder / "ray.db") as remote:
            ray_summary = merge_parquet(str(folder / "out"), remote, settings)
            again = merge_parquet(str(folder / "out"), remote, settings)
            yield {"local": local, "ray": remote, "local_summary": local_summary, "ray_summary": ray_summary,
                   "again": again, "counts": counts, "out": folder / "out"}  # fmt: skip


def test_ray_run_gives_the_same_articles(runs: dict[str, Any]) -> None:
    local = list(runs["local"].iter_articles())
    assert local, "the local ingest found no article"
    assert list(runs["ray"].iter_articles()) == local


def test_ray_run_gives_the_same_events(runs: dict[str, Any]) -> None:
    local = [e.to_dict() for e in runs["local"].iter_events()]
    assert local, "the local ingest found no event"
    assert [e.to_dict() for e in runs["ray"].iter_events()] == local


def test_ray_run_keeps_pages_and_identities(runs: dict[str, Any]) -> None:
    assert runs["ray"].counts() == runs["local"].counts()
    assert runs["ray"].entities() == runs["local"].entities()


def test_bad_inputs_become_failure_rows_not_a_crash(runs: dict[str, Any]) -> None:
    local, remote = runs["local_summary"], runs["ray_summary"]
    assert (remote.read, remote.new, remote.failed) == (local.read, local.new, local.failed)
    assert sorted(remote.errors) == sorted(local.errors)
    assert any("missing.txt" in e for e in remote.errors) and any("empty.txt" in e for e in remote.errors)
    assert runs["counts"]["rejected"] >= 2
    assert runs["counts"]["articles"] == len(list(runs["ray"].iter_articles()))


def test_merging_the_same_output_again_is_a_no_op(runs: dict[str, Any]) -> None:
    again = runs["again"]
    assert again.new == 0 and again.unchanged == runs["ray_summary"].read
    assert again.events == runs["ray_summary"].events


def test_parts_come_back_in_input_order(runs: dict[str, Any]) -> None:
    orders = [o.order for o in iter_outcomes(runs["out"])]
    assert orders == sorted(orders) and len(orders) == len(set(orders))
