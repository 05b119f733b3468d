"""The calendar arithmetic under the time rules."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.annotate import calendar as cal


@pytest.mark.parametrize(
    ("anchor", "month", "day", "expected"),
    [
        (dt.date(2025, 6, 23), 6, 26, dt.date(2025, 6, 26)),  # three days ahead: the coming one
        (dt.date(2025, 6, 23), 7, 20, dt.date(2024, 7, 20)),  # a month ahead: last year's
        (dt.date(2024, 1, 3), 12, 28, dt.date(2023, 12, 28)),  # across New Year
        (dt.date(2023, 12, 28), 1, 2, dt.date(2024, 1, 2)),  # across New Year, ahead
        (dt.date(2025, 3, 1), 2, 29, dt.date(2024, 2, 29)),  # leap day
    ],
)
def test_year_less_date_is_the_nearest_at_or_before_the_anchor(
    anchor: dt.date, month: int, day: int, expected: dt.date
) -> None:
    assert cal.day_month_near(anchor, month, day, lookahead_days=10) == expected


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        (dt.date(2025, 6, 30), dt.date(2023, 6, 14)),
        (dt.date(2023, 6, 20), dt.date(2023, 6, 14)),
        (dt.date(2023, 6, 10), dt.date(2023, 6, 14)),  # four days ahead: the coming one
        (dt.date(2023, 6, 1), dt.date(2017, 6, 14)),  # 2023 is two weeks ahead: too far
        (dt.date(2016, 1, 1), None),  # 2017 is too far ahead, 2006 too far back
    ],
)
def test_weekday_pins_the_year(anchor: dt.date, expected: dt.date | None) -> None:
    wednesday = 2
    assert cal.day_month_on_weekday(anchor, 6, 14, wednesday, lookahead_days=10, max_years=7) == expected


@pytest.mark.parametrize(
    ("weekday", "inclusive", "before", "after"),
    [
        (2, False, dt.date(2024, 3, 27), dt.date(2024, 4, 3)),
        (4, False, dt.date(2024, 3, 22), dt.date(2024, 4, 5)),
        (4, True, dt.date(2024, 3, 29), dt.date(2024, 3, 29)),
    ],
)
def test_weekday_before_and_after_a_friday(
    weekday: int, inclusive: bool, before: dt.date, after: dt.date
) -> None:
    friday = dt.date(2024, 3, 29)
    assert cal.weekday_before(friday, weekday, inclusive) == before
    assert cal.weekday_after(friday, weekday, inclusive) == after


@pytest.mark.parametrize(
    ("count", "unit", "value", "precision"),
    [
        (-3, "D", "2024-03-26", "day"),
        (2, "W", "2024-04-12", "day"),
        (-1, "M", "2024-02", "month"),
        (-3, "M", "2023-12", "month"),
        (-1, "Y", "2023", "year"),
    ],
)
def test_shift_keeps_the_precision_of_its_unit(count: int, unit: str, value: str, precision: str) -> None:
    assert cal.shift(dt.date(2024, 3, 29), count, unit) == (value, precision)


@pytest.mark.parametrize(
    ("count", "unit", "iso"),
    [(6, "M", "P6M"), (10, "Y", "P10Y"), (3, "D", "P3D"), (2, "H", "PT2H"), (5, "MIN", "PT5M")],
)
def test_iso_durations(count: int, unit: str, iso: str) -> None:
    assert cal.iso_duration(count, unit) == iso


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2023", (dt.date(2023, 1, 1), dt.date(2023, 12, 31))),
        ("2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("2023-10-12T16:51", (dt.date(2023, 10, 12), dt.date(2023, 10, 12))),
        ("P6M", None),
        ("T16:30", None),
    ],
)
def test_period_bounds(value: str, bounds: tuple[dt.date, dt.date] | None) -> None:
    assert cal.period_bounds(value) == bounds


@pytest.mark.parametrize(
    ("anchor", "day", "forward", "expected"),
    [
        (dt.date(2026, 9, 26), 16, False, dt.date(2026, 9, 16)),
        (dt.date(2026, 3, 5), 16, False, dt.date(2026, 2, 16)),
        (dt.date(2026, 3, 5), 31, False, dt.date(2026, 1, 31)),  # February has no 31st
        (dt.date(2026, 9, 26), 2, True, dt.date(2026, 10, 2)),
        (dt.date(2026, 9, 26), 26, True, dt.date(2026, 9, 26)),
    ],
)
def test_day_of_month_near_the_anchor(anchor: dt.date, day: int, forward: bool, expected: dt.date) -> None:
    assert cal.day_of_month_near(anchor, day, forward) == expected
