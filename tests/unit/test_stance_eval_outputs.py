"""eval fnc1 / eval emergent: prediction files in the corpus formats, input order, metric on the last line."""

import csv

from claimgraph.eval import emergent, fnc1

CLAIM = "Apple to buy Tesla for $75 billion"
BODIES = {
    "7": "Apple has denied reports that it will buy Tesla. Tesla said the report was false and a hoax, "
    "and that it never held talks with Apple.",
    "12": "Heavy rain caused flooding across northern England on Sunday, closing roads and schools in York.",
}


def _write(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def test_stance_eval_fnc1_writes_submission_in_order(tmp_path, capsys):
    _write(tmp_path / "b.csv", ["Body ID", "articleBody"], list(BODIES.items()))
    rows = [(CLAIM, "12", "unrelated"), (CLAIM, "7", "disagree"), ("Snow in Oslo, \"record\" cold", "7", "unrelated")]
    _write(tmp_path / "s.csv", ["Headline", "Body ID", "Stance"], rows)
    out = tmp_path / "pred.csv"
    res = fnc1.run(tmp_path / "b.csv", tmp_path / "s.csv", predictions_out=out)
    with open(out, encoding="utf-8", newline="") as fh:
        got = list(csv.reader(fh))
    assert got[0] == ["Headline", "Body ID", "Stance"]
    assert [(r[0], r[1]) for r in got[1:]] == [(h, b) for h, b, _ in rows]
    assert got[1][2] == "unrelated"
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == f"fnc1 relative_score={res['relative_score']:.4f}"
    # restricted to some body ids
    (tmp_path / "ids.txt").write_text("7\n")
    res2 = fnc1.run(tmp_path / "b.csv", tmp_path / "s.csv", ids=tmp_path / "ids.txt")
    assert res2["rows"] == 2


def test_stance_eval_fnc1_without_gold_only_predicts(tmp_path, capsys):
    _write(tmp_path / "b.csv", ["Body ID", "articleBody"], list(BODIES.items()))
    _write(tmp_path / "s.csv", ["Headline", "Body ID"], [(CLAIM, "12")])
    res = fnc1.run(tmp_path / "b.csv", tmp_path / "s.csv", predictions_out=tmp_path / "p.csv")
    assert "relative_score" not in res
    assert "relative_score" not in capsys.readouterr().out


def test_stance_eval_emergent_adds_predicted_column(tmp_path, capsys):
    header = ["id", "claimHeadline", "articleHeadline", "articleHeadlineStance", "articleId", "claimId"]
    rows = [
        ["0", "Apple to buy Tesla", "Apple denies it will buy Tesla, calls report a hoax", "against", "a1", "c1"],
        ["1", "Apple to buy Tesla", "Apple buys Tesla in $75bn deal", "for", "a2", "c1"],
    ]
    _write(tmp_path / "e.csv", header, rows)
    out = tmp_path / "pred.csv"
    res = emergent.run(tmp_path / "e.csv", predictions_out=out)
    with open(out, encoding="utf-8", newline="") as fh:
        got = list(csv.DictReader(fh))
    assert list(got[0].keys()) == [*header, "predictedStance"]
    assert [r["id"] for r in got] == ["0", "1"]
    assert got[0]["predictedStance"] == "against"
    assert all(r["predictedStance"] in ("for", "against", "observing") for r in got)
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last == f"emergent accuracy={res['accuracy']:.3f}"
