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
from pathlib import Path
from typing import Any

from storyline.config import DATA_DIR, load_settings, load_yaml_data

NEVER = r"(?!)"
YEAR = r"(?:1[6-9]|2[01])\d\d"
DIGIT = "#"
LEADS: dict[str, tuple[str, ...]] = {
    "date": ("weekdays", DIGIT, "months"),
    "numeric": (DIGIT,),
    "iso": (DIGIT,),
    "month_year": ("months",),
    "month": ("month_prefixes", "weekday_past_before", "weekday_future_before"),
    "year": ("year_prefixes",),
    "year_clause": (DIGIT,),
    "range_days": ("range_open",),
    "range_dash": ("weekdays", DIGIT, "months"),
    "range_month_first": ("months", "range_open"),
    "range_years": ("range_open",),
    "since": ("since_words",),
    "until": ("until_words",),
    "weekday": (
        "weekday_this_before",
        "weekday_past_before",
        "weekday_future_before",
        "weekday_following_before",
        "weekdays",
    ),
    "bare_day": ("bare_day_before", "weekdays"),
    "relative_day": ("relative_days",),
    "relative_period": ("relative_periods",),
    "ago_before": ("ago_before",),
    "ago_after": ("quantity_qualifiers", "numbers", "quantity_articles", "approximate_numbers", DIGIT),
    "later": ("later_before",),
    "duration": ("duration_before",),
    "recurring": ("recurring_before",),
    "time_of_day": (DIGIT,),
}
"""Rule family -> the lexicon keys whose entries can start it (DIGIT: a number)."""
REQUIRES = {
    "ago_after": "ago_after",
    "date": "months",
    "range_dash": "months",
    "time_of_day": "time_of_day",
    "year_clause": "year_clause_words",
}
"""Families led by a number that cannot match when the language lacks this lexicon entry."""


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
    past_since_words: frozenset[str]  # "depuis (la) mi-avril": counted from, so already past
    until_words: frozenset[str]
    past_words: frozenset[str]
    future_words: frozenset[str]
    following_words: frozenset[str]  # "le lundi suivant", "the following Monday": after the day last written
    numeric_order: str
    future_cues: re.Pattern[str]
    past_cues: re.Pattern[str]
    capitalised_names: bool  # month and weekday names count only when capitalised ("May", not "may")
    day_list: re.Pattern[str]  # the days listed before a date that shares their month ("les 9 et 16 juin")
    same_year: re.Pattern[str]  # after a month, its year is the one last written ("de la même année")
    month_parts: dict[str, tuple[int, int]]  # "mid-", "fin": the days of the month the prefix names
    part_before: re.Pattern[str]  # such a prefix just before a month and year ("fin avril 2026")


@dataclass(frozen=True)
class TimePatterns:
    """Compiled patterns of one language, each tried only where one of its lead words stands.

    ``families`` maps a rule family to its pattern; ``leads`` finds the places
    where any family may start (a digit, or the first word of a lexicon entry)
    and ``lead_families`` says which families to try there ("#" for a digit).
    Patterns are written in lower case and run on the lower-cased text.
    """

    lexicon: TimeLexicon
    families: dict[str, re.Pattern[str]]
    leads: re.Pattern[str]
    lead_families: dict[str, tuple[str, ...]]


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


def trie(words: list[str]) -> str:
    """Alternation of many words factored on common prefixes ("d(?:e|u|ans)"): the regex engine
    then rejects a position after one character instead of trying every word."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            ("['’]" if ch == "'" else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(root) or NEVER


def bounded(words: Any) -> str:
    """Alternation that starts and ends on a word boundary (an entry may end in "-" or "'": "mi-")."""
    return rf"(?<![\w-]){alternation(words)}(?:(?<!\w)|(?!\w))"


def _words(data: dict[str, Any], *keys: str) -> list[str]:
    return [str(w) for key in keys for w in (data.get(key) or [])]


def _unit(spec: Any) -> tuple[int, str]:
    match = re.fullmatch(r"(\d+)([A-Z]+)", str(spec))
    if not match:
        raise ValueError(f"time lexicon: bad unit {spec!r} (want e.g. 1D, 10Y)")
    return int(match.group(1)), match.group(2)


def _numbers(data: dict[str, Any], key: str) -> dict[str, int]:
    return {norm(str(k)): int(v) for k, v in (data.get(key) or {}).items()}


def _cues(data: dict[str, Any], tense: str) -> re.Pattern[str]:
    """Words (``<tense>_cues``) or verb forms (``<tense>_verb_pattern``, case-sensitive) of a tense."""
    parts = []
    if data.get(f"{tense}_cues"):
        parts.append("(?i:" + bounded(data[f"{tense}_cues"]) + ")")
    if data.get(f"{tense}_verb_pattern"):
        parts.append(str(data[f"{tense}_verb_pattern"]))
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
        past_since_words=frozenset(norm(w) for w in _words(data, "past_since_words")),
        until_words=frozenset(norm(w) for w in _words(data, "until_words")),
        past_words=frozenset(norm(w) for w in _words(data, "weekday_past_before", "weekday_past_after")),
        future_words=frozenset(
            norm(w) for w in _words(data, "weekday_future_before", "weekday_future_after")
        ),
        following_words=frozenset(
            norm(w) for w in _words(data, "weekday_following_before", "weekday_following_after")
        ),
        numeric_order=str(data.get("numeric_date_order") or "dmy"),
        future_cues=_cues(data, "future"),
        past_cues=_cues(data, "past"),
        capitalised_names=bool(data.get("capitalised_names")),
        day_list=_day_list(data),
        same_year=re.compile(r"\s*,?\s*(?:" + bounded(_words(data, "same_year_after")) + ")")
        if data.get("same_year_after")
        else re.compile(NEVER),
        month_parts={
            norm(str(k)): (int(v[0]), int(v[1])) for k, v in (data.get("month_parts") or {}).items()
        },
        part_before=re.compile(
            rf"(?:{bounded(list(data['month_parts']))})\s*$" if data.get("month_parts") else NEVER
        ),
    )


def _day_list(data: dict[str, Any]) -> re.Pattern[str]:
    """Days written before a date and joined to it ("9 et", "3, 4 et"), matched at the end of
    the text before the date."""
    joiners = _words(data, "day_list_joiners")
    if not joiners:
        return re.compile(NEVER)
    day = rf"[0-3]?\d(?:{alternation(data.get('ordinal_suffixes'))})?"
    article = rf"(?:(?:{bounded(data.get('bare_day_before'))})\s+)?"  # "le 11 puis le 20 avril"
    return re.compile(
        rf"(?<![\w,.]){article}(?P<days>(?:{day}\s*,\s*)*{day})\s+(?:{alternation(joiners)})\s+$"
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
    """A month and year not preceded by a day ("31 février 2024" is no date, not February)."""
    return rf"(?<!\w)(?<!\d\s)(?P<mon>{alternation(data.get('months'))})(?!\w)\s+(?P<year>{YEAR})(?!\d)"


def _ranges(data: dict[str, Any]) -> tuple[str, str, str, str]:
    """Day ranges with words ("du 22 au 26 juin"), with a dash ("22-26 juin"), month first
    ("from June 22 to 26", where the language writes months first), and year ranges."""
    opening = bounded(data.get("range_open"))
    closing = alternation(data.get("range_close"))
    article = rf"(?:{alternation(data.get('articles'))}\s+)?"
    first = _date(data, "a_", month_optional=True)
    second = _date(data, "b_")
    dash = alternation(data.get("range_dash"))
    suffix = alternation(data.get("ordinal_suffixes"))
    month_first = (
        rf"(?:{opening}\s+)?(?<!\w)(?P<a_mon>{alternation(data.get('months'))})\s+(?P<a_day>[0-3]?\d)(?:{suffix})?"
        rf"(?:\s*{dash}\s*|\s+{closing}\s+)(?P<b_day>[0-3]?\d)(?:{suffix})?(?!\d)"
        rf"(?:,?\s+(?P<b_year>{YEAR})(?!\d))?"
    )
    return (
        rf"{opening}\s+{article}{first}\s+{closing}\s+{article}{second}",
        rf"(?<!\w){first}\s*{dash}\s*{second}",
        month_first if "md" in (data.get("day_month_orders") or []) else NEVER,
        rf"{opening}\s+(?P<a_year>{YEAR})\s+{closing}\s+(?P<b_year>{YEAR})(?!\d)",
    )


def _bound(data: dict[str, Any], key: str) -> str:
    """A date or month-year opened by a since-word or closed by an until-word."""
    article = rf"(?:{alternation(data.get('articles'))}\s+)?"
    return rf"(?P<kw>{bounded(data.get(key))})\s*{article}(?:{_date(data, 'a_')}|{_month_year(data)})"


def _month(data: dict[str, Any]) -> str:
    """A year-less month after a preposition or with a modifier: "en juin", "juin dernier", "last June"."""
    before = alternation(_words(data, "weekday_past_before", "weekday_future_before"))
    after = alternation(_words(data, "weekday_past_after", "weekday_future_after"))
    return (
        rf"(?:(?P<pre>{bounded(data.get('month_prefixes'))})\s*|(?P<before>{before})\s+)"
        rf"(?P<mon>{alternation(data.get('months'))})(?!\w)(?!\s+\d)"
        rf"(?:\s+(?P<after>{after})(?!\w))?"
    )


def _weekday(data: dict[str, Any]) -> str:
    """A weekday with its modifiers: "vendredi dernier", "ce lundi", "next Monday"."""
    before = alternation(
        _words(
            data,
            "weekday_this_before",
            "weekday_past_before",
            "weekday_future_before",
            "weekday_following_before",
        )
    )
    after = alternation(_words(data, "weekday_past_after", "weekday_future_after", "weekday_following_after"))
    return (
        rf"(?<!\w)(?:(?P<before>{before})\s+)?(?P<wd>{alternation(data.get('weekdays'))})(?!\w)"
        rf"(?:\s+(?P<after>{after})(?!\w))?"
    )


def _bare_day(data: dict[str, Any]) -> str:
    """A day of the month with no month ("le 16 à N'Djamena", "on the 16th", "Lundi 13, le
    ministre"): after its article or its weekday, not followed by a month, a unit or another
    number ("le 16 septembre", "le 16e", "le 16 h"); after a weekday, only before a
    punctuation mark ("On Monday 13 soldiers were killed" counts soldiers)."""
    suffix = alternation(data.get("ordinal_suffixes"))
    months = alternation(data.get("months"))
    article = bounded(data.get("bare_day_before"))
    weekdays = alternation(data.get("weekdays"))
    return (
        rf"(?<!\w)(?=(?:{article}|{weekdays})\s)(?:(?:{article})\s+)?(?:(?P<wd>{weekdays})\s+)?"
        rf"(?P<day>[1-9]|[12]\d|3[01])(?:{suffix})?(?(wd)(?=\s*[,.;:)]))"
        rf"(?![\w/:%-]|[.,]\d)(?!\s*(?:{months}|{alternation(data.get('bare_day_not_before'))})(?!\w))(?!\s*\d)"
        rf"(?!\s*(?:,|{alternation(data.get('day_list_joiners'))})\s*\d)"  # "on the 2nd and 9 June": a list
    )


def _families(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    quantity = _quantity(data)
    range_days, range_dash, range_month_first, range_years = _ranges(data)
    sources = {
        "date": rf"(?<!\w){_date(data, 'a_', with_time=True)}",
        "numeric": rf"(?<![\d/.])(?P<x>[0-3]?\d)([/.])(?P<y>[01]?\d)\2(?P<year>{YEAR})(?![\d/]|\.\d)",
        "iso": rf"(?<![\d-])(?P<year>{YEAR})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"
        r"(?:[t ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\d-])",
        "month_year": _month_year(data),
        "month": _month(data),
        "year": rf"(?P<pre>{bounded(data.get('year_prefixes'))})\s*(?P<year>{YEAR})(?![\d%]|\s*[-–/]\s*\d)",
        "year_clause": rf"(?<![\w-])(?P<year>{YEAR})(?=\s*,?\s*{bounded(data.get('year_clause_words'))})",
        "range_days": range_days,
        "range_dash": range_dash,
        "range_month_first": range_month_first,
        "range_years": range_years,
        "since": _bound(data, "since_words"),
        "until": _bound(data, "until_words"),
        "weekday": _weekday(data),
        "bare_day": _bare_day(data),
        "relative_day": bounded(data.get("relative_days")),
        "relative_period": bounded(data.get("relative_periods")),
        "ago_before": rf"{bounded(data.get('ago_before'))}\s+{quantity}",
        "ago_after": rf"(?<!\w){quantity}\s+{bounded(data.get('ago_after'))}",
        "later": rf"{bounded(data.get('later_before'))}\s+{quantity}",
        "duration": rf"(?P<kw>{bounded(data.get('duration_before'))})\s+{quantity}",
        "recurring": rf"{bounded(data.get('recurring_before'))}\s+"
        rf"(?:{quantity}|(?P<bare>{alternation(data.get('units'))})(?!\w))",
        "time_of_day": rf"(?<![\w:.,+])(?:{_clock(data, '')})(?![\w:])",
    }
    return {name: re.compile(source) for name, source in sources.items()}


def _lead_families(data: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """First word of every entry that can start a family ("il" for "il y a"), and those families."""
    leads: dict[str, list[str]] = {}
    for family, keys in LEADS.items():
        if family in REQUIRES and not data.get(REQUIRES[family]):
            continue
        for key in keys:
            words = [DIGIT] if key == DIGIT else [norm(str(w)).split(" ")[0] for w in data.get(key) or []]
            for word in words:
                if family not in leads.setdefault(word, []):
                    leads[word].append(family)
    return {word: tuple(families) for word, families in leads.items()}


def _patterns(data: dict[str, Any]) -> TimePatterns:
    lead_families = _lead_families(data)
    words = [w for w in lead_families if w != DIGIT]
    return TimePatterns(
        lexicon=_lexicon(data),
        families=_families(data),
        leads=re.compile(rf"(?<!\w)(?:(?P<digit>\d)|{trie(words)}(?:(?<!\w)|(?!\w)))"),
        lead_families=lead_families,
    )


@lru_cache(maxsize=8)
def patterns(lang: str) -> TimePatterns:
    """Compiled patterns for ``lang``; a language without a lexicon gets only the numeric rules."""
    return _patterns(load_yaml_data(f"time_{lang}.yaml"))


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Languages with a time lexicon, shipped or in a user data folder."""
    folders = [DATA_DIR, *(Path(d) for d in load_settings().data_dirs)]
    return tuple(sorted({p.stem.removeprefix("time_") for d in folders for p in d.glob("time_*.yaml")}))
