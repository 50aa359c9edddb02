"""Stance features: sentence splitting, selection of sentences to embed, cue counts."""

import numpy as np

from claimgraph.stance.features import FEATURE_NAMES, TOP_K, Featurizer, build_idf
from claimgraph.stance.text import split_sentences, tokens

BODY = (
    "Officials in Paris met on Monday to discuss the budget. "
    "The mayor denied that the Eiffel Tower would be sold, calling the report a hoax. "
    "\"It is not true,\" she said. "
    "Tourism rose by four percent last year."
)


def _fz():
    return Featurizer(*build_idf([BODY, "Eiffel Tower to be sold", "weather report for Paris"]))


def test_stance_split_sentences_keeps_order_and_limit():
    s = split_sentences(BODY)
    assert s[0].startswith("Officials") and s[1].startswith("The mayor") and len(s) == 4
    assert len(split_sentences(BODY * 30, limit=5)) == 5
    assert split_sentences("") == []


def test_stance_tokens_lowercase_with_contractions():
    assert tokens("It ISN'T true, Mr. Smith’s dog!") == ["it", "isn't", "true", "mr", "smith's", "dog"]


def test_stance_select_includes_lead_and_best_overlap():
    fz = _fz()
    h, b = fz.head("Eiffel Tower to be sold"), fz.body(BODY)
    sel = fz.select(h, b)
    assert 0 in sel and 1 in sel and len(sel) <= TOP_K + 1


def test_stance_pair_features_cues_and_nan_without_vectors():
    fz = _fz()
    h, b = fz.head("Eiffel Tower to be sold"), fz.body(BODY)
    v = dict(zip(FEATURE_NAMES, fz.pair(h, b)))
    assert len(v) == len(FEATURE_NAMES)
    assert v["top_refute"] >= 2  # "denied", "hoax"
    assert v["near_refute"] >= 1
    assert v["h_in_b"] == 1.0
    assert np.isnan(v["emb_cos_max"])
    other = dict(zip(FEATURE_NAMES, fz.pair(fz.head("Snow closes roads in Norway"), b)))
    assert other["h_in_b"] < v["h_in_b"] and other["tfidf_cos"] < v["tfidf_cos"]


def test_stance_pair_features_use_vectors_when_given():
    fz = _fz()
    h, b = fz.head("Eiffel Tower to be sold"), fz.body(BODY)
    sel = fz.select(h, b)
    hv = np.ones(4, np.float32) / 2
    vecs = {i: (hv if i == sel[-1] else -hv) for i in sel}
    v = dict(zip(FEATURE_NAMES, fz.pair(h, b, hv, vecs)))
    assert v["emb_cos_max"] == 1.0
    assert v["emb_argmax_pos"] == sel[-1] / len(b.sents)
