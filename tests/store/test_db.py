"""The store keeps each document whole, reads back what it wrote, and upgrades in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storyline.errors import StoreError
from storyline.ingest import make_page
from storyline.models import (
    Actor,
    Annotations,
    Article,
    DocEvent,
    DocResult,
    Entity,
    Event,
    Mention,
    Quote,
    Source,
    TimeRef,
)
from storyline.store import Store
from storyline.store.codec import doc_rows
from storyline.store.queries import EventFilter, count_events, find_events
from storyline.store.schema import SCHEMA_VERSION

BODY = "Le ministre malien a reçu mardi son homologue nigérien à Bamako.\n\nIls ont parlé de sécurité."


def _result(doc_id: str) -> DocResult:
    article = Article(
        doc_id, "page.txt", "Visite à Bamako", BODY, published="2024-05-02", outlet="Sahel Matin"
    )
    actor = Actor("person:x", "X", "person", "ML")
    event = DocEvent(doc_id, "CONSULT", "visit", [actor], [], "2024-04-30", "day", None, "Bamako", [],
                     BODY.split("\n")[0], 0, 64)  # fmt: skip
    ann = Annotations(
        doc_id,
        mentions=[Mention(doc_id, "body", 50, 56, "Bamako", "LOC", "country:ML", "Mali", "country", "ML")],
        times=[TimeRef(doc_id, "body", 27, 32, "mardi", "2024-04-30", "day", anchor="2024-05-02")],
        quotes=[Quote(doc_id, "body", 0, 10, "Le ministre", "X", "person:x")],
        events=[event],
    )
    return DocResult(article, ann)


def test_a_page_is_stored_once(tmp_path: Path) -> None:
    page = make_page(b"Un texte de page assez long pour compter.", "a.txt")
    with Store(tmp_path / "s.db") as store:
        assert store.add_page(page, ["k1", "k2"]) is True
        assert store.add_page(page, ["k1", "k2"]) is False
        assert store.counts()["pages"] == 1
        assert sorted(store.line_rows()) == [(page.doc_id, "k1"), (page.doc_id, "k2")]
        assert [p.doc_id for p in store.pending_pages()] == [page.doc_id]


def test_results_read_back_as_written_and_replace_earlier_ones(tmp_path: Path) -> None:
    page = make_page(BODY.encode(), "page.txt")
    with Store(tmp_path / "s.db") as store:
        store.add_page(page)
        result = _result(page.doc_id)
        store.save_result(result)
        store.save_result(result)
        assert store.get_article(page.doc_id) == result.article
        assert store.annotations(page.doc_id) == result.annotations
        assert store.counts()["mentions"] == 1
        assert list(store.pending_pages()) == []
        assert store.unmerged_doc_ids() == [page.doc_id]


def test_a_quote_reads_back_with_the_identity_its_speaker_resolves_to(tmp_path: Path) -> None:
    page = make_page(BODY.encode(), "page.txt")
    with Store(tmp_path / "s.db") as store:
        store.add_page(page)
        store.save_result(_result(page.doc_id))
        assert [identity for _, _, identity in store.iter_quotes()] == [None]
        entity = Entity("person:xavier-y", "Xavier Y", "person", "ML", ["X", "Xavier Y"], 2)
        store.save_merge([entity], {"person:x": entity.id}, [], {}, {}, [page.doc_id])
        assert [(q.speaker, doc, identity) for q, doc, identity in store.iter_quotes()] == [
            ("X", "page.txt", "Xavier Y")
        ]


def test_a_batch_writes_what_saves_one_by_one_write_and_marks_failures(tmp_path: Path) -> None:
    pages = [make_page(f"{BODY} Page {n}.".encode(), f"p{n}.txt") for n in range(5)]
    tables = ("articles", "mentions", "times", "quotes", "doc_events")

    def rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
        return {
            t: [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in tables
        }

    with Store(tmp_path / "one.db") as one, Store(tmp_path / "batch.db") as batch:
        assert one.add_pages([(p, ["k"]) for p in pages]) == [True] * 5
        assert batch.add_pages([(p, ["k"]) for p in pages[:3]] + [(pages[0], ["k"])]) == [True] * 3 + [False]
        batch.add_pages([(p, ["k"]) for p in pages[3:]])
        for page in pages[:4]:
            one.save_result(_result(page.doc_id))
        one.mark_failed(pages[4].doc_id, "no body")
        read = []
        for chunk in batch.iter_pending(2):  # results written between reads
            read.append([p.doc_id for p in chunk])
            done = [doc_rows(_result(p.doc_id)) for p in chunk if p.doc_id != pages[4].doc_id]
            batch.save_batch(done, [(p.doc_id, "no body") for p in chunk if p.doc_id == pages[4].doc_id])
        assert read == [[p.doc_id for p in pages[i : i + 2]] for i in (0, 2, 4)]
        assert rows(batch) == rows(one) and rows(one)["mentions"]
        status = "SELECT doc_id, status, error FROM pages ORDER BY rowid"
        assert [tuple(r) for r in batch.conn.execute(status)] == [tuple(r) for r in one.conn.execute(status)]
        assert list(batch.iter_pending(2)) == []


def test_events_filter_by_entity_date_type_and_outlet(tmp_path: Path) -> None:
    a, b = Actor("person:a", "A", "person"), Actor("country:ML", "Mali", "country", "ML")
    src = Source("p.txt", "d1", "Sahel Matin", "2024-01-02", "A a appelé le Mali.", 0, 20)
    events = [
        Event(
            "e1", "CONSULT", "phone", "2024-01-01", None, "day", [a, b], [], None, "A calls Mali", [], [src]
        ),
        Event("e2", "AGREE", None, "2024-06", None, "month", [b], [], None, "Mali agrees", [], []),
    ]
    with Store(tmp_path / "s.db") as store:
        store.save_merge([Entity("person:a", "A", "person", None, ["A"], 1)], {}, events, {}, {}, [])
        conn = store.conn
        assert [e.id for e in find_events(conn, EventFilter())] == ["e1", "e2"]
        assert [e.id for e in find_events(conn, EventFilter(entities=["person:a"]))] == ["e1"]
        assert [e.id for e in find_events(conn, EventFilter(date_from="2024-02", date_to="2024"))] == ["e2"]
        assert [e.id for e in find_events(conn, EventFilter(types=["agree"]))] == ["e2"]
        assert [e.id for e in find_events(conn, EventFilter(outlets=["Sahel Matin"]))] == ["e1"]
        assert count_events(conn, EventFilter(date_to="2024-01-31")) == 1
        assert store.get_event("e1") == events[0]


def test_schema_version_is_recorded_and_newer_stores_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_full_text_search_ignores_accents_and_case(tmp_path: Path) -> None:
    page = make_page(BODY.encode(), "page.txt")
    with Store(tmp_path / "s.db") as store:
        store.add_page(page)
        store.save_result(_result(page.doc_id))
        hits = store.conn.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'securite'"
        ).fetchall()
        assert len(hits) == 1
