"""Prose islands beside the article region, dialog texts printed several times, label teasers."""

from claimgraph.clean import clean_page

ARTICLE = [
    "The regional council voted on Monday to close two of the three swimming pools in the city, "
    "saying that the cost of heating them had doubled in the last two years.",
    "Parents and swimming clubs protested outside the town hall before the vote and handed over a "
    "petition with more than four thousand signatures against the closures.",
    "The council leader said the decision had not been easy, but that the money was needed to keep "
    "the libraries and the youth centres open for at least another year.",
    "The remaining pool will extend its opening hours from next month, and the clubs will be offered "
    "training slots early in the morning and late in the evening.",
]
# An intro cut off from the rest by a long table of contents, itself after a weaker island.
INTRO = [
    "This guide explains how the pool closures affect clubs, schools and families in the city, "
    "and what the council has promised to do about it.",
]
FIRST = [
    "Swimming lessons for primary schools will move to the remaining pool, where two lanes are "
    "reserved for them on weekday mornings until the end of the school year.",
    "The council said that transport to the pool would be paid for by the city for the schools "
    "that are more than two miles away from it.",
]
TOC = [f"Chapter {n} overview" for n in ("one", "two", "three", "four", "five", "six", "seven", "eight")]


def test_clean_islands_weaker_island_before_a_stronger_one_is_kept():
    raw = "\n\n".join(
        ["Home", "News", "Pools to close"] + INTRO + TOC + FIRST + [t + " again" for t in TOC + TOC] + ARTICLE
    )
    res = clean_page(raw)
    for para in INTRO + FIRST + ARTICLE:
        assert para in res.paragraphs


DIALOG = (
    "You can add a note to every item on your wish list to remember later why you saved it, and the "
    "notes are kept for as long as you have an account with the shop."
)


def test_clean_islands_paragraph_printed_three_times_is_a_dialog():
    raw = "\n\n".join(
        ["Pools to close"] + ARTICLE + ["Close", DIALOG, "Note", "Close", DIALOG, "Note", "Close", DIALOG]
    )
    res = clean_page(raw)
    assert res.paragraphs == ARTICLE
    assert DIALOG not in res.body


def test_clean_islands_paragraph_printed_twice_is_kept_once():
    # A pull quote or a repeated standfirst is still article text (kept once).
    raw = "\n\n".join(["Pools to close"] + ARTICLE[:2] + [ARTICLE[3]] + ARTICLE[2:])
    res = clean_page(raw)
    assert res.body.count(ARTICLE[3]) == 1


def test_clean_islands_upper_case_label_teaser_dropped():
    teaser = "EDITORS PICK: Hospital waiting lists grow for a third year in a row"
    raw = "\n\n".join(["Pools to close", ARTICLE[0], ARTICLE[1], teaser, ARTICLE[2], ARTICLE[3]])
    res = clean_page(raw)
    assert "Hospital waiting lists" not in res.body
    assert res.paragraphs == ARTICLE


def test_clean_islands_mixed_case_label_subhead_kept():
    # An interview question or a labelled subhead has the same shape but a mixed-case label.
    sub = "Question 4: What role does the heating bill play in the decision"
    raw = "\n\n".join(["Pools to close", ARTICLE[0], ARTICLE[1], sub, ARTICLE[2], ARTICLE[3]])
    res = clean_page(raw)
    assert sub in res.paragraphs


def test_clean_islands_long_ingredient_list_between_prose_kept():
    items = [
        "250 g flour", "2 eggs", "100 ml milk", "1 pinch of salt", "50 g butter, melted",
        "1 tsp baking powder", "2 tbsp sugar", "zest of 1 lemon", "150 g blueberries",
    ]
    raw = "\n\n".join(["Blueberry pancakes", ARTICLE[0], ARTICLE[1]]) + "\n\n" + "\n".join(items)
    raw += "\n\n" + "\n\n".join(ARTICLE[2:])
    res = clean_page(raw)
    for item in items:
        assert item in res.paragraphs


def test_clean_islands_long_menu_between_prose_dropped():
    # The same number of plain short labels (a menu, a tag list) is not a list in the article.
    menu = ["Home", "World", "Business", "Sport", "Culture", "Opinion", "Travel", "Podcasts", "Weather"]
    raw = "\n\n".join(["Pools to close", ARTICLE[0], ARTICLE[1]]) + "\n\n" + "\n".join(menu)
    raw += "\n\n" + "\n\n".join(ARTICLE[2:])
    res = clean_page(raw)
    assert not any(m in res.paragraphs for m in menu)


def test_clean_islands_relative_time_stamps_dropped():
    for stamp in ("3 hours ago", "vor 3 Stunden", "Hace 3 horas", "il y a 2 jours"):
        raw = "\n\n".join(["Pools to close", ARTICLE[0], ARTICLE[1], stamp, ARTICLE[2]])
        assert stamp not in clean_page(raw).body


def test_clean_islands_author_bio_after_byline_dropped():
    bio = "Ann Lee is a senior writer covering local government, schools and transport for the paper."
    raw = "\n\n".join(["Pools to close", "By Ann Lee", *ARTICLE, bio])
    res = clean_page(raw)
    assert res.paragraphs == ARTICLE


def test_clean_islands_paragraph_about_a_named_person_kept():
    # A caption naming a person above a paragraph about them is not an author box.
    para = (
        "Ann Lee stood in front of the council in April and argued for more than an hour that the "
        "pools should stay open, but the members were not persuaded."
    )
    raw = "\n\n".join(["Pools to close", *ARTICLE[:3], "Ann Lee", para, ARTICLE[3]])
    res = clean_page(raw)
    assert para in res.paragraphs


def test_clean_islands_detached_last_blurb_dropped():
    blurb = (
        "Our magazine has reported on swimming, cycling and running in the region since 1998, and "
        "it is written by a small team of editors who train with the local clubs themselves."
    )
    chrome = ["Share on Facebook", "Newsletter"]
    raw = "\n\n".join(["Pools to close", *ARTICLE, *chrome, blurb])
    res = clean_page(raw)
    assert res.paragraphs == ARTICLE


def test_clean_islands_last_paragraph_after_a_picture_kept():
    # A picture and its caption between the last two paragraphs do not detach the last one.
    last = "The clubs said they would meet again in the spring to decide how to go on."
    raw = "\n\n".join(["Pools to close", *ARTICLE, "[pool]", "The old pool in 1975. (Photo: AP)", last])
    res = clean_page(raw)
    assert last in res.paragraphs


def test_clean_islands_lead_in_line_with_colon_kept():
    raw = "\n\n".join(["Menu", "Search", "Pools to close", "Dear readers,", *ARTICLE])
    res = clean_page(raw)
    assert res.paragraphs[0] == "Dear readers,"


def test_clean_islands_mixed_case_label_teaser_dropped():
    teaser = "Gut zu wissen: Hospital waiting lists grow for a third year in a row"
    raw = "\n\n".join(["Pools to close", ARTICLE[0], ARTICLE[1], teaser, ARTICLE[2], ARTICLE[3]])
    res = clean_page(raw)
    assert teaser not in res.body


def test_clean_islands_labelled_question_kept():
    # An interview question ends with a question mark; a list item has figures in its label.
    for line in ("Question four: What role does the heating bill play here?", "Step 2: Mix the flour and the eggs slowly"):
        raw = "\n\n".join(["Pools to close", ARTICLE[0], ARTICLE[1], line, ARTICLE[2], ARTICLE[3]])
        assert line in clean_page(raw).paragraphs


def test_clean_islands_call_to_share_the_article_dropped():
    for cta in ("Did you like this article? Share it now", "Subscribe to our edition for the full story."):
        raw = "\n\n".join(["Pools to close", ARTICLE[0], ARTICLE[1], cta, ARTICLE[2], ARTICLE[3]])
        assert cta not in clean_page(raw).body


def test_clean_islands_short_statement_about_a_story_kept():
    line = "The council declined to comment on the story."
    raw = "\n\n".join(["Pools to close", ARTICLE[0], ARTICLE[1], line, ARTICLE[2], ARTICLE[3]])
    assert line in clean_page(raw).paragraphs


def test_clean_islands_lead_above_byline_block_of_a_long_article_kept():
    # A long article raises the bar for extra islands; its lead just above still counts.
    lead = (
        "How many days a year may parents stay at home when their child is ill, and does the "
        "employer have to keep paying them for those days?"
    )
    block = ["By Ann Lee", "28 December 2022", "Contents", "Sick days", "Age limit", "Pay", "Notice"]
    body = ARTICLE * 6  # about 170 lines' worth of prose score
    body = [f"{p} ({i})" for i, p in enumerate(body)]
    nav = ["Home", "News", "Local", "Sport", "Money", "Jobs", "Cars", "Homes", "Travel"]
    raw = "\n\n".join(["Pools to close", *nav, lead, *block, *body])
    res = clean_page(raw)
    assert lead in res.paragraphs


def test_clean_islands_caption_locating_people_dropped():
    cap = "The council leader (left) and the head of the swimming club met at the town hall on Monday."
    raw = "\n\n".join(["Pools to close", ARTICLE[0], ARTICLE[1], cap, ARTICLE[2], ARTICLE[3]])
    res = clean_page(raw)
    assert cap not in res.body
    assert res.paragraphs == ARTICLE
