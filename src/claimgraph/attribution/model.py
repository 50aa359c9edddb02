"""The attribution record returned by :class:`claimgraph.attribution.Attributor`."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Attribution:
    """Who said what, with character offsets into the article text.

    ``source`` is the speaker as written; for pronouns and descriptive nominals
    ``antecedent`` is the span of the named mention it resolves to within the article
    (``antecedent_text`` its words), ready to be mapped to a canonical actor.
    ``parent`` is the index (in the returned list) of the attribution this one is
    nested in; ``chain`` lists the source and then the sources it relies on, outermost
    first: "FE Online citing the Financial Times citing Ukrainian troops" gives the spans
    of FE Online, the Financial Times and Ukrainian troops.
    """

    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    direct: bool
    cue_lemma: str | None
    antecedent: tuple[int, int] | None = None
    parent: int | None = None
    source_text: str | None = None
    antecedent_text: str | None = None
    cue_text: str | None = None
    content_text: str = ""
    chain: list[tuple[int, int]] = field(default_factory=list)  # source, then the sources it cites, outermost first
    kind: str = "verb"  # verb | according_to | quote | dash | colon | continuation | noun
    source_kind: str | None = None  # named | pronoun | nominal | document | relative | None
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        """First character of the attribution (content, cue or source)."""
        spans = list(self.content) + [s for s in (self.cue, self.source) if s]
        return min(a for a, _ in spans)

    @property
    def end(self) -> int:
        """One past the last character of the attribution."""
        spans = list(self.content) + [s for s in (self.cue, self.source) if s]
        return max(b for _, b in spans)
