"""Name clean-up: honorifics and titles stripped, possessives and articles removed, partial names."""
from __future__ import annotations

import re

_APOS = str.maketrans({"’": "'", "‘": "'"})
_TRAIL = re.compile(r"(?:'s|'|’s|’)$")


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to drop a leading article, a trailing possessive, punctuation and
    anything after a line break (spaCy spans sometimes run across page-chrome lines)."""
    s = text[start:end]
    nl = s.find("\n")
    if nl >= 0:
        end = start + nl
        s = s[:nl]
    for art in ("the ", "The ", "THE "):
        if s.startswith(art):
            start += 4
            s = s[4:]
            break
    m = _TRAIL.search(s)
    if m and len(s) > m.end() - m.start():
        end -= m.end() - m.start()
        s = s[: m.start()]
    while s and not (s[-1].isalnum() or s[-1] in ".)"):
        s = s[:-1]
        end -= 1
    while s and not s[0].isalnum():
        s = s[1:]
        start += 1
    return start, end


def strip_titles(text: str, start: int, end: int, titles: set[str]) -> tuple[int, int]:
    """Drop leading honorifics and role words from a person span ("President Vladimir Putin" →
    "Vladimir Putin", "Kremlin spokesman Dmitry Peskov" is handled by the caller via gazetteer hits)."""
    while True:
        s = text[start:end]
        m = re.match(r"([\w.\-]+)\s+", s)
        if not m:
            return start, end
        w = m.group(1).lower()
        if w in titles or w.rstrip(".") in titles:
            start += m.end()
            continue
        return start, end


def normalise(name: str) -> str:
    """Canonical spelling of a free-text name: straight apostrophes, single spaces."""
    return " ".join(name.translate(_APOS).split())


def resolve_partials(names: list[str]) -> dict[str, str]:
    """Map each shorter person name to the unique longer name ending with the same words
    ("Kirby" → "John Kirby"); ambiguous short names stay as they are."""
    out: dict[str, str] = {}
    uniq = sorted(set(names), key=lambda n: -len(n.split()))
    for short in uniq:
        sw = short.split()
        cands = [full for full in uniq if len(full.split()) > len(sw) and full.split()[-len(sw):] == sw]
        # a longer candidate may itself be a partial of an even longer one: keep the maximal ones
        maximal = {c for c in cands if not any(o != c and o.split()[-len(c.split()):] == c.split() for o in cands)}
        if len(maximal) == 1:
            out[short] = maximal.pop()
    return out
