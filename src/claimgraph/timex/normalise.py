"""Calendar arithmetic that turns resolved pieces into TIMEX3 values (pure functions, no I/O)."""
from __future__ import annotations

import datetime as dt
import re

Date = dt.date


def ymd(d: Date) -> str:
    """ISO day value, e.g. '2024-01-04'."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def iso_week(d: Date) -> str:
    """ISO week value, zero-padded as ISO 8601 writes it, e.g. '2024-W01'."""
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def add_days(d: Date, k: int) -> Date:
    try:
        return d + dt.timedelta(days=k)
    except OverflowError:
        return d


def safe_date(y: int, m: int, d: int) -> Date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def quarter(d: Date) -> int:
    return (d.month - 1) // 3 + 1


def resolve_weekday(anchor: Date, wd: int, direction: str) -> Date:
    """Date of ISO weekday `wd` (1=Mon) relative to anchor.

    direction: 'past' → latest on/before anchor, 'future' → earliest on/after anchor,
    'last' → strictly before, 'next' → strictly after, 'this' → inside the anchor's ISO week.
    """
    diff = wd - anchor.isoweekday()
    if direction == "this":
        return add_days(anchor, diff)
    if direction in ("past", "last"):
        back = (-diff) % 7
        if back == 0 and direction == "last":
            back = 7
        return add_days(anchor, -back)
    fwd = diff % 7
    if fwd == 0 and direction == "next":
        fwd = 7
    return add_days(anchor, fwd)


def resolve_month_year(anchor: Date, month: int, direction: str | None) -> int:
    """Year of a bare month ("in October").

    The closest occurrence (ties go to the past), except that a tense cue moves a month more than two
    months on the wrong side of the anchor to the other year: a future cue moves last year's month to
    next year, a past cue moves next year's back (news also announces near events in the past tense:
    "agreed to buy in January", and refers to recent ones in the future: "extended until Oct. 19").
    """
    diff = month - anchor.month  # months from the anchor's month to this year's occurrence
    if diff >= 6:
        y = anchor.year - 1
    elif diff < -6:
        y = anchor.year + 1
    else:
        y = anchor.year
    ahead = (y - anchor.year) * 12 + diff
    if direction == "future" and ahead < -2:
        y += 1
    elif direction == "past" and ahead > 2:
        y -= 1
    return y


def resolve_month_day_year(anchor: Date, month: int, day: int, direction: str | None) -> int:
    """Year of "December 30": as resolve_month_year, at day precision (a cue moves dates over 60 days off)."""
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(y, month, day if not (month == 2 and day == 29) else 28)
        if d is not None:
            cands.append((y, (d - anchor).days))
    if not cands:
        return anchor.year
    y, delta = min(cands, key=lambda c: (abs(c[1]), c[1] > 0))
    if direction == "future" and delta < -60:
        fut = [c for c in cands if c[1] >= 0]
        if fut:
            y = min(fut, key=lambda c: c[1])[0]
    elif direction == "past" and delta > 60:
        past = [c for c in cands if c[1] <= 0]
        if past:
            y = max(past, key=lambda c: c[1])[0]
    return y


def resolve_quarter_year(anchor: Date, q: int, direction: str | None) -> int:
    """Year of 'the third quarter': the current year unless that quarter is still ahead in a past context."""
    aq = quarter(anchor)
    if q > aq and direction != "future":
        return anchor.year - 1
    return anchor.year


def last_completed_quarter(anchor: Date) -> tuple[int, int]:
    aq = quarter(anchor)
    return (anchor.year, aq - 1) if aq > 1 else (anchor.year - 1, 4)


def easter(y: int) -> Date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def nth_weekday(y: int, month: int, wd: int, n: int) -> Date:
    """n-th ISO weekday of a month (n=-1: the last one)."""
    if n > 0:
        first = dt.date(y, month, 1)
        return add_days(first, (wd - first.isoweekday()) % 7 + 7 * (n - 1))
    nxt = dt.date(y + (month == 12), month % 12 + 1, 1)
    last = add_days(nxt, -1)
    return add_days(last, -((last.isoweekday() - wd) % 7))


def holiday_date(key: str, y: int) -> Date | None:
    """Date of a holiday code from the lexicon in year y."""
    if key == "EASTER":
        return easter(y)
    if key == "GOODFRIDAY":
        return add_days(easter(y), -2)
    if key == "THANKSGIVING":
        return nth_weekday(y, 11, 4, 4)
    if key == "LABOR":
        return nth_weekday(y, 9, 1, 1)
    if key == "MEMORIAL":
        return nth_weekday(y, 5, 1, -1)
    m, d = key.split("-")
    return safe_date(y, int(m), int(d))


def fmt_number(x: float) -> str:
    """Duration amount as TIMEX3 writes it ('3', '1.5')."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration value for n units; None → underspecified ('PXY')."""
    time_units = {"H": "H", "MIN": "M", "S": "S"}
    scale = {"DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "WE": ("D", 2)}
    if unit == "Q":
        return "PXM" if n is None else f"P{fmt_number(n * 3)}M"  # quarters are written in months
    if unit in scale:
        u, k = scale[unit]
        if n is None:
            return {"DE": "PXDE", "CE": "PXCE", "ML": "PXML", "WE": "PXWE"}[unit]
        return f"P{fmt_number(n * k)}{u}"
    if unit in time_units:
        if n is None:
            return f"PTX{time_units[unit]}"
        if not float(n).is_integer():
            # 1.5 hours → PT1H30M; 2.5 minutes → PT2M30S
            whole, frac = int(n), n - int(n)
            if unit == "H":
                return f"PT{whole}H{round(frac * 60)}M" if whole else f"PT{round(frac * 60)}M"
            if unit == "MIN":
                return f"PT{whole}M{round(frac * 60)}S" if whole else f"PT{round(frac * 60)}S"
        return f"PT{fmt_number(n)}{time_units[unit]}"
    if n is None:
        return f"PX{unit}"
    if not float(n).is_integer():
        if unit == "Y":
            whole, months = int(n), round((n - int(n)) * 12)
            return f"P{whole}Y{months}M" if whole else f"P{months}M"
        if unit == "M" and n == 0.5:
            return "P2W"
        if unit == "D":
            return f"PT{round(n * 24)}H"
        if unit == "W":
            return f"P{round(n * 7)}D"
    return f"P{fmt_number(n)}{unit}"


_CAL = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(?:-WE)?$")
_PART = re.compile(r"^(\d{4})-(?:Q\d|H\d|SP|SU|FA|WI)$")


def calendar_value(value: str) -> str | None:
    """A TIMEX3 DATE/TIME value as the contract's event date: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'.

    Times keep their day; ISO weeks give the month of their Thursday (the ISO convention for which
    month a week belongs to); quarters, halves and seasons give their year; anything else
    (durations, sets, PRESENT_REF, underspecified 'XXXX-…') gives None.
    """
    m = _CAL.match(value or "")
    if m:
        y, mo, d = m.groups()
        if d and safe_date(int(y), int(mo), int(d)) is None:
            return None
        return "-".join(p for p in (y, mo, d) if p)
    m = _WEEK.match(value or "")
    if m:
        try:
            thu = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 4)
        except ValueError:
            return None
        return ym(thu.year, thu.month)
    m = _PART.match(value or "")
    return m.group(1) if m else None
