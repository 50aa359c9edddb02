"""Outlet or credit lines: "(With Reuters inputs)", "[Al Jazeera]", "Al Jazeera and news agencies"."""

from __future__ import annotations

import re

from .lines import Line, Page
from .outlets import canonical_outlet, find_known_outlet, outlet_table

_I = re.IGNORECASE
# (pattern, priority, known_only): lower priority number wins; known_only patterns only accept
# names from resources/metadata/outlets.tsv because their shape also fits other things.
_PATTERNS: list[tuple[re.Pattern, int, bool]] = [
    (re.compile(r"^\(?\s*with\s+inputs?\s+from\s+(?P<x>[^()]{2,60}?)\s*\)?\.?$", _I), 1, False),
    (re.compile(r"^\(?\s*with\s+(?P<x>[^()]{2,60}?)\s+inputs?\s*\)?\.?$", _I), 1, False),
    (re.compile(r"^\(?\s*(?P<x>[^()]{2,60}?)\s+contributed\s+to\s+this\s+(?:report|story)\.?\s*\)?\.?$", _I), 1, True),
    (re.compile(r"^\(?\s*(?:additional\s+)?reporting\s+(?:by|from)\s+(?P<x>[^()]{2,80}?)\s*\)?\.?$", _I), 1, True),
    (re.compile(r"^(?P<x>[A-Z][\w .'&-]{1,40}?)\s+(?:and|&|with)\s+(?:news\s+|wire\s+)?agencies\.?$"), 3, False),
    (re.compile(r"^(?:source|sources|quelle|quellen|credit)\s*:\s*(?P<x>[^:]{2,60})$", _I), 4, True),
    (re.compile(r"^[A-ZÄÖÜ][\w .,'/-]{1,40}\s*\((?P<x>[A-Za-z/ -]{2,20})\)\s*(?:--|[-–—:_])"), 4, True),
    (re.compile(r"^[\[(](?P<x>[^\[\]()]{2,40})[\])]\.?$"), 5, True),
    (re.compile(r"(?:©|\bCopyright\b|\(c\))\s*(?:\d{4}\s*)?(?P<x>[A-Z][\w .&'-]{1,40})"), 6, True),
    (re.compile(r"\((?:images?|photos?|pictures?|file\s+photo|fotos?|bild)\s*:\s*(?P<x>[^()]{2,40})\)", _I), 7, True),
]
_MAX_LINE = 120
# Most credit lines are found by their first word (extract._START_RE); copyright and photo credits
# and agency datelines sit anywhere in a line, so those lines are found with cheap tests first.
_ANYWHERE = ("©", "opyright", "OPYRIGHT", "(c)", "mage", "hoto", "icture", "Foto", "Bild")
_ANYWHERE_RE = re.compile(r"©|[Cc]opyright|COPYRIGHT|\(c\)|\((?:[Ii]mages?|[Pp]hotos?|[Pp]ictures?|[Ff]ile\s+[Pp]hoto|[Ff]otos?|[Bb]ild)\s*:")


_AGENCIES_RE = re.compile(r"agencies")
_CONTRIBUTED_RE = re.compile(r"contributed")


# "KYIV (Reuters) -": a short name in parentheses, looked up in the outlet table afterwards.
_PAREN_NAME_RE = re.compile(r"\(([A-Za-z][\w .-]{1,24})\)")


def credit_lines_anywhere(page: Page) -> dict[int, Line]:
    """Lines that may be credit lines although they do not start like one (copyright, datelines)."""
    found: dict[int, Line] = {}
    raw = page.raw
    if any(k in raw for k in _ANYWHERE):
        for ln in page.lines_matching(_ANYWHERE_RE):
            found.setdefault(ln.rank, ln)
    if "contributed" in raw:
        for ln in page.lines_matching(_CONTRIBUTED_RE):
            found.setdefault(ln.rank, ln)
    if "agencies" in raw:
        for ln in page.lines_matching(_AGENCIES_RE):
            found.setdefault(ln.rank, ln)
    table = outlet_table()
    for m in _PAREN_NAME_RE.finditer(raw):
        if m.group(1) in table:
            ln = page.line_at(m.start())
            if ln is not None:
                found.setdefault(ln.rank, ln)
    return found


def match_credit(text: str) -> tuple[int, str] | None:
    """(priority, outlet) when a (normalised) line is a credit line, else None."""
    if not text or len(text) > _MAX_LINE:
        return None
    for pattern, priority, known_only in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        # A bracketed line must be exactly an outlet: "(AP Photo/Efrem Lukatsky)" is a photo credit.
        name = canonical_outlet(m.group("x").strip()) if priority == 5 else _name(m.group("x"), known_only)
        if name:
            return priority, name
    return None


def _name(x: str, known_only: bool) -> str | None:
    x = x.strip(" .,;:")
    known = canonical_outlet(x) or find_known_outlet(x)
    if known:
        return known
    if known_only:
        return None
    words = x.split()
    # An unknown name is kept only when it looks like one ("Al Jazeera", "Kyiv Post"), not text.
    if 1 <= len(words) <= 4 and all(w[:1].isupper() or w in ("of", "the", "and") for w in words):
        return x
    return None
