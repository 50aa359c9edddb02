"""Page structure: classify lines as prose or not, find the article region, apply context rules.

The article is the densest run of prose on the page. Each line gets a kind:
``good`` (a prose paragraph), ``near`` (shorter prose), ``short`` (a heading, label or link) or
``bad`` (chrome by a rule, or a long line without prose features such as a flattened menu).
The region is the contiguous run of lines with the largest sum of scores (prose counts by its
length, everything else costs), so menus at the top and link lists at the bottom fall outside.
Inside the region, short lines survive only between prose (subheads, one-line paragraphs).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from claimgraph.clean.lexicon import notice_words, section_enders, teaser_triggers
from claimgraph.clean.lines import Line
from claimgraph.clean.rules import line_reason

__all__ = ["classify", "find_region", "mark_keep"]

GOOD_WORDS = 12          # a prose paragraph has at least this many words ...
GOOD_SWD = 0.15          # ... and this share of function words
NEAR_WORDS = 5
NEAR_OPEN = 0.5          # score factor of a near-prose line that does not end a sentence
NOTICE_DENSITY = 0.1
NOTICE_LONG = 4          # notice weight needed in a line of more than 30 words (an article may mention cookies)
FULL_WORDS = 25          # prose lines this long count fully in the region score
SHORT_COST = 25.0        # cost of a short non-prose line inside the region
BAD_COST = 60.0          # minimum cost of a chrome line


_SENTENCE_END = frozenset(".!?…。！？\"”»")


def _is_prose(ln: Line) -> str:
    if ln.cjk:
        if len(ln.text) >= 60 and ln.nsw:
            return "good"
        return "near" if len(ln.text) >= 25 and ln.nsw else "short"
    if ln.nw >= GOOD_WORDS and ln.swd >= GOOD_SWD:
        return "good" if ln.end_punct or ln.nw >= 20 else "near"
    if ln.nw >= GOOD_WORDS and ln.text[-1] in _SENTENCE_END and ln.swd < GOOD_SWD:
        # Languages without a stopword list (Finnish, Hungarian...): a long line that ends a
        # sentence is prose; menus and headline lists do not end with a full stop.
        return "good" if ln.nw >= 20 or ln.text.count(". ") + ln.text.count(", ") >= 1 else "near"
    if ln.nw >= NEAR_WORDS and ln.swd >= GOOD_SWD and ln.end_punct:
        return "near"
    if ln.nw >= GOOD_WORDS and ln.swd < 0.08 and not ln.end_punct:
        return "bad"  # a long line of names without grammar: a flattened menu or tag list
    return "short"


_STRONG_NOTICE = (
    "cookie", "datenschutz", "consent", "javascript", "captcha", "adblock", "einwilligung",
    "newsletter", "paywall",
)


def _notice_weight(toks: list[str], notice: tuple[frozenset[str], tuple[str, ...]]) -> int:
    """Notice words in a line; cookie/consent words count double (one of them is enough)."""
    exact, prefixes = notice
    w = 0
    for tok in toks:
        if tok in exact or tok.startswith(prefixes):
            w += 2 if tok.startswith(_STRONG_NOTICE) else 1
    return w


def _is_notice(ln: Line, notice: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    w = _notice_weight(ln.toks, notice)
    if ln.nw <= 30:
        return w >= 2 and w >= NOTICE_DENSITY * ln.nw
    # Long lines: banners are dense with such words; an article may mention cookies in passing.
    return w >= NOTICE_LONG and w >= NOTICE_DENSITY * ln.nw


def _is_doubled(text: str) -> bool:
    n = len(text)
    return n >= 8 and n % 2 == 0 and text[: n // 2] == text[n // 2 :]


_CAPTION_EXTRA = frozenset(
    "copyright foto fotos photo photos bild bilder image images getty credit quelle source click enlarge "
    "zoom vergrößern dpa ap afp reuters epa imago istock shutterstock keystone via archiv archive".split()
)


def _caption_pair(a: Line, b: Line) -> bool:
    """b is a's text with a credit or a label added ("X" / "X | © Getty", "click to enlarge X" / "X").

    The added words must look like a credit, so a subhead followed by a paragraph that starts
    with the same words is not mistaken for a caption."""
    if not (4 <= a.nw <= 60 and 0 < b.nw - a.nw <= 12) or b.key == f"{a.key} {a.key}":
        return False
    if b.key.startswith(a.key):
        extra = b.key[len(a.key) :]
    elif b.key.endswith(a.key):
        extra = b.key[: len(b.key) - len(a.key)]
    else:
        return False
    if "©" in b.text or " | " in b.text or "/" in b.text or not _CAPTION_EXTRA.isdisjoint(extra.split()):
        return True
    # Otherwise only when the longer line does not read as a sentence (a credit name, not prose).
    return b.text[-1] not in ".!?"


def classify(lines: list[Line], boilerplate: frozenset[str]) -> None:
    """Set kind, reason and score on every line."""
    counts = Counter(ln.key for ln in lines)
    notice = notice_words()
    for i, ln in enumerate(lines):
        reason = line_reason(ln, boilerplate)
        kind = "bad" if reason else _is_prose(ln)
        if not reason and ln.nw <= 80 and _is_notice(ln, notice):
            reason, kind = "notice", "bad"  # cookie banner, consent dialog, newsletter, paywall
        if not reason and ln.nw >= 2 and _is_doubled(ln.text):
            reason, kind = "doubled", "bad"  # a headline rendered twice on one line
        if not reason and kind != "good" and counts[ln.key] > 1 and ln.nw <= 12:
            reason, kind = "repeated", "bad"  # menu entries and labels recur on a page
        if kind == "bad" and not reason:
            reason = "menu"
        ln.kind, ln.reason = kind, reason
    # A caption is often printed twice, the second time with its credit appended.
    for a, b in zip(lines, lines[1:]):
        if a.key == b.key and 3 <= a.nw <= 60:
            # The same line twice in a row: an image's alt text and its caption.
            for ln in (a, b):
                ln.kind, ln.reason = "bad", "caption"
        elif _caption_pair(a, b) or _caption_pair(b, a):
            for ln in (a, b):
                ln.kind, ln.reason = "bad", "caption"
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
EXTRA_RUNS = 3


def extra_regions(lines: list[Line], s: int, e: int) -> list[tuple[int, int]]:
    """Further prose runs before and after the main region worth keeping."""
    if e < s:
        return []
    main = sum(ln.score for ln in lines[s : e + 1])
    need = max(EXTRA_MIN, EXTRA_SHARE * main)
    out = []
    lo = 0
    for _ in range(EXTRA_RUNS):
        total, a, b = _best_run(lines, lo, s)
        if b < a or total < need:
            break
        out.append((a, b))
        lo = b + 1
    enders = section_enders()
    hi = len(lines)
    for i in range(e + 1, len(lines)):
        if is_ender(lines[i]):
            hi = i
            break
    lo = e + 1
    for _ in range(EXTRA_RUNS):
        total, a, b = _best_run(lines, lo, hi)
        if b < a or total < need:
            break
        out.append((a, b))
        lo = b + 1
    out.extend(_adjacent_prose(lines, s, e, hi))
    return out


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


def _cut_at_enders(lines: list[Line], s: int, e: int) -> int:
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
RESUME_WORDS = 30  # a paragraph this long after a links box means the article goes on


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


def mark_keep(lines: list[Line], s: int, e: int) -> None:
    """Decide keep/drop for each line; dropped lines get a reason code."""
    for ln in lines:
        ln.keep = False
    if e < s:
        for ln in lines:
            ln.reason = ln.reason or "outside"
        return
    e = _cut_at_enders(lines, s, e)
    for a, b in [(s, e), *extra_regions(lines, s, e)]:
        _keep_in(lines, a, b)
    for ln in lines:
        if not ln.keep and not ln.reason:
            ln.reason = "outside"


def _keep_in(lines: list[Line], s: int, e: int) -> None:
    triggers = teaser_triggers()
    i = s
    while i <= e:
        ln = lines[i]
        if ln.kind in ("good", "near"):
            ln.keep = True
        elif ln.kind == "short":
            ln.keep = _short_in_context(lines, i, s, e)
            if not ln.keep:
                ln.reason = "short"
        if (ln.key in triggers and ln.nw <= 5) or ln.reason == "related":
            # "Read more" then the linked headline (and its picture caption) until prose resumes.
            ln.keep, ln.reason = False, ln.reason or "teaser"
            j = i + 1
            while j <= e and j <= i + 4:
                nxt = lines[j]
                if nxt.kind == "good" and nxt.blank_before and j > i + 1 and not nxt.reason:
                    break
                if nxt.kind == "good" and not nxt.reason and j == i + 1 and nxt.nw > 40:
                    break
                nxt.keep, nxt.reason = False, "teaser"
                j += 1
            i = j
            continue
        i += 1
    _drop_link_runs(lines, s, e)
    if TRIM_TAIL:
        _trim_tail(lines, s, e)


TRIM_TAIL = 1


def _trim_tail(lines: list[Line], s: int, e: int) -> None:
    """Short non-sentence lines after the last paragraph of a region are its footer."""
    last_good = max((i for i in range(s, e + 1) if lines[i].kind == "good" and lines[i].keep), default=-1)
    if last_good < 0:
        return
    for i in range(last_good + 1, e + 1):
        ln = lines[i]
        if ln.keep and (ln.kind == "short" or (TRIM_TAIL > 1 and ln.kind == "near")):
            ln.keep, ln.reason = False, "tail"


LINK_RUN = 3  # this many headline-like short lines in a row inside the article are a link list


def _drop_link_runs(lines: list[Line], s: int, e: int) -> None:
    """Runs of short headline-like lines (several words, no sentence end, not a numbered or
    quantity list item) are links to other articles, even between prose."""
    i = s
    while i <= e:
        j = i
        while j <= e and lines[j].kind == "short" and _linkish(lines[j]):
            j += 1
        if j - i >= LINK_RUN:
            for k in range(i, j):
                if lines[k].keep:
                    lines[k].keep, lines[k].reason = False, "links"
        i = max(j, i + 1)


def _linkish(ln: Line) -> bool:
    """A headline-like line: several words, no sentence end, no figures, mostly capitalised."""
    if not (4 <= ln.nw <= 16) or ln.end_punct or any(c.isdigit() for c in ln.text):
        return False
    words = [w for w in ln.text.split() if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# Chrome inside an article that does not end it: a subhead may follow a credit or a caption.
_SKIPPABLE = frozenset({"credit", "caption", "date", "byline", "weather", "symbols"})


SHORT_BEFORE_NEAR = 1  # a subhead may also introduce a short prose paragraph
MAX_SHORT_RUN = 6  # short lines (a list, a table) between prose are kept up to this many


def _short_in_context(lines: list[Line], i: int, s: int, e: int) -> bool:
    """Keep a short line when prose comes before and after it within a few lines (a subhead)."""
    def nearest(step: int) -> Line | None:
        j, hops = i + step, 0
        while s <= j <= e and hops < MAX_SHORT_RUN:
            k = lines[j].kind
            if k in ("good", "near"):
                return lines[j]
            if k == "bad" and lines[j].reason not in _SKIPPABLE:
                return None
            j += step
            hops += 1
        return None

    nxt = nearest(1)
    if nxt is None or (nxt.kind != "good" and not (SHORT_BEFORE_NEAR and nxt.kind == "near")):
        return False
    prv = nearest(-1)
    return prv is not None
