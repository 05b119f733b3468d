"""Uploads: refused unless allowed, checked before ingest, then ingested as a polled job."""

from __future__ import annotations

import io
import sys
import time
import types
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.config import Settings
from storyline.web.app import create_app

LIMIT = 4_000


class FakeIngest:
    """Stands in for storyline.pipeline.ingest_paths: records what it was given."""

    def __init__(self, fail: bool = False) -> None:
        self.seen: dict[str, bytes] = {}
        self.fail = fail

    def __call__(self, paths: list[Path], store: object, settings: Settings, progress=None) -> object:
        from dataclasses import dataclass, field

        if self.fail:
            raise RuntimeError("extractor crashed")
        self.seen = {p.name: p.read_bytes() for p in paths}
        if progress:
            progress("read", len(paths), None)

        @dataclass
        class Summary:
            read: int
            new: int
            unchanged: int = 0
            failed: int = 0
            errors: list[str] = field(default_factory=list)

        return Summary(len(paths), len(paths), errors=["junk.txt: empty page [ingest]"])


@pytest.fixture
def fake_ingest(monkeypatch: pytest.MonkeyPatch) -> FakeIngest:
    fake = FakeIngest()
    module = types.ModuleType("storyline.pipeline")
    module.ingest_paths = fake  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "storyline.pipeline", module)
    return fake


@pytest.fixture
def uploads(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(str(tmp_path / "up.db"), allow_upload=True, settings=Settings(max_upload_bytes=LIMIT))
    with TestClient(app) as test_client:
        yield test_client


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def finished(client: TestClient, location: str) -> dict:
    job_id = location.rsplit("/", 1)[1]
    for _ in range(200):
        status = client.get(f"/api/upload/jobs/{job_id}").json()
        if status["state"] in {"done", "failed"}:
            return status
        time.sleep(0.02)
    raise AssertionError("upload job never finished")


@pytest.mark.parametrize(
    ("method", "path"), [("GET", "/upload"), ("POST", "/upload"), ("GET", "/upload/jobs/x")]
)
def test_uploads_are_refused_unless_allowed(client: TestClient, method: str, path: str):
    response = client.request(method, path)
    assert response.status_code == 404
    assert "--allow-upload" in response.text


def test_upload_form_is_offered_when_allowed(uploads: TestClient):
    page = uploads.get("/upload").text
    assert 'enctype="multipart/form-data"' in page and "4,000 bytes" in page


def test_uploaded_files_are_ingested_as_a_job(uploads: TestClient, fake_ingest: FakeIngest):
    files = [
        ("files", ("one.txt", b"A page of text.", "text/plain")),
        ("files", ("../two.html", b"<p>Another page.</p>", "text/html")),
    ]
    response = uploads.post("/upload", files=files, follow_redirects=False)
    assert response.status_code == 303
    status = finished(uploads, response.headers["location"])
    assert status["state"] == "done"
    assert status["counts"]["read"] == 2 and status["errors"] == ["junk.txt: empty page [ingest]"]
    assert fake_ingest.seen == {"one.txt": b"A page of text.", "two.html": b"<p>Another page.</p>"}
    page = uploads.get(response.headers["location"]).text
    assert "Upload done" in page and "junk.txt: empty page" in page


def test_zip_of_pages_is_unpacked_and_ingested(uploads: TestClient, fake_ingest: FakeIngest):
    archive = zipped({"folder/a.txt": b"first", "b.html": b"<p>second</p>", "__MACOSX/._a.txt": b"x"})
    response = uploads.post("/upload", files={"files": ("batch.zip", archive, "application/zip")})
    assert response.status_code == 200  # followed to the job page
    status = finished(uploads, str(response.url))
    assert fake_ingest.seen == {"a.txt": b"first", "b.html": b"<p>second</p>"}
    assert status["files"] == ["a.txt", "b.html"]


@pytest.mark.parametrize(
    ("name", "data", "status", "message"),
    [
        ("photo.png", b"\x89PNG", 415, "Not a page file"),
        ("big.txt", b"x" * (LIMIT + 1), 413, "larger than the 4,000-byte limit"),
        ("evil.zip", zipped({"../../etc/cron.txt": b"x"}), 400, "Unsafe path in zip"),
        ("abs.zip", zipped({"/etc/passwd.txt": b"x"}), 400, "Unsafe path in zip"),
        ("mixed.zip", zipped({"a.txt": b"x", "notes.pdf": b"%PDF"}), 415, "notes.pdf"),
        ("bomb.zip", zipped({"a.txt": b"0" * (LIMIT * 50)}), 413, "expands beyond"),
        ("broken.zip", b"PK not really", 400, "not a readable zip"),
        ("empty.zip", zipped({}), 400, "No page files"),
    ],
)
def test_bad_uploads_are_rejected_with_a_reason(
    uploads: TestClient, fake_ingest: FakeIngest, name: str, data: bytes, status: int, message: str
):
    response = uploads.post("/upload", files={"files": (name, data, "application/octet-stream")})
    assert response.status_code == status
    assert message in response.text
    assert fake_ingest.seen == {}


def test_a_failing_ingest_marks_the_job_failed(uploads: TestClient, fake_ingest: FakeIngest):
    fake_ingest.fail = True
    response = uploads.post(
        "/upload", files={"files": ("a.txt", b"text", "text/plain")}, follow_redirects=False
    )
    status = finished(uploads, response.headers["location"])
    assert status["state"] == "failed"
    assert status["errors"] == ["RuntimeError: extractor crashed"]
