"""The timeline chart: dated events counted per year, month or day, zooming with the filter.

The unit follows what the filter leaves: several years are shown per year, one
year per month, one month per day, so clicking a bar (which narrows the date
range to it) walks from years down to days. Empty buckets between the first and
last are kept so the axis reads as a calendar.
"""

from __future__ import annotations

import calendar
import re
import sqlite3
from dataclasses import dataclass

from storyline.store.queries import EventFilter, Facet, count_events, date_buckets

UNITS = {"year": 4, "month": 7, "day": 10}
_CALENDAR_KEY = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")


@dataclass
class Bar:
    key: str  # the bucket as an ISO prefix: what ``from`` and ``to`` become on click
    label: str
    count: int
    share: float  # of the fullest bar, 0..1


@dataclass
class Chart:
    unit: str
    bars: list[Bar]
    undated: int
    zoom_out: str | None  # the date prefix one level up, "" for the whole range, None at the top


def _buckets(conn: sqlite3.Connection, flt: EventFilter, unit: str) -> list[Facet]:
    """Counts per bucket, leaving out any stored date that is not on the calendar."""
    return [b for b in date_buckets(conn, flt, UNITS[unit]) if _CALENDAR_KEY.fullmatch(b.value)]


def choose_unit(conn: sqlite3.Connection, flt: EventFilter) -> tuple[str, list[Facet], int]:
    """The finest unit still spanning more than one bucket, its counts, and how many events are dated."""
    years = _buckets(conn, flt, "year")
    dated = sum(b.count for b in years)
    if len(years) == 1:
        months = _buckets(conn, flt, "month")
        if len(months) == 1:
            return "day", _buckets(conn, flt, "day"), dated
        return "month", months, dated
    return "year", years, dated


def _calendar_keys(unit: str, first: str, last: str) -> list[str]:
    """Every bucket key from ``first`` to ``last`` inclusive."""
    if unit == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    if unit == "month":
        year_key = first[:4]
        return [f"{year_key}-{m:02d}" for m in range(int(first[5:7]), int(last[5:7]) + 1)]
    year, month = int(first[:4]), int(first[5:7])
    days = calendar.monthrange(year, month)[1]
    return [f"{first[:7]}-{d:02d}" for d in range(int(first[8:10]), min(int(last[8:10]), days) + 1)]


def _label(unit: str, key: str) -> str:
    """What a bar is called: "2024", "Mar 2024", "Mar 12"."""
    if unit == "year":
        return key
    month = calendar.month_abbr[int(key[5:7])]
    return f"{month} {key[:4]}" if unit == "month" else f"{month} {int(key[8:10])}"


def zoom_out_of(date_from: str | None, date_to: str | None) -> str | None:
    """The range one level wider than a one-bucket filter: a day's month, a month's year, then all."""
    if not date_from or date_from != date_to:
        return "" if (date_from or date_to) else None
    return {10: date_from[:7], 7: date_from[:4]}.get(len(date_from), "")


def build_chart(conn: sqlite3.Connection, flt: EventFilter) -> Chart:
    unit, buckets, dated = choose_unit(conn, flt)
    counts = {b.value: b.count for b in buckets}
    keys = _calendar_keys(unit, buckets[0].value, buckets[-1].value) if buckets else []
    top = max(counts.values(), default=1)
    bars = [Bar(k, _label(unit, k), counts.get(k, 0), counts.get(k, 0) / top) for k in keys]
    undated = 0 if (flt.date_from or flt.date_to) else count_events(conn, flt) - dated
    return Chart(unit, bars, undated, zoom_out_of(flt.date_from, flt.date_to))
