"""Absolute dates: written-out, numeric and ISO dates, months with years, years, decades, centuries."""
import datetime as dt

import pytest

from claimgraph.timex import tag

A = dt.date(2024, 1, 11)


def _value(text, anchor=A, phrase=None):
    found = tag(text, anchor)
    if phrase is None:
        assert len(found) == 1, found
        return found[0]
    for t in found:
        if t.text == phrase:
            return t
    raise AssertionError(f"{phrase!r} not tagged in {[t.text for t in found]}")


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("It happened on June 24, 2024, in Kyiv.", "June 24, 2024", "2024-06-24"),
        ("The attack came on Monday, June 24, 2024.", "Monday, June 24, 2024", "2024-06-24"),
        ("Troops crossed on February 24, 2022, into Ukraine.", "February 24, 2022", "2022-02-24"),
        ("Sept. 27, 1989 was a Wednesday.", "Sept. 27, 1989", "1989-09-27"),
        ("He arrived on 5 May 2021 in Seoul.", "5 May 2021", "2021-05-05"),
        ("First published on: 30-07-2023 11:02 IST", "30-07-2023", "2023-07-30"),
        ("The file is dated 2023-12-30 in the archive.", "2023-12-30", "2023-12-30"),
        ("The form was signed 12/05/2023 by both.", "12/05/2023", "2023-12-05"),
        ("Deliveries resume in July 2024, officials said.", "July 2024", "2024-07"),
        ("The talks began in January of 1998.", "January of 1998", "1998-01"),
        ("the first visit since the 1991 break-up of the Soviet Union", "1991", "1991"),
        ("It was annexed in 2014.", "2014", "2014"),
        ("Prices soared in the 1990s.", "the 1990s", "199"),
        ("It was a hit in the '80s.", "the '80s", "198"),
        ("the disasters of the 20th century", "the 20th century", "19"),
        ("He won the nomination in nineteen ninety-six.", "nineteen ninety-six", "1996"),
    ],
)
def test_timex_absolute_values(text, phrase, value):
    t = _value(text, phrase=phrase)
    assert t.value == value
    assert t.type == "DATE"


def test_timex_absolute_month_day_without_year_takes_the_closest_year():
    # published 2024-01-04: "December 30" is five days back, not eleven months ahead
    t = _value("A missile was fired into Ukraine on December 30.", dt.date(2024, 1, 4), "December 30")
    assert t.value == "2023-12-30"
    t = _value("The summit opens on January 20.", dt.date(2024, 1, 4), "January 20")
    assert t.value == "2024-01-20"


def test_timex_absolute_mods_on_parts_of_periods():
    assert _value("Sales slowed in early 1991.", phrase="early 1991").mod == "START"
    assert _value("It ends in late November.", dt.date(1999, 11, 3), "late November").mod == "END"
    assert _value("The policy dates from mid-1996.", phrase="mid-1996").mod == "MID"


def test_timex_absolute_without_anchor_stays_underspecified():
    found = tag("The ship sank on December 30 and returned on Friday.", None)
    assert [t.value for t in found] == ["XXXX-12-30", "XXXX-WXX-5"]


@pytest.mark.parametrize(
    "text,phrase,typ,value",
    [
        ("Revenue in Q3 2023 rose.", "Q3 2023", "DATE", "2023-Q3"),
        ("H1 2024 looks weak.", "H1 2024", "DATE", "2024-H1"),
        ("The strike began at 0900 GMT.", "0900 GMT", "TIME", "2024-01-11T09:00"),
    ],
)
def test_timex_absolute_wire_notations(text, phrase, typ, value):
    t = _value(text, phrase=phrase)
    assert (t.type, t.value) == (typ, value)


def test_timex_absolute_coordinated_days_and_week_of():
    found = [(t.text, t.value) for t in tag("The summit meets on April 24 and 25.", dt.date(2000, 2, 24))]
    assert found == [("April 24", "2000-04-24"), ("25", "2000-04-25")]
    found = [(t.text, t.value) for t in tag("Talks on Dec. 5 and 6, 2023 in Paris.", A)]
    assert found == [("Dec. 5", "2023-12-05"), ("6, 2023", "2023-12-06")]
    assert _value("A hearing is set for the week of March 6.", dt.date(2000, 2, 24)).value == "2000-W10"
