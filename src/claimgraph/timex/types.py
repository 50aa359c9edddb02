"""The Timex record returned by the tagger."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Timex:
    """One temporal expression: character span, TIMEX3 type, normalised value and optional mod."""

    start: int
    end: int
    text: str
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str
    mod: str | None = None
    rule: str = ""  # name of the rule that produced it (for debugging and docs)
