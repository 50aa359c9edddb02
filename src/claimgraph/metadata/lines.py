"""Line-level helpers over a raw page: lines with offsets, chrome widgets, where the body sits."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Non-breaking and other odd spaces are normalised for matching only; evidence keeps the raw text.
_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " "})

TEMPERATURE_RE = re.compile(r"(?:^|\s)-?\d{1,3}(?:[.,]\d)?\s?(?:°\s?[CF]?|[CF])(?:\s|$)")

#: Only this many non-empty lines at the very top of a page count as the page header.
TOP_ZONE = 4


@dataclass(slots=True)
class Line:
    """One raw line: its index among the page's lines, its offsets, raw and normalised text."""

    index: int
    start: int
    end: int
    raw: str  # the line as it is in the page, stripped of surrounding white space
    text: str  # the same with odd spaces normalised, for matching
    rank: int  # position among non-empty lines (0 = first non-empty line)


def split_lines(raw: str) -> list[Line]:
    """The non-empty lines of ``raw`` with their offsets."""
    out: list[Line] = []
    pos = 0
    rank = 0
    for i, part in enumerate(raw.split("\n")):
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            start = pos + lead
            out.append(Line(i, start, start + len(stripped), stripped, stripped.translate(_SPACES), rank))
            rank += 1
        pos += len(part) + 1
    return out


def is_temperature(text: str) -> bool:
    """A weather widget line such as "17.8 C" or "23°C"."""
    return len(text) <= 24 and TEMPERATURE_RE.search(text) is not None


def body_line_range(lines: list[Line], raw: str, body: str | None) -> tuple[int, int] | None:
    """Ranks of the first and last raw lines the cleaned ``body`` covers, or None if not found."""
    if not body or not lines:
        return None
    blines = [b.strip() for b in body.split("\n") if b.strip()]
    if not blines:
        return None
    first = _locate(raw, blines[0][:80], from_start=True)
    last = _locate(raw, blines[-1][-80:], from_start=False)
    if first is None or last is None or last < first:
        return None
    r0 = r1 = None
    for ln in lines:
        if r0 is None and ln.end > first:
            r0 = ln.rank
        if ln.start <= last:
            r1 = ln.rank
    if r0 is None or r1 is None:
        return None
    return r0, r1


def _locate(raw: str, snippet: str, *, from_start: bool) -> int | None:
    snippet = snippet.strip()
    if len(snippet) < 8:
        return None
    i = raw.find(snippet) if from_start else raw.rfind(snippet)
    if i < 0:
        # The cleaner may have normalised spaces; try a shorter piece before giving up.
        piece = snippet[:30] if from_start else snippet[-30:]
        i = raw.find(piece) if from_start else raw.rfind(piece)
    return i if i >= 0 else None
