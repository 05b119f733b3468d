"""Latency of the timeline API on a generated store of 100 000 events.

Builds a temporary store (random actors among ~200 entities, dates 2015-2025,
1-4 sources each) through ``Store.save_merge``, then times ``/api/events`` with
FastAPI's TestClient: the default page, an entity filter, a date range and a
type filter, ~200 requests each. Writes p50/p95 per query to
bench/results/serve.json. Target: p95 <= 50 ms.

    .venv/bin/python bench/serve.py [--events 100000] [--requests 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from storyline.models import Actor, Entity, Event, Source
from storyline.store import Store
from storyline.web.app import create_app

TYPES = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
OUTLETS = [f"Outlet {i}" for i in range(40)]
RESULTS = Path(__file__).parent / "results" / "serve.json"


def entities(n: int) -> list[Entity]:
    kinds = ["person", "organisation", "country", "place"]
    return [Entity(f"e{i}", f"Entity {i}", kinds[i % 4], None, [f"Alias {i}"], 1) for i in range(n)]


def random_event(rng: random.Random, i: int, people: list[Entity]) -> Event:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(11 * 365))
    chosen = rng.sample(people, 2)
    actors = [Actor(e.id, e.name, e.kind) for e in chosen]
    sources = [
        Source(f"doc{i}-{k}", f"d{i}-{k}", rng.choice(OUTLETS), day.isoformat(), "A sentence.", 0, 11)
        for k in range(rng.randint(1, 4))
    ]
    date = None if rng.random() < 0.02 else day.isoformat()
    return Event(
        f"ev{i:06d}",
        rng.choice(TYPES),
        None,
        date,
        None,
        "day",
        actors[:1],
        actors[1:],
        None,
        f"Event {i}",
        [],
        sources,
    )


def build(path: Path, n_events: int, n_entities: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    people = entities(n_entities)
    with Store(path) as store:
        batch = 10_000
        for start in range(0, n_events, batch):
            events = [random_event(rng, i, people) for i in range(start, min(start + batch, n_events))]
            store.save_merge(people if start == 0 else [], {}, events, {}, {}, [])
        store.conn.execute("ANALYZE")


def timed(client: object, url: str, n: int) -> dict[str, float]:
    get = client.get  # type: ignore[attr-defined]
    assert get(url).status_code == 200  # warm
    samples = []
    for _ in range(n):
        began = time.perf_counter()
        response = get(url)
        samples.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.text
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[int(0.95 * len(samples)) - 1], 2),
        "requests": n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--entities", type=int, default=200)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--db", type=Path, help="Build the store here and keep it (reused when it exists).")
    args = parser.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        began = time.perf_counter()
        if not db.exists():
            build(db, args.events, args.entities)
        build_s = time.perf_counter() - began
        queries = {
            "default page": "/api/events",
            "entity filter": "/api/events?entity=e17",
            "date range": "/api/events?from=2019-03&to=2019-08",
            "type filter": "/api/events?type=CONSULT",
            "deep page": "/api/events?offset=50000",
            "timeline chart": "/api/timeline",
        }
        with TestClient(create_app(str(db))) as client:
            results = {name: timed(client, url, args.requests) for name, url in queries.items()}
    report = {
        "events": args.events,
        "entities": args.entities,
        "build_seconds": round(build_s, 1),
        "target_p95_ms": 50,
        "queries": results,
    }
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
