"""Read queries shared by the CLI, the exports and the web API.

Filters are pushed into SQL over indexed columns (events by date, actors by
entity, sources by outlet), so a timeline page stays fast at 100 000 events.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field

from storyline.models import Entity, Event
from storyline.store.codec import entity_from_row, event_from_dict


@dataclass
class EventFilter:
    """What a timeline asks for; every part optional."""

    entities: list[str] = field(default_factory=list)  # entity ids; an event must involve all of them
    date_from: str | None = None  # ISO prefix, inclusive
    date_to: str | None = None  # ISO prefix, inclusive
    types: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    include_background: bool = True


_AFTER_ISO = "~"  # sorts after every character an ISO date or datetime uses
_YEAR_GLOB = "[0-9][0-9][0-9][0-9]*"  # a stored date that starts on the calendar


@dataclass
class _Plan:
    """How a filter is answered: which index rows are walked in date order, and the other tests.

    An entity (else a single outlet) drives the walk through its ``(id, date, event_id)``
    index, so a filtered page reads only that entity's rows; without either, the events'
    own date index is walked. ``distinct`` because an entity or outlet may appear twice
    on one event.
    """

    rows: str  # the FROM clause
    key: str  # the column holding the event id
    date: str  # the column holding the event date
    clauses: list[str]
    params: list[object]
    distinct: bool

    def where(self, *extra: str) -> str:
        return " WHERE " + " AND ".join([*self.clauses, *extra]) if self.clauses or extra else ""

    def ids(self) -> str:
        """The matching event ids as a subquery."""
        return f"SELECT {self.key} FROM {self.rows}{self.where()}"


def _plan(flt: EventFilter) -> _Plan:
    entities, outlets = list(flt.entities), list(flt.outlets)
    clauses: list[str] = []
    params: list[object] = []
    if entities:
        rows, driven = "event_actors d", True
        clauses.append("d.entity_id = ?")
        params.append(entities.pop(0))
    elif len(outlets) == 1:
        rows, driven = "event_sources d", True
        clauses.append("d.outlet = ?")
        params.append(outlets.pop())
    else:
        rows, driven = "events e", False
    key, date = ("d.event_id", "d.date") if driven else ("e.id", "e.date")
    if flt.date_from:
        clauses.append(f"{date} >= ?")
        params.append(flt.date_from)
    if flt.date_to:  # every date the prefix starts, as a range the date index can answer
        clauses.append(f"{date} <= ?")
        params.append(flt.date_to + _AFTER_ISO)
    for entity in entities:
        clauses.append(f"{key} IN (SELECT event_id FROM event_actors WHERE entity_id=?)")
        params.append(entity)
    if outlets:
        clauses.append(f"{key} IN (SELECT event_id FROM event_sources WHERE outlet IN ({_marks(outlets)}))")
        params += outlets
    needs_event = bool(flt.types) or not flt.include_background
    if flt.types:
        clauses.append(f"e.type IN ({_marks(flt.types)})")
        params += [t.upper() for t in flt.types]
    if not flt.include_background:
        clauses.append("e.background = 0")
    if driven and needs_event:  # CROSS JOIN keeps the driving index outermost
        rows += " CROSS JOIN events e ON e.id = d.event_id"
    return _Plan(rows, key, date, clauses, params, driven)


def _marks(values: list[str]) -> str:
    return ",".join("?" * len(values))


def _where(flt: EventFilter) -> tuple[str, list[object]]:
    """The filter as a WHERE clause over ``events e``."""
    plan = _plan(flt)
    if not plan.distinct:
        return plan.where(), plan.params
    return f" WHERE e.id IN ({plan.ids()})", plan.params


def _events_by_id(conn: sqlite3.Connection, ids: list[str]) -> list[Event]:
    records = dict(conn.execute(f"SELECT id, record FROM events WHERE id IN ({_marks(ids)})", ids).fetchall())
    return [event_from_dict(json.loads(records[i])) for i in ids]


def _page_ids(conn: sqlite3.Connection, plan: _Plan, dated: bool, limit: int, offset: int) -> list[str]:
    """One half of the timeline order: dated by (date, id) or undated by id, each walking an index."""
    distinct = "DISTINCT " if plan.distinct else ""
    if dated:
        sql = (
            f"SELECT {distinct}{plan.date}, {plan.key} FROM {plan.rows}{plan.where(f'{plan.date} IS NOT NULL')}"
            f" ORDER BY {plan.date}, {plan.key}"
        )
    else:
        sql = f"SELECT {distinct}{plan.key} FROM {plan.rows}{plan.where(f'{plan.date} IS NULL')} ORDER BY {plan.key}"
    rows = conn.execute(f"{sql} LIMIT {int(limit)} OFFSET {int(offset)}", plan.params)
    return [r[-1] for r in rows]


def _count(conn: sqlite3.Connection, plan: _Plan, *extra: str, params: tuple[object, ...] = ()) -> int:
    what = f"count(DISTINCT {plan.key})" if plan.distinct else "count(*)"
    sql = f"SELECT {what} FROM {plan.rows}{plan.where(*extra)}"
    return int(conn.execute(sql, [*plan.params, *params]).fetchone()[0])


def find_events(
    conn: sqlite3.Connection, flt: EventFilter, limit: int | None = None, offset: int = 0
) -> list[Event]:
    """Events matching the filter in date order (undated last)."""
    if limit is None:
        where, params = _where(flt)
        rows = conn.execute(
            f"SELECT e.record FROM events e{where} ORDER BY e.date IS NULL, e.date, e.id", params
        )
        return [event_from_dict(json.loads(row[0])) for row in rows]
    plan = _plan(flt)
    ids = _page_ids(conn, plan, True, limit, offset)
    if len(ids) < limit:
        skip = max(0, offset - _count(conn, plan, f"{plan.date} IS NOT NULL")) if not ids else 0
        ids += _page_ids(conn, plan, False, limit - len(ids), skip)
    return _events_by_id(conn, ids)


def count_events(conn: sqlite3.Connection, flt: EventFilter) -> int:
    return _count(conn, _plan(flt))


def count_undated(conn: sqlite3.Connection, flt: EventFilter) -> int:
    plan = _plan(flt)
    return _count(conn, plan, f"{plan.date} IS NULL")


def resolve_entity(conn: sqlite3.Connection, name: str) -> list[str]:
    """Entity ids a user's words may mean: an id, a canonical name or any alias seen (accents ignored)."""
    from storyline.text import fold

    wanted = fold(name)
    ids = []
    for row in conn.execute("SELECT id, name, aliases FROM entities"):
        names = [row["id"], row["name"], *json.loads(row["aliases"])]
        if any(fold(n) == wanted for n in names):
            ids.append(row["id"])
    return ids


# -- read queries for the web pages and the JSON API ---------------------------


@dataclass
class Facet:
    """One value of a facet and how many results carry it."""

    value: str
    count: int
    label: str = ""  # a readable name when ``value`` is an id


@dataclass
class QuoteRow:
    """A stored quote with the article it comes from."""

    id: int
    doc_id: str
    start: int
    end: int
    text: str
    speaker: str | None
    kind: str | None
    title: str | None
    outlet: str | None
    published: str | None


@dataclass
class ArticleRow:
    """What a list of articles shows of each."""

    doc_id: str
    doc: str
    title: str | None
    outlet: str | None
    published: str | None
    published_estimate: str | None
    lang: str | None


@dataclass
class SearchHit:
    """One article or quote matching a search; ``highlights`` are spans of ``snippet``."""

    kind: str  # "article" | "quote"
    doc_id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    highlights: list[tuple[int, int]]
    speaker: str | None = None


@dataclass
class SearchResult:
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[Facet]]


_HIT_OPEN, _HIT_CLOSE = "\x02", "\x03"  # snippet markers no page text contains


def ensure_fold(conn: sqlite3.Connection) -> None:
    """Register ``fold()`` in SQL so names compare accent- and case-insensitively."""
    from storyline.text import fold

    conn.create_function("fold", 1, lambda s: fold(s) if isinstance(s, str) else s, deterministic=True)


def entity_ids_for(conn: sqlite3.Connection, value: str) -> list[str]:
    """An entity id as given, else the ids its name or aliases resolve to, most mentioned first."""
    if conn.execute("SELECT 1 FROM entities WHERE id=?", (value,)).fetchone():
        return [value]
    ids = resolve_entity(conn, value)
    if len(ids) > 1:
        marks = ",".join("?" * len(ids))
        rows = conn.execute(f"SELECT id FROM entities WHERE id IN ({marks}) ORDER BY mentions DESC, id", ids)
        ids = [r[0] for r in rows]
    return ids


def complete_entities(
    conn: sqlite3.Connection, q: str = "", kind: str | None = None, limit: int = 10, offset: int = 0
) -> tuple[int, list[Entity]]:
    """Entities whose name or an alias contains ``q`` (accents ignored), names starting with it first."""
    from storyline.text import fold

    ensure_fold(conn)
    clauses, params = [], []
    wanted = fold(q)
    if wanted:
        clauses.append("(instr(fold(name), ?) > 0 OR instr(fold(aliases), ?) > 0)")
        params += [wanted, wanted]
    if kind:
        clauses.append("kind = ?")
        params.append(kind)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    total = int(conn.execute(f"SELECT count(*) FROM entities{where}", params).fetchone()[0])
    rows = conn.execute(
        f"SELECT * FROM entities{where} ORDER BY instr(fold(name), ?) <> 1, mentions DESC, name"
        " LIMIT ? OFFSET ?",
        [*params, wanted, limit, offset],
    )
    return total, [entity_from_row(r) for r in rows]


def co_actors(conn: sqlite3.Connection, entity_id: str, limit: int = 12) -> list[tuple[Entity, int]]:
    """The entities that share most events with ``entity_id``, with the number of shared events."""
    rows = conn.execute(
        "SELECT o.entity_id AS id, count(DISTINCT o.event_id) AS n FROM event_actors s"
        " JOIN event_actors o ON o.event_id = s.event_id AND o.entity_id <> s.entity_id"
        " WHERE s.entity_id = ? GROUP BY o.entity_id ORDER BY n DESC, o.entity_id LIMIT ?",
        (entity_id, limit),
    ).fetchall()
    found = []
    for row in rows:
        entity = conn.execute("SELECT * FROM entities WHERE id=?", (row["id"],)).fetchone()
        if entity:
            found.append((entity_from_row(entity), int(row["n"])))
    return found


def _quote_rows(conn: sqlite3.Connection, where: str, params: list[object], limit: int) -> list[QuoteRow]:
    rows = conn.execute(
        'SELECT q.id, q.doc_id, q.start, q."end", q.text, q.speaker, q.kind, a.title, a.outlet,'
        " COALESCE(a.published, a.published_estimate) AS published"
        f" FROM quotes q LEFT JOIN articles a ON a.doc_id = q.doc_id WHERE {where}"
        " ORDER BY published IS NULL, published, q.id LIMIT ?",
        [*params, limit],
    )
    return [QuoteRow(*tuple(r)) for r in rows]


def entity_quotes(conn: sqlite3.Connection, entity_id: str, limit: int = 50) -> list[QuoteRow]:
    """Quotes whose speaker resolves to the entity, oldest first."""
    where = "(q.speaker_entity = ? OR q.speaker_entity IN (SELECT key FROM entity_keys WHERE entity_id = ?))"
    return _quote_rows(conn, where, [entity_id, entity_id], limit)


def article_quotes(conn: sqlite3.Connection, doc_id: str) -> list[QuoteRow]:
    return _quote_rows(conn, "q.doc_id = ?", [doc_id], 10_000)


def event_facets(conn: sqlite3.Connection, flt: EventFilter) -> dict[str, list[Facet]]:
    """Event types and outlets of the events matching the filter, most frequent first."""
    where, params = _where(flt)
    types = conn.execute(
        f"SELECT e.type, count(*) FROM events e{where} GROUP BY e.type ORDER BY 2 DESC, 1", params
    )
    outlets = conn.execute(
        "SELECT s.outlet, count(DISTINCT s.event_id) FROM event_sources s"
        f" WHERE s.outlet IS NOT NULL AND s.event_id IN (SELECT e.id FROM events e{where})"
        " GROUP BY s.outlet ORDER BY 2 DESC, 1",
        params,
    )
    return {
        "type": [Facet(r[0], r[1]) for r in types],
        "outlet": [Facet(r[0], r[1]) for r in outlets],
    }


def date_span(conn: sqlite3.Connection, flt: EventFilter, width: int = 4) -> tuple[str, str] | None:
    """The earliest and latest matching dates at least as precise as ``width`` (4 year, 7 month,
    10 day) and starting on the calendar, read off the ends of the date index."""
    pattern = {4: _YEAR_GLOB, 7: "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"}.get(
        width, "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*"
    )
    plan = _plan(flt)
    found = []
    for order in ("", " DESC"):
        sql = (
            f"SELECT {plan.date} FROM {plan.rows}{plan.where(f'{plan.date} GLOB ?')}"
            f" ORDER BY {plan.date}{order} LIMIT 1"
        )
        row = conn.execute(sql, [*plan.params, pattern]).fetchone()
        if row is None:
            return None
        found.append(str(row[0]))
    return found[0], found[1]


def bucket_counts(conn: sqlite3.Connection, flt: EventFilter, keys: list[str]) -> list[Facet]:
    """Events dated within each ISO prefix (``2024``, ``2024-03``, ``2024-03-05``): one index range each.

    A range per bucket rather than ``GROUP BY substr(date)``, which computes and sorts
    every row: at 100 000 events the ranges are several times faster. A date less
    precise than the bucket (``2024`` in a month bucket) sorts before it and is not counted.
    """
    plan = _plan(flt)
    bounds = (f"{plan.date} >= ?", f"{plan.date} <= ?")
    return [Facet(k, _count(conn, plan, *bounds, params=(k, k + _AFTER_ISO))) for k in keys]


def list_articles(
    conn: sqlite3.Connection, outlet: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[ArticleRow]]:
    where, params = (" WHERE outlet = ?", [outlet]) if outlet else ("", [])
    total = int(conn.execute(f"SELECT count(*) FROM articles{where}", params).fetchone()[0])
    rows = conn.execute(
        "SELECT doc_id, doc, title, outlet, published, published_estimate, lang FROM articles"
        f"{where} ORDER BY COALESCE(published, published_estimate) DESC, doc_id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, [ArticleRow(*tuple(r)) for r in rows]


def article_spans(conn: sqlite3.Connection, doc_id: str) -> dict[str, list[sqlite3.Row]]:
    """The annotation rows of one article: mentions (``entity`` None until merged), times, event evidence."""
    mentions = conn.execute(
        'SELECT m.field, m.start, m."end", m.text, m.kind, m.label, e.id AS entity,'
        " COALESCE(e.name, m.name) AS name FROM mentions m"
        " LEFT JOIN entity_keys k ON k.key = m.entity LEFT JOIN entities e ON e.id = k.entity_id"
        ' WHERE m.doc_id = ? ORDER BY m.start, m."end"',
        (doc_id,),
    ).fetchall()
    times = conn.execute(
        'SELECT field, start, "end", text, value, precision FROM times WHERE doc_id = ? ORDER BY start',
        (doc_id,),
    ).fetchall()
    events = conn.execute(
        "SELECT event_id, json_extract(record, '$.type') AS type, json_extract(record, '$.start') AS start,"
        " json_extract(record, '$.end') AS \"end\" FROM doc_events WHERE doc_id = ? ORDER BY id",
        (doc_id,),
    ).fetchall()
    return {"mentions": mentions, "times": times, "events": events}


def fts_query(text: str) -> str | None:
    """The user's words as an FTS5 query of quoted prefix terms, so no input is read as syntax."""
    printable = "".join(c if c.isprintable() else " " for c in text)  # FTS5 stops reading at a NUL
    terms = [t.replace('"', '""') for t in printable.split() if t.strip('"')]
    return " ".join(f'"{t}"*' for t in terms) or None


def _highlighted(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Strip the snippet markers, keeping where they were as spans of the plain text."""
    plain, spans, start = [], [], 0
    size = 0
    for char in marked:
        if char == _HIT_OPEN:
            start = size
        elif char == _HIT_CLOSE:
            spans.append((start, size))
        else:
            plain.append(char)
            size += 1
    return "".join(plain), spans


def _matching_docs(conn: sqlite3.Connection, match: str) -> tuple[list[int], list[int]]:
    """Rowids of matching articles and ids of matching quotes, best first."""
    articles = conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank", (match,)
    ).fetchall()
    quotes = conn.execute(
        "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ? ORDER BY rank", (match,)
    ).fetchall()
    return [r[0] for r in articles], [r[0] for r in quotes]


def _search_facets(conn: sqlite3.Connection, doc_ids: list[str]) -> dict[str, list[Facet]]:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS hit_docs(doc_id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM hit_docs")
    conn.executemany("INSERT OR IGNORE INTO hit_docs VALUES (?)", [(d,) for d in doc_ids])
    outlets = conn.execute(
        "SELECT outlet, count(*) FROM articles WHERE doc_id IN (SELECT doc_id FROM hit_docs)"
        " AND outlet IS NOT NULL GROUP BY outlet ORDER BY 2 DESC, 1 LIMIT 20"
    )
    years = conn.execute(
        "SELECT substr(COALESCE(published, published_estimate), 1, 4) AS y, count(*) FROM articles"
        " WHERE doc_id IN (SELECT doc_id FROM hit_docs) AND y IS NOT NULL GROUP BY y ORDER BY y DESC"
    )
    entities = conn.execute(
        "SELECT k.entity_id, e.name, count(DISTINCT m.doc_id) AS n FROM mentions m"
        " JOIN entity_keys k ON k.key = m.entity JOIN entities e ON e.id = k.entity_id"
        " WHERE m.doc_id IN (SELECT doc_id FROM hit_docs)"
        " GROUP BY k.entity_id ORDER BY n DESC, e.name LIMIT 20"
    )
    return {
        "entity": [Facet(r[0], r[2], r[1]) for r in entities],
        "outlet": [Facet(r[0], r[1]) for r in outlets],
        "year": [Facet(r[0], r[1]) for r in years],
    }


def _docs_allowed(
    conn: sqlite3.Connection, outlet: str | None, year: str | None, entity: str | None
) -> set[str] | None:
    """Doc ids the facet filters leave, or None when no facet is chosen."""
    if not (outlet or year or entity):
        return None
    clauses, params = [], []
    if outlet:
        clauses.append("outlet = ?")
        params.append(outlet)
    if year:
        clauses.append("substr(COALESCE(published, published_estimate), 1, 4) = ?")
        params.append(year)
    if entity:
        clauses.append(
            "doc_id IN (SELECT m.doc_id FROM mentions m JOIN entity_keys k ON k.key = m.entity"
            " WHERE k.entity_id = ?)"
        )
        params.append(entity)
    rows = conn.execute(f"SELECT doc_id FROM articles WHERE {' AND '.join(clauses)}", params)
    return {r[0] for r in rows}


def search(
    conn: sqlite3.Connection,
    q: str,
    limit: int = 20,
    offset: int = 0,
    outlet: str | None = None,
    year: str | None = None,
    entity: str | None = None,
) -> SearchResult:
    """Articles then quotes matching every word of ``q`` (accent- and case-insensitive), with facets."""
    match = fts_query(q)
    if match is None:
        return SearchResult(0, [], {"entity": [], "outlet": [], "year": []})
    article_ids, quote_ids = _matching_docs(conn, match)
    keys = [("article", i) for i in article_ids] + [("quote", i) for i in quote_ids]
    docs = {key: _doc_of(conn, *key) for key in keys}
    allowed = _docs_allowed(conn, outlet, year, entity)
    if allowed is not None:
        keys = [k for k in keys if docs[k] in allowed]
    facets = _search_facets(conn, list(dict.fromkeys(docs[k] for k in keys)))
    hits = [_hit(conn, kind, rowid, match) for kind, rowid in keys[offset : offset + limit]]
    return SearchResult(len(keys), hits, facets)


def _doc_of(conn: sqlite3.Connection, kind: str, rowid: int) -> str:
    table, key = ("articles", "rowid") if kind == "article" else ("quotes", "id")
    return str(conn.execute(f"SELECT doc_id FROM {table} WHERE {key} = ?", (rowid,)).fetchone()[0])


def _hit(conn: sqlite3.Connection, kind: str, rowid: int, match: str) -> SearchHit:
    marks = (_HIT_OPEN, _HIT_CLOSE, "…", 24)
    if kind == "article":
        row = conn.execute(
            "SELECT a.doc_id, a.title, a.outlet, COALESCE(a.published, a.published_estimate),"
            " snippet(articles_fts, -1, ?, ?, ?, ?), NULL FROM articles_fts JOIN articles a"
            " ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? AND articles_fts.rowid = ?",
            (*marks, match, rowid),
        ).fetchone()
    else:
        row = conn.execute(
            "SELECT q.doc_id, a.title, a.outlet, COALESCE(a.published, a.published_estimate),"
            " snippet(quotes_fts, 0, ?, ?, ?, ?), q.speaker FROM quotes_fts JOIN quotes q"
            " ON q.id = quotes_fts.rowid LEFT JOIN articles a ON a.doc_id = q.doc_id"
            " WHERE quotes_fts MATCH ? AND quotes_fts.rowid = ?",
            (*marks, match, rowid),
        ).fetchone()
    snippet, spans = _highlighted(row[4] or "")
    return SearchHit(kind, row[0], row[1], row[2], row[3], snippet, spans, row[5])
