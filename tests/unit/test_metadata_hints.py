"""Values given by the input (JSONL fields, HTML metadata) and how they combine with the text."""

from __future__ import annotations

from claimgraph.metadata import extract_metadata

RAW = "Headline\n\nBy Jane Doe\n\nPublished on 12 March 2024\n\nThe ministry said on Monday that talks had stalled."


def test_metadata_hints_given_published_wins():
    pub = extract_metadata(RAW, hints={"published": "2024-03-10T08:00:00Z"}).published
    assert (pub.date, pub.basis, pub.evidence) == ("2024-03-10", "explicit", "input field published")


def test_metadata_hints_html_date_used():
    pub = extract_metadata("Headline\n\nText without any date.", hints={"date": "2023-05-01"}).published
    assert (pub.date, pub.basis) == ("2023-05-01", "explicit") and "date" in pub.evidence


def test_metadata_hints_unreadable_published_ignored():
    pub = extract_metadata(RAW, hints={"published": "not a date at all"}).published
    assert (pub.date, pub.evidence) == ("2024-03-12", "Published on 12 March 2024")


def test_metadata_hints_outlet_given_wins_and_sitename_is_fallback():
    raw = "Headline\n\nText.\n\n(With Reuters inputs)"
    assert extract_metadata(raw, hints={"outlet": "Example Times"}).outlet == "Example Times"
    assert extract_metadata(raw, hints={"sitename": "Example Site"}).outlet == "Reuters"
    assert extract_metadata("Headline\n\nText.", hints={"sitename": "Example Site"}).outlet == "Example Site"


def test_metadata_hints_author_is_fallback_byline():
    assert extract_metadata(RAW, hints={"author": "Someone Else"}).byline == "Jane Doe"
    assert extract_metadata("Headline\n\nText.", hints={"byline": "Someone Else"}).byline == "Someone Else"


def test_metadata_hints_bad_types_ignored():
    md = extract_metadata(RAW, year_hint="2024", hints={"published": 12, "outlet": 5})  # type: ignore[arg-type]
    assert md.published.date == "2024-03-12" and md.outlet is None
