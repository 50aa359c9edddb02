"""Golden test on the example seeds: the expressions the issue lists resolve to the right values."""
import datetime as dt
from pathlib import Path

import pytest

from claimgraph.timex import tag

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
ANCHORS = {
    "000": dt.date(2023, 7, 30),
    "001": dt.date(2024, 1, 11),
    "002": dt.date(2024, 1, 4),
    "003": dt.date(2024, 1, 10),
    "004": dt.date(2024, 6, 27),
}
# (seed, text before the expression (to locate it), expression, value)
EXPECTED = [
    ("001", "in remarks ", "last Thursday", "2024-01-04"),
    ("001", "meeting on ", "Wednesday", "2024-01-10"),
    ("001", "targets on ", "December 13", "2023-12-13"),
    ("001", "and also ", "last week", "2024-W01"),
    ("001", "interview in ", "October", "2023-10"),
    ("002", "said on ", "Thursday", "2024-01-04"),
    ("002", "Ukraine on ", "December 30", "2023-12-30"),
    ("002", "missiles on ", "Tuesday", "2024-01-02"),
    ("002", "In ", "October", "2023-10"),
    ("000", "Putin said on ", "Saturday", "2023-07-29"),
    ("000", "Petersburg on ", "Friday", "2023-07-28"),
    ("000", "Pyongyang ", "this week", "2023-W30"),
    ("000", "published on: ", "30-07-2023", "2023-07-30"),
    ("000", "since the ", "1991", "1991"),
    ("003", "Ukraine on ", "February 24, 2022", "2022-02-24"),
    ("003", "In ", "September of last year", "2023-09"),
    ("003", "attacks ", "this year", "2024"),
    ("004", "Ukraine, ", "Monday, June 24, 2024", "2024-06-24"),
    ("004", "Pyongyang ", "earlier this month", "2024-06"),
    ("004", "early as ", "July 2024", "2024-07"),
    ("004", "regions in ", "2022", "2022"),
    ("004", "comes ", "a day", "P1D"),
]


def _seed(key):
    files = sorted(SEEDS.glob(f"{key}_*.txt"))
    if not files:
        pytest.skip(f"seed {key} not present")
    return files[0].read_text("utf-8")


@pytest.mark.parametrize("key,before,phrase,value", EXPECTED)
def test_timex_seeds_values(key, before, phrase, value):
    text = _seed(key)
    i = text.find(before + phrase)
    assert i >= 0, f"{before + phrase!r} not in seed {key}"
    start = i + len(before)
    found = {(t.start, t.end): t for t in tag(text, ANCHORS[key])}
    assert (start, start + len(phrase)) in found, [t.text for t in found.values()]
    assert found[(start, start + len(phrase))].value == value


def test_timex_seeds_no_false_alarms_on_page_numbers():
    # every tagged span in the seeds must contain a temporal word or a 4-digit year
    import re

    for key in ANCHORS:
        for t in tag(_seed(key), ANCHORS[key]):
            assert re.search(r"(?i)[a-z]{3,}|\d{4}|\d{1,2}:\d\d", t.text), t
