"""Stance model: shipped weights, obvious hand-written pairs, label mapping, FNC-1 scorer."""

import numpy as np
import pytest

from claimgraph.stance import FNC_LABELS, StanceModel, fnc_decide, to_claimgraph_stance
from claimgraph.stance.metrics import fnc_max_score, fnc_relative_score, fnc_score

pytest.importorskip("lightgbm")

CLAIM = "Apple to buy Tesla for $75 billion"
DENIAL = (
    "Apple has denied reports that it is in talks to buy Tesla. "
    "\"There is no truth to the rumour that Apple will buy Tesla,\" an Apple spokesperson said on Tuesday. "
    "Tesla also said the report was false and that it had never held talks with Apple about a takeover. "
    "The claim that Apple would pay $75 billion for Tesla first appeared on a satirical website and is a hoax."
)
UNRELATED = (
    "Heavy rain caused flooding across northern England on Sunday, closing roads and schools. "
    "The Environment Agency issued 40 flood warnings and said river levels would stay high until Wednesday. "
    "Residents in York were told to move valuables upstairs as the River Ouse rose above its banks."
)
SUPPORT = (
    "Apple has agreed to buy Tesla for $75 billion, the two companies confirmed on Monday. "
    "The deal, announced in a joint statement, values Tesla at $75 billion and makes it Apple's largest acquisition. "
    "Apple chief executive Tim Cook confirmed the purchase of Tesla and said the deal would close next year."
)


@pytest.fixture(scope="module")
def model():
    return StanceModel.load()


def test_stance_model_loads_shipped_weights(model):
    assert model.meta["fnc_labels"] == list(FNC_LABELS)
    assert model.fnc.num_feature() == len(model.meta["feature_names"])


def test_stance_model_explicit_denial_is_disagree(model):
    assert model.predict([(CLAIM, DENIAL)]) == ["disagree"]


def test_stance_model_unrelated_body_is_unrelated(model):
    assert model.predict([(CLAIM, UNRELATED)]) == ["unrelated"]


def test_stance_model_confirmation_is_related_and_not_disagree(model):
    (label,) = model.predict([(CLAIM, SUPPORT)])
    assert label in ("agree", "discuss")


def test_stance_model_proba_shape_and_batch_consistency(model):
    pairs = [(CLAIM, DENIAL), (CLAIM, UNRELATED), (CLAIM, SUPPORT)]
    p = model.predict_proba(pairs)
    assert p.shape == (3, 4)
    assert np.allclose(p.sum(axis=1), 1.0, atol=1e-6)
    # a pair's prediction does not depend on the rest of the batch
    single = model.predict_proba([pairs[1]])
    assert np.allclose(p[1], single[0], atol=1e-6)
    assert model.predict([]) == []


def test_stance_model_emergent_head(model):
    labels = model.predict_emergent(
        [
            ("Apple to buy Tesla", "Apple denies it will buy Tesla, calls report a hoax"),
            ("Apple to buy Tesla", "Apple reportedly in talks to buy Tesla, sources claim"),
        ]
    )
    assert labels[0] == "against"
    assert labels[1] in ("observing", "for")


def test_stance_to_claimgraph_mapping():
    assert to_claimgraph_stance("agree") == "supports"
    assert to_claimgraph_stance("disagree") == "denies"
    assert to_claimgraph_stance("discuss") == "reports"
    assert to_claimgraph_stance("unrelated") is None
    assert to_claimgraph_stance("for") == "supports"
    assert to_claimgraph_stance("against") == "denies"
    assert to_claimgraph_stance("observing") == "reports"
    with pytest.raises(ValueError):
        to_claimgraph_stance("maybe")


def test_stance_fnc_decide_maximises_expected_score():
    # related mass 0.6 spread over three classes beats unrelated 0.4 only when one class is strong enough
    p = np.array([[0.2, 0.2, 0.2, 0.4], [0.05, 0.05, 0.05, 0.85], [0.5, 0.0, 0.0, 0.5]])
    assert [FNC_LABELS[i] for i in fnc_decide(p)] == ["agree", "unrelated", "agree"]


def test_stance_fnc_score_matches_official_rules():
    gold = ["unrelated", "agree", "discuss", "disagree"]
    pred = ["unrelated", "discuss", "discuss", "unrelated"]
    assert fnc_score(gold, pred) == pytest.approx(0.25 + 0.25 + 1.0 + 0.0)
    assert fnc_max_score(gold) == pytest.approx(3.25)
    assert fnc_relative_score(gold, gold) == pytest.approx(1.0)


def test_stance_model_fast_skips_embeddings():
    fast = StanceModel.load(fast=True)
    labels = fast.predict([(CLAIM, UNRELATED), (CLAIM, SUPPORT)])
    assert labels[0] == "unrelated"
    assert labels[1] in ("agree", "discuss")
    assert len(fast.cache) == 0  # nothing was embedded
