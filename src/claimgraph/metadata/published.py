"""Explicit publication dates: publication lines, dated bylines and bare date lines in place.

Each non-empty raw line with a date is scored as a candidate; the best wins, the earliest on a tie.
Chrome widgets (the day's date at the very top of a page, beside a temperature or as a weekday
dateline) are rejected: they give the day the page was viewed, not the day it was published.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .byline import match_byline
from .dateline import find_dateline
from .dates import DateMatch, find_dates
from .lines import TOP_ZONE, Line, Page, body_line_range, is_temperature

_CUE_RE = re.compile(
    r"^[\s*•·>|\[(-]*(?P<cue>"
    r"(?P<pub>first\s+published|originally\s+published|published(?:\s+date)?|publication\s+date|publish\s+date|"
    r"post(?:ed)?\s+date|date\s+posted|pub\s+date|posted|created|"
    r"date|dated|released|veröffentlicht|erstellt|erschienen|datum|publié|publicado|pubblicato|opublikowano)"
    r"|(?P<upd>last\s+updated|updated|last\s+modified|modified|aktualisiert|zuletzt\s+aktualisiert|"
    r"zuletzt\s+geändert|geändert|stand|edited|editiert|mis\s+à\s+jour)"
    r")(?![A-Za-zÀ-ÿ-])",
    re.IGNORECASE,
)
# A cue must be followed by its date soon: "Posted in Datenschutz by damianduchamps on August 3, 2019".
_CUE_REACH = 60
_TIME_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?(?:[ap]\.?\s?m\.?|[AP]M|Uhr|h)?(?![\w])|\b\d{1,2}\s?(?:[ap]\.m\.|[AP]M)\b"
)
_RESIDUE_RE = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
_FILLER = {
    "at", "on", "am", "um", "uhr", "the", "of", "pm", "gmt", "utc", "ist", "cet", "cest", "est", "edt",
    "pst", "pdt", "cst", "cdt", "bst", "et", "pt", "hkt", "aest", "aedt", "msk", "eet", "eest", "mez",
    "mesz", "updated", "published", "last", "date", "den", "vom", "le", "il", "de", "time", "th",
}
_DMY_TZ = re.compile(r"\b(?:IST|CET|CEST|BST|MEZ|MESZ|AEST|AEDT|MSK|EET|EEST|WIB|SGT|HKT|PKT|SAST|Uhr)\b")
_MDY_TZ = re.compile(r"\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)\b")
_DEGREES_RE = re.compile(r"\d\s?°\s?[CF]?\b|\d\s?°")
_QUOTE_CHARS = "\"“”„«»"

# Scores: which kind of line a publication date comes from.
CUE_PUBLISHED = 100
BYLINE_DATED = 85
DATELINE = 80
NEAR_BYLINE = 75
# An "Updated" line gives a date at or after publication: below the byline's own date line.
CUE_UPDATED = 74
AT_BODY_EDGE = 70
BARE_WITH_TIME = 50
BARE = 45
_BARE_KINDS = (NEAR_BYLINE, AT_BODY_EDGE, BARE_WITH_TIME, BARE)


@dataclass(slots=True)
class Candidate:
    """A date line that may be the publication line."""

    score: int
    line: Line
    date: DateMatch
    reason: str




def is_cue_line(text: str) -> bool:
    """A short line that is a publication cue, dated or not ("Published on Updated")."""
    return len(text) <= 60 and _CUE_RE.match(text) is not None


def dates_by_line(page: Page, dates: list[DateMatch]) -> dict[int, list[DateMatch]]:
    """Full dates of the page grouped by line rank, offsets made relative to their line."""
    out: dict[int, list[DateMatch]] = {}
    for d in dates:
        if d.year is None or "\n" in d.text:
            continue
        ln = page.line_at(d.start)
        if ln is None or d.end > ln.end:
            continue
        out.setdefault(ln.rank, []).append(
            DateMatch(
                d.start - ln.start, d.end - ln.start, d.text, d.year, d.month, d.day, d.weekday, d.numeric, d.ambiguous, d.order
            )
        )
    return out


def find_explicit(
    page: Page, by_line: dict[int, list[DateMatch]], byline_ranks: set[int], body: str | None = None
) -> Candidate | None:
    """The best explicit publication-date line of a page, or None.

    ``by_line`` holds the page's full dates per line (``dates_by_line``), ``byline_ranks`` the
    lines that are a byline or a publication cue.
    """
    if not by_line:
        return None
    site = _site_convention(page, by_line)
    span = body_line_range(page, body)
    temperature_ranks = temperature_lines(page)
    bare_count = 0
    cands: list[Candidate] = []
    for rank in sorted(by_line):
        ln = page.line(rank)
        full = by_line[rank]
        if any(d.ambiguous for d in full):
            conv = _line_convention(ln.text) or site
            if conv is not None:
                full = [d for d in find_dates(ln.text, conv) if d.year is not None]
        if not full or is_chrome_widget(ln, full, byline_ranks, temperature_ranks):
            continue
        cand = _cue_candidate(ln, full)
        if cand is None:
            d = find_dateline(ln.text, full)
            if d is not None:
                cand = Candidate(DATELINE, ln, d, "dateline")
        if cand is None and rank in byline_ranks and match_byline(ln.text) is not None:
            cand = Candidate(BYLINE_DATED, ln, full[0], "dated byline")
        if cand is None and _is_bare(ln.text, full) and len({(d.year, d.month, d.day) for d in full}) == 1:
            bare_count += 1
            cand = _bare_candidate(ln, full[0], span, byline_ranks, page)
        if cand is not None:
            cands.append(cand)
    # Many bare date lines are a list (comments, archive, related links): trust none of the weak ones,
    # and none whose neighbours are bare lines with other dates (a column of dates).
    if bare_count >= 3:
        cands = [c for c in cands if c.score > BARE_WITH_TIME]
    bare = {c.line.rank: c.date.to_date() for c in cands if c.score in _BARE_KINDS}
    cands = [
        c
        for c in cands
        if c.score not in _BARE_KINDS
        or not any(
            bare.get(c.line.rank + k, c.date.to_date()) != c.date.to_date() for k in (-2, -1, 1, 2)
        )
    ]
    if not cands:
        return None
    return max(cands, key=lambda c: (c.score, -c.line.rank))


def temperature_lines(page: Page) -> set[int]:
    """Ranks of weather-widget lines ("17.8 C") at the top of the page."""
    return {ln.rank for ln in page.top_lines(TOP_ZONE + 2) if is_temperature(ln.text)}


def is_chrome_widget(ln: Line, full: list[DateMatch], byline_ranks, temperature_ranks) -> bool:
    """A date widget of the page chrome: the viewing day at the top of the page, not a publication."""
    if not full:
        return False
    if any(abs(ln.rank - r) <= 1 for r in temperature_ranks) or is_temperature(ln.text.split(",")[0]):
        return True
    if "°" in ln.text and _DEGREES_RE.search(ln.text):
        return True  # "Thursday, Nov 5th 2020 7PM 6°C 10PM 7°C": a weather widget anywhere on the page
    if ln.rank >= TOP_ZONE or not _is_bare(ln.text, full):
        return False
    if full[0].weekday is not None:
        # A weekday dateline beside a byline is the article's own date line, not the widget.
        return not any(abs(ln.rank - r) <= 2 for r in byline_ranks)
    return False


def _cue_candidate(ln: Line, full: list[DateMatch]) -> Candidate | None:
    m = _CUE_RE.match(ln.text)
    if not m:
        return None
    pub = m.group("pub") is not None
    picked = None
    for d in full:
        if d.start >= m.end() and d.start - m.end() <= _CUE_REACH:
            picked = d
            break
    if picked is None:
        return None
    if any(c in ln.text[: picked.start] for c in _QUOTE_CHARS):
        return None
    if _looks_like_sentence(ln.text[picked.end :]):
        return None  # "Published on 12 March 2024, the report found that ..." is body text
    return Candidate(CUE_PUBLISHED if pub else CUE_UPDATED, ln, picked, f"publication line ({m.group('cue')})")


_COMMENT_HEAD_RE = re.compile(r"(?:says|said|wrote|sagt|schreibt|meint|kommentiert|antwortet)\s*:?\s*$", re.IGNORECASE)


def _bare_candidate(ln: Line, d: DateMatch, span, byline_ranks, page: Page) -> Candidate | None:
    if ln.rank > 0 and _COMMENT_HEAD_RE.search(page.line(ln.rank - 1).text):
        return None  # "Mensah James says:" / "November 1, 2020 at 3:32 am": a comment's header
    if any(abs(ln.rank - r) <= 2 and r != ln.rank for r in byline_ranks):
        return Candidate(NEAR_BYLINE, ln, d, "date line beside the byline")
    if span is not None:
        first, last = span
        if last < ln.rank <= last + 4 or first - 4 <= ln.rank < first:
            return Candidate(AT_BODY_EDGE, ln, d, "date line at the edge of the article body")
        if ln.rank > last:
            return None  # after the article: comments, related links, footers
    if ln.rank < TOP_ZONE:
        return None
    has_time = _TIME_RE.search(ln.text) is not None
    return Candidate(BARE_WITH_TIME if has_time else BARE, ln, d, "bare date line")


def _is_bare(text: str, full: list[DateMatch]) -> bool:
    """The line is only a date (with weekday, time, zone, a few filler words)."""
    if not full or len(text) > 80 or any(c in text for c in '"{}=<>'):
        return False  # markup or data ('"Timestamp": "2030-08-14"'), not a date line
    rest = text
    for d in reversed(full):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = _TIME_RE.sub(" ", rest)
    words = [w for w in _RESIDUE_RE.findall(rest) if w.lower() not in _FILLER]
    return len(words) <= 1


def _looks_like_sentence(after: str) -> bool:
    after = _TIME_RE.sub(" ", after.split("|")[0])
    lower = [w for w in _RESIDUE_RE.findall(after) if w.islower() and w not in _FILLER]
    return len(lower) > 5


def _line_convention(text: str) -> str | None:
    if _DMY_TZ.search(text):
        return "dmy"
    if _MDY_TZ.search(text):
        return "mdy"
    for d in find_dates(text):
        if not d.numeric and d.year is not None:
            # Word order of a spelled date on the same line: "26 September" vs "September 26".
            return "dmy" if d.text.lstrip()[:1].isdigit() else "mdy"
    return None


def _site_convention(page: Page, by_line: dict[int, list[DateMatch]]) -> str | None:
    """The page's own day/month order: from its unambiguous numeric dates ("30/07/2023" → dmy),
    the word order of its spelled dates ("26 September" vs "September 26") and German time words."""
    votes: Counter[str] = Counter()
    for ds in by_line.values():
        for d in ds:
            if d.order in ("dmy", "mdy"):
                votes[d.order] += 2 if d.numeric else 1
    if " Uhr" in page.raw:
        votes["dmy"] += 2
    if not votes:
        return None
    top, n = votes.most_common(1)[0]
    return top if n > sum(votes.values()) - n else None
