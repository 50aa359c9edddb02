"""Roles and affiliations from pre-modifiers and appositions."""
import pytest

from claimgraph.entities import EntityTagger


@pytest.fixture(scope="module")
def tagger():
    t = EntityTagger()
    t.setup()
    return t


def _person(ms, name):
    found = [m for m in ms if m.kind == "person" and m.canonical == name]
    assert found, f"{name!r} not found among {[(m.text, m.kind, m.canonical) for m in ms]}"
    return found[0]


@pytest.mark.parametrize("sentence,name,role,affiliation", [
    ("Russian envoy to the UN Vassily Nebenzia told a Security Council meeting on Wednesday.",
     "Vassily Nebenzia", "envoy to the UN", "Russia"),
    ("White House National Security Council spokesman John Kirby said on Thursday that it was true.",
     "John Kirby", "White House National Security Council spokesman", "United States"),
    ("Yury Ignat, the spokesman for the Ukrainian Air Force, said on national television that it was false.",
     "Yury Ignat", "spokesman for the Ukrainian Air Force", "Ukraine"),
    ("Kremlin spokesman Dmitry Peskov replied that he had no comment.", "Dmitry Peskov", "Kremlin spokesman", "Russia"),
    ("South Korean ambassador Hwang Joon-kook accused Russia of testing the weapons.",
     "Hwang Joon-kook", "ambassador", "South Korea"),
])
def test_entities_roles_issue_examples(tagger, sentence, name, role, affiliation):
    m = _person(tagger.tag(sentence), name)
    assert (m.role, m.affiliation, m.actor) == (role, affiliation, name)


# names that are in no gazetteer: the affiliation must come from the sentence
@pytest.mark.parametrize("sentence,name,affiliation", [
    ("Polish Foreign Minister Tomasz Wielicki said the talks had failed.", "Tomasz Wielicki", "Poland"),
    ("Another Ukrainian official, Oleg Sinegubov, head of the administration of Kharkov Region, said so.",
     "Oleg Sinegubov", "Ukraine"),
    ("Marek Dvorak, the spokesman for the Czech Foreign Ministry, declined to comment.", "Marek Dvorak", "Czech Republic"),
    ("The Moscow-installed governor of Sevastopol, Mikhail Razvozhayev, described the attack.",
     "Mikhail Razvozhayev", "Russia"),
    ("Turkish President's adviser Emre Kaya said the deal was off.", "Emre Kaya", "Turkey"),
])
def test_entities_roles_affiliation_from_context(tagger, sentence, name, affiliation):
    assert _person(tagger.tag(sentence), name).affiliation == affiliation


def test_entities_roles_later_mentions_inherit(tagger):
    ms = tagger.tag("Belgian defence spokesman Pieter Janssens said the jets were ready. Janssens added that more would follow.")
    later = [m for m in ms if m.text == "Janssens"]
    assert later and later[0].canonical == "Pieter Janssens" and later[0].affiliation == "Belgium"


def test_entities_roles_none_without_role_word(tagger):
    ms = tagger.tag("Germany, France and Italy met in Rome. Anna Lindqvist wrote the report.")
    assert all(m.role is None for m in ms)
    lind = [m for m in ms if m.canonical == "Anna Lindqvist"]
    assert lind and lind[0].affiliation is None


def test_entities_roles_ministry_rule(tagger):
    ms = tagger.tag("Russia’s defence ministry said its forces had foiled an attack. "
                    "The South Korean Foreign Ministry disagreed.")
    orgs = {(m.canonical, m.affiliation) for m in ms if m.kind == "organization"}
    assert orgs == {("Russian Defence Ministry", "Russia"), ("South Korean Foreign Ministry", "South Korea")}


def test_entities_roles_org_affiliation_from_demonym_and_premodifier(tagger):
    ms = tagger.tag("The Latvian Border Guard said so. Estonian broadcaster Baltic Wave TV reported it first.")
    by = {m.canonical: m.affiliation for m in ms if m.kind == "organization"}
    assert by.get("Latvian Border Guard") == "Latvia"
    assert by.get("Baltic Wave TV") == "Estonia"


def test_entities_roles_administration_acts_for_state(tagger):
    ms = tagger.tag("The Biden administration has repeatedly looked to make the case.")
    m = [m for m in ms if m.text == "Biden"]
    assert m and (m[0].kind, m[0].canonical, m[0].actor) == ("country", "United States", "United States")
