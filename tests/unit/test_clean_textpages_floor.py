"""Evaluation floor of the page cleaner on textpages-dev (slow; skipped without the data)."""

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "textpages-dev"

# Recorded floors (docs/cleaning.md): raise them as the cleaner improves, never lower them silently.
FLOOR_WITH_RECALL = 0.918
FLOOR_WITHOUT_REMOVAL = 0.889


@pytest.mark.slow
def test_clean_textpages_floor():
    if not (DATA / "snippets.json").is_file():
        pytest.skip("textpages-dev data not available")
    from claimgraph.eval.textpages import run

    out = run(DATA)
    assert out["pages"] >= 900
    assert out["with_recall"] >= FLOOR_WITH_RECALL
    assert out["without_removal"] >= FLOOR_WITHOUT_REMOVAL


def test_clean_textpages_limit_and_predictions(tmp_path):
    if not (DATA / "snippets.json").is_file():
        pytest.skip("textpages-dev data not available")
    import json

    from claimgraph.eval.textpages import run

    out_file = tmp_path / "pred.json"
    out = run(DATA, predictions_out=out_file, limit=20)
    preds = json.loads(out_file.read_text(encoding="utf-8"))
    assert out["pages"] == 20 and len(preds) == 20
    assert all(set(v) == {"articleBody"} for v in preds.values())
    assert 0.0 <= out["with_recall"] <= 1.0
