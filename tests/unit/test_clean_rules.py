"""Per-line chrome rules of the page cleaner, on small hand-written pages."""

import pytest

from claimgraph.clean import clean_page

PROSE = [
    "The minister said on Tuesday that the new rules would apply to all companies from next year, "
    "and that the government was ready to discuss the details with industry groups.",
    "Critics of the plan argued that it would raise prices for consumers and that the timetable was "
    "far too short for smaller firms, which have fewer staff to deal with the paperwork.",
    "The opposition has promised to vote against the bill when it reaches parliament in the spring, "
    "although it is not clear whether it has enough support to block it.",
]


def page(*middle: str, top: tuple[str, ...] = (), bottom: tuple[str, ...] = ()) -> str:
    parts = [*top, "Ministers agree new rules for companies", PROSE[0], *middle, PROSE[1], PROSE[2], *bottom]
    return "\n\n".join(parts)


def dropped_reasons(res):
    return dict(res.dropped)


@pytest.mark.parametrize(
    "line",
    ["17.8 C", "Thursday, February 22, 2024", "Sun. Jun 23rd, 2024", "Montag, 3. April 2023", "12.04.2023 14:30 Uhr"],
)
def test_clean_rules_top_widgets_and_dates_dropped(line):
    res = clean_page(page(top=(line,)))
    assert line not in res.body
    assert res.title == "Ministers agree new rules for companies"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Written by FE Online", "widget"),
        ("By Angela Skujins with AP", "byline"),
        ("Von Max Mustermann", "byline"),
        ("Published on Updated", "widget"),
        ("First published on: 30-07-2023 at 09:51 IST", "widget"),
        ("January 11, 2024 at 07:58PM", "date"),
    ],
)
def test_clean_rules_bylines_and_date_lines_dropped(line, reason):
    res = clean_page(page(line))
    assert line not in res.body
    assert dropped_reasons(res)[line] == reason


@pytest.mark.parametrize("line", ["[Al Jazeera]", "(With Reuters inputs)", "Al Jazeera and news agencies", "(dpa)"])
def test_clean_rules_credit_lines_dropped(line):
    res = clean_page(page(bottom=(line,)))
    assert line not in res.body
    assert PROSE[2] in res.body


@pytest.mark.parametrize(
    "line",
    [
        "The minister arrives at the meeting in Brussels. (Images: Reuters)",
        "Protesters outside parliament on Monday. Copyright AP",
        "Copyright AP",
        "Die Demonstranten vor dem Landtag. Foto: dpa",
        "FILE PHOTO: A missile launcher at the assembly line of a weapons factory.",
    ],
)
def test_clean_rules_captions_dropped(line):
    res = clean_page(page(line))
    assert line not in res.body
    assert PROSE[0] in res.body and PROSE[1] in res.body


@pytest.mark.parametrize(
    "line",
    [
        "Share this articleComments",
        "Copy/paste the article video embed link below:Copy to clipboardCopied",
        "Back to top button",
        "Find Us",
        "Artikel teilen",
        "Your email address will not be published. Required fields are marked *",
    ],
)
def test_clean_rules_widgets_dropped(line):
    res = clean_page(page(line, bottom=(line,)))
    assert line not in res.body


def test_clean_rules_subhead_kept():
    res = clean_page(page("Crimean attacks"))
    assert "Crimean attacks" in res.body.split("\n\n")


def test_clean_rules_one_line_paragraph_kept():
    short = "He said one person was hospitalised."
    res = clean_page(page(short))
    assert short in res.body.split("\n\n")


def test_clean_rules_quote_line_kept():
    quote = "“We will not give up,” she said."
    res = clean_page(page(quote))
    assert quote in res.body.split("\n\n")


def test_clean_rules_prose_mentioning_a_date_kept():
    line = "On Thursday, February 22, 2024, the court ruled that the law was unconstitutional and void."
    res = clean_page(page(line))
    assert line in res.body


def test_clean_rules_body_sentence_ending_with_agency_name_kept():
    line = "The minister said the plan would be published in full next week, the agency AFP reported."
    res = clean_page(page(line))
    assert line in res.body


def test_clean_rules_boilerplate_keys_dropped():
    line = "Our journalism depends on readers like you"
    from claimgraph.clean import line_key

    kept = clean_page(page(line))
    assert line in kept.body  # looks like a subhead without site knowledge
    res = clean_page(page(line), boilerplate=frozenset({line_key(line)}))
    assert line not in res.body
    assert dropped_reasons(res)[line] == "boilerplate"


def test_clean_rules_line_key_normalises():
    from claimgraph.clean import line_key

    assert line_key("  Share   this ARTICLE!! ") == "share this article"
    assert line_key("Copyright\u00a0AP") == "copyright ap"
    assert line_key("—") == ""
