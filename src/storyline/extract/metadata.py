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
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from storyline.config import load_yaml_data
from storyline.extract.dates import find_date
from storyline.extract.features import LineFeatures, fold, lexicon, line_kind

EvidenceKind = Literal[
    "declared", "masthead", "title_suffix", "credit", "dateline", "signature", "banner", "spelling"
]

EVIDENCE_WEIGHT: dict[EvidenceKind, int] = {
    "declared": 4,  # the markup's own site name (og:site_name)
    "masthead": 3,  # the logo line the page names again: above the company of a "© ... Media Ltd" credit
    "title_suffix": 2,
    "credit": 2,
    "dateline": 1,
    "signature": 1,
    "banner": 1,
    "spelling": 0,  # a domain's name written with its capitals elsewhere on the page: its casing only
}
DOMAIN_BONUS = 1  # a name written as a domain ("Exemple.com") is a site, not a person or a paper
HEADER_LINES = 15  # window-title suffixes are looked for in the page's first lines
MAX_NAME_WORDS = 4  # words of a name that are no stop words ("Le Courrier de la Lagune": 3)
MAX_NAME_TOKENS = 7  # all its words, stop words included
MIN_BANNER_WORDS = 2  # one word in capitals at the top of a page is as often a section as a logo
MASTHEAD_LINES = 4  # a paper's logo is among the first lines of its page
MIN_MASTHEAD_KEY = 5  # letters of a logo's name, its article aside, for it to be found again
EDGE_CHARS = 80  # where a line that opens or closes with the paper's name names it
MIN_WINDOW_TITLE_WORDS = 3  # "Title | Site": a headline, where "News | Politics" is a section trail
MAX_AUTHOR_WORDS = 7  # two names joined by "et"
MIN_BREADCRUMB_STEPS = 3  # "Accueil › Monde › Title": two steps at least before the last
MAX_BREADCRUMB_STEP_WORDS = 4  # section names are short

_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<name>[\w’'-]+(?:\.[\w-]+)*?)\.(?:[a-z]{2,6})(?:\.[a-z]{2})?/?$"
)
_CRAWL = re.compile(r"^date\s+(?P<month>\d{4}-[01]\d)(?:-[0-3]\d)?\b\s*(?P<rest>.*)$", re.IGNORECASE)
# the site after the last spaced separator; a hyphen inside it is its own ("Ouest-Actu.net")
_SUFFIX = re.compile(r"^(?P<title>.+?)\s+(?P<sep>[-–—|])\s+(?P<site>(?:(?!\s-\s)[^–—|]){2,60})$")
_CREDIT = re.compile(
    r"^(?:copyright\s*)?©\s*(?:(?:19|20)\d{2}\s*)?(?P<site>(?:[^-–—|,]|(?<=\w)-(?=\w)){2,60}?)\s*"
    r"(?:(?:19|20)\d{2})?\s*"
    r"(?:(?:[–—|,]|(?<!\w)-|\.(?=\s))\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_NAME_THEN_CREDIT = re.compile(  # "Dakar Wire © 2022 — All rights reserved"
    r"^(?P<site>[^©|]{2,60}?)\s*©\s*(?:(?:19|20)\d{2})?\s*(?:(?:[-–—|,]|\.(?=\s))\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)
_TAGLINE_SEP = re.compile(r"\s+[-–—|]\s+")
_LOGO_SEP = re.compile(r"\s+[-–—|·•]\s+")  # "THE BUEA SENTINEL · Weekly · Truth without fear"
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_SPELLED = re.compile(r"[\w-]+")
_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")  # a word opening with a letter; "L'Écho" is two
_HOST = re.compile(r"(?:@|//|\bwww\.)(?P<label>[\w-]{3,})\.[a-z]{2,}", re.IGNORECASE)
_GLYPHS = " \t≡☰⌕🔍☾☀•·|◀▶«»"  # menu, search and theme icons around a logo's text
_AFTER_DATE_NAME = re.compile(r"^\s*[|•·]\s*(?P<site>[^|•·\d]{2,60})$")
_SIGNATURE = re.compile(r"^[\w’'.-]*[^\W\d_]{3}[\w’'.-]*[^\W_]$")  # a word, not initials ("M.S")
_UPPER = "A-ZÀ-ÖØ-Þ"


@dataclass(frozen=True)
class _NamePatterns:
    """Byline and credit patterns compiled from the words of ``data/boilerplate.yaml``."""

    byline: re.Pattern[str]
    name_token: re.Pattern[str]
    joiners: frozenset[str]
    rights: re.Pattern[str]
    desks: re.Pattern[str]
    breadcrumb_separators: tuple[str, ...]
    breadcrumb_label: re.Pattern[str]
    trailing_byline: re.Pattern[str]
    articles: frozenset[str]
    site_words: frozenset[str]
    company_form: re.Pattern[str]
    company_words: frozenset[str]
    particles: frozenset[str]
    author_roles: re.Pattern[str]


def _words(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _desk_pattern(desks: list[str]) -> re.Pattern[str]:
    """A folded signature that opens or closes with a newsroom's name for itself."""
    if not desks:
        return re.compile("(?!)")
    words = _words(desks)
    return re.compile(rf"^(?:{words})(?: |$)|(?:^| )(?:{words})$")


@cache
def _patterns() -> _NamePatterns:
    data = load_yaml_data("boilerplate.yaml")
    return _NamePatterns(
        byline=re.compile(
            rf"^(?:{_words(data['byline_cues'])})\s+"
            r"(?P<name>[^|•·,;\d()]{2,60}?)\s*(?:$|[|•·,;(]|\s[-–—]\s|\s(?:le|on)\s+\d|\s(?:in|à|at)\s+[A-ZÀ-Ö])",
            re.IGNORECASE,
        ),
        name_token=re.compile(
            rf"^(?:[{_UPPER}][\w’'.-]*"  # Capitalised word or surname in capitals
            rf"|[{_UPPER}](?:\.[{_UPPER}])*\.?"  # initials: M.S, A.
            rf"|{_words(data['name_particles'])}"  # name particles
            rf"|(?:{_words(data['name_particles'])})-[{_UPPER}][\w’'-]*"  # joined to the name: el-Masri
            rf"|[a-zà-ÿ][{_UPPER}][\w’'-]*)$"  # camel-cased signature: aSahel
        ),
        joiners=frozenset(data["name_joiners"]),
        rights=re.compile(rf"\b(?:{_words(data['rights_words'])})\b", re.IGNORECASE),
        desks=_desk_pattern([fold(d) for d in data.get("desk_signatures", [])]),
        breadcrumb_separators=tuple(data.get("breadcrumb_separators", [])),
        breadcrumb_label=re.compile(
            rf"^\s*(?:{_words(data.get('breadcrumb_labels', [])) or '(?!)'})\s*:\s*", re.IGNORECASE
        ),
        trailing_byline=re.compile(rf"\s(?P<cued>(?:{_words(data['byline_cues'])})\s.+)$", re.IGNORECASE),
        articles=frozenset(w.lower() for w in data.get("site_articles", [])),
        site_words=frozenset(fold(w) for w in data.get("site_words", [])),
        company_form=re.compile(rf"[\s,]+(?:{_words(data.get('company_forms', []))})\.?$", re.IGNORECASE),
        company_words=frozenset(fold(w) for w in data.get("company_words", [])),
        particles=frozenset(w.lower() for w in data["name_particles"]),
        author_roles=re.compile(rf"\b(?:{_words(data.get('author_roles', []))})\b", re.IGNORECASE),
    )


@dataclass(frozen=True)
class NameEvidence:
    """One place where a page names the site (or paper) it comes from."""

    kind: EvidenceKind
    name: str  # as written, TLD removed ("aSahel")
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
    if _is_furniture(written):
        return None
    if not name_sized(written):
        return None
    if ":" in written or not any(c.isalpha() for c in written):  # "Source : Le Quotidien" is a label
        return None
    if not written[0].isupper() and not any(c.isupper() for c in written[1:3]):
        return None
    return written, False


def name_sized(text: str) -> bool:
    """As long as a name: a few words, or a few more when some are stop words."""
    words = len(text.split())
    return 1 <= words <= MAX_NAME_WORDS or (
        words <= MAX_NAME_TOKENS and 1 <= name_size(text) <= MAX_NAME_WORDS
    )


@lru_cache(maxsize=1 << 14)
def name_size(text: str) -> int:
    """The words of a name that are no stop words: a French paper's name is long in articles and
    prepositions ("Le Phare des Grands Lacs") and no longer for them."""
    stops = lexicon().stopwords
    return sum(word.lower() not in stops for word in _NAME_WORD.findall(text))


def _is_furniture(written: str) -> bool:
    """Menu items and headings ("Accueil", "Contact") are never a site's name."""
    return line_kind(written, fold(written), len(written.split())) != "plain"


def breadcrumb_tail(line: str) -> str | None:
    """The last step of a breadcrumb line ("Accueil › Monde › Title" -> "Title"), where sites put
    the headline; None when the line is no breadcrumb (fewer than two short steps before it)."""
    line, separators = _steps_of(line)
    for sep in separators:
        if f" {sep} " not in line:
            continue
        steps = [step.strip() for step in line.split(f" {sep} ")]
        if len(steps) >= MIN_BREADCRUMB_STEPS and all(
            0 < len(step.split()) <= MAX_BREADCRUMB_STEP_WORDS for step in steps[:-1]
        ):
            return steps[-1] or None
    return None


def _steps_of(line: str) -> tuple[str, tuple[str, ...]]:
    """A breadcrumb without the label some sites open it with ("Vous êtes ici : Accueil ›
    Sécurité", "You are here: Home > Africa"), and the separators its steps may be joined by:
    after such a label a closing guillemet is one too ("Vous êtes ici : Accueil » Politique"),
    where elsewhere it closes a quote."""
    patterns = _patterns()
    unlabelled = patterns.breadcrumb_label.sub("", line, count=1)
    extra = ("»",) if unlabelled != line else ()
    return unlabelled, patterns.breadcrumb_separators + extra


def is_breadcrumb(line: str) -> bool:
    """Section names only, joined by a breadcrumb separator ("Afrique de l'Est > Corne de
    l'Afrique"): a trail with no headline at its end."""
    line, separators = _steps_of(line)
    for sep in separators:
        steps = [step.strip() for step in line.split(f" {sep} ")]
        if len(steps) >= 2 and all(0 < len(step.split()) <= MAX_BREADCRUMB_STEP_WORDS for step in steps):
            return True
    return False


def name_key(name: str) -> str:
    """Identity of an outlet name whatever its casing or accents."""
    return fold(name).replace(" ", "")


def crawl_month(first_line: str) -> tuple[str, str] | None:
    """("YYYY-MM", rest of line) when the line is a crawler's " date 2025-06 ..." prefix."""
    match = _CRAWL.match(first_line.strip())
    return (match["month"], match["rest"]) if match else None


def _split_suffix(
    line: str, standalone: Container[str], outlet: str | None = None
) -> tuple[str, tuple[str, bool]] | None:
    """(title, (site name, is a domain)) of a window-title line "Title - site.com" / "Title | Site".

    A dash followed by a plain name ("Mali - Russie") is a headline's own dash, unless the name
    is the outlet's or the part before it also stands alone on the page (the window title).
    """
    match = _SUFFIX.match(line)
    if not match or line.count("|") > 1:
        return None
    named = site_name(match["site"])
    if named is None:
        return None
    known = match["title"] in standalone or (outlet is not None and name_key(named[0]) == name_key(outlet))
    if match["sep"] != "|" and not named[1] and not known:
        return None
    return match["title"], named


def title_suffix(
    line: str, standalone: Container[str] = frozenset(), outlet: str | None = None
) -> tuple[str, str] | None:
    """(title, site name) when a title-like line ends with " - site.com", " | Site" or " - <outlet>"."""
    split = _split_suffix(line, standalone, outlet)
    return (split[0], split[1][0]) if split else None


def _suffix_evidence(line: LineFeatures, standalone: Container[str]) -> NameEvidence | None:
    if line.kind != "plain":
        return None
    rest = crawl_month(line.text)
    split = _split_suffix(rest[1] if rest else line.text, standalone)
    if split is None or find_date(split[0]):  # "Publié le DATE | Name" is a dateline, not a window title
        return None
    if len(split[0].split()) < MIN_WINDOW_TITLE_WORDS and split[0] not in standalone:
        return None
    return NameEvidence("title_suffix", *split[1])


def _credit_evidence(line: str, banners: Container[str]) -> NameEvidence | None:
    """The site a "©" credit names: a domain, a name followed by a date or a rights notice, or
    the start of the credit when it repeats a short banner line of the page ("© L'Écho" + "L'ÉCHO")."""
    match = _CREDIT.match(line) or _NAME_THEN_CREDIT.match(line)
    if not match:
        return None
    site, *notice = _TAGLINE_SEP.split(match["site"], maxsplit=1)  # "Site - Tous droits réservés ©"
    noticed = bool(notice and _patterns().rights.search(notice[0]))
    site = site if noticed else match["site"]
    named = site_name(_patterns().company_form.sub("", site))
    rest = match["rest"] or ""
    if named and (named[1] or noticed or find_date(rest) or _patterns().rights.search(rest)):
        return NameEvidence("credit", *named)
    words = site.split()
    for end in range(min(len(words), MAX_NAME_TOKENS), 0, -1):
        prefix = " ".join(words[:end])
        if name_key(prefix) in banners:
            named = site_name(prefix)
            return NameEvidence("credit", *named) if named else None
    return None


def _banner_evidence(first: LineFeatures) -> NameEvidence | None:
    """The site's logo as the first line of the page: a short name in capitals ("L'ÉCHO DU NIGER",
    given in title case), or a title-case name before its tagline ("Le Relais - l'info du Sahel")."""
    if first.kind != "plain" or byline_name(first.text):
        return None
    head, *tagline = _TAGLINE_SEP.split(first.text.strip(_GLYPHS), maxsplit=1)
    words = head.split()
    if len(words) < MIN_BANNER_WORDS or not name_sized(head) or find_date(first.text):
        return None
    if head.isupper():
        named = site_name(_title_case(head))
    elif tagline and _is_tagline(tagline[0]) and _title_case(head) == head:
        named = site_name(head)
    else:
        return None
    return NameEvidence("banner", *named) if named and not named[1] else None


def _is_tagline(text: str) -> bool:
    """The words after a logo ("l'info du Sahel"): no name, or longer than a name in all its words."""
    return len(text.split()) > MAX_NAME_WORDS or site_name(text) is None


def _title_case(text: str) -> str:
    """Each word capitalised (after an elision or a hyphen too: "L'Écho", "Ouest-Afrique"), stop
    words after the first in lower case, elided ones too ("L'Écho de l'Est")."""
    stops = lexicon().stopwords
    out = []
    for i, word in enumerate(text.lower().split()):
        if i and word in stops:
            out.append(word)
            continue
        parts = re.split(r"(?<=['’-])", word)
        out.append(
            "".join(
                part
                if i and k == 0 and part[:-1] in stops and len(parts) > 1
                else part[:1].upper() + part[1:]
                for k, part in enumerate(parts)
            )
        )
    return " ".join(out)


@lru_cache(maxsize=1 << 14)
def _dateline_site(line: str) -> tuple[str, bool] | None:
    """The site named after a dateline's date; remembered, as a site repeats its datelines'
    furniture on every page ("| Société | Le Quotidien")."""
    if not any(sep in line for sep in "|•·"):
        return None
    found = find_date(line)
    match = _AFTER_DATE_NAME.match(line[found.end :]) if found else None
    if not match or byline_name(match["site"]) or person_field(match["site"]):
        return None  # "DATE | Par Awa Diallo", "DATE | Awa Diallo" name the author
    return site_name(match["site"])


def dateline_name(line: str) -> str | None:
    """The name after a dateline's date ("Publié le 2 mai 2024 | Le Quotidien" -> "Le Quotidien")."""
    named = _dateline_site(line)
    return named[0] if named else None


def _dateline_evidence(line: str) -> NameEvidence | None:
    named = _dateline_site(line)
    return NameEvidence("dateline", *named) if named else None


def _signature_evidence(line: LineFeatures) -> NameEvidence | None:
    """A closing one-word signature ("aSahel"), never a heading or a piece of furniture."""
    if line.kind != "plain" or line.words != 1 or not _SIGNATURE.match(line.text):
        return None
    named = site_name(line.text)
    if named is None or not any(c.isalpha() for c in named[0]):
        return None
    return NameEvidence("signature", *named)


def _letters(text: str) -> str:
    return _NOT_ALNUM.sub("", fold(text))


def _logo_name(line: LineFeatures) -> str | None:
    """The name a short line at the top of a page would be as the paper's logo: capitalised
    words, no date, no byline, in title case if written in capitals."""
    if line.kind != "plain" or line.words > MAX_NAME_TOKENS + 6:  # a logo and a short tagline
        return None
    head, *rest = _LOGO_SEP.split(line.text.strip(_GLYPHS))
    if len(head.split()) < MIN_BANNER_WORDS or any(c.isdigit() or c in ':?!,;«»"' for c in head):
        return None
    if not _capitalised(head) or (rest and all(_capitalised(part) for part in rest)):
        return None  # a menu or a kicker ("West Africa | East Africa", "West Africa · Mali")
    if byline_name(line.text) or find_date(line.text) or is_breadcrumb(line.text):
        return None
    named = site_name(_title_case(head) if head.isupper() else head)
    return named[0] if named and not named[1] else None


def _capitalised(text: str) -> bool:
    """Capitals, or a capital opening every word that is no stop word: a name, not a tagline."""
    stops = lexicon().stopwords
    words = [w for w in text.split() if w.lower() not in stops]
    return (
        bool(words)
        and len(words) <= MAX_NAME_WORDS
        and (text.isupper() or all(w[0].isupper() for w in words))
    )


@dataclass(frozen=True)
class _PageNames:
    """What a page says that may name its paper again, read once for its logo candidates."""

    lines: Sequence[LineFeatures]
    hosts: list[str]  # the domains of its links and e-mail addresses
    companies: list[str]  # what its "©" credits name, without the company's words


def _page_names(lines: Sequence[LineFeatures]) -> _PageNames:
    return _PageNames(
        lines,
        [
            _letters(host["label"])
            for line in lines
            if any(mark in line.text for mark in ("@", "//", "www."))
            for host in _HOST.finditer(line.text)
        ],
        [core for line in lines if "©" in line.text and (core := _credit_core(line.text))],
    )


def _named_again(page: _PageNames, position: int, name: str) -> bool:
    """Whether the page names ``name`` again: another line opens or closes with it (the footer's
    address, a repeated logo, a window title, a photo credit), a link or e-mail address is on a
    domain of its name, or it holds what a "©" credit names once the company's words are gone
    ("© 2026 Sentinel Newspapers Ltd" for "The Lagos Sentinel")."""
    words = name.split()
    core = _letters(" ".join(words[1:] if words[0].lower() in _patterns().articles else words))
    if len(core) < MIN_MASTHEAD_KEY:
        return False
    forms = (core, _letters(name))
    longest = max(re.findall(r"[a-z0-9]+", fold(name)), key=len)  # only lines holding it are read
    return (
        any(
            i != position and _opens_or_closes(line.folded, forms)
            for i, line in enumerate(page.lines)
            if longest in line.folded
        )
        or any(core in host for host in page.hosts)
        or any(company in core for company in page.companies)
    )


def _opens_or_closes(folded: str, forms: tuple[str, ...]) -> bool:
    head, tail = _NOT_ALNUM.sub("", folded[:EDGE_CHARS]), _NOT_ALNUM.sub("", folded[-EDGE_CHARS:])
    return head.startswith(forms) or tail.endswith(forms)


def _credit_core(line: str) -> str | None:
    """The letters of the name a "©" credit gives to a company ("Sentinel Newspapers Ltd"),
    without the company's words; None when the credit names no company."""
    match = _CREDIT.match(line) or _NAME_THEN_CREDIT.match(line)
    if not match:
        return None
    patterns = _patterns()
    words = [w for w in re.split(r"[\s.,()]+", patterns.company_form.sub("", match["site"])) if w]
    kept = [w for w in words if fold(w) not in patterns.company_words]
    core = _letters(" ".join(kept))
    return core if len(kept) < len(words) and len(core) >= MIN_MASTHEAD_KEY else None


def _masthead_evidence(lines: Sequence[LineFeatures]) -> NameEvidence | None:
    """The paper's logo among the first lines ("THE LAGOS SENTINEL", "Tanzania Daybreak"), when
    the page names it again (``_named_again``): the logo, not the company that owns it."""
    candidates = [
        (pos, name) for pos, line in enumerate(lines[:MASTHEAD_LINES]) if (name := _logo_name(line))
    ]
    if not candidates:
        return None
    page = _page_names(lines)
    return next(
        (NameEvidence("masthead", name, False) for pos, name in candidates if _named_again(page, pos, name)),
        None,
    )


def name_evidence(lines: Sequence[LineFeatures]) -> list[NameEvidence]:
    """Every place a page names its site: title suffix, credit, dateline, banner, closing signature."""
    found: list[NameEvidence] = []
    standalone = {line.text for line in lines}
    banners = {
        name_key(line.text)
        for line in lines
        if line.words <= MAX_NAME_TOKENS and name_sized(line.text) and not line.text.startswith("©")
    }
    for position, line in enumerate(lines):
        candidates = [_credit_evidence(line.text, banners), _dateline_evidence(line.text)]
        if position < HEADER_LINES:
            candidates.append(_suffix_evidence(line, standalone))
        found += [c for c in candidates if c is not None]
    if lines:
        edges = [_banner_evidence(lines[0]), _signature_evidence(lines[-1]), _masthead_evidence(lines)]
        found += [item for item in edges if item is not None]
    return found + _spellings(lines, found)


def _spellings(lines: Sequence[LineFeatures], found: list[NameEvidence]) -> list[NameEvidence]:
    """The capitals a site's name read from a domain in lower case has where the page writes it
    as a word ("kiosque221.com" in the window title, "Kiosque221" in the menu)."""
    lowered = {item.name for item in found if item.domain and item.name == item.name.lower()}
    if not lowered:
        return []
    return [
        NameEvidence("spelling", word, False)
        for line in lines
        for word in _SPELLED.findall(line.text)
        if word.lower() in lowered and word != word.lower()
    ]


def best_name(evidence: Iterable[NameEvidence]) -> str | None:
    """The best-supported outlet name, in the site's own casing: mixed case preferred, and a
    spelling as the page writes it over one re-cased from a logo in capitals ("L'Éveil gabonais")."""
    weights: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for item in evidence:
        key = name_key(item.name)
        weights[key] += item.weight
        spellings.setdefault(key, Counter())[item.name] += item.weight
    if not weights:
        return None
    key = max(weights, key=lambda k: weights[k])
    return max(
        spellings[key],
        key=lambda s: (s != s.lower(), not s.isupper(), s != _title_case(s), spellings[key][s]),
    )


def is_desk_signature(name: str) -> bool:
    """A newsroom's signature ("La Rédaction", "The Editorial Team", "Staff"), not a person."""
    return bool(_patterns().desks.search(fold(name)))


_FIELD = re.compile(r"\s*[|•·]\s*")


@lru_cache(maxsize=1 << 14)
def byline_name(text: str) -> str | None:
    """The name in a "Par X" / "By X" line or field ("12 mai 2025 | Par X | 4 min"), after a
    dateline's date ("Publié le 12 mars 2026 à 17:30 par X"), or standing alone beside a date
    field ("Samedi 21 mars 2026 - 09:40 | X", "... | X, envoyé spécial à Nongoa").

    None when the byline signs a newsroom, not a person.
    """
    fields = _FIELD.split(text) if any(sep in text for sep in "|•·") else [text]
    for field in fields:
        named = _byline_field(field)
        if named:
            return named
    dated = find_date(text)
    if dated is None:
        return None
    rest = text[dated.end :]
    after = _patterns().trailing_byline.search(rest)
    if after and (named := _byline_field(after["cued"])):
        return named
    if named := person_field(rest.strip(" ,.—–-|•·")):
        return named  # "Mercredi 9 septembre 2026, 18:15 — X"
    dated_fields = [field for field in fields if find_date(field)]
    if len(fields) > 1 and dated_fields:
        return next(
            (named for field in fields if field not in dated_fields and (named := person_field(field))), None
        )
    return None


def person_field(field: str) -> str | None:
    """A field that is only a person's name, or a name and the writer's job: two to four
    capitalised words, none an article ("Marie-Claire Haba", not "Le Quotidien")."""
    named = signed_name(field)
    if named:
        return named
    tokens = field.strip(" .").split()
    patterns = _patterns()
    if not 2 <= len(tokens) <= MAX_NAME_WORDS or tokens[0].lower() in patterns.articles:
        return None
    if any(fold(t) in patterns.site_words for t in tokens):
        return None  # "Afrique Panorama", "Niamey Soir": a paper's name
    if is_desk_signature(field) or any("." in t for t in tokens):
        return None
    return field.strip(" .") if all(patterns.name_token.match(t) for t in tokens) else None


def _byline_field(text: str) -> str | None:
    patterns = _patterns()
    match = patterns.byline.match(text)
    if not match:
        return None
    name = match["name"].strip(" .:")
    if is_desk_signature(name):
        return None
    tokens = name.split()
    if not 1 <= len(tokens) <= MAX_AUTHOR_WORDS:
        return None
    return name if all(patterns.name_token.match(t) or t in patterns.joiners for t in tokens) else None


def signed_name(text: str) -> str | None:
    """The name in a signature with the writer's job ("Yao Mensah, Regional Correspondent",
    "Awa Diallo, envoyée spéciale à Niamey")."""
    head, sep, role = text.partition(",")
    tokens = head.split()
    if not sep or not 2 <= len(tokens) <= MAX_AUTHOR_WORDS or not _patterns().author_roles.search(role):
        return None
    return head.strip() if all(_patterns().name_token.match(t) for t in tokens) else None


def looks_like_name(line: LineFeatures) -> bool:
    """A 1-3 word line of capitalised words or initials ("Awa Diallo", "M.K", "A. KONATÉ"), none
    a stop word but a name's particles: "MORE FROM COMMENT", "ALSO IN POLITICS" head lists."""
    if line.kind != "plain" or not 1 <= line.words <= 3 or line.text.endswith((":", "?", "!")):
        return False
    if is_desk_signature(line.text):
        return False
    tokens = line.text.split()
    stops, particles = lexicon().stopwords, _patterns().particles
    if any(t.lower() in stops and t.lower() not in particles for t in tokens):
        return False
    return all(_patterns().name_token.match(token) for token in tokens)
