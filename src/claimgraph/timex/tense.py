"""Cheap lexical tense cues: is the clause around an expression about the past or the future?"""
from __future__ import annotations

import bisect
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
    if (w, nxt) in _FUTURE_PAIRS or (w == "as" and nxt == "soon"):
        return "future"
    if w == "next" and nxt in ("to", "door"):
        return None  # "next to the embassy" is a place
    if w in _FUTURE_SINGLE or w.endswith("'ll"):
        return "future"
    if w in _PAST or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST_ED):
        # "will be held", "is to be signed", "will have finished": a participle after a future auxiliary
        prev = [x.lower() for x in words[max(0, i - 3) : i]]
        if len(prev) >= 2 and prev[-1] in ("be", "have", "been") and (
            prev[-2] in _FUTURE_SINGLE or prev[-2] == "to" or prev[-2].endswith("'ll")
        ):
            return "future"
        return "past"
    return None


def sentence_cues(text: str, sent: tuple[int, int]) -> tuple[list[int], list[tuple[int, int, str, bool]]]:
    """Word start offsets of a sentence and its tense cues as (word index, offset, cue, is_reporting)."""
    s0, s1 = sent
    toks = [(m.start(), m.group()) for m in _WORD.finditer(text, s0, s1)]
    words = [t[1] for t in toks]
    cues = []
    for i, (a, w) in enumerate(toks):
        cue = _classify(words, i)
        if cue is not None:
            cues.append((i, a, cue, w.lower() in _REPORTING))
    return [t[0] for t in toks], cues


def tense_from_cues(starts: list[int], cues: list[tuple[int, int, str, bool]], start: int, end: int) -> str | None:
    """'past', 'future' or None for the expression text[start:end], from its sentence's cues.

    The nearest cue before the expression in its clause wins (up to 8 words back: "said Friday",
    "will meet on Friday"); failing that, a cue right after it ("Friday's talks will ...", up to 4 words);
    failing that, the nearest cue anywhere in the sentence, reporting verbs ("said") counting last.
    """
    if not cues:
        return None
    first_in = bisect.bisect_left(starts, start)
    last_in = bisect.bisect_left(starts, end)
    before, after = [], []
    for i, a, cue, rep in cues:
        if start <= a < end:
            continue  # the expression's own words ("last", "next") are read by the rules themselves
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


def tense_near(text: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """Tense cue for text[start:end] within the sentence span `sent` (see tense_from_cues)."""
    starts, cues = sentence_cues(text, sent)
    return tense_from_cues(starts, cues, start, end)
