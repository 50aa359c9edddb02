from __future__ import annotations

import numpy as np

from claimgraph.claims import ANAPHORIC, central, cluster, stance_of


def test_claims_stance_from_cue():
    assert stance_of("deny", "that it used North Korean missiles") == "denies"
    assert stance_of("brush off", "the allegations") == "denies"
    assert stance_of("accuse", "Russia of buying North Korean ballistic missiles") == "supports"
    assert stance_of("corroborate", "the claim") == "supports"
    assert stance_of("hope", "that talks resume soon") == "reports"
    assert stance_of(None, "something") == "reports"


def test_claims_stance_from_content_words():
    assert stance_of("reply", "“No comment.”") == "no_comment"
    assert stance_of("decline", "to comment on US and Ukrainian claims") == "no_comment"
    assert stance_of("say", "that no forensic evidence to confirm the US claims was available to Kiev") == "doubts"
    assert stance_of("say", "that identifying a missile as North Korean would be challenging to identify") == "doubts"
    assert stance_of("tell", "The US is peddling false information when claiming that Russia used missiles") == "denies"
    # a doubt in the sentence around a supportive cue still counts
    assert stance_of("say", "the claims", "He said the claims were not backed by any proof.") == "doubts"


def test_claims_anaphoric_contents():
    assert ANAPHORIC.match("the allegations")
    assert ANAPHORIC.match("the claim")
    assert not ANAPHORIC.match("the allegations that Moscow bought arms")
    assert not ANAPHORIC.match("Russia used missiles")


def _unit(v):
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_claims_cluster_joins_paraphrases_and_keeps_entity_mismatch_apart():
    vecs = np.stack([_unit([1, 0.1, 0]), _unit([1, 0.15, 0.05]), _unit([1, 0.2, 0]), _unit([0, 0, 1])])
    ents = [frozenset({"Russia", "North Korea"}), frozenset({"Russia", "North Korea", "Ukraine"}),
            frozenset({"Iran"}), frozenset()]
    groups = cluster(vecs, ents, threshold=0.9)
    assert sorted(map(sorted, groups)) == [[0, 1], [2], [3]]
    assert central([0, 1], vecs) in (0, 1)


def test_claims_cluster_is_deterministic():
    rng = np.random.RandomState(3)
    vecs = rng.normal(size=(40, 8)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    ents = [frozenset() for _ in range(40)]
    assert cluster(vecs, ents, 0.5) == cluster(vecs, ents, 0.5)
    assert sorted(i for g in cluster(vecs, ents, 0.5) for i in g) == list(range(40))
