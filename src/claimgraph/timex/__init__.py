"""claimgraph's own temporal tagger: TIMEX3 DATE/TIME/DURATION/SET expressions normalised against a publication date.

    from claimgraph.timex import tag, Timex
    tag("He said on Saturday ...", datetime.date(2023, 7, 30))
"""
from .normalise import calendar_value
from .tagger import tag
from .types import Timex

__all__ = ["Timex", "calendar_value", "tag"]
