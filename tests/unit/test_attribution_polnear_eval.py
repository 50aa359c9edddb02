"""Slow floor check of `eval polnear` on the PolNeAR dev split (84 articles)."""

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.mark.slow
def test_attribution_polnear_eval_dev_floor(tmp_path):
    dev = DATA / "polnear" / "dev"
    if not (dev / "text").is_dir():
        pytest.skip("PolNeAR dev split not available")
    from claimgraph.eval.polnear import run

    res = run(dev, predictions_out=tmp_path)
    assert res["scored"] == 84
    assert len(list(tmp_path.glob("*.ann"))) == 84
    # floors a little under the measured figures, so a regression fails the test
    assert res["content_overlap_f1"] >= 0.79
    assert res["source_overlap_f1"] >= 0.73
