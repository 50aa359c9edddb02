"""Page-structure rules of the cleaner: the prose region, related lists, teasers, repetition."""

from claimgraph.clean import clean_page
from claimgraph.clean.lines import split_lines

PROSE = [
    "The minister said on Tuesday that the new rules would apply to all companies from next year, "
    "and that the government was ready to discuss the details with industry groups.",
    "Critics of the plan argued that it would raise prices for consumers and that the timetable was "
    "far too short for smaller firms, which have fewer staff to deal with the paperwork.",
    "The opposition has promised to vote against the bill when it reaches parliament in the spring, "
    "although it is not clear whether it has enough support to block it.",
    "Business groups welcomed the fact that the rules would be phased in over three years, but they "
    "said they would still press for changes to the reporting requirements.",
]
MENU = ["Home", "World", "Business", "Sport", "Culture", "Opinion", "Podcasts", "Weather"]


def test_clean_structure_menu_above_and_link_list_below_dropped():
    related = [
        "Related Articles",
        "Ministers clash over budget plans",
        "Police arrest two men after city centre protest",
        "New hospital to open in the north next month",
    ]
    raw = "\n".join(MENU) + "\n\nMinisters agree new rules\n\n" + "\n\n".join(PROSE) + "\n\n" + "\n".join(related)
    res = clean_page(raw)
    assert res.title == "Ministers agree new rules"
    assert res.body.split("\n\n") == PROSE
    for line in MENU + related:
        assert line not in res.body.split("\n\n")


def test_clean_structure_read_more_teaser_dropped_with_its_headline():
    raw = "\n\n".join(
        [PROSE[0], PROSE[1], "Read more", "Hospital waiting lists grow for a third year", PROSE[2], PROSE[3]]
    )
    res = clean_page(raw)
    assert "Hospital waiting lists" not in res.body
    assert "Read more" not in res.body
    assert PROSE[2] in res.body and PROSE[3] in res.body


def test_clean_structure_read_more_prefix_line_dropped():
    raw = "\n\n".join([PROSE[0], PROSE[1], "READ MORE: Hospital waiting lists grow again", PROSE[2]])
    res = clean_page(raw)
    assert "READ MORE" not in res.body
    assert PROSE[2] in res.body


def test_clean_structure_title_glued_twice_dropped():
    t = "Is the new law going to work?"
    raw = "\n\n".join([t, t + t, *PROSE])
    res = clean_page(raw)
    assert res.title == t
    assert t not in res.body


def test_clean_structure_caption_printed_twice_dropped():
    cap = "Ministers arrive for the meeting in the capital on Monday, June 24, 2024."
    raw = "\n\n".join([PROSE[0], cap + "\n" + cap + " Copyright AP", PROSE[1], PROSE[2]])
    res = clean_page(raw)
    assert "Ministers arrive" not in res.body
    assert res.body.split("\n\n") == PROSE[:3]


def test_clean_structure_cookie_banner_dropped():
    banner = (
        "We use cookies to give you the best experience on our website. By continuing you agree to "
        "our use of cookies and our privacy policy."
    )
    raw = "\n\n".join([*PROSE, "Cookie settings", banner])
    res = clean_page(raw)
    assert banner not in res.body
    assert PROSE[3] in res.body


def test_clean_structure_comments_after_ender_dropped():
    comment = (
        "I think this is the worst decision the government has made in years, and I am not going to "
        "vote for them again at the next election."
    )
    raw = "\n\n".join([*PROSE, "Leave a Reply", comment])
    res = clean_page(raw)
    assert comment not in res.body
    assert res.body.split("\n\n") == PROSE


def test_clean_structure_short_list_between_prose_kept():
    items = ["2 cups of flour", "1 teaspoon of salt", "3 eggs"]
    raw = "\n\n".join([PROSE[0], PROSE[1], "\n".join(items), PROSE[2], PROSE[3]])
    res = clean_page(raw)
    for item in items:
        assert item in res.body.split("\n\n")


def test_clean_structure_wrapped_lines_joined():
    # A renderer that wraps at 200 columns: the paragraph is one logical line again.
    words = ("word " * 70).split()
    line1, line2 = [], []
    for w in words:
        (line1 if len(" ".join(line1 + [w])) <= 195 else line2).append(w)
    wrapped = " ".join(line1) + "\n" + " ".join(line2)
    lines = split_lines(wrapped + "\n\nshort line\n" + "x " * 90 + "\nnext")
    assert lines[0].text == " ".join(words)
    assert lines[1].text == "short line"


def test_clean_structure_long_unwrapped_paragraphs_not_joined():
    # One paragraph per line (no fixed width): adjacent lines stay separate paragraphs.
    p1 = PROSE[0] + " " + PROSE[1]
    p2 = PROSE[2] + " " + PROSE[3]
    lines = split_lines(p1 + "\n" + p2 + "\n" + PROSE[0][:180])
    assert [ln.text for ln in lines][:2] == [p1, p2]


def test_clean_structure_links_box_inside_article_dropped_article_goes_on():
    links = ["Related", "Ministers clash over budget plans", "Police arrest two men after protest"]
    tail = " ".join([PROSE[2], PROSE[3]])  # a long paragraph: the article resumes after the box
    raw = "\n\n".join([PROSE[0], PROSE[1], PROSE[3], "\n".join(links), tail])
    res = clean_page(raw)
    for line in links:
        assert line not in res.body.split("\n\n")
    assert tail in res.body


def test_clean_structure_comment_heading_ends_article():
    comment = (
        "Great article, I have been saying this for years and nobody listened to me when I said "
        "that the rules were going to change for everybody."
    )
    raw = "\n\n".join([*PROSE, "Anna says:", comment, "3 Comments", comment + " Really."])
    res = clean_page(raw)
    assert res.body.split("\n\n") == PROSE


def test_clean_structure_form_lines_dropped():
    raw = "\n\n".join([PROSE[0], PROSE[1], "[ ] Notify me of new posts by email.", PROSE[2]])
    res = clean_page(raw)
    assert "Notify me" not in res.body
    assert dict(res.dropped)["[ ] Notify me of new posts by email."] == "form"


def test_clean_structure_caption_repeated_identically_dropped():
    cap = "Protesters gather outside the parliament building in the capital"
    raw = "\n\n".join([PROSE[0], cap + "\n" + cap, PROSE[1], PROSE[2]])
    res = clean_page(raw)
    assert cap not in res.body


def test_clean_structure_article_about_cookies_kept():
    # A long paragraph that mentions cookies once is article text, not a banner.
    para = (
        "The court ruled on Tuesday that websites must ask before they set tracking cookies, and "
        "that a box ticked in advance is not valid consent under the law, which means that many "
        "of the largest publishers in the country will have to change the way they work."
    )
    raw = "\n\n".join([PROSE[0], para, PROSE[1]])
    res = clean_page(raw)
    assert para in res.body


def test_clean_structure_subhead_then_paragraph_with_same_start_kept():
    sub = "The road to recovery"
    para = "The road to recovery is long, the minister said on Friday."
    raw = "\n\n".join([PROSE[0], PROSE[1], sub, para, PROSE[2]])
    res = clean_page(raw)
    assert para in res.body.split("\n\n")
