"""The whole job: read inputs, store pages, run the per-document stages, merge.

Per-document work (extract, annotate, events) is a pure function of a page and
its site profile: ``process_batch`` runs it on a batch of pages with spaCy
batched, in this process or in a process pool (``workers > 1``, the spaCy model
loaded once per worker), and ``process_page`` on one page (Ray); both give the
same result. Only ``merge_pending`` looks across documents, and only at what is
not yet merged, so new pages join the timeline without recomputing the corpus.
"""

from __future__ import annotations

import contextlib
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from storyline.config import Settings
from storyline.errors import ExtractionError, RejectedInput, StorylineError
from storyline.extract import extract_page
from storyline.extract.html import reader_view
from storyline.extract.templates import SiteIndex
from storyline.ingest import iter_pages
from storyline.models import Annotations, Article, DocResult, Page, SiteProfile
from storyline.store import Store
from storyline.store.codec import DocRows, doc_rows

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int | None], None]  # (phase, done, total)
Job = tuple[Page, SiteProfile | None]


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
    """Extract and annotate one page (Ray's unit of work; ``process_batch`` gives the same, batched)."""
    from storyline.annotate.pipeline import annotate

    article = _extracted(page, profile)
    return DocResult(article, annotate(article))


def _extracted(page: Page, profile: SiteProfile | None) -> Article:
    return replace(extract_page(page, profile), collected=page.collected)


def _rejection(page: Page, exc: Exception) -> StorylineError:
    """A failure on one page as the rejection reported for it; a bug on one page must not stop the batch."""
    if isinstance(exc, StorylineError):
        exc.doc = exc.doc or page.doc
        return exc
    log.error("unexpected failure on %s", page.doc, exc_info=exc)
    return ExtractionError(f"unexpected {exc.__class__.__name__}: {exc}", page.doc)


def process_safely(job: Job) -> DocResult | StorylineError:
    """``process_page`` with any failure turned into a reported rejection (local pool and Ray alike)."""
    page, profile = job
    try:
        return process_page(page, profile)
    except Exception as exc:
        return _rejection(page, exc)


Outcome = DocRows | StorylineError


def process_batch(jobs: list[Job]) -> list[Outcome]:
    """Extract and annotate pages, spaCy batched, as rows ready to store: the unit of pool work.

    Runs in a worker, so the process owning the store only inserts. The batch is
    cut from the input order, never by worker count, and spaCy's output does not
    depend on its batch, so any number of workers writes the same store.
    """
    from storyline.annotate.pipeline import annotate_docs, parse_batch

    extracted: list[Article | StorylineError] = []
    for page, profile in jobs:
        try:
            extracted.append(_extracted(page, profile))
        except Exception as exc:
            extracted.append(_rejection(page, exc))
    articles = [a for a in extracted if isinstance(a, Article)]
    try:
        parsed = iter(parse_batch(articles))
    except Exception:  # spaCy failed on some text: find which, page by page
        return [_outcome(process_safely(job)) for job in jobs]
    outcomes: list[Outcome] = []
    for (page, _), item in zip(jobs, extracted, strict=True):
        if isinstance(item, StorylineError):
            outcomes.append(item)
            continue
        docs = next(parsed)
        try:
            annotations = annotate_docs(item, *docs) if docs else Annotations(item.doc_id)
            outcomes.append(doc_rows(DocResult(item, annotations)))
        except Exception as exc:
            outcomes.append(_rejection(page, exc))
    return outcomes


def _outcome(result: DocResult | StorylineError) -> Outcome:
    return result if isinstance(result, StorylineError) else doc_rows(result)


T = TypeVar("T")
R = TypeVar("R")


def _in_order(
    work: Callable[[T], R], items: Iterable[T], pool: Executor | None, ahead: int
) -> Iterator[tuple[T, R]]:
    """(item, work(item)) in input order; with a pool, ``ahead`` items in flight so no worker waits on the writer."""
    if pool is None:
        for item in items:
            yield item, work(item)
        return
    flight: deque[tuple[T, Future[R]]] = deque()
    for item in items:
        flight.append((item, pool.submit(work, item)))
        if len(flight) >= ahead:
            first, future = flight.popleft()
            yield first, future.result()
    while flight:
        first, future = flight.popleft()
        yield first, future.result()


def template_keys(page: Page) -> list[str]:
    """Line keys of what a reader sees: for HTML the visible text, never the markup shared by every site."""
    if page.media_type == "html":
        text, declared = reader_view(page.text)
        return SiteIndex.line_keys(text, page.url, declared)
    return SiteIndex.line_keys(page.text, page.url)


def _keys_of(pages: list[Page]) -> list[list[str]]:
    return [template_keys(page) for page in pages]


def _page_batches(
    paths: Iterable[str | Path], settings: Settings, summary: IngestSummary
) -> Iterator[list[Page]]:
    """Readable inputs in batches of ``batch_size``; unreadable ones reported as they come."""
    batch: list[Page] = []
    for item in iter_pages(paths, settings.max_page_bytes):
        if isinstance(item, RejectedInput):
            summary.reject(item)
            continue
        batch.append(item)
        if len(batch) >= settings.batch_size:
            yield batch
            batch = []
    if batch:
        yield batch


def store_pages(paths: Iterable[str | Path], store: Store, settings: Settings, summary: IngestSummary,
                progress: Progress | None = None, pool: Executor | None = None) -> None:  # fmt: skip
    """Read every input and keep the new pages (raw bytes and template lines), a batch per transaction.

    With a pool, workers compute the template lines while this process reads and writes.
    """
    batches = _page_batches(paths, settings, summary)
    for pages, keys in _in_order(_keys_of, batches, pool, 2 * settings.workers):
        for added in store.add_pages(list(zip(pages, keys, strict=True))):
            summary.read += 1
            if added:
                summary.new += 1
            else:
                summary.unchanged += 1
            if progress:
                progress("read", summary.read, None)


def _pending_jobs(store: Store, index: SiteIndex, size: int) -> Iterator[list[Job]]:
    """Batches of pending pages with their site profiles, read as they are asked for."""
    for pages in store.iter_pending(size):
        yield [(page, index.profile(page.doc_id)) for page in pages]


def process_pending(store: Store, settings: Settings, summary: IngestSummary,
                    progress: Progress | None = None, pool: Executor | None = None) -> None:  # fmt: skip
    """Run the per-document stages on every stored page not yet processed.

    Pages are read from the store a batch at a time, so memory does not grow with
    the number of pending pages. With a pool, workers return rows ready to insert
    and a few batches stay in flight, so this process only reads pages and writes
    rows, one transaction per batch.
    """
    total = store.count_pending()
    if not total:
        return
    done = 0
    batches = _pending_jobs(store, SiteIndex.from_rows(store.line_rows()), settings.batch_size)
    for jobs, outcomes in _in_order(process_batch, batches, pool, 2 * settings.workers):
        rows, failures = [], []
        for (page, _), outcome in zip(jobs, outcomes, strict=True):
            if isinstance(outcome, StorylineError):
                summary.reject(outcome)
                failures.append((page.doc_id, outcome.reason))
            else:
                rows.append(outcome)
        store.save_batch(rows, failures)
        done += len(jobs)
        if progress:
            progress("process", done, total)


def _pool(settings: Settings) -> ProcessPoolExecutor | None:
    """Workers for both phases, started at their first task.

    Each loads the model at its first batch to annotate (``load_nlp`` keeps it), so
    the template lines of the reading phase do not wait for it.
    """
    return ProcessPoolExecutor(settings.workers) if settings.workers > 1 else None


def ingest_paths(paths: Iterable[str | Path], store: Store, settings: Settings,
                 progress: Progress | None = None) -> IngestSummary:  # fmt: skip
    """The ``storyline ingest`` job: store, process, merge. Safe to re-run at any point."""
    from storyline.merge import merge_pending

    summary = IngestSummary()
    pool = _pool(settings)
    with pool or contextlib.nullcontext():
        store_pages(paths, store, settings, summary, progress, pool)
        process_pending(store, settings, summary, progress, pool)
    merged = merge_pending(store, settings)
    summary.events, summary.entities = merged.events, merged.entities
    return summary


__all__ = [
    "IngestSummary",
    "ingest_paths",
    "process_batch",
    "process_page",
    "process_pending",
    "process_safely",
    "store_pages",
]
