"""The web application: timeline, event, entity, article and search pages over one store, and
the JSON API they mirror.

Every request reads through its own read-only connection, so the server never
writes to the store except through an upload job (when allowed). Errors are
answered as JSON under ``/api`` and as a page elsewhere; nothing a user types
should reach the catch-all, which logs and answers 500 only for real bugs.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from storyline.config import Settings, load_settings
from storyline.store import Store, connect
from storyline.store.queries import ensure_fold

log = logging.getLogger(__name__)
HERE = Path(__file__).parent


def get_conn(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request (FastAPI dependency)."""
    conn = connect(request.app.state.db_path, readonly=True)
    ensure_fold(conn)
    try:
        yield conn
    finally:
        conn.close()


def templates(request: Request) -> Jinja2Templates:
    found: Jinja2Templates = request.app.state.templates
    return found


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    """A page from ``templates/`` with the app-wide context."""
    context.setdefault("allow_upload", request.app.state.allow_upload)
    return templates(request).TemplateResponse(request, name, context, status_code=status_code)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path in {"/openapi.json", "/docs"}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in {"query", "path", "body"})
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid")))
    return "; ".join(parts) or "invalid request"


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": message}, status_code=status)
    return render(request, "error.html", status_code=status, status=status, message=message)


def _install_error_handlers(app: FastAPI) -> None:
    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)  # FastAPI's is a subclass: routes and static files alike
        return _error(request, exc.status_code, str(exc.detail))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return _error(request, 422, _validation_message(exc))

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path, exc_info=exc)
        return JSONResponse({"detail": "internal error: see the server log"}, status_code=500)

    app.add_exception_handler(HTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Exception, on_unexpected)


def create_app(db_path: str, allow_upload: bool = False, settings: Settings | None = None) -> FastAPI:
    """The application over the store at ``db_path`` (created and migrated if needed)."""
    from storyline.web import api, pages, upload

    Store(db_path).close()  # build or upgrade the schema once, so requests can read only
    app = FastAPI(
        title="storyline",
        summary="A sourced timeline of events read out of news pages.",
        version="0.1.0",
    )
    app.state.db_path = db_path
    app.state.allow_upload = allow_upload
    app.state.settings = settings or load_settings()
    app.state.templates = Jinja2Templates(directory=HERE / "templates")
    app.state.jobs = {}
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(upload.router)
    _install_error_handlers(app)
    return app


def run(db_path: str, host: str = "127.0.0.1", port: int = 8000, allow_upload: bool = False) -> None:
    """Serve the app with uvicorn until interrupted (``storyline serve``)."""
    import uvicorn

    uvicorn.run(create_app(db_path, allow_upload), host=host, port=port)


__all__ = ["create_app", "get_conn", "run"]
