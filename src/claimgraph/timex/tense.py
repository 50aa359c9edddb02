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
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(`]*[A-Z0-9])|\n\s*\n")


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
    """'past', 'future' or None from the tense cues around text[start:end] inside the sentence span.

    The nearest cue before the expression in its clause wins (up to 8 words back: "said Friday",
    "will meet on Friday"); failing that, a cue right after it ("Friday's talks will ...", up to 4 words);
    failing that, the nearest cue anywhere in the sentence, reporting verbs ("said") counting last.
    """
    s0, s1 = sent
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, s0, s1)]
    words = [t[2] for t in toks]
    before: list[tuple[int, str, bool]] = []  # (distance in words, cue, is_reporting)
    after: list[tuple[int, str, bool]] = []
    first_in = next((i for i, t in enumerate(toks) if t[0] >= start), len(toks))
    last_in = next((i for i, t in enumerate(toks) if t[0] >= end), len(toks))
    for i, (a, _b, w) in enumerate(toks):
        if start <= a < end:
            continue  # the expression's own words ("last", "next") are read by the rules themselves
        cue = _classify(words, i)
        if cue is None:
            continue
        rep = w.lower() in _REPORTING
        if a < start:
            before.append((first_in - i, cue, rep))
        else:
            after.append((i - last_in + 1, cue, rep))
    near_b = min(before, default=None)
    if near_b and near_b[0] <= 8:
        return near_b[1]
    near_a = min(after, default=None)
    if near_a and near_a[0] <= 4:
        return near_a[1]
    strong = [c for c in before + after if not c[2]]
    if strong:
        return min(strong)[1]
    allc = before + after
    return min(allc)[1] if allc else None
