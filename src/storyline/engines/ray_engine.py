"""The per-document stages on Ray Data, for corpora one machine cannot process in time.

The job has the shape of a local ``ingest_paths`` without the store:

1. the driver expands the inputs into a list of files (names only; no page is
   read in the driver) and Ray tasks read them into page rows, streaming;
2. a first pass computes every page's template line keys; the driver folds
   them into a ``SiteIndex`` and broadcasts it with ``ray.put``;
3. a second pass runs ``process_page`` in a pool of actors, each holding the
   spaCy model, and every batch is written as one Parquet part under
   ``out_dir`` (see ``storyline.engines.parquet``).

A page that fails, or an input that cannot become a page, is a row of the
``failures`` table, never a crashed job. ``merge_parquet`` then stores the
parts and merges, giving the store a local ingest of the same inputs gives.
"""

from __future__ import annotations

import datetime as dt
import logging
import resource
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from storyline.config import Settings, load_settings
from storyline.engines.parquet import PAGE_COLUMNS, SCHEMAS, Outcome, page_from_row, write_part
from storyline.errors import RejectedInput, StorylineError
from storyline.extract.templates import SiteIndex
from storyline.ingest.readers import expand_paths, read_path
from storyline.models import Page

if TYPE_CHECKING:
    import ray.data

log = logging.getLogger(__name__)

FILES_PER_READ_BATCH = 8  # files one read call opens; a WARC or JSONL shard streams out in page batches
PAGES_PER_BLOCK = 64  # pages per block leaving a read call
PAGES_PER_WORKER_BATCH = 32  # pages per actor call, and so per Parquet part
# A page row: its place in the input order, the page (null for a rejected input) or the rejection.
PAGE_SCHEMA = pa.schema([f for f in SCHEMAS["failures"] if f.name not in ("line_keys", "stage")])
STATUS_SCHEMA = pa.schema([pa.field("status", pa.string()), pa.field("rss_kb", pa.int64())])


# -- reading -----------------------------------------------------------------


def _page_row(file_no: int, record_no: int, item: Page | RejectedInput) -> dict[str, Any]:
    row: dict[str, Any] = {"file_no": file_no, "record_no": record_no}
    if isinstance(item, RejectedInput):
        return {**row, "doc": item.doc, "reason": item.reason}
    row.update({column: getattr(item, attr) for attr, column in PAGE_COLUMNS.items()})
    return {**row, "doc_id": item.doc_id, "doc": item.doc}


def read_files(files: pa.Table, max_bytes: int, today: str) -> Iterator[pa.Table]:
    """Page rows of a batch of input files, a block at a time (a large shard never sits whole).

    A page with no capture date is dated ``today``, the run's day, as the store
    dates the pages it is given.
    """
    rows: list[dict[str, Any]] = []
    for file in files.to_pylist():
        for record_no, item in enumerate(read_path(Path(file["path"]), max_bytes)):
            if isinstance(item, Page) and not item.collected:
                item = replace(item, collected=today)
            rows.append(_page_row(file["file_no"], record_no, item))
            if len(rows) >= PAGES_PER_BLOCK:
                yield pa.Table.from_pylist(rows, schema=PAGE_SCHEMA)
                rows = []
    if rows:
        yield pa.Table.from_pylist(rows, schema=PAGE_SCHEMA)


def _input_files(inputs: list[str]) -> tuple[list[dict[str, Any]], list[Outcome]]:
    """Files to read, numbered in ``iter_pages`` order, and the inputs that do not exist."""
    files: list[dict[str, Any]] = []
    missing: list[Outcome] = []
    for file_no, item in enumerate(expand_paths(inputs)):
        if isinstance(item, RejectedInput):
            missing.append(Outcome(file_no, 0, None, error=item))
        else:
            files.append({"path": str(item), "file_no": file_no})
    return files, missing


def page_dataset(files: list[dict[str, Any]], settings: Settings, blocks: int) -> ray.data.Dataset:
    """Page rows of the input files, read by Ray tasks."""
    import ray.data

    max_bytes = settings.max_page_bytes
    today = dt.datetime.now(dt.UTC).date().isoformat()

    def read(batch: pa.Table) -> Iterator[pa.Table]:
        return read_files(batch, max_bytes, today)

    listing = ray.data.from_items(files, override_num_blocks=max(1, min(len(files), blocks)))
    return listing.map_batches(read, batch_size=FILES_PER_READ_BATCH, batch_format="pyarrow")


def arrow_batches(dataset: ray.data.Dataset) -> Iterator[pa.Table]:
    """Stream a dataset's output to the driver as Arrow tables."""
    for batch in dataset.iter_batches(batch_format="pyarrow"):
        assert isinstance(batch, pa.Table)
        yield batch


# -- pass 1: site templates ----------------------------------------------------


def line_key_rows(pages: pa.Table) -> pa.Table:
    """(doc_id, key) rows of every page in a batch: what ``SiteIndex.from_rows`` learns from."""
    from storyline.pipeline import template_keys

    doc_ids: list[str] = []
    keys: list[str] = []
    for row in pages.to_pylist():
        page = page_from_row(row)
        if page is None:
            continue
        page_keys = template_keys(page)
        doc_ids += [page.doc_id] * len(page_keys)
        keys += page_keys
    return pa.table({"doc_id": pa.array(doc_ids, pa.string()), "key": pa.array(keys, pa.string())})


def learn_sites(pages: ray.data.Dataset) -> SiteIndex:
    """The site index of the whole input, built in the driver from streamed key rows.

    A page read twice (the same bytes under two names) is learned once, as the
    store keeps its line keys once; rows are learned in the store's key order
    (doc id, key) so that the index equals the one a local ingest builds.
    """

    def rows() -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        current, skip = None, False
        for batch in arrow_batches(pages.map_batches(line_key_rows, batch_format="pyarrow")):
            for doc_id, key in zip(batch["doc_id"].to_pylist(), batch["key"].to_pylist(), strict=True):
                if doc_id != current:
                    current, skip = doc_id, doc_id in seen
                    seen.add(doc_id)
                if not skip:
                    yield doc_id, key

    return SiteIndex.from_rows(rows())


# -- pass 2: the per-document stages ---------------------------------------------


class PageWorker:
    """A Ray actor: loads the spaCy model once, then processes and writes batches of pages."""

    def __init__(self, index: list[Any], out_dir: str) -> None:
        import ray

        from storyline.annotate.nlp import load_nlp

        held = index[0]
        self.index: SiteIndex = ray.get(held) if isinstance(held, ray.ObjectRef) else held
        self.out_dir = out_dir
        load_nlp("fr")

    def outcome(self, row: dict[str, Any]) -> Outcome:
        """Process one page row; any failure becomes the outcome's error."""
        from storyline.pipeline import process_safely, template_keys

        page = page_from_row(row)
        if page is None:
            rejection = RejectedInput(row["reason"], row["doc"])
            return Outcome(row["file_no"], row["record_no"], None, error=rejection)
        keys = template_keys(page)
        result = process_safely((page, self.index.profile(page.doc_id)))
        if isinstance(result, StorylineError):
            return Outcome(row["file_no"], row["record_no"], page, keys, error=result)
        return Outcome(row["file_no"], row["record_no"], page, keys, result=result)

    def __call__(self, pages: pa.Table) -> pa.Table:
        outcomes = [self.outcome(row) for row in pages.to_pylist()]
        if outcomes:
            write_part(self.out_dir, outcomes)
        statuses = ["rejected" if o.page is None else "done" if o.result else "failed" for o in outcomes]
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return pa.Table.from_pylist([{"status": s, "rss_kb": rss} for s in statuses], schema=STATUS_SCHEMA)


def _connect(address: str | None, num_cpus: int | None) -> bool:
    """Join the given cluster, or start a local one; True when this call started Ray."""
    import ray

    if ray.is_initialized():
        return False
    if address:
        ray.init(address=address, include_dashboard=False)
    else:
        ray.init(num_cpus=num_cpus, include_dashboard=False)
    return True


def run_ray(
    inputs: list[str],
    out_dir: str,
    address: str | None = None,
    num_cpus: int | None = None,
    settings: Settings | None = None,
) -> dict[str, int]:
    """Process ``inputs`` on Ray and write the Parquet tables under ``out_dir``; returns counts.

    ``address`` joins an existing cluster ("auto", "ray://host:10001"); without
    it a local Ray with ``num_cpus`` CPUs is started (and stopped at the end).
    Actors write their parts themselves, so on a cluster ``inputs`` and
    ``out_dir`` must be on a file system every node sees.
    """
    import ray
    import ray.data

    settings = settings or load_settings()
    started = _connect(address, num_cpus)
    options = ray.data.DataContext.get_current().execution_options
    keep_order = options.preserve_order
    options.preserve_order = True  # parts then cover disjoint runs of inputs: merge_parquet streams them
    try:
        cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        files, missing = _input_files(inputs)
        if missing:
            write_part(out_dir, missing)
        counts = {"files": len(files), "articles": 0, "failed": 0, "rejected": len(missing)}
        counts["peak_worker_rss_mb"] = 0
        if not files:
            return counts
        pages = page_dataset(files, settings, blocks=cpus * 4)
        index_ref = ray.put(learn_sites(pages))
        statuses = pages.map_batches(
            PageWorker,
            batch_size=PAGES_PER_WORKER_BATCH,
            batch_format="pyarrow",
            fn_constructor_kwargs={"index": [index_ref], "out_dir": str(Path(out_dir).resolve())},
            compute=ray.data.ActorPoolStrategy(min_size=1, max_size=cpus),
            num_cpus=1,
        )
        for batch in arrow_batches(statuses):
            for status in batch["status"].to_pylist():
                counts["articles" if status == "done" else status] += 1
            peak = max(batch["rss_kb"].to_pylist(), default=0) // 1024
            counts["peak_worker_rss_mb"] = max(counts["peak_worker_rss_mb"], peak)
        return counts
    finally:
        options.preserve_order = keep_order
        if started:
            ray.shutdown()


__all__ = ["PageWorker", "learn_sites", "page_dataset", "read_files", "run_ray"]
