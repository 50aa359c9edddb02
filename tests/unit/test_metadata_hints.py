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


def test_metadata_hints_year_hint_forms():
    body = "A missile landed on December 30 in a field. More were fired on Tuesday."
    for hint in (2024, 2024.0, 2023.6, "2024"):
        assert extract_metadata(body, year_hint=hint).published.date == "2024-01-02"
    for hint in (None, True, "soon", float("nan"), 10**9):
        assert extract_metadata(body, year_hint=hint).published.basis == "unknown"


def test_metadata_hints_odd_text_never_crashes():
    for raw in ("\ud800\udfff By X\r\nPublished on 12 March 2024\r\n", "\x00" * 10, "٣٠ December ٢٠٢٤", "\r\n\r\n"):
        md = extract_metadata(raw, raw)
        assert md.published.basis in ("explicit", "inferred", "unknown")
    crlf = "Headline\r\n\r\nBy Jane Doe\r\nMarch 3, 2024\r\n\r\nText of the article follows here.\r\n"
    md = extract_metadata(crlf)
    assert (md.byline, md.published.date, md.published.evidence) == ("Jane Doe", "2024-03-03", "March 3, 2024")
