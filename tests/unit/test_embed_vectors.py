"""Embedder: real all-MiniLM-L6-v2 int8 ONNX model (no mocks)."""

import numpy as np
import pytest

from claimgraph.embed import DIM, EmbeddingCache, get_embedder, text_key

pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def emb():
    e = get_embedder()
    e.setup()
    return e


def test_embed_shape_and_norm(emb):
    v = emb.embed(["The minister denied the report.", "", "Short."])
    assert v.shape == (3, DIM)
    assert v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


def test_embed_empty_input(emb):
    assert emb.embed([]).shape == (0, DIM)


def test_embed_deterministic_and_order_independent(emb):
    texts = ["Russia said the convoy carried aid.", "A dog bit a man.", "Rain is expected on Tuesday in the north."]
    a = emb.embed(texts)
    b = emb.embed(list(reversed(texts)))[::-1]
    c = emb.embed(texts, batch_size=1)
    assert np.allclose(a, b, atol=1e-5)
    assert np.allclose(a, c, atol=1e-4)


def test_embed_paraphrase_closer_than_unrelated(emb):
    v = emb.embed(
        [
            "The government denied that troops had crossed the border.",
            "Officials rejected claims that soldiers entered the neighbouring country.",
            "The recipe calls for two cups of flour and a pinch of salt.",
        ]
    )
    assert v[0] @ v[1] > v[0] @ v[2] + 0.3


def test_embed_long_text_is_truncated_not_failing(emb):
    long = " ".join(["The committee discussed the budget at length."] * 200)
    v = emb.embed([long])
    assert v.shape == (1, DIM) and np.isfinite(v).all()


def test_embed_cache_embeds_each_text_once(emb, tmp_path):
    cache = EmbeddingCache(emb, tmp_path / "c.npz")
    v = cache.get(["alpha beta", "gamma delta", "alpha beta"])
    assert len(cache) == 2
    assert np.allclose(v[0], v[2])
    cache.save()
    again = EmbeddingCache(emb, tmp_path / "c.npz")
    assert len(again) == 2
    assert np.allclose(again.get(["gamma delta"])[0], v[1])
    assert text_key("x") != text_key("y")


def test_embed_cache_bounded(emb):
    cache = EmbeddingCache(emb, max_items=3)
    cache.get(["one fish", "two fish", "red fish"])
    v = cache.get(["blue fish", "one fish"])
    assert len(cache) <= 3
    assert np.allclose(v[1], emb.embed(["one fish"])[0], atol=1e-5)
