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
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from storyline.extract.features import LineFeatures, page_lines
from storyline.extract.metadata import (
    EVIDENCE_WEIGHT,
    NameEvidence,
    best_name,
    crawl_month,
    name_evidence,
    site_name,
)
from storyline.models import SiteProfile

MIN_SHARED_LINES = 2  # pages sharing this many distinctive lines (a menu counts as one) share a template
MAX_TEMPLATE_WORDS = 40  # longer lines are never template
PROSE_WORDS = 15  # a line this long that ends like a sentence is article text, not template
MIN_GROUPING_CHARS = 8
_LINE_PREFIXES = ("g:", "t:", "m:")
MAX_KEY_FANOUT = 1000  # a line on more pages than this is too common to tie pages together
MENU_MIN_WORDS = 4
MENU_MAX_STOP_RATIO = 0.1  # menus are lists of section names: almost no stop words ...
MENU_MIN_CAPITALISED = 0.8  # ... each written with a capital
MENU_MIN_FIELDS = 4  # or a row of short fields between bars, whatever their words
MENU_MAX_FIELD_WORDS = 3
_MENU_BARS = re.compile(r"\s+[|•·]\s+")
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
    """Lines specific enough to show two pages share a template (not generic furniture, nor
    the crawler's " date 2026-03" stamp, which pages of every site crawled that month carry)."""
    site_specific = line.kind == "plain" or line.text.startswith("©")
    if not (site_specific and line.words >= 2 and len(line.text) >= MIN_GROUPING_CHARS):
        return False
    stamp = crawl_month(line.text)
    return not (stamp and not stamp[1])


def is_menu_like(line: LineFeatures) -> bool:
    """A run of section names: several capitalised words, hardly any stop word, no sentence.

    Headlines in English are short of stop words too ("Summit: leaders give juntas six months"),
    but most of their words are in lower case, where every menu item starts with a capital.
    """
    return (
        line.words >= MENU_MIN_WORDS
        and (line.stop_ratio <= MENU_MAX_STOP_RATIO or _menu_fields(line.text))
        and not line.sentence_end
        and _capitalised_share(line.text) >= MENU_MIN_CAPITALISED
    )


def _menu_fields(text: str) -> bool:
    """Section names between bars ("Une | Politique | Provinces | Sécurité"): a menu, though a
    French section may be a stop word ("Une", the front page)."""
    fields = [field.split() for field in _MENU_BARS.split(text)]
    return len(fields) >= MENU_MIN_FIELDS and all(0 < len(f) <= MENU_MAX_FIELD_WORDS for f in fields)


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


def _reached(masks: Iterable[int], most: int) -> list[int]:
    """Bit masks of the pages set in at least 1, 2, ... ``most`` of the masks (one mask each)."""
    reached = [0] * most
    for mask in masks:
        for times in range(most - 1, 0, -1):
            reached[times] |= mask & reached[times - 1]
        reached[0] |= mask
    return reached


def _sharing_lines(lines: list[int], menus: list[int]) -> int:
    """The pages set in ``MIN_SHARED_LINES`` of the ``lines`` masks, or in one fewer and a menu.

    A menu is ``MIN_MENU_SHINGLES`` of the ``menus`` masks (its shingles): menus are scraped
    with items glued differently from page to page, so no line of one need match the other.
    """
    reached = _reached(lines, MIN_SHARED_LINES)
    one_short = reached[-2] & ~reached[-1]
    menu = _reached((mask & one_short for mask in menus), MIN_MENU_SHINGLES)[-1] if one_short else 0
    return reached[-1] | menu


class SiteIndex:
    """Pages grouped into sites by shared template lines or URL host, incrementally.

    Page ``i`` (in the order learned) is bit ``i`` of the masks the index keeps: the pages holding
    a key, the pages of a site, of a host. Whether a new page shares a template with known ones is
    then a few operations on the masks of its own keys, whatever the number of pages holding them,
    and the pages of a site it joins are set aside at once, rather than looked at one by one.
    """

    def __init__(self) -> None:
        self._rows: dict[str, list[str]] = {}  # doc -> its keys as stored
        self._keys: dict[str, set[str]] = {}  # doc -> its line and menu-shingle keys
        self._prose: dict[str, set[str]] = {}  # doc -> its paragraph keys
        self._docs: list[str] = []  # bit -> doc
        self._fanout: dict[str, int] = {}  # key -> how many pages hold it (template-only lines aside)
        self._only_holder: dict[str, int] = {}  # key held by a single page -> its bit
        self._holders: dict[str, int] = {}  # key held by 2 to MAX_KEY_FANOUT pages -> their mask
        self._hosts: dict[str, str] = {}
        self._hosted = 0  # the pages with a host
        self._host_pages: dict[str, int] = {}  # host -> its pages
        self._first_doc_of_host: dict[str, str] = {}
        self._evidence: dict[str, list[NameEvidence]] = {}
        self._parent: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}  # root -> the pages of its site
        self._site_pages: dict[str, int] = {}  # root -> the mask of its pages
        self._profiles: dict[str, SiteProfile] = {}

    def __len__(self) -> int:
        return len(self._rows)

    @staticmethod
    def line_keys(text: str, url: str | None = None, declared: str | None = None) -> list[str]:
        """The keys one page contributes: its rows without the doc id, each key once; ``declared``
        is the site name an HTML page's markup gives (``og:site_name``).

        Computed page by page (in workers, at ingest) and stored; ``from_rows`` learns from them.
        """
        lines = page_lines(text)
        keys = sorted(page_keys(lines))
        host = host_of(url)
        if host:
            keys.append(f"host:{host}")
        evidence = name_evidence(lines)
        if declared and (named := site_name(declared)):
            evidence.append(NameEvidence("declared", *named))
        keys += dict.fromkeys(_evidence_key(item) for item in evidence)
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
        bit = len(self._docs)
        self._docs.append(doc_id)
        self._parent[doc_id] = doc_id
        self._members[doc_id] = {doc_id}
        self._site_pages[doc_id] = 1 << bit
        self._profiles.clear()
        self._keys[doc_id] = {key for key in keys if key[:2] in _LINE_PREFIXES}
        self._prose[doc_id] = {key for key in keys if key.startswith("p:")}
        self._file_under_keys(bit, self._keys[doc_id] | self._prose[doc_id])
        host = next((key[5:] for key in keys if key.startswith("host:")), None)
        if host:
            self._hosts[doc_id] = host
            self._hosted |= 1 << bit
            self._host_pages[host] = self._host_pages.get(host, 0) | 1 << bit
            self._union(self._first_doc_of_host.setdefault(host, doc_id), doc_id)
        for root in self._sites_sharing_a_template(doc_id):
            self._union(root, doc_id)

    def _file_under_keys(self, bit: int, keys: set[str]) -> None:
        """Add the page to the holders of its keys; a key on too many pages is dropped for good.

        A key held by one page alone gets no mask (a bit per page learned): it ties no pages
        yet, and most keys are such, whose masks would weigh more than all the others.
        """
        for key in keys:
            if key.startswith("t:"):
                continue
            fanout = self._fanout[key] = self._fanout.get(key, 0) + 1
            if fanout > MAX_KEY_FANOUT:
                self._holders.pop(key, None)
                self._only_holder.pop(key, None)
            elif fanout == 1:
                self._only_holder[key] = bit
            elif fanout == 2:
                self._holders[key] = 1 << self._only_holder.pop(key) | 1 << bit
            else:
                self._holders[key] |= 1 << bit

    def _sites_sharing_a_template(self, doc_id: str) -> set[str]:
        """Roots of the other sites holding a page that shares a template with this one.

        Such a page shares ``MIN_SHARED_LINES`` distinctive lines with it (a menu, enough of its
        shingles, counting as one), has no other host and is no copy of it.
        """
        masks: dict[str, list[int]] = {"g:": [], "m:": [], "p:": []}  # template-only lines have none
        for key in self._keys[doc_id] | self._prose[doc_id]:
            if key in self._holders:
                masks[key[:2]].append(self._holders[key])
        candidates = _sharing_lines(masks["g:"], masks["m:"]) & ~self._site_pages[self._root(doc_id)]
        host = self._hosts.get(doc_id)
        if host:
            candidates &= ~self._hosted | self._host_pages[host]
        return self._sites_of(doc_id, candidates, masks["p:"])

    def _sites_of(self, doc_id: str, candidates: int, paragraphs: list[int]) -> set[str]:
        """Roots of the sites of the candidate pages that are no copies of the page.

        ``paragraphs`` holds the pages holding each of its paragraphs. One page is enough to join
        a site: once one is found, the other pages of its site are not looked at.
        """
        shared = _reached((mask & candidates for mask in paragraphs), self._paragraphs_of_a_copy(doc_id))
        candidates &= ~shared[-1]  # copies, whatever their length
        maybe_copies = shared[MIN_COPY_PARAGRAPHS - 1]
        roots = set()
        while candidates:
            page = candidates & -candidates
            other = self._docs[page.bit_length() - 1]
            if page & maybe_copies and self._copies(doc_id, other):
                candidates ^= page
            else:
                root = self._root(other)
                roots.add(root)
                candidates &= ~self._site_pages[root]
        return roots

    def _paragraphs_of_a_copy(self, doc_id: str) -> int:
        """A page sharing this many of the page's paragraphs is a copy of it, however long it is."""
        return max(MIN_COPY_PARAGRAPHS, math.ceil(COPY_SHARE * len(self._prose[doc_id])))

    def _copies(self, a: str, b: str) -> bool:
        """Copies of one article (a republication) share their headline and captions too.

        Pages sharing most of their paragraphs are such copies; a site's recurring prompt is not
        enough. Paragraphs on too many pages are not counted.
        """
        shared = sum(key in self._holders for key in self._prose[a] & self._prose[b])
        fewest = min(len(self._prose[a]), len(self._prose[b]))
        return shared >= MIN_COPY_PARAGRAPHS and shared >= COPY_SHARE * fewest

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
            small, large = sorted((self._members.pop(gone), self._members[keep]), key=len)
            large |= small
            self._members[keep] = large
            self._site_pages[keep] |= self._site_pages.pop(gone)

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
