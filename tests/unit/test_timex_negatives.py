"""Things that look temporal but are not timexes."""
import datetime as dt

import pytest

from claimgraph.timex import tag

A = dt.date(2024, 1, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Officials May decide otherwise.",
        "May I ask a question?",
        "Thousands joined the march on Washington.",
        "Thousands joined the March on Washington.",
        "The Sunday Times reported the leak.",
        "Call 202-555-0123 for details.",
        "Russia fired 2 million shells.",
        "The company sold 1,991 cars and 2000 trucks.",
        "It costs $2024 per unit.",
        "He read Resolution 2231 aloud.",
        "The plane was a Boeing 737.",
        "She gave a second speech.",
    ],
)
def test_timex_negatives_not_tagged(text):
    assert tag(text, A) == []


def test_timex_negatives_may_as_month_with_preposition():
    found = tag("Elections were held in May.", A)
    assert [t.value for t in found] == ["2023-05"]


def test_timex_negatives_title_case_programmes():
    assert tag('Baker, speaking on ABC News "This Week," said so.', A) == []
    assert tag("He said on CBS's 60 Minutes that he would stay.", A) == []
    assert [t.value for t in tag("Last week, he left.", A)] == ["2024-W01"]


def test_timex_negatives_generic_today_and_names():
    assert tag("He told USA Today that he would stay.", A) == []
    assert tag("Jobs are scarce in today's world.", A) == []
    assert [t.value for t in tag("Today's meeting was long.", A)] == ["2024-01-11"]
