"""A raw page as lines, built lazily: only the few lines that matter are ever materialised.

Candidate lines (dates, bylines, credits) are found by regex over the whole page, which runs in
C; a per-line Python loop over the ~80 short lines of a w3m rendering was the main cost.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Non-breaking and other odd spaces are normalised for matching only; evidence keeps the raw text.
_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\t": " ", "\r": " "})
# Found in "\n" + raw: a leading literal lets the engine jump from newline to newline.
_LINE_START = re.compile(r"\n[^\S\n]*(?=\S)")

TEMPERATURE_RE = re.compile(r"(?:^|\s)-?\d{1,3}(?:[.,]\d)?\s?(?:°\s?[CF]?|[CF])(?:\s|$)")

#: Only this many non-empty lines at the very top of a page count as the page header.
TOP_ZONE = 4


@dataclass(slots=True)
class Line:
    """One non-empty raw line: its offsets, raw and normalised text, and rank among non-empty lines."""

    start: int
    end: int
    raw: str  # the line as it is in the page, stripped of surrounding white space
    text: str  # the same with odd spaces normalised (same length), for matching
    rank: int  # position among non-empty lines (0 = first non-empty line)


class Page:
    """The raw text with the start offset of each non-empty line, and lines built on demand."""

    __slots__ = ("raw", "starts", "_cache", "_prefixed")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._prefixed = "\n" + raw
        self.starts = [m.end() - 1 for m in _LINE_START.finditer(self._prefixed)]
        self._cache: dict[int, Line] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def rank_of(self, offset: int) -> int:
        """Rank of the non-empty line holding ``offset`` (-1 before the first line)."""
        return bisect_right(self.starts, offset) - 1

    def line(self, rank: int) -> Line:
        """The non-empty line of that rank."""
        ln = self._cache.get(rank)
        if ln is None:
            start = self.starts[rank]
            end = self.raw.find("\n", start)
            if end < 0:
                end = len(self.raw)
            raw_line = self.raw[start:end].rstrip()
            norm = raw_line if raw_line.isascii() else raw_line.translate(_SPACES)
            ln = Line(start, start + len(raw_line), raw_line, norm, rank)
            self._cache[rank] = ln
        return ln

    def line_at(self, offset: int) -> Line | None:
        """The non-empty line that holds ``offset``, or None (blank space between lines)."""
        r = self.rank_of(offset)
        if r < 0:
            return None
        ln = self.line(r)
        return ln if offset < ln.end else None

    def lines_matching(self, pattern: re.Pattern) -> list[Line]:
        """Each line holding a match of ``pattern``, once, in page order."""
        seen: dict[int, Line] = {}
        for m in pattern.finditer(self.raw):
            ln = self.line_at(m.start())
            if ln is not None and ln.rank not in seen:
                seen[ln.rank] = ln
        return list(seen.values())

    def lines_starting(self, pattern: re.Pattern) -> list[Line]:
        """Each line whose text starts with a match of ``pattern`` (a pattern built by ``at_line_start``)."""
        out: list[Line] = []
        for m in pattern.finditer(self._nraw()):
            ln = self.line_at(m.end(1) - 1)  # offsets in the "\n"-prefixed text are one ahead
            if ln is not None and (not out or out[-1].rank != ln.rank):
                out.append(ln)
        return out

    def _nraw(self) -> str:
        return self._prefixed

    def top_lines(self, n: int) -> list[Line]:
        """The first ``n`` non-empty lines."""
        return [self.line(r) for r in range(min(n, len(self.starts)))]


def keyword_trie(words) -> str:
    """A regex matching any of ``words`` as a trie ("b(?:y|ericht)"): the engine tests each first
    letter once instead of trying every word in turn. A space in a word matches any white space."""
    trie: dict = {}
    for w in sorted(set(words)):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


def at_line_start(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile ``pattern`` to be found only at line starts by ``Page.lines_starting``.

    A leading literal newline lets the regex engine jump from line to line; ``^`` in MULTILINE
    mode is tried at every character and was the slowest part of the extractor.
    """
    return re.compile(r"\n[^\S\n]*(?=\S)()(?:" + pattern + ")", flags)


def is_temperature(text: str) -> bool:
    """A weather widget line such as "17.8 C" or "23°C"."""
    return len(text) <= 24 and TEMPERATURE_RE.search(text) is not None


def body_line_range(page: Page, body: str | None) -> tuple[int, int] | None:
    """Ranks of the first and last raw lines the cleaned ``body`` covers, or None if not found."""
    if not body or not len(page):
        return None
    stripped = body.strip()
    first_line = stripped.split("\n", 1)[0].strip()
    last_line = stripped.rsplit("\n", 1)[-1].strip()
    first = _locate(page.raw, first_line[:80], from_start=True)
    last = _locate(page.raw, last_line[-80:], from_start=False)
    if first is None or last is None or last < first:
        return None
    return max(0, page.rank_of(first)), max(0, page.rank_of(last))


def _locate(raw: str, snippet: str, *, from_start: bool) -> int | None:
    snippet = snippet.strip()
    if len(snippet) < 8:
        return None
    i = raw.find(snippet) if from_start else raw.rfind(snippet)
    if i >= 0:
        return i
    # The cleaner joins wrapped lines and drops bullets: match the first (last) few words with
    # anything that is not a word between them.
    words = _WORDS.findall(snippet)
    words = words[:6] if from_start else words[-6:]
    if sum(len(w) for w in words) < 12:
        return None
    pattern = re.compile(r"\W+".join(re.escape(w) for w in words))
    if from_start:
        m = pattern.search(raw)
        return m.start() if m else None
    last = None
    for m in pattern.finditer(raw):
        last = m
    return last.end() - 1 if last else None


_WORDS = re.compile(r"\w+")
