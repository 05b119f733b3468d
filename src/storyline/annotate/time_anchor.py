"""Which date a page's relative time expressions hang on, and when an undated page was written.

A page states its publication date, or it does not. When it does not, the crawl
month bounds it from above, and its own words may pin it: a year-less
"Mercredi 14 juin" names a Wednesday, which happens only every five to eleven
years, so lower bounds found in the text ("depuis 2012" with "plus d'une
dizaine d'années", the latest year-bearing date it mentions) leave one year. A
year-less day ("February 27") beside a month given with its year ("April 2025")
comes after that month: writers leave out only the current year.
These functions read only ``TimeRef`` records already found by
``resolve_times`` (the first pass, without an anchor), so they add no scan.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from storyline.annotate import calendar as cal
from storyline.annotate.time_lexicon import group, languages, norm, patterns
from storyline.models import TimeRef

ABSOLUTE_RULES = frozenset(
    {"date", "datetime", "numeric-date", "iso-date", "month-year", "year", "range", "since", "until"}
)
"""Rule families whose value states its own year (unless flagged ``year-inferred``)."""
WRITING_DAYS = 3  # days an undated page is taken to be written after the latest day it names
NOT_OWN_YEAR = frozenset({"year-inferred", "from-since", "no-anchor"})
ANCHOR_DAY_RULES = frozenset(
    {"weekday", "weekday-this", "weekday-last", "weekday-next", "weekday-following", "relative-day", "day"}
)
"""Rule families whose day is counted from the anchor's ("samedi", "hier", "le 16"), unless
flagged ``from-told`` (counted from the day written before it: "Le 17 avril ... Le 22")."""
DURATION = re.compile(r"P(\d+)([YM])")


@dataclass(frozen=True)
class Bound:
    """A date the page was written on or after (or before), and the words that say so."""

    day: dt.date
    why: str


def _rule_flags(ref: TimeRef) -> set[str]:
    return set(ref.rule.split(";")[1:])


def _family(ref: TimeRef) -> str:
    return ref.rule.split(";", 1)[0]


def is_absolute(ref: TimeRef) -> bool:
    """Whether the expression carries its own year ("12 octobre 2023", "en 2012"), not the anchor's."""
    return (
        _family(ref) in ABSOLUTE_RULES
        and ref.value is not None
        and not ref.value.startswith("T")
        and not (_rule_flags(ref) & NOT_OWN_YEAR)
    )


def counts_from_anchor_day(ref: TimeRef) -> bool:
    """Whether the expression's day is counted from the anchor's, so that it is only as
    sure as the anchor ("samedi" on a page known only by its crawl month)."""
    return _family(ref) in ANCHOR_DAY_RULES and ref.precision == "day" and "from-told" not in _rule_flags(ref)


def _latest_absolute(times: list[TimeRef], upper: dt.date | None) -> tuple[TimeRef, dt.date] | None:
    """The year-bearing expression reaching latest on the calendar (not past ``upper``), with its last day."""
    best: tuple[TimeRef, dt.date] | None = None
    for ref in times:
        bounds = cal.period_bounds(ref.value_end or ref.value or "") if is_absolute(ref) else None
        if bounds and (upper is None or bounds[0] <= upper) and (best is None or bounds[1] > best[1]):
            best = (ref, bounds[1])
    return best


def choose_anchor(
    published: str | None,
    crawl_month: str | None,
    body_times: list[TimeRef] | None = None,
    collected_month: str | None = None,
) -> tuple[dt.date | None, str]:
    """The date relative expressions resolve against, and why it was chosen.

    In order: the publication date; a few days after the latest day the page names
    in its crawl month (news is written days after what it reports: "Mercredi 6 mai"
    on a page crawled in May 2026 puts its "vendredi" on 8 May, not at the month's
    end), else the last day of the crawl month (a page crawled in June 2025 was
    written by the end of June); a year-less dated
    weekday the page's own clues pin (see ``estimate_publication``), or, when the
    page gives no year at all, that the month it was collected in pins ("Ce dimanche
    19 avril" collected in December 2026: 19 April 2026); a year-less date after the
    month or year the page names last (see ``_after_named_period``); the latest
    year-bearing date in the page; else None.
    """
    if published and (bounds := cal.period_bounds(published)):
        return bounds[1], f"publication date {published}"
    times = body_times or []
    if crawl_month and (bounds := cal.period_bounds(crawl_month)):
        told = _latest_stated_day(times, bounds)
        if told is not None:
            written = min(told.day + dt.timedelta(days=WRITING_DAYS), bounds[1])
            return written, f"{WRITING_DAYS} days after {told.why}, in the crawl month {crawl_month}"
        return bounds[1], f"last day of the crawl month {crawl_month}"
    lower = _lower_bound(times, None)
    collected = cal.period_bounds(collected_month) if collected_month and lower is None else None
    pinned = _pinned_weekday_date(times, lower, collected[1] if collected else None)
    if pinned:
        return pinned.day, pinned.why
    if after := _after_named_period(times, None):
        return after.day, after.why
    latest = _latest_absolute(times, None)
    if latest:
        return latest[1], f"latest date the page gives: {latest[0].text!r}"
    return None, "no date to anchor on"


def _latest_stated_day(times: list[TimeRef], crawl: tuple[dt.date, dt.date]) -> Bound | None:
    """The latest day the page names in full, with or without its year, from a few days
    before the crawl month to its end; a year-less day is the last one by the crawl's end."""
    start, end = crawl[0] - dt.timedelta(days=WRITING_DAYS), crawl[1]
    best: Bound | None = None
    for ref in times:
        day: dt.date | None = None
        if is_absolute(ref) and len(ref.value or "") >= 10 and (period := cal.period_bounds(ref.value or "")):
            day = period[0]
        elif (stated := _stated_date(ref)) is not None:
            day = cal.day_month_near(end, *stated, lookahead_days=0)
        if day is not None and start <= day <= end and (best is None or day > best.day):
            best = Bound(day, f"the latest day the page names, {ref.text!r}")
    return best


def _after_named_period(times: list[TimeRef], upper: dt.date | None) -> Bound | None:
    """The latest year-less day of the page ("February 27"), put after the month or year the
    page names last with its year ("April 2025", "en 2025"): a writer gives the year of a
    past month and leaves out the current one, so the days told without it come later.
    None when the page's latest year-bearing date is a day (its year is the page's), or
    when no such day falls by ``upper``."""
    latest = _latest_absolute(times, upper)
    if latest is None or len(latest[0].value_end or latest[0].value or "") not in (4, 7):
        return None
    best: Bound | None = None
    for ref in times:
        stated = _stated_date(ref)
        day = _first_after(*stated, latest[1]) if stated else None
        if day and (upper is None or day <= upper) and (best is None or day > best.day):
            best = Bound(
                day, f"{ref.text!r} comes after {latest[0].text!r}, the latest period the page dates"
            )
    return best


def _first_after(month: int, day: int, after: dt.date) -> dt.date | None:
    """The first ``day`` of ``month`` after the date ``after``."""
    for year in (after.year, after.year + 1):
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        if when > after:
            return when
    return None


def _lower_bound(times: list[TimeRef], upper: dt.date | None) -> Bound | None:
    """The date the page must postdate: its latest year-bearing date, or "since Y" plus "N years"."""
    bounds: list[Bound] = []
    latest = _latest_absolute(times, upper)
    if latest and (start := cal.period_bounds(latest[0].value or "")):
        bounds.append(Bound(start[0], f"the page mentions {latest[0].text!r}"))
    since_years = [ref for ref in times if ref.rule == "year;since" and ref.value]
    spans = [
        (ref, years) for ref in times if ref.rule == "duration;since" and (years := _years_of(ref.value))
    ]
    if since_years and spans:
        since = min(since_years, key=lambda ref: int(ref.value or 0))
        span, years = min(spans, key=lambda item: item[1])
        bounds.append(Bound(dt.date(int(since.value or 0) + years, 1, 1), f"{since.text!r} + {span.text!r}"))
    return max(bounds, key=lambda b: b.day) if bounds else None


def _years_of(duration: str | None) -> int:
    """Whole years in an ISO duration ("P10Y" -> 10, "P18M" -> 1, "P3D" -> 0)."""
    match = DURATION.fullmatch(duration or "")
    if not match:
        return 0
    count = int(match.group(1))
    return count if match.group(2) == "Y" else count // 12


def _stated_weekday_date(ref: TimeRef) -> tuple[int, int, int] | None:
    """(month, day, weekday) of a year-less date naming its weekday ("Mercredi 14 juin"), in any language."""
    stated = _year_less_date(ref)
    if stated is None or stated[2] is None:
        return None
    return stated[0], stated[1], stated[2]


def _stated_date(ref: TimeRef) -> tuple[int, int] | None:
    """(month, day) of a year-less date, with or without its weekday ("14 juin", "February 27")."""
    stated = _year_less_date(ref)
    return stated[:2] if stated else None


def _year_less_date(ref: TimeRef) -> tuple[int, int, int | None] | None:
    """(month, day, weekday or None) of a year-less date, in any language."""
    if is_absolute(ref) or _family(ref) not in {"day-month", "since", "until"}:
        return None
    for lang in languages():
        pats = patterns(lang)
        match = pats.families["date"].search(ref.text.lower())
        wd, mon, day = (group(match, f"a_{k}") for k in ("wd", "mon", "day")) if match else (None, None, None)
        if match and mon and day and not group(match, "a_year"):
            return pats.lexicon.months[norm(mon)], int(day), pats.lexicon.weekdays[norm(wd)] if wd else None
    return None


def _pin(month: int, day: int, weekday: int, lower: Bound | None, upper: dt.date | None) -> dt.date | None:
    """When day+month falls on ``weekday``: the last time before ``upper``, else the first after ``lower``.

    A page is written shortly before it is collected, so with an upper bound the
    latest fitting year wins; a lower bound alone only says "not before".
    """
    if upper is not None:
        first = lower.day.year if lower is not None else upper.year - cal.WEEKDAY_YEARS
        years = cal.years_on_weekday(month, day, weekday, first, upper.year)[::-1]
    elif lower is not None:
        years = cal.years_on_weekday(month, day, weekday, lower.day.year, lower.day.year + cal.WEEKDAY_YEARS)
    else:
        return None
    limit = upper + dt.timedelta(days=cal.LOOKAHEAD_DAYS) if upper else None
    dates = [dt.date(year, month, day) for year in years]
    return next((d for d in dates if limit is None or d <= limit), None)


def _pinned_weekday_date(times: list[TimeRef], lower: Bound | None, upper: dt.date | None) -> Bound | None:
    """The latest year-less weekday date of the page that the bounds pin to one year, with the reasoning."""
    best: Bound | None = None
    for ref in times:
        stated = _stated_weekday_date(ref)
        pinned = _pin(*stated, lower, upper) if stated else None
        if pinned and (best is None or pinned > best.day):
            bounds = [f"after {lower.day.year} ({lower.why})"] if lower else []
            bounds += [f"by {upper.isoformat()} (collected)"] if upper else []
            why = f"{ref.text!r} falls on that weekday in {pinned.year}, {' and '.join(bounds)}"
            best = Bound(pinned, why)
    return best


def estimate_publication(text: str, times: list[TimeRef], crawl_month: str | None) -> tuple[str, str] | None:
    """When an undated page was written, at the precision its content supports, and why (None: unknown).

    A year-less dated weekday pinned by the page's bounds gives the month it
    reports ("2023-06"); failing that, the page was written no earlier than the
    latest year-bearing date it mentions, given at that date's precision. Only
    ``times`` whose span reads the same in ``text`` count, so title
    expressions handed in by mistake are ignored.
    """
    own = [ref for ref in times if text[ref.start : ref.end] == ref.text]
    crawl = cal.period_bounds(crawl_month) if crawl_month else None
    upper = crawl[1] if crawl else None
    pinned = _pinned_weekday_date(own, _lower_bound(own, upper), upper) or _after_named_period(own, upper)
    if pinned:
        return f"{pinned.day:%Y-%m}", f"reported event on {pinned.day.isoformat()}: {pinned.why}"
    latest = _latest_absolute(own, upper)
    if latest is None:
        return None
    ref = latest[0]
    value = (ref.value_end or ref.value or "")[:10]
    return value, f"written no earlier than the latest date it mentions, {ref.text!r}"
