"""Per-article stages and the default chain.

The default chain for `claimgraph analyze`: clean → metadata → fingerprint. Corpus-level steps
(publication-date year hints, near-duplicate grouping) run afterwards over the store; see
``claimgraph.corpus``.
"""

from __future__ import annotations

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


def default_stages() -> list[Stage]:
    """The stages `analyze` runs, in order."""
    return ingest_stages()


def default_pipeline() -> Pipeline:
    """The checked default chain."""
    return Pipeline(default_stages())
