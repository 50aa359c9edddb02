"""Page structure: classify lines as prose or not, then keep what belongs to the article.

Each line gets a kind: ``good`` (a prose paragraph), ``near`` (shorter prose), ``short`` (a
heading, label or link) or ``bad`` (chrome by a rule in `rules.py`, a site notice, a repeated
menu label, a caption pair, or a long line without grammar such as a flattened menu). The
article region is chosen in `region.py` and ended at section headings in `enders.py`; here,
inside the region, short lines survive only between prose (subheads, one-line paragraphs,
short lists), teaser labels take their linked headline with them, and link runs are dropped.
"""

from __future__ import annotations

from collections import Counter

from claimgraph.clean.enders import cut_at_enders
from claimgraph.clean.lexicon import notice_words, teaser_triggers
from claimgraph.clean.lines import Line
from claimgraph.clean.region import extra_regions, find_region, score_lines
from claimgraph.clean.rules import line_reason

__all__ = ["classify", "find_region", "mark_keep"]  # find_region re-exported from region

GOOD_WORDS = 12          # a prose paragraph has at least this many words ...
GOOD_SWD = 0.15          # ... and this share of function words
NEAR_WORDS = 5
NOTICE_DENSITY = 0.1
REPEATED_PROSE = 3       # a prose paragraph seen this often on one page is chrome
NOTICE_LONG = 4          # notice weight needed in a line of more than 30 words (an article may mention cookies)


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


SELF_REF_NOTICE = 1
SELF_REF_WORDS = 12  # a call to action is short
# Words with which a page refers to itself; with a notice word (share, subscribe, comment ...)
# in a short line they make a call to action.
_SELF_REF = frozenset(
    "article articles story post posts page blog artikel artikels beitrag beiträge beitrags seite "
    "blogbeitrag artículo nota noticia página article billet articolo pagina artykuł wpis".split()
)

_ADDRESS = frozenset(
    "you your du dir dich dein deine deinen euch euer eure vous votre vos tu te ton ta "
    "our unser unsere unseren unserem unserer notre nos nuestro nuestra nuestros nuestras".split()
)


def _is_notice(ln: Line, notice: tuple[frozenset[str], tuple[str, ...]]) -> bool:
    w = _notice_weight(ln.toks, notice)
    if SELF_REF_NOTICE and w >= 1 and ln.nw <= SELF_REF_WORDS and not _SELF_REF.isdisjoint(ln.toks):
        # "Share this article", "Möchten Sie den Artikel teilen?": the page talks about itself.
        # A statement ("He declined to comment on the story.") must also address the reader.
        if ln.text[-1] != "." or not _ADDRESS.isdisjoint(ln.toks):
            return True
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
        if not reason and kind == "good" and counts[ln.key] >= REPEATED_PROSE:
            # A paragraph printed three times or more is a dialog or tooltip text, not the article.
            reason, kind = "repeated", "bad"
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
    score_lines(lines)



def mark_keep(lines: list[Line], s: int, e: int) -> None:
    """Decide keep/drop for each line; dropped lines get a reason code."""
    for ln in lines:
        ln.keep = False
    if e < s:
        for ln in lines:
            ln.reason = ln.reason or "outside"
        return
    e = cut_at_enders(lines, s, e)
    for a, b in [(s, e), *extra_regions(lines, s, e)]:
        _keep_in(lines, a, b)
        _keep_lead_in(lines, a)
    for ln in lines:
        if not ln.keep and not ln.reason:
            ln.reason = "outside"


def _keep_lead_in(lines: list[Line], a: int) -> None:
    """A short line right above a region that ends with a colon or a comma introduces it
    ("Dear visitors,", "The court's headnotes:")."""
    if a < 1 or not lines[a].keep:
        return
    ln = lines[a - 1]
    if ln.kind == "short" and not ln.reason and ln.nw >= 2 and ln.text[-1] in ":," and not ln.bullet:
        ln.keep = True


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
MAX_SHORT_RUN = 8  # short lines (a list, a table) between prose are kept up to this many


ITEM_DIV = 3  # an item-like line costs a third of a plain short line in the run limit
_ITEM_CHARS = frozenset("0123456789:=();,/%$€£°")


def _itemish(ln: Line) -> bool:
    """A list item, table row or code line rather than a menu entry: figures, punctuation,
    or a lower-case start."""
    t = ln.text
    return t[0].islower() or not _ITEM_CHARS.isdisjoint(t)


def _short_in_context(lines: list[Line], i: int, s: int, e: int) -> bool:
    """Keep a short line when prose comes before and after it within a few lines (a subhead)."""
    def nearest(step: int) -> Line | None:
        j, cost = i + step, 0
        while s <= j <= e and cost < MAX_SHORT_RUN * ITEM_DIV:
            k = lines[j].kind
            if k in ("good", "near"):
                return lines[j]
            if k == "bad" and lines[j].reason not in _SKIPPABLE:
                return None
            j += step
            # List items with figures or punctuation (ingredients, specifications, code) may
            # run longer than plain short lines (menus, tag lists).
            cost += 1 if _itemish(lines[j - step]) else ITEM_DIV
        return None

    nxt = nearest(1)
    if nxt is None or (nxt.kind != "good" and not (SHORT_BEFORE_NEAR and nxt.kind == "near")):
        return False
    prv = nearest(-1)
    return prv is not None
