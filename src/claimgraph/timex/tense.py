"""Cheap lexical tense cues: is the clause around an expression about the past or the future?"""
from __future__ import annotations

import re

from .patterns import LEX

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")
_PAST = set(LEX["past_verbs"])
_NOT_PAST_ED = set(LEX["not_past_ed"])
_FUTURE_SINGLE = {c for c in LEX["future_cues"] if " " not in c}
_FUTURE_PAIRS = {tuple(c.split()) for c in LEX["future_cues"] if " " in c}
# words that carry no tense but often sit between the cue and the date ("said on Saturday")
_REPORTING = {"said", "says", "told", "announced", "reported", "added", "stated"}
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (start, end); good enough for tense cues."""
    spans, start = [], 0
    for m in _SENT_SPLIT.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def _classify(words: list[str], i: int) -> str | None:
    w = words[i].lower().replace("’", "'")
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if (w, nxt) in _FUTURE_PAIRS:
        return "future"
    if w in _FUTURE_SINGLE or w.endswith("'ll"):
        return "future"
    if w in _PAST:
        return "past"
    if len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED:
        return "past"
    return None


def tense_near(text: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """'past', 'future' or None from the cue nearest to text[start:end] inside the sentence span.

    Reporting verbs ("said") count only when nothing else in the sentence does: a report of a
    future plan ("will meet on Friday, he said") is about the future.
    """
    s0, s1 = sent
    best: tuple[int, str] | None = None
    weak: tuple[int, str] | None = None
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, s0, s1)]
    words = [t[2] for t in toks]
    for i, (a, b, w) in enumerate(toks):
        if start <= a < end:
            continue  # the expression's own words ("last", "next") are read by the rules themselves
        cue = _classify(words, i)
        if cue is None:
            continue
        dist = start - b if b <= start else a - end
        # cues before the expression bind more tightly than ones after it
        dist = dist if b <= start else dist + 3
        if w.lower() in _REPORTING:
            if weak is None or dist < weak[0]:
                weak = (dist, cue)
        elif best is None or dist < best[0]:
            best = (dist, cue)
    if best is not None:
        return best[1]
    return weak[1] if weak else None
