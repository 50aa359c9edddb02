"""Golden tests: the page cleaner on the five seed articles (must / must-not snippets, title)."""

from pathlib import Path

import pytest

from claimgraph.clean import clean_page

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"

CASES = {
    "000_60a81fe54e54c51a": {
        "title": "Ukrainian soldiers seen using North Korean rockets against Russia: Report",
        "must": [
            "Ukrainian soldiers were seen using North Korean rockets in their attacks",
            "The US has accused North Korea of supplying arms to Russia. This supply includes",
            "Putin was speaking at a press conference after meeting African leaders",
            "Russian President Vladimir Putin said on Saturday that an African initiative",
        ],
        "must_not": [
            "Written by FE Online",
            "(Images: Reuters)",
            "(With Reuters inputs)",
            "First published on",
            "against Russia: Report",
        ],
    },
    "001_84546b08a4a9bbf4": {
        "title": "Moscow mocks US claims it used North Korean missiles",
        "must": [
            "Ukraine has said it found no evidence of being attacked with such weapons",
            "The US is peddling false information",
            "North Korea is under UN sanctions",
            "Russian Foreign Minister Sergey Lavrov previously rejected allegations",
        ],
        "must_not": [
            "17.8 C",
            "Thursday, February 22, 2024",
            "Read more",
            "FILE PHOTO",
            "No timeline for delivery of air-defense system",
            "READ MORE",
            "glide bombs",
            "January 11, 2024 at 07:58PM",
            "Most Popular Articles",
        ],
    },
    "002_e9ce24fbcb22848d": {
        "title": "Russia used North Korean missiles in Ukraine, US says",
        "must": [
            "The United States also expressed concerns that Russia is seeking",
            "Crimean attacks",
            "destroying 10 incoming missiles over the peninsula",
        ],
        "must_not": [
            "[Al Jazeera]",
            "Al Jazeera and news agencies",
            "Related Articles",
            "Leave a Reply",
            "Your email address will not be published",
            "Back to top button",
        ],
    },
    "003_f286cf64767d8734": {
        "title": "Is Vladimir Putin deploying North Korean missiles in Ukraine?",
        "must": [
            "Vladimir Putin: When asked about the US and Ukrainian accusations",
            "has blamed Western nations, including the United States",
        ],
        "must_not": [
            "Sun. Jun 23rd, 2024",
            "Is Vladimir Putin deploying North Korean missiles in Ukraine?",
            "Related Post",
            "Leave a Reply",
            "Required fields are marked",
        ],
    },
    "004_ca50cc4a6388ab88": {
        "title": "Seoul warns Russia over North Korea-supplied weapons",
        "must": [
            "The warning came at a time when Russia forced 10,000 recently naturalised citizens",
            "South Korean government officials said Russia should not",
            "Kyiv forces in the region have weathered",
        ],
        "must_not": [
            "Find Us",
            "43rd artillery brigade",
            "Copyright",
            "Angela Skujins",
            "Published on Updated",
            "Share this article",
            "Copy/paste the article video embed link",
            "You might also like",
            "trash-carrying balloons",
        ],
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_seeds_clean_snippets_and_title(name):
    raw = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    res = clean_page(raw)
    case = CASES[name]
    assert res.title == case["title"]
    body = " ".join(res.body.split())
    for snippet in case["must"]:
        assert snippet in body, f"missing: {snippet!r}"
    for snippet in case["must_not"]:
        assert snippet not in body, f"should be removed: {snippet!r}"


def test_seeds_clean_dek_kept_as_first_paragraph():
    raw = (SEEDS / "001_84546b08a4a9bbf4.txt").read_text(encoding="utf-8")
    res = clean_page(raw)
    assert res.dek is not None and res.dek.startswith("Ukraine has said it found no evidence")
    assert res.body.startswith(res.dek)


def test_seeds_clean_repeated_top_paragraph_kept_once():
    raw = (SEEDS / "000_60a81fe54e54c51a.txt").read_text(encoding="utf-8")
    res = clean_page(raw)
    lead = "Russian President Vladimir Putin said on Saturday that an African initiative"
    assert res.body.count(lead) == 1
    assert not res.body.startswith(lead)  # the top copy goes, the one in the article stays
    assert res.dek is not None and res.dek.startswith(lead)


def test_seeds_clean_caption_removed_but_same_sentence_in_body_kept():
    raw = (SEEDS / "000_60a81fe54e54c51a.txt").read_text(encoding="utf-8")
    res = clean_page(raw)
    assert "(Images: Reuters)" not in res.body
    assert "The US has accused North Korea of supplying arms to Russia. This supply" in res.body
    assert ("The US has accused North Korea of supplying arms to Russia. (Images: Reuters)", "caption") in res.dropped


def test_seeds_clean_dek_after_widgets():
    raw = (SEEDS / "004_ca50cc4a6388ab88.txt").read_text(encoding="utf-8")
    res = clean_page(raw)
    assert res.dek is not None and res.dek.startswith("The warning came at a time")
    assert res.body.startswith(res.dek)
