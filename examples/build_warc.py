"""Build examples/crawl.warc.gz from the hand-written HTML pages in examples/warc_src/.

The demo corpus ships a small WARC so the WARC ingest path has real input, but a
binary archive cannot be reviewed; this script is the reviewable source. Each entry
of warc_src/manifest.json names an HTML file, the URL it is filed under and the
crawl time (WARC-Date). Run it again after editing the pages:

    .venv/bin/python examples/build_warc.py
"""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path
from typing import TypedDict

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SOURCE_DIR = HERE / "warc_src"
OUTPUT = HERE / "crawl.warc.gz"


class RecordSpec(TypedDict):
    file: str
    url: str
    warc_date: str


def load_manifest(source_dir: Path) -> list[RecordSpec]:
    """The records to write, in archive order."""
    specs: list[RecordSpec] = json.loads((source_dir / "manifest.json").read_text(encoding="utf-8"))
    return specs


def http_response_headers(body: bytes) -> StatusAndHeaders:
    """The HTTP status line and headers a server would have sent with the page."""
    return StatusAndHeaders(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
        protocol="HTTP/1.1",
    )


def write_warc(specs: list[RecordSpec], source_dir: Path, output: Path) -> int:
    """Write one gzipped ``response`` record per spec; return how many were written."""
    with output.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for spec in specs:
            body = (source_dir / spec["file"]).read_bytes()
            record = writer.create_warc_record(
                spec["url"],
                "response",
                payload=BytesIO(body),
                http_headers=http_response_headers(body),
                warc_headers_dict={"WARC-Date": spec["warc_date"]},
            )
            writer.write_record(record)
    return len(specs)


def main() -> None:
    count = write_warc(load_manifest(SOURCE_DIR), SOURCE_DIR, OUTPUT)
    print(f"wrote {count} records to {OUTPUT}")


if __name__ == "__main__":
    main()
