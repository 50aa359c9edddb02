"""Quote-mark scanning: find direct-quotation spans in raw text.

Handles straight and curly double quotes (and «», „), curly single quotes used as
quotation marks, apostrophes inside or at the end of words (``don’t``, ``nations’``),
and the news convention where a quotation running over several paragraphs leaves
each paragraph unclosed and re-opens the next one.
"""

from __future__ import annotations

from dataclasses import dataclass

DOUBLE = set('"“”„‟«»″')
SINGLE_OPEN = set("‘‛")
SINGLE_ANY = set("'‘’‛")
OPENERS_BEFORE = set(" \t\n\r([{—–-/:;") | {"\u00a0", "\x01"}


@dataclass(slots=True)
class Quote:
    """One quoted stretch within a paragraph.

    ``start``/``end`` include the marks; ``group`` is shared by the pieces of one
    quotation that runs over several paragraphs (unclosed-paragraph convention).
    """

    start: int
    end: int
    group: int
    closed: bool = True

    @property
    def inner(self) -> tuple[int, int]:
        """Offsets of the quoted words without the marks."""
        return self.start + 1, self.end - (1 if self.closed else 0)


def _role(text: str, i: int) -> str:
    """'open', 'close' or '?' for a double mark at ``i``, from its neighbours."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    ch = text[i]
    if ch in "«„":
        return "open"
    if ch == "»":
        return "close"
    prev_space = prev in OPENERS_BEFORE or prev in DOUBLE or prev in SINGLE_ANY
    next_space = nxt.isspace() or nxt in ",.;:!?)]}—–" or nxt in DOUBLE or nxt in SINGLE_ANY
    if prev_space and not next_space:
        return "open"
    if next_space and not prev_space:
        return "close"
    if ch == "“":
        return "open"
    if ch == "”":
        return "close"
    return "?"


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark with a letter/digit before it is an apostrophe (don’t, nations’, ’90s)."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if prev.isalnum():  # possessive plural or closing single quote: decided by caller
        return True
    if nxt.isdigit():  # ’90s
        return True
    return False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    n = len(text)
    i = 0
    while i < n:
        if text[i] == "\n":
            j = i
            while j < n and text[j] in "\n \t\r":
                j += 1
            spans.append((start, i))
            start = j
            i = j
        else:
            i += 1
    spans.append((start, n))
    return [(a, b) for a, b in spans if b > a]


def _scan_single(text: str, a: int, b: int, out: list[tuple[int, int, bool]]) -> None:
    """Curly/straight single quotes used as quotation marks within [a, b)."""
    open_at = None
    for i in range(a, b):
        ch = text[i]
        if ch not in SINGLE_ANY:
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if open_at is None:
            if (ch in SINGLE_OPEN or ch == "'") and (prev in OPENERS_BEFORE or prev in DOUBLE) and nxt.isalnum():
                open_at = i
        else:
            if prev.isalnum() and nxt.isalnum():
                continue  # apostrophe inside a word
            if prev in ".,!?" or (prev.isalnum() and not nxt.isalnum()):
                # closing mark; "nations’ " inside an open quote also lands here, which is
                # acceptable because the pair is checked for length below
                if i - open_at > 1:
                    out.append((open_at, i + 1, True))
                open_at = None


def scan_quotes(text: str, single: bool = False) -> list[Quote]:
    """Return quotation spans in ``text`` in order.

    Double quotes are always scanned; ``single=True`` also returns top-level
    single-quote pairs (headline style ‘…’).
    """
    raw = text
    if "''" in text or "``" in text:
        # typewriter convention (''quoted'' / ``quoted''): the pair acts as one double mark;
        # same length, so offsets still point into the original text
        text = text.replace("''", '\x01"').replace("``", '\x01"')
    quotes: list[Quote] = []
    group = 0
    carry = False  # previous paragraph ended inside an open quotation
    for a, b in _paragraphs(text):
        open_at: int | None = None
        first_open_in_para = True
        for i in range(a, b):
            ch = text[i]
            if ch not in DOUBLE:
                continue
            role = _role(text, i)
            if open_at is None:
                if role == "close" and i - a > 0:
                    continue  # stray closing mark
                if carry and first_open_in_para and i == a:
                    pass  # continuation of the previous paragraph's quotation
                else:
                    group += 1
                carry = False
                open_at = i
                first_open_in_para = False
            else:
                if role == "open" and i > open_at + 1 and text[i - 1].isspace():
                    # a second opening mark: the first one was never closed; close it
                    # before this mark (typo or paragraph convention inside one line)
                    quotes.append(Quote(open_at, i, group, closed=False))
                    group += 1
                    open_at = i
                    continue
                if i > open_at + 1:
                    quotes.append(Quote(open_at, i + 1, group))
                open_at = None
        if open_at is not None:
            # unclosed at paragraph end: ends here, may continue in the next paragraph
            end = b
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            if end > open_at + 1:
                quotes.append(Quote(open_at, end, group, closed=False))
            nxt = b
            while nxt < len(text) and text[nxt].isspace():
                nxt += 1
            carry = nxt < len(text) and text[nxt] in DOUBLE
        else:
            carry = False
        if single:
            pairs: list[tuple[int, int, bool]] = []
            _scan_single(text, a, b, pairs)
            for s, e, _ in pairs:
                if not any(q.start <= s < q.end for q in quotes):
                    group += 1
                    quotes.append(Quote(s, e, group))
    for q in quotes:
        if q.start > 0 and text[q.start - 1] == "\x01":
            q.start -= 1
    del raw
    quotes.sort(key=lambda q: q.start)
    return quotes
