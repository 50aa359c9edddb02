"""Wire-copy datelines: "WASHINGTON, August 8 (Xinhua) --", "KYIV, Jan 11, 2024 (Reuters) -".

A dateline opens a story with the place and the day it was filed: the publication day itself,
so weekdays mentioned in the story refer back from it, not forward.
"""

from __future__ import annotations

import re

from .dates import DateMatch

# Before the date, from the start of its line: a place ("NAIROBI, Kenya, ", "WASHINGTON, ").
_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*[A-ZÄÖÜ][\w.'’ -]{1,40}(?:,[^\S\n]*[A-Z][\w.'’ -]{1,30})?,[^\S\n]*$")
# After the date: an optional agency in parentheses, then a dash or colon.
_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?:--|[-–—_:])")
_REACH = 600  # datelines open the story


def find_dateline(text: str, dates: list[DateMatch]) -> DateMatch | None:
    """The date of the story's dateline, when the text opens with one (within its first lines)."""
    for d in dates:
        if d.start > _REACH:
            break
        if _BEFORE.search(text, max(0, d.start - 80), d.start) and _AFTER.match(text, d.end):
            return d
    return None
