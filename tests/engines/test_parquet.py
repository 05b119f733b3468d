"""Per-document results survive the trip through Parquet and fold into the store as a local ingest would."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from storyline.engines.parquet import (
    ANNOTATION_TABLES,
    SCHEMAS,
    Outcome,
    iter_outcomes,
    outcome_tables,
    outcomes_from_tables,
    part_groups,
    store_outcome,
    write_part,
)
from storyline.errors import ExtractionError, RejectedInput
from storyline.ingest import make_page
from storyline.models import Actor, Annotations, Article, DocEvent, DocResult, Mention, Quote, TimeRef
from storyline.pipeline import IngestSummary
from storyline.store import Store

BODY = (
    "La ministre sénégalaise a reçu jeudi son homologue gambien à Dakar.\n\n"
    "« Nous voulons avancer ensemble », a-t-elle déclaré après la rencontre."
)


def _outcome(file_no: int, record_no: int = 0, tag: str = "") -> Outcome:
    """A processed page of our own words; ``tag`` makes the bytes (and so the id) unique."""
    page = make_page(f"Visite à Dakar {tag}\n\n{BODY}".encode(), f"visit{tag}.txt", "text")
    doc_id = page.doc_id
    article = Article(
        doc_id,
        page.doc,
        f"Visite à Dakar {tag}",
        BODY,
        published="2024-03-07",
        outlet="Le Quotidien du Fleuve",
        lang="fr",
        removed=["Menu", "Abonnez-vous"],
    )
    actor = Actor("person:ministre-sn", "La ministre", "person", "SN", ["ministre sénégalaise"])
    guest = Actor("country:GM", "Gambie", "country", "GM")
    event = DocEvent(
        doc_id,
        "CONSULT",
        "visit",
        [actor],
        [guest],
        "2024-03-07",
        "day",
        None,
        "Dakar",
        ["diplomatie"],
        BODY.split("\n")[0],
        0,
        67,
        trigger="a reçu",
    )
    annotations = Annotations(
        doc_id,
        mentions=[
            Mention(doc_id, "body", 61, 66, "Dakar", "LOC", "place:dakar", "Dakar", "place", "SN"),
            Mention(doc_id, "title", 9, 14, "Dakar", "LOC", "place:dakar", "Dakar", "place", None),
        ],
        times=[
            TimeRef(doc_id, "body", 34, 39, "jeudi", "2024-03-07", "day", anchor="2024-03-07", rule="weekday")
        ],
        quotes=[
            Quote(
                doc_id,
                "body",
                69,
                104,
                "Nous voulons avancer ensemble",
                "La ministre",
                "person:ministre-sn",
                cue="a-t-elle déclaré",
            )
        ],
        events=[event],
        published_estimate="2024-03",
        estimate_reason="latest date in the text",
    )
    return Outcome(file_no, record_no, page, ["g:0011", "host:example.org"], DocResult(article, annotations))


def _failed(file_no: int) -> Outcome:
    page = make_page(b"Abonnez-vous\nMenu\nContact", "menu.txt", "text")
    return Outcome(file_no, 0, page, ["t:0022"], error=ExtractionError("no article in the page", page.doc))


def _doc_id(outcome: Outcome) -> str:
    assert outcome.page is not None
    return outcome.page.doc_id


def _rejected(file_no: int) -> Outcome:
    return Outcome(file_no, 0, None, error=RejectedInput("empty file", "empty.txt"))


def test_tables_hold_every_record_field() -> None:
    for name, cls in ANNOTATION_TABLES.items():
        assert SCHEMAS[name].names == [f.name for f in fields(cls)]
    assert {f.name for f in fields(Article)} <= set(SCHEMAS["articles"].names)
    assert {"raw", "text", "page_doc", "line_keys", "file_no", "record_no"} <= set(SCHEMAS["articles"].names)


@pytest.mark.parametrize(
    "outcomes",
    [
        pytest.param([_outcome(0)], id="one-article"),
        pytest.param([_outcome(2, tag="b"), _failed(1), _rejected(0), _outcome(3, tag="c")], id="mixed"),
        pytest.param([_rejected(0)], id="only-rejections"),
    ],
)
def test_tables_round_trip_to_equal_outcomes(outcomes: list[Outcome]) -> None:
    back = outcomes_from_tables(outcome_tables(outcomes))
    expected = sorted(outcomes, key=lambda o: o.order)
    assert [(o.order, o.page, o.line_keys, o.result) for o in back] == [
        (o.order, o.page, o.line_keys, o.result) for o in expected
    ]
    errors = [(type(o.error), o.error.reason, o.error.doc) if o.error else None for o in back]
    assert errors == [(type(o.error), o.error.reason, o.error.doc) if o.error else None for o in expected]


def test_annotation_rows_keep_their_order_within_a_document() -> None:
    outcome = _outcome(0)
    assert outcome.result is not None
    outcome.result.annotations.mentions.reverse()
    (back,) = outcomes_from_tables(outcome_tables([outcome]))
    assert back.result is not None
    assert back.result.annotations.mentions == outcome.result.annotations.mentions


def test_rewriting_a_batch_overwrites_its_part(tmp_path: Path) -> None:
    batch = [_outcome(0), _failed(1)]
    assert write_part(tmp_path, batch) == write_part(tmp_path, list(reversed(batch)))
    assert len(list((tmp_path / "articles").iterdir())) == 1
    assert len(list(iter_outcomes(tmp_path))) == 2


@pytest.mark.parametrize(
    ("parts", "groups"),
    [
        pytest.param([[0, 1], [2, 3], [4]], 3, id="disjoint-runs-stream-one-part-at-a-time"),
        pytest.param([[0, 2], [1, 3], [4]], 2, id="overlapping-runs-read-together"),
    ],
)
def test_parts_are_read_back_in_input_order(tmp_path: Path, parts: list[list[int]], groups: int) -> None:
    for numbers in reversed(parts):
        write_part(tmp_path, [_outcome(n, tag=str(n)) for n in numbers])
    assert len(part_groups(tmp_path)) == groups
    assert [o.file_no for o in iter_outcomes(tmp_path)] == [0, 1, 2, 3, 4]


def test_storing_outcomes_twice_changes_nothing(tmp_path: Path) -> None:
    outcomes = [_outcome(0), _failed(1), _rejected(2)]
    with Store(tmp_path / "s.db") as store:
        first = IngestSummary()
        for outcome in outcomes:
            store_outcome(outcome, store, first)
        counts = store.counts()
        second = IngestSummary()
        for outcome in outcomes:
            store_outcome(outcome, store, second)
        assert store.counts() == counts
        stored, sent = store.annotations(_doc_id(outcomes[0])), outcomes[0].result
        assert sent is not None
        sent_ann = sent.annotations
        assert (stored.events, stored.times, stored.quotes) == (
            sent_ann.events,
            sent_ann.times,
            sent_ann.quotes,
        )
        assert sorted(stored.mentions, key=str) == sorted(sent_ann.mentions, key=str)
        article = store.get_article(_doc_id(outcomes[0]))
        assert article is not None and article.published_estimate == "2024-03"
        assert store.page_status(_doc_id(outcomes[1])) == "failed"
    assert (first.read, first.new, first.failed) == (2, 2, 2)
    assert (second.read, second.new, second.unchanged, second.failed) == (2, 0, 2, 1)
    assert counts["pages"] == 2 and counts["articles"] == 1 and counts["mentions"] == 2
