"""Bylines and outlet/credit lines."""

from __future__ import annotations

import pytest

from claimgraph.metadata import extract_metadata
from claimgraph.metadata.byline import match_byline

BODY = "Officials said on Monday that the talks had stalled after a week of shelling near the front line."


@pytest.mark.parametrize(
    ("line", "byline", "credit"),
    [
        ("Written by FE Online", "FE Online", None),
        ("By\u00a0Angela Skujins with\u00a0AP", "Angela Skujins", "AP"),
        ("By Nada Tawfik, BBC News, New York", "Nada Tawfik", "BBC"),
        ("Von Heike Buchter", "Heike Buchter", None),
        ("Von Fiona Bornhöft und Mariam Hofbeck", "Fiona Bornhöft and Mariam Hofbeck", None),
        ("By Amelie Marie Nishizawa Feb 8, 2020 5 min read", "Amelie Marie Nishizawa", None),
        ("By Grace Zokovitch | gzokovitch@bostonherald.com", "Grace Zokovitch", None),
        ("Author: Klausmartin Friedrich", "Klausmartin Friedrich", None),
        ("By Ludwig van Beethoven", "Ludwig van Beethoven", None),
    ],
)
def test_metadata_byline_lines_read(line, byline, credit):
    hit = match_byline(line.replace("\u00a0", " "))
    assert hit is not None and hit.byline == byline and hit.credit == credit


@pytest.mark.parametrize(
    "line",
    [
        "By the numbers:",
        "By the end of the year, the army had lost ground.",
        "Von der gängigen Musikgeschichtsschreibung meist ausgeblendet",
        "Von Oktober bis Ostern? Die Mehrheit weiß es nicht.",
        "Von Kopf bis Fuß: Frost-Schützer",
        "Von: [                    ]",
        "By dokończyć proces sprawdź",
    ],
)
def test_metadata_byline_running_text_rejected(line):
    assert match_byline(line) is None


def test_metadata_byline_outlet_from_inputs_line():
    raw = "Headline\n\nWritten by FE Online\n\n" + BODY + "\n\n(With Reuters inputs)\n\nFirst published on: 30-07-2023"
    md = extract_metadata(raw)
    assert (md.byline, md.outlet) == ("FE Online", "Reuters")


def test_metadata_byline_outlet_from_with_credit():
    md = extract_metadata("Headline\n\nCopyright AP\n\nBy Angela Skujins with AP\n\n" + BODY)
    assert (md.byline, md.outlet) == ("Angela Skujins", "AP")


def test_metadata_byline_outlet_from_brackets_and_agencies_line():
    md = extract_metadata("Headline\n\n" + BODY + "\n\n[Al Jazeera]\n\nMore text here.\n\nAl Jazeera and news agencies")
    assert md.byline is None and md.outlet == "Al Jazeera"
    md = extract_metadata("Headline\n\n" + BODY + "\n\nKyiv Post and agencies")
    assert md.outlet == "Kyiv Post"


def test_metadata_byline_outlet_from_dateline_agency():
    md = extract_metadata("Headline\n\nKYIV (Reuters) - Ukraine said on Monday it had shot down 20 drones.")
    assert md.outlet == "Reuters"


def test_metadata_byline_alias_canonicalised():
    md = extract_metadata("Headline\n\n" + BODY + "\n\n(With inputs from The Associated Press)")
    assert md.outlet == "AP"


def test_metadata_byline_no_credit_no_outlet():
    md = extract_metadata("Headline\n\n" + BODY + "\n\n(AP Photo/Efrem Lukatsky)\n\n[1] Footnote")
    assert md.outlet is None and md.byline is None


def test_metadata_byline_first_byline_wins():
    md = extract_metadata("Headline\n\nBy Jane Doe\n\n" + BODY + "\n\nRelated\n\nBy John Roe")
    assert md.byline == "Jane Doe"


def test_metadata_byline_found_on_line_right_after_credit_line():
    # Adjacent candidate lines must each be read (a credit line must not swallow the next line).
    md = extract_metadata("Headline\n[Al Jazeera]\nWritten by Ana Sandoiu on July 27, 2017\n" + BODY)
    assert (md.byline, md.outlet) == ("Ana Sandoiu", "Al Jazeera")
    assert md.published.date == "2017-07-27"


def test_metadata_byline_name_lists():
    hit = match_byline("Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR")
    assert (hit.byline, hit.credit) == ("Volkmar Kabisch, Jan Lukas Strozyk and Benedikt Strunz", "NDR")
    # Without a joiner the text after the comma is a credit or a place, not more names.
    assert match_byline("Posted by Alex Durán, AMP Project Marketing, Google").byline == "Alex Durán"
    # A single word followed by a comma list is an enumeration in running text.
    assert match_byline("von Künstlern, Bands, DJs,") is None


def test_metadata_byline_label_line_takes_next_line():
    md = extract_metadata("Headline\n\nBy\nThe Planetary Press\n-\nJanuary 17, 2020\n\n" + BODY)
    assert md.byline == "The Planetary Press" and md.published.date == "2020-01-17"
    md = extract_metadata("Headline\n\nVon:\nMoritz Pieczewski-Freimuth\n\n18. Okt 2023\n\n" + BODY)
    assert md.byline == "Moritz Pieczewski-Freimuth" and md.published.date == "2023-10-18"
    assert extract_metadata("Headline\nBy\nBy Grace Zokovitch\n" + BODY).byline == "Grace Zokovitch"
    # A label over a menu word or running text is not a byline.
    assert extract_metadata("Autor\nMenu\n" + BODY).byline is None
    assert extract_metadata("By\nproviding your email address you agree\n" + BODY).byline is None


def test_metadata_byline_separators_end_names():
    assert match_byline("By Cat Lafuente/June 12, 2020 9:49 am EST").byline == "Cat Lafuente"
    assert match_byline("Von Felix Eisenreich // 1. November 2023").byline == "Felix Eisenreich"
    assert match_byline("Von Houzz Deutschland·0").byline == "Houzz Deutschland"


def test_metadata_byline_nearest_the_body_wins_when_body_known():
    raw = (
        "Headline of a teaser\nBy Sidebar Writer\n\nMore teasers\n\nMain headline\n\nBy Jane Doe\n\n"
        + BODY
        + "\n\nRelated\n\nBy John Roe"
    )
    assert extract_metadata(raw).byline == "Sidebar Writer"  # without the body, the first one
    assert extract_metadata(raw, BODY).byline == "Jane Doe"
