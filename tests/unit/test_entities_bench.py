"""The benchmark runs on given texts and reports both speeds and their ratio."""
from pathlib import Path

from claimgraph.bench.entities import run

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


def test_entities_bench_reports_ratio(capsys):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    res = run(texts=texts, rounds=1)
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == f"entities/spacy ratio={res['ratio']:.3f}"
    assert res["words"] == sum(len(t.split()) for t in texts)
    assert res["spacy_wps"] > 0 and res["entities_wps"] > 0
