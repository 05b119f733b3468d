"""Ingest turns every kind of input into pages, and every bad input into one clear rejection."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyline.errors import RejectedInput
from storyline.ingest import content_id, iter_pages
from storyline.ingest.decode import decode_page, repair_mojibake
from storyline.models import Page

PAGE = "Titre de la page d'essai\n\nLe ministre a reçu son homologue à Niamey pour parler de coopération.\n"
HTML = (
    "<html><head><title>Essai</title></head><body><article><h1>Essai</h1>"
    "<p>Le ministre a reçu son homologue à Niamey pour parler de coopération régionale.</p>"
    "</article></body></html>"
)


def _items(*paths: Path | str) -> tuple[list[Page], list[RejectedInput]]:
    pages, errors = [], []
    for item in iter_pages(paths):
        (errors if isinstance(item, RejectedInput) else pages).append(item)
    return pages, errors


def _warc(records: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, html in records:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def test_text_and_html_files_become_pages(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    pages, errors = _items(tmp_path)
    assert [(p.doc, p.media_type) for p in pages] == [("a.txt", "text"), ("b.html", "html")]
    assert errors == []
    assert pages[0].doc_id == content_id(PAGE.encode())


def test_jsonl_lines_become_pages_and_broken_lines_are_reported(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "https://example.org/2024/03/29/a", "text": PAGE, "date": "2024-03-29"}),
        "{not json",
        json.dumps({"url": "https://example.org/b", "html": HTML}),
        json.dumps({"url": "https://example.org/c"}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    pages, errors = _items(tmp_path / "batch.jsonl")
    assert [(p.doc, p.media_type, p.date_hint) for p in pages] == [
        ("https://example.org/2024/03/29/a", "text", "2024-03-29"),
        ("https://example.org/b", "html", None),
    ]
    assert [e.describe() for e in errors] == [
        "batch.jsonl:2: invalid JSON (JSONDecodeError) [ingest]",
        "batch.jsonl:4: no 'html' or 'text' field [ingest]",
    ]


def test_warc_html_responses_become_pages(tmp_path: Path) -> None:
    (tmp_path / "crawl.warc.gz").write_bytes(
        _warc([("https://a.example/1", HTML), ("https://a.example/2", HTML + " ")])
    )
    pages, errors = _items(tmp_path / "crawl.warc.gz")
    assert [p.url for p in pages] == ["https://a.example/1", "https://a.example/2"]
    assert errors == []


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    data = _warc([("https://a.example/1", HTML), ("https://a.example/2", HTML * 40)])
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 200])
    pages, errors = _items(tmp_path / "cut.warc.gz")
    assert [p.url for p in pages] == ["https://a.example/1"]
    assert len(errors) == 1 and "truncated or corrupt WARC" in errors[0].reason


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary file, not a page"),
        ("big.txt", b"a" * 9_000_001, "page too large (9.0 MB > 8 MB)"),
    ],
)
def test_bad_files_are_rejected_with_their_reason(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(content)
    pages, errors = _items(tmp_path / name)
    assert pages == []
    assert [(e.doc, e.reason) for e in errors] == [(name, reason)]


def test_missing_path_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    pages, errors = _items(tmp_path / "nope", tmp_path / "a.txt")
    assert [p.doc for p in pages] == ["a.txt"]
    assert errors[0].reason == "no such file or folder"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1"])
def test_encodings_are_detected(encoding: str) -> None:
    text = "Le président malien a salué l'accord signé à Moscou, déclarant être « très honoré ».\n" * 3
    if encoding == "latin-1":
        text = text.replace("«", '"').replace("»", '"')
    decoded, _ = decode_page(text.encode(encoding), "x.txt")
    assert decoded == text


def test_mojibake_is_repaired() -> None:
    garbled = "La coopÃ©ration entre les deux pays sâ€™Ã©largit."
    assert repair_mojibake(garbled) == "La coopération entre les deux pays s’élargit."
    assert repair_mojibake("Déjà propre.") == "Déjà propre."


@given(st.binary(max_size=2000))
def test_decoding_never_fails_with_anything_but_a_rejection(raw: bytes) -> None:
    try:
        text, _ = decode_page(raw, "fuzz")
    except RejectedInput:
        return
    assert isinstance(text, str)


def test_gzip_bytes_in_a_txt_file_are_binary(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(gzip.compress(PAGE.encode() * 50))
    _, errors = _items(tmp_path / "x.txt")
    assert errors and errors[0].reason == "binary file, not a page"
