"""Records <-> the JSON kept in the store, so a stored row reads back as the same record."""

from __future__ import annotations

import json
from typing import Any

from storyline.models import Actor, Article, DocEvent, Entity, Event, Source


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
