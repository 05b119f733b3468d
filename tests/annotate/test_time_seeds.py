"""The time rules on the real sample pages, read at run time from ../shared/corpus (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.annotate.time import choose_anchor, estimate_publication, resolve_times
from storyline.models import TimeRef

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"

pytestmark = pytest.mark.seeds


def seed(prefix: str) -> str:
    """The text of the seed page whose file name starts with ``prefix``."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    (path,) = sorted((CORPUS / "seeds").glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


def resolved(text: str, published: str | None = None) -> list[TimeRef]:
    """Two passes as the annotate pipeline runs them: find, choose the anchor, resolve."""
    anchor, _ = choose_anchor(published, None, resolve_times(text, None))
    return resolve_times(text, anchor)


def only(refs: list[TimeRef], words: str) -> TimeRef:
    found = [ref for ref in refs if ref.text.lower() == words]
    assert len(found) == 1, [r.text for r in refs]
    return found[0]


def test_undated_page_weekday_date_lands_in_2023() -> None:
    ref = only(resolved(seed("001")), "mercredi 14 juin")
    assert (ref.value, ref.precision) == ("2023-06-14", "day")


def test_undated_page_publication_is_estimated_in_2023() -> None:
    text = seed("001")
    estimate = estimate_publication(text, resolve_times(text, None), None)
    assert estimate is not None
    value, reason = estimate
    assert value.startswith("2023")
    assert "2012" in reason


@pytest.mark.parametrize(("words", "value"), [("mercredi", "2024-03-27"), ("vendredi dernier", "2024-03-22")])
def test_weekdays_hang_on_the_publication_date(words: str, value: str) -> None:
    ref = only(resolved(seed("003"), "2024-03-29"), words)
    assert ref.value == value
    assert ref.anchor == "2024-03-29"


def test_visit_range_opens_on_sunday_and_closes_on_thursday() -> None:
    ref = only(resolved(seed("002")), "depuis le dimanche 22 juin 2025")
    assert (ref.value, ref.value_end, ref.precision) == ("2025-06-22", "2025-06-26", "range")


def test_meeting_every_six_months_is_recurring() -> None:
    ref = only(resolved(seed("004"), "2025-06-28"), "tous les six mois")
    assert (ref.value, ref.precision) == ("P6M", "recurring")


def test_page_with_datetime_keeps_the_clock_time() -> None:
    ref = only(resolved(seed("000")), "jeudi 12 octobre 2023 - 16:51")
    assert (ref.value, ref.precision) == ("2023-10-12T16:51", "time")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_date_from_counts_phones_or_percentages(prefix: str) -> None:
    text = seed(prefix)
    for ref in resolved(text):
        assert text[ref.start : ref.end] == ref.text
        assert not any(ch in ref.text for ch in "%+"), ref
