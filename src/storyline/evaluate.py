"""``storyline eval``: run the pipeline on a folder and score it against a gold file.

The gold schema is the one of the development set (documented in the README,
"Evaluation"): ``entities`` (name -> kind, country, aliases), ``docs`` (per page:
title, published, outlet, author, body_first, body_last, not_body, quotes,
events) and ``events`` (id, role, type (coarse, or PLOVER's with an optional
mode), date, precision, optional range, participants). Names are compared case-
and accent-folded; a predicted actor matches a gold participant through any
alias, or through its country code for countries.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.table import Table

from storyline.config import load_settings
from storyline.exports import article_row, entity_row, event_row, quote_row
from storyline.pipeline import ingest_paths
from storyline.store import Store
from storyline.text import fold, squash

# gold coarse type -> does a (PLOVER type, mode) pair express it?
COARSE_TYPES: dict[str, Callable[[str, str], bool]] = {
    "PHONE_CALL": lambda t, m: t == "CONSULT" and m == "PHONE",
    "VISIT": lambda t, m: t == "CONSULT" and m == "VISIT",
    "MEETING": lambda t, m: t == "CONSULT" and m in {"VISIT", "THIRD-PARTY", "MULTILATERAL", ""},
    "SUMMIT": lambda t, m: t == "CONSULT" and m in {"MULTILATERAL", "THIRD-PARTY", "VISIT", ""},
    "AGREEMENT_SIGNED": lambda t, m: t in {"AGREE", "COOPERATE"},
    "STATEMENT": lambda t, m: t in {"ACCUSE", "SUPPORT", "REJECT", "PROTEST", "REQUEST", "CONSULT"},
    "ATTACK": lambda t, m: t == "ASSAULT",
    "MILITARY_OPERATION": lambda t, m: t in {"MOBILIZE", "COERCE", "ASSAULT"},
    "OTHER": lambda t, m: True,
}
Row = dict[str, Any]


def _key(text: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text or "")).split())


def _date(value: str | None) -> tuple[dt.date | None, str | None]:
    """ISO text -> (first day, precision)."""
    if not value:
        return None, None
    for pattern, precision in (
        (r"(\d{4})-(\d\d)-(\d\d)", "day"),
        (r"(\d{4})-(\d\d)$", "month"),
        (r"(\d{4})$", "year"),
    ):
        m = re.match(pattern, value)
        if m:
            parts = [int(p) for p in m.groups()] + [1] * (3 - len(m.groups()))
            return dt.date(*parts), precision
    return None, None


def date_matches(gold: Row, predicted: str | None) -> bool:
    """Day-precision gold: the day (±1) or inside its range; month-precision gold: the month."""
    day, precision = _date(predicted)
    gday, gprec = _date(gold["date"])
    if day is None or gday is None:
        return False
    lo = hi = gday
    if gold.get("range"):
        lo, hi = _date(gold["range"][0])[0] or gday, _date(gold["range"][1])[0] or gday
    if gold.get("precision") == "month" or gprec == "month":
        return precision in ("day", "month") and (day.year, day.month) in {
            (d.year, d.month) for d in (lo, hi, gday)
        }
    return precision == "day" and lo - dt.timedelta(days=1) <= day <= hi + dt.timedelta(days=1)


def actor_matches(actor: Row, participant: str, entities: dict[str, Row]) -> bool:
    info = entities.get(participant, {})
    keys = {_key(a) for a in info.get("aliases", [])} | {_key(participant)}
    names = [_key(actor.get("name"))] + [_key(a) for a in actor.get("aliases") or []]
    if any(k and (n == k or f" {k} " in f" {n} ") for n in names for k in keys):
        return True
    return info.get("kind") == "country" and (actor.get("country") or "").upper() == info.get("country")


def event_matches(gold: Row, event: Row, entities: dict[str, Row]) -> bool:
    needed = min(2, len(gold["participants"]))
    return date_matches(gold, event.get("date")) and _matched_participants(gold, event, entities) >= needed


def _matched_participants(gold: Row, event: Row, entities: dict[str, Row]) -> int:
    """How many gold participants distinct actors can stand for: a maximum matching, so a
    generic alias ("chef de l'État") of one participant does not take the actor another
    participant needs."""
    actors = list(event.get("actors") or [])
    fits = [
        [i for i, actor in enumerate(actors) if actor_matches(actor, participant, entities)]
        for participant in gold["participants"]
    ]
    owner: dict[int, int] = {}

    def assign(p: int, seen: set[int]) -> bool:
        for i in fits[p]:
            if i not in seen:
                seen.add(i)
                if i not in owner or assign(owner[i], seen):
                    owner[i] = p
                    return True
        return False

    return sum(assign(p, set()) for p in range(len(fits)))


PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})  # fmt: skip


def type_matches(gold: Row, event: Row) -> bool:
    """A gold type is coarse (``COARSE_TYPES``) or PLOVER's own, which the output's type must
    equal (and its mode too, where the gold gives one)."""
    etype, mode = (event.get("type") or "").upper(), (event.get("mode") or "").upper()
    if gold["type"] in PLOVER_TYPES:
        wanted = (gold.get("mode") or "").upper()
        return etype == gold["type"] and (not wanted or mode == wanted)
    return COARSE_TYPES.get(gold["type"], lambda t, m: False)(etype, mode)


def _names(doc: object) -> set[str]:
    """A document as gold may name it: the input name or URL, or the file name alone."""
    return {str(doc), Path(str(doc)).name}


def score_articles(gold: Row, articles: list[Row]) -> Row:
    by_doc = {Path(str(a["doc"])).name: a for a in articles} | {str(a["doc"]): a for a in articles}
    s = dict.fromkeys(("docs", "found", "title", "published", "outlet", "author", "body_first", "body_last",
                       "leaked", "not_body"), 0)  # fmt: skip
    for doc in gold["docs"]:
        s["docs"] += 1
        art = by_doc.get(doc["doc"]) or by_doc.get(doc.get("url", ""))
        if art is None:
            continue
        s["found"] += 1
        body = squash(art["body"] or "")
        s["title"] += squash(art["title"] or "") == squash(doc.get("title") or "")
        s["published"] += _date(art["published"])[0] == _date(doc.get("published"))[0]
        s["outlet"] += (art["outlet"] or None) == doc.get("outlet")
        s["author"] += (art["author"] or None) == doc.get("author")
        s["body_first"] += squash(doc["body_first"]) in body
        s["body_last"] += squash(doc["body_last"]) in body
        s["not_body"] += len(doc.get("not_body", []))
        s["leaked"] += sum(squash(line) in body for line in doc.get("not_body", []))
    return s


def score_entities(gold: Row, entities: list[Row]) -> Row:
    """A gold entity is found when exactly one stored identity carries its aliases."""
    found = split = 0
    for name, info in gold.get("entities", {}).items():
        keys = {_key(a) for a in info.get("aliases", [])} | {_key(name)}
        holders = {e["id"] for e in entities if keys & ({_key(e["name"])} | {_key(a) for a in e["aliases"]})}
        found += len(holders) >= 1
        split += len(holders) > 1
    return {"gold": len(gold.get("entities", {})), "found": found, "split": split}


def score_quotes(gold: Row, quotes: list[Row]) -> Row:
    entities = gold.get("entities", {})
    total = found = speaker = 0
    for doc in gold["docs"]:
        mine = [q for q in quotes if doc["doc"] in _names(q["doc"])]
        for gq in doc.get("quotes", []):
            total += 1
            start = _key(gq["starts"])[:60]
            hit = next((q for q in mine if start in _key(q["text"])), None)
            found += hit is not None
            speaker += hit is not None and actor_matches(_speaker_actor(hit), gq["speaker"], entities)
    return {"gold": total, "found": found, "speaker": speaker}


def _speaker_actor(quote: Row) -> Row:
    """A quote's speaker as an actor: its corpus identity, known also by the page's name."""
    return {"name": quote.get("speaker_name") or quote["speaker"], "aliases": [quote["speaker"]]}


def _duplicates(gold_events: list[Row], events: list[Row], matched: dict[str, list[int]]) -> int:
    """Predicted events beyond the first that fit the same gold event best (type first, then nearest date)."""
    owners: dict[str, int] = {}
    for i, event in enumerate(events):
        fits = [g for g in gold_events if i in matched[g["id"]]]
        if not fits:
            continue
        day = _date(event.get("date"))[0] or dt.date.min
        best = min(
            fits, key=lambda g: (not type_matches(g, event), abs(((_date(g["date"])[0] or day) - day).days))
        )
        owners[best["id"]] = owners.get(best["id"], 0) + 1
    return sum(n - 1 for n in owners.values())


def _conflated(
    gold_events: list[Row], events: list[Row], matched: dict[str, list[int]], docs_of: dict[str, set[str]]
) -> int:
    """Output events that hold two gold events of one kind: each carries a page that reports
    one of them and not the other (two legs of an envoy's tour a day apart told as one). A
    meeting and the agreement signed at its end are of two kinds and do not count."""
    count = 0
    for i, event in enumerate(events):
        pages = _carried(event)
        held = [
            g
            for g in gold_events
            if i in matched[g["id"]] and type_matches(g, event) and docs_of.get(g["id"])
        ]
        count += any(
            a["type"] == b["type"]
            and pages & (docs_of[a["id"]] - docs_of[b["id"]])
            and pages & (docs_of[b["id"]] - docs_of[a["id"]])
            for k, a in enumerate(held)
            for b in held[k + 1 :]
        )
    return count


def _carried(event: Row) -> set[str]:
    """The names of the pages an output event's sources come from."""
    return {n for s in event["sources"] for n in _names(s["doc"])}


def _pages_unreported(pages: set[str], events: list[Row], matching: list[int]) -> int:
    """Of the pages that report a gold event, those no matching event carries at all: the
    report was never read out of them, as opposed to read and left in another event."""
    return len(pages.difference(*(_carried(events[i]) for i in matching)))


def _most_pages_carried(pages: set[str], events: list[Row], matching: list[int]) -> int:
    """Of the pages that report a gold event, the most that one matching event carries:
    partial credit where ``merged`` gives none."""
    return max((len(pages & _carried(events[i])) for i in matching), default=0)


def score_events(gold: Row, events: list[Row]) -> Row:
    entities = gold.get("entities", {})
    main = [g for g in gold["events"] if g.get("role", "main") == "main"]
    matched = {
        g["id"]: [i for i, e in enumerate(events) if event_matches(g, e, entities)] for g in gold["events"]
    }
    good = {i for ids in matched.values() for i in ids}
    docs_of: dict[str, set[str]] = {}
    for doc in gold["docs"]:
        for event_id in doc.get("events", []):
            docs_of.setdefault(event_id, set()).add(doc["doc"])
    multi = [g for g in gold["events"] if len(docs_of.get(g["id"], ())) >= 2]
    carried = {g["id"]: _most_pages_carried(docs_of[g["id"]], events, matched[g["id"]]) for g in multi}
    merged = sum(carried[g["id"]] == len(docs_of[g["id"]]) for g in multi)
    return {
        "gold_main": len(main),
        "recall": sum(bool(matched[g["id"]]) for g in main),
        "typed": sum(any(type_matches(g, events[i]) for i in matched[g["id"]]) for g in main),
        "predicted": len(events),
        "matching": len(good),
        "precision": round(len(good) / len(events), 3) if events else 0.0,
        "duplicates": _duplicates(gold["events"], events, matched),
        "conflated": _conflated(gold["events"], events, matched, docs_of),
        "multi_source": len(multi),
        "merged": merged,
        "pages_carried": sum(carried.values()),
        "pages_reporting": sum(len(docs_of[g["id"]]) for g in multi),
        "pages_unreported": sum(_pages_unreported(docs_of[g["id"]], events, matched[g["id"]]) for g in multi),
        "missed": [g["id"] for g in main if not matched[g["id"]]],
        "gold_all": len(gold["events"]),
        "recall_all": sum(bool(matched[g["id"]]) for g in gold["events"]),
    }


def evaluate_store(gold: Row, store: Store) -> Row:
    return {
        "articles": score_articles(gold, [article_row(a) for a in store.iter_articles()]),
        "entities": score_entities(gold, [entity_row(e) for e in store.entities()]),
        "quotes": score_quotes(gold, [quote_row(*row) for row in store.iter_quotes()]),
        "events": score_events(gold, [event_row(e) for e in store.iter_events()]),
    }


def evaluate_folder(gold_path: Path, docs: Path, db: str | None = None) -> Row:
    """Ingest ``docs`` into ``db`` (a temporary store by default) and score it."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    settings = load_settings()
    with tempfile.TemporaryDirectory() as tmp:
        settings = settings.with_overrides(db=db or str(Path(tmp) / "eval.db"))
        with Store(settings.db) as store:
            ingest_paths([docs], store, settings)
            return evaluate_store(gold, store)


def render_scores(scores: Row) -> Table:
    table = Table("part", "measure", "value", title="storyline eval")
    a, e = scores["articles"], scores["events"]
    rows = [
        ("articles", "found", f"{a['found']}/{a['docs']}"),
        ("articles", "title", f"{a['title']}/{a['docs']}"),
        ("articles", "published", f"{a['published']}/{a['docs']}"),
        ("articles", "outlet / author", f"{a['outlet']}/{a['docs']} / {a['author']}/{a['docs']}"),
        ("articles", "body start + end", f"{a['body_first'] + a['body_last']}/{2 * a['docs']}"),
        ("articles", "boilerplate leaked", f"{a['leaked']}/{a['not_body']}"),
        ("entities", "found (split)", f"{scores['entities']['found']}/{scores['entities']['gold']}"
                                      f" ({scores['entities']['split']})"),
        ("quotes", "found / speaker", f"{scores['quotes']['found']} / {scores['quotes']['speaker']}"
                                      f" of {scores['quotes']['gold']}"),
        ("events", "recall (right day)", f"{e['recall']}/{e['gold_main']}"),
        ("events", "typed right", f"{e['typed']}/{e['gold_main']}"),
        ("events", "recall, background too", f"{e['recall_all']}/{e['gold_all']}"),
        ("events", "precision", f"{e['precision']:.2f} of {e['predicted']}"),
        ("events", "duplicates / conflated", f"{e['duplicates']} / {e['conflated']}"),
        ("events", "multi-outlet merged", f"{e['merged']}/{e['multi_source']}"),
        ("events", "their pages carried", f"{e['pages_carried']}/{e['pages_reporting']}"
                                          f" ({e['pages_unreported']} with no report)"),
        ("events", "missed", ", ".join(e["missed"]) or "-"),
    ]  # fmt: skip
    for row in rows:
        table.add_row(*row)
    return table
