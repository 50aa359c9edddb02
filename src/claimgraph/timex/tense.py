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
_ANY_CUE = _PAST | _FUTURE_SINGLE | {p[0] for p in _FUTURE_PAIRS} | {"as", "next"}
_REPORTING = {"said", "says", "told", "announced", "reported", "added", "stated"}
_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘`]*[A-Z0-9])|\n\s*\n")
# a period after these ends an abbreviation, not a sentence ("Mr. Bush", "Sept. 30", "J. Smith")
_NO_SPLIT_AFTER = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"No|Nos|Inc|Corp|Co|Ltd|vs|Jr|Sr|Prof|Rev|Ft|Mt)|\b[A-Z])\.$"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (start, end); good enough for tense cues."""
    spans, start = [], 0
    for m in _SENT_SPLIT.finditer(text):
        if text[m.start() - 1 : m.start()] == "." and _NO_SPLIT_AFTER.search(text, max(0, m.start() - 6), m.start()):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def _classify(words: list[str], i: int) -> str | None:
    w = words[i].lower().replace("’", "'")
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    prev2 = [x.lower() for x in words[max(0, i - 2) : i]]
    if (w, nxt) in _FUTURE_PAIRS or (w == "as" and nxt == "soon"):
        return "future"
    if w in _FUTURE_SINGLE and "had" in prev2:
        return "past"  # "had been scheduled to expire": a plan in the past
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
        lw = w.lower()
        if lw not in _ANY_CUE and not lw.endswith(("ed", "ll")):
            continue  # cheap pre-filter: most words cannot be cues
        cue = _classify(words, i)
        if cue is not None:
            cues.append((i, a, cue, w.lower() in _REPORTING))
    return [t[0] for t in toks], cues


def tense_from_cues(starts: list[int], cues: list[tuple[int, int, str, bool]], start: int, end: int) -> str | None:
    """'past', 'future' or None for the expression text[start:end], from its sentence's cues.

    The nearest cue before the expression in its clause wins (up to 8 words back: "said Friday",
    "will meet on Friday"); failing that, a cue right after it ("Friday's talks will ...", up to 4 words);
    failing that, the nearest cue anywhere in the sentence, reporting verbs ("said") counting last.
    Cost is logarithmic in the sentence length (bisect, then a walk to the nearest cues).
    """
    if not cues:
        return None
    first_in = bisect.bisect_left(starts, start)
    last_in = bisect.bisect_left(starts, end)
    keys = _Index(cues)
    p = bisect.bisect_left(keys, first_in)
    q = bisect.bisect_left(keys, last_in)
    before = cues[p - 1] if p > 0 else None
    after = cues[q] if q < len(cues) else None
    if before is not None and first_in - before[0] <= 8:
        return before[2]
    if after is not None and after[0] - last_in + 1 <= 4:
        return after[2]
    # nearest non-reporting cue on either side, else the nearest of any kind
    best = None
    i = p - 1
    while i >= 0:
        if not cues[i][3]:
            best = (first_in - cues[i][0], cues[i][2])
            break
        i -= 1
    j = q
    while j < len(cues):
        if not cues[j][3]:
            d = cues[j][0] - last_in + 1
            if best is None or d < best[0]:
                best = (d, cues[j][2])
            break
        j += 1
    if best is not None:
        return best[1]
    near = []
    if before is not None:
        near.append((first_in - before[0], before[2]))
    if after is not None:
        near.append((after[0] - last_in + 1, after[2]))
    return min(near)[1] if near else None


class _Index:
    """A read-only view of the cues' word indices, for bisect without copying."""

    __slots__ = ("cues",)

    def __init__(self, cues):
        self.cues = cues

    def __len__(self):
        return len(self.cues)

    def __getitem__(self, i):
        return self.cues[i][0]


def tense_near(text: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """Tense cue for text[start:end] within the sentence span `sent` (see tense_from_cues)."""
    starts, cues = sentence_cues(text, sent)
    return tense_from_cues(starts, cues, start, end)
