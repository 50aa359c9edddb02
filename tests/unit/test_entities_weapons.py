"""Weapon systems from the gazetteer, with their variants and plurals."""
import pytest

from claimgraph.entities import EntityTagger


@pytest.fixture(scope="module")
def tagger():
    t = EntityTagger()
    t.setup()
    return t


@pytest.mark.parametrize("surface,canonical", [
    ("KN-23s", "KN-23"), ("Hwasong-11", "KN-23"), ("Grad", "BM-21 Grad"), ("BM-21", "BM-21 Grad"),
    ("NASAMS", "NASAMS"), ("ATACMS", "ATACMS"), ("Iskander", "Iskander"), ("Shahed", "Shahed-136"),
    ("HIMARS", "HIMARS"), ("Storm Shadow", "Storm Shadow"),
])
def test_entities_weapons_variants(tagger, surface, canonical):
    ms = tagger.tag(f"Officials said the {surface} had been used in the attack.")
    w = [m for m in ms if m.kind == "weapon"]
    assert [(m.text, m.canonical, m.actor) for m in w] == [(surface, canonical, None)]


def test_entities_weapons_lowercase_word_is_not_a_weapon(tagger):
    ms = tagger.tag("The grad student said the storm shadow fell over the town.")
    assert not [m for m in ms if m.kind == "weapon"]
