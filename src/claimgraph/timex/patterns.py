"""Lexicons (from resources/timex/lexicon.json) and the regular-expression building blocks of the tagger."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The timex lexicon as a dict (loaded once)."""
    try:
        text = resources.files("claimgraph.resources").joinpath("timex/lexicon.json").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, TypeError):
        text = (Path(__file__).resolve().parents[1] / "resources" / "timex" / "lexicon.json").read_text("utf-8")
    return json.loads(text)


LEX = lexicon()
MONTHS: dict[str, int] = LEX["months"]
WEEKDAYS: dict[str, int] = LEX["weekdays"]
NUMBERS: dict[str, float] = LEX["numbers"]
ORDINALS: dict[str, int] = LEX["ordinals"]
UNITS: dict[str, str] = LEX["units"]
SEASONS: dict[str, str] = LEX["seasons"]
DAY_PARTS: dict[str, str] = LEX["day_parts"]
HOLIDAYS: dict[str, str] = LEX["holidays"]


def _alt(words, key=len) -> str:
    return "|".join(sorted(words, key=key, reverse=True))


def _cap_variants(word: str) -> list[str]:
    return [word.capitalize(), word.upper()]


# Month and weekday names are matched case-sensitively (capitalised or all caps) so that the verb "may"
# and the noun "march" stay out; abbreviations need their period unless a day number follows.
_full_months = [m for m in MONTHS if len(m) > 3 and m != "sept"]
MONTH_FULL = "(?:" + _alt([v for m in _full_months for v in _cap_variants(m)]) + ")"
_abbr = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
MONTH = (
    "(?:" + MONTH_FULL + "|(?:" + _alt(_abbr + [a.upper() for a in _abbr]) + r")\.|(?:"
    + _alt(_abbr) + r")(?=\s+\d)|May)"
)
WEEKDAY = "(?:" + _alt([v for w in WEEKDAYS if len(w) > 4 for v in _cap_variants(w)]) + ")"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
NUM_WORD_BASE = _alt([w for w in NUMBERS if w.isalpha() and " " not in w and w not in ("a", "an")])
_tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ones = "one|two|three|four|five|six|seven|eight|nine"
# numbers written as digits, words, compounds ("twenty-five"), fractions ("5 1/2", "two and a half")
NUM = (
    r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?i:(?:" + _tens + r")[- ](?:" + _ones + r")|" + NUM_WORD_BASE
    + r"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|a\s+single|half\s+a|half\s+an|a\s+half|a|an))"
    + r"(?:(?i:\s+and\s+a\s+half|-and-a-half))?"
)
VAGUE = r"(?i:a\s+few|few|several|many|some|a\s+number\s+of|numerous|dozens\s+of|hundreds\s+of|thousands\s+of)"
UNIT_WORDS = _alt(UNITS)
UNIT = "(?i:" + UNIT_WORDS + ")"
ORDINAL = "(?i:" + _alt(ORDINALS) + r"|1st|2nd|3rd|4th)"
SEASON = "(?i:spring|summer|fall|autumn|winter)"
DAYPART = "(?i:morning|afternoon|evening|night)"
AMPM = r"(?:[aApP]\.\s?[mM]\.?|[aApP][mM]\b)"
# modifiers before quantities, with their TIMEX3 mod
MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "nearly": "EQUAL_OR_LESS", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "just over": "MORE_THAN", "just under": "LESS_THAN", "well over": "MORE_THAN",
}
MOD = "(?i:" + _alt(MODIFIERS) + ")"
# "early 1991", "mid-1996", "the end of May" ...
POS_MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START", "the early": "START",
    "late": "END", "later": "END", "the end of": "END", "the late": "END", "the close of": "END",
    "mid": "MID", "mid-": "MID", "the middle of": "MID", "the mid": "MID", "the mid-": "MID",
}
POSMOD = r"(?i:the\s+beginning\s+of|the\s+start\s+of|the\s+end\s+of|the\s+close\s+of|the\s+middle\s+of|early|late|mid)"


def number_value(s: str) -> float | None:
    """Numeric value of a matched NUM string; None when vague ('several')."""
    t = " ".join(s.lower().replace("-and-a-half", " and a half").split())
    half = 0.0
    if t.endswith(" and a half"):
        half, t = 0.5, t[: -len(" and a half")]
    if t.endswith(" 1/2"):
        half, t = 0.5, t[:-4]
    if t in ("half a", "half an", "a half"):
        return 0.5
    try:
        return float(t) + half
    except ValueError:
        pass
    if t in NUMBERS:
        return float(NUMBERS[t]) + half
    parts = t.replace("-", " ").split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return float(NUMBERS[parts[0]] + NUMBERS[parts[1]]) + half
    return None


def month_number(s: str) -> int:
    return MONTHS[s.lower().rstrip(".")]


def weekday_number(s: str) -> int:
    return WEEKDAYS[s.lower().rstrip(".")]


def unit_code(s: str) -> str:
    return UNITS[s.lower()]


def day_number(s: str) -> int:
    return int(s.rstrip("stndrdth"))
