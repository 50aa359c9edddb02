"""Name clean-up: honorifics and titles stripped, possessives and articles removed, partial names."""
from __future__ import annotations

import re

_APOS = str.maketrans({"’": "'", "‘": "'"})
_TRAIL = re.compile(r"(?:'s|'|’s|’)$")


def clean_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to drop a leading article, a trailing possessive, punctuation and
    anything after a line break (spaCy spans sometimes run across page-chrome lines)."""
    s = text[start:end]
    for stop in ("\n", " ("):   # a line break or an opening bracket ends a name ("WHO (WHO")
        cut = s.find(stop)
        if cut >= 0:
            end = start + cut
            s = s[:cut]
    for art in ("the ", "The ", "THE "):
        if s.startswith(art):
            start += 4
            s = s[4:]
            break
    m = _TRAIL.search(s)
    if m and len(s) > m.end() - m.start():
        end -= m.end() - m.start()
        s = s[: m.start()]
    while s and not (s[-1].isalnum() or s[-1] in ".)"):
        s = s[:-1]
        end -= 1
    while s and not s[0].isalnum():
        s = s[1:]
        start += 1
    return start, end


def strip_titles(text: str, start: int, end: int, titles: set[str]) -> tuple[int, int]:
    """Drop leading honorifics and role words from a person span ("President Vladimir Putin" →
    "Vladimir Putin", "Kremlin spokesman Dmitry Peskov" is handled by the caller via gazetteer hits)."""
    while True:
        s = text[start:end]
        m = re.match(r"([\w.\-]+)\s+", s)
        if not m:
            return start, end
        w = m.group(1).lower()
        if w in titles or w.rstrip(".") in titles:
            start += m.end()
            continue
        return start, end


def normalise(name: str) -> str:
    """Canonical spelling of a free-text name: straight apostrophes, single spaces."""
    return " ".join(name.translate(_APOS).split())


def _norm_token(w: str) -> str:
    w = w.lower().translate(_APOS)
    for art in ("al-", "el-", "al ", "el "):
        if w.startswith(art) and len(w) > len(art) + 1:
            return w[len(art):]
    return w


def name_tokens(name: str) -> list[str]:
    """Tokens of a name for matching: lower case, Arabic article dropped ("al-Dulaimi" → "dulaimi")."""
    return [_norm_token(w) for w in name.split()]


def is_partial_of(short: str, full: str) -> bool:
    """True when ``short`` is a shorter form of ``full``: its last words ("Kirby" of "John Kirby"),
    or the same first and last word with words left out ("Saja al-Dulaimi" of "Saja Abdul Hamid
    al-Dulaimi")."""
    sw, fw = name_tokens(short), name_tokens(full)
    if len(sw) >= len(fw) or not sw:
        return False
    if fw[-len(sw):] == sw:
        return True
    if len(sw) >= 2 and sw[0] == fw[0] and sw[-1] == fw[-1]:
        it = iter(fw)
        return all(any(x == y for y in it) for x in sw)
    return False


def resolve_partials(names: list[str], first_names: bool = False) -> dict[str, str]:
    """Map each shorter person name to the unique longest name it is a partial of ("Kirby" →
    "John Kirby"); ambiguous short names stay as they are. With ``first_names``, a one-word name
    that is no one's surname may match the first word of a unique longer name ("Kim" → "Kim Jong Un")."""
    out: dict[str, str] = {}
    uniq = sorted(set(names), key=lambda n: (-len(n.split()), n))
    for short in uniq:
        cands = [full for full in uniq if is_partial_of(short, full)]
        maximal = {c for c in cands if not any(o != c and is_partial_of(c, o) for o in cands)}
        if not maximal and first_names and len(short.split()) == 1:
            t = name_tokens(short)[0]
            firsts = [f for f in uniq if len(f.split()) >= 3 and name_tokens(f)[0] == t]
            maximal = set(firsts)
        if len(maximal) == 1:
            out[short] = maximal.pop()
    return out
