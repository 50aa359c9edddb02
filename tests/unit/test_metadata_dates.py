"""Date expressions found by regex and normalised with datetime (claimgraph.metadata.dates)."""

from __future__ import annotations

import pytest

from claimgraph.metadata.dates import find_dates, parse_given_date


def _values(text, convention=None):
    return [(d.year, d.month, d.day) for d in find_dates(text, convention)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January 11, 2024 at 07:58PM", (2024, 1, 11)),
        ("First published on: 30-07-2023 at 09:51 IST", (2023, 7, 30)),
        ("Published on 12 March 2024", (2024, 3, 12)),
        ("Sun. Jun 23rd, 2024", (2024, 6, 23)),
        ("Veröffentlicht am 5. November 2023, 14:09", (2023, 11, 5)),
        ("Stand: 25.01.2022", (2022, 1, 25)),
        ("Veröffentlicht am 19.10.19 um 14:34 Uhr", (2019, 10, 19)),
        ("2024-01-11T19:58:00Z", (2024, 1, 11)),
        ("the 5th of May 2024", (2024, 5, 5)),
        ("LAST UPDATED: FEB 26, 2020", (2020, 2, 26)),
    ],
)
def test_metadata_dates_full_forms(text, expected):
    assert _values(text)[0] == expected


def test_metadata_dates_yearless_and_month_only():
    assert _values("fired into Ukraine on December 30, landing") == [(None, 12, 30)]
    assert _values("30 December") == [(None, 12, 30)]
    # Month-only and year-only expressions are not day dates.
    assert _values("In October, the White House said") == []
    assert _values("as early as July 2024.") == []
    assert _values("in 2022, shortly after") == []


def test_metadata_dates_weekday_prefix_recorded():
    (d,) = find_dates("Thursday, February 22, 2024")
    assert d.weekday == 3 and d.text == "Thursday, February 22, 2024"
    (d,) = find_dates("Kirby December 30")
    assert d.weekday is None and d.text == "December 30"


def test_metadata_dates_rejects_impossible_and_non_dates():
    assert _values("February 31, 2024") == []
    assert _values("scores 3-4-24 and 1/2/24") == []
    assert _values("1. FC Köln") == []
    assert _values("version 12.34.5678") == []


def test_metadata_dates_numeric_order():
    # One part > 12 settles the order.
    assert _values("15/07/2014") == [(2014, 7, 15)]
    assert _values("07/15/2014") == [(2014, 7, 15)]
    # Ambiguous: a slash reads month-first by default and says so; a convention settles it.
    (d,) = find_dates("02/03/2024")
    assert (d.month, d.day) == (2, 3) and d.ambiguous and "ambiguous" in d.ambiguous
    assert _values("02/03/2024", "dmy") == [(2024, 3, 2)]
    assert find_dates("02/03/2024", "dmy")[0].ambiguous is None
    # Dotted dates are day-first wherever they are written.
    (d,) = find_dates("02.03.2024")
    assert (d.month, d.day, d.ambiguous) == (3, 2, None)


def test_metadata_dates_given_values():
    assert parse_given_date("2024-01-11T19:58:00+00:00") == "2024-01-11"
    assert parse_given_date("Thu, 11 Jan 2024 19:58:00 GMT") == "2024-01-11"
    assert parse_given_date("2024-02-30") is None
    assert parse_given_date("") is None
    assert parse_given_date(None) is None
