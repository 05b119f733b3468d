"""Words per second of the whole annotation stage beside the bare spaCy model, in one run.

The texts are the articles extracted from the first ``--pages`` pages of the
generated corpus (``bench/corpus.py``). Both sides parse the same texts (bodies
and titles) with the same loaded model (as ``spacy.load`` gives it, every
component): ``nlp.pipe`` alone, with its default batch and with the stage's
batches (the faster is the baseline), then
``storyline.annotate.pipeline.annotate_many`` (spaCy plus times, entities,
quotes and events). The ratio is the share of the annotation stage's time that
the statistical model itself accounts for. Writes ``bench/results/annotate.json``.

Run: ``.venv/bin/python bench/annotate.py --pages 300``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_OUT, corpus_files
from storyline.annotate.nlp import load_nlp
from storyline.annotate.pipeline import annotate_many
from storyline.errors import StorylineError
from storyline.extract import extract_page
from storyline.ingest import make_page
from storyline.models import Article

RESULTS = Path(__file__).resolve().parent / "results" / "annotate.json"


def articles_of(files: list[Path]) -> list[Article]:
    articles = []
    for path in files:
        try:
            articles.append(extract_page(make_page(path.read_bytes(), path.name, "text")))
        except StorylineError:
            continue
    return articles


def measure(articles: list[Article], batch_size: int) -> dict[str, float]:
    nlp = load_nlp("fr")
    nlp("Mise en route du modèle.")
    texts = [
        text for a in articles for text in (a.body, a.title) if text
    ]  # in the order annotate_many parses
    words = sum(len(t.split()) for t in texts)
    bare: dict[str, float] = {}
    for name, size in (("default", nlp.batch_size), ("stage", 2 * batch_size)):  # a body and a title per page
        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=size):
            pass
        bare[name] = time.perf_counter() - start
    bare_s = min(bare.values())
    start = time.perf_counter()
    for _ in annotate_many(articles, batch_size=batch_size):
        pass
    stage_s = time.perf_counter() - start
    return {
        "articles": len(articles),
        "words": words,
        "bare_spacy_words_per_s": words / bare_s,
        "bare_spacy_default_batch_words_per_s": words / bare["default"],
        "bare_spacy_stage_batch_words_per_s": words / bare["stage"],
        "annotate_many_words_per_s": words / stage_s,
        "annotate_of_bare": bare_s / stage_s,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    result = {
        "pages": args.pages,
        "python": platform.python_version(),
        **measure(articles_of(corpus_files(args.corpus, args.pages)), args.batch_size),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print("| measure | words/s |\n| --- | --- |")
    print(f"| bare spaCy `nlp.pipe` | {result['bare_spacy_words_per_s']:.0f} |")
    print(f"| `annotate_many` (whole stage) | {result['annotate_many_words_per_s']:.0f} |")
    print(f"| stage / bare | {result['annotate_of_bare']:.0%} |")


if __name__ == "__main__":
    main()
