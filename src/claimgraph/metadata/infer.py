"""Infer a publication date from what the body mentions when the page states none.

The anchor is the latest absolute date mentioned (future-looking mentions such as "as early as
July 5" are skipped); weekday references ("on Thursday", "last Tuesday") then move it forward to
the latest day they can mean on or after the anchor. A yearless "December 30" takes its year from
a full date just before it in the same paragraph, else from ``year_hint``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from .dateline import find_dateline
from .dates import WEEKDAYS, DateMatch, find_dates

# Words right before a date that make it a limit or expectation: "by July 5", "as early as July 5".
_FUTURE_NEAR_RE = re.compile(
    r"\b(?:by|until|till|before|next|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than|ahead\s+of|"
    r"starting|effective|coming|deadline\s+of|due|expires?|expiring|matur(?:es|ing)|payable|ending|"
    r"takes?\s+effect|extended\s+to|of\s+record|bis|ab|spätestens|kommenden|nächsten|zum)\s+"
    r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?\s+(?:[A-Z]{2,4}\s+)?)?"
    r"(?:on\s+|the\s+|am\s+|zum\s+|dem\s+|den\s+)?$",
    re.IGNORECASE,
)
# Words earlier in the same clause that put it in the future: "will meet on Thursday".
_FUTURE_CLAUSE_RE = re.compile(
    r"(?:\bwill|\bshall|'ll|’ll|\bschedul\w*|\bslated|\bexpected\s+to|\bdue\s+to|\bset\s+to|\bplans?\s+to|"
    r"\bplanned|\bupcoming|\bstarts|\bbegins|\bopens|\bto\s+be\s+held|\b(?:is|are)\s+to|"
    r"\bwird|\bwerden|\bsoll|\bsollen|\bbeginnt|\bstartet|\bfindet|\bgeplant|\bkünftig)\b(?![^,;]*,)",
    re.IGNORECASE,
)
# Words right after a date that put it in the future (same clause, within a few words).
_FUTURE_AFTER_RE = re.compile(
    r"[\s,]*(?:(?!(?:said|says|told|announced|sagte|erklärte)\b)[\w’'-]+\s+){0,2}?"
    r"(?:will|shall|wird|werden|soll|sollen|(?:is|are)\s+to)\b",
    re.IGNORECASE,
)
_TEMPERATURE_NEAR_RE = re.compile(r"-?\d{1,3}(?:[.,]\d)?\s?°\s?[CF]?")


def _beside_temperature(text: str, start: int, end: int) -> bool:
    """A weather widget: "Thursday, Nov 5th 2020 7PM 6°C" shows the day the page was viewed."""
    return _TEMPERATURE_NEAR_RE.search(text, max(0, start - 25), min(len(text), end + 25)) is not None


# The weekday word comes first so the engine can skip to its first letters; the words before it
# ("on", "last", "next") are read from a short look-back.
_WEEKDAY_RE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)(?:'s|’s)?\b"
)
_WEEKDAY_PRE_RE = re.compile(
    r"\b(?P<pre>(?:[Oo]n|[Ll]ast|[Tt]his\s+past|[Tt]his|[Ee]arlier|[Ll]ate|[Ee]arly|[Ss]ince|[Bb]y|[Uu]ntil|"
    r"[Nn]ext|[Cc]oming|[Aa]m|[Ss]eit|[Vv]om|[Bb]is)\s+(?:on\s+)?)$"
)
_FUTURE_WEEKDAY_PRE = {"next", "by", "until", "coming", "bis"}
# A sentence ends at . ! ? or a newline, but not at the period of "p.m." or "U.S." (one letter).
_SENTENCE_START = re.compile(r"(?<!\b[A-Za-z])[.!?\n][\"”’)]?\s")
_CONTEXT_REACH = 600
_RECENCY_DAYS = 60  # how far back a yearless date mentioned in the news usually lies


@dataclass(slots=True)
class Mention:
    """A past date the text mentions, with the words it came from and how its year was found."""

    value: date
    text: str
    start: int
    how: str | None = None


def infer_from_text(
    text: str, *, year_hint: int | None = None, dates: list[DateMatch] | None = None
) -> tuple[date, str] | None:
    """(date, evidence) inferred from ``text``, or None when it mentions no usable date.

    ``dates`` may pass the text's dates when already found (some may be left out on purpose).
    """
    if not text:
        return None
    if dates is None:
        dates = find_dates(text)
    line = find_dateline(text, dates)
    if line is not None:
        value = line.to_date()
        how = None
        if value is None:
            placed = _place_yearless(line, text, [], year_hint)
            value, how = placed if placed else (None, None)
        if value is not None:
            evidence = f'dateline "{_line_of(text, line.start)}": "{line.text}" ({value.isoformat()}'
            return value, evidence + (f", {how})" if how else ")")
    mentions: list[Mention] = []
    unplaced: list[str] = []
    full_before: list[tuple[int, date]] = []
    for d in dates:
        value = d.to_date()
        if value is not None:
            full_before.append((d.end, value))
        if _future_looking(text, d.start, d.end) or _beside_temperature(text, d.start, d.end):
            continue
        if value is not None:
            mentions.append(Mention(value, d.text, d.start, d.ambiguous))
            continue
        placed = _place_yearless(d, text, full_before, year_hint)
        if placed is not None:
            mentions.append(Mention(placed[0], d.text, d.start, placed[1]))
        else:
            unplaced.append(d.text)
    if not mentions:
        return None
    anchor = max(mentions, key=lambda m: (m.value, -m.start))
    result = anchor.value
    used = []
    starts = [d.start for d in dates]
    for m in _WEEKDAY_RE.finditer(text):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and dates[i].start <= m.start() < dates[i].end:
            continue  # "Monday, June 24, 2024" is a date, not a weekday reference
        p = _WEEKDAY_PRE_RE.search(text, max(0, m.start() - 20), m.start())
        pre = p.group("pre").split() if p else []
        if pre and pre[0].lower() in _FUTURE_WEEKDAY_PRE:
            continue
        if _future_looking(text, m.start()):
            continue
        phrase = (p.group("pre") if p else "") + m.group(0)
        wd = WEEKDAYS[m.group(0).split("'")[0].split("’")[0].lower()]
        day = anchor.value + timedelta(days=(wd - anchor.value.weekday()) % 7)
        used.append((day, phrase.strip()))
        result = max(result, day)
    evidence = f'latest date mentioned: "{anchor.text}" ({anchor.value.isoformat()}'
    evidence += f", {anchor.how})" if anchor.how else ")"
    moved = [(d, p) for d, p in used if d > anchor.value]
    if moved:
        phrases = []
        for d, p in sorted(moved, key=lambda x: x[0]):
            item = f'"{p}" → {d.isoformat()}'
            if item not in phrases:
                phrases.append(item)
        evidence += "; weekday references after it: " + ", ".join(phrases)
    if unplaced:
        # Said so the caller knows a year hint could change the answer.
        shown = ", ".join(f'"{t}"' for t in list(dict.fromkeys(unplaced))[:3])
        evidence += f"; not used, no year to anchor them: {shown}"
    return result, evidence


def _line_of(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)].strip()[:120]


def _future_looking(text: str, start: int, end: int | None = None) -> bool:
    """The words around a date make it an expectation, not something that happened."""
    if end is not None and _FUTURE_AFTER_RE.match(text, end, min(len(text), end + 40)):
        return True  # "Am 5. November wird sie 100 Jahre alt", "On July 5 the court will rule"
    window = text[max(0, start - 80) : start]
    cut = list(_SENTENCE_START.finditer(window))
    if cut:
        window = window[cut[-1].end() :]
    return _FUTURE_NEAR_RE.search(window) is not None or _FUTURE_CLAUSE_RE.search(window) is not None


def _place_yearless(d: DateMatch, text: str, full_before, year_hint: int | None):
    """(date, how) for a yearless day-month date, or None when nothing anchors its year."""
    para_start = text.rfind("\n\n", 0, d.start)
    # full_before is in text order and holds only dates before this one: its last entry is nearest.
    if full_before and full_before[-1][0] > para_start and d.start - full_before[-1][0] <= _CONTEXT_REACH:
        ref = full_before[-1][1]
        options = [c for c in (d.to_date(ref.year - 1), d.to_date(ref.year), d.to_date(ref.year + 1)) if c]
        if options:
            best = min(options, key=lambda c: abs((c - ref).days))
            return best, f"year from the date {ref.isoformat()} before it"
    if year_hint is not None and 1000 < year_hint < 3000:
        # News mentions dates of the recent past. With publication spread over the hint year and
        # the mention within ~60 days before it, the previous year is the likelier reading only
        # for the last 30 days of a year ("December 30" in a January article); "August 6" or
        # "June 5" belong to the hint year itself.
        c = d.to_date(year_hint)
        if c is not None and (date(year_hint, 12, 31) - c).days < _RECENCY_DAYS // 2:
            prev = d.to_date(year_hint - 1)
            if prev is not None:
                return prev, f"no year in the text: {year_hint - 1}, as late December before year_hint {year_hint}"
        if c is None:  # 29 February outside a leap year
            return None
        return c, f"no year in the text: year from year_hint {year_hint}"
    return None
