"""Headline and standfirst (dek) detection of the page cleaner."""

from claimgraph.clean import clean_page

PROSE = [
    "The minister said on Tuesday that the new rules would apply to all companies from next year, "
    "and that the government was ready to discuss the details with industry groups.",
    "Critics of the plan argued that it would raise prices for consumers and that the timetable was "
    "far too short for smaller firms, which have fewer staff to deal with the paperwork.",
    "The opposition has promised to vote against the bill when it reaches parliament in the spring, "
    "although it is not clear whether it has enough support to block it.",
]


def test_clean_title_nearest_headline_above_body():
    raw = "\n\n".join(["Home", "Politics", "Ministers agree new rules for companies", "By Jane Doe", *PROSE])
    res = clean_page(raw)
    assert res.title == "Ministers agree new rules for companies"
    assert "Ministers agree" not in res.body


def test_clean_title_quoted_in_share_text_wins_over_nearer_label():
    title = "Ministers agree new rules for companies"
    raw = "\n\n".join(
        [title, "New, 74 comments", "Photo gallery of the week", f"Share this story: {title}", *PROSE]
    )
    res = clean_page(raw)
    assert res.title == title


def test_clean_title_upper_case_menu_is_not_a_title():
    raw = "\n\n".join(["NEWS FEATURES BEAUTY ENTERTAINMENT HEALTH", "Ministers agree new rules", *PROSE])
    assert clean_page(raw).title == "Ministers agree new rules"


def test_clean_title_dek_without_full_stop_kept_as_first_paragraph():
    dek = "The plan faces strong opposition from smaller firms and consumer groups"
    raw = "\n\n".join(["Ministers agree new rules", dek, *PROSE])
    res = clean_page(raw)
    assert res.title == "Ministers agree new rules"
    assert res.dek == dek
    assert res.body.split("\n\n")[0] == dek


def test_clean_title_no_dek_when_body_starts_directly():
    raw = "\n\n".join(["Ministers agree new rules", *PROSE])
    res = clean_page(raw)
    assert res.dek is None
    assert res.body.split("\n\n") == PROSE


def test_clean_title_none_for_prose_only_page():
    res = clean_page("\n\n".join(PROSE))
    assert res.title is None
    assert res.body.split("\n\n") == PROSE
