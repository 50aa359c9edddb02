"""Read TempEval-3 TimeML (.tml) documents and write predictions back with only TIMEX3 tags changed.

The plain text is the content of <TEXT> with every tag removed and XML entities decoded; each plain
character keeps a pointer to the raw characters it came from, so predicted spans can be inserted into
the raw document without touching any other byte.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from .types import Timex

_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>")
_ENTITY = re.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]\w*);")
_ATTR = re.compile(r"([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*')")
_DCT = re.compile(r"<DCT>\s*<TIMEX3\b([^>]*)>", re.S)


def attrs(s: str) -> dict[str, str]:
    """Attributes of a tag's inner text as a dict (values unescaped)."""
    return {k: html.unescape(v[1:-1]) for k, v in _ATTR.findall(s)}


@dataclass
class TimeMLDoc:
    """One TimeML document: raw markup with gold TIMEX3 removed from <TEXT>, its plain text and gold."""

    name: str
    raw: str  # the document with every TIMEX3 tag inside <TEXT> removed (DCT kept)
    text: str  # plain text of <TEXT>
    raw_start: list[int] = field(repr=False, default_factory=list)  # plain char i comes from raw[raw_start[i]:raw_end[i]]
    raw_end: list[int] = field(repr=False, default_factory=list)
    gold: list[Timex] = field(default_factory=list)
    dct: dt.date | None = None
    dct_value: str | None = None


def parse_dct(value: str | None) -> dt.date | None:
    """Date of a DCT value such as '1998-08-07' or '1998-03-01T14:11:00'."""
    if not value:
        return None
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def read(path: Path) -> TimeMLDoc:
    """Parse a .tml (or .tml.TE3input) file."""
    src = Path(path).read_bytes().decode("utf-8")
    return parse(src, name=Path(path).name)


def parse(src: str, name: str = "") -> TimeMLDoc:
    """Parse TimeML source text; see TimeMLDoc."""
    dm = _DCT.search(src)
    dct_value = attrs(dm.group(1)).get("value") if dm else None
    t0 = src.find("<TEXT>")
    t1 = src.find("</TEXT>", t0 + 1) if t0 >= 0 else -1
    if t0 < 0 or t1 < 0:
        t0, t1 = 0, 0
    else:
        t0 += len("<TEXT>")
    out = [src[:t0]]  # raw document being rebuilt without gold TIMEX3 tags
    out_len = t0
    text_chars: list[str] = []
    rs: list[int] = []
    re_: list[int] = []
    gold: list[Timex] = []
    open_tx: list[tuple[int, dict]] = []
    i = t0
    while i < t1:
        c = src[i]
        if c == "<":
            m = _TAG.match(src, i)
            if m and m.end() <= t1:
                if m.group(2) == "TIMEX3":
                    if m.group(1):
                        if open_tx:
                            s, a = open_tx.pop()
                            e = len(text_chars)
                            gold.append(Timex(s, e, "".join(text_chars[s:e]), a.get("type", ""), a.get("value", ""), a.get("mod")))
                    elif not m.group(4):
                        open_tx.append((len(text_chars), attrs(m.group(3))))
                    i = m.end()
                    continue
                out.append(m.group(0))
                out_len += m.end() - m.start()
                i = m.end()
                continue
        if c == "&":
            m = _ENTITY.match(src, i)
            if m and m.end() <= t1:
                dec = html.unescape(m.group(0))
                for ch in dec:
                    text_chars.append(ch)
                    rs.append(out_len)
                    re_.append(out_len + len(m.group(0)))
                out.append(m.group(0))
                out_len += len(m.group(0))
                i = m.end()
                continue
        text_chars.append(c)
        rs.append(out_len)
        re_.append(out_len + 1)
        out.append(c)
        out_len += 1
        i += 1
    out.append(src[t1:] if t1 else src[t0:])
    gold.sort(key=lambda t: (t.start, t.end))
    return TimeMLDoc(name, "".join(out), "".join(text_chars), rs, re_, gold, parse_dct(dct_value), dct_value)


def _balanced(fragment: str) -> bool:
    stack = []
    for m in _TAG.finditer(fragment):
        if m.group(4):
            continue
        if m.group(1):
            if not stack or stack[-1] != m.group(2):
                return False
            stack.pop()
        else:
            stack.append(m.group(2))
    return not stack


def insertable(doc: TimeMLDoc, timexes: list[Timex]) -> list[Timex]:
    """The timexes whose raw span can be wrapped in a tag without breaking the XML nesting."""
    ok = []
    for t in timexes:
        if not (0 <= t.start < t.end <= len(doc.text)):
            continue
        a, b = doc.raw_start[t.start], doc.raw_end[t.end - 1]
        if _balanced(doc.raw[a:b]):
            ok.append(t)
    return ok


def render(doc: TimeMLDoc, timexes: list[Timex]) -> str:
    """The document with one TIMEX3 tag per timex inserted (tids t1, t2, ...); other bytes unchanged."""
    pieces, pos = [], 0
    for k, t in enumerate(sorted(insertable(doc, timexes), key=lambda t: t.start), start=1):
        a, b = doc.raw_start[t.start], doc.raw_end[t.end - 1]
        if a < pos:
            continue  # overlapping spans cannot both be tagged
        mod = f' mod="{html.escape(t.mod)}"' if t.mod else ""
        pieces.append(doc.raw[pos:a])
        pieces.append(f'<TIMEX3 tid="t{k}" type="{t.type}" value="{html.escape(t.value)}"{mod}>')
        pieces.append(doc.raw[a:b])
        pieces.append("</TIMEX3>")
        pos = b
    pieces.append(doc.raw[pos:])
    return "".join(pieces)


def strip_timex(src: str) -> str:
    """Source with every TIMEX3 tag inside <TEXT> removed (the reference for byte-identity checks)."""
    t0 = src.find("<TEXT>")
    t1 = src.find("</TEXT>", t0 + 1) if t0 >= 0 else -1
    if t0 < 0 or t1 < 0:
        return src
    body = re.sub(r"</?TIMEX3\b[^>]*>", "", src[t0:t1])
    return src[:t0] + body + src[t1:]
