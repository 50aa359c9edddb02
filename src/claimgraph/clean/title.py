"""Find the headline above the article body, and the standfirst (dek) below it."""

from __future__ import annotations

import re

from claimgraph.clean.lines import Line

__all__ = ["find_title", "is_title_repeat", "standfirst_above"]

_LIST_ITEM = re.compile(r"^\d{1,2}\.\s")
LOOKBACK = 30  # logical lines above the first body paragraph searched for the headline


def _headline_like(ln: Line) -> bool:
    if ln.reason and ln.reason not in ("outside", "short", "repeated", "doubled"):
        return False
    if ln.bullet or ln.text[0] in "[|│(" or ln.cjk and len(ln.text) > 80:
        return False
    if not (2 <= ln.nw <= 30) or len(ln.text) > 250:
        return False
    if ln.text[-1] in ".:;,":  # a sentence or a label, not a headline
        return False
    if _LIST_ITEM.match(ln.text) or "logo" in ln.toks or " | " in ln.text:
        return False  # breadcrumb / numbered link, an image's alt text, a "Section | Site" label
    if ln.nw >= 4 and ln.text.isupper():
        return False  # an upper-case menu bar
    letters = sum(c.isalpha() for c in ln.text)
    return letters >= 0.5 * len(ln.text)


def find_title(lines: list[Line], first_body: int) -> int | None:
    """Index of the headline: the nearest headline-like line above the first prose paragraph.

    When that line reads like a standfirst (long, prose-like) and a shorter headline-like line
    sits just above it, the upper one is the headline.
    """
    if first_body < 0 or first_body >= len(lines):
        return None
    start = first_body
    for ln in lines[first_body:]:
        if ln.keep and ln.kind == "good":
            start = ln.idx
            break
    cands = [j for j in range(start - 1, max(-1, start - LOOKBACK - 1), -1) if _headline_like(lines[j])]
    if not cands:
        ln = lines[start]
        # No headline above: the first kept line may itself be one (no sentence end, few words).
        if not ln.end_punct and ln.nw <= 20 and _headline_like(ln) and start + 1 < len(lines):
            return start
        return None
    found = _pick(lines, cands)
    up = standfirst_above(lines, found)
    return found if up is None else up


def standfirst_above(lines: list[Line], found: int) -> int | None:
    """If the line at `found` reads like a standfirst (long, prose-like) and a shorter
    headline-like line sits just above it, return that headline's index."""
    c1 = lines[found]
    if c1.nw >= 10 and c1.swd >= 0.15:
        for k in range(found - 1, max(-1, found - 6), -1):
            up = lines[k]
            if _headline_like(up) and up.nw < c1.nw:
                return k
            if up.kind == "good":
                break
    return None


def _pick(lines: list[Line], cands: list[int]) -> int:
    """Choose among headline-like lines (nearest first): one quoted elsewhere on the page
    (share text, breadcrumb) wins, then the nearest with four words or more, then the nearest."""
    joined = "\n".join(ln.key for ln in lines)
    for j in cands:
        ln = lines[j]
        if ln.nw >= 4 and ln.reason != "repeated" and joined.count(ln.key) >= 2:
            return j
    for j in cands:
        if lines[j].nw >= 4:
            return j
    return cands[0]


def is_title_repeat(ln: Line, title_key: str) -> bool:
    """The headline again, alone or glued to itself ("Title?Title?")."""
    if not title_key:
        return False
    k = ln.key
    return k == title_key or k == f"{title_key} {title_key}" or (
        len(title_key) >= 20 and k.startswith(title_key) and k.endswith(title_key) and len(k) <= 2 * len(title_key) + 2
    )
