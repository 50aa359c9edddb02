"""The Ray Data runner gives the same export as the local runner (needs the [ray] extra)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.analyze import analyze
from claimgraph.export import build_document
from claimgraph.store import Store

pytest.importorskip("ray")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.ray
def test_ray_runner_export_equals_local(tmp_path):
    seeds = str(REPO / "examples" / "seeds")
    local, distributed = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    analyze([seeds], local, workers=1)
    s = analyze([seeds], distributed, workers=2, engine="ray")
    assert s.stored == 5 and set(s.counts) >= {"clean", "metadata", "nlp", "quotes"}
    assert all(c["in"] == 5 for c in s.counts.values())
    with Store(local, read_only=True) as a, Store(distributed, read_only=True) as b:
        assert build_document(a) == build_document(b)
