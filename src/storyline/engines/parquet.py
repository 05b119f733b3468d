"""Per-document results <-> Parquet, the exchange format between an engine and the store.

A batch of processed inputs is written as one *part*: the same file name
(``part-<file_no>-<record_no>-<digest>.parquet``, from the first input of the
part) under each table folder of ``out_dir``::

    articles/   the page (raw bytes, text, metadata, template line keys) and its Article
    mentions/   Mention rows          times/   TimeRef rows          quotes/   Quote rows
    events/     DocEvent rows as JSON text (actors nest too deeply for a flat table)
    failures/   inputs that gave no article: the page when there was one, the stage and reason

Every input carries its place in the input order (``file_no``, ``record_no``), so
``merge_parquet`` stores pages in the order a local ``ingest_paths`` would, and
the store (row order, near-duplicate originals, event ids) comes out the same.
Columns are derived from the record dataclasses, so a field added to a record
travels without touching this module. Part names are deterministic: a retried
batch overwrites its own files instead of adding copies.
"""

from __future__ import annotations

import hashlib
import json
import types
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin, get_type_hints

import pyarrow as pa
import pyarrow.parquet as pq

from storyline.config import Settings
from storyline.errors import StorylineError
from storyline.models import Annotations, Article, DocResult, Mention, Page, Quote, Record, TimeRef
from storyline.store import Store
from storyline.store.codec import doc_event_from_dict, dumps

if TYPE_CHECKING:
    from storyline.pipeline import IngestSummary

TABLES = ("articles", "mentions", "times", "quotes", "events", "failures")
ANNOTATION_TABLES: dict[str, type[Record]] = {"mentions": Mention, "times": TimeRef, "quotes": Quote}
# Page attribute -> column, prefixed where the Article has a field of the same name.
PAGE_COLUMNS = {
    f.name: f"page_{f.name}" if f.name in {a.name for a in fields(Article)} else f.name
    for f in fields(Page)
    if f.name != "doc_id"
}
ESTIMATE_COLUMNS = {"published_estimate": "ann_published_estimate", "estimate_reason": "ann_estimate_reason"}
_SCALARS: dict[Any, pa.DataType] = {
    str: pa.large_string(),
    int: pa.int64(),
    bool: pa.bool_(),
    float: pa.float64(),
    bytes: pa.large_binary(),
}


@dataclass
class Outcome:
    """What became of one input: its place in the input order, the page, and a result or an error.

    ``page`` is None only for inputs rejected before they became a page (empty,
    binary, unreadable); ``line_keys`` are the page's ``SiteIndex.line_keys``.
    """

    file_no: int
    record_no: int
    page: Page | None
    line_keys: list[str] = field(default_factory=list)
    result: DocResult | None = None
    error: StorylineError | None = None

    @property
    def order(self) -> tuple[int, int]:
        return self.file_no, self.record_no


# -- schemas ---------------------------------------------------------------


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a record field's annotation (optional, literal, list, scalar)."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        return arrow_type(next(a for a in get_args(hint) if a is not type(None)))
    if origin is Literal:
        return pa.large_string()
    if origin is list:
        return pa.list_(arrow_type(get_args(hint)[0]))
    return _SCALARS[hint]


def record_fields(cls: type[Record], rename: dict[str, str] | None = None) -> list[pa.Field]:
    """One Arrow field per dataclass field of ``cls``, optionally renamed."""
    hints = get_type_hints(cls)
    rename = rename or {}
    return [pa.field(rename.get(f.name, f.name), arrow_type(hints[f.name])) for f in fields(cls)]


_ORDER = [pa.field("file_no", pa.int64()), pa.field("record_no", pa.int64())]
_PAGE = [
    pa.field("doc_id", pa.large_string()),
    *(f for f in record_fields(Page, PAGE_COLUMNS) if f.name in PAGE_COLUMNS.values()),
    pa.field("line_keys", pa.list_(pa.large_string())),
]
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        _ORDER
        + _PAGE
        + [f for f in record_fields(Article) if f.name != "doc_id"]
        + [pa.field(name, pa.large_string()) for name in ESTIMATE_COLUMNS.values()]
    ),
    **{name: pa.schema(record_fields(cls)) for name, cls in ANNOTATION_TABLES.items()},
    "events": pa.schema([pa.field("doc_id", pa.large_string()), pa.field("record", pa.large_string())]),
    "failures": pa.schema(
        _ORDER + _PAGE + [pa.field(n, pa.large_string()) for n in ("doc", "stage", "reason")]
    ),
}


# -- records -> tables ---------------------------------------------------------


def _record_row(record: Record) -> dict[str, Any]:
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _page_row(outcome: Outcome) -> dict[str, Any]:
    row: dict[str, Any] = {"file_no": outcome.file_no, "record_no": outcome.record_no,
                           "line_keys": outcome.line_keys}  # fmt: skip
    if outcome.page is not None:
        row["doc_id"] = outcome.page.doc_id
        row.update({column: getattr(outcome.page, attr) for attr, column in PAGE_COLUMNS.items()})
    return row


def _article_row(outcome: Outcome, result: DocResult) -> dict[str, Any]:
    row = {**_page_row(outcome), **_record_row(result.article)}
    row.update({column: getattr(result.annotations, attr) for attr, column in ESTIMATE_COLUMNS.items()})
    return row


def _failure_row(outcome: Outcome) -> dict[str, Any]:
    error = outcome.error or StorylineError("no result")
    doc = error.doc or (outcome.page.doc if outcome.page else None)
    return {**_page_row(outcome), "doc": doc, "stage": error.stage, "reason": error.reason}


def outcome_tables(outcomes: Iterable[Outcome]) -> dict[str, pa.Table]:
    """The six tables of a batch, rows in input order."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for outcome in sorted(outcomes, key=lambda o: o.order):
        result = outcome.result
        if result is None:
            rows["failures"].append(_failure_row(outcome))
            continue
        rows["articles"].append(_article_row(outcome, result))
        ann = result.annotations
        rows["mentions"] += [_record_row(m) for m in ann.mentions]
        rows["times"] += [_record_row(t) for t in ann.times]
        rows["quotes"] += [_record_row(q) for q in ann.quotes]
        rows["events"] += [{"doc_id": e.doc_id, "record": dumps(asdict(e))} for e in ann.events]
    return {name: pa.Table.from_pylist(rows[name], schema=SCHEMAS[name]) for name in TABLES}


def part_name(outcomes: list[Outcome]) -> str:
    """Deterministic file name of a batch: its first input, then a digest of all of them."""
    ordered = sorted(o.order for o in outcomes)
    digest = hashlib.blake2b(repr(ordered).encode(), digest_size=6).hexdigest()
    file_no, record_no = ordered[0]
    return f"part-{file_no:08d}-{record_no:09d}-{digest}.parquet"


def write_part(out_dir: str | Path, outcomes: list[Outcome]) -> str:
    """Write one batch under every table folder of ``out_dir``; returns the part name."""
    name = part_name(outcomes)
    for table_name, table in outcome_tables(outcomes).items():
        folder = Path(out_dir) / table_name
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(table, folder / name)
    return name


# -- tables -> records ---------------------------------------------------------


def _error(row: dict[str, Any]) -> StorylineError:
    """The error of a failure row, as the class of the stage that raised it."""
    by_stage = {cls.stage: cls for cls in StorylineError.__subclasses__()}
    return by_stage.get(row["stage"], StorylineError)(row["reason"], row["doc"])


def page_from_row(row: dict[str, Any]) -> Page | None:
    """The page of an articles, failures or page row; None for an input rejected before it was one."""
    if row["doc_id"] is None:
        return None
    return Page(doc_id=row["doc_id"], **{attr: row[column] for attr, column in PAGE_COLUMNS.items()})


def _article(row: dict[str, Any]) -> Article:
    return Article(**{f.name: row[f.name] for f in fields(Article)})


def outcomes_from_tables(tables: dict[str, pa.Table]) -> list[Outcome]:
    """Rebuild the outcomes of ``outcome_tables`` (any subset of parts), in input order."""
    by_doc: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for name, cls in ANNOTATION_TABLES.items():
        for row in tables[name].to_pylist():
            by_doc[row["doc_id"]][name].append(cls(**row))
    for row in tables["events"].to_pylist():
        by_doc[row["doc_id"]]["events"].append(doc_event_from_dict(json.loads(row["record"])))
    outcomes = []
    for row in tables["articles"].to_pylist():
        found = by_doc[row["doc_id"]]
        estimate = {attr: row[column] for attr, column in ESTIMATE_COLUMNS.items()}
        annotations = Annotations(row["doc_id"], list(found["mentions"]), list(found["times"]),
                                  list(found["quotes"]), list(found["events"]), **estimate)  # fmt: skip
        result = DocResult(_article(row), annotations)
        outcomes.append(
            Outcome(row["file_no"], row["record_no"], page_from_row(row), row["line_keys"], result)
        )
    for row in tables["failures"].to_pylist():
        outcomes.append(Outcome(row["file_no"], row["record_no"], page_from_row(row), row["line_keys"],
                                error=_error(row)))  # fmt: skip
    return sorted(outcomes, key=lambda o: o.order)


def _read_parts(out_dir: Path, names: list[str]) -> dict[str, pa.Table]:
    tables: dict[str, pa.Table] = {}
    for table_name in TABLES:
        paths = [out_dir / table_name / n for n in names if (out_dir / table_name / n).is_file()]
        parts = [pq.read_table(p, schema=SCHEMAS[table_name]) for p in paths]
        tables[table_name] = pa.concat_tables(parts) if parts else SCHEMAS[table_name].empty_table()
    return tables


def _part_span(out_dir: Path, name: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """First and last input order of a part, read from its order columns only."""
    orders: list[tuple[int, int]] = []
    for table_name in ("articles", "failures"):
        path = out_dir / table_name / name
        if path.is_file():
            table = pq.read_table(path, columns=["file_no", "record_no"])
            orders += zip(table["file_no"].to_pylist(), table["record_no"].to_pylist(), strict=True)
    return (min(orders), max(orders)) if orders else ((-1, -1), (-1, -1))


def part_groups(out_dir: str | Path) -> list[list[str]]:
    """Part names grouped so that groups follow each other in input order.

    An engine that keeps the input order writes parts covering disjoint runs of
    inputs, and every group is a single part; parts whose runs overlap are read
    together and interleaved.
    """
    root = Path(out_dir)
    names = sorted({p.name for t in ("articles", "failures") for p in (root / t).glob("part-*.parquet")})
    spans = sorted((_part_span(root, n), n) for n in names)
    groups: list[list[str]] = []
    last_end: tuple[int, int] | None = None
    for (start, end), name in spans:
        if groups and last_end is not None and start <= last_end:
            groups[-1].append(name)
            last_end = max(last_end, end)
        else:
            groups.append([name])
            last_end = end
    return groups


def iter_outcomes(out_dir: str | Path) -> Iterator[Outcome]:
    """Every outcome under ``out_dir`` in input order, one group of parts in memory at a time."""
    root = Path(out_dir)
    for group in part_groups(root):
        yield from outcomes_from_tables(_read_parts(root, group))


# -- into the store ----------------------------------------------------------


def store_outcome(outcome: Outcome, store: Store, summary: IngestSummary) -> None:
    """Store one input as a local ingest would; a page already processed is left alone."""
    page = outcome.page
    if page is None:
        if outcome.error is not None:
            summary.reject(outcome.error)
        return
    summary.read += 1
    if store.add_page(page, outcome.line_keys):
        summary.new += 1
    else:
        summary.unchanged += 1
        if store.page_status(page.doc_id) != "new":
            return
    if outcome.result is not None:
        store.save_result(outcome.result)
    elif outcome.error is not None:
        summary.reject(outcome.error)
        store.mark_failed(page.doc_id, outcome.error.reason)


def merge_parquet(out_dir: str, store: Store, settings: Settings) -> IngestSummary:
    """Fold an engine's Parquet output into the store, then merge; re-running it is a no-op."""
    from storyline.merge import merge_pending
    from storyline.pipeline import IngestSummary

    summary = IngestSummary()
    for outcome in iter_outcomes(out_dir):
        store_outcome(outcome, store, summary)
    merged = merge_pending(store, settings)
    summary.events, summary.entities = merged.events, merged.entities
    return summary


__all__ = ["SCHEMAS", "TABLES", "Outcome", "iter_outcomes", "merge_parquet", "outcome_tables",
           "outcomes_from_tables", "write_part"]  # fmt: skip
