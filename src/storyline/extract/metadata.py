"""Page metadata read from header, credit and signature lines: outlet names, crawl month, author.

The outlet's name is never looked up in a list of sites: it is read from the shapes news pages
use to sign themselves (a window-title suffix " - site.com" / " | Site", a "© Site.com - date"
credit, a "Publié le DATE | Site" dateline, a one-word closing signature). Each shape is a
weighted piece of evidence; ``templates.SiteIndex`` adds up the evidence of all the pages of a
site, and a single page falls back on its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from storyline.extract.dates import find_date
from storyline.extract.features import LineFeatures, fold

EvidenceKind = Literal["title_suffix", "credit", "dateline", "signature"]

EVIDENCE_WEIGHT: dict[EvidenceKind, int] = {"title_suffix": 2, "credit": 2, "dateline": 1, "signature": 1}
DOMAIN_BONUS = 1  # a name written as a domain ("Koaci.com") is a site, not a person or a paper
HEADER_LINES = 15  # window-title suffixes are looked for in the page's first lines
MAX_NAME_WORDS = 4
MAX_AUTHOR_WORDS = 4

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?(?P<name>[\w’'-]+(?:\.[\w-]+)*?)\.(?:[a-z]{2,6})(?:\.[a-z]{2})?/?$")
_CRAWL = re.compile(r"^date\s+(?P<month>\d{4}-[01]\d)(?:-[0-3]\d)?\b\s*(?P<rest>.*)$", re.IGNORECASE)
_SUFFIX = re.compile(r"^(?P<title>.+?)\s+(?P<sep>[-–—|])\s+(?P<site>[^-–—|]{2,60})$")
_CREDIT = re.compile(
    r"^(?:copyright\s*)?©\s*(?:(?:19|20)\d{2}\s*)?(?P<site>[^-–—|,]{2,60}?)\s*(?:[-–—|,]\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_AFTER_DATE_NAME = re.compile(r"^\s*[|•·]\s*(?P<site>[^|•·\d]{2,60})$")
_BYLINE = re.compile(
    r"^(?:par|by|écrit par|ecrit par|written by|propos recueillis par)\s+"
    r"(?P<name>[^|•·,\d()]{2,60}?)\s*(?:$|[|•·,(]|\s[-–—]\s|\s(?:le|on)\s+\d)",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*|[A-ZÀ-ÖØ-Þ](?:\.[A-ZÀ-ÖØ-Þ])*\.?|(?:de|du|da|van|von|el|ben|ould|ag|le|la)|[a-zà-ÿ][A-ZÀ-Þ][\w’'-]*)$")
_RIGHTS = re.compile(r"droits|rights", re.IGNORECASE)


@dataclass(frozen=True)
class NameEvidence:
    """One place where a page names the site (or paper) it comes from."""

    kind: EvidenceKind
    name: str  # as written, TLD removed ("aBamako")
    domain: bool  # written as a domain name

    @property
    def weight(self) -> int:
        return EVIDENCE_WEIGHT[self.kind] + (DOMAIN_BONUS if self.domain else 0)


def site_name(written: str) -> tuple[str, bool] | None:
    """The outlet name in ``written`` with any TLD dropped, and whether it was a domain name."""
    written = written.strip(" .:;,'\"«»“”")
    match = _DOMAIN.match(written)
    if match and " " not in written:
        return match["name"], True
    words = written.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not any(c.isalpha() for c in written):
        return None
    if not written[0].isupper() and not any(c.isupper() for c in written[1:3]):
        return None
    return written, False


def name_key(name: str) -> str:
    """Identity of an outlet name whatever its casing or accents."""
    return fold(name).replace(" ", "")


def crawl_month(first_line: str) -> tuple[str, str] | None:
    """("YYYY-MM", rest of line) when the line is a crawler's " date 2025-06 ..." prefix."""
    match = _CRAWL.match(first_line.strip())
    return (match["month"], match["rest"]) if match else None


def title_suffix(line: str) -> tuple[str, str] | None:
    """(title, site name) when a title-like line ends with " - site.com" or " | Site"."""
    match = _SUFFIX.match(line)
    if not match or line.count("|") > 1:
        return None
    named = site_name(match["site"])
    if named is None or (match["sep"] != "|" and not named[1]):
        return None
    return match["title"], named[0]


def _suffix_evidence(line: str) -> NameEvidence | None:
    rest = crawl_month(line)
    split = title_suffix(rest[1] if rest else line)
    if split is None:
        return None
    named = site_name(split[1]) or (split[1], False)
    return NameEvidence("title_suffix", *named)


def _credit_evidence(line: str) -> NameEvidence | None:
    match = _CREDIT.match(line)
    if not match:
        return None
    named = site_name(match["site"])
    rest = match["rest"] or ""
    if named is None or not (named[1] or find_date(rest) or _RIGHTS.search(rest)):
        return None
    return NameEvidence("credit", *named)


def _dateline_site(line: str) -> tuple[str, bool] | None:
    found = find_date(line)
    match = _AFTER_DATE_NAME.match(line[found.end :]) if found else None
    return site_name(match["site"]) if match else None


def dateline_name(line: str) -> str | None:
    """The name after a dateline's date ("Publié le 29 mars 2024 | L’Essor" -> "L’Essor")."""
    named = _dateline_site(line)
    return named[0] if named else None


def _dateline_evidence(line: str) -> NameEvidence | None:
    named = _dateline_site(line)
    return NameEvidence("dateline", *named) if named else None


def _signature_evidence(line: LineFeatures) -> NameEvidence | None:
    """A closing one-word signature ("aBamako"), never a heading or a piece of furniture."""
    if line.kind != "plain" or line.words != 1 or len(line.text) < 3:
        return None
    named = site_name(line.text)
    if named is None or not any(c.isalpha() for c in named[0]):
        return None
    return NameEvidence("signature", *named)


def name_evidence(lines: Sequence[LineFeatures]) -> list[NameEvidence]:
    """Every place a page names its site: title suffix, credit, dateline, closing signature."""
    found: list[NameEvidence] = []
    for position, line in enumerate(lines):
        candidates = [_credit_evidence(line.text), _dateline_evidence(line.text)]
        if position < HEADER_LINES:
            candidates.append(_suffix_evidence(line.text))
        found += [c for c in candidates if c is not None]
    if lines:
        signature = _signature_evidence(lines[-1])
        if signature is not None:
            found.append(signature)
    return found


def best_name(evidence: Iterable[NameEvidence]) -> str | None:
    """The best-supported outlet name, in the site's own casing (mixed case preferred)."""
    weights: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for item in evidence:
        key = name_key(item.name)
        weights[key] += item.weight
        spellings.setdefault(key, Counter())[item.name] += item.weight
    if not weights:
        return None
    key = max(weights, key=lambda k: weights[k])
    return max(spellings[key], key=lambda s: (s != s.lower(), spellings[key][s]))


def byline_name(text: str) -> str | None:
    """The name in a "Par X" / "By X" line."""
    match = _BYLINE.match(text)
    if not match:
        return None
    name = match["name"].strip(" .:")
    return name if 1 <= len(name.split()) <= MAX_AUTHOR_WORDS else None


def looks_like_name(line: LineFeatures) -> bool:
    """A 1-3 word line of capitalised words or initials ("Dinho Kazadi", "M.S", "A. TRAORE")."""
    if line.kind != "plain" or not 1 <= line.words <= 3 or line.text.endswith((":", "?", "!")):
        return False
    return all(_NAME_TOKEN.match(token) for token in line.text.split())
