"""Publication dates as page headers, credits and URLs write them (French and English).

Precompiled regular expressions over the calendar words of ``data/calendar.yaml``: no
dateparser in this hot path. Only complete dates (day, month and year) are read; a weekday
date without a year is an event in the story, not a publication date. The time is kept when
the page states it right after the date ("jeudi 12 octobre 2023 - 16:51" -> 2023-10-12T16:51).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from storyline.config import load_yaml_data
from storyline.extract.features import fold

MIN_YEAR = 1990
MAX_YEAR = 2100
CUE_WINDOW_WORDS = 3  # a cue counts when it is among the few words just before the date
MAX_OTHER_WORDS = 5  # a line that is mostly a date (at most this many other words) is a date line
MAX_META_LINE_WORDS = 16  # ... and so is a short line of fields with the date as one of them
_FIELD_SEPARATORS = "|•·—"

_TIME = (
    r"(?:\s*(?:,|-|–|—|\||/|à|a|at|@)?\s*(?P<hh>[01]?\d|2[0-3])\s*[:h]\s*(?P<mm>[0-5]\d)"
    r"(?:\s*(?P<ap>[ap])\.?m\b\.?)?(?!\d))?"
)


_TIME_BEFORE = re.compile(  # "Published: 09:40 GMT, 12 April 2024": the time written before the date
    r"(?<![\d:])(?P<hh>[01]?\d|2[0-3])\s*[:h]\s*(?P<mm>[0-5]\d)(?:\s*(?P<ap>[ap])\.?m\b\.?)?"
    r"(?:\s+[A-Z]{2,4})?\s*[,–—-]?\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20|21)\d\d(?!\d)")  # no year, no complete date: skip the line


@dataclass(frozen=True)
class FoundDate:
    """A complete date found in a line, as ISO text, with its character span in the line."""

    iso: str
    start: int
    end: int


@dataclass(frozen=True)
class _Calendar:
    months: dict[str, int]
    patterns: tuple[re.Pattern[str], ...]
    publication_cues: tuple[str, ...]
    update_cues: tuple[str, ...]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _calendar() -> _Calendar:
    """Compile the date patterns from the calendar lexicon once per process."""
    data = load_yaml_data("calendar.yaml")
    months = {str(k).lower(): int(v) for k, v in data["months"].items()}
    month = f"(?:{_alternation(list(months))})"
    weekday = f"(?:(?:{_alternation(data['weekdays'])})\\.?,?\\s+)?"
    day = r"(?P<d>[0-3]?\d)(?:er|st|nd|rd|th)?"
    patterns = (
        rf"\b{weekday}{day}\.?\s+(?P<m>{month})\.?,?\s+(?P<y>\d{{4}})\b",
        rf"\b{weekday}(?P<m>{month})\.?\s+{day},?\s+(?P<y>\d{{4}})\b",
        r"(?<![\d/.])(?P<d>[0-3]?\d)[/.](?P<m>[0-3]?\d)[/.](?P<y>\d{4})(?![\d/.])",
        r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
        r"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d))?(?!\d)",
    )
    return _Calendar(
        months=months,
        patterns=(*(re.compile(p + _TIME, re.IGNORECASE) for p in patterns[:3]), re.compile(patterns[3])),
        publication_cues=tuple(fold(c) for c in data.get("publication_cues", [])),
        update_cues=tuple(fold(c) for c in data.get("update_cues", [])),
    )


def _calendar_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _iso(match: re.Match[str], months: dict[str, int]) -> str | None:
    """The ISO form of a date match, or None when it is no real calendar day."""
    month_text = match["m"].lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else months.get(month_text, 0)
    day = _calendar_day(int(match["y"]), month, int(match["d"]))
    if day is None and month_text.isdigit():  # 03/27/2024: a month-first numeric date
        day = _calendar_day(int(match["y"]), int(match["d"]), month)
    if day is None:
        return None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    if match["hh"] is None:
        return day.isoformat()
    hour = _hour(int(match["hh"]), match.groupdict().get("ap"))
    return f"{day.isoformat()}T{hour:02d}:{match['mm']}"


def find_date(text: str) -> FoundDate | None:
    """The first complete date written in ``text`` (numeric dates read day first)."""
    if not _YEAR.search(text):
        return None
    cal = _calendar()
    best: FoundDate | None = None
    for pattern in cal.patterns:
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best.start:
                break
            iso = _iso(match, cal.months)
            if iso:
                best = FoundDate(iso, match.start(), match.end())
                break
    return _with_time_before(text, best) if best and "T" not in best.iso else best


def _with_time_before(text: str, found: FoundDate) -> FoundDate:
    """The date with the time of day written just before it, if any ("09:40 GMT, 12 April 2024")."""
    match = _TIME_BEFORE.search(text, 0, found.start)
    if not match:
        return found
    hour = _hour(int(match["hh"]), match["ap"])
    return FoundDate(f"{found.iso}T{hour:02d}:{match['mm']}", match.start(), found.end)


def _hour(hour: int, ap: str | None) -> int:
    """The 24-hour hour of a time written with an optional a.m./p.m."""
    ap = (ap or "").lower()
    if ap == "p" and hour < 12:
        return hour + 12
    if ap == "a" and hour == 12:
        return 0
    return hour


def _cue_before(text: str, found: FoundDate, cues: tuple[str, ...]) -> bool:
    before = " ".join(fold(text[: found.start]).split()[-CUE_WINDOW_WORDS - 1 :])
    return any(f" {cue} " in f" {before} " for cue in cues)


def is_update_date(text: str, found: FoundDate) -> bool:
    """The date is introduced as a modification ("Mis à jour le ...", "Updated ...")."""
    return _cue_before(text, found, _calendar().update_cues)


def is_header_date(text: str, found: FoundDate) -> bool:
    """The line states when the page was published: a cue, a credit, or little besides the date.

    A date inside a headline or a sentence ("Discours du 24 avril 1990 : ...") is not one.
    """
    if text.lstrip().startswith("©") or _cue_before(text, found, _calendar().publication_cues):
        return True
    if is_update_date(text, found):
        return True
    other = text[: found.start] + " " + _without_update_date(text, found.end)
    if len(_before_update_cue(fold(other)).split()) <= MAX_OTHER_WORDS:
        return True
    words = [w for w in text.split() if w.strip(_FIELD_SEPARATORS)]  # a separator is no word
    return _is_own_field(text, found) and len(words) <= MAX_META_LINE_WORDS


def has_field_separator(text: str) -> bool:
    """The line holds a separator of meta fields ("|", "•"): it may carry a dateline field."""
    return any(sep in text for sep in _FIELD_SEPARATORS)


def is_dateline_field(text: str, found: FoundDate) -> bool:
    """The date is a publication field closing on a separator, even where the line ends like a
    sentence ("Politique Article Titre ... Publié le mardi 21 avril 2026 | Source : Agence (API)").
    A sentence of the text ("Le rapport, publié le 3 mai 2024, ...") runs on after its date."""
    rest = text[found.end :].lstrip()
    return (
        bool(rest) and rest[0] in _FIELD_SEPARATORS and _cue_before(text, found, _calendar().publication_cues)
    )


def _before_update_cue(folded: str) -> str:
    """The words before an update cue: what follows it is the update ("Updated 12 min ago"),
    not more of the line around the publication date."""
    padded = f" {folded} "
    cut = min(
        (i for cue in _calendar().update_cues if (i := padded.find(f" {cue} ")) >= 0), default=len(padded)
    )
    return padded[:cut]


def _without_update_date(text: str, start: int) -> str:
    """The line from ``start`` less an update's date after it ("Feb 18, 2026 10:12 am
    Updated: Feb 18, 2026 11:40 am"): a line giving both dates is a date line."""
    later = find_date(text[start:])
    if later is None:
        return text[start:]
    shifted = FoundDate(later.iso, start + later.start, start + later.end)
    if not is_update_date(text, shifted):
        return text[start:]
    return text[start : shifted.start] + " " + text[shifted.end :]


def _is_own_field(text: str, found: FoundDate) -> bool:
    """The date is one field of a meta line ("By X | March 27, 2024 | 3 min read")."""
    before = max(text.rfind(sep, 0, found.start) for sep in _FIELD_SEPARATORS)
    after = [i for i in (text.find(sep, found.end) for sep in _FIELD_SEPARATORS) if i >= 0]
    if before < 0 and not after:
        return False
    field = text[before + 1 : min(after, default=len(text))]
    return len(fold(field).split()) - len(fold(text[found.start : found.end]).split()) <= 1


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?([01]\d)[/-]?([0-3]\d)(?=[/_.-]|$)")


def date_in_url(url: str | None) -> str | None:
    """An ISO date written in a URL's path (/2024/03/29/, /2024-03-29-, /20240329/)."""
    if not url:
        return None
    for y, m, d in _URL_DATE.findall(url):
        try:
            return dt.date(int(y), int(m), int(d)).isoformat()
        except ValueError:
            continue
    return None


def normalise_hint(hint: str | None) -> str | None:
    """A date given beside the page (JSONL ``date``, WARC-Date) as ISO date or date-time."""
    if not hint:
        return None
    found = find_date(hint.strip())
    return found.iso if found else None
