"""Page cleaner: turn a plain-text copy of a web page into the article's title, dek and body.

`clean_page(raw)` finds the densest run of prose (the article), removes widgets, dates, bylines,
credits, captions, teasers and related-link lists around and inside it, and reports every
dropped line with a reason code. Pure Python and `re`; deterministic; never raises on text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.clean.lines import Line, line_key, normalise_ws, split_lines

__all__ = ["CleanResult", "clean_page", "line_key"]


@dataclass(slots=True)
class CleanResult:
    """The article found in a page, and what was removed."""

    body: str  # content paragraphs joined by "\n\n", whitespace normalised; no title, no chrome
    title: str | None  # the headline, if found (not repeated in body)
    dek: str | None  # the standfirst, if found (stays as first body paragraph unless repeated later)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (line text, reason code)
    paragraphs: list[str] = field(default_factory=list)  # the body as a list


def clean_page(raw: str, *, boilerplate: frozenset[str] = frozenset()) -> CleanResult:
    """Clean one page; `boilerplate` holds `line_key`s of lines known to be chrome on this site."""
    if not isinstance(raw, str) or not raw.strip():
        return CleanResult(body="", title=None, dek=None, dropped=[], paragraphs=[])
    from claimgraph.clean.structure import classify, find_region, mark_keep
    from claimgraph.clean.title import find_title, is_title_repeat

    lines = split_lines(raw)
    classify(lines, boilerplate)
    s, e = find_region(lines)
    mark_keep(lines, s, e)

    kept = [ln for ln in lines if ln.keep]
    first = kept[0].idx if kept else -1
    t = find_title(lines, first)
    title = _undouble(lines[t].text) if t is not None else None
    if t is not None:
        lines[t].keep = False
        lines[t].reason = "title"
        _keep_standfirst(lines, t)
        tkey = line_key(title)
        for ln in lines:
            if ln.keep and is_title_repeat(ln, tkey):
                ln.keep, ln.reason = False, "title_repeat"
    _drop_duplicates(lines)
    _drop_author_bios(lines)
    for _ in range(DETACHED_ROUNDS):
        if not _drop_detached_last(lines):
            break

    kept = [ln for ln in lines if ln.keep]
    dek = _find_dek(lines, kept, t)
    paragraphs = [ln.text for ln in kept]
    # Logical lines (wrapped lines joined); the headline is listed with reason "title".
    dropped = [(ln.text, ln.reason or "outside") for ln in lines if not ln.keep]
    return CleanResult(
        body="\n\n".join(paragraphs), title=title, dek=dek, dropped=dropped, paragraphs=paragraphs
    )


def _undouble(text: str) -> str:
    """"Title?Title?" (a headline rendered twice on one line) becomes "Title?"."""
    n = len(text)
    if n >= 8 and n % 2 == 0 and text[: n // 2] == text[n // 2 :]:
        return text[: n // 2]
    half = normalise_ws(text[: n // 2])
    if n % 2 == 1 and half and text.startswith(half) and normalise_ws(text[n // 2 :]) == half:
        return half
    return text


def _keep_standfirst(lines: list[Line], t: int) -> None:
    """A prose-like line between the headline and the body, with only chrome between, is the
    standfirst: it belongs to the article even when it was too short to count as a paragraph."""
    for ln in lines[t + 1 : t + 8]:
        if ln.keep:
            return
        if ln.reason in ("", "outside", "short") and 8 <= ln.nw <= 60 and ln.swd >= 0.15 and not ln.bullet:
            ln.keep, ln.reason = True, ""
            return
        if ln.kind in ("good", "near"):
            return


def _drop_duplicates(lines: list[Line]) -> None:
    """A kept paragraph seen twice: drop the earlier copy when it sits at the top (a teaser of a
    later paragraph), otherwise drop the later copy (a pull quote or repeated caption)."""
    kept = [ln for ln in lines if ln.keep]
    first_seen: dict[str, int] = {}
    for pos, ln in enumerate(kept):
        prev = first_seen.get(ln.key)
        if prev is None:
            first_seen[ln.key] = pos
            continue
        if prev < 3:
            kept[prev].keep, kept[prev].reason = False, "duplicate"
            first_seen[ln.key] = pos
        else:
            ln.keep, ln.reason = False, "duplicate"


_BYLINE_LEAD = frozenset("by von par por di door av de da autor author autorin text".split())
BIO_WORDS = 150  # an author bio is a short paragraph
_BIO_VERBS = frozenset("is ist est es è jest was war works writes arbeitet schreibt leitet lebt lives".split())  # an author bio is a short paragraph


def _name_of(ln: Line, need_lead: bool) -> str | None:
    """The person named by a short byline-like line ("By Ann Lee", "VON ANN LEE am 2. Mai", "Ann Lee"):
    the key of its first two capitalised words after a "by"-like lead word (required if `need_lead`)."""
    words = ln.text.split()
    lead = bool(words) and words[0].lower().rstrip(":") in _BYLINE_LEAD
    if lead:
        words = words[1:]
    elif need_lead and ln.reason != "byline":
        return None
    if len(words) < 2 or not (words[0][:1].isupper() and words[1][:1].isupper()):
        return None
    key = line_key(" ".join(words[:2]))
    return key if len(key.split()) == 2 else None


def _drop_author_bios(lines: list[Line]) -> None:
    """A short paragraph in the lower half of the body that starts with the name of the author
    (from a byline, or a name line just above it) and goes on with a verb ("Ann Lee is a senior
    writer ...") is the author box. People in the news are named in paragraphs, not bylines."""
    kept = [ln for ln in lines if ln.keep]
    if len(kept) < 3:
        return
    names = {n for ln in lines if not ln.keep and ln.nw <= 12 and (n := _name_of(ln, True))}
    for ln in kept[len(kept) // 2 :]:
        words = ln.text.split()
        if not (6 <= ln.nw <= BIO_WORDS) or len(words) < 3 or not words[2][:1].islower():
            continue
        name = line_key(" ".join(words[:2]))
        above = lines[max(0, ln.idx - 3) : ln.idx]
        # A name line just above (an author box heading) counts only before a copula: a
        # picture caption naming a person also sits above a paragraph about them.
        local = words[2].lower() in _BIO_VERBS and any(
            not a.keep and a.nw <= 4 and _name_of(a, False) == name for a in above
        )
        if name in names or local:
            ln.keep, ln.reason = False, "bio"


DETACHED_GAP = 2     # dropped lines between the article and a last short paragraph ...
DETACHED_WORDS = 60  # ... of at most this many words: a site blurb, licence or call to action
DETACHED_CHROME = 2  # ... of which this many are not pictures, dates or short lines
_INNER = frozenset({"short", "date", "caption", "tail", "symbols", "credit"})
DETACHED_MIN = 4     # only when the body has this many paragraphs


DETACHED_ROUNDS = 1


def _drop_detached_last(lines: list[Line]) -> bool:
    """The last paragraph, short and cut off from the article by a run of chrome, is the page's
    footer text (a site description, a licence, an invitation to subscribe), not the article."""
    if not DETACHED_GAP:
        return False
    kept = [ln for ln in lines if ln.keep]
    if len(kept) < DETACHED_MIN:
        return False
    last, prev = kept[-1], kept[-2]
    gap = lines[prev.idx + 1 : last.idx]
    # Pictures, dates and short lines (code, a table) may separate an article's last paragraph.
    chrome = sum(1 for ln in gap if ln.reason not in _INNER)
    # A links box the section-ender rules judged to sit inside the article ("related") does not.
    boxed = any(ln.reason == "related" for ln in gap)
    if last.nw <= DETACHED_WORDS and len(gap) >= DETACHED_GAP and chrome >= DETACHED_CHROME and not boxed:
        last.keep, last.reason = False, "detached"
        return True
    return False


def _find_dek(lines: list[Line], kept: list[Line], t: int | None) -> str | None:
    """The standfirst: a short paragraph right under the headline, set apart from the body."""
    if t is None:
        return None
    # The top paragraph that repeated a later one was removed as a duplicate; it was the dek.
    for ln in lines[t + 1 : t + 8]:
        if ln.reason == "duplicate" and ln.nw <= 70:
            return ln.text
    if not kept:
        return None
    head = kept[0]
    if head.idx <= t or head.nw > 60 or head.nw < 6:
        return None
    between = lines[t + 1 : head.idx]
    if any(ln.kind in ("good", "near") for ln in between if ln.reason != "title_repeat"):
        return None
    gap_after = len(kept) > 1 and any(
        not ln.keep for ln in lines[head.idx + 1 : kept[1].idx]
    )
    # Set apart: no sentence end, chrome after it, or (a short one) chrome between it and the title.
    chrome_before = head.nw <= 45 and sum(1 for ln in between if ln.reason != "title_repeat") >= 2
    if not head.end_punct or gap_after or chrome_before:
        return head.text
    return None
