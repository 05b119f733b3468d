"""The SQLite store: one file, WAL journal, versioned schema, whole documents per transaction.

Writes go through the methods here so that a document's article and
annotations land together or not at all (an ingest writes a batch of documents
per transaction): an ingest killed half-way leaves every committed document
whole and the rest marked ``new`` for the next run.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from storyline.errors import StoreError
from storyline.models import (
    Annotations,
    Article,
    DocEvent,
    DocResult,
    Entity,
    Event,
    Mention,
    Page,
    Quote,
    TimeRef,
)
from storyline.store.codec import (
    ARTICLE_COLUMNS,
    DocRows,
    article_from_row,
    doc_event_from_dict,
    doc_rows,
    dumps,
    entity_from_row,
    event_from_dict,
)
from storyline.store.schema import MIGRATIONS, SCHEMA_VERSION

_MENTION_COLUMNS = ("doc_id", "field", "start", "end", "text", "label", "entity", "name", "kind", "country")
_TIME_COLUMNS = (
    "doc_id",
    "field",
    "start",
    "end",
    "text",
    "value",
    "precision",
    "value_end",
    "anchor",
    "rule",
)
_QUOTE_COLUMNS = ("doc_id", "field", "start", "end", "text", "speaker", "speaker_entity", "kind", "cue")


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection with WAL, foreign keys and rows addressable by column name."""
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=10000")
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open store ({exc})", str(path)) from exc
    conn.row_factory = sqlite3.Row
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this file lacks; returns the schema version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(f"store schema v{version} is newer than this storyline (v{SCHEMA_VERSION})")
    for number in range(version, SCHEMA_VERSION):
        with conn:
            conn.executescript("BEGIN;" + MIGRATIONS[number] + f";PRAGMA user_version={number + 1};COMMIT;")
    return SCHEMA_VERSION


class Store:
    """Typed access to one storyline database."""

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise StoreError("no such store", str(path))
        self.conn = connect(self.path, readonly)
        if not readonly:
            migrate(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self.conn:
            yield self.conn

    # -- pages -------------------------------------------------------------

    def page_status(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT status FROM pages WHERE doc_id=?", (doc_id,)).fetchone()
        return row["status"] if row else None

    def add_page(self, page: Page, line_keys: Iterable[str] = ()) -> bool:
        """Store a page and its template line keys; False when these bytes are already stored."""
        return self.add_pages([(page, line_keys)])[0]

    def add_pages(self, pages: list[tuple[Page, Iterable[str]]]) -> list[bool]:
        """Store pages with their template line keys in one transaction; False where the bytes were stored."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        added = []
        with self.transaction() as conn:
            for page, line_keys in pages:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO pages(doc_id, doc, url, media_type, encoding, date_hint, raw, text,"
                    " ingested_at, collected) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (page.doc_id, page.doc, page.url, page.media_type, page.encoding, page.date_hint,
                     page.raw, page.text, now, page.collected or now[:10]),
                )  # fmt: skip
                added.append(cur.rowcount > 0)
                if added[-1]:
                    conn.executemany(
                        "INSERT OR IGNORE INTO page_lines(doc_id, line_key) VALUES (?,?)",
                        ((page.doc_id, key) for key in line_keys),
                    )
        return added

    def _page(self, row: sqlite3.Row) -> Page:
        return Page(row["doc_id"], row["doc"], row["raw"], row["text"], row["media_type"], row["url"],
                    row["date_hint"], row["encoding"], row["collected"])  # fmt: skip

    def get_page(self, doc_id: str) -> Page | None:
        row = self.conn.execute("SELECT * FROM pages WHERE doc_id=?", (doc_id,)).fetchone()
        return self._page(row) if row else None

    def pending_pages(self, limit: int = -1) -> list[Page]:
        """Pages stored but not yet extracted (at most ``limit``), in ingest order: what a re-run finishes."""
        sql = "SELECT * FROM pages WHERE status='new' ORDER BY rowid LIMIT ?"
        return [self._page(row) for row in self.conn.execute(sql, (limit,))]

    def iter_pending(self, size: int) -> Iterator[list[Page]]:
        """Pending pages in ingest order, ``size`` at a time.

        Each batch is read when asked for, continuing after the last row read, so results
        may be written between batches and memory does not grow with the backlog.
        """
        last = 0
        sql = "SELECT rowid AS at, * FROM pages WHERE status='new' AND rowid>? ORDER BY rowid LIMIT ?"
        while rows := self.conn.execute(sql, (last, size)).fetchall():
            last = rows[-1]["at"]
            yield [self._page(row) for row in rows]

    def count_pending(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM pages WHERE status='new'").fetchone()[0])

    def line_rows(self) -> Iterator[tuple[str, str]]:
        """(doc_id, line key) for every stored page: what site templates are learned from."""
        for row in self.conn.execute("SELECT doc_id, line_key FROM page_lines"):
            yield row[0], row[1]

    def mark_failed(self, doc_id: str, reason: str) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE pages SET status='failed', error=? WHERE doc_id=?", (reason, doc_id))

    # -- per-document results ---------------------------------------------

    def save_result(self, result: DocResult) -> None:
        """Article and annotations of one document, in one transaction."""
        self.save_batch([doc_rows(result)])

    def save_batch(self, docs: list[DocRows], failures: Iterable[tuple[str, str]] = ()) -> None:
        """Several documents' rows and (doc_id, reason) failures, in one transaction.

        Each document lands whole with the batch or not at all; rows go in in list order,
        so a batch writes the same rows, with the same ids, as one save per document.
        """
        ids = [(d.doc_id,) for d in docs]
        with self.transaction() as conn:
            for table in ("articles", "mentions", "times", "quotes", "doc_events"):
                conn.executemany(f"DELETE FROM {table} WHERE doc_id=?", ids)
            conn.executemany(
                f"INSERT INTO articles({','.join(ARTICLE_COLUMNS)}) VALUES ({','.join('?' * len(ARTICLE_COLUMNS))})",
                [d.article for d in docs],
            )
            conn.executemany(
                'INSERT INTO mentions(doc_id, field, start, "end", text, label, entity, name, kind, country)'
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                [row for d in docs for row in d.mentions],
            )
            conn.executemany(
                'INSERT INTO times(doc_id, field, start, "end", text, value, precision, value_end, anchor, rule)'
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                [row for d in docs for row in d.times],
            )
            conn.executemany(
                'INSERT INTO quotes(doc_id, field, start, "end", text, speaker, speaker_entity, kind, cue)'
                " VALUES (?,?,?,?,?,?,?,?,?)",
                [row for d in docs for row in d.quotes],
            )
            conn.executemany(
                "INSERT INTO doc_events(doc_id, record) VALUES (?,?)", [row for d in docs for row in d.events]
            )
            conn.executemany("UPDATE pages SET status='done', error=NULL WHERE doc_id=?", ids)
            conn.executemany(
                "UPDATE pages SET status='failed', error=? WHERE doc_id=?", [(r, d) for d, r in failures]
            )

    # -- articles ----------------------------------------------------------

    def get_article(self, doc_id: str) -> Article | None:
        row = self.conn.execute("SELECT * FROM articles WHERE doc_id=?", (doc_id,)).fetchone()
        return article_from_row(row) if row else None

    def iter_articles(self) -> Iterator[Article]:
        for row in self.conn.execute("SELECT * FROM articles ORDER BY doc, doc_id"):
            yield article_from_row(row)

    def counts(self) -> dict[str, int]:
        tables = ("pages", "articles", "mentions", "times", "quotes", "entities", "events")
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    # -- merge state -------------------------------------------------------

    def unmerged_doc_ids(self) -> list[str]:
        rows = self.conn.execute("SELECT doc_id FROM articles WHERE merged=0 ORDER BY rowid")
        return [r["doc_id"] for r in rows]

    def doc_events(self, doc_id: str) -> list[tuple[int, DocEvent]]:
        """The events one page reports, with their row ids (to link them to merged events)."""
        rows = self.conn.execute("SELECT id, record FROM doc_events WHERE doc_id=? ORDER BY id", (doc_id,))
        return [(r["id"], doc_event_from_dict(json.loads(r["record"]))) for r in rows]

    def mentions_of(self, doc_ids: list[str]) -> Iterator[Mention]:
        for doc_id in doc_ids:
            for row in self.conn.execute("SELECT * FROM mentions WHERE doc_id=?", (doc_id,)):
                yield Mention(**{k: row[k] for k in _MENTION_COLUMNS})

    def body_of(self, doc_id: str) -> str:
        row = self.conn.execute("SELECT body FROM articles WHERE doc_id=?", (doc_id,)).fetchone()
        return row["body"] if row else ""

    def merged_bodies(self) -> Iterator[tuple[str, str]]:
        yield from self.conn.execute("SELECT doc_id, body FROM articles WHERE merged=1 ORDER BY rowid")

    def save_merge(
        self,
        entities: list[Entity],
        keymap: dict[str, str],
        events: list[Event],
        links: dict[int, str],
        duplicates: dict[str, str],
        doc_ids: list[str],
        stale: Iterable[str] = (),
    ) -> None:
        """The outcome of one merge run, in one transaction: all of it or none.

        ``stale`` are ids of stored events that this merge folded into others.
        """
        with self.transaction() as conn:
            for event_id in stale:
                self._delete_event(conn, event_id)
            conn.executemany(
                "INSERT OR REPLACE INTO entities(id, name, kind, country, aliases, mentions) VALUES (?,?,?,?,?,?)",
                [(e.id, e.name, e.kind, e.country, dumps(e.aliases), e.mentions) for e in entities],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO entity_keys(key, entity_id) VALUES (?,?)", keymap.items()
            )
            for event in events:
                self._write_event(conn, event)
            conn.executemany(
                "UPDATE doc_events SET event_id=? WHERE id=?", [(e, i) for i, e in links.items()]
            )
            conn.executemany(
                "UPDATE articles SET duplicate_of=? WHERE doc_id=?", [(o, d) for d, o in duplicates.items()]
            )
            conn.executemany("UPDATE articles SET merged=1 WHERE doc_id=?", [(d,) for d in doc_ids])

    @staticmethod
    def _delete_event(conn: sqlite3.Connection, event_id: str) -> None:
        for table, key in (("events", "id"), ("event_actors", "event_id"), ("event_sources", "event_id")):
            conn.execute(f"DELETE FROM {table} WHERE {key}=?", (event_id,))

    @classmethod
    def _write_event(cls, conn: sqlite3.Connection, event: Event) -> None:
        cls._delete_event(conn, event.id)
        conn.execute(
            "INSERT INTO events(id, type, mode, date, date_end, precision, location, summary, background,"
            " n_sources, conflict, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (event.id, event.type, event.mode, event.date, event.date_end, event.precision, event.location,
             event.summary, int(event.background), len(event.sources), int(bool(event.conflicts)),
             dumps(asdict(event))),
        )  # fmt: skip
        roles = [(a, "actor") for a in event.actors] + [(r, "recipient") for r in event.recipients]
        conn.executemany(
            "INSERT INTO event_actors(event_id, entity_id, role, date) VALUES (?,?,?,?)",
            [(event.id, actor.entity, role, event.date) for actor, role in roles],
        )
        conn.executemany(
            "INSERT INTO event_sources(event_id, doc_id, outlet, published, date) VALUES (?,?,?,?,?)",
            [(event.id, s.doc_id, s.outlet, s.published, event.date) for s in event.sources],
        )

    def annotations(self, doc_id: str) -> Annotations:
        """The stored annotations of one document, as the annotate stage returned them."""
        ann = Annotations(doc_id)
        for row in self.conn.execute("SELECT * FROM mentions WHERE doc_id=? ORDER BY start", (doc_id,)):
            ann.mentions.append(Mention(**{k: row[k] for k in _MENTION_COLUMNS}))
        for row in self.conn.execute("SELECT * FROM times WHERE doc_id=? ORDER BY start", (doc_id,)):
            ann.times.append(TimeRef(**{k: row[k] for k in _TIME_COLUMNS}))
        for row in self.conn.execute("SELECT * FROM quotes WHERE doc_id=? ORDER BY start", (doc_id,)):
            ann.quotes.append(Quote(**{k: row[k] for k in _QUOTE_COLUMNS}))
        ann.events = [event for _, event in self.doc_events(doc_id)]
        return ann

    def iter_quotes(self) -> Iterator[tuple[Quote, str, str | None]]:
        """Every quote with the input name of its document and the canonical name of the
        identity its speaker resolves to across the corpus (a page may name its speaker by a
        surname only: "Ould Cheikhna" is "Mohamed Vall Ould Cheikhna")."""
        sql = (
            "SELECT q.*, a.doc AS doc, e.name AS identity FROM quotes q JOIN articles a USING (doc_id)"
            " LEFT JOIN entity_keys k ON k.key = q.speaker_entity"
            " LEFT JOIN entities e ON e.id = COALESCE(k.entity_id, q.speaker_entity)"
            " ORDER BY a.doc, q.start"
        )
        for row in self.conn.execute(sql):
            yield Quote(**{k: row[k] for k in _QUOTE_COLUMNS}), row["doc"], row["identity"]

    # -- identities and events ----------------------------------------------

    def entities(self) -> list[Entity]:
        rows = self.conn.execute("SELECT * FROM entities ORDER BY mentions DESC, name")
        return [entity_from_row(r) for r in rows]

    def get_entity(self, entity_id: str) -> Entity | None:
        row = self.conn.execute("SELECT * FROM entities WHERE id=?", (entity_id,)).fetchone()
        return entity_from_row(row) if row else None

    def entity_keymap(self) -> dict[str, str]:
        return {r["key"]: r["entity_id"] for r in self.conn.execute("SELECT key, entity_id FROM entity_keys")}

    def iter_events(self) -> Iterator[Event]:
        for row in self.conn.execute("SELECT record FROM events ORDER BY date IS NULL, date, id"):
            yield event_from_dict(json.loads(row["record"]))

    def get_event(self, event_id: str) -> Event | None:
        row = self.conn.execute("SELECT record FROM events WHERE id=?", (event_id,)).fetchone()
        return event_from_dict(json.loads(row["record"])) if row else None
