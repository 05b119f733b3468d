"""The whole job: read inputs, store pages, run the per-document stages, merge.

Per-document work (extract, annotate, events) is ``process_page``: a pure
function of a page and its site profile, so it runs the same in this process, in
a process pool (``workers > 1``, the spaCy model loaded once per worker) or on
Ray. Only ``merge_pending`` looks across documents, and only at what is not yet
merged, so new pages join the timeline without recomputing the corpus.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from storyline.config import Settings
from storyline.errors import ExtractionError, RejectedInput, StorylineError
from storyline.extract import extract_page
from storyline.extract.html import visible_text
from storyline.extract.templates import SiteIndex
from storyline.ingest import iter_pages
from storyline.models import DocResult, Page, SiteProfile
from storyline.store import Store

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int | None], None]  # (phase, done, total)


@dataclass
class IngestSummary:
    """Counts printed at the end of an ingest, and the one-line reasons of failures."""

    read: int = 0
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    events: int = 0
    entities: int = 0

    def reject(self, error: StorylineError) -> None:
        self.failed += 1
        self.errors.append(error.describe())


def process_page(page: Page, profile: SiteProfile | None) -> DocResult:
    """Extract and annotate one page: the unit of parallel work."""
    from storyline.annotate.pipeline import annotate

    article = replace(extract_page(page, profile), collected=page.collected)
    return DocResult(article, annotate(article))


def process_safely(job: tuple[Page, SiteProfile | None]) -> DocResult | StorylineError:
    """``process_page`` with any failure turned into a reported rejection (local pool and Ray alike)."""
    page, profile = job
    try:
        return process_page(page, profile)
    except StorylineError as exc:
        exc.doc = exc.doc or page.doc
        return exc
    except Exception as exc:  # a bug on one page must not stop the batch
        log.exception("unexpected failure on %s", page.doc)
        return ExtractionError(f"unexpected {exc.__class__.__name__}: {exc}", page.doc)


def _warm_worker() -> None:
    from storyline.annotate.nlp import load_nlp

    load_nlp("fr")


Job = tuple[Page, SiteProfile | None]


def _results(jobs: list[Job], pool: ProcessPoolExecutor | None) -> Iterator[DocResult | StorylineError]:
    """Results in input order, so any number of workers gives the same store."""
    if pool is None or len(jobs) <= 1:
        return map(process_safely, jobs)
    return pool.map(process_safely, jobs, chunksize=8)


def template_keys(page: Page) -> list[str]:
    """Line keys of what a reader sees: for HTML the visible text, never the markup shared by every site."""
    text = visible_text(page.text) if page.media_type == "html" else page.text
    return SiteIndex.line_keys(text, page.url)


def store_pages(paths: Iterable[str | Path], store: Store, settings: Settings, summary: IngestSummary,
                progress: Progress | None = None) -> None:  # fmt: skip
    """Read every input and keep the new pages (raw bytes and template lines), one transaction each."""
    for item in iter_pages(paths, settings.max_page_bytes):
        if isinstance(item, RejectedInput):
            summary.reject(item)
            continue
        summary.read += 1
        if store.add_page(item, template_keys(item)):
            summary.new += 1
        else:
            summary.unchanged += 1
        if progress:
            progress("read", summary.read, None)


def process_pending(store: Store, settings: Settings, summary: IngestSummary,
                    progress: Progress | None = None) -> None:  # fmt: skip
    """Run the per-document stages on every stored page not yet processed.

    Pages are read from the store a chunk at a time, so memory does not grow with
    the number of pending pages; one pool serves every chunk.
    """
    total = store.count_pending()
    if not total:
        return
    index = SiteIndex.from_rows(store.line_rows())
    chunk = max(settings.batch_size, 8 * settings.workers)
    done = 0
    pool = ProcessPoolExecutor(settings.workers, initializer=_warm_worker) if settings.workers > 1 else None
    with pool or contextlib.nullcontext():
        while pages := store.pending_pages(chunk):
            jobs: list[Job] = [(page, index.profile(page.doc_id)) for page in pages]
            for (page, _), result in zip(jobs, _results(jobs, pool), strict=True):
                if isinstance(result, StorylineError):
                    summary.reject(result)
                    store.mark_failed(page.doc_id, result.reason)
                else:
                    store.save_result(result)
                done += 1
                if progress:
                    progress("process", done, total)


def ingest_paths(paths: Iterable[str | Path], store: Store, settings: Settings,
                 progress: Progress | None = None) -> IngestSummary:  # fmt: skip
    """The ``storyline ingest`` job: store, process, merge. Safe to re-run at any point."""
    from storyline.merge import merge_pending

    summary = IngestSummary()
    store_pages(paths, store, settings, summary, progress)
    process_pending(store, settings, summary, progress)
    merged = merge_pending(store, settings)
    summary.events, summary.entities = merged.events, merged.entities
    return summary


__all__ = [
    "IngestSummary",
    "ingest_paths",
    "process_page",
    "process_pending",
    "process_safely",
    "store_pages",
]
