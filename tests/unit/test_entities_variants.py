"""Transliterations, old spellings and country name variants resolve to one canonical name."""
import pytest

from claimgraph.entities import EntityTagger, canonicalise_corpus


@pytest.fixture(scope="module")
def tagger():
    t = EntityTagger()
    t.setup()
    return t


def _canon(ms, surface):
    found = [m for m in ms if m.text == surface]
    assert found, f"{surface!r} not tagged in {[m.text for m in ms]}"
    return found[0]


@pytest.mark.parametrize("old,new", [
    ("Kiev", "Kyiv"), ("Kharkov", "Kharkiv"), ("Zaporizhia", "Zaporizhzhia"), ("Zaporozhye", "Zaporizhzhia"),
    ("Odessa", "Odesa"), ("Nikolaev", "Mykolaiv"), ("Artemovsk", "Bakhmut"),
])
def test_entities_variants_old_spellings(tagger, old, new):
    ms = tagger.tag(f"Heavy fighting was reported near {old} on Monday, officials said.")
    m = _canon(ms, old)
    assert (m.canonical, m.kind, m.actor) == (new, "place", None)


@pytest.mark.parametrize("sentence,surface", [
    ("The US has accused Russia of buying missiles.", "US"),
    ("The United States has accused Russia of buying missiles.", "United States"),
    ("America has accused Russia of buying missiles.", "America"),
    ("The U.S. has accused Russia of buying missiles.", "U.S."),
])
def test_entities_variants_united_states_is_one_country(tagger, sentence, surface):
    m = _canon(tagger.tag(sentence), surface)
    assert (m.canonical, m.kind, m.actor) == ("United States", "country", "United States")


def test_entities_variants_kept_as_aliases(tagger):
    texts = ["Explosions were heard in Kiev overnight.", "Air raid sirens sounded in Kyiv again."]
    corpus = canonicalise_corpus(zip(["a", "b"], tagger.tag_many(texts)))
    kyiv = [e for e in corpus.entities if e["name"] == "Kyiv"]
    assert len(kyiv) == 1 and kyiv[0]["kind"] == "place"
    assert kyiv[0]["aliases"] == ["Kiev"] and kyiv[0]["mentions"] == 2


def test_entities_variants_region_suffix(tagger):
    ms = tagger.tag("Shelling hit the Kharkov Region and the Zaporizhia region on Sunday.")
    assert {m.canonical for m in ms if m.kind == "place"} == {"Kharkiv Oblast", "Zaporizhzhia Oblast"}
