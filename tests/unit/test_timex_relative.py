"""Relative expressions anchored on the publication date, and weekday/month resolution by tense."""
import datetime as dt

import pytest

from claimgraph.timex import tag

THU = dt.date(2024, 1, 11)  # a Thursday


def _v(text, anchor, phrase):
    for t in tag(text, anchor):
        if t.text == phrase:
            return t
    raise AssertionError(f"{phrase!r} not tagged in {[t.text for t in tag(text, anchor)]}")


@pytest.mark.parametrize(
    "text,phrase,value",
    [
        ("Kirby spoke in remarks last Thursday.", "last Thursday", "2024-01-04"),
        ("The council met on Wednesday.", "Wednesday", "2024-01-10"),
        ("Strikes hit targets last week.", "last week", "2024-W01"),
        ("He visited Pyongyang this week.", "this week", "2024-W02"),
        ("It will reopen next week.", "next week", "2024-W03"),
        ("Exports fell last month.", "last month", "2023-12"),
        ("This year will be hard.", "This year", "2024"),
        ("Output rose last year.", "last year", "2023"),
        ("They met in September of last year.", "September of last year", "2023-09"),
        ("The rally was held yesterday.", "yesterday", "2024-01-10"),
        ("The vote is today.", "today", "2024-01-11"),
        ("Talks resume tomorrow.", "tomorrow", "2024-01-12"),
        ("Prices are falling now.", "now", "PRESENT_REF"),
        ("The plant closed two years ago.", "two years ago", "2022"),
        ("The deal collapsed three days ago.", "three days ago", "2024-01-08"),
        ("It was raining last night.", "last night", "2024-01-10TNI"),
        ("The ceasefire held through last summer.", "last summer", "2023-SU"),
        ("Profit rose in the third quarter.", "the third quarter", "2023-Q3"),
        ("Sales rose in the fourth quarter of 1990.", "the fourth quarter of 1990", "1990-Q4"),
        ("Exports grew last Christmas.", "last Christmas", "2023-12-25"),
    ],
)
def test_timex_relative_values(text, phrase, value):
    assert _v(text, THU, phrase).value == value


def test_timex_relative_earlier_this_month_keeps_the_month():
    t = _v("Putin visited Pyongyang earlier this month.", dt.date(2024, 6, 27), "earlier this month")
    assert (t.value, t.mod) == ("2024-06", "START")


def test_timex_relative_weekday_past_by_default():
    # Thu 2024-01-11: a bare Friday in a past sentence is last Friday
    assert _v("Officials said on Friday that talks had stalled.", THU, "Friday").value == "2024-01-05"


def test_timex_relative_weekday_future_with_will():
    assert _v("The two leaders will meet on Friday in Geneva.", THU, "Friday").value == "2024-01-12"
    assert _v("The talks are expected to resume on Monday.", THU, "Monday").value == "2024-01-15"


def test_timex_relative_weekday_same_day_is_the_anchor():
    assert _v("Kirby said on Thursday that the missiles were North Korean.", dt.date(2024, 1, 4), "Thursday").value == "2024-01-04"


def test_timex_relative_next_and_last_weekday_are_strict():
    assert _v("He arrives next Thursday.", THU, "next Thursday").value == "2024-01-18"
    assert _v("He left last Thursday.", THU, "last Thursday").value == "2024-01-04"


def test_timex_relative_bare_month_follows_tense():
    anchor = dt.date(2024, 1, 11)
    assert _v("In an interview in October, he denied it.", anchor, "October").value == "2023-10"
    # a month well ahead in a past-tense sentence is last year's
    assert _v("The ministry signed the deal in May.", anchor, "May").value == "2023-05"
    # a past month with a future cue is next year's
    assert _v("Elections will be held in December.", dt.date(2024, 3, 4), "December").value == "2024-12"


def test_timex_relative_a_day_after_is_a_duration():
    # "a day after <event>" counts from the event, not the anchor: the quantity is a DURATION
    t = _v("The news comes a day after Zelenskyy visited troops.", dt.date(2024, 6, 27), "a day")
    assert (t.type, t.value) == ("DURATION", "P1D")


def test_timex_relative_given_sentences_bound_the_tense_cues():
    text = "Leaders will meet soon and on Friday ministers met"
    # one sentence: "will" five words before Friday wins -> the coming Friday
    assert [t.value for t in tag(text, THU)] == ["2024-01-12"]
    # split before "and": only "met" is in Friday's sentence -> the Friday before the anchor
    cut = text.index(" and")
    assert [t.value for t in tag(text, THU, sentences=[(0, cut), (cut + 1, len(text))])] == ["2024-01-05"]


def test_timex_relative_period_boundaries_and_overnight():
    t = _v("Since the start of the year, 15 ships have docked.", THU, "the start of the year")
    assert (t.value, t.mod) == ("2024", "START")
    t = _v("Output should double by the end of the month.", THU, "the end of the month")
    assert (t.value, t.mod) == ("2024-01", "END")
    t = _v("Russia launched 36 drones overnight, officials said.", THU, "overnight")
    assert (t.type, t.value) == ("TIME", "2024-01-10TNI")
    assert tag("They booked an overnight stay.", THU) == []
