"""Files, folders, WARC archives and JSONL batches -> Page records.

Readers never stop a batch: every input that cannot become a page is yielded
as a ``RejectedInput`` naming the file (and line or record) and the reason, and
the caller counts it and goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from storyline.errors import RejectedInput
from storyline.ingest.decode import decode_page
from storyline.models import MediaType, Page

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
WARC_SUFFIXES = (".warc", ".warc.gz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES + JSONL_SUFFIXES + PARQUET_SUFFIXES
DEFAULT_MAX_BYTES = 8_000_000

Item = Page | RejectedInput


def content_id(raw: bytes) -> str:
    """Content hash: the same bytes are the same document, whatever their name."""
    return hashlib.sha256(raw).hexdigest()[:16]


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def make_page(
    raw: bytes,
    doc: str,
    media_type: MediaType | None = None,
    url: str | None = None,
    date_hint: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Page:
    """Decode and wrap one document; the media type is sniffed when not given."""
    if len(raw) > max_bytes:
        raise RejectedInput(f"page too large ({len(raw) / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB)", doc)
    text, encoding = decode_page(raw, doc)
    kind: MediaType = media_type or ("html" if _looks_like_html(text) else "text")
    return Page(content_id(raw), doc, raw, text, kind, url, date_hint, encoding)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | RejectedInput]:
    """Files as given, folders recursively (known page types only, in name order)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.lower().endswith(KNOWN_SUFFIXES) and not child.name.startswith("."):
                    yield child
        elif path.is_file():
            yield path
        else:
            yield RejectedInput("no such file or folder", str(given))


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every page one file holds (one, or many for WARC, JSONL and Parquet)."""
    name = path.name.lower()
    try:
        if name.endswith(WARC_SUFFIXES):
            yield from read_warc(path, max_bytes)
        elif name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(path, max_bytes)
        elif name.endswith(PARQUET_SUFFIXES):
            yield from read_parquet(path, max_bytes)
        else:
            yield _read_single(path, max_bytes)
    except OSError as exc:
        yield RejectedInput(f"cannot read ({exc.strerror or exc})", str(path))


def _read_single(path: Path, max_bytes: int) -> Item:
    size = path.stat().st_size
    if size > max_bytes:
        return RejectedInput(f"page too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB)", path.name)
    media: MediaType | None = None
    if path.name.lower().endswith(HTML_SUFFIXES):
        media = "html"
    elif path.name.lower().endswith(TEXT_SUFFIXES):
        media = "text"
    try:
        return make_page(path.read_bytes(), path.name, media, max_bytes=max_bytes)
    except RejectedInput as exc:
        return exc


def read_jsonl(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One page a line: ``url``, ``html`` or ``text``, optional ``date``; broken lines reported."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield RejectedInput(f"invalid JSON ({exc.__class__.__name__})", where)
                continue
            yield _jsonl_page(record, where, max_bytes)


def _jsonl_page(record: object, where: str, max_bytes: int) -> Item:
    if not isinstance(record, dict):
        return RejectedInput("a JSONL line must be an object", where)
    body = record.get("html") if record.get("html") else record.get("text")
    if not isinstance(body, str) or not body.strip():
        return RejectedInput("no 'html' or 'text' field", where)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    date = record.get("date") if isinstance(record.get("date"), str) else None
    media: MediaType = "html" if record.get("html") else "text"
    try:
        return make_page(body.encode("utf-8"), url or where, media, url, date, max_bytes)
    except RejectedInput as exc:
        return exc


def read_warc(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """HTML response records of a WARC file; a truncated archive keeps what was read.

    WARC-Date is the capture time, not the publication date: it is kept as ``collected``.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    with path.open("rb") as handle:
        try:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response" or not record.http_headers:
                    continue
                ctype = record.http_headers.get_header("Content-Type") or ""
                if "html" not in ctype.lower():
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                raw = record.content_stream().read()
                count += 1
                try:
                    page = make_page(raw, url or f"{path.name}#{count}", "html", url, None, max_bytes)
                    yield replace(page, collected=captured)
                except RejectedInput as exc:
                    yield exc
            if path.name.lower().endswith(".gz"):
                _check_gzip_complete(path)
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
            reason = "truncated or corrupt WARC" + (f" after {count} records" if count else "")
            yield RejectedInput(f"{reason} ({exc.__class__.__name__})", path.name)


def _check_gzip_complete(path: Path) -> None:
    """Raise EOFError on a cut gzip stream: warcio ends such an archive silently."""
    with gzip.open(path, "rb") as stream:
        while stream.read(1 << 20):
            pass


def read_parquet(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Parquet shards with the JSONL columns (``url``, ``html`` or ``text``, ``date``)."""
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several unrelated types for a bad file
        yield RejectedInput(f"not a readable Parquet file ({exc.__class__.__name__})", path.name)
        return
    for batch_no, batch in enumerate(table.iter_batches(batch_size=256)):
        for row_no, record in enumerate(batch.to_pylist()):
            yield _jsonl_page(record, f"{path.name}:{batch_no * 256 + row_no + 1}", max_bytes)


def iter_pages(paths: Iterable[str | Path], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """All pages (or rejections) under the given paths, in a stable order."""
    for item in expand_paths(paths):
        if isinstance(item, RejectedInput):
            yield item
        else:
            yield from read_path(item, max_bytes)
