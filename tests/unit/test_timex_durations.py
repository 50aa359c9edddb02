"""Durations, sets and clock times."""
import datetime as dt

import pytest

from claimgraph.timex import tag

A = dt.date(2024, 1, 11)


def _v(text, phrase, anchor=A):
    for t in tag(text, anchor):
        if t.text == phrase:
            return t
    raise AssertionError(f"{phrase!r} not tagged in {[t.text for t in tag(text, anchor)]}")


@pytest.mark.parametrize(
    "text,phrase,typ,value",
    [
        ("Inflation doubled over the past three years.", "the past three years", "DURATION", "P3Y"),
        ("The strike lasted two weeks.", "two weeks", "DURATION", "P2W"),
        ("The siege lasted 5 1/2 hours.", "5 1/2 hours", "DURATION", "PT5H30M"),
        ("He waited half an hour.", "half an hour", "DURATION", "PT30M"),
        ("a 30-year mortgage", "30-year", "DURATION", "P30Y"),
        ("It took several months.", "several months", "DURATION", "PXM"),
        ("The war has dragged on for years.", "years", "DURATION", "PXY"),
        ("Doses are given daily.", "daily", "SET", "P1D"),
        ("Dividends are paid quarterly.", "quarterly", "SET", "P3M"),
        ("The board meets every month.", "every month", "SET", "P1M"),
        ("The market opens each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
        ("The earnings of $5 a year", "a year", "SET", "P1Y"),
        ("The blast came at 10:35 a.m. local time.", "10:35 a.m.", "TIME", "2024-01-11T10:35"),
        ("The blast came at 5 p.m. EST Tuesday.", "5 p.m. EST Tuesday", "TIME", "2024-01-09T17:00"),
        ("They met at noon.", "noon", "TIME", "2024-01-11T12:00"),
        ("Fighting continued Friday morning.", "Friday morning", "TIME", "2024-01-05TMO"),
    ],
)
def test_timex_durations_values(text, phrase, typ, value):
    t = _v(text, phrase)
    assert (t.type, t.value) == (typ, value)


def test_timex_durations_modifiers():
    assert _v("It took more than four hours.", "more than four hours").mod == "MORE_THAN"
    assert _v("It took about three days.", "about three days").mod == "APPROX"


def test_timex_durations_ages_are_not_timexes():
    found = tag("A 6-year-old boy and his 52 years old father were rescued.", A)
    assert found == []
