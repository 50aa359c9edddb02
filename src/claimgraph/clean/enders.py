"""Section enders: headings that open related-links, popular, comment or author sections.

Once most of the article's prose is above such a heading, the article ends there; a links box
in the middle of an article (after which it clearly goes on) is only dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimgraph.clean.lexicon import section_enders
from claimgraph.clean.lines import Line

__all__ = ["cut_at_enders", "is_ender"]

# "Anna says:", "1. Aylin sagt:", "Max schreibt:" open a reader comment.
_COMMENT_HEAD = re.compile(r"\b(?:says|said|sagt|schreibt|wrote|writes|meint|dit|dice|napisał)\s*:$", re.IGNORECASE)
_COMMENT_COUNT = re.compile(
    r"^(?:\d+|one|two|three|ein|eine|zwei|drei)\s+(?:comments?|kommentare?|responses?|antworten|reaktionen|reacties|"
    r"commentaires?|thoughts? on|gedanken zu|replies|repl(?:y|ies) to)\b"
    r"|^(?:comments?|kommentare?|antworten|responses?|reactions?|reaktionen)\s+\d+$"
)


def is_ender(ln: Line) -> bool:
    """A heading that opens a related-links, popular-articles or comments section."""
    if ln.nw > 80:
        return False
    if _COMMENT_COUNT.match(ln.key) is not None and ln.nw <= 25:  # "11 responses to “<title>”"
        return True
    if ln.nw > 8:
        # A flattened box: "Most read 1 <headline> 2 <headline> …" (no sentence end).
        return ln.text[-1] not in ".!?" and _ender_prefix().match(ln.key) is not None
    if ln.key in section_enders() or _ender_prefix().match(ln.key) is not None:
        return True
    return _COMMENT_HEAD.search(ln.text) is not None


@lru_cache(maxsize=None)
def _ender_prefix() -> re.Pattern[str]:
    alts = sorted((k for k in section_enders() if len(k.split()) >= 2), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(a) for a in alts) + r")(?!\w)")


ENDER_SHARE = 0.5  # share of the region's prose that must precede an ender for it to end the article


def cut_at_enders(lines: list[Line], s: int, e: int) -> int:
    """End the region at a "Related articles"/"Leave a reply" heading once most prose is behind.

    A related-links box in the middle of an article (a heading, a few links, then the article
    goes on with a full paragraph) does not end it: the heading and its links are dropped.
    Comment headings always end it, since comments are prose too.
    """
    total = sum(len(ln.text) for ln in lines[s : e + 1] if ln.kind == "good") or 1
    seen = 0
    run_start, run_widgets = -1, 0
    for i in range(s, e + 1):
        ln = lines[i]
        if ln.kind in ("good", "near"):
            run_start, run_widgets = -1, 0
        else:
            if run_start < 0:
                run_start = i
            if ln.reason in _BARRIER:
                run_widgets += 1
                if (
                    run_widgets == BARRIER_WIDGETS and seen >= ENDER_SHARE * total
                    and not _article_resumes(lines, i, e)
                ):
                    return run_start - 1
        if ln.kind == "good":
            seen += len(ln.text)
        elif is_ender(ln):
            if seen >= ENDER_SHARE * total and (_is_comment_head(ln) or not _article_resumes(lines, i, e)):
                return i - 1
            ln.kind, ln.reason = "bad", "related"
    return e


# A cluster of widgets (share buttons, forms, notices) after most of the prose is the page
# footer, even when teaser blurbs follow it.
_BARRIER = frozenset({"widget", "form", "notice", "related", "menu", "boilerplate"})
BARRIER_WIDGETS = 3
RESUME_WORDS = 40  # a paragraph this long after a links box means the article goes on


def _article_resumes(lines: list[Line], i: int, e: int) -> bool:
    """After a heading at i, a long paragraph follows soon and is followed by more prose (or
    ends the region): the article goes on. A lone long blurb between headlines does not count."""
    for j in range(i + 1, min(e, i + 9) + 1):
        ln = lines[j]
        if ln.kind == "good" and not ln.reason:
            if ln.nw < RESUME_WORDS:
                return False
            return j == e or (lines[j + 1].kind == "good" and not lines[j + 1].reason)
    return False


# Comments and author boxes come after the article: such headings always end it.
_COMMENT_WORDS = (
    "comment", "kommentar", "reply", "antwort", "repl", "respon", "diskussion", "discussion", "leser",
    "author", "autor",
)


def _is_comment_head(ln: Line) -> bool:
    if _COMMENT_HEAD.search(ln.text) or _COMMENT_COUNT.match(ln.key):
        return True
    return any(w in ln.key for w in _COMMENT_WORDS)
