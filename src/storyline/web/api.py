"""The JSON API: what the pages show, as data. Routes parse and validate, queries do the work."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import JSONResponse, Response

from storyline.store.codec import article_from_row, entity_from_row, event_from_dict
from storyline.store.queries import (
    EventFilter,
    article_quotes,
    article_spans,
    co_actors,
    complete_entities,
    count_events,
    entity_quotes,
    find_events,
    list_articles,
    search,
)
from storyline.web.app import get_conn
from storyline.web.params import ISO_DATE, MAX_LIMIT, TEXT_MAX, UnknownEntity, event_filter
from storyline.web.timeline import build_chart

router = APIRouter(prefix="/api", tags=["api"], default_response_class=JSONResponse)
Conn = Annotated[sqlite3.Connection, Depends(get_conn)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page (1..500).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=TEXT_MAX)]
Entities = Annotated[
    list[str] | None,
    Query(
        alias="entity",
        max_length=TEXT_MAX,
        description="Entity id, name or alias; repeat to require several.",
    ),
]
DateFrom = Annotated[
    str | None, Query(alias="from", pattern=ISO_DATE, description="Earliest date, inclusive.")
]
DateTo = Annotated[str | None, Query(alias="to", pattern=ISO_DATE, description="Latest date, inclusive.")]


def as_json(data: dict[str, Any]) -> Response:
    """The records are plain JSON already: serialise them once, without FastAPI's generic encoder."""
    return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")


def _filter(
    conn: sqlite3.Connection,
    entity: list[str] | None,
    type: str | None,
    outlet: str | None,
    date_from: str | None,
    date_to: str | None,
) -> EventFilter:
    try:
        return event_filter(
            conn, entity, [type] if type else [], [outlet] if outlet else [], date_from, date_to
        )
    except UnknownEntity as exc:
        raise HTTPException(404, str(exc)) from None


@router.get("/events", summary="Events in date order (undated last), filtered")
def events(
    conn: Conn,
    entity: Entities = None,
    type: Text = None,
    outlet: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    flt = _filter(conn, entity, type, outlet, date_from, date_to)
    items = [e.to_dict() for e in find_events(conn, flt, limit, offset)]
    return as_json({"total": count_events(conn, flt), "limit": limit, "offset": offset, "items": items})


@router.get("/timeline", summary="Dated events counted per year, month or day for a filter")
def timeline(
    conn: Conn,
    entity: Entities = None,
    type: Text = None,
    outlet: Text = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> dict[str, Any]:
    return asdict(build_chart(conn, _filter(conn, entity, type, outlet, date_from, date_to)))


@router.get("/events/{event_id}", summary="One event with its sources")
def event(conn: Conn, event_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT record FROM events WHERE id=?", (event_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return event_from_dict(json.loads(row[0])).to_dict()


@router.get("/entities", summary="Entities whose name or an alias contains q (accents ignored)")
def entities(
    conn: Conn, q: Text = None, kind: Text = None, limit: Limit = 20, offset: Offset = 0
) -> dict[str, Any]:
    total, items = complete_entities(conn, q or "", kind, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": [e.to_dict() for e in items]}


@router.get("/entities/{entity_id}", summary="One entity, its co-actors and quotes")
def entity(conn: Conn, entity_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM entities WHERE id=?", (entity_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"no entity {entity_id!r}")
    found = entity_from_row(row)
    return {
        **found.to_dict(),
        "co_actors": [{"entity": e.to_dict(), "events": n} for e, n in co_actors(conn, found.id)],
        "quotes": [asdict(q) for q in entity_quotes(conn, found.id)],
    }


@router.get("/articles", summary="Articles, newest first")
def articles(conn: Conn, outlet: Text = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    total, items = list_articles(conn, outlet, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": [asdict(a) for a in items]}


@router.get("/articles/{doc_id}", summary="One article with its annotations")
def article(conn: Conn, doc_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM articles WHERE doc_id=?", (doc_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"no article {doc_id!r}")
    spans = article_spans(conn, doc_id)
    return {
        **article_from_row(row).to_dict(),
        "duplicate_of": row["duplicate_of"],
        "mentions": [dict(r) for r in spans["mentions"]],
        "times": [dict(r) for r in spans["times"]],
        "events": [dict(r) for r in spans["events"]],
        "quotes": [asdict(q) for q in article_quotes(conn, doc_id)],
    }


@router.get("/search", summary="Full-text search over articles and quotes, with facets")
def search_api(
    conn: Conn,
    q: Annotated[str, Query(min_length=1, max_length=TEXT_MAX)],
    outlet: Text = None,
    year: Annotated[str | None, Query(pattern=r"^\d{4}$")] = None,
    entity: Text = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    return asdict(search(conn, q, limit, offset, outlet, year, entity))
