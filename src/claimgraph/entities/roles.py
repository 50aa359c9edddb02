"""Roles and affiliations from pre-modifiers and appositions around a name.

"Russian envoy to the UN Vassily Nebenzia" → role "envoy to the UN", affiliation Russia;
"Yury Ignat, the spokesman for the Ukrainian Air Force," → affiliation Ukraine (via the org);
"Another Ukrainian official, Oleg Sinegubov," → affiliation Ukraine.  Works on spaCy tokens
only (no parse): a phrase qualifies when a role word sits next to the name.
"""
from __future__ import annotations

from dataclasses import dataclass

CONNECTORS = frozenset(("to", "of", "for", "in", "at", "on"))
DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "another", "one", "former"))
STOPS = frozenset((",", ".", ";", ":", "(", ")", "\n", "“", "”", '"', "!", "?", "—", "–"))


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    ref: int | None = None   # index of the mention or adjective unit covering this token


@dataclass(slots=True)
class Unit:
    """Something that can carry an affiliation inside a role phrase."""
    start: int
    end: int
    kind: str                # "adjective" | "country" | "metonym" | "organization" | "place" | "person" | ...
    affiliation: str | None  # country (or organisation) this unit points to


def _rank(u: Unit) -> int:
    # states named directly beat organisations, which beat places
    return {"adjective": 0, "country": 0, "metonym": 0, "organization": 1, "place": 2}.get(u.kind, 9)


def pick_affiliation(units: list[Unit]) -> str | None:
    """Best affiliation among the units of a role phrase (states first, then orgs, then places)."""
    best = [u for u in units if u.affiliation]
    if not best:
        return None
    best.sort(key=lambda u: (_rank(u), u.start))
    return best[0].affiliation


def premodifier(toks: list[Tok], units: list[Unit], i0: int, heads: set[str], words: set[str]):
    """Walk left from token ``i0`` (first token of the name) over role words, demonyms, names and
    connectors.  Returns (start_char, end_char, units_in_phrase, role_start_char) or None when the word
    right before the name is not a head word."""
    if i0 == 0:
        return None
    first = toks[i0 - 1]
    if first.ref is not None:
        # "envoy to the UN Vassily Nebenzia": a name right before may hang off a head word
        j = i0 - 1
        while j >= 0 and toks[j].ref == first.ref:
            j -= 1
        if j >= 0 and toks[j].text.lower() == "the":
            j -= 1
        if not (j >= 1 and toks[j].text.lower() in CONNECTORS and toks[j - 1].text.lower() in heads):
            return None
    elif first.text.lower() not in heads:
        return None
    j = i0 - 1
    seen: list[int] = []
    while j >= 0:
        t = toks[j]
        low = t.text.lower()
        if t.ref is not None:
            seen.append(t.ref)
            while j >= 0 and toks[j].ref == t.ref:
                j -= 1
            continue
        if low in words or low in heads:
            j -= 1
            continue
        if low in ("'s", "’s") and j > 0 and (toks[j - 1].ref is not None or toks[j - 1].text.lower() in heads):
            j -= 1
            continue
        if low == "the" and j > 0 and toks[j - 1].text.lower() in CONNECTORS:
            j -= 1
            continue
        if low in CONNECTORS and j > 0 and (toks[j - 1].text.lower() in heads or toks[j - 1].text.lower() in words):
            j -= 1
            continue
        break
    lo = j + 1
    phrase_units = sorted({r for r in seen}, key=lambda r: units[r].start)
    # the role leaves out leading demonyms and country names ("Russian", "Russia's")
    k = lo
    while k < i0 and (
        (toks[k].ref is not None and units[toks[k].ref].kind in ("adjective", "country"))
        or toks[k].text.lower() in ("'s", "’s")
    ):
        k += 1
    if k >= i0:
        return None
    return toks[lo].start, toks[i0 - 1].end, [units[r] for r in phrase_units], toks[k].start


def apposition_after(toks: list[Tok], units: list[Unit], i1: int, heads: set[str], max_len: int = 14):
    """", the spokesman for the Ukrainian Air Force," after a name (``i1`` = first token after it).
    Returns (role_start_char, role_end_char, units) or None."""
    if i1 >= len(toks) or toks[i1].text != ",":
        return None
    j = i1 + 1
    k = j
    while k < len(toks) and toks[k].text.lower() in DETERMINERS:
        k += 1
    end = j
    while end < len(toks) and end - j < max_len and toks[end].text not in STOPS and "\n" not in toks[end].text:
        end += 1
    if end == j or end - j >= max_len:
        return None
    window = [t.text.lower() for t in toks[k:min(end, k + 4)] if t.ref is None]
    if not any(w in heads for w in window):
        return None
    refs = sorted({t.ref for t in toks[j:end] if t.ref is not None})
    if any(units[r].kind == "person" for r in refs):
        return None
    return toks[k].start, toks[end - 1].end, [units[r] for r in refs]


def apposition_before(toks: list[Tok], units: list[Unit], i0: int, heads: set[str], max_len: int = 12):
    """"Another Ukrainian official, Oleg Sinegubov," — a sentence-initial role phrase, a comma, the name."""
    if i0 < 2 or toks[i0 - 1].text != ",":
        return None
    j = i0 - 2
    while j >= 0 and (i0 - 2 - j) < max_len and toks[j].text not in STOPS and "\n" not in toks[j].text:
        j -= 1
    if (i0 - 2 - j) >= max_len:
        return None
    # must begin a sentence or a line, else it is probably a list ("Germany, France, Italy")
    if j >= 0 and toks[j].text not in (".", "\n", ":", "!", "?") and "\n" not in toks[j].text:
        return None
    lo = j + 1
    words = [t.text.lower() for t in toks[lo:i0 - 1] if t.ref is None]
    if not any(w in heads for w in words):
        return None
    refs = sorted({t.ref for t in toks[lo:i0 - 1] if t.ref is not None})
    if any(units[r].kind == "person" for r in refs):
        return None
    k = lo
    while k < i0 - 1 and toks[k].text.lower() in DETERMINERS:
        k += 1
    return toks[k].start, toks[i0 - 2].end, [units[r] for r in refs]
