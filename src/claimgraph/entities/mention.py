"""The Mention record produced by the entity tagger."""
from __future__ import annotations

from dataclasses import dataclass

KINDS = ("person", "organization", "country", "place", "weapon", "other")
ACTOR_KINDS = ("person", "organization", "country")


@dataclass(slots=True)
class Mention:
    """One entity mention in an article.

    ``start``/``end`` are character offsets into the text given to the tagger and
    ``text`` is ``text[start:end]``.  ``canonical`` is the entity name after
    article-level resolution; for a metonym that acts ("Washington has accused")
    it is the state it stands for and ``metonym`` is True.  ``actor`` is the
    canonical actor name when the mention acts (None for a place used as a place,
    weapons, or a country used as a location).
    """

    start: int
    end: int
    text: str
    kind: str
    canonical: str
    actor: str | None
    role: str | None = None
    affiliation: str | None = None
    source: str = "spacy"       # "spacy" | "gazetteer" | "rule": what found the span
    metonym: bool = False       # True when a place/seat name stands for a state or organisation
    label: str | None = None    # spaCy label when spaCy found it
