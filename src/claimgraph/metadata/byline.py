"""Bylines: "Written by FE Online", "By Angela Skujins with AP", "Von Heike Buchter", "Author: X"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import MONTHS, WEEKDAYS
from .outlets import canonical_outlet, find_known_outlet

_BY_RE = re.compile(
    r"^(?:(?:written|reported|posted|compiled|edited|published|words|text|story|report|bericht)\s+)?"
    r"(?:by|von)\s*[:\-]?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_AUTHOR_RE = re.compile(
    r"^(?:authors?|autor(?:in|/in|en|innen)?|reporter|correspondent|text|texte?)\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_CONNECTORS = {
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "ibn",
    "al", "el", "ter", "zu", "dos", "das", "y", "e", "st.",
}
_JOINERS = {"and", "und", "&", "et"}
# Words after which a byline's names end and something else (credit, date, place) follows.
_STOPS = {
    "with", "mit", "at", "on", "am", "um", "in", "for", "für", "from", "aus", "|", "•", "·", "-", "//",
    "–", "—", "/", "updated", "published", "veröffentlicht", "aktualisiert", "posted", "last",
    "min", "read", "photos", "photo", "fotos", "foto", "video", "edited", "share",
}
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]\.)$")
_MAX_LINE = 160


@dataclass(slots=True)
class BylineHit:
    """A byline found on one line: the names as written and any credit after them."""

    byline: str
    credit: str | None  # canonical outlet from "with AP" / ", BBC News", else a short name or None
    line: str


_LABEL_RE = re.compile(
    r"^(?:(?:written|posted|published|reported)\s+)?(?:by|von|authors?|autor(?:in|en|\*in|/in)?|reporter)\s*:?$",
    re.IGNORECASE,
)


def match_byline(text: str, next_line: str | None = None) -> BylineHit | None:
    """Read one (normalised) line as a byline, or None when it is not one.

    A line that is only a label ("By", "Autor", "Published By") takes its names from
    ``next_line``, as page renderings often put the label and the name on separate lines.
    """
    if not text or len(text) > _MAX_LINE:
        return None
    if next_line and _LABEL_RE.match(text) and len(next_line) <= 80:
        if _BY_RE.match(next_line) or _AUTHOR_RE.match(next_line):
            return None  # the next line is a byline of its own ("By" / "By Grace Zokovitch")
        hit = _parse_names(next_line, text + "\n" + next_line)
        if hit is not None and " " in hit.byline:  # one word under a label is too often a menu item
            return hit
        return None
    m = _BY_RE.match(text) or _AUTHOR_RE.match(text)
    if not m:
        return None
    return _parse_names(m.group("rest"), text)


def _parse_names(rest: str, line: str) -> BylineHit | None:
    for sep in ("|", "•", "·", "//", "/"):
        rest = rest.replace(sep, f" {sep} ")
    tokens = rest.split()
    names: list[list[str]] = []
    current: list[str] = []
    credit_tokens: list[str] | None = None
    comma_credit = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        word = tok.rstrip(",;:")
        low = word.lower()
        if not word:
            i += 1
            continue
        if low in _JOINERS:
            if current:
                names.append(current)
                current = []
            i += 1
            continue
        if low in _STOPS or word[0].isdigit() or "@" in word or word[0] in "([{©":
            if low in ("with", "mit"):
                credit_tokens = tokens[i + 1 :]
            break
        if low in MONTHS and current and (i + 1 >= len(tokens) or tokens[i + 1][:1].isdigit()):
            break  # "By Amelie Nishizawa Feb 8, 2020"
        if _NAME_TOKEN.match(word) or (low in _CONNECTORS and current):
            current.append(word)
        else:
            return None  # running text ("By the numbers", "Von der gängigen ...")
        if tok.endswith((",", ";")):
            names.append(current)
            current = []
            if tok.endswith(",") and _list_of_names_follows(tokens[i + 1 :]):
                i += 1  # "A, B and C": the comma joins names
                continue
            credit_tokens = tokens[i + 1 :]
            comma_credit = True
            break
        if tok.endswith(":"):
            break  # "By Aaron Humes: The Americas ..."
        i += 1
    if current:
        names.append(current)
    names = [n for n in names if n]
    if not names or len(names) > 4:
        return None
    for n in names:
        if len(n) > 5 or n[-1].lower() in _CONNECTORS:
            return None
        if all(t.lower().rstrip(".") in MONTHS or t.lower().rstrip(".") in WEEKDAYS for t in n):
            return None
    if comma_credit and credit_tokens and len(names) == 1 and len(names[0]) == 1:
        rest = " ".join(credit_tokens)
        if "," in rest and not any(c.isdigit() for c in rest) and find_known_outlet(rest) is None:
            return None  # "von Künstlern, Bands, DJs," is an enumeration in running text
    parts = [" ".join(n) for n in names]
    byline = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    credit = _credit(credit_tokens, strict=comma_credit) if credit_tokens else None
    return BylineHit(byline, credit, line)


def _list_of_names_follows(tokens: list[str]) -> bool:
    """After a comma: more names ending in a joiner ("Jan Strozyk und Benedikt Strunz"), not a credit."""
    seen_joiner = False
    count = 0
    for tok in tokens:
        word = tok.rstrip(",;")
        low = word.lower()
        if low in _JOINERS:
            seen_joiner = True
            count = 0
            continue
        if low in _STOPS or not word or word[0].isdigit():
            break
        if not (_NAME_TOKEN.match(word) or low in _CONNECTORS) or canonical_outlet(word):
            return False
        count += 1
        if count > 5:
            return False
        if tok.endswith((",", ";")) and seen_joiner:
            break
        if tok.endswith(";"):
            return False
        if tok.endswith(","):
            count = 0
    return seen_joiner


def _credit(tokens: list[str], *, strict: bool) -> str | None:
    text = " ".join(tokens)
    # The credit ends at the next separator: "with AP | Updated ...", "BBC News, New York".
    text = re.split(r"\s[|•·–—-]\s|,|;|\s(?:on|am|at|um|updated|published)\s", text, maxsplit=1)[0].strip(" .")
    if not text:
        return None
    known = canonical_outlet(text) or find_known_outlet(text)
    if known or strict:
        return known
    words = text.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return text
    return None
