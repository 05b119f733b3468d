"""The timeline chart: dated events counted per year, month or day, zooming with the filter.

The unit follows what the filter leaves: several years are shown per year, one
year per month, one month per day, so clicking a bar (which narrows the date
range to it) walks from years down to days. Empty buckets between the first and
last are kept so the axis reads as a calendar.
"""

from __future__ import annotations

import calendar
import sqlite3
from dataclasses import dataclass

from storyline.store.queries import EventFilter, bucket_counts, count_undated, date_span

UNITS = {"year": 4, "month": 7, "day": 10}


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


def choose_unit(conn: sqlite3.Connection, flt: EventFilter) -> tuple[str, list[str]]:
    """The finest unit still spanning more than one bucket, and its bucket keys first to last.

    Only the ends of the date index are read here; counting is left to one range per bucket.
    """
    years = date_span(conn, flt, UNITS["year"])
    if years is None:
        return "year", []
    if years[0][:4] != years[1][:4]:
        return "year", _calendar_keys("year", *years)
    months = date_span(conn, flt, UNITS["month"])
    if months is None:
        return "year", [years[0][:4]]
    if months[0][:7] != months[1][:7]:
        return "month", _calendar_keys("month", *months)
    days = date_span(conn, flt, UNITS["day"])
    if days is None:
        return "month", [months[0][:7]]
    return "day", _calendar_keys("day", *days)


def _calendar_keys(unit: str, first: str, last: str) -> list[str]:
    """Every bucket key from ``first`` to ``last`` inclusive, kept on the calendar."""
    if unit == "year":
        return [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    if unit == "month":
        months = range(max(1, int(first[5:7])), min(12, int(last[5:7])) + 1)
        return [f"{first[:4]}-{m:02d}" for m in months]
    year, month = int(first[:4]), min(12, max(1, int(first[5:7])))
    days = range(max(1, int(first[8:10])), min(int(last[8:10]), calendar.monthrange(year, month)[1]) + 1)
    return [f"{first[:4]}-{month:02d}-{d:02d}" for d in days]


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
    unit, keys = choose_unit(conn, flt)
    counts = bucket_counts(conn, flt, keys)
    top = max((b.count for b in counts), default=0) or 1
    bars = [Bar(b.value, _label(unit, b.value), b.count, b.count / top) for b in counts]
    undated = 0 if (flt.date_from or flt.date_to) else count_undated(conn, flt)
    return Chart(unit, bars, undated, zoom_out_of(flt.date_from, flt.date_to))
