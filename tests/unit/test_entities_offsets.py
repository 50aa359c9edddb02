"""Mentions point into the text given, in order, without overlap, and the tagger is deterministic."""
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from claimgraph.entities import KINDS, EntityTagger

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


@pytest.fixture(scope="module")
def tagger():
    t = EntityTagger()
    t.setup()
    return t


def _check(text, ms):
    last = 0
    for m in ms:
        assert text[m.start:m.end] == m.text
        assert m.start >= last and m.end > m.start
        assert m.kind in KINDS
        last = m.end


def test_entities_offsets_seeds(tagger):
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert texts
    first = list(tagger.tag_many(texts))
    for text, ms in zip(texts, first):
        _check(text, ms)
    again = [tagger.tag(t) for t in texts]
    assert again == first


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Kiev", "Moscow", "said", "the", "US", "Mr", "spokesman", ",", ".", "\n",
                                 "KN-23s", "Russian", "envoy", "to", "in", "Kharkov", "region", "John", "Kirby",
                                 "’s", "Hwang", "Joon-kook", " "]), max_size=40))
def test_entities_offsets_property(tagger, words):
    text = " ".join(words)
    _check(text, tagger.tag(text))


def test_entities_offsets_empty_and_blank(tagger):
    assert tagger.tag("") == [] and tagger.tag("  \n ") == []
    assert list(tagger.tag_many([])) == []
