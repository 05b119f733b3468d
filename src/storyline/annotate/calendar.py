"""Calendar arithmetic behind the time rules: no text, only dates.

Kept apart from the pattern matching so each rule of ``annotate.time`` reads as
"find the words, then ask the calendar", and so the calendar can be tested on
its own. Every function is pure.
"""

from __future__ import annotations

import calendar
import datetime as dt

from storyline.models import Precision

LOOKAHEAD_DAYS = 10
"""A year-less date this many days after the anchor is the coming one, not last year's."""
FUTURE_LOOKAHEAD_DAYS = 300
"""The same in a sentence about what is to come ("is due to meet on 15 April")."""
WEEKDAY_YEARS = 7
"""Years a weekday may search for the year of a year-less date (a weekday recurs every 5-11 years)."""
ISO_UNITS = {"D": "D", "W": "W", "M": "M", "Y": "Y", "H": "TH", "MIN": "TM"}
"""Unit designator -> ISO 8601 duration designator ("T" marks the time part)."""


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when the day does not exist (31 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month: a page dated only by its month was written by then."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) that lies ``months`` calendar months from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def period_bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by an ISO value at any precision ("2023", "2023-06", "2023-06-14T10:00")."""
    try:
        if len(value) == 4:
            year = int(value)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return dt.date(year, month, 1), month_end(year, month)
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day, day


def weekday_before(anchor: dt.date, weekday: int, inclusive: bool) -> dt.date:
    """The latest given weekday before ``anchor`` (or on it when ``inclusive``)."""
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and not inclusive:
        back = 7
    return anchor - dt.timedelta(days=back)


def weekday_after(anchor: dt.date, weekday: int, inclusive: bool) -> dt.date:
    """The earliest given weekday after ``anchor`` (or on it when ``inclusive``)."""
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and not inclusive:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def weekend_near(day: dt.date, offset: int) -> tuple[dt.date, dt.date]:
    """Saturday and Sunday of a weekend near ``day``: with ``offset`` 0 the latest one begun
    by then ("over the weekend" in a Sunday or a Monday paper: the one just gone), with -1
    the last one over before it ("last weekend", "le week-end dernier" said on a Sunday is
    the one a week earlier)."""
    if offset == 0:
        saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
    else:
        sunday = day - dt.timedelta(days=(day.weekday() - 6) % 7 or 7) + dt.timedelta(weeks=offset + 1)
        saturday = sunday - dt.timedelta(days=1)
    return saturday, saturday + dt.timedelta(days=1)


def day_month_near(anchor: dt.date, month: int, day: int, lookahead_days: int) -> dt.date | None:
    """The year-less day+month nearest at or before ``anchor``.

    A date up to ``lookahead_days`` after the anchor is taken as the coming one
    (a page of 23 June announcing "le 26 juin"); anything later is last year's.
    """
    for year in (anchor.year + 1, anchor.year, anchor.year - 1):
        candidate = make_date(year, month, day)
        if candidate and candidate <= anchor + dt.timedelta(days=lookahead_days):
            return candidate
    return make_date(anchor.year - 2, month, day)  # 29 February


def month_year_near(anchor: dt.date, month: int, forward: bool, inclusive: bool) -> int:
    """The year of the nearest ``month`` before the anchor's month (or after it when ``forward``).

    ``inclusive`` lets the anchor's own month count: "en juin" in a June page is this June.
    """
    if forward:
        ahead = month > anchor.month or (inclusive and month == anchor.month)
        return anchor.year if ahead else anchor.year + 1
    behind = month < anchor.month or (inclusive and month == anchor.month)
    return anchor.year if behind else anchor.year - 1


def day_of_month_near(anchor: dt.date, day: int, forward: bool, weekday: int | None = None) -> dt.date | None:
    """The latest date on or before ``anchor`` whose day of the month is ``day`` (the earliest
    on or after it when ``forward``), looking at most two months away: "le 16" in a page of
    the 26th is the 16th of this month; in a page of the 3rd, of the month before. A weekday
    ("lundi 13") must fall on that date too."""
    year, month = anchor.year, anchor.month
    step = 1 if forward else -1
    for _ in range(3):
        found = make_date(year, month, day)
        if (
            found is not None
            and (found >= anchor if forward else found <= anchor)
            and weekday in (None, found.weekday())
        ):
            return found
        year, month = add_months(dt.date(year, month, 1), step)
    return None


def years_on_weekday(month: int, day: int, weekday: int, first: int, last: int) -> list[int]:
    """Years in [first, last] in which day+month falls on ``weekday``, in order."""
    return [
        year
        for year in range(first, last + 1)
        if (d := make_date(year, month, day)) is not None and d.weekday() == weekday
    ]


def day_month_on_weekday(
    anchor: dt.date, month: int, day: int, weekday: int, lookahead_days: int, max_years: int
) -> dt.date | None:
    """The latest day+month on ``weekday`` at or before the anchor (plus lookahead), within ``max_years``."""
    limit = anchor + dt.timedelta(days=lookahead_days)
    for year in reversed(years_on_weekday(month, day, weekday, anchor.year - max_years, anchor.year + 1)):
        candidate = dt.date(year, month, day)
        if candidate <= limit:
            return candidate
    return None


def iso_duration(count: int, unit: str) -> str:
    """ISO 8601 duration of ``count`` units ("P6M", "P10Y", "PT2H")."""
    designator = ISO_UNITS[unit]
    if designator.startswith("T"):
        return f"PT{count}{designator[1:]}"
    return f"P{count}{designator}"


def shift(anchor: dt.date, count: int, unit: str) -> tuple[str, Precision]:
    """ISO value and precision of ``anchor`` moved by ``count`` units (negative = past).

    The precision follows the unit: "il y a trois jours" is a day, "il y a un an"
    only a year, "dans deux mois" a month; hours and minutes stay on the day.
    """
    if unit in {"D", "H", "MIN"}:
        days = count if unit == "D" else 0
        return (anchor + dt.timedelta(days=days)).isoformat(), "day"
    if unit == "W":
        return (anchor + dt.timedelta(weeks=count)).isoformat(), "day"
    if unit == "M":
        year, month = add_months(anchor, count)
        return f"{year:04d}-{month:02d}", "month"
    return f"{anchor.year + count:04d}", "year"
