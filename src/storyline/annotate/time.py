"""Time expressions found in a text and resolved on the calendar.

``resolve_times`` finds, in one pass over the lower-cased text, every place a
time expression can start (a digit or the first word of a lexicon entry), tries
there only the precompiled patterns of ``time_lexicon`` that can start with it,
resolves each match against an anchor date with the pure functions of
``calendar``, keeps the longest non-overlapping matches, and pairs "depuis X"
with a later "jusqu'au Y". It is a pure function of its arguments, so it runs
in worker processes (about 0.15 ms per 1000 characters).

Values and precisions (see ``models.TimeRef``):

- day "2023-06-14"; month "2023-06"; year "2023";
- time: a date with its clock time "2023-10-12T16:51", or a clock time alone "T16:51"
  (never a date: its value starts with "T");
- range: ``value`` and ``value_end`` at their own precision; "la semaine dernière"
  is the Monday-Sunday range of the previous ISO week (there is no week precision);
  an open "depuis le 22 juin 2025" is a range with no end until a "jusqu'au" closes it;
- duration "P10Y" and recurring "P6M": ISO 8601 durations, never dates.

``rule`` names the rule, then ``;``-separated flags: ``date``, ``datetime``,
``numeric-date``, ``iso-date``, ``month-year``, ``year`` (``;since``, ``;until``),
``day-month`` (year from the anchor; ``;weekday`` when the weekday chose the year),
``month`` (a year-less month: ``;last``, ``;next``, ``;future``),
``range``, ``since`` (``;until-paired``), ``until``, ``weekday``, ``weekday-last``,
``weekday-next``, ``weekday-following`` (``;from-told`` when dated from the day last
written before it), ``weekday-this`` (``;future`` when the sentence is about the
future), ``day`` (a day of the month alone, ``;future`` likewise, ``;weekday`` when a weekday
was said with it), ``relative-day``, ``relative-week``, ``relative-month``, ``relative-year``,
``ago``, ``later``, ``duration``, ``recurring``, ``time-of-day``. Flags:
``year-inferred`` (a range or bound whose year came from the anchor),
``weekday-mismatch`` (the stated weekday contradicts the date, or matches no year
near the anchor; the date wins),
``no-anchor`` (needs an anchor and none was given: ``value`` is None).

Choosing the anchor and estimating a publication date from content live in
``annotate.time_anchor`` and are re-exported here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from storyline.annotate import calendar as cal
from storyline.annotate.time_anchor import choose_anchor, estimate_publication, is_absolute
from storyline.annotate.time_lexicon import DIGIT, TimeLexicon, TimePatterns, group, norm, patterns
from storyline.models import Field, Precision, TimeRef

__all__ = ["choose_anchor", "estimate_publication", "is_absolute", "resolve_times"]

PERIODS: dict[str, tuple[str, Precision]] = {
    "W": ("relative-week", "range"),
    "WE": ("relative-weekend", "range"),
    "M": ("relative-month", "month"),
    "Y": ("relative-year", "year"),
}
SENTENCE_END = re.compile(r"[.!?\n]")
# How far after the day last written a day of the month alone may fall and still continue its month
TOLD_MONTH_DAYS = 31
# What may stand between a date and a weekday in apposition to it: a comma and one word
# ("April 5, Easter Sunday", "le 5 avril, un dimanche").
APPOSITION = re.compile(r"\s*,\s*(?:\w+\s+)?")
# What may stand between a weekday and the week it falls in: a space and one short word
# ("Thursday last week", "Thursday of last week", "jeudi de la semaine dernière").
WEEK_OF_DAY = re.compile(r"\s+(?:\w{1,3}\s+)?")
LIST_REACH = 40  # characters before a date where the days listed with it may start
PART_REACH = 20  # characters before a month and year where its part may stand ("la fin du mois de")


@dataclass
class Hit:
    """One candidate match before overlaps are settled."""

    start: int
    end: int
    value: str | None
    precision: Precision
    rule: str
    value_end: str | None = None
    yearless: tuple[int, int, int | None] | None = None  # (month, day, weekday) of a year-less bound


@dataclass(frozen=True)
class Context:
    """What every rule reads: the text, the anchor, the language's words, and the matches of each family."""

    text: str
    anchor: dt.date | None
    pats: TimePatterns
    matches: dict[str, list[re.Match[str]]]

    def found(self, family: str) -> list[re.Match[str]]:
        return self.matches.get(family, [])


_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _lower(text: str) -> str:
    """``text`` in lower case, character for character, so match spans are spans of ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def _scan(text: str, pats: TimePatterns) -> dict[str, list[re.Match[str]]]:
    """Matches of every family, tried only where one of its lead words (or a digit) stands.

    One pass finds the leads; each family is then anchored there with ``match``,
    which is far cheaper than scanning the whole text once per family.
    """
    low = _lower(text)
    matches: dict[str, list[re.Match[str]]] = {}
    for lead in pats.leads.finditer(low):
        key = DIGIT if lead.group("digit") else lead.group().replace("’", "'")
        for family in pats.lead_families.get(key, ()):
            m = pats.families[family].match(low, lead.start())
            if m and (not pats.lexicon.capitalised_names or _names_capitalised(text, m)):
                matches.setdefault(family, []).append(m)
    return matches


def _names_capitalised(text: str, m: re.Match[str]) -> bool:
    """Whether each month or weekday name in the match is capitalised in ``text`` ("May", not "may")."""
    for name in m.re.groupindex:
        at = m.start(name)
        if ("mon" in name or "wd" in name) and at >= 0 and text[at].isalpha() and not text[at].isupper():
            return False
    return True


@dataclass(frozen=True)
class DayMonth:
    """A date as written: year and weekday may be missing."""

    day: int
    month: int
    year: int | None
    weekday: int | None


def _flags(rule: str, *flags: str | None) -> str:
    return ";".join([rule, *(f for f in flags if f)])


def _day_month(match: re.Match[str], p: str, ctx: Context, month: int | None = None) -> DayMonth | None:
    """The day, month, year and weekday a date match states (``month`` fills in an unsaid month)."""
    lex = ctx.pats.lexicon
    day, month_word, year = group(match, f"{p}day"), group(match, f"{p}mon"), group(match, f"{p}year")
    weekday = group(match, f"{p}wd")
    stated_month = lex.months.get(norm(month_word)) if month_word else month
    if day is None or stated_month is None:
        return None
    return DayMonth(
        int(day),
        stated_month,
        int(year) if year else None,
        lex.weekdays.get(norm(weekday)) if weekday else None,
    )


def _on_calendar(
    dm: DayMonth, anchor: dt.date | None, lookahead: int = cal.LOOKAHEAD_DAYS
) -> tuple[dt.date | None, str | None]:
    """The date a (possibly year-less) day+month denotes, and the flag saying how the year was
    found; a year-less day up to ``lookahead`` days after the anchor is the coming one."""
    if dm.year is not None:
        day = cal.make_date(dm.year, dm.month, dm.day)
        mismatch = day is not None and dm.weekday is not None and day.weekday() != dm.weekday
        return day, "weekday-mismatch" if mismatch else None
    if cal.make_date(2024, dm.month, dm.day) is None:  # 2024 is a leap year: no such day in any year
        return None, None
    if anchor is None:
        return None, "no-anchor"
    if dm.weekday is not None:
        pinned = cal.day_month_on_weekday(
            anchor, dm.month, dm.day, dm.weekday, cal.LOOKAHEAD_DAYS, cal.WEEKDAY_YEARS
        )
        if pinned:
            return pinned, "weekday"
        return cal.day_month_near(anchor, dm.month, dm.day, cal.LOOKAHEAD_DAYS), "weekday-mismatch"
    return cal.day_month_near(anchor, dm.month, dm.day, lookahead), None


def _clock(match: re.Match[str], p: str) -> str | None:
    """The "HH:MM" of a clock time in the match, 12 hours added after "pm"."""
    hh, mm = group(match, f"{p}hh"), group(match, f"{p}mm")
    if hh is None or mm is None:
        return None
    hour = int(hh) + (12 if (group(match, f"{p}ampm") or "").lower() == "p" and int(hh) < 12 else 0)
    return f"{hour:02d}:{mm}"


def _dates(ctx: Context) -> Iterator[Hit]:
    """Written dates, with or without year, weekday and clock time: "jeudi 12 octobre 2023 - 16:51"."""
    for m in ctx.found("date"):
        dm = _day_month(m, "a_", ctx)
        if dm is None:
            continue
        # "is due to meet on 15 April" in a March page: the coming April, not last year's
        ahead = cal.FUTURE_LOOKAHEAD_DAYS if _future_sentence(ctx, m.start()) else cal.LOOKAHEAD_DAYS
        day, flag = _on_calendar(dm, ctx.anchor, ahead)
        if day is None and flag is None:
            continue
        rule = "day-month" if dm.year is None else "date"
        clock = _clock(m, "a_")
        if clock and dm.year is not None:
            rule = "datetime"
        value = f"{day.isoformat()}T{clock}" if day and clock else (day.isoformat() if day else None)
        yearless = (dm.month, dm.day, dm.weekday) if dm.year is None else None
        yield Hit(
            m.start(), m.end(), value, "time" if clock else "day", _flags(rule, flag), yearless=yearless
        )
        if day is not None and dm.weekday is None and not clock:
            yield from _listed_days(ctx, m.start(), day, rule)


def _listed_days(ctx: Context, start: int, last: dt.date, rule: str) -> Iterator[Hit]:
    """The days listed before a date that share its month and year: "les 9 et 16 septembre",
    "le 11 puis le 20 avril", "on the 3rd, 4th and 5th of May" gives one date per day."""
    listed = ctx.pats.lexicon.day_list.search(_lower(ctx.text), max(0, start - LIST_REACH), start)
    if listed is None:
        return
    for i, number in enumerate(re.finditer(r"\d+", listed.group("days"))):
        day = cal.make_date(last.year, last.month, int(number.group()))
        if day is not None and day < last:
            at = listed.start() if i == 0 else listed.start("days") + number.start()  # with its article
            yield Hit(at, listed.start("days") + number.end(), day.isoformat(), "day", _flags(rule, "listed"))


def _numeric_dates(ctx: Context) -> Iterator[Hit]:
    """Numeric dates ("12/10/2023"), read in the lexicon's order unless only the other reading exists."""
    for m in ctx.found("numeric"):
        x, y, year = int(m.group("x")), int(m.group("y")), int(m.group("year"))
        day, month = (y, x) if ctx.pats.lexicon.numeric_order == "mdy" else (x, y)
        date = cal.make_date(year, month, day) or cal.make_date(year, day, month)
        if date:
            yield Hit(m.start(), m.end(), date.isoformat(), "day", "numeric-date")


def _iso_dates(ctx: Context) -> Iterator[Hit]:
    """ISO dates: "2024-03-29", "2024-03-29T10:15"."""
    for m in ctx.found("iso"):
        date = cal.make_date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
        if date is None:
            continue
        clock = _clock(m, "")
        value = f"{date.isoformat()}T{clock}" if clock else date.isoformat()
        yield Hit(m.start(), m.end(), value, "time" if clock else "day", "iso-date")


def _month_years(ctx: Context) -> Iterator[Hit]:
    """Month and year: "octobre 2023" -> month precision; "fin avril 2026" -> the days the
    prefix names."""
    lex = ctx.pats.lexicon
    for m in ctx.found("month_year"):
        month, year = lex.months[norm(m.group("mon"))], int(m.group("year"))
        part = lex.part_before.search(ctx.text, max(0, m.start() - PART_REACH), m.start())
        if part and (days := _month_part(lex, part.group(0), year, month)):
            yield Hit(part.start(), m.end(), days[0], "range", "month-year;part", days[1])
        else:
            yield Hit(m.start(), m.end(), f"{year:04d}-{month:02d}", "month", "month-year")


def _month_part(lex: TimeLexicon, prefix: str, year: int, month: int) -> tuple[str, str] | None:
    """The first and last day of the part of the month a prefix names ("mid-": the 11th to
    the 20th; "fin": the 21st to the month's end), or None for a prefix that names none ("en")."""
    part = lex.month_parts.get(norm(prefix.strip()))
    if part is None:
        return None
    last = cal.month_end(year, month).day
    first_day, last_day = (dt.date(year, month, min(day, last)) for day in part)
    return first_day.isoformat(), last_day.isoformat()


def _years(ctx: Context) -> Iterator[Hit]:
    """A four-digit year licensed by a preposition ("en 2012"); "depuis"/"jusqu'en" stay in the span.
    A year a clause of its own time follows is one too ("echoes of 2022, when 49 soldiers ...")."""
    lex = ctx.pats.lexicon
    for m in ctx.found("year"):
        prefix = norm(m.group("pre"))
        bound = "since" if prefix in lex.since_words else "until" if prefix in lex.until_words else None
        start = m.start() if bound else m.start("year")
        yield Hit(start, m.end(), m.group("year"), "year", _flags("year", bound))
    for m in ctx.found("year_clause"):
        yield Hit(m.start(), m.end(), m.group("year"), "year", _flags("year", None))


def _ranges(ctx: Context) -> Iterator[Hit]:
    """Ranges: "du 22 au 26 juin", "entre le 3 et le 5 mai", "22-26 June", "June 22-26", "de 2012 à 2015"."""
    for family in ("range_days", "range_dash", "range_month_first"):
        for m in ctx.found(family):
            hit = _day_range(m, ctx)
            if hit:
                yield hit
    for m in ctx.found("range_years"):
        if m.group("a_year") < m.group("b_year"):
            yield Hit(m.start(), m.end(), m.group("a_year"), "range", "range", value_end=m.group("b_year"))


def _day_range(m: re.Match[str], ctx: Context) -> Hit | None:
    """Both ends of a day range: a month said once serves both, the second's year serves the first."""
    said = group(m, "b_mon") or group(m, "a_mon")
    shared = ctx.pats.lexicon.months.get(norm(said)) if said else None
    second = _day_month(m, "b_", ctx, month=shared)
    first = _day_month(m, "a_", ctx, month=shared)
    if first is None or second is None:
        return None
    end, flag = _on_calendar(second, ctx.anchor)
    if end is None:
        return Hit(m.start(), m.end(), None, "range", _flags("range", flag)) if flag == "no-anchor" else None
    year = first.year or (end.year - 1 if first.month > end.month else end.year)
    start = cal.make_date(year, first.month, first.day)
    if start is None or start > end:
        return None
    inferred = "year-inferred" if second.year is None else None
    mismatch = "weekday-mismatch" if first.weekday not in (None, start.weekday()) else None
    return Hit(
        m.start(),
        m.end(),
        start.isoformat(),
        "range",
        _flags("range", inferred, flag, mismatch),
        end.isoformat(),
    )


def _bounds(ctx: Context) -> Iterator[Hit]:
    """Bounds: "depuis le dimanche 22 juin 2025" opens a range; "jusqu'au jeudi 26 juin" closes one."""
    for rule in ("since", "until"):
        for m in ctx.found(rule):
            if m.group("mon"):
                month = ctx.pats.lexicon.months[norm(m.group("mon"))]
                value: str | None = f"{m.group('year')}-{month:02d}"
                precision: Precision = "month"
                flags: tuple[str | None, ...] = ()
                yearless = None
            else:
                dm = _day_month(m, "a_", ctx)
                if dm is None:
                    continue
                day, flag = _on_calendar(dm, ctx.anchor)
                if day is None and flag is None:
                    continue
                value, precision = (day.isoformat() if day else None), "day"
                flags = ("year-inferred" if dm.year is None and day else None, flag)
                yearless = (dm.month, dm.day, dm.weekday) if dm.year is None else None
            if rule == "since":
                precision = "range"
            yield Hit(m.start(), m.end(), value, precision, _flags(rule, *flags), yearless=yearless)


NO_CUE = 10**9  # the distance to a cue the sentence does not hold


def _distance(cues: re.Pattern[str], text: str, start: int, end: int, pos: int) -> int:
    """Characters from ``pos`` to the nearest cue between ``start`` and ``end`` (a large number if none)."""
    gaps = (min(abs(m.start() - pos), abs(m.end() - pos)) for m in cues.finditer(text, start, end))
    return min(gaps, default=NO_CUE)


def _tense_distances(ctx: Context, pos: int) -> tuple[int, int]:
    """Characters from ``pos`` to the nearest future cue and to the nearest past cue of its sentence."""
    starts = [m.end() for m in SENTENCE_END.finditer(ctx.text, max(0, pos - 400), pos)]
    start = starts[-1] if starts else max(0, pos - 400)
    after = SENTENCE_END.search(ctx.text, pos)
    end = after.start() if after else len(ctx.text)
    lex = ctx.pats.lexicon
    # the tense of the time's own phrase first: "the group that seized the town in early
    # March, are to withdraw" speaks of a past March
    first = max([start, *(m.end() for m in PHRASE_BREAK.finditer(ctx.text, start, pos))])
    later = PHRASE_BREAK.search(ctx.text, pos, end)
    last = later.start() if later else end
    for a, b in ((first, last), (start, end)):
        future, past = (
            _distance(lex.future_cues, ctx.text, a, b, pos),
            _distance(lex.past_cues, ctx.text, a, b, pos),
        )
        if min(future, past) < NO_CUE:
            break
    return future, past


PHRASE_BREAK = re.compile(r"[,;(){}«»]")


def _future_sentence(ctx: Context, pos: int) -> bool:
    """Whether the words around ``pos`` speak of the future: a future cue nearer than any past one.

    "Le ministre se rendra à Dakar dimanche" is future; "Il a annoncé mercredi
    qu'il se rendra à Dakar" is not: the past verb stands next to the weekday.
    """
    future, past = _tense_distances(ctx, pos)
    return future < past


def _only_past_sentence(ctx: Context, pos: int) -> bool:
    """Whether the sentence around ``pos`` has a past cue and no future one."""
    future, past = _tense_distances(ctx, pos)
    return past < NO_CUE <= future


def _weekdays(ctx: Context) -> Iterator[Hit]:
    """A weekday alone: the last one before the anchor, or the next one when the words or tense say so."""
    lex = ctx.pats.lexicon
    for m in ctx.found("weekday"):
        weekday = lex.weekdays[norm(m.group("wd"))]
        modifier = norm(m.group("before") or m.group("after") or "")
        if modifier in lex.following_words and ctx.text[m.end() : m.end() + 2] in ("'s", "’s"):
            modifier = ""  # "following Monday's attack": after it, the Monday is a plain one
        if modifier in lex.following_words:
            # dated from the day last written before it (``_following_days``); until then, past
            rule, forward, inclusive = "weekday-following", False, True
        elif modifier in lex.past_words:
            rule, forward, inclusive = "weekday-last", False, False
        elif modifier in lex.future_words:
            rule, forward, inclusive = "weekday-next", True, False
        else:
            # a past weekday may be the anchor's own day (a page published on a
            # Tuesday evening reports "on Tuesday"); a future one is a later day
            rule = "weekday-this" if modifier else "weekday"
            forward = _future_sentence(ctx, m.start())
            inclusive = bool(modifier) or not forward
        flag = "future" if forward and rule in {"weekday", "weekday-this"} else None
        if ctx.anchor is None:
            yield Hit(m.start(), m.end(), None, "day", _flags(rule, flag, "no-anchor"))
            continue
        move = cal.weekday_after if forward else cal.weekday_before
        day = move(ctx.anchor, weekday, inclusive)
        yield Hit(m.start(), m.end(), day.isoformat(), "day", _flags(rule, flag))


def _bare_days(ctx: Context) -> Iterator[Hit]:
    """A day of the month alone ("le 16 à N'Djamena et le lendemain à Port-Soudan", "Lundi 13,
    le ministre convoquait ..."): the latest such day up to the anchor, on the weekday said
    with it, or the next one when the sentence is about the future."""
    weekdays = ctx.pats.lexicon.weekdays
    for m in ctx.found("bare_day"):
        if ctx.anchor is None:
            yield Hit(m.start(), m.end(), None, "day", _flags("day", "no-anchor"))
            continue
        forward = _future_sentence(ctx, m.start())
        weekday = weekdays[norm(m.group("wd"))] if m.group("wd") else None
        said = int(m.group("day"))
        day = cal.day_of_month_near(ctx.anchor, said, forward, weekday)
        checked = "weekday" if weekday is not None else None
        if day is None and weekday is not None:  # no such date near: the day of the month wins
            day, checked = cal.day_of_month_near(ctx.anchor, said, forward), "weekday-mismatch"
        if day is not None:
            flag = "future" if forward else None
            yield Hit(m.start(), m.end(), day.isoformat(), "day", _flags("day", flag, checked))


def _relative(ctx: Context) -> Iterator[Hit]:
    """Relative words: "hier", "demain", "la semaine dernière", "le mois prochain", "l'année dernière"."""
    lex, anchor = ctx.pats.lexicon, ctx.anchor
    for m in ctx.found("relative_day"):
        offset = lex.relative_days[norm(m.group())]
        value = (anchor + dt.timedelta(days=offset)).isoformat() if anchor else None
        yield Hit(m.start(), m.end(), value, "day", _flags("relative-day", None if anchor else "no-anchor"))
    for m in ctx.found("relative_period"):
        unit, offset = lex.relative_periods[norm(m.group())]
        name, precision = PERIODS[unit]
        if anchor is None:
            yield Hit(m.start(), m.end(), None, precision, _flags(name, "no-anchor"))
        elif unit == "W":
            monday, sunday = cal.week_bounds(anchor + dt.timedelta(weeks=offset))
            yield Hit(m.start(), m.end(), monday.isoformat(), precision, name, sunday.isoformat())
        elif unit == "WE":
            saturday, sunday = cal.weekend_near(anchor, offset)
            yield Hit(m.start(), m.end(), saturday.isoformat(), precision, name, sunday.isoformat())
        else:
            yield Hit(m.start(), m.end(), cal.shift(anchor, offset, unit)[0], precision, name)


def _counted_from(ctx: Context, pos: int) -> bool:
    """A word of ``past_since_words`` among the three before ``pos`` ("depuis la mi-avril",
    "since April"): the month is gone, whatever tense the sentence goes on in."""
    words = re.findall(r"[\w']+", ctx.text[max(0, pos - 25) : pos].lower())[-3:]
    return any(norm(w) in ctx.pats.lexicon.past_since_words for w in words)


def _months(ctx: Context) -> Iterator[Hit]:
    """A month without a year ("en juin", "juin dernier", "next June"): the latest such month up to
    the anchor's, or the next one when the words or the tense say so."""
    lex = ctx.pats.lexicon
    for m in ctx.found("month"):
        month = lex.months[norm(m.group("mon"))]
        modifier = norm(m.group("before") or m.group("after") or "")
        flag: str | None
        if modifier in lex.past_words:
            flag, forward, inclusive = "last", False, False
        elif modifier in lex.future_words:
            flag, forward, inclusive = "next", True, False
        else:
            forward = not _counted_from(ctx, m.start()) and _future_sentence(ctx, m.start())
            inclusive, flag = True, "future" if forward else None
        if ctx.anchor is None:
            yield Hit(m.start(), m.end(), None, "month", _flags("month", flag, "no-anchor"))
            continue
        year = cal.month_year_near(ctx.anchor, month, forward, inclusive)
        end = m.end()
        if said := _year_said_after(ctx, m.end()):  # "in July last year", "en juillet de l'année dernière"
            end, year, flag = said[0], ctx.anchor.year + said[1], "year-said"
        elif same := _same_year_after(ctx, m.end()):  # "en décembre de la même année"
            end, year, flag = same[0], same[1], "year-said"
        if days := _month_part(lex, m.group("pre") or "", year, month):
            yield Hit(m.start(), end, days[0], "range", _flags("month", flag, "part"), days[1])
        else:
            yield Hit(m.start(), end, f"{year:04d}-{month:02d}", "month", _flags("month", flag))


def _year_said_after(ctx: Context, pos: int) -> tuple[int, int] | None:
    """(end, year offset) of a relative year right after a month ("July last year"), if any."""
    for m in ctx.found("relative_period"):
        unit, offset = ctx.pats.lexicon.relative_periods[norm(m.group())]
        if m.start() >= pos and unit == "Y" and ctx.text[pos : m.start()].strip().lower() in ("", "of", "de"):
            return m.end(), offset
    return None


def _same_year_after(ctx: Context, pos: int) -> tuple[int, int] | None:
    """(end, year) when "of the same year" follows a month: the year last written before it."""
    said = ctx.pats.lexicon.same_year.match(ctx.text.lower(), pos)
    years = _WRITTEN_YEAR.findall(ctx.text, 0, pos)
    return (said.end(), int(years[-1])) if said and years else None


def _count(m: re.Match[str], ctx: Context) -> tuple[int, str] | None:
    """How many of which unit a quantity match states: "plus d'une dizaine d'années" -> (10, "Y")."""
    lex = ctx.pats.lexicon
    multiplier, unit = lex.units[norm(m.group("unit"))]
    num = m.group("num")
    if num:
        count = int(num) if num.isdigit() else lex.numbers[norm(num)]
    else:
        count = lex.approximate[norm(m.group("approx"))]
    return (count * multiplier, unit) if count else None


def _offsets(ctx: Context) -> Iterator[Hit]:
    """Offsets: "il y a trois jours", "two days ago" (past); "dans deux semaines", "in two weeks"."""
    for sign, rule, found in (
        (-1, "ago", ctx.found("ago_before") + ctx.found("ago_after")),
        (1, "later", ctx.found("later")),
    ):
        for m in found:
            counted = _count(m, ctx)
            if counted is None or (rule == "later" and _only_past_sentence(ctx, m.start())):
                continue  # "their second call in eight days": a span told in the past, no date
            if ctx.anchor is None:
                yield Hit(m.start(), m.end(), None, "day", _flags(rule, "no-anchor"))
                continue
            value, precision = cal.shift(ctx.anchor, sign * counted[0], counted[1])
            yield Hit(m.start(), m.end(), value, precision, rule)


def _spans_of_time(ctx: Context) -> Iterator[Hit]:
    """Durations ("pendant trois jours", "depuis une dizaine d'années") and recurrences ("tous les ans")."""
    for m in ctx.found("duration"):
        counted = _count(m, ctx)
        if counted:
            since = "since" if norm(m.group("kw")) in ctx.pats.lexicon.since_words else None
            yield Hit(m.start(), m.end(), cal.iso_duration(*counted), "duration", _flags("duration", since))
    for m in ctx.found("recurring"):
        every = ctx.pats.lexicon.units[norm(m.group("bare"))] if m.group("bare") else _count(m, ctx)
        if every:
            yield Hit(m.start(), m.end(), cal.iso_duration(*every), "recurring", "recurring")


def _clock_times(ctx: Context) -> Iterator[Hit]:
    """A clock time alone ("à 16h30"): value "T16:30", a time of day, never a date."""
    for m in ctx.found("time_of_day"):
        clock = _clock(m, "")
        if clock:
            yield Hit(m.start(), m.end(), f"T{clock}", "time", "time-of-day")


RULES: tuple[Callable[[Context], Iterator[Hit]], ...] = (
    _ranges,
    _bounds,
    _dates,
    _numeric_dates,
    _iso_dates,
    _month_years,
    _months,
    _years,
    _spans_of_time,
    _offsets,
    _relative,
    _weekdays,
    _bare_days,
    _clock_times,
)
"""Rule families in order of preference when two matches of equal length overlap."""


def _longest_first(hits: list[tuple[int, Hit]]) -> list[Hit]:
    """The longest matches that do not overlap, in text order (ties go to the earlier rule family)."""
    starts: list[int] = []  # starts of the kept hits, sorted, for a bisect instead of a scan
    kept: list[Hit] = []
    for _, hit in sorted(hits, key=lambda item: (item[1].start - item[1].end, item[0], item[1].start)):
        at = bisect.bisect_right(starts, hit.start)
        if (at == 0 or kept[at - 1].end <= hit.start) and (at == len(kept) or hit.end <= kept[at].start):
            starts.insert(at, hit.start)
            kept.insert(at, hit)
    return kept


def _family(rule: str) -> str:
    return rule.split(";", 1)[0]


def _closing_day(since: Hit, until: Hit) -> str | None:
    """The until-date on the calendar counted from the since-date (a year-less "jusqu'au jeudi 26 juin")."""
    start = cal.period_bounds(since.value or "")
    if start is None:
        return None
    if until.yearless is None:
        end = cal.period_bounds(until.value or "")
        return until.value if end and end[1] >= start[0] else None
    month, day, weekday = until.yearless
    for year in (start[0].year, start[0].year + 1):
        candidate = cal.make_date(year, month, day)
        if candidate and candidate >= start[0] and weekday in (None, candidate.weekday()):
            return candidate.isoformat()
    return None


def _pair_since_until(hits: list[Hit]) -> list[Hit]:
    """Close each open "depuis X" with the next "jusqu'au Y" of the text, if no other "depuis" comes first."""
    for i, hit in enumerate(hits):
        if _family(hit.rule) != "since" or hit.value_end is not None:
            continue
        for later in hits[i + 1 :]:
            if _family(later.rule) == "since":
                break
            if _family(later.rule) != "until":
                continue
            closing = _closing_day(hit, later)
            if closing:
                hits[i] = replace(hit, value_end=closing, rule=_flags(hit.rule, "until-paired"))
                if later.value is None or "year-inferred" in later.rule:
                    hits[hits.index(later)] = replace(
                        later, value=closing, rule=_flags("until", "from-since")
                    )
            break
    return hits


def resolve_times(
    text: str, anchor: dt.date | None, lang: str = "fr", doc_id: str = "", field: Field = "body"
) -> list[TimeRef]:
    """Every time expression of ``text``, resolved against ``anchor``, in text order.

    Without an anchor, absolute expressions still resolve and relative ones come
    back with ``value`` None and the ``no-anchor`` flag (see ``choose_anchor``).
    """
    pats = patterns(lang)
    ctx = Context(text, anchor, pats, _scan(text, pats))
    hits = [(rank, hit) for rank, rule in enumerate(RULES) for hit in rule(ctx)]
    anchor_iso = anchor.isoformat() if anchor else None
    return [
        TimeRef(
            doc_id=doc_id,
            field=field,
            start=hit.start,
            end=hit.end,
            text=text[hit.start : hit.end],
            value=hit.value,
            precision=hit.precision,
            value_end=hit.value_end,
            anchor=anchor_iso,
            rule=hit.rule,
        )
        for hit in _following_days(
            _weekdays_of_weeks(_apposed_weekdays(_pair_since_until(_longest_first(hits)), text), text), anchor
        )
    ]


def _apposed_weekdays(hits: list[Hit], text: str) -> list[Hit]:
    """A weekday in apposition to the date just before it, and falling on it, is that date
    ("On April 5, Easter Sunday, ...": not the Sunday before the page)."""
    for i in range(1, len(hits)):
        date, hit = hits[i - 1], hits[i]
        if not (date.precision == "day" and date.value and _family(hit.rule) in ("weekday", "weekday-this")):
            continue
        day = dt.date.fromisoformat(date.value[:10])
        said = cal.period_bounds(hit.value or "")
        if said and said[0].weekday() == day.weekday() and APPOSITION.fullmatch(text[date.end : hit.start]):
            hits[i] = replace(hit, value=day.isoformat(), rule=_flags(hit.rule, "apposed"))
    return hits


def _weekdays_of_weeks(hits: list[Hit], text: str) -> list[Hit]:
    """A weekday followed by the week it falls in is that week's day, one expression ("a call
    on Thursday last week" on a Friday page: the Thursday eight days before, not the day before)."""
    out: list[Hit] = []
    for hit in hits:
        day = out[-1] if out else None
        if (
            day is not None
            and _family(day.rule) in ("weekday", "weekday-this")
            and _family(hit.rule) == "relative-week"
            and day.value
            and hit.value
            and WEEK_OF_DAY.fullmatch(text[day.end : hit.start])
        ):
            monday = dt.date.fromisoformat(hit.value[:10])
            named = monday + dt.timedelta(days=dt.date.fromisoformat(day.value[:10]).weekday())
            out[-1] = replace(day, end=hit.end, value=named.isoformat(), rule=_flags(day.rule, "of-week"))
            continue
        out.append(hit)
    return out


def _following_days(hits: list[Hit], anchor: dt.date | None) -> list[Hit]:
    """Days counted from the day last written before them, when that is not ahead of the
    anchor; with no such day they stay as read from the anchor.

    A following weekday is the first after it ("Le 17 avril au soir, ... Le lundi suivant,
    le Maroc convoquait ..."). A day of the month alone continues its month, or the next
    one ("Mercredi 15 avril, ... Le 17, Addis-Abeba convoque ...", in a weekly of 19 May).
    """
    told: dt.date | None = None
    for i, hit in enumerate(hits):
        day = dt.date.fromisoformat(hit.value) if hit.precision == "day" and hit.value else None
        moved = _day_from_told(hit, day, told) if day is not None and told is not None else None
        if moved is not None and moved != day and (anchor is None or moved <= anchor):
            hits[i] = replace(hit, value=moved.isoformat(), rule=_flags(hit.rule, "from-told"))
            day = moved
        told = day or told
    return hits


def _day_from_told(hit: Hit, day: dt.date, told: dt.date) -> dt.date | None:
    """The day a following weekday or a day of the month alone names when counted from
    ``told`` (see ``_following_days``); None for other rules, or a day too far from it."""
    family, flags = _family(hit.rule), hit.rule.split(";")[1:]
    if family == "weekday-following":
        return cal.weekday_after(told, day.weekday(), False)
    if family != "day" or "future" in flags or "weekday-mismatch" in flags:
        return None
    weekday = day.weekday() if "weekday" in flags else None
    moved = cal.day_of_month_near(told, day.day, True, weekday)
    return moved if moved is not None and (moved - told).days <= TOLD_MONTH_DAYS else None
