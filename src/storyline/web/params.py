"""Request parameters shared by the JSON API and the pages: dates, paging, the event filter.

Both front ends validate the same way, so a link that works on a page works
against the API: dates are ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` and must
exist on the calendar; an entity is named by its id, its name or an alias.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable

from fastapi import HTTPException

from storyline.store.queries import EventFilter, entity_ids_for

ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ISO_DATE_OR_EMPTY = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"  # an HTML form sends unfilled fields as ""
MAX_LIMIT = 500
TEXT_MAX = 200  # longest free-text parameter accepted


class UnknownEntity(LookupError):
    """A filter names an entity the store does not know."""

    def __init__(self, value: str) -> None:
        super().__init__(f"no entity matches {value!r}")
        self.value = value


def calendar_date(value: str | None, name: str) -> str | None:
    """The date unchanged when it exists on the calendar (``2023-02-30`` does not), else a 422."""
    if not value:
        return None
    padded = value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value
    try:
        dt.date.fromisoformat(padded)
    except ValueError:
        reason = f"{name}: {value!r} is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)"
        raise HTTPException(422, reason) from None
    return value


def present(values: Iterable[str] | None) -> list[str]:
    """Non-blank values of a repeatable parameter."""
    return [v.strip() for v in values or () if v and v.strip()]


def event_filter(
    conn: sqlite3.Connection,
    entities: Iterable[str] | None = None,
    types: Iterable[str] | None = None,
    outlets: Iterable[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> EventFilter:
    """The store's filter for these parameters; raises UnknownEntity for a name nothing matches."""
    ids = []
    for value in present(entities):
        found = entity_ids_for(conn, value)
        if not found:
            raise UnknownEntity(value)
        ids.append(found[0])
    return EventFilter(
        entities=list(dict.fromkeys(ids)),
        date_from=calendar_date(date_from, "from"),
        date_to=calendar_date(date_to, "to"),
        types=present(types),
        outlets=present(outlets),
    )
