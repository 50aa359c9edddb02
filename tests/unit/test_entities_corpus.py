"""Corpus entities, actors and co-occurrence as CONTRACT.md describes them."""
import pytest

from claimgraph.entities import EntityTagger, canonicalise_corpus

TEXTS = [
    "Washington has accused Moscow of buying missiles. The United States said Russia used them near Kharkov.",
    "The Kremlin denied it. Kremlin spokesman Dmitry Peskov said the US was lying.",
]


@pytest.fixture(scope="module")
def corpus():
    t = EntityTagger()
    return canonicalise_corpus(zip(["a", "b"], t.tag_many(TEXTS)))


def test_entities_corpus_entities_fields(corpus):
    by = {(e["name"], e["kind"]): e for e in corpus.entities}
    us = by[("United States", "country")]
    assert set(us) == {"name", "kind", "aliases", "mentions"}
    assert us["mentions"] == 3 and "US" in us["aliases"]
    # a metonym is an actor alias, not a spelling of the entity
    assert "Washington" not in us["aliases"]
    assert by[("Kharkiv", "place")]["aliases"] == ["Kharkov"]


def test_entities_corpus_actors(corpus):
    actors = {a["name"]: a for a in corpus.actors}
    assert "Washington" in actors["United States"]["aliases"]
    assert {"Moscow", "Kremlin"} <= set(actors["Russia"]["aliases"])
    peskov = actors["Dmitry Peskov"]
    assert (peskov["kind"], peskov["role"], peskov["affiliation"]) == ("person", "Kremlin spokesman", "Russia")
    assert "Kharkiv" not in actors   # places are not actors


def test_entities_corpus_cooccurrence(corpus):
    co = {(a, b): n for a, b, n in corpus.cooccurrence}
    assert co[("Russia", "United States")] == 2
    assert co[("Dmitry Peskov", "Russia")] == 1
    assert all(a < b for a, b, _ in corpus.cooccurrence)


def test_entities_corpus_org_affiliation_resolves_to_country():
    t = EntityTagger()
    docs = list(zip("ab", t.tag_many([
        "Yury Ignat, the spokesman for the Ukrainian Air Force, said it was false.",
        "Air Force Commander Mykola Oleshchuk posted a video. The Air Force said the raid worked.",
    ])))
    c = canonicalise_corpus(docs)
    actors = {a["name"]: a for a in c.actors}
    assert "Air Force" not in actors   # merged into the full name seen in article a
    assert actors["Mykola Oleshchuk"]["affiliation"] == "Ukraine"
    assert actors["Ukrainian Air Force"]["affiliation"] == "Ukraine"


def test_entities_corpus_groups():
    t = EntityTagger()
    docs = list(zip("ab", t.tag_many([
        "He said that the Americans are always accusing everyone of all sorts of things.",
        "Both nations have frosty relations with the West and are under sanctions.",
    ])))
    actors = {a["name"]: a for a in canonicalise_corpus(docs).actors}
    assert actors["Americans"]["kind"] == "group" and actors["Americans"]["affiliation"] == "United States"
    assert actors["West"]["kind"] == "group"
