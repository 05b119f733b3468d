"""The command line keeps its contract: counts, exit statuses, export fields, re-runs that change nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

import storyline.pipeline
from storyline.cli import app
from storyline.store import Store

DATA = Path(__file__).resolve().parent / "data" / "events"
PAGES = ["call_oct_sahelmatin.txt", "call_oct_wam.txt", "call_oct_echo.txt"]
ARTICLE_FIELDS = {"doc", "title", "published", "published_estimate", "outlet", "author", "lang", "body"}
EVENT_FIELDS = {"id", "type", "mode", "date", "date_end", "actors", "location", "summary", "sources"}
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in PAGES:
        shutil.copy(DATA / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def _counts(db: Path) -> dict[str, int]:
    with Store(db) as store:
        return store.counts()


def test_ingest_counts_reports_bad_files_and_rerun_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    code, out = _run("ingest", str(corpus), "--db", str(db))
    assert code == 0
    assert "empty.txt: empty file [ingest]" in out
    assert "read 3, new 3, unchanged 0, failed 1" in out
    before = _counts(db)
    code, out = _run("ingest", str(corpus), "--db", str(db))
    assert code == 0 and "read 3, new 0, unchanged 3, failed 1" in out
    assert _counts(db) == before


def test_ingest_of_nothing_exits_1_and_bad_options_exit_2(tmp_path: Path) -> None:
    assert _run("ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "s.db"))[0] == 1
    assert _run("ingest", str(tmp_path), "--workers", "0", "--db", str(tmp_path / "s.db"))[0] == 2
    assert _run("export", "articles", "--format", "parquet", "--db", str(tmp_path / "s.db"))[0] == 2


def test_exports_keep_the_contract(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    _run("ingest", str(corpus), "--db", db)
    articles = [json.loads(x) for x in _run("export", "articles", "--db", db)[1].splitlines()]
    assert sorted(a["doc"] for a in articles) == sorted(PAGES)
    assert all(set(a) >= ARTICLE_FIELDS for a in articles)
    events = [
        json.loads(x) for x in _run("export", "events", "--format", "jsonl", "--db", db)[1].splitlines()
    ]
    assert events and all(set(e) >= EVENT_FIELDS for e in events)
    for event in events:
        for source in event["sources"]:
            body = next(a["body"] for a in articles if a["doc"] == source["doc"])
            assert body[source["start"] : source["end"]] == source["evidence"]
    entities = [json.loads(x) for x in _run("export", "entities", "--db", db)[1].splitlines()]
    assert all({"id", "name", "kind", "country", "aliases", "mentions"} <= set(e) for e in entities)
    timeline = json.loads(_run("export", "events", "--format", "timelinejs", "--db", db)[1])
    assert len(timeline["events"]) == len(events)
    assert _run("export", "events", "--format", "markdown", "--db", db)[1].startswith("#")
    out = tmp_path / "events.parquet"
    assert _run("export", "events", "--format", "parquet", "--out", str(out), "--db", db)[0] == 0
    assert out.stat().st_size > 0


def test_timeline_names_an_unknown_entity(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    _run("ingest", str(corpus), "--db", db)
    code, out = _run("timeline", "Nobody Atall", "--db", db)
    assert code == 1 and "no entity called 'Nobody Atall'" in out
    code, out = _run("timeline", "poutine", "--db", db)
    assert code == 0 and "CONSULT" in out


def test_an_interrupted_ingest_loses_nothing_and_a_rerun_finishes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "s.db"
    real = storyline.pipeline.process_batch
    calls = {"n": 0}

    def dies_on_second_batch(*args: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setenv("STORYLINE_BATCH_SIZE", "1")
    monkeypatch.setattr(storyline.pipeline, "process_batch", dies_on_second_batch)
    _run("ingest", str(corpus), "--db", str(db))
    assert _counts(db)["articles"] == 1
    monkeypatch.setattr(storyline.pipeline, "process_batch", real)
    code, out = _run("ingest", str(corpus), "--db", str(db))
    assert code == 0 and "unchanged 3" in out
    assert _counts(db)["articles"] == 3


@pytest.mark.parametrize("batch_size", ["1", "32"])
def test_two_workers_give_the_same_store_as_one(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch_size: str
) -> None:
    monkeypatch.setenv(
        "STORYLINE_BATCH_SIZE", batch_size
    )  # 1: every page in its own batch, spread over workers
    exports = []
    for workers in ("1", "2"):
        db = str(tmp_path / f"w{workers}.db")
        assert _run("ingest", str(corpus), "--db", db, "--workers", workers)[0] == 0
        exports.append([_run("export", kind, "--db", db)[1] for kind in ("articles", "events", "entities")])
    assert exports[0] == exports[1]
