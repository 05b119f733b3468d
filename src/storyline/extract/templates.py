"""What a site's pages share: template lines and the site's name, learned across pages.

Menus, footers, photo credits ("© Photo DR") and section headings come back on every
page of a site, articles do not. ``SiteIndex`` keeps, for each page, the hashed keys of its short
lines, groups pages that share enough distinctive lines (or the same URL host) into one site, and
hands the per-document extractor a read-only ``SiteProfile``: the keys seen on two or more pages
of the site, and the site's name voted from the name evidence of all its pages.

Persistence is plain rows ``(doc_id, key)`` so the store can keep the index in SQLite and grow it
page by page. A key is one of::

    g:<hash>                          a line that may also tie the page to its site
    t:<hash>                          a line that only counts as template (generic furniture)
    m:<hash>                          a word trigram of a menu-like line (menus are scraped with
                                      items glued differently from page to page)
    p:<hash>                          a paragraph of prose: pages sharing one are copies of an
                                      article (a republication), which says nothing of their site
    host:<host>                       the page's URL host
    name:<kind>:<0|1>:<name>          site-name evidence (kind, written as a domain, name)
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from storyline.extract.features import LineFeatures, page_lines
from storyline.extract.metadata import EVIDENCE_WEIGHT, NameEvidence, best_name, name_evidence
from storyline.models import SiteProfile

MIN_SHARED_LINES = 2  # pages sharing this many distinctive lines share a template
MAX_TEMPLATE_WORDS = 40  # longer lines are never template
PROSE_WORDS = 15  # a line this long that ends like a sentence is article text, not template
MIN_GROUPING_CHARS = 8
_LINE_PREFIXES = ("g:", "t:", "m:")
MAX_KEY_FANOUT = 1000  # a line on more pages than this is too common to tie pages together
MENU_MIN_WORDS = 4
MENU_MAX_STOP_RATIO = 0.1  # menus are lists of section names: almost no stop words ...
MENU_MIN_CAPITALISED = 0.8  # ... each written with a capital
SHINGLE = 3  # words per menu shingle
MIN_MENU_SHINGLES = 3  # sharing this many menu shingles is as good as sharing one line
MENU_TEMPLATE_SHARE = 0.6  # a menu line whose shingles are mostly template is template
MIN_COPY_PARAGRAPHS = 2  # pages sharing this many paragraphs ...
COPY_SHARE = 0.5  # ... and this share of the shorter one's are copies of one article


def line_key(text: str) -> str:
    """Short stable key of a normalised line (case-insensitive)."""
    return hashlib.blake2b(text.casefold().encode("utf-8"), digest_size=8).hexdigest()


def _templatable(line: LineFeatures) -> bool:
    """Short furniture-like lines; running prose is the article, whatever the site."""
    if line.words > MAX_TEMPLATE_WORDS:
        return False
    return not (line.sentence_end and line.words >= PROSE_WORDS)


def _ties_pages(line: LineFeatures) -> bool:
    """Lines specific enough to show two pages share a template (not generic furniture)."""
    site_specific = line.kind == "plain" or line.text.startswith("©")
    return site_specific and line.words >= 2 and len(line.text) >= MIN_GROUPING_CHARS


def is_menu_like(line: LineFeatures) -> bool:
    """A run of section names: several capitalised words, hardly any stop word, no sentence.

    Headlines in English are short of stop words too ("Summit: leaders give juntas six months"),
    but most of their words are in lower case, where every menu item starts with a capital.
    """
    return (
        line.words >= MENU_MIN_WORDS
        and line.stop_ratio <= MENU_MAX_STOP_RATIO
        and not line.sentence_end
        and _capitalised_share(line.text) >= MENU_MIN_CAPITALISED
    )


def _capitalised_share(text: str) -> float:
    """Share of the words (those with a letter) that start with a capital letter."""
    initials = [next((c for c in word if c.isalpha()), "") for word in text.split()]
    letters = [c for c in initials if c]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def menu_shingles(text: str) -> set[str]:
    """Keys of the word trigrams of a menu-like line."""
    words = text.split()
    return {line_key("\x1f" + " ".join(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def is_template(line: LineFeatures, template: frozenset[str]) -> bool:
    """The line (or most of a menu line's trigrams) was seen on other pages of the site."""
    if not template:
        return False
    if line_key(line.text) in template:
        return True
    if not is_menu_like(line):
        return False
    shingles = menu_shingles(line.text)
    return bool(shingles) and len(shingles & template) >= MENU_TEMPLATE_SHARE * len(shingles)


def page_keys(lines: Iterable[LineFeatures]) -> set[str]:
    """The ``g:``/``t:``/``m:`` keys of a page's template-candidate lines and its ``p:`` prose keys."""
    keys: set[str] = set()
    for line in lines:
        if line.is_paragraph:
            keys.add("p:" + line_key(line.text))
        if not _templatable(line):
            continue
        keys.add(("g:" if _ties_pages(line) else "t:") + line_key(line.text))
        if is_menu_like(line):
            keys.update("m:" + shingle for shingle in menu_shingles(line.text))
    return keys


def host_of(url: str | None) -> str | None:
    """Lower-case host of a URL without a leading "www."."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:  # not a URL after all ("http://[")
        return None
    return host.removeprefix("www.") or None


def _evidence_key(item: NameEvidence) -> str:
    return f"name:{item.kind}:{int(item.domain)}:{item.name}"


def _evidence_of(key: str) -> list[NameEvidence]:
    """The name evidence stored in a ``name:`` key (none if the key is malformed)."""
    parts = key.split(":", 3)
    if len(parts) != 4 or parts[1] not in EVIDENCE_WEIGHT:
        return []
    _, kind, domain, name = parts
    return [NameEvidence(kind, name, domain == "1")]  # type: ignore[arg-type]


class SiteIndex:
    """Pages grouped into sites by shared template lines or URL host, incrementally."""

    def __init__(self) -> None:
        self._rows: dict[str, list[str]] = {}  # doc -> its keys as stored
        self._keys: dict[str, set[str]] = {}  # doc -> its line and menu-shingle keys
        self._prose: dict[str, set[str]] = {}  # doc -> its paragraph keys
        self._docs_by_key: dict[str, set[str]] = defaultdict(set)
        self._hosts: dict[str, str] = {}
        self._first_doc_of_host: dict[str, str] = {}
        self._evidence: dict[str, list[NameEvidence]] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}  # root -> the pages of its site
        self._profiles: dict[str, SiteProfile] = {}

    def __len__(self) -> int:
        return len(self._rows)

    @staticmethod
    def line_keys(text: str, url: str | None = None) -> list[str]:
        """The keys one page contributes: its rows without the doc id, each key once.

        Computed page by page (in workers, at ingest) and stored; ``from_rows`` learns from them.
        """
        lines = page_lines(text)
        keys = sorted(page_keys(lines))
        host = host_of(url)
        if host:
            keys.append(f"host:{host}")
        keys += dict.fromkeys(_evidence_key(item) for item in name_evidence(lines))
        return keys

    def add(self, doc_id: str, text: str, url: str | None = None) -> None:
        """Learn one page; adding a page already known does nothing."""
        if doc_id not in self._rows:
            self._learn(doc_id, self.line_keys(text, url))

    def rows(self) -> Iterator[tuple[str, str]]:
        """The index as (doc_id, key) rows; ``from_rows`` rebuilds an equal index."""
        for doc_id, keys in self._rows.items():
            for key in keys:
                yield doc_id, key

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str]]) -> SiteIndex:
        """Rebuild an index from ``rows()`` or stored ``line_keys`` output (in any order)."""
        keys_of: dict[str, list[str]] = defaultdict(list)
        for doc_id, key in rows:
            keys_of[doc_id].append(key)
        index = cls()
        for doc_id, keys in keys_of.items():
            index._learn(doc_id, keys)
        return index

    def profile(self, doc_id: str) -> SiteProfile:
        """What the page's site teaches: template line keys, name, number of pages."""
        if doc_id not in self._rows:
            return SiteProfile()
        root = self._root(doc_id)
        if root not in self._profiles:
            self._profiles[root] = self._site_profile(root)
        return self._profiles[root]

    def _learn(self, doc_id: str, keys: list[str]) -> None:
        """Index one page's keys and join it to the site of the pages it shares a template with."""
        self._rows[doc_id] = keys
        self._evidence[doc_id] = [
            item for key in keys if key.startswith("name:") for item in _evidence_of(key)
        ]
        self._parent[doc_id] = doc_id
        self._members[doc_id] = {doc_id}
        self._profiles.clear()
        host = next((key[5:] for key in keys if key.startswith("host:")), None)
        if host:
            self._hosts[doc_id] = host
            self._union(self._first_doc_of_host.setdefault(host, doc_id), doc_id)
        self._keys[doc_id] = {key for key in keys if key[:2] in _LINE_PREFIXES}
        self._prose[doc_id] = {key for key in keys if key.startswith("p:")}
        for key in self._keys[doc_id] | self._prose[doc_id]:
            self._docs_by_key[key].add(doc_id)
        for other in self._pages_sharing_a_template(doc_id):
            if not self._hosts_differ(doc_id, other):
                self._union(other, doc_id)

    def _pages_sharing_a_template(self, doc_id: str) -> list[str]:
        """Known pages with enough distinctive lines (a shared menu counts as one) in common.

        Copies of the same article share their headline and captions too: pages sharing most
        of their paragraphs with this one are left out (a site's recurring prompt is not enough).
        """
        own = len(self._prose[doc_id])
        copies = {
            other: n
            for other, n in self._pages_with(doc_id, "p:").items()
            if n >= MIN_COPY_PARAGRAPHS and n >= COPY_SHARE * min(own, len(self._prose[other]))
        }
        shared_lines = self._pages_with(doc_id, "g:")
        shared_shingles = self._pages_with(doc_id, "m:")
        return [
            other
            for other in (shared_lines.keys() | shared_shingles.keys()) - copies.keys()
            if shared_lines[other] + (shared_shingles[other] >= MIN_MENU_SHINGLES) >= MIN_SHARED_LINES
        ]

    def _pages_with(self, doc_id: str, prefix: str) -> Counter[str]:
        """How many of the page's keys of one kind each other page has (common keys aside)."""
        counts: Counter[str] = Counter()
        for key in self._keys[doc_id] | self._prose[doc_id]:
            others = self._docs_by_key[key]
            if key.startswith(prefix) and len(others) <= MAX_KEY_FANOUT:
                counts.update(others)
        del counts[doc_id]
        return counts

    def _hosts_differ(self, a: str, b: str) -> bool:
        host_a, host_b = self._hosts.get(a), self._hosts.get(b)
        return bool(host_a and host_b and host_a != host_b)

    def _root(self, doc_id: str) -> str:
        while self._parent[doc_id] != doc_id:
            self._parent[doc_id] = self._parent[self._parent[doc_id]]
            doc_id = self._parent[doc_id]
        return doc_id

    def _union(self, a: str, b: str) -> None:
        root_a, root_b = self._root(a), self._root(b)
        if root_a != root_b:
            keep, gone = min(root_a, root_b), max(root_a, root_b)
            self._parent[gone] = keep
            self._members[keep] |= self._members.pop(gone)

    def _site_profile(self, root: str) -> SiteProfile:
        members = sorted(self._members[root])
        counts: Counter[str] = Counter(key for doc in members for key in self._keys[doc])
        template = frozenset(key[2:] for key, n in counts.items() if n >= 2)
        hosts = sorted({self._hosts[doc] for doc in members if doc in self._hosts})
        return SiteProfile(
            site_id=hosts[0] if hosts else f"site:{root}",
            name=best_name(item for doc in members for item in self._evidence[doc]),
            template_lines=template,
            pages=len(members),
        )
