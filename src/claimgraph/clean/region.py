"""The article region: the contiguous run of lines with the largest total score.

Prose counts by its length (short prose counts less), everything else costs, so menus above
and link lists, footers and banners below fall outside. Further substantial prose runs beside
it, and paragraphs cut off from it only by a picture and its caption, are added.
"""

from __future__ import annotations

from claimgraph.clean.enders import is_ender
from claimgraph.clean.lines import Line

__all__ = ["extra_regions", "find_region", "score_lines"]

NEAR_OPEN = 0.5          # score factor of a near-prose line that does not end a sentence
FULL_WORDS = 25          # prose lines this long count fully in the region score
SHORT_COST = 25.0        # cost of a short non-prose line inside the region
BAD_COST = 60.0          # minimum cost of a chrome line


def score_lines(lines: list[Line]) -> None:
    """Set `score` on every classified line."""
    for ln in lines:
        n = len(ln.text)
        if ln.kind == "good":
            # Short prose (interface messages, teaser blurbs) counts for less than paragraphs.
            ln.score = min(n, 1200) * min(1.0, ln.nw / FULL_WORDS)
        elif ln.kind == "near":
            # Without a sentence end a near line is as likely a teaser headline as prose.
            ln.score = min(n, 400) * (0.5 if ln.end_punct else NEAR_OPEN)
        elif ln.kind == "short":
            ln.score = -SHORT_COST
        else:
            ln.score = -max(BAD_COST, min(n, 400) * 0.5)


def _best_run(lines: list[Line], lo: int, hi: int) -> tuple[float, int, int]:
    """Kadane over lines[lo:hi]: (sum, start, end) of the best contiguous run."""
    best, best_s, best_e = float("-inf"), lo, lo - 1
    cur, cur_s = 0.0, lo
    for i in range(lo, hi):
        sc = lines[i].score
        if cur <= 0:
            cur, cur_s = sc, i
        else:
            cur += sc
        if cur > best:
            best, best_s, best_e = cur, cur_s, i
    return best, best_s, best_e


def find_region(lines: list[Line]) -> tuple[int, int]:
    """Indices [start, end] (inclusive) of the contiguous run with the highest total score.

    Lines marked `repeated` whose every copy lies inside that run are part of the article
    (a list printed twice, a recurring label), not site navigation: they become short lines.
    """
    _, s, e = _best_run(lines, 0, len(lines))
    if e >= s:
        outside = {ln.key for ln in lines[:s]} | {ln.key for ln in lines[e + 1 :]}
        for ln in lines[s : e + 1]:
            if ln.reason == "repeated" and ln.key not in outside:
                ln.kind, ln.reason, ln.score = "short", "", -SHORT_COST
    return s, e


# A second run of prose beside the main one (an intro cut off by a table of contents or a
# paywall box, the end of an article after a gallery) is kept when it is substantial.
EXTRA_MIN = 120.0
EXTRA_SHARE = 0.05
EXTRA_RUNS = 4
NEAR_BEFORE = 25  # lines above the region searched with the fixed minimum only


def extra_regions(lines: list[Line], s: int, e: int) -> list[tuple[int, int]]:
    """Further prose runs before and after the main region worth keeping."""
    if e < s:
        return []
    main = sum(ln.score for ln in lines[s : e + 1])
    need = max(EXTRA_MIN, EXTRA_SHARE * main)
    out: list[tuple[int, int]] = []
    _runs_in(lines, 0, s, need, out)
    if NEAR_BEFORE and need > EXTRA_MIN:
        # An intro just above the region (cut off by a byline block or a table of contents)
        # needs only the fixed minimum, however long the article is.
        lo = max(0, s - NEAR_BEFORE)
        for a, b in out:
            if a < s and b >= lo:
                lo = b + 1
        near: list[tuple[int, int]] = []
        _runs_in(lines, lo, s, EXTRA_MIN, near)
        # Only the nearest, and only a single paragraph: the standfirst, not a box of blurbs.
        near = [(a, b) for a, b in near if a == b and not _reader_words(lines[a])]
        if near:
            out.append(max(near))
    hi = len(lines)
    for i in range(e + 1, len(lines)):
        if is_ender(lines[i]):
            hi = i
            break
    _runs_in(lines, e + 1, hi, need, out)
    out.extend(_adjacent_prose(lines, s, e, hi))
    return out


def _runs_in(lines: list[Line], lo: int, hi: int, need: float, out: list[tuple[int, int]]) -> None:
    """The best runs in lines[lo:hi] scoring at least `need`, best first (at most EXTRA_RUNS
    per side): after the best run, the stretches before and after it are searched in turn,
    so a weaker island before a stronger one is not skipped."""
    todo = [(lo, hi)]
    found = 0
    while todo and found < EXTRA_RUNS:
        # Take the stretch holding the best remaining run.
        best = None
        for k, (a0, b0) in enumerate(todo):
            total, a, b = _best_run(lines, a0, b0)
            if b >= a and total >= need and (best is None or total > best[0]):
                best = (total, a, b, k)
        if best is None:
            return
        _, a, b, k = best
        a0, b0 = todo.pop(k)
        out.append((a, b))
        found += 1
        todo.extend([(a0, a), (b + 1, b0)])


_READER = frozenset("you your yours our ours du dir dich dein deine euch vous votre vos".split())


def _reader_words(ln: Line) -> bool:
    """The page speaking to its reader ("When you buy through links on our site ...")."""
    return not _READER.isdisjoint(ln.toks)


ADJ_GAP = 4        # chrome lines (a picture, its caption and credit) that may separate prose ...
ADJ_WORDS = 15     # ... from a paragraph of at least this many words that still belongs to the article


def _adjacent_prose(lines: list[Line], s: int, e: int, hi: int) -> list[tuple[int, int]]:
    """Paragraphs just outside the region, cut off only by a few chrome lines."""
    out = []
    j = s - 1
    while j >= 0 and s - j <= ADJ_GAP and lines[j].kind not in ("good", "near"):
        j -= 1
    if j >= 0 and lines[j].kind == "good" and lines[j].nw >= ADJ_WORDS and not lines[j].reason:
        a = j
        while a - 1 >= 0 and lines[a - 1].kind in ("good", "near") and not lines[a - 1].reason:
            a -= 1
        out.append((a, j))
    j = e + 1
    while j < hi and j - e <= ADJ_GAP and lines[j].kind not in ("good", "near"):
        j += 1
    if j < hi and lines[j].kind == "good" and lines[j].nw >= ADJ_WORDS and not lines[j].reason:
        b = j
        while b + 1 < hi and lines[b + 1].kind in ("good", "near") and not lines[b + 1].reason:
            b += 1
        out.append((j, b))
    return out
