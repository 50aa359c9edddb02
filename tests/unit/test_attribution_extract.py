"""Attribution extraction on hand-written sentences: each construction, and negatives."""

import pytest

from claimgraph.attribution import Attributor


@pytest.fixture(scope="module")
def att():
    a = Attributor()
    a.setup()
    return a


def _find(attrs, text, cue):
    for a in attrs:
        if a.cue and text[a.cue[0]:a.cue[1]] == cue:
            return a
    raise AssertionError(f"no attribution with cue {cue!r} in {[x.cue_text for x in attrs]}")


def _content(text, a):
    return " … ".join(text[s:e] for s, e in a.content)


def _source(text, a):
    return text[a.source[0]:a.source[1]] if a.source else None


def test_attribution_extract_said_that(att):
    text = "Officials said that the bridge was destroyed overnight."
    a = _find(att.extract(text), text, "said")
    assert _content(text, a) == "that the bridge was destroyed overnight"
    assert _source(text, a) == "Officials" and a.cue_lemma == "say" and not a.direct


def test_attribution_extract_told_keeps_only_the_clause(att):
    text = "The senator told reporters that the bill would pass."
    a = _find(att.extract(text), text, "told")
    assert _content(text, a) == "that the bill would pass" and _source(text, a) == "The senator"


def test_attribution_extract_according_to(att):
    text = "According to the Financial Times, Ukrainian troops used the rockets."
    a = _find(att.extract(text), text, "According to")
    assert _source(text, a) == "the Financial Times" and a.cue_lemma == "according to"
    assert _content(text, a) == "Ukrainian troops used the rockets"


def test_attribution_extract_according_to_after_clause(att):
    text = "Clinton leads Trump by four points, according to the poll."
    a = _find(att.extract(text), text, "according to")
    assert _content(text, a) == "Clinton leads Trump by four points" and _source(text, a) == "the poll"


def test_attribution_extract_accused_of(att):
    text = "Washington has accused Russia of buying North Korean missiles."
    a = _find(att.extract(text), text, "has accused")
    assert _content(text, a) == "Russia of buying North Korean missiles" and a.cue_lemma == "accuse"


def test_attribution_extract_denied_and_rejected(att):
    text = "Moscow denied that it had bought any weapons. Lavrov rejected allegations that Moscow was procuring arms."
    attrs = att.extract(text)
    assert _content(text, _find(attrs, text, "denied")) == "that it had bought any weapons"
    r = _find(attrs, text, "rejected")
    assert _content(text, r) == "allegations that Moscow was procuring arms" and _source(text, r) == "Lavrov"


def test_attribution_extract_declined_to_comment(att):
    text = "The ministry declined to comment on the report."
    a = _find(att.extract(text), text, "declined")
    assert a.cue_lemma == "decline to comment" and _source(text, a) == "The ministry"


def test_attribution_extract_no_comment_reply(att):
    text = "Asked about the claims, Kremlin spokesman Dmitry Peskov replied, “No comment.”"
    a = _find(att.extract(text), text, "replied")
    assert _content(text, a) == "“No comment.”" and a.direct
    assert _source(text, a) == "Kremlin spokesman Dmitry Peskov"


def test_attribution_extract_mixed_quote(att):
    text = "Kirby described it as “significant and concerning escalation” in remarks on Thursday."
    a = _find(att.extract(text), text, "described")
    assert "“significant and concerning escalation”" in _content(text, a) and _source(text, a) == "Kirby"


def test_attribution_extract_direct_quote_inverted_cue(att):
    text = "“We will not give up this fight, and we will win,” the governor said."
    a = _find(att.extract(text), text, "said")
    assert _content(text, a) == "“We will not give up this fight, and we will win,”"
    assert a.direct and _source(text, a) == "the governor"


def test_attribution_extract_quote_across_sentences(att):
    text = "The governor said: “We will not give up. We are stronger than ever before.”"
    a = _find(att.extract(text), text, "said")
    assert _content(text, a) == "“We will not give up. We are stronger than ever before.”"


def test_attribution_extract_reported_speech_inverted(att):
    text = "The economy is growing faster than expected, the minister said on Friday."
    a = _find(att.extract(text), text, "said")
    assert _content(text, a) == "The economy is growing faster than expected" and _source(text, a) == "the minister"


def test_attribution_extract_dash_signature(att):
    text = "“We will not give up this fight. We are stronger than ever.” ― Maria Lopez"
    attrs = att.extract(text)
    assert len(attrs) == 1 and attrs[0].kind == "dash"
    assert _source(text, attrs[0]) == "Maria Lopez" and attrs[0].direct


def test_attribution_extract_quoted_title_is_not_speech(att):
    text = "She is reading “War and Peace” again this summer."
    assert att.extract(text) == []


def test_attribution_extract_apostrophe_does_not_open_a_quote(att):
    text = "The nations’ leaders met on Monday. “We are united,” the chancellor said after the talks."
    a = _find(att.extract(text), text, "said")
    assert _content(text, a) == "“We are united,”" and _source(text, a) == "the chancellor"


def test_attribution_extract_chain_citing(att):
    text = "Nebenzia brushed off the allegations, citing statements by a Ukrainian official."
    attrs = att.extract(text)
    outer = _find(attrs, text, "brushed off")
    inner = _find(attrs, text, "citing")
    assert outer.cue_lemma == "brush off" and _content(text, outer) == "the allegations"
    assert inner.parent == attrs.index(outer) and _content(text, inner) == "statements by a Ukrainian official"


def test_attribution_extract_nested_report(att):
    text = "The spokesman warned that the attacks would continue, the report said."
    attrs = att.extract(text)
    outer = _find(attrs, text, "said")
    inner = _find(attrs, text, "warned")
    assert _source(text, outer) == "the report" and inner.parent == attrs.index(outer)


def test_attribution_extract_no_cue_no_attribution(att):
    text = "The bridge was destroyed overnight. Traffic was diverted to the north."
    assert att.extract(text) == []


def test_attribution_extract_citation_chain(att):
    text = ("Ukrainian soldiers were seen using North Korean rockets, FE Online reported, "
            "citing the Financial Times, which cited Ukrainian troops.")
    attrs = att.extract(text)
    rep = _find(attrs, text, "reported")
    assert [text[s:e] for s, e in rep.chain] == ["FE Online", "the Financial Times", "Ukrainian troops"]
    assert _content(text, rep) == "Ukrainian soldiers were seen using North Korean rockets"


def test_attribution_extract_quote_before_attributed_quote(att):
    text = "He spoke for an hour. “We will never surrender.” “We will win this war,” the general said."
    a = _find(att.extract(text), text, "said")
    assert _content(text, a) == "“We will never surrender.” … “We will win this war,”"


def test_attribution_extract_speaker_after_cue_when_quote_parsed_as_subject(att):
    text = "\"Full panic mode,\" said Leslie Wimes, a Florida organizer."
    a = _find(att.extract(text), text, "said")
    assert _source(text, a) == "Leslie Wimes, a Florida organizer" and a.direct


def test_attribution_extract_in_a_poll(att):
    text = "In a new CNN poll, Clinton leads Trump by four points among likely voters."
    a = _find(att.extract(text), text, "In")
    assert _source(text, a) == "a new CNN poll" and a.cue_lemma == "in"
    assert _content(text, a) == "Clinton leads Trump by four points among likely voters"
    text = "In a statement, the ministry said the strike was legitimate."
    assert [x.cue_lemma for x in att.extract(text)] == ["say"]


def test_attribution_extract_attitude_adjective(att):
    text = "Republicans were confident that the bill would pass. The room was quiet."
    a = _find(att.extract(text), text, "were confident")
    assert _source(text, a) == "Republicans" and a.cue_lemma == "be confident"
    assert _content(text, a) == "that the bill would pass"
    assert len(att.extract(text)) == 1  # "was quiet" is no attitude
