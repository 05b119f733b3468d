"""A large benchmark corpus generated from the project's own pages, never from ../shared.

Each generated page is one of our fixture or example pages varied so that no two
are byte-identical (and so none is skipped as already stored): the body
paragraphs after the lead are shuffled, some numbers are redrawn (days, years
and counts taken from the pages themselves, days kept valid in every month) and
person-like names are swapped for names that occur in other pages. The page
layout (header and footer lines) is kept, so site templates are learned as on
real crawls. Output: text files, a thousand per folder.

Run: ``.venv/bin/python bench/corpus.py --pages 10000 --out /tmp/storyline-bench/corpus``
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "tests" / "data" / "pages", ROOT / "tests" / "data" / "events", ROOT / "examples" / "pages")
DEFAULT_OUT = Path(tempfile.gettempdir()) / "storyline-bench" / "corpus"
PARAGRAPH_WORDS = 12  # a line this long is body text, which may move; shorter lines are layout and stay
PAGES_PER_FOLDER = 1000
NUMBER = re.compile(r"\b\d{1,4}\b")
# Two capitalised words after a lower-case word or a comma: a name inside a sentence, not a sentence start.
NAME = re.compile(r"(?<=[a-zà-ÿ,] )([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)? [A-ZÀ-Ý][a-zà-ÿ]+)\b")


@dataclass
class Pools:
    """What the variations draw from: years and names seen in the source pages."""

    years: list[str]
    names: list[str]

    @classmethod
    def of(cls, pages: list[str]) -> Pools:
        text = "\n".join(pages)
        years = sorted({n for n in NUMBER.findall(text) if len(n) == 4 and n[:2] in {"19", "20"}})
        names = sorted(set(NAME.findall(text)))
        return cls(years or ["2024"], names)


def source_pages() -> list[str]:
    files = [p for folder in SOURCES if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    return [p.read_text(encoding="utf-8") for p in files]


def shuffle_paragraphs(lines: list[str], rng: random.Random) -> list[str]:
    """Body paragraphs after the first (the lead) change places; layout lines stay put."""
    body = [i for i, line in enumerate(lines) if len(line.split()) >= PARAGRAPH_WORDS][1:]
    moved = [lines[i] for i in body]
    rng.shuffle(moved)
    out = list(lines)
    for i, line in zip(body, moved, strict=True):
        out[i] = line
    return out


def redraw_number(match: re.Match[str], rng: random.Random, pools: Pools) -> str:
    """Half of the numbers change: years to another year of the pool, days to a valid day, counts alike."""
    value = match.group(0)
    if rng.random() < 0.5:
        return value
    if len(value) == 4 and value[:2] in {"19", "20"}:
        return rng.choice(pools.years)
    if len(value) <= 2 and int(value) <= 31:
        return str(rng.randint(1, 28))
    return str(rng.randint(10 ** (len(value) - 1), 10 ** len(value) - 1))


def swap_names(text: str, rng: random.Random, pools: Pools) -> str:
    """Each name of the page is replaced, consistently, by a name from the pool (one time in three)."""
    mapping = {name: rng.choice(pools.names) for name in set(NAME.findall(text)) if rng.random() < 1 / 3}
    if not mapping:
        return text
    pattern = re.compile("|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def vary(page: str, rng: random.Random, pools: Pools) -> str:
    lines = shuffle_paragraphs(page.split("\n"), rng)
    text = NUMBER.sub(lambda m: redraw_number(m, rng, pools), "\n".join(lines))
    return swap_names(text, rng, pools) if pools.names else text


def generate(count: int, seed: int = 7) -> Iterator[str]:
    """``count`` distinct page texts (a page that repeats an earlier one is drawn again)."""
    pages = source_pages()
    if not pages:
        raise SystemExit(f"no source pages under {', '.join(map(str, SOURCES))}")
    pools, rng = Pools.of(pages), random.Random(seed)
    seen: set[bytes] = set()
    while len(seen) < count:
        text = vary(rng.choice(pages), rng, pools)
        digest = hashlib.blake2b(text.encode(), digest_size=16).digest()
        if digest not in seen:
            seen.add(digest)
            yield text


def write_corpus(out: Path, count: int, seed: int = 7) -> list[Path]:
    """Write the corpus (text files, ``PAGES_PER_FOLDER`` a folder); returns the files in order."""
    paths = []
    for number, text in enumerate(generate(count, seed)):
        path = out / f"{number // PAGES_PER_FOLDER:03d}" / f"page-{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def corpus_files(out: Path, count: int, seed: int = 7) -> list[Path]:
    """The first ``count`` pages of the corpus at ``out``, generating it when it is missing or short."""
    files = sorted(out.rglob("page-*.txt")) if out.is_dir() else []
    if len(files) < count:
        files = write_corpus(out, count, seed)
    return files[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    files = write_corpus(args.out, args.pages, args.seed)
    size = sum(p.stat().st_size for p in files)
    print(f"{len(files)} pages, {size / 1e6:.1f} MB under {args.out}")


if __name__ == "__main__":
    main()
