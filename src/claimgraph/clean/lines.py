"""Split a plain-text page into logical lines and measure each one.

Text renderings of web pages (w3m, lynx, copy-paste) wrap long paragraphs at a fixed width;
`split_lines` joins such wrapped lines back so that one logical line is one paragraph, a menu
item, a caption or a heading. Each logical line carries the cheap features the rules use.
"""

from __future__ import annotations

import re

from claimgraph.clean.lexicon import stopwords

__all__ = ["Line", "line_key", "normalise_ws", "split_lines"]

_NON_WORD = re.compile(r"[\W_]+")
# Control characters other than tab/newline appear in binary junk; treat them as spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
# East Asian wide characters take two terminal columns; w3m wraps by columns, not characters.
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
_BULLET_START = frozenset("•□☆○◦▪■●►▶·*")
_LEAD_BULLET = re.compile(r"^(?:[•□☆○◦▪■●►▶·*]\s+)+")
_TRAIL_PUNCT = ".!?;:\"'”“»«’)…。！？」』"

# w3m -cols 200 breaks lines at word boundaries a little before column 200; a line this wide
# followed directly by more text is the first part of a wrapped paragraph.
WRAP_MIN, WRAP_MAX = 168, 200


def normalise_ws(text: str) -> str:
    """Collapse every whitespace run to one space and strip the ends."""
    return " ".join(text.split())


def line_key(line: str) -> str:
    """Normalised form of a line for comparisons: lower case, punctuation dropped, spaces collapsed."""
    return _NON_WORD.sub(" ", line.lower()).strip()


def _width(line: str) -> int:
    if line.isascii():
        return len(line)
    return len(line) + len(_WIDE.findall(line))


class Line:
    """One logical line of the page with the features the cleaner uses."""

    __slots__ = (
        "idx", "text", "key", "toks", "nw", "nsw", "swd", "end_punct", "cjk", "bullet", "indent",
        "blank_before", "blank_after", "kind", "reason", "score", "keep",
    )

    def __init__(self, idx: int, raw: str, blank_before: bool, stop: frozenset[str]) -> None:
        self.idx = idx
        stripped = raw.strip()
        self.indent = len(raw) - len(raw.lstrip())
        m = _LEAD_BULLET.match(stripped) if stripped[:1] in _BULLET_START else None
        self.bullet = m is not None
        if m:
            stripped = stripped[m.end():]
        words = stripped.split()
        text = self.text = " ".join(words)
        self.key = line_key(text)
        self.toks = self.key.split()
        self.cjk = not text.isascii() and _CJK.search(text) is not None and len(_CJK.findall(text)) * 2 > len(text)
        if self.cjk:
            # No spaces between words: count characters in pairs as a rough word count.
            self.nw = max(1, len(self.text) // 2)
            self.nsw = self.text.count("，") + self.text.count("。") + self.text.count("、")
            self.nsw = min(self.nw, self.nsw * 4)
        else:
            self.nw = len(words)
            # Tokens of the key are lower case without punctuation; cap at the word count since
            # "it's" or "U.S." split into two tokens there.
            self.nsw = min(self.nw, sum(map(stop.__contains__, self.toks)))
        self.swd = self.nsw / self.nw if self.nw else 0.0
        self.end_punct = bool(self.text) and self.text[-1] in _TRAIL_PUNCT
        self.blank_before = blank_before
        self.blank_after = False
        self.kind = ""
        self.reason = ""
        self.score = 0.0
        self.keep = False

    def __repr__(self) -> str:  # for debugging only
        return f"Line({self.idx}, {self.kind}/{self.reason}, {self.text[:60]!r})"


def _looks_wrapped(physicals: list[str]) -> bool:
    """True when the page was wrapped at a fixed width: its long lines all end near one column."""
    near = over = 0
    for p in physicals:
        if len(p) >= WRAP_MIN // 2:
            w = _width(p.rstrip())
            if w > WRAP_MAX:
                over += 1
            elif w >= WRAP_MIN:
                near += 1
    return near > 0 and over <= 0.2 * near


def split_lines(raw: str) -> list[Line]:
    """Turn a page into logical lines (wrapped lines joined, blank lines recorded as flags)."""
    text = _CONTROL.sub(" ", raw.replace("\r\n", "\n").replace("\r", "\n"))
    stop = stopwords()
    physicals = text.split("\n")
    wrapped_page = _looks_wrapped(physicals)
    out: list[Line] = []
    pending: list[str] = []
    blank = True
    for physical in physicals:
        if not physical.strip():
            if pending:
                out.append(Line(len(out), " ".join(pending), blank, stop))
                pending = []
            blank = True
            continue
        if pending:
            pending.append(physical)
        else:
            pending = [physical]
        n = len(physical)
        if (
            wrapped_page and n >= WRAP_MIN // 2 and " " in physical.strip()
            and WRAP_MIN <= _width(physical.rstrip()) <= WRAP_MAX
        ):
            continue  # wrapped: the next physical line continues this paragraph
        out.append(Line(len(out), " ".join(pending), blank, stop))
        pending = []
        blank = False
    if pending:
        out.append(Line(len(out), " ".join(pending), blank, stop))
    for i in range(len(out) - 1):
        out[i].blank_after = out[i + 1].blank_before
    if out:
        out[-1].blank_after = True
    kept = [ln for ln in out if ln.text]
    for i, ln in enumerate(kept):
        ln.idx = i
    return kept
