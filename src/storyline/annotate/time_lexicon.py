"""The time lexicons (data/time_<lang>.yaml) compiled into the regexes the time rules use.

Words live in data files so a new outlet's phrasing or a new language is a data
change; this module only turns them into patterns, once per language (cached),
so ``resolve_times`` stays a handful of precompiled scans per text.

Date patterns name their groups with a prefix (``a_`` for a date or the start
of a range, ``b_`` for the end of a range) and, where a language writes day and
month in several orders, a shape number (``a_day0``, ``a_day1``); ``group``
reads whichever matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from storyline.config import load_yaml_data

NEVER = r"(?!)"
YEAR = r"(?:1[6-9]|2[01])\d\d"
FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class TimeLexicon:
    """One language's time words, keyed by ``norm`` of the entry."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    approximate: dict[str, int]
    units: dict[str, tuple[int, str]]
    relative_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    since_words: frozenset[str]
    past_words: frozenset[str]
    future_words: frozenset[str]
    numeric_order: str
    future_cues: re.Pattern[str]


@dataclass(frozen=True)
class TimePatterns:
    """Compiled patterns, one per rule family, in one language's words."""

    lexicon: TimeLexicon
    date: re.Pattern[str]
    numeric: re.Pattern[str]
    iso: re.Pattern[str]
    month_year: re.Pattern[str]
    year: re.Pattern[str]
    range_days: re.Pattern[str]
    range_dash: re.Pattern[str]
    range_years: re.Pattern[str]
    since: re.Pattern[str]
    until: re.Pattern[str]
    weekday: re.Pattern[str]
    relative_day: re.Pattern[str]
    relative_period: re.Pattern[str]
    ago: tuple[re.Pattern[str], ...]
    later: re.Pattern[str]
    duration: re.Pattern[str]
    recurring: re.Pattern[str]
    time_of_day: re.Pattern[str]


def norm(word: str) -> str:
    """Lookup key of a matched word: lower case, curly apostrophe straightened, spaces collapsed."""
    return " ".join(word.lower().replace("’", "'").split())


def group(match: re.Match[str], name: str) -> str | None:
    """The text of group ``name`` or of its first numbered shape (``name0``, ``name1``...) that matched."""
    names = match.re.groupindex
    for key in (name, *(f"{name}{n}" for n in range(4))):
        if key in names and match.group(key) is not None:
            return match.group(key)
    return None


def _entry(word: str) -> str:
    """Regex for one lexicon entry: apostrophes of either kind, any run of spaces."""
    parts = [re.escape(p) for p in norm(word).split(" ")]
    return r"\s+".join(parts).replace("'", "['’]")


def alternation(words: Any) -> str:
    """Non-capturing alternation of lexicon entries, longest first; never matches when empty."""
    entries = sorted({norm(str(w)) for w in (words or [])}, key=len, reverse=True)
    if not entries:
        return NEVER
    return "(?:" + "|".join(_entry(w) for w in entries) + ")"


def bounded(words: Any) -> str:
    """Alternation that starts and ends on a word boundary."""
    return rf"(?<![\w-]){alternation(words)}(?!\w)"


def _words(data: dict[str, Any], *keys: str) -> list[str]:
    return [str(w) for key in keys for w in (data.get(key) or [])]


def _unit(spec: Any) -> tuple[int, str]:
    match = re.fullmatch(r"(\d+)([A-Z]+)", str(spec))
    if not match:
        raise ValueError(f"time lexicon: bad unit {spec!r} (want e.g. 1D, 10Y)")
    return int(match.group(1)), match.group(2)


def _numbers(data: dict[str, Any], key: str) -> dict[str, int]:
    return {norm(str(k)): int(v) for k, v in (data.get(key) or {}).items()}


def _future_cues(data: dict[str, Any]) -> re.Pattern[str]:
    """Words or verb forms that put a sentence in the future (case-sensitive verb pattern)."""
    parts = []
    if data.get("future_cues"):
        parts.append("(?i:" + bounded(data["future_cues"]) + ")")
    if data.get("future_verb_pattern"):
        parts.append(str(data["future_verb_pattern"]))
    return re.compile("|".join(parts) or NEVER)


def _lexicon(data: dict[str, Any]) -> TimeLexicon:
    return TimeLexicon(
        months=_numbers(data, "months"),
        weekdays=_numbers(data, "weekdays"),
        numbers=_numbers(data, "numbers"),
        approximate=_numbers(data, "approximate_numbers"),
        units={norm(str(k)): _unit(v) for k, v in (data.get("units") or {}).items()},
        relative_days=_numbers(data, "relative_days"),
        relative_periods={
            norm(str(k)): (str(v[0]), int(v[1])) for k, v in (data.get("relative_periods") or {}).items()
        },
        since_words=frozenset(norm(w) for w in _words(data, "since_words")),
        past_words=frozenset(norm(w) for w in _words(data, "weekday_past_before", "weekday_past_after")),
        future_words=frozenset(norm(w) for w in _words(data, "weekday_future_before", "weekday_future_after")),
        numeric_order=str(data.get("numeric_date_order") or "dmy"),
        future_cues=_future_cues(data),
    )


def _clock(data: dict[str, Any], prefix: str) -> str:
    """The time-of-day regex with its groups renamed under ``prefix``."""
    clock = str(data.get("time_of_day") or NEVER)
    return re.sub(r"\(\?P<(\w+)>", rf"(?P<{prefix}\1>", clock)


def _date(data: dict[str, Any], p: str, with_time: bool = False, month_optional: bool = False) -> str:
    """A weekday (optional), day and month in each of the language's orders, then an optional year.

    ``month_optional`` lets the month go unsaid (the first day of "du 22 au 26 juin");
    a comma before the year is accepted only after month-day ("March 27, 2024"),
    so "14 juin, 2000 manifestants" keeps its crowd.
    """
    suffix = alternation(data.get("ordinal_suffixes"))
    shapes = []
    for n, order in enumerate(data.get("day_month_orders") or ["dm"]):
        day = rf"(?<![\d.,/])(?P<{p}day{n}>[0-3]?\d)(?:{suffix})?(?!\d)"
        month = rf"(?P<{p}mon{n}>{alternation(data.get('months'))})(?!\w)"
        year = rf"(?P<{p}year{n}>{YEAR})(?!\d)"
        if order == "dm":
            tail = rf"(?:\s+{month}(?:\s+{year})?)"
            shapes.append(rf"{day}(?:\s+of)?{tail}{'?' if month_optional else ''}")
        else:
            shapes.append(rf"{month}\s+{day}(?:,?\s+{year})?")
    weekday = rf"(?:(?P<{p}wd>{alternation(data.get('weekdays'))}),?\s+(?:the\s+)?)?"
    core = weekday + "(?:" + "|".join(shapes) + ")"
    if not with_time:
        return core
    connector = alternation(data.get("time_connectors"))
    return rf"{core}(?:\s*{connector}?\s*(?:{_clock(data, p)}))?"


def _quantity(data: dict[str, Any]) -> str:
    """A counted unit: "trois jours", "plus d'une dizaine d'années", "two weeks"; groups num, approx, unit."""
    qualifier = alternation(data.get("quantity_qualifiers"))
    article = alternation(data.get("quantity_articles"))
    return (
        rf"(?:{qualifier}\s*)?"
        rf"(?:(?P<num>\d+|{alternation(data.get('numbers'))})\s+"
        rf"|(?:{article}\s+)?(?P<approx>{alternation(data.get('approximate_numbers'))})\s+"
        rf"{alternation(data.get('approximate_links'))}\s*)"
        rf"(?P<unit>{alternation(data.get('units'))})(?!\w)"
    )


def _month_year(data: dict[str, Any]) -> str:
    return rf"(?<!\w)(?P<mon>{alternation(data.get('months'))})(?!\w)\s+(?P<year>{YEAR})(?!\d)"


def _ranges(data: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Day ranges with words ("du 22 au 26 juin"), with a dash ("22-26 juin"), and year ranges."""
    opening = bounded(data.get("range_open"))
    closing = alternation(data.get("range_close"))
    article = rf"(?:{alternation(data.get('articles'))}\s+)?"
    first = _date(data, "a_", month_optional=True)
    second = _date(data, "b_")
    return (
        re.compile(rf"{opening}\s+{article}{first}\s+{closing}\s+{article}{second}", FLAGS),
        re.compile(rf"(?<!\w){first}\s*{alternation(data.get('range_dash'))}\s*{second}", FLAGS),
        re.compile(rf"{opening}\s+(?P<a_year>{YEAR})\s+{closing}\s+(?P<b_year>{YEAR})(?!\d)", FLAGS),
    )


def _bound(data: dict[str, Any], key: str) -> re.Pattern[str]:
    """A date or month-year opened by a since-word or closed by an until-word."""
    article = rf"(?:{alternation(data.get('articles'))}\s+)?"
    return re.compile(
        rf"(?P<kw>{bounded(data.get(key))})\s*{article}(?:{_date(data, 'a_')}|{_month_year(data)})", FLAGS
    )


def _weekday(data: dict[str, Any]) -> re.Pattern[str]:
    before = alternation(_words(data, "weekday_this_before", "weekday_past_before", "weekday_future_before"))
    after = alternation(_words(data, "weekday_past_after", "weekday_future_after"))
    return re.compile(
        rf"(?<!\w)(?:(?P<before>{before})\s+)?(?P<wd>{alternation(data.get('weekdays'))})(?!\w)"
        rf"(?:\s+(?P<after>{after})(?!\w))?",
        FLAGS,
    )


def _patterns(data: dict[str, Any]) -> TimePatterns:
    quantity = _quantity(data)
    range_days, range_dash, range_years = _ranges(data)
    return TimePatterns(
        lexicon=_lexicon(data),
        date=re.compile(rf"(?<!\w){_date(data, 'a_', with_time=True)}", FLAGS),
        numeric=re.compile(rf"(?<![\d/.])(?P<x>[0-3]?\d)([/.])(?P<y>[01]?\d)\2(?P<year>{YEAR})(?![\d/.])"),
        iso=re.compile(
            rf"(?<![\d-])(?P<year>{YEAR})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"
            r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\d-])"
        ),
        month_year=re.compile(_month_year(data), FLAGS),
        year=re.compile(
            rf"(?P<pre>{bounded(data.get('year_prefixes'))})\s*(?P<year>{YEAR})(?![\d%]|\s*[-–/]\s*\d)", FLAGS
        ),
        range_days=range_days,
        range_dash=range_dash,
        range_years=range_years,
        since=_bound(data, "since_words"),
        until=_bound(data, "until_words"),
        weekday=_weekday(data),
        relative_day=re.compile(bounded(data.get("relative_days")), FLAGS),
        relative_period=re.compile(bounded(data.get("relative_periods")), FLAGS),
        ago=(
            re.compile(rf"{bounded(data.get('ago_before'))}\s+{quantity}", FLAGS),
            re.compile(rf"(?<!\w){quantity}\s+{bounded(data.get('ago_after'))}", FLAGS),
        ),
        later=re.compile(rf"{bounded(data.get('later_before'))}\s+{quantity}", FLAGS),
        duration=re.compile(rf"(?P<kw>{bounded(data.get('duration_before'))})\s+{quantity}", FLAGS),
        recurring=re.compile(
            rf"{bounded(data.get('recurring_before'))}\s+"
            rf"(?:{quantity}|(?P<bare>{alternation(data.get('units'))})(?!\w))",
            FLAGS,
        ),
        time_of_day=re.compile(rf"(?<![\w:.,+])(?:{_clock(data, '')})(?![\w:])", FLAGS),
    )


@lru_cache(maxsize=8)
def patterns(lang: str) -> TimePatterns:
    """Compiled patterns for ``lang``; a language without a lexicon gets only the numeric rules."""
    return _patterns(load_yaml_data(f"time_{lang}.yaml"))
