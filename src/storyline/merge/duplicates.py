"""Near-duplicate pages: the same article republished by another outlet or re-crawled.

Pages are compared by MinHash signatures of their word 5-shingles (lower-cased, accents
kept) and bucketed with LSH (datasketch), so each new page is checked against earlier
ones in near-constant time. A page whose estimated Jaccard similarity with an earlier
page reaches ``Settings.near_duplicate_threshold`` is a copy of it; copies of copies
point at the first page. The state is a pure function of the (doc id, text) pairs in
the order they were added, so ``NearDuplicates.rebuild`` restores it from stored texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from datasketch import MinHash, MinHashLSH

from storyline.config import Settings, load_settings

SHINGLE = 5
PERMUTATIONS = 128
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word n-grams of the text; short texts fall back to their words."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return set(words)
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@cache
def _permutations() -> tuple[object, str]:
    """The hash permutations and their scheme, drawn once: drawing them is most of the
    cost of a new MinHash, and they are the same for every page (one seed)."""
    prototype = MinHash(num_perm=PERMUTATIONS)
    return prototype.permutations, prototype.scheme


def _empty_minhash() -> MinHash:
    permutations, scheme = _permutations()
    return MinHash(num_perm=PERMUTATIONS, permutations=permutations, scheme=scheme)


def signature(text: str) -> MinHash | None:
    """The MinHash of a text's shingles, or None for a text with no words."""
    grams = shingles(text)
    if not grams:
        return None
    mh = _empty_minhash()
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


class NearDuplicates:
    """Remembers pages and tells, for each new one, which earlier page it copies."""

    def __init__(self, settings: Settings | None = None, threshold: float | None = None) -> None:
        default = (settings or load_settings()).near_duplicate_threshold
        self.threshold = threshold if threshold is not None else default
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=PERMUTATIONS)
        self._signatures: dict[str, MinHash] = {}
        self._original: dict[str, str | None] = {}
        self._order: dict[str, int] = {}

    @classmethod
    def rebuild(cls, pages: Iterable[tuple[str, str]], settings: Settings | None = None) -> NearDuplicates:
        """The state after adding ``pages`` (doc id, text) in order, e.g. from the store."""
        dups = cls(settings)
        for doc_id, text in pages:
            dups.add(doc_id, text)
        return dups

    def add(self, doc_id: str, text: str) -> str | None:
        """The doc id of the earlier page this one copies, or None for an original."""
        if doc_id in self._original:
            return self._original[doc_id]
        mh = signature(text)
        original = self._find(mh) if mh is not None else None
        self._original[doc_id] = original
        if mh is not None:
            self._order[doc_id] = len(self._order)
            self._signatures[doc_id] = mh
            self._lsh.insert(doc_id, mh)
        return original

    def original_of(self, doc_id: str) -> str | None:
        return self._original.get(doc_id)

    def _find(self, mh: MinHash) -> str | None:
        close = [d for d in self._lsh.query(mh) if self._signatures[d].jaccard(mh) >= self.threshold]
        if not close:
            return None
        first = min(close, key=self._order.__getitem__)
        return self._original[first] or first
