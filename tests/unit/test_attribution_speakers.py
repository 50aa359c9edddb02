"""Speaker resolution: pronouns and descriptive nominals to an earlier named mention."""

import pytest

from claimgraph.attribution import Attributor


@pytest.fixture(scope="module")
def att():
    a = Attributor()
    a.setup()
    return a


def _by_cue(attrs, text, cue):
    return next(a for a in attrs if a.cue and text[a.cue[0]:a.cue[1]] == cue)


def test_attribution_speakers_nominal_resolves_by_role(att):
    text = (
        "The US is spreading false claims, Russian envoy to the UN Vassily Nebenzia told the council on Wednesday. "
        "Separately, Ukrainian Air Force spokesman Yury Ignat said no evidence was available. "
        "“The United States replicates false information,” the Russian diplomat remarked."
    )
    a = _by_cue(att.extract(text), text, "remarked")
    assert a.source_kind == "nominal"
    assert a.antecedent_text == "Russian envoy to the UN Vassily Nebenzia"
    assert text[a.antecedent[0]:a.antecedent[1]] == a.antecedent_text


def test_attribution_speakers_pronoun_prefers_recent_speaker(att):
    text = (
        "Russian Foreign Minister Sergey Lavrov rejected the allegations on Monday. "
        "In an interview, he said the Americans accuse everyone."
    )
    a = _by_cue(att.extract(text), text, "said")
    assert a.source_kind == "pronoun" and a.antecedent_text == "Russian Foreign Minister Sergey Lavrov"


def test_attribution_speakers_named_source_needs_no_antecedent(att):
    text = "Kirby said that the deal had not been completed."
    a = _by_cue(att.extract(text), text, "said")
    assert a.source_kind == "named" and a.antecedent is None


def test_attribution_speakers_document_source(att):
    text = "The weapons were shown by Ukrainian troops near Bakhmut, the report said."
    a = _by_cue(att.extract(text), text, "said")
    assert a.source_kind == "document" and a.antecedent is None


def test_attribution_speakers_unresolvable_pronoun_stays_empty(att):
    text = "He said the talks had failed."
    a = _by_cue(att.extract(text), text, "said")
    assert a.source_kind == "pronoun" and a.antecedent is None
