"""The HTML pages a journalist reads: timeline, event, entity, article, search.

Routes parse the request, call the store queries and hand plain values to the
templates; all page text reaches the browser through Jinja's autoescape.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, Response

from storyline.models import Article, Entity, Event, Source
from storyline.store.codec import article_from_row, entity_from_row, event_from_dict
from storyline.store.queries import (
    article_quotes,
    article_spans,
    co_actors,
    count_events,
    entity_quotes,
    event_facets,
    find_events,
    search,
)
from storyline.web.app import get_conn, render
from storyline.web.highlight import Segment, Span, locate, segments
from storyline.web.params import ISO_DATE_OR_EMPTY, TEXT_MAX, UnknownEntity, event_filter, present
from storyline.web.timeline import build_chart

router = APIRouter(include_in_schema=False)
Conn = Annotated[sqlite3.Connection, Depends(get_conn)]
PAGE_SIZE = 100
Text = Annotated[str | None, Query(max_length=TEXT_MAX)]
FormDate = Annotated[str | None, Query(pattern=ISO_DATE_OR_EMPTY)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


def link(kind: str, ident: str) -> str:
    """The page of one record: ``/events/<id>``, ``/entities/<id>``, ``/articles/<id>``."""
    return f"/{kind}/{quote(ident, safe='')}"


def query_url(params: list[tuple[str, str]], **changes: str | None) -> str:
    """``/?...`` with some parameters replaced (None removes them) and blank ones dropped."""
    kept = [(k, v) for k, v in params if k not in changes and v]
    kept += [(k, v) for k, v in changes.items() if v]
    return "?" + urlencode(kept) if kept else "?"


def _article(conn: sqlite3.Connection, doc_id: str) -> Article | None:
    row = conn.execute("SELECT * FROM articles WHERE doc_id=?", (doc_id,)).fetchone()
    return article_from_row(row) if row else None


def _chosen_entities(
    conn: sqlite3.Connection, ids: list[str], params: list[tuple[str, str]]
) -> list[tuple[Entity, str]]:
    """The entities filtered on, each with the URL of the same view without it."""
    rest = [(k, v) for k, v in params if k not in {"entity", "offset"}]
    chosen = []
    for entity_id in ids:
        row = conn.execute("SELECT * FROM entities WHERE id=?", (entity_id,)).fetchone()
        others = [("entity", other) for other in ids if other != entity_id]
        chosen.append((entity_from_row(row), query_url(rest + others)))
    return chosen


@router.get("/")
def timeline_page(
    request: Request,
    conn: Conn,
    entity: Annotated[list[str] | None, Query(max_length=TEXT_MAX)] = None,
    type: Text = None,
    outlet: Text = None,
    date_from: Annotated[str | None, Query(alias="from", pattern=ISO_DATE_OR_EMPTY)] = None,
    date_to: Annotated[str | None, Query(alias="to", pattern=ISO_DATE_OR_EMPTY)] = None,
    offset: Offset = 0,
) -> Response:
    params = list(request.query_params.multi_items())
    context: dict[str, Any] = {
        "params": params,
        "type": type or "",
        "outlet": outlet or "",
        "date_from": date_from or "",
        "date_to": date_to or "",
        "query_url": query_url,
    }
    try:
        flt = event_filter(conn, entity, [type or ""], [outlet or ""], date_from, date_to)
    except UnknownEntity as exc:
        return render(
            request,
            "timeline.html",
            status_code=404,
            notice=str(exc),
            events=[],
            total=0,
            chart=None,
            facets={},
            chosen=[],
            offset=0,
            page_size=PAGE_SIZE,
            **context,
        )
    chosen = _chosen_entities(conn, flt.entities, params)
    wider = replace(flt, types=[], outlets=[])
    return render(
        request,
        "timeline.html",
        events=find_events(conn, flt, PAGE_SIZE, offset),
        total=count_events(conn, flt),
        chart=build_chart(conn, flt),
        facets=event_facets(conn, wider),
        chosen=chosen,
        offset=offset,
        page_size=PAGE_SIZE,
        notice=None,
        **context,
    )


def _source_view(conn: sqlite3.Connection, source: Source) -> dict[str, Any]:
    """A source with the evidence marked inside its article's clean text."""
    article = _article(conn, source.doc_id)
    body = article.body if article else ""
    where = locate(body, source.evidence, source.start, source.end)
    spans = [Span(*where, "evidence")] if where else []
    return {
        "source": source,
        "article": article,
        "found": where is not None,
        "segments": segments(body, spans) if body else [],
    }


@router.get("/events/{event_id}")
def event_page(request: Request, conn: Conn, event_id: str) -> Response:
    row = conn.execute("SELECT record FROM events WHERE id=?", (event_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"No event with id {event_id!r}.")
    event: Event = event_from_dict(json.loads(row[0]))
    sources = [_source_view(conn, s) for s in event.sources]
    return render(request, "event.html", event=event, sources=sources, link=link)


@router.get("/entities/{entity_id}")
def entity_page(request: Request, conn: Conn, entity_id: str) -> Response:
    row = conn.execute("SELECT * FROM entities WHERE id=?", (entity_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"No entity with id {entity_id!r}.")
    entity = entity_from_row(row)
    flt = event_filter(conn, [entity.id])
    return render(
        request,
        "entity.html",
        entity=entity,
        chart=build_chart(conn, flt),
        events=find_events(conn, flt, 200),
        total=count_events(conn, flt),
        co_actors=co_actors(conn, entity.id),
        quotes=entity_quotes(conn, entity.id),
        link=link,
        params=[("entity", entity.id)],
        query_url=query_url,
    )


def _article_spans(conn: sqlite3.Connection, doc_id: str) -> dict[str, list[Span]]:
    """Every annotation of the article as display spans, per field; the narrowest kinds come first."""
    rows = article_spans(conn, doc_id)
    by_field: dict[str, list[Span]] = {"title": [], "body": []}
    for m in rows["mentions"]:
        href = link("entities", m["entity"]) if m["entity"] else None
        by_field[m["field"]].append(Span(m["start"], m["end"], "entity", f"{m['kind']}: {m['name']}", href))
    for t in rows["times"]:
        label = f"date: {t['value'] or '?'} ({t['precision']})"
        by_field[t["field"]].append(Span(t["start"], t["end"], "time", label))
    for q in article_quotes(conn, doc_id):
        by_field["body"].append(Span(q.start, q.end, "quote", f"quote: {q.speaker or 'unattributed'}"))
    for e in rows["events"]:
        href = link("events", e["event_id"]) if e["event_id"] else None
        by_field["body"].append(Span(int(e["start"]), int(e["end"]), "evidence", f"event: {e['type']}", href))
    return by_field


@router.get("/articles/{doc_id}")
def article_page(request: Request, conn: Conn, doc_id: str) -> Response:
    row = conn.execute("SELECT * FROM articles WHERE doc_id=?", (doc_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"No article with id {doc_id!r}.")
    article = article_from_row(row)
    spans = _article_spans(conn, doc_id)
    return render(
        request,
        "article.html",
        article=article,
        duplicate_of=row["duplicate_of"],
        link=link,
        title_segments=segments(article.title or "", spans["title"]),
        body_segments=segments(article.body, spans["body"]),
        counts={k: len(v) for k, v in article_spans(conn, doc_id).items()},
    )


@router.get("/articles/{doc_id}/raw")
def raw_page(conn: Conn, doc_id: str) -> PlainTextResponse:
    """The page as it was read, always as plain text so no stored markup ever runs."""
    row = conn.execute("SELECT text FROM pages WHERE doc_id=?", (doc_id,)).fetchone()
    if row is None:
        raise HTTPException(404, f"No page with id {doc_id!r}.")
    headers = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'"}
    return PlainTextResponse(row[0], headers=headers)


def _snippet(text: str, highlights: list[tuple[int, int]]) -> list[Segment]:
    return segments(text, [Span(a, b, "hit") for a, b in highlights])


@router.get("/search")
def search_page(
    request: Request,
    conn: Conn,
    q: Annotated[str, Query(max_length=TEXT_MAX)] = "",
    outlet: Text = None,
    year: Annotated[str | None, Query(pattern=r"^(\d{4})?$")] = None,
    entity: Text = None,
    offset: Offset = 0,
) -> Response:
    result = search(conn, q, 20, offset, outlet or None, year or None, entity or None)
    hits = [(h, _snippet(h.snippet, h.highlights)) for h in result.hits]
    chosen = {k: v for k, v in (("outlet", outlet), ("year", year), ("entity", entity)) if v}
    return render(
        request,
        "search.html",
        q=q,
        result=result,
        hits=hits,
        offset=offset,
        page_size=20,
        link=link,
        params=list(request.query_params.multi_items()),
        query_url=query_url,
        chosen=chosen,
        present=present,
    )
