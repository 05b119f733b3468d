"""Hand-made mentions for event tests, so events are tested apart from entity resolution."""

from __future__ import annotations

from storyline.models import Mention

Names = dict[str, tuple[str, str, str]]  # surface -> (entity key, kind, country)


def mentions_in(text: str, names: Names, surname: bool = False) -> list[Mention]:
    """A Mention for every occurrence of a known name, longest names first, never overlapping.

    ``surname`` names persons by their last word, as the entity stage does for short forms.
    """
    found: list[Mention] = []
    taken: set[int] = set()
    for surface in sorted(names, key=len, reverse=True):
        entity, kind, country = names[surface]
        start = text.find(surface)
        while start >= 0:
            span = set(range(start, start + len(surface)))
            if not span & taken:
                taken |= span
                name = surface.split()[-1] if surname and kind == "person" else surface
                end = start + len(surface)
                found.append(Mention("d1", "body", start, end, surface, "PER", entity, name, kind, country))  # type: ignore[arg-type]
            start = text.find(surface, start + 1)
    return sorted(found, key=lambda m: m.start)
