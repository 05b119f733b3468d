"""A small store built from records written here (no scraped text), for the web tests.

Three pages: a state visit reported by two outlets that disagree on the day,
and a page whose text carries a script tag, to prove it is shown as text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from storyline.models import (
    Actor,
    Annotations,
    Article,
    DocEvent,
    DocResult,
    Entity,
    Event,
    Mention,
    Page,
    Quote,
    Source,
    TimeRef,
)
from storyline.store import Store

VISIT = "Le président Assimi Goïta a rencontré Vladimir Poutine à Moscou le 12 mars 2024."
VISIT_OTHER = "Assimi Goïta s'est rendu à Moscou le 13 mars 2024 pour voir Vladimir Poutine."
QUOTE = "Nous voulons bâtir un partenariat solide"
SCRIPT = "<script>alert(1)</script>"

BODIES = {
    "a": f"Bamako prépare une semaine chargée.\n\n{VISIT} Les deux dirigeants ont parlé d'énergie.\n\n"
    f"« {QUOTE} », a déclaré Assimi Goïta devant la presse.",
    "b": f"Une délégation malienne était attendue.\n\n{VISIT_OTHER}\n\nLe voyage a duré deux jours.",
    "c": f"Un lecteur a collé ce code dans un commentaire : {SCRIPT} puis la page a continué.\n\n"
    "Le Mali et la Russie ont signé un accord sur les engrais.",
}
TITLES = {"a": "Goïta chez Poutine", "b": "Voyage présidentiel à Moscou", "c": f"Un titre avec {SCRIPT}"}
OUTLETS = {"a": "Le Courrier du Sahel", "b": "Daily Savanna", "c": "Le Courrier du Sahel"}
PUBLISHED = {"a": "2024-03-13", "b": "2024-03-14", "c": "2023-11-02"}

GOITA = Actor("ml-goita", "Assimi Goïta", "person", "ML", ["Goïta", "Assimi Goita"])
PUTIN = Actor("ru-putin", "Vladimir Putin", "person", "RU", ["Vladimir Poutine", "Poutine"])
MALI = Actor("ml", "Mali", "country", "ML", ["Bamako"])
RUSSIA = Actor("ru", "Russia", "country", "RU", ["Russie", "Moscou"])


@dataclass
class Fixture:
    db: Path
    doc_ids: dict[str, str]
    visit_id: str = "ev-visit"
    deal_id: str = "ev-deal"
    undated_id: str = "ev-undated"


def doc_id_of(key: str) -> str:
    return hashlib.sha1(BODIES[key].encode()).hexdigest()[:16]


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def _mention(doc: str, body: str, text: str, actor: Actor, label: str = "PER") -> Mention:
    start, end = _span(body, text)
    return Mention(
        doc, "body", start, end, text, label, f"key:{actor.entity}", actor.name, actor.kind, actor.country
    )


def _result(key: str) -> DocResult:
    doc, body = doc_id_of(key), BODIES[key]
    article = Article(
        doc,
        f"{key}.html",
        TITLES[key],
        body,
        PUBLISHED[key],
        outlet=OUTLETS[key],
        author="Rédaction" if key == "a" else None,
        lang="fr",
    )
    ann = Annotations(doc)
    if key in {"a", "b"}:
        ann.mentions = [
            _mention(doc, body, "Assimi Goïta", GOITA),
            _mention(doc, body, "Vladimir Poutine", PUTIN),
            _mention(doc, body, "Moscou", RUSSIA, "LOC"),
        ]
        sentence = VISIT if key == "a" else VISIT_OTHER
        day = "12 mars 2024" if key == "a" else "13 mars 2024"
        ann.times = [TimeRef(doc, "body", *_span(body, day), day, f"2024-03-{day[:2]}", "day")]
        start, end = _span(body, sentence)
        ann.events = [
            DocEvent(
                doc,
                "CONSULT",
                "visit",
                [GOITA],
                [PUTIN],
                f"2024-03-{day[:2]}",
                "day",
                None,
                "Moscou",
                [],
                sentence,
                start,
                end,
            )
        ]
    if key == "a":
        ann.quotes = [Quote(doc, "body", *_span(body, QUOTE), QUOTE, "Assimi Goïta", "key:ml-goita")]
    if key == "c":
        ann.mentions = [
            _mention(doc, body, "Mali", MALI, "LOC"),
            _mention(doc, body, "Russie", RUSSIA, "LOC"),
        ]
        sentence = "Le Mali et la Russie ont signé un accord sur les engrais."
        start, end = _span(body, sentence)
        ann.events = [
            DocEvent(doc, "AGREE", None, [MALI], [RUSSIA], None, None, None, None, [], sentence, start, end)
        ]
    return DocResult(article, ann)


def _source(key: str, sentence: str, date: str | None) -> Source:
    start, end = _span(BODIES[key], sentence)
    return Source(f"{key}.html", doc_id_of(key), OUTLETS[key], PUBLISHED[key], sentence, start, end, date)


def _events() -> list[Event]:
    visit = Event(
        "ev-visit",
        "CONSULT",
        "visit",
        "2024-03-12",
        None,
        "day",
        [GOITA],
        [PUTIN],
        "Moscou",
        "Assimi Goïta meets Vladimir Putin in Moscow",
        ["diplomacy"],
        [_source("a", VISIT, "2024-03-12"), _source("b", VISIT_OTHER, "2024-03-13")],
        conflicts={"date": ["2024-03-12", "2024-03-13"]},
    )
    deal_sentence = "Le Mali et la Russie ont signé un accord sur les engrais."
    deal = Event(
        "ev-deal",
        "AGREE",
        None,
        "2023-11-01",
        None,
        "day",
        [MALI],
        [RUSSIA],
        None,
        "Mali and Russia sign a fertiliser deal",
        ["agriculture"],
        [_source("c", deal_sentence, None)],
    )
    undated = Event(
        "ev-undated",
        "SUPPORT",
        None,
        None,
        None,
        None,
        [RUSSIA],
        [GOITA],
        None,
        "Russia praises the Malian leader",
        [],
        [_source("a", VISIT, None)],
    )
    return [visit, deal, undated]


def _entities() -> list[Entity]:
    counts = {"ml-goita": 3, "ru-putin": 2, "ml": 1, "ru": 4}
    return [
        Entity(a.entity, a.name, a.kind, a.country, a.aliases, counts[a.entity])
        for a in (GOITA, PUTIN, MALI, RUSSIA)
    ]


def build_store(path: Path) -> Fixture:
    """Pages, per-document results and one merge, through the Store's own write methods."""
    with Store(path) as store:
        for key in BODIES:
            raw = f"<html><body><h1>{TITLES[key]}</h1><p>{BODIES[key]}</p></body></html>".encode()
            store.add_page(Page(doc_id_of(key), f"{key}.html", raw, raw.decode(), "html"))
            store.save_result(_result(key))
        keymap = {f"key:{e.id}": e.id for e in _entities()}
        links = {
            row[0]: ev
            for row, ev in zip(
                store.conn.execute("SELECT id FROM doc_events ORDER BY id").fetchall(),
                ["ev-visit", "ev-visit", "ev-deal"],
                strict=True,
            )
        }
        store.save_merge(_entities(), keymap, _events(), links, {}, [doc_id_of(k) for k in BODIES])
    return Fixture(path, {k: doc_id_of(k) for k in BODIES})
