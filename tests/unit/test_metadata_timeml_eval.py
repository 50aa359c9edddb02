"""Evaluation gate (slow): inferred publication dates against TimeML document creation times.

TempEval-3 TBAQ-cleaned gives each news document's creation time (DCT). The inference reads
only the document's <TEXT>, with each document's own year as the hint (a one-period corpus).
Floors are the measured values rounded down; raise them as quality improves, never lower them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph.metadata.tool import timeml_eval

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


@pytest.mark.slow
def test_metadata_timeml_eval_floors():
    if not DATA.is_dir():
        pytest.skip("TempEval-3 TBAQ-cleaned data not present")
    r = timeml_eval(str(DATA), own_year=True)
    inferred = r["inferred"]
    assert r["docs"] == 256
    assert inferred / r["docs"] >= 0.35
    assert r["exact"] / inferred >= 0.09
    assert r["within_7_days"] / inferred >= 0.22
    assert r["later_than_dct"] / inferred <= 0.32
