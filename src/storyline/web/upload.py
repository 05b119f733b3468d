"""Uploading pages through the browser: files or a zip, ingested like ``storyline ingest``.

Off unless the server was started with uploads allowed. Files are checked
before anything is ingested (size, zip member paths, page file types) and a
rejected upload says why; an accepted one becomes a job that runs the same
``ingest_paths`` as the CLI in a background thread, with a status page to poll.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
import uuid
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from storyline.config import Settings
from storyline.ingest.readers import KNOWN_SUFFIXES
from storyline.web.app import render

log = logging.getLogger(__name__)
router = APIRouter(include_in_schema=False)
CHUNK = 1 << 20
_INGEST_LOCK = threading.Lock()  # one writer at a time: SQLite takes a single writer


class UploadRejected(Exception):
    """An upload refused before ingest, with the HTTP status and the reason shown to the user."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class Job:
    """An ingest started from the browser, as its status page shows it."""

    id: str
    files: list[str]
    state: str = "queued"  # queued | running | done | failed
    phase: str = ""
    done: int = 0
    total: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _require_uploads(request: Request) -> None:
    if not request.app.state.allow_upload:
        raise HTTPException(
            404, "Uploads are disabled on this server: start it with `storyline serve --allow-upload`."
        )


def is_page_file(name: str) -> bool:
    return name.lower().endswith(KNOWN_SUFFIXES)


def _is_junk(path: PurePosixPath) -> bool:
    """Files archivers add beside the content (macOS resource forks, hidden files)."""
    return any(p.startswith(".") or p == "__MACOSX" for p in path.parts)


def safe_member(name: str) -> PurePosixPath:
    """A zip member's path when it stays inside the extraction folder, else UploadRejected."""
    path = PurePosixPath(name.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise UploadRejected(400, f"Unsafe path in zip: {name!r} would be written outside the upload folder.")
    return path


def unpack_zip(archive: Path, into: Path, max_bytes: int) -> list[Path]:
    """The page files of a zip, extracted after every member was checked."""
    try:
        with zipfile.ZipFile(archive) as zf:
            members = [m for m in zf.infolist() if not m.is_dir()]
            paths = [safe_member(m.filename) for m in members]
            kept = [(m, p) for m, p in zip(members, paths, strict=True) if not _is_junk(p)]
            members, paths = [m for m, _ in kept], [p for _, p in kept]
            others = [m.filename for m in members if not is_page_file(m.filename)]
            if others:
                raise UploadRejected(
                    415, f"Not page files in {archive.name}: {', '.join(others[:5])}. {_ACCEPTED}"
                )
            if sum(m.file_size for m in members) > max_bytes:
                raise UploadRejected(
                    413, f"{archive.name} expands beyond the {max_bytes:,}-byte upload limit."
                )
            out = []
            for member, rel in zip(members, paths, strict=True):
                target = into / Path(*rel.parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(member) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
                out.append(target)
            return out
    except zipfile.BadZipFile:
        raise UploadRejected(400, f"{archive.name} is not a readable zip archive.") from None


_ACCEPTED = "Accepted: " + ", ".join(KNOWN_SUFFIXES) + " files, or a .zip of them."


async def _save(upload: UploadFile, into: Path, budget: int) -> tuple[Path, int]:
    """Write one uploaded file under its bare name; its size counts against ``budget``."""
    name = Path((upload.filename or "").replace("\\", "/")).name
    if not name:
        raise UploadRejected(400, "An uploaded file has no name.")
    if not (is_page_file(name) or name.lower().endswith(".zip")):
        raise UploadRejected(415, f"Not a page file: {name!r}. {_ACCEPTED}")
    target = into / name
    size = 0
    with target.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > budget:
                raise UploadRejected(413, "The upload is larger than this server accepts.")
            out.write(chunk)
    return target, size


async def _stage(files: list[UploadFile], into: Path, max_bytes: int) -> list[Path]:
    """Every uploaded page on disk, zips unpacked; raises UploadRejected on the first problem."""
    pages, used = [], 0
    for upload in files:
        saved, size = await _save(upload, into, max_bytes - used)
        used += size
        if saved.name.lower().endswith(".zip"):
            folder = into / (saved.stem + "_zip")
            pages += unpack_zip(saved, folder, max_bytes)
            saved.unlink()
        else:
            pages.append(saved)
    if not pages:
        raise UploadRejected(400, f"No page files in the upload. {_ACCEPTED}")
    return pages


def run_job(job: Job, paths: list[Path], db_path: str, settings: Settings, folder: Path) -> None:
    """Ingest the staged files into the store, updating ``job`` as it goes; removes ``folder`` after."""
    from storyline.pipeline import ingest_paths
    from storyline.store import Store

    def progress(phase: str, done: int, total: int | None) -> None:
        job.phase, job.done, job.total = phase, done, total

    try:
        with _INGEST_LOCK, Store(db_path) as store:
            job.state = "running"
            summary = ingest_paths(paths, store, settings, progress)
        job.counts = {k: v for k, v in asdict(summary).items() if isinstance(v, int)}
        job.errors = list(summary.errors)
        job.state = "done"
    except Exception as exc:  # the job page must say it failed rather than spin for ever
        log.exception("upload job %s failed", job.id)
        job.state, job.errors = "failed", [*job.errors, f"{exc.__class__.__name__}: {exc}"]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _too_large(request: Request, max_bytes: int) -> bool:
    declared = request.headers.get("content-length", "")
    return declared.isdigit() and int(declared) > max_bytes + CHUNK  # the form's own bytes are allowed for


@router.get("/upload")
def upload_form(request: Request) -> Response:
    _require_uploads(request)
    return render(request, "upload.html", error=None, max_bytes=request.app.state.settings.max_upload_bytes)


@router.post("/upload")
async def receive_upload(request: Request) -> Response:
    _require_uploads(request)
    settings: Settings = request.app.state.settings
    folder = Path(tempfile.mkdtemp(prefix="storyline-upload-"))
    try:
        if _too_large(request, settings.max_upload_bytes):
            raise UploadRejected(413, "The upload is larger than this server accepts.")
        form = await request.form(max_files=10_000)
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        if not files:
            raise UploadRejected(400, f"Choose at least one file. {_ACCEPTED}")
        paths = await _stage(files, folder, settings.max_upload_bytes)
    except UploadRejected as exc:
        shutil.rmtree(folder, ignore_errors=True)
        limit = settings.max_upload_bytes
        message = exc.reason.replace(
            "larger than this server accepts", f"larger than the {limit:,}-byte limit"
        )
        return render(request, "upload.html", status_code=exc.status, error=message, max_bytes=limit)
    job = Job(uuid.uuid4().hex[:12], [p.name for p in paths])
    request.app.state.jobs[job.id] = job
    worker = threading.Thread(
        target=run_job, args=(job, paths, request.app.state.db_path, settings, folder), daemon=True
    )
    worker.start()
    return RedirectResponse(f"/upload/jobs/{job.id}", status_code=303)


def _job(request: Request, job_id: str) -> Job:
    _require_uploads(request)
    job: Job | None = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"No upload job {job_id!r}.")
    return job


@router.get("/upload/jobs/{job_id}")
def job_page(request: Request, job_id: str) -> Response:
    return render(request, "job.html", job=_job(request, job_id))


@router.get("/api/upload/jobs/{job_id}", include_in_schema=True, tags=["upload"])
def job_status(request: Request, job_id: str) -> dict[str, Any]:
    return asdict(_job(request, job_id))
