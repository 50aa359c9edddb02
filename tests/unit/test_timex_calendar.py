"""calendar_value: TIMEX3 values reduced to the contract's event dates (YYYY-MM-DD | YYYY-MM | YYYY)."""
import pytest

from claimgraph.timex.normalise import calendar_value


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2024-01-04", "2024-01-04"),
        ("2023-12", "2023-12"),
        ("2024", "2024"),
        ("2024-01-11T10:35", "2024-01-11"),
        ("2024-01-10TNI", "2024-01-10"),
        ("2024-W01", "2024-01"),
        ("2020-W53", "2020-12"),
        ("2023-W30-WE", "2023-07"),
        ("2023-Q3", "2023"),
        ("2023-SU", "2023"),
        ("P1D", None),
        ("PRESENT_REF", None),
        ("XXXX-12-30", None),
        ("2023-02-30", None),
        ("199", None),
        ("", None),
    ],
)
def test_timex_calendar_values(value, expected):
    assert calendar_value(value) == expected
