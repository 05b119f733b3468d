"""Rows -> JSONL, CSV or Parquet on a stream or file.

Nested values (actors, sources, aliases) stay nested in JSONL and Parquet; CSV,
being flat, carries them as JSON text in their column, and so does Parquet for
mappings whose keys vary from row to row.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

FORMATS = ("jsonl", "csv", "parquet")


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    count = 0
    for row in rows:
        flat = {
            k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v for k, v in row.items()
        }
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)
        count += 1
    return count


def write_parquet(rows: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Parquet needs a file; lists become Arrow lists, mappings with open keys (conflicts) JSON text."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    materialised = [
        {k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v for k, v in row.items()}
        for row in rows
    ]
    pq.write_table(pa.Table.from_pylist(materialised), str(path))
    return len(materialised)
