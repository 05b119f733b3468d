"""Records -> the export rows of the contract other tools rely on (see README, "Exports").

Field names and meanings here are stable; fields may be added, never renamed.
"""

from __future__ import annotations

from typing import Any

from storyline.models import Actor, Article, Entity, Event, Quote


def article_row(article: Article) -> dict[str, Any]:
    return {
        "doc": article.doc,
        "doc_id": article.doc_id,
        "title": article.title,
        "published": article.published,
        "published_estimate": article.published_estimate,
        "estimate_reason": article.estimate_reason,
        "outlet": article.outlet,
        "author": article.author,
        "original_source": article.original_source,
        "lang": article.lang,
        "url": article.url,
        "crawl_month": article.crawl_month,
        "body": article.body,
    }


def _actor(actor: Actor, role: str) -> dict[str, Any]:
    return {
        "id": actor.entity,
        "name": actor.name,
        "aliases": actor.aliases,
        "kind": actor.kind,
        "country": actor.country,
        "role": role,
    }


def event_row(event: Event) -> dict[str, Any]:
    """``actors`` lists every participant; ``role`` tells actor from recipient (PLOVER)."""
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "date": event.date,
        "date_end": event.date_end,
        "precision": event.precision,
        "actors": [_actor(a, "actor") for a in event.actors]
        + [_actor(r, "recipient") for r in event.recipients],
        "location": event.location,
        "summary": event.summary,
        "topics": event.topics,
        "background": event.background,
        "act": event.act,
        "conflicts": event.conflicts,
        "sources": [
            {
                "doc": s.doc,
                "doc_id": s.doc_id,
                "outlet": s.outlet,
                "published": s.published,
                "evidence": s.evidence,
                "start": s.start,
                "end": s.end,
                "date": s.date,
                "background": s.background,
            }
            for s in event.sources
        ],
    }


def entity_row(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "country": entity.country,
        "aliases": entity.aliases,
        "mentions": entity.mentions,
    }


def quote_row(quote: Quote, doc: str, identity: str | None = None) -> dict[str, Any]:
    """``speaker`` is the name as the page resolves it; ``speaker_name`` the canonical name of
    the identity it belongs to across the corpus."""
    return {
        "doc": doc,
        "doc_id": quote.doc_id,
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_name": identity,
        "speaker_id": quote.speaker_entity,
        "kind": quote.kind,
        "cue": quote.cue,
        "field": quote.field,
        "start": quote.start,
        "end": quote.end,
    }
