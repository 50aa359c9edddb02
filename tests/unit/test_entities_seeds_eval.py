"""The seeds evaluation against the hand-annotated gold, with the floor reached so far."""
import json

from claimgraph.eval.entities import default_gold, predict, score

# floors recorded in docs/entities.md; raise them as quality improves, never lower them silently
FLOOR_PRECISION = 0.97
FLOOR_RECALL = 0.97
FLOOR_AFFILIATION = 0.97


def test_entities_seeds_eval_floor():
    gold = json.loads(default_gold().read_text(encoding="utf-8"))
    ents, actors, _ = predict()
    res = score(ents, actors, gold)
    assert res["entities"]["precision"] >= FLOOR_PRECISION, res["spurious_entities"]
    assert res["entities"]["recall"] >= FLOOR_RECALL, res["missed_entities"]
    assert res["affiliation_accuracy"] >= FLOOR_AFFILIATION, res["wrong_affiliations"]


def test_entities_seeds_eval_scores_errors():
    gold = {"articles": {"x": {"entities": [["Kyiv", "place"], ["Russia", "country"]]}},
            "actors": [{"name": "Russia", "affiliation": None}, {"name": "Dmitry Peskov", "affiliation": "Russia"}]}
    res = score({"x": {("Kyiv", "place"), ("Kiev", "place")}}, {"Dmitry Peskov": "Ukraine"}, gold)
    assert res["entities"]["precision"] == 0.5 and res["entities"]["recall"] == 0.5
    assert res["affiliation_accuracy"] == 0.0
