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
_YEAR4 = r"(?:19[5-9][0-9]|20[0-9][0-9]|2100)"


def _wd(name: str) -> str:
    return rf"(?:(?P<{name}>{_WORD})\.?,?\s+)?"


DATE_RE = re.compile(
    # month-first: "January 11, 2024", "Sun. Jun 23rd, 2024", "Dec. 30"
    rf"(?P<A>{_wd('awd')}(?P<amon>{_WORD})\.?\s(?P<aday>{_DAY})(?:st|nd|rd|th)?(?![0-9:])"
    rf"(?:(?:,\s?|\s)(?P<ayear>{_YEAR4})(?![0-9]))?)"
    # day-first: "30 July 2023", "11. Januar 2024", "5th of May 2024", "Monday 24 June 2024"
    rf"|(?P<B>{_wd('bwd')}(?<![0-9.])(?P<bday>{_DAY})(?:st|nd|rd|th|\.)?\s(?:of\s)?(?P<bmon>{_WORD})\.?"
    rf"(?:,?\s(?P<byear>{_YEAR4})(?![0-9]))?)"
    # ISO and year-first numeric: "2024-01-11", "2024/01/11", "2024-01-11T19:58"
    rf"|(?P<I>(?<![0-9])(?P<iyear>{_YEAR4})(?P<isep>[-/.])(?P<imon>0?[1-9]|1[0-2])(?P=isep)(?P<iday>{_DAY})(?![0-9]))"
    # day/month numeric: "30-07-2023", "19.10.19", "11/04/2012"
    rf"|(?P<N>{_wd('nwd')}(?<![0-9./-])(?P<n1>[0-3]?[0-9])(?P<nsep>[-/.])(?P<n2>[01]?[0-9])(?P=nsep)"
    rf"(?P<nyear>{_YEAR4}|[0-9]{{2}})(?![0-9]|[-/.][0-9]))"
)


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
    for m in DATE_RE.finditer(text):
        dm = _build(m, text, convention)
        if dm is not None:
            out.append(dm)
    return out


def _build(m: re.Match, text: str, convention: str | None) -> DateMatch | None:
    g = m.group
    wd_word = g("awd") or g("bwd") or g("nwd")
    wd = _weekday(wd_word)
    start = m.start()
    if wd_word is not None and wd is None:
        # The word before the date is not a weekday ("said December 30"): drop it from the span.
        start = m.start("amon") if g("A") else m.start("bday") if g("B") else m.start("n1")
    if g("A") is not None:
        mon = MONTHS.get(g("amon").lower())
        if mon is None:
            return None
        year = int(g("ayear")) if g("ayear") else None
        return _make(text, start, m.end(), year, mon, int(g("aday")), wd)
    if g("B") is not None:
        mon = MONTHS.get(g("bmon").lower())
        if mon is None:
            return None
        year = int(g("byear")) if g("byear") else None
        if year is None:
            # A bare "1. Mai" or "5 May" is fine, but "3 Dec" in "3 Dec 2019" is caught above;
            # drop the year-less "1. FC" style false hits by requiring a full month word or abbr.
            pass
        return _make(text, start, m.end(), year, mon, int(g("bday")), wd)
    if g("I") is not None:
        return _make(text, start, m.end(), int(g("iyear")), int(g("imon")), int(g("iday")), wd, numeric=True)
    a, b, sep = int(g("n1")), int(g("n2")), g("nsep")
    year = _year2(g("nyear"))
    if len(g("nyear")) == 2 and sep != ".":
        # "3-4-24" or "1/2/24" are more often scores or fractions than dates.
        return None
    note = None
    if a > 12 and b <= 12:
        day, mon = a, b
    elif b > 12 and a <= 12:
        day, mon = b, a
    elif a == b:
        day, mon = a, b
    elif sep == ".":
        day, mon = a, b  # dotted dates are day-first wherever they are used
    elif convention == "dmy":
        day, mon = a, b
    elif convention == "mdy":
        day, mon = b, a
    elif sep == "/":
        day, mon = b, a
        note = f"ambiguous day/month order in {g('N')!s}: read month-first"
    else:
        day, mon = a, b
        note = f"ambiguous day/month order in {g('N')!s}: read day-first"
    return _make(text, start, m.end(), year, mon, day, wd, numeric=True, ambiguous=note)


def _make(text, start, end, year, mon, day, wd, numeric=False, ambiguous=None) -> DateMatch | None:
    if not (1 <= mon <= 12 and 1 <= day <= 31):
        return None
    dm = DateMatch(start, end, text[start:end], year, mon, day, wd, numeric, ambiguous)
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
    text = str(value).strip()
    if not text:
        return None
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
