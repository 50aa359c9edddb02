"""Honorifics and titles stripped; partial names resolved within an article and across the corpus."""
import pytest

from claimgraph.entities import EntityTagger, canonicalise_corpus


@pytest.fixture(scope="module")
def tagger():
    t = EntityTagger()
    t.setup()
    return t


def test_entities_names_honorifics_stripped(tagger):
    ms = tagger.tag("Mr. Pavel Ostrovsky told reporters on Monday that talks had stalled. Dr Helena Marsh agreed.")
    people = {m.canonical for m in ms if m.kind == "person"}
    assert "Pavel Ostrovsky" in people and "Helena Marsh" in people
    assert not any(p.startswith(("Mr", "Dr")) for p in people)


def test_entities_names_title_stripped_from_person(tagger):
    ms = tagger.tag("President Emmanuel Macron said France would help.")
    assert [m.canonical for m in ms if m.kind == "person"] == ["Emmanuel Macron"]


def test_entities_names_partial_within_article(tagger):
    ms = tagger.tag("Spokesman Gregor Halvorsen said the strike was illegal. Halvorsen said more would follow.")
    assert {m.canonical for m in ms if m.kind == "person"} == {"Gregor Halvorsen"}


def test_entities_names_partial_gazetteer(tagger):
    ms = tagger.tag("Shoigu was photographed viewing missiles. Kirby later said it was concerning.")
    assert {m.canonical for m in ms if m.kind == "person"} == {"Sergei Shoigu", "John Kirby"}


def test_entities_names_partial_across_corpus(tagger):
    a = "State department spokesman Gregor Halvorsen said the strike was illegal."
    b = "Halvorsen said on Friday that the talks would resume."
    docs = list(zip(["a", "b"], tagger.tag_many([a, b])))
    corpus = canonicalise_corpus(docs)
    hb = [m for m in docs[1][1] if m.text == "Halvorsen"]
    assert hb and corpus.resolve("b", hb[0])[0] == "Gregor Halvorsen"
    names = [e["name"] for e in corpus.entities if e["kind"] == "person"]
    assert names == ["Gregor Halvorsen"]


def test_entities_names_ambiguous_partial_not_merged(tagger):
    docs = list(zip("abc", tagger.tag_many([
        "Anna Halvorsen said the vote was fair.",
        "Erik Halvorsen said the vote was rigged.",
        "Halvorsen said the count would be repeated.",
    ])))
    corpus = canonicalise_corpus(docs)
    hc = [m for m in docs[2][1] if m.text == "Halvorsen"]
    assert hc and corpus.resolve("c", hc[0])[0] == "Halvorsen"


def test_entities_names_bracketed_acronym(tagger):
    ms = tagger.tag("The Centre for Eastern Strategy Research (CESR) said the front was stable. "
                    "CESR added that more troops were needed.")
    orgs = [m.canonical for m in ms if m.kind == "organization"]
    assert orgs and set(orgs) == {"Centre for Eastern Strategy Research"}


def test_entities_names_person_containing_place_name(tagger):
    ms = tagger.tag("Actor Denzel Washington visited the set. Michael Jordan said he was retiring.")
    people = {m.canonical for m in ms if m.kind == "person"}
    assert {"Denzel Washington", "Michael Jordan"} <= people
    assert not [m for m in ms if m.canonical in ("United States", "Jordan")]


def test_entities_names_partial_with_words_left_out(tagger):
    ms = tagger.tag("Police detained Saja Abdul Hamid al-Dulaimi on Monday. Saja al-Dulaimi was later freed. "
                    "Officials said Dulaimi had fled.")
    people = {m.canonical for m in ms if m.kind == "person"}
    assert people == {"Saja Abdul Hamid al-Dulaimi"}


def test_entities_names_korean_order_first_name(tagger):
    ms = tagger.tag("North Korean leader Kim Jong Un opened the plant. Kim was reported to be pleased.")
    assert {m.canonical for m in ms if m.kind == "person"} == {"Kim Jong Un"}


def test_entities_names_org_containing_place_name(tagger):
    ms = tagger.tag("The Times of Israel reported it first. The World Health Organisation (WHO) could not confirm.")
    orgs = {m.canonical for m in ms if m.kind == "organization"}
    assert "Times of Israel" in orgs and "World Health Organisation" in orgs
    assert not [m for m in ms if m.kind == "country"]


def test_entities_names_handles_are_not_names(tagger):
    ms = tagger.tag("Via @isin669 pic.twitter.com/vpGmXKlB1o — Yaron Melman (@NrouteHQ) November 25, 2014")
    assert all("@" not in m.text for m in ms)
