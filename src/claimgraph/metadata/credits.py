"""Outlet or credit lines: "(With Reuters inputs)", "[Al Jazeera]", "Al Jazeera and news agencies"."""

from __future__ import annotations

import re

from .outlets import canonical_outlet, find_known_outlet

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
    (re.compile(r"^[A-ZÄÖÜ][\w .'/-]{1,30}\s*\((?P<x>[A-Za-z/ -]{2,20})\)\s*[-–—:]"), 4, True),
    (re.compile(r"^[\[(](?P<x>[^\[\]()]{2,40})[\])]\.?$"), 5, True),
    (re.compile(r"(?:©|\bCopyright\b|\(c\))\s*(?:\d{4}\s*)?(?P<x>[A-Z][\w .&'-]{1,40})"), 6, True),
    (re.compile(r"\((?:images?|photos?|pictures?|file\s+photo|fotos?|bild)\s*:\s*(?P<x>[^()]{2,40})\)", _I), 7, True),
]
_MAX_LINE = 120


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
