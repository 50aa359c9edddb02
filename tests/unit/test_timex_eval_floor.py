"""TempEval-3 task A on TBAQ-cleaned (the dev set): the floor this tagger reaches; raise it, never lower it."""
from pathlib import Path

import pytest

from claimgraph.eval.timex import run

TBAQ = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned"


@pytest.mark.slow
def test_timex_eval_floor_tbaq():
    if not TBAQ.is_dir():
        pytest.skip(f"{TBAQ} not present")
    res = run(TBAQ, quiet=True)
    assert res["files"] == 256 and res["gold"] == 1822
    assert res["relaxed_f1"] >= 0.94
    assert res["value_f1"] >= 0.805
    assert res["strict_f1"] >= 0.87
