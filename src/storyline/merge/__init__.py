"""Merge: the only stage that looks across documents.

``merge_pending`` takes the documents processed since the last merge and folds
them into what is stored: their names into the corpus identities, their pages
into near-duplicate groups, their events into the timeline. Earlier documents
are not re-read, so the cost of a merge follows the size of the new batch and
the number of events, not the size of the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from storyline.annotate.event_parts import country_actor
from storyline.annotate.identity import is_state_body_key
from storyline.config import Settings
from storyline.merge.duplicates import NearDuplicates
from storyline.merge.events import CONTEXT_SOURCES, EventMerger
from storyline.merge.identities import merge_identities
from storyline.models import Actor, Article, DocEvent, Entity, Source
from storyline.store import Store


@dataclass
class MergeSummary:
    docs: int
    entities: int
    events: int


def _corpus_actor(actor: Actor, keymap: dict[str, str], entities: dict[str, Entity]) -> Actor:
    """The page's actor as the corpus identity it was merged into, with the spellings of the
    identity and the page's own (a service the page counts its dead by: "four gendarmes")."""
    entity = entities.get(keymap.get(actor.entity, actor.entity))
    if entity is None:
        return actor
    aliases = list(entity.aliases) + [a for a in actor.aliases if a not in entity.aliases]
    return Actor(entity.id, entity.name, entity.kind, entity.country, aliases)


def _with_identities(event: DocEvent, keymap: dict[str, str], entities: dict[str, Entity]) -> DocEvent:
    return replace(
        event,
        actors=_with_states([_corpus_actor(a, keymap, entities) for a in event.actors], entities),
        recipients=_with_states([_corpus_actor(a, keymap, entities) for a in event.recipients], entities),
    )


def _with_states(side: list[Actor], entities: dict[str, Entity]) -> list[Actor]:
    """A party that turns out to be a state's armed service ("the AFL", an acronym another
    page defines) acts with its state, as "l'armée libérienne" does."""
    states = {a.country for a in side if a.kind == "country"}
    added: dict[str, Actor] = {}
    for a in side:
        if a.country and a.country not in states and is_state_body_key(a.entity, a.country):
            added[a.country] = _corpus_actor(country_actor(a.country, []), {}, entities)
    return side + list(added.values())


def source_of(article: Article, event: DocEvent) -> Source:
    """The page's report of an event, as the merged event cites it."""
    return Source(
        doc=article.doc, doc_id=article.doc_id, outlet=article.outlet,
        published=article.published or article.published_estimate,
        evidence=event.evidence, start=event.start, end=event.end,
        date=event.date, background=event.background,
    )  # fmt: skip


def _near_duplicates(store: Store, doc_ids: list[str], settings: Settings) -> dict[str, str]:
    """New pages that copy an earlier one (republications), mapped to the original."""
    index = NearDuplicates(threshold=settings.near_duplicate_threshold)
    for doc_id, body in store.merged_bodies():
        index.add(doc_id, body)
    found: dict[str, str] = {}
    for doc_id in doc_ids:
        original = index.add(doc_id, store.body_of(doc_id))
        if original is not None:
            found[doc_id] = original
    return found


def merge_pending(store: Store, settings: Settings) -> MergeSummary:
    """Fold every document processed since the last merge into identities and events."""
    doc_ids = store.unmerged_doc_ids()
    if not doc_ids:
        counts = store.counts()
        return MergeSummary(0, counts["entities"], counts["events"])
    mentions = list(store.mentions_of(doc_ids))
    entities, keymap = merge_identities(mentions, store.entities())
    keymap = {**store.entity_keymap(), **keymap}
    by_id = {e.id: e for e in entities}
    duplicates = _near_duplicates(store, doc_ids, settings)

    before = {e.id for e in store.iter_events()}
    merger = EventMerger(store.iter_events(), settings=settings)
    links: dict[int, str] = {}
    passing: list[tuple[int, Article, DocEvent]] = []  # few; they join what the others made, so last
    borrowed: list[tuple[int, Article, DocEvent]] = []  # dated by their page only: after the dated
    unanchored: list[tuple[int, Article, DocEvent]] = []  # of pages that give no date: they join, last

    def merge(row_id: int, article: Article, event: DocEvent) -> None:
        event = _with_identities(event, keymap, by_id)
        event_id = merger.add(event, source_of(article, event), copy_of=duplicates.get(article.doc_id))
        if event_id is not None:
            links[row_id] = event_id

    for doc_id in doc_ids:  # each page read once, its other reports merged at once
        article = store.get_article(doc_id)
        if article is None:
            continue
        for row_id, event in store.doc_events(doc_id):
            if event.date is None and not (article.published or article.published_estimate):
                unanchored.append((row_id, article, event))
            elif event.passing:
                passing.append((row_id, article, event))
            elif event.date_source in CONTEXT_SOURCES:
                borrowed.append((row_id, article, event))
            else:
                merge(row_id, article, event)
    for row_id, article, event in borrowed + passing + unanchored:
        merge(row_id, article, event)
    links = {row_id: merger.final_id(event_id) for row_id, event_id in links.items()}
    events = merger.events()
    store.save_merge(entities, keymap, events, links, duplicates, doc_ids, before - {e.id for e in events})
    return MergeSummary(len(doc_ids), len(entities), len(events))
