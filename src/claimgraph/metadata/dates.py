"""Find and normalise date expressions with regexes and ``datetime`` (no dateparser on the hot path).

``find_dates(text)`` returns every day-precise date expression in a text: full dates ("January 11,
2024", "11. Januar 2024", "30-07-2023", "2024-01-11") and yearless day-month dates ("December 30",
"30 December"). Month-only and year-only expressions are not dates here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "january jan januar jänner jän",
        "february feb febr februar",
        "march mar märz mär mrz",
        "april apr",
        "may mai",
        "june jun juni",
        "july jul juli",
        "august aug",
        "september sep sept",
        "october oct oktober okt",
        "november nov",
        "december dec dezember dez",
    ),
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _num

WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "monday mon montag",
        "tuesday tue tues dienstag",
        "wednesday wed mittwoch",
        "thursday thu thur thurs donnerstag",
        "friday fri freitag",
        "saturday sat samstag sonnabend",
        "sunday sun sonntag",
    )
):
    for _n in _names.split():
        WEEKDAYS[_n] = _num
# Two-letter German abbreviations ("Fr, 24. Januar 2020") only count as a weekday prefix.
_WEEKDAY_PREFIX_ONLY = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6}

# Month and weekday words are matched generically and looked up in the dicts above: a regex
# alternation of ~60 names at every position would be several times slower.
_WORD = r"[A-ZÄ][A-Za-zäÄ]{1,9}"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
_DAY_RE = re.compile(_DAY + r"(?![0-9])")
_YEAR4 = r"(?:19[5-9][0-9]|20[0-9][0-9]|2100)"

# Dates are found from their digits: a scan for digit runs is a fast C loop, and each run is then
# checked with anchored matches. One big alternation tried at every character was ~10x slower.
_DIGITS = re.compile(r"[0-9]{1,4}")
# "June 11", "Thursday, February 22", "Sun. Jun": the words just before a day number.
_MONTH_BEFORE = re.compile(
    rf"(?:(?<![A-Za-zäÄ])(?P<wd>{_WORD})\.?,?\s+)?(?<![A-Za-zäÄ])(?P<mon>{_WORD})\.?\s$"
)
_AFTER_MONTH_FIRST = re.compile(rf"(?:st|nd|rd|th)?(?![0-9:])(?:(?:,\s?|\s)(?P<year>{_YEAR4})(?![0-9]))?")
_DAY_FIRST = re.compile(
    rf"(?P<day>{_DAY})(?:st|nd|rd|th|\.)?\s(?:of\s)?(?P<mon>{_WORD})\.?(?:,?\s(?P<year>{_YEAR4})(?![0-9]))?"
)
_WEEKDAY_BEFORE = re.compile(rf"(?<![A-Za-zäÄ])(?P<wd>{_WORD})\.?,?\s+$")
_ISO = re.compile(rf"(?P<year>{_YEAR4})(?P<sep>[-/.])(?P<mon>0?[1-9]|1[0-2])(?P=sep)(?P<day>{_DAY})(?![0-9])")
_NUMERIC = re.compile(
    rf"(?P<n1>[0-3]?[0-9])(?P<sep>[-/.])(?P<n2>[01]?[0-9])(?P=sep)(?P<year>{_YEAR4}|[0-9]{{2}})(?![0-9]|[-/.][0-9])"
)
_LOOKBACK = 32
_DAY_NEXT = frozenset(" \u00a0\t\n.sntr")  # what can follow a day number in "5th May", "5. Mai", "5 May"


@dataclass(slots=True)
class DateMatch:
    """One date expression: its span in the searched text and its calendar value."""

    start: int
    end: int
    text: str
    year: int | None  # None for a yearless "December 30"
    month: int
    day: int
    weekday: int | None = None  # 0 = Monday, when the expression names one
    numeric: bool = False  # written with digits only ("30-07-2023")
    ambiguous: str | None = None  # day/month order note for numeric dates that could be both
    order: str | None = None  # how it is written: "dmy", "mdy" or "ymd"; None when it cannot tell

    def to_date(self, year: int | None = None) -> date | None:
        """The calendar date (``year`` fills a missing year); None when it does not exist."""
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return date(y, self.month, self.day)
        except ValueError:
            return None


def _weekday(word: str | None, allow_short: bool = True) -> int | None:
    if not word:
        return None
    w = word.lower().rstrip(".")
    if w in WEEKDAYS:
        return WEEKDAYS[w]
    if allow_short and w in _WEEKDAY_PREFIX_ONLY:
        return _WEEKDAY_PREFIX_ONLY[w]
    return None


def _year2(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        # Two-digit years on news pages are this century unless clearly not.
        y += 2000 if y < 70 else 1900
    return y


def find_dates(text: str, convention: str | None = None) -> list[DateMatch]:
    """All day-precise dates in ``text``, in order.

    ``convention`` settles numeric dates such as "02/03/2024": "dmy", "mdy" or None (then a
    slash reads month-first, a dash or dot day-first, and the match records the ambiguity).
    """
    out: list[DateMatch] = []
    if not text:
        return out
    last_end = 0
    for run in _DIGITS.finditer(text):
        s = run.start()
        if s < last_end:
            continue
        prev = text[s - 1] if s else " "
        if prev.isdigit():
            continue  # inside a longer number
        # Which shapes are possible at all follows from the characters around the digits.
        nx = text[run.end() : run.end() + 1]
        dm = _month_first(text, s, last_end) if prev.isspace() else None
        if dm is None and nx and nx in _DAY_NEXT:
            dm = _day_first(text, s, prev, last_end)
        if dm is None and nx and nx in "-/.":
            dm = _numeric(text, s, prev, convention)
        if dm is not None:
            out.append(dm)
            last_end = dm.end
    return out


def _weekday_start(text: str, s: int, floor: int) -> tuple[int, int | None]:
    """Start of a weekday word just before position ``s`` ("Monday, " / "Fr, "), with its number."""
    m = _WEEKDAY_BEFORE.search(text, max(floor, s - 16), s)
    if m:
        wd = _weekday(m.group("wd"))
        if wd is not None:
            return m.start(), wd
    return s, None


def _month_first(text: str, s: int, floor: int) -> DateMatch | None:
    if s < 4 or not text[s - 1].isspace():
        return None
    # Cheap check first: the word before the space must be a month ("June 24", "Dec. 30").
    k = s - 1
    if text[k - 1] == ".":
        k -= 1
    i = k
    while i > floor and k - i < 10 and text[i - 1].isalpha():
        i -= 1
    if k - i < 3 or text[i].islower() or text[i:k].lower() not in MONTHS:
        return None
    m = _MONTH_BEFORE.search(text, max(floor, s - _LOOKBACK), s)
    if not m:
        return None
    mon = MONTHS.get(m.group("mon").lower())
    if mon is None:
        return None
    day_m = _DAY_RE.match(text, s)
    if not day_m:
        return None
    after = _AFTER_MONTH_FIRST.match(text, day_m.end())
    if after is None:
        return None
    wd = _weekday(m.group("wd")) if m.group("wd") else None
    start = m.start() if wd is not None else m.start("mon")
    year = int(after.group("year")) if after.group("year") else None
    return _make(text, start, after.end(), year, mon, int(day_m.group(0)), wd, order="mdy")


def _day_first(text: str, s: int, prev: str, floor: int) -> DateMatch | None:
    if prev in "./-":
        return None
    m = _DAY_FIRST.match(text, s)
    if not m:
        return None
    mon = MONTHS.get(m.group("mon").lower())
    if mon is None:
        return None
    start, wd = _weekday_start(text, s, floor)
    year = int(m.group("year")) if m.group("year") else None
    return _make(text, start, m.end(), year, mon, int(m.group("day")), wd, order="dmy")


def _numeric(text: str, s: int, prev: str, convention: str | None) -> DateMatch | None:
    if prev in "./-":
        return None
    m = _ISO.match(text, s)
    if m:
        return _make(
            text, s, m.end(), int(m.group("year")), int(m.group("mon")), int(m.group("day")), None, numeric=True, order="ymd"
        )
    m = _NUMERIC.match(text, s)
    if not m:
        return None
    a, b, sep, ytext = int(m.group("n1")), int(m.group("n2")), m.group("sep"), m.group("year")
    if len(ytext) == 2 and sep != ".":
        # "3-4-24" or "1/2/24" are more often scores or fractions than dates.
        return None
    year = _year2(ytext)
    note = None
    order = None
    if a > 12 and b <= 12:
        day, mon, order = a, b, "dmy"
    elif b > 12 and a <= 12:
        day, mon, order = b, a, "mdy"
    elif sep == ".":
        day, mon, order = a, b, "dmy"  # dotted dates are day-first wherever they are used
    elif a == b or convention == "dmy":
        day, mon = a, b  # dotted dates are day-first wherever they are used
    elif convention == "mdy":
        day, mon = b, a
    elif sep == "/":
        day, mon = b, a
        note = f"ambiguous day/month order in {m.group(0)}: read month-first"
    else:
        day, mon = a, b
        note = f"ambiguous day/month order in {m.group(0)}: read day-first"
    start, wd = _weekday_start(text, s, 0)
    return _make(text, start, m.end(), year, mon, day, wd, numeric=True, ambiguous=note, order=order)


def _make(text, start, end, year, mon, day, wd, numeric=False, ambiguous=None, order=None) -> DateMatch | None:
    if not (1 <= mon <= 12 and 1 <= day <= 31):
        return None
    dm = DateMatch(start, end, text[start:end], year, mon, day, wd, numeric, ambiguous, order)
    if year is not None and dm.to_date() is None:
        return None  # 31 February
    return dm


_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_given_date(value: object) -> str | None:
    """Normalise a date given by the input (JSONL ``published``, HTML metadata) to "YYYY-MM-DD"."""
    from datetime import datetime

    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None  # numbers are not dates we can trust (an epoch? a day?)
    text = value.strip()
    if not text or not re.search(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", text):
        return None  # without a year, any parser would fill in today's
    m = _ISO_RE.match(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    found = [d for d in find_dates(text) if d.year is not None]
    if found:
        return found[0].to_date().isoformat()
    # Rare formats ("Thu, 11 Jan 2024 19:58:00 GMT" is caught above; epoch-like or odd ones are not):
    # dateparser is the slow, last resort, and only on this one short given value.
    try:
        import dateparser

        parsed = dateparser.parse(text[:100], languages=["en", "de"], settings={"PREFER_DATES_FROM": "past"})
    except Exception:  # dateparser raises on some odd inputs; a given value we cannot read is ignored
        return None
    return parsed.date().isoformat() if parsed else None
