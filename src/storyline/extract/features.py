"""Features of single lines of a text page, the evidence the text extractor reasons with.

A scraped text page is a sequence of lines: article paragraphs, but also menus, captions,
teasers of other stories, counters, forms and footers. Nothing here knows any site: a line is
described by generic measures (length, stop-word density, final punctuation, truncation,
link-likeness) and by the shipped boilerplate lexicon (``data/boilerplate.yaml``), which users
extend with their own copy.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from storyline.config import load_yaml_data

LineKind = Literal["heading", "noise", "plain"]

MAX_HEADING_WORDS = 6
MAX_NOISE_WORDS = 16  # furniture lines are short: longer lines are never dropped by phrase or pattern
MAX_CONSENT_WORDS = 40  # a cookie banner runs to a sentence or two
MAX_INSERT_WORDS = 40  # captions closing on a credit and inline teasers may run longer than other furniture
PROSE_MIN_WORDS = 10  # a paragraph of running prose has at least this many words ...
PROSE_MIN_STOP_RATIO = 0.18  # ... and this share of stop words (menus and name lists have almost none)
LONG_PARAGRAPH_WORDS = 25  # prose this long is a paragraph even without final punctuation
LINK_LIKE_MAX_WORDS = 4
MEASURED_LINES_KEPT = 1 << 16  # distinct lines whose measures a process remembers

_WORD = re.compile(r"[^\W\d_]+")
_NON_ALNUM = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_SENTENCE_END = re.compile(r"""[.!?;:»"”’'\)]\s*$""")
_ELLIPSIS_END = re.compile(r"""(\.\.\.|…)\s*[\]»"”)]?\s*$""")
_LINK_LIKE = re.compile(r"@|https?://|www\.|\.(com|org|net|fr|info)/", re.IGNORECASE)


def normalise_line(line: str) -> str:
    """Collapse every run of whitespace (non-breaking spaces included) to one space and trim.

    This is the only change made to article text, so spans computed on the body stay valid
    against what the page says.
    """
    return " ".join(line.replace("\ufeff", "").replace("\u200b", "").split())


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation runs turned to single spaces: the lexicon key."""
    lowered = text.lower()
    if not lowered.isascii():
        lowered = _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))
    return _NON_ALNUM.sub(" ", lowered).strip()


def words_of(text: str) -> list[str]:
    """Lower-case alphabetic tokens; elided French forms split at the apostrophe ("l'axe" -> l, axe)."""
    return _WORD.findall(text.lower())


@dataclass(frozen=True)
class Lexicon:
    """The boilerplate lexicon compiled for fast line matching."""

    headings: frozenset[str]
    heading_patterns: re.Pattern[str]
    noise_lines: frozenset[str]
    noise_phrases: re.Pattern[str]
    noise_patterns: re.Pattern[str]
    consent: re.Pattern[str]
    counters: re.Pattern[str]
    captions: re.Pattern[str]
    teasers: re.Pattern[str]
    insert_headings: frozenset[str]
    taglines: re.Pattern[str]  # a site's self-description ("Le quotidien d'Agadir"), in folded text
    stopwords: frozenset[str]


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    """One regex matching any of ``patterns`` (never matching when the list is empty)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


def _whole_words(words: list[str]) -> re.Pattern[str]:
    """One regex finding any of ``words`` (folded, longest first) as whole words in folded text."""
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    return _any_of([rf"\b{re.escape(w)}\b" for w in folded])


def _counter_line(units: list[str], verbs: list[str]) -> re.Pattern[str]:
    """A folded line of counters only: "2 315 vues 4 commentaire s", "lu 3 400 fois", "1 2k vues"."""
    number = r"\d[\d ]*k?"
    unit = "|".join(re.escape(fold(u)) for u in sorted(units, key=len, reverse=True))
    verb = "|".join(re.escape(fold(v)) for v in verbs)
    counter = (
        rf"(?:(?:{verb}) {number}(?: (?:{unit}))?|{number} ?(?:{unit}))" if verb else rf"{number} ?(?:{unit})"
    )
    return re.compile(rf"^{counter}(?: {counter})*$" if unit else r"(?!)")


@cache
def lexicon() -> Lexicon:
    """Load and compile the boilerplate and stop-word lexicons once per process."""
    data = load_yaml_data("boilerplate.yaml")
    stops = load_yaml_data("stopwords.yaml")
    inserts = frozenset(fold(h) for h in data.get("insert_headings", []))
    return Lexicon(
        headings=frozenset(fold(h) for h in data.get("section_headings", [])) | inserts,
        heading_patterns=_any_of(data.get("heading_patterns", [])),
        noise_lines=frozenset(fold(n) for n in data.get("noise_lines", [])),
        noise_phrases=_whole_words(data.get("noise_phrases", [])),
        noise_patterns=_any_of(data.get("noise_patterns", [])),
        consent=_any_of(data.get("consent_patterns", [])),
        counters=_counter_line(data.get("counter_units", []), data.get("counter_verbs", [])),
        captions=re.compile(_any_of(data.get("caption_patterns", [])).pattern, re.IGNORECASE),
        teasers=_any_of(data.get("teaser_patterns", [])),
        insert_headings=inserts,
        taglines=_whole_words(data.get("tagline_words", [])),
        stopwords=frozenset(w for words in stops.values() for w in words),
    )


@dataclass(frozen=True)
class LineFeatures:
    """What the extractor knows about one non-empty line."""

    index: int  # position among the page's lines (0-based)
    text: str  # whitespace-normalised line
    folded: str
    words: int
    stop_ratio: float
    sentence_end: bool  # ends like a sentence (period, question mark, closing quote ...)
    truncated: bool  # ends with an ellipsis: a teaser's cut summary
    kind: LineKind

    @property
    def is_prose(self) -> bool:
        """Running text: long enough and dense in stop words, not a cut teaser."""
        return (
            self.kind == "plain"
            and not self.truncated
            and self.words >= PROSE_MIN_WORDS
            and self.stop_ratio >= PROSE_MIN_STOP_RATIO
        )

    @property
    def is_paragraph(self) -> bool:
        """Prose that closes like a paragraph (or is too long to be anything else): a body seed."""
        return self.is_prose and (self.sentence_end or self.words >= LONG_PARAGRAPH_WORDS)

    @property
    def is_sentence(self) -> bool:
        """A short line that still reads as a sentence (a one-line lead or closing remark)."""
        return self.kind == "plain" and not self.truncated and self.sentence_end and self.words >= 4

    @property
    def title_shaped(self) -> bool:
        """Could be a headline: 3 to 30 words, no final period, not furniture."""
        return (
            self.kind == "plain"
            and 3 <= self.words <= 30
            and not self.truncated
            and not self.text.endswith(".")
        )


def _heading_key(folded: str) -> str:
    """The folded line without digits: "Commentaires (3)" and "Commentaires" are one heading."""
    return " ".join(_DIGITS.sub(" ", folded).split())


def is_insert_heading(line: LineFeatures) -> bool:
    """A heading that sites also put inside an article over other stories' teasers ("Lire aussi")."""
    return line.kind == "heading" and _heading_key(line.folded) in lexicon().insert_headings


def line_kind(text: str, folded: str, n_words: int) -> LineKind:
    """Classify a line as a section heading, page furniture (noise) or plain text."""
    lex = lexicon()
    heading_key = _heading_key(folded)
    if n_words <= MAX_HEADING_WORDS and (heading_key in lex.headings or lex.heading_patterns.search(folded)):
        return "heading"
    if folded in lex.noise_lines or heading_key in lex.noise_lines or not heading_key:
        return "noise"
    if text.startswith("©") or (n_words <= LINK_LIKE_MAX_WORDS and _LINK_LIKE.search(text)):
        return "noise"
    if n_words <= MAX_CONSENT_WORDS and lex.consent.search(folded):
        return "noise"
    if n_words <= MAX_NOISE_WORDS and (
        lex.noise_phrases.search(folded) or lex.noise_patterns.search(folded) or lex.counters.match(folded)
    ):
        return "noise"
    if n_words <= MAX_INSERT_WORDS and (lex.captions.search(text) or lex.teasers.search(folded)):
        return "noise"
    return "plain"


def line_features(index: int, text: str) -> LineFeatures:
    """Measure one whitespace-normalised, non-empty line."""
    return LineFeatures(index, text, *_measures(text))


@lru_cache(maxsize=MEASURED_LINES_KEPT)
def _measures(text: str) -> tuple[str, int, float, bool, bool, LineKind]:
    """Everything ``LineFeatures`` holds but the position: a site's furniture comes back
    on every page it serves, so its lines are measured once per process."""
    folded = fold(text)
    tokens = words_of(text)
    n_words = len(text.split())
    stops = lexicon().stopwords
    stop_ratio = sum(1 for t in tokens if t in stops) / len(tokens) if tokens else 0.0
    return (
        folded,
        n_words,
        stop_ratio,
        bool(_SENTENCE_END.search(text)),
        bool(_ELLIPSIS_END.search(text)),
        line_kind(text, folded, n_words),
    )


def page_lines(text: str) -> list[LineFeatures]:
    """Features of every non-empty line of a page, in order."""
    out = []
    for index, raw in enumerate(text.splitlines()):
        line = normalise_line(raw)
        if line:
            out.append(line_features(index, line))
    return out
