"""Per-article stages and the default chain.

The default chain for `claimgraph analyze`: clean → metadata → fingerprint → nlp → entities →
quotes → timex. Corpus-level steps (publication-date year hints, near-duplicate grouping,
canonical entities and actors, speakers) run afterwards over the store; see ``claimgraph.corpus``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..pipeline import Pipeline, Stage


def ingest_stages() -> list[Stage]:
    """Reading-side stages: clean text, metadata and the near-duplicate fingerprint."""
    from .clean import CleanStage
    from .fingerprint import FingerprintStage
    from .metadata import MetadataStage

    return [CleanStage(), MetadataStage(), FingerprintStage()]


def ingest_pipeline() -> Pipeline:
    """The checked ingest-only chain (what `claimgraph bench ingest` measures)."""
    return Pipeline(ingest_stages())


def nlp_stages(gazetteers: Sequence[Path] = ()) -> list[Stage]:
    """Language stages: one spaCy parse, entities, quotes and reported speech, time expressions."""
    from .entities import EntityStage
    from .nlp import NlpStage
    from .quotes import QuoteStage
    from .timex import TimexStage

    return [NlpStage(), EntityStage(gazetteers), QuoteStage(), TimexStage()]


def default_stages(gazetteers: Sequence[Path] = ()) -> list[Stage]:
    """The stages `analyze` runs, in order."""
    return ingest_stages() + nlp_stages(gazetteers)


def default_pipeline(gazetteers: Sequence[Path] = ()) -> Pipeline:
    """The checked default chain."""
    return Pipeline(default_stages(gazetteers))


class _Factory:
    """A picklable pipeline factory (worker processes rebuild the chain from it)."""

    def __init__(self, which: str, gazetteers: Sequence[Path] = ()) -> None:
        if which not in ("all", "ingest"):
            from ..errors import ClaimgraphError

            raise ClaimgraphError("CG-E107", f"unknown stage set {which!r}: use all or ingest.")
        self.which = which
        self.gazetteers = tuple(str(g) for g in gazetteers)

    def __call__(self) -> Pipeline:
        if self.which == "ingest":
            return ingest_pipeline()
        return default_pipeline([Path(g) for g in self.gazetteers])


def pipeline_factory(which: str = "all", gazetteers: Sequence[Path] = ()) -> _Factory:
    """The factory `analyze` uses for ``--stages all|ingest`` and ``--gazetteer`` files."""
    return _Factory(which, gazetteers)
