"""Renderings of merged events for people: TimelineJS3 JSON and pasteable Markdown.

TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html) wants per event a
``start_date`` of year/month/day parts (a month-precise date omits the day), an optional
``end_date``, ``text`` with ``headline`` and HTML ``text``, and a ``group``: the PLOVER
type, so the timeline rows read as kinds of events.
"""

from __future__ import annotations

import html
from typing import Any

from storyline.models import Event, Source


def date_parts(value: str | None) -> dict[str, str] | None:
    """TimelineJS date parts of an ISO date at day, month or year precision."""
    if not value or not value[:4].isdigit():
        return None
    keys = ("year", "month", "day")
    return {k: str(int(v)) for k, v in zip(keys, value[:10].split("-"), strict=False)}


def _source_line(source: Source) -> str:
    label = source.outlet or source.doc
    link = (
        f'<a href="{html.escape(source.doc)}">{html.escape(label)}</a>'
        if source.doc.startswith(("http://", "https://"))
        else html.escape(label)
    )
    when = f" ({html.escape(source.published)})" if source.published else ""
    return f"<li>{link}{when}: “{html.escape(source.evidence.strip())}”</li>"


def _timeline_event(event: Event) -> dict[str, Any] | None:
    start = date_parts(event.date)
    if start is None:
        return None
    sources = "".join(_source_line(s) for s in event.sources)
    body = f"<p>{html.escape(_participants(event))}</p><ul>{sources}</ul>"
    entry: dict[str, Any] = {
        "unique_id": event.id,
        "start_date": start,
        "text": {"headline": html.escape(event.summary), "text": body},
        "group": event.type,
    }
    end = date_parts(event.date_end)
    if end is not None:
        entry["end_date"] = end
    return entry


def to_timelinejs(events: list[Event]) -> dict[str, Any]:
    """A TimelineJS3 document; undated events cannot be placed and are left out."""
    entries = [e for e in (_timeline_event(ev) for ev in events) if e is not None]
    return {"events": entries}


def _participants(event: Event) -> str:
    actors = ", ".join(a.name for a in event.actors)
    recipients = ", ".join(a.name for a in event.recipients)
    return f"Actors: {actors}" + (f" — with/towards: {recipients}" if recipients else "")


def _when(event: Event) -> str:
    if not event.date:
        return "undated"
    if event.date_end and event.date_end != event.date:
        joiner = "between {} and {}" if event.precision == "range" else "{} to {}"
        return joiner.format(event.date, event.date_end)
    return event.date


def to_markdown(events: list[Event]) -> str:
    """One section per event: date — headline, actors, then each source with its evidence."""
    lines: list[str] = []
    for event in events:
        flag = " *(background)*" if event.background else ""
        lines.append(f"### {_when(event)} — {event.summary}{flag}")
        lines.append("")
        lines.append(f"- {_participants(event)}")
        if event.location:
            lines.append(f"- Place: {event.location}")
        for fld, values in sorted(event.conflicts.items()):
            lines.append(f"- Sources disagree on {fld}: {', '.join(values)}")
        for s in event.sources:
            outlet = s.outlet or s.doc
            published = f", {s.published}" if s.published else ""
            evidence = " ".join(s.evidence.split())
            lines.append(f"- {outlet}{published}: > “{evidence}”")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
