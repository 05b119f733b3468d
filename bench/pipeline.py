"""Throughput of every stage, end-to-end scaling, and memory: the performance budget (issue 6).

On the generated corpus (``bench/corpus.py``; the first ``--pages`` pages):

* each stage on one core, in this process: read (``iter_pages``), sites (template
  line keys + ``SiteIndex``), extract, annotate (``annotate``, as ``process_page``
  calls it), and the bare spaCy model on the same texts (titles and bodies);
* ``ingest_paths`` end to end with ``workers=1`` and ``workers=2``, each in a fresh
  subprocess, with the time of its phases (read, process, merge) and the peak
  RSS of the process doing the per-document work (``resource.getrusage``).

Targets: 2 workers >= 1.7x one; end-to-end >= 70 % of the bare model; peak RSS
<= 1.5 GB per worker. Writes ``bench/results/pipeline.json`` and prints a Markdown
table. Run: ``.venv/bin/python bench/pipeline.py --pages 2000``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_OUT, corpus_files
from storyline.annotate.nlp import load_nlp
from storyline.annotate.pipeline import annotate
from storyline.errors import StorylineError
from storyline.extract import extract_page
from storyline.extract.templates import SiteIndex
from storyline.ingest import iter_pages
from storyline.models import Article, Page
from storyline.pipeline import template_keys

RESULTS = Path(__file__).resolve().parent / "results" / "pipeline.json"
TARGET_SCALING = 1.7
TARGET_OF_BARE = 0.70
TARGET_RSS_MB = 1536

# Run in a fresh interpreter: one end-to-end ingest, its phase times and peak RSS as JSON on stdout.
END_TO_END = """
import json, resource, sys, time
from storyline.config import Settings
from storyline.pipeline import ingest_paths
from storyline.store import Store

paths, db, workers = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
marks = {}
def progress(phase, done, total):
    marks.setdefault(phase, [time.perf_counter(), 0.0])[1] = time.perf_counter()
start = time.perf_counter()
with Store(db) as store:
    summary = ingest_paths(paths, store, Settings(db=db, workers=workers), progress)
end = time.perf_counter()
last = max(m[1] for m in marks.values())
print(json.dumps({
    "seconds": end - start,
    "read_s": marks["read"][1] - start,
    "process_s": last - marks["read"][1],
    "merge_s": end - last,
    "articles": summary.new - summary.failed, "failed": summary.failed, "events": summary.events,
    "self_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
}))
"""


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    value = work()
    return value, time.perf_counter() - start


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def extract_all(pages: list[Page], index: SiteIndex) -> list[Article]:
    articles = []
    for page in pages:
        try:
            articles.append(extract_page(page, index.profile(page.doc_id)))
        except StorylineError:
            continue
    return articles


def stage_rates(files: list[Path]) -> dict[str, Any]:
    """Pages per second of each stage on one core (this process)."""
    items, read_s = timed(lambda: list(iter_pages(files)))
    pages = [p for p in items if isinstance(p, Page)]

    def learn() -> SiteIndex:
        rows = [(p.doc_id, key) for p in pages for key in template_keys(p)]
        return SiteIndex.from_rows(rows)

    index, sites_s = timed(learn)
    articles, extract_s = timed(lambda: extract_all(pages, index))
    nlp = load_nlp("fr")
    nlp("Mise en route du modèle.")
    _, annotate_s = timed(lambda: [annotate(a) for a in articles])
    texts = [a.body for a in articles] + [a.title for a in articles if a.title]
    _, bare_s = timed(lambda: list(nlp.pipe(texts)))
    return {
        "pages": len(pages),
        "articles": len(articles),
        "words": words(texts),
        "read_pages_per_s": len(pages) / read_s,
        "sites_pages_per_s": len(pages) / sites_s,
        "extract_pages_per_s": len(pages) / extract_s,
        "annotate_pages_per_s": len(articles) / annotate_s,
        "annotate_words_per_s": words(texts) / annotate_s,
        "bare_spacy_pages_per_s": len(articles) / bare_s,
        "bare_spacy_words_per_s": words(texts) / bare_s,
    }


def end_to_end(files: list[Path], workers: int) -> dict[str, Any]:
    """One ``ingest_paths`` run into a fresh store, in a fresh interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        out = subprocess.run(
            [sys.executable, "-c", END_TO_END, json.dumps([str(f) for f in files]), db, str(workers)],
            check=True, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )  # fmt: skip
    run: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    run["pages_per_s"] = len(files) / run["seconds"]
    run["process_pages_per_s"] = len(files) / run["process_s"]
    run["peak_worker_rss_mb"] = run["self_rss_mb"] if workers == 1 else run["worker_rss_mb"]
    return run


def summarise(stages: dict[str, Any], one: dict[str, Any], two: dict[str, Any]) -> dict[str, Any]:
    """The ratios the targets are stated in."""
    scaling = two["pages_per_s"] / one["pages_per_s"]
    of_bare = one["pages_per_s"] / stages["bare_spacy_pages_per_s"]
    rss = max(one["peak_worker_rss_mb"], two["peak_worker_rss_mb"])
    return {
        "scaling_2_workers": scaling,
        "process_scaling_2_workers": two["process_pages_per_s"] / one["process_pages_per_s"],
        "end_to_end_of_bare_spacy": of_bare,
        "process_of_bare_spacy": one["process_pages_per_s"] / stages["bare_spacy_pages_per_s"],
        "peak_worker_rss_mb": rss,
        "targets_met": {
            "scaling": scaling >= TARGET_SCALING,
            "of_bare": of_bare >= TARGET_OF_BARE,
            "memory": rss <= TARGET_RSS_MB,
        },
    }


def table(result: dict[str, Any]) -> str:
    stages, one, two, ratios = result["stages"], result["workers_1"], result["workers_2"], result["ratios"]
    rows = [
        ("read (iter_pages)", f"{stages['read_pages_per_s']:.0f} pages/s per core"),
        ("site templates", f"{stages['sites_pages_per_s']:.0f} pages/s per core"),
        ("extract", f"{stages['extract_pages_per_s']:.0f} pages/s per core"),
        ("annotate", f"{stages['annotate_pages_per_s']:.1f} pages/s per core "
                     f"({stages['annotate_words_per_s']:.0f} words/s)"),
        ("bare spaCy, same texts", f"{stages['bare_spacy_pages_per_s']:.1f} pages/s per core "
                                   f"({stages['bare_spacy_words_per_s']:.0f} words/s)"),
        ("merge", f"{result['pages'] / one['merge_s']:.0f} pages/s ({one['merge_s']:.1f} s)"),
        ("ingest, 1 worker", f"{one['pages_per_s']:.1f} pages/s end to end, "
                             f"{one['process_pages_per_s']:.1f} in the per-document phase"),
        ("ingest, 2 workers", f"{two['pages_per_s']:.1f} pages/s end to end, "
                              f"{two['process_pages_per_s']:.1f} in the per-document phase"),
        ("scaling, 2 workers / 1 (target >= 1.7)", f"{ratios['scaling_2_workers']:.2f}x whole, "
                                                   f"{ratios['process_scaling_2_workers']:.2f}x per-doc"),
        ("1 worker / bare spaCy (target >= 70 %)", f"{ratios['end_to_end_of_bare_spacy']:.0%} end to end, "
                                                   f"{ratios['process_of_bare_spacy']:.0%} per-document"),
        ("peak RSS per worker (target <= 1.5 GB)", f"{ratios['peak_worker_rss_mb']:.0f} MB"),
    ]  # fmt: skip
    head = f"Corpus: {result['pages']} generated pages, {result['cpus']} CPUs, Python {result['python']}."
    lines = [head, "", "| measure | result |", "| --- | --- |"]
    return "\n".join(lines + [f"| {name} | {value} |" for name, value in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000, help="pages of the corpus measured end to end")
    parser.add_argument("--stage-pages", type=int, default=500, help="pages measured stage by stage")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    files = corpus_files(args.corpus, max(args.pages, args.stage_pages))
    stages = stage_rates(files[: args.stage_pages])
    one = end_to_end(files[: args.pages], workers=1)
    two = end_to_end(files[: args.pages], workers=2)
    result = {
        "pages": args.pages,
        "stage_pages": args.stage_pages,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "stages": stages,
        "workers_1": one,
        "workers_2": two,
        "ratios": summarise(stages, one, two),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(result))


if __name__ == "__main__":
    main()
