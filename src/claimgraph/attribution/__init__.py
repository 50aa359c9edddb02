"""Attribution extraction: direct quotes, mixed quotes and reported speech with their speakers.

``Attributor().extract(text)`` returns :class:`Attribution` records (content, cue and
source spans as character offsets, the cue lemma, and for pronoun / descriptive
speakers the antecedent mention they resolve to within the article).
"""

from .model import Attribution
from .attributor import Attributor

__all__ = ["Attribution", "Attributor"]
