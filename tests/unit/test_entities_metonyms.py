"""Seats of government act for their state; used as places they stay places."""
import pytest

from claimgraph.entities import EntityTagger


@pytest.fixture(scope="module")
def tagger():
    t = EntityTagger()
    t.setup()
    return t


def _m(ms, surface):
    found = [m for m in ms if m.text == surface or m.text == "the " + surface]
    assert found, f"{surface!r} not tagged in {[m.text for m in ms]}"
    return found[0]


@pytest.mark.parametrize("sentence,surface,state", [
    ("Moscow mocks US claims it used North Korean missiles.", "Moscow", "Russia"),
    ("Washington has accused Russia of buying ballistic missiles.", "Washington", "United States"),
    ("On Tuesday, the Kremlin declined to comment on the claims.", "Kremlin", "Russia"),
    ("Seoul warns Russia over North Korea-supplied weapons.", "Seoul", "South Korea"),
    ("Moscow and Pyongyang have stated that their cooperation is legal.", "Pyongyang", "North Korea"),
    ("It also accused Kyiv of using Western-made missiles.", "Kyiv", "Ukraine"),
    ("No evidence was available to Kiev, the spokesman said.", "Kiev", "Ukraine"),
    ("Beijing has denied supplying weapons.", "Beijing", "China"),
    ("Tehran rejected the accusation on Friday.", "Tehran", "Iran"),
    ("London said it would send more aid.", "London", "United Kingdom"),
    ("Downing Street said the talks were constructive.", "Downing Street", "United Kingdom"),
    ("Brussels announced new sanctions on Monday.", "Brussels", "European Union"),
    ("North Korea had provided Moscow with the weapons.", "Moscow", "Russia"),
    ("Moscow, which sent tens of thousands of troops, blamed the West.", "Moscow", "Russia"),
    ("Kyiv forces in the region have weathered fierce assaults.", "Kyiv", "Ukraine"),
    ("The Moscow-installed governor described the attack.", "Moscow", "Russia"),
    ("It was a breach that Washington's allies raised at the UN.", "Washington", "United States"),
])
def test_entities_metonyms_act_for_the_state(tagger, sentence, surface, state):
    m = _m(tagger.tag(sentence), surface)
    assert m.actor == state and m.canonical == state and m.metonym


@pytest.mark.parametrize("sentence,surface,place", [
    ("There was heavy fighting near Kyiv last spring.", "Kyiv", "Kyiv"),
    ("Shoigu made a rare visit to Pyongyang this week.", "Pyongyang", "Pyongyang"),
    ("He spoke at a press conference in Seoul on Thursday.", "Seoul", "Seoul"),
    ("Senior officials have since visited Pyongyang multiple times.", "Pyongyang", "Pyongyang"),
    ("Putin met Kim in the North Korean capital of Pyongyang.", "Pyongyang", "Pyongyang"),
    ("Drones were shot down over Moscow overnight.", "Moscow", "Moscow"),
    ("Explosions were heard in Kiev overnight.", "Kiev", "Kyiv"),
    ("He had been drinking in a Moscow bar before he blanked out.", "Moscow", "Moscow"),
    ("The suspect, a former London resident, was arrested.", "London", "London"),
    ("London Police Chief Lyndon Edwards held a briefing.", "London", "London"),
    ("A crater was found near Managua's international airport.", "Managua", "Managua"),
    ("Jets hit fighters west of Baghdad as troops advanced.", "Baghdad", "Baghdad"),
    ("He moved to a London-based charity.", "London", "London"),
])
def test_entities_metonyms_places_stay_places(tagger, sentence, surface, place):
    m = _m(tagger.tag(sentence), surface)
    assert (m.kind, m.canonical, m.actor, m.metonym) == ("place", place, None, False)


def test_entities_metonyms_country_as_location_does_not_act(tagger):
    ms = tagger.tag("Russia has denied the claims. Fighting continued in Ukraine.")
    assert _m(ms, "Russia").actor == "Russia"
    assert _m(ms, "Ukraine").actor is None and _m(ms, "Ukraine").kind == "country"


def test_entities_metonyms_country_lists_still_act(tagger):
    ms = tagger.tag('Ukraine had been using missiles made by "Germany, France, Italy" to strike targets.')
    assert _m(ms, "Germany").actor == "Germany" and _m(ms, "France").actor == "France"


def test_entities_metonyms_the_west_is_not_a_place(tagger):
    ms = tagger.tag("Both nations have frosty relations with the West and are under sanctions.")
    assert not [m for m in ms if m.kind == "place"]
