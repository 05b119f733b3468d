"""Records <-> the JSON kept in the store, so a stored row reads back as the same record."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from storyline.models import Actor, Article, DocEvent, DocResult, Entity, Event, Source


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def actor_from_dict(data: dict[str, Any]) -> Actor:
    return Actor(
        entity=data["entity"],
        name=data["name"],
        kind=data["kind"],
        country=data.get("country"),
        aliases=list(data.get("aliases") or []),
    )


def doc_event_from_dict(data: dict[str, Any]) -> DocEvent:
    fields = dict(data)
    fields["actors"] = [actor_from_dict(a) for a in data.get("actors", [])]
    fields["recipients"] = [actor_from_dict(a) for a in data.get("recipients", [])]
    return DocEvent(**fields)


def event_from_dict(data: dict[str, Any]) -> Event:
    fields = dict(data)
    fields["actors"] = [actor_from_dict(a) for a in data.get("actors", [])]
    fields["recipients"] = [actor_from_dict(a) for a in data.get("recipients", [])]
    fields["sources"] = [Source(**s) for s in data.get("sources", [])]
    return Event(**fields)


ARTICLE_COLUMNS = (
    "doc_id", "doc", "title", "body", "published", "published_estimate", "estimate_reason", "outlet",
    "author", "original_source", "lang", "url", "crawl_month", "extractor", "removed", "collected",
)  # fmt: skip


Row = tuple[Any, ...]


@dataclass(frozen=True)
class DocRows:
    """One document's results as the rows the store inserts.

    Built where the document was processed (a pool worker), so the process that
    owns the store only runs the inserts: encoding stays off the writer.
    """

    doc_id: str
    article: Row
    mentions: list[Row]
    times: list[Row]
    quotes: list[Row]
    events: list[tuple[str, str]]


def doc_rows(result: DocResult) -> DocRows:
    """The rows of one processed document; a publication estimate from annotation fills the article's."""
    art, ann = result.article, result.annotations
    values = {name: getattr(art, name) for name in ARTICLE_COLUMNS}
    values["removed"] = dumps(art.removed)
    if ann.published_estimate and not art.published_estimate:
        values["published_estimate"], values["estimate_reason"] = ann.published_estimate, ann.estimate_reason
    return DocRows(
        doc_id=art.doc_id,
        article=tuple(values.values()),
        mentions=[(m.doc_id, m.field, m.start, m.end, m.text, m.label, m.entity, m.name, m.kind, m.country)
                  for m in ann.mentions],
        times=[(t.doc_id, t.field, t.start, t.end, t.text, t.value, t.precision, t.value_end, t.anchor, t.rule)
               for t in ann.times],
        quotes=[(q.doc_id, q.field, q.start, q.end, q.text, q.speaker, q.speaker_entity, q.kind, q.cue)
                for q in ann.quotes],
        events=[(e.doc_id, dumps(asdict(e))) for e in ann.events],
    )  # fmt: skip


def article_from_row(row: Any) -> Article:
    values = {name: row[name] for name in ARTICLE_COLUMNS}
    values["removed"] = json.loads(values["removed"] or "[]")
    return Article(**values)


def entity_from_row(row: Any) -> Entity:
    return Entity(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        country=row["country"],
        aliases=json.loads(row["aliases"]),
        mentions=row["mentions"],
    )
