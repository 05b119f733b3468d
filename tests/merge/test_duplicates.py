"""NearDuplicates: republished copies point at the first page that carried the text."""

from __future__ import annotations

from storyline.merge.duplicates import NearDuplicates

ARTICLE = " ".join(
    f"Paragraph {i} of a made-up report: the minister of a small country met a delegation "
    f"to discuss trade, water supply and the road number {i} built last year."
    for i in range(12)
)
OTHER = " ".join(
    f"An unrelated story {i} about a football club that won its match on a rainy Sunday evening."
    for i in range(12)
)


def test_first_page_is_an_original_and_a_near_copy_points_at_it() -> None:
    dups = NearDuplicates(threshold=0.8)
    assert dups.add("a", ARTICLE) is None
    copy = ARTICLE.replace("rainy", "wet") + " Published with permission."
    assert dups.add("b", copy) == "a"
    assert dups.add("c", OTHER) is None


def test_copy_of_a_copy_points_at_the_first_page() -> None:
    dups = NearDuplicates(threshold=0.8)
    dups.add("a", ARTICLE)
    dups.add("b", ARTICLE + " Share this.")
    assert dups.add("c", ARTICLE + " Share this. Comment below.") == "a"


def test_state_rebuilt_from_stored_texts_answers_the_same() -> None:
    dups = NearDuplicates.rebuild([("a", ARTICLE), ("c", OTHER)])
    assert dups.add("d", ARTICLE) == "a"
    assert dups.original_of("c") is None


def test_adding_a_page_twice_and_empty_pages_are_harmless() -> None:
    dups = NearDuplicates()
    assert dups.add("a", ARTICLE) is None
    assert dups.add("a", ARTICLE) is None
    assert dups.add("e", "") is None
    assert dups.add("f", "   ") is None
