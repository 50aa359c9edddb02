"""Speed guards: the extractor stays far from quadratic and within its per-page budget."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimgraph.metadata import extract_metadata

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


def _cpu_seconds(fn) -> float:
    # CPU time, not wall time: the test machine is shared and wall time is not ours.
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def test_metadata_speed_seed_pages_per_second():
    pages = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if not pages:
        pytest.skip("no seed pages")
    batch = pages * 40
    seconds = _cpu_seconds(lambda: [extract_metadata(p, year_hint=2024) for p in batch])
    # Measured ~2,000/s on one core; the floor leaves room for slow machines, not for a regression
    # that makes the extractor quadratic or calls dateparser per match.
    assert len(batch) / seconds >= 300


@pytest.mark.parametrize(
    "raw",
    [
        "1" * 200_000,
        "January " * 30_000,
        "\n" * 200_000,
        "By " * 50_000,
        " " * 200_000 + "x",
        "[" + "a" * 100_000,
        ("12.12.12 " * 5_000),
        ("Published on Monday, " * 10_000),
        ("Al Jazeera and news agencies\n" * 5_000),
    ],
)
def test_metadata_speed_pathological_input_is_linear(raw):
    assert _cpu_seconds(lambda: extract_metadata(raw, raw)) < 5.0
