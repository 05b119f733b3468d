"""Marking spans of an article's text for display, without ever producing overlapping HTML.

Annotations overlap (a name inside a quote inside an event's evidence), HTML
elements may not. The text is cut at every span boundary into flat segments,
each carrying the kinds of all spans covering it; templates wrap each segment
on its own, and Jinja escapes the text, so page words never become markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from storyline.text import squash


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of text: ``kind`` picks the style, ``href`` makes it a link."""

    start: int
    end: int
    kind: str  # entity | time | quote | evidence | hit (a search match)
    title: str = ""
    href: str | None = None


@dataclass
class Segment:
    """A run of text covered by the same spans."""

    text: str
    kinds: tuple[str, ...] = ()
    title: str = ""
    href: str | None = None

    @property
    def marked(self) -> bool:
        return "evidence" in self.kinds or "hit" in self.kinds


def segments(text: str, spans: list[Span]) -> list[Segment]:
    """Cut ``text`` at every span boundary; spans outside the text are dropped."""
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text)} | {s.start for s in valid} | {s.end for s in valid})
    out: list[Segment] = []
    for left, right in pairwise(cuts):
        covering = [s for s in valid if s.start <= left and s.end >= right]
        kinds = tuple(dict.fromkeys(s.kind for s in covering))
        titles = " · ".join(dict.fromkeys(s.title for s in covering if s.title))
        href = next((s.href for s in covering if s.href), None)
        out.append(Segment(text[left:right], kinds, titles, href))
    return out


def locate(body: str, evidence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the evidence sentence sits in the body: the stored offsets when they still match,
    else the sentence found by its words (white space may differ), else None."""
    if 0 <= start < end <= len(body) and squash(body[start:end]) == squash(evidence):
        return start, end
    if not evidence.strip():
        return None
    found = body.find(evidence)
    if found >= 0:
        return found, found + len(evidence)
    words = evidence.split()
    match = re.search(r"\s+".join(re.escape(w) for w in words), body)
    return (match.start(), match.end()) if match else None


def paragraph_around(body: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the paragraph(s) holding ``body[start:end]``."""
    left = body.rfind("\n\n", 0, start)
    right = body.find("\n\n", end)
    return (0 if left < 0 else left + 2), (len(body) if right < 0 else right)
