"""Per-article stages and the default chain.

The default chain for `claimgraph analyze`: clean → metadata → fingerprint. Corpus-level steps
(publication-date year hints, near-duplicate grouping) run afterwards over the store; see
``claimgraph.corpus``.
"""

from __future__ import annotations

from ..pipeline import Pipeline, Stage


def default_stages() -> list[Stage]:
    """The stages `analyze` runs, in order."""
    from .clean import CleanStage
    from .fingerprint import FingerprintStage
    from .metadata import MetadataStage

    return [CleanStage(), MetadataStage(), FingerprintStage()]


def default_pipeline() -> Pipeline:
    """The checked default chain."""
    return Pipeline(default_stages())
