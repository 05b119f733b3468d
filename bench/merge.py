"""Benchmark: merge a generated stream of 100 000 event reports on one core.

The stream mimics a news corpus: about 30 000 real events between 2 000 people of 150
countries over five years, each reported by one to six pages with a day of jitter, some
at month precision and some undated (dated only by publication). Prints and writes
time, throughput, peak traced memory and the number of merged events to
bench/results/merge.json.

    .venv/bin/python bench/merge.py [--reports 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import time
import tracemalloc
from pathlib import Path

from storyline.merge.events import EventMerger
from storyline.models import Actor, DocEvent, Source

TYPES = [("CONSULT", "phone"), ("CONSULT", "visit"), ("AGREE", None), ("ACCUSE", None), ("SUPPORT", None)]
START = dt.date(2020, 1, 1)


def people(rng: random.Random, n: int = 2000, countries: int = 150) -> list[Actor]:
    return [
        Actor(f"person:p{i}", f"Person {i}", "person", f"C{rng.randrange(countries):03d}") for i in range(n)
    ]


def stream(n_reports: int, seed: int) -> list[tuple[DocEvent, Source]]:
    """Reports of generated events, shuffled as pages arrive in any order."""
    rng = random.Random(seed)
    pool = people(rng)
    out: list[tuple[DocEvent, Source]] = []
    event_no = 0
    while len(out) < n_reports:
        event_no += 1
        etype, mode = rng.choice(TYPES)
        actors = rng.sample(pool, 2)
        day = START + dt.timedelta(days=rng.randrange(5 * 365))
        for r in range(rng.randint(1, 6)):
            doc = f"doc{event_no}-{r}"
            published = day + dt.timedelta(days=rng.randint(0, 2))
            roll = rng.random()
            if roll < 0.1:
                date, precision = None, None
            elif roll < 0.25:
                date, precision = day.isoformat()[:7], "month"
            else:
                date, precision = (day + dt.timedelta(days=rng.choice([0, 0, 0, 1, -1]))).isoformat(), "day"
            event = DocEvent(
                doc,
                etype,
                mode,
                actors,
                [],
                date,
                precision,
                None,
                None,
                ["security"],
                "generated evidence",
                0,
                18,
                trigger="t",
            )
            out.append(
                (event, Source(doc, doc, "Outlet", published.isoformat(), "generated evidence", 0, 18))
            )
    rng.shuffle(out)
    return out[:n_reports]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    reports = stream(args.reports, args.seed)

    merger = EventMerger()
    began = time.perf_counter()
    for event, source in reports:
        merger.add(event, source)
    merged = merger.events()
    seconds = time.perf_counter() - began

    tracemalloc.start()  # a second, traced run: tracing slows it, so it is not timed
    traced = EventMerger()
    for event, source in reports:
        traced.add(event, source)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    result = {
        "reports": len(reports),
        "generated_events": len({src.doc_id.split("-")[0] for _, src in reports}),
        "events": len(merged),
        "seconds": round(seconds, 2),
        "reports_per_second": round(len(reports) / seconds),
        "peak_traced_mb": round(peak / 2**20, 1),
        "limit_seconds": 60,
    }
    out = Path(__file__).parent / "results" / "merge.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
