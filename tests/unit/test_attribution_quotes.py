"""Quote-mark scanning: curly/straight marks, apostrophes, multi-paragraph quotations."""

from claimgraph.attribution.quotes import scan_quotes


def _texts(text, **kw):
    return [text[q.start:q.end] for q in scan_quotes(text, **kw)]


def test_attribution_quotes_curly_and_straight():
    text = 'He said “we will win” and she said "no way" today.'
    assert _texts(text) == ["“we will win”", '"no way"']


def test_attribution_quotes_apostrophes_are_not_marks():
    text = "The nations’ leaders said “we don’t accept the allies’ plan” on Monday."
    assert _texts(text) == ["“we don’t accept the allies’ plan”"]
    assert _texts("The nations’ leaders didn’t meet.", single=True) == []


def test_attribution_quotes_unclosed_paragraph_convention():
    text = "“The first paragraph goes on.\n\n“The second one closes,” he said.\n\nUnrelated text."
    qs = scan_quotes(text)
    assert [text[q.start:q.end] for q in qs] == ["“The first paragraph goes on.", "“The second one closes,”"]
    assert qs[0].group == qs[1].group and not qs[0].closed and qs[1].closed


def test_attribution_quotes_separate_paragraphs_are_separate_groups():
    text = "“One,” he said.\n\n“Two,” she said."
    qs = scan_quotes(text)
    assert len(qs) == 2 and qs[0].group != qs[1].group


def test_attribution_quotes_right_mark_used_as_opener():
    text = "”Fear. I am afraid.” ― Edwin Monroy"
    assert _texts(text) == ["”Fear. I am afraid.”"]


def test_attribution_quotes_single_curly_pairs():
    text = "Headline: Trump Was ‘Mocking’ Clinton Camp"
    assert _texts(text, single=True) == ["‘Mocking’"]


def test_attribution_quotes_typewriter_double_apostrophes():
    text = "As for complexity, ''broadening the base is hard,'' said Mr. Kamin. It's the voters' call."
    assert _texts(text) == ["''broadening the base is hard,''"]
