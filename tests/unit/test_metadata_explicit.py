"""Explicit publication dates: which lines count, which are rejected (chrome widgets, quotes)."""

from __future__ import annotations

from claimgraph.metadata import extract_metadata

BODY = (
    "Officials said on Monday that the talks had stalled after a week of shelling near the front.\n\n"
    "The ministry said its forces had repelled several attacks overnight and that damage was limited."
)


def _page(*parts: str) -> str:
    return "\n\n".join(parts)


def test_metadata_explicit_first_published_line_day_first():
    raw = _page("Headline of the story", "Written by FE Online", BODY, "First published on: 30-07-2023 at 09:51 IST")
    pub = extract_metadata(raw).published
    assert (pub.date, pub.basis) == ("2023-07-30", "explicit")
    assert pub.evidence == "First published on: 30-07-2023 at 09:51 IST"


def test_metadata_explicit_ist_settles_ambiguous_numeric_date():
    raw = _page("Headline", BODY, "First published on: 02-03-2024 at 09:51 IST")
    pub = extract_metadata(raw).published
    assert pub.date == "2024-03-02" and not pub.ambiguous


def test_metadata_explicit_us_zone_reads_month_first():
    raw = _page("Headline", BODY, "Updated 02/03/2024 10:15 a.m. EST")
    assert extract_metadata(raw).published.date == "2024-02-03"


def test_metadata_explicit_ambiguity_recorded_in_evidence():
    raw = _page("Headline", BODY, "Posted 02/03/2024")
    pub = extract_metadata(raw).published
    assert pub.basis == "explicit" and pub.ambiguous
    assert pub.evidence.startswith("Posted 02/03/2024") and "ambiguous" in pub.evidence


def test_metadata_explicit_site_convention_from_other_dates():
    # The page writes 25/01/2022 elsewhere, so its 02/03/2024 is day-first too.
    raw = _page("Headline", "Posted 02/03/2024", BODY, "Comments", "Reader one 25/01/2022 wrote: nice")
    pub = extract_metadata(raw).published
    assert pub.date == "2024-03-02" and not pub.ambiguous


def test_metadata_explicit_published_wins_over_updated():
    raw = _page(
        "Headline",
        "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 9, 2023 at 6:00 p.m.",
        BODY,
        "Updated: November 10, 2023",
    )
    assert extract_metadata(raw).published.date == "2023-11-08"


def test_metadata_explicit_updated_line_counts():
    raw = _page("Headline", "Updated: 14 March 2021", BODY)
    pub = extract_metadata(raw).published
    assert (pub.date, pub.basis, pub.evidence) == ("2021-03-14", "explicit", "Updated: 14 March 2021")


def test_metadata_explicit_bare_date_at_end_of_article():
    raw = _page("Headline", BODY, "January 11, 2024 at 07:58PM", "Most Popular Articles")
    pub = extract_metadata(raw, BODY).published
    assert (pub.date, pub.basis) == ("2024-01-11", "explicit")


def test_metadata_explicit_bare_date_beside_byline():
    raw = _page("Menu", "Home", "World", "Europe", "Headline", "By Jane Doe", "March 3, 2024", BODY)
    pub = extract_metadata(raw).published
    assert pub.date == "2024-03-03" and pub.evidence == "March 3, 2024"


def test_metadata_explicit_dated_byline():
    raw = _page("Menu", "Headline", "Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", BODY)
    md = extract_metadata(raw)
    assert md.published.date == "2019-10-19" and md.byline == "Claudia Riedler"


def test_metadata_explicit_german_publication_lines():
    assert extract_metadata(_page("Titel", "Veröffentlicht am 5. November 2023, 14:09", BODY)).published.date == "2023-11-05"
    assert extract_metadata(_page("Titel", "[Stand: 08.05.2019, 05:02 Uhr]", BODY)).published.date == "2019-05-08"


def test_metadata_explicit_iso_line():
    assert extract_metadata(_page("Headline", "Published 2024-01-11T19:58:00Z", BODY)).published.date == "2024-01-11"


def test_metadata_explicit_rejects_temperature_widget():
    raw = _page("17.8 C", "Thursday, February 22, 2024", "Headline", BODY)
    pub = extract_metadata(raw).published
    assert pub.date != "2024-02-22" and pub.basis != "explicit"


def test_metadata_explicit_rejects_weekday_dateline_at_top():
    raw = _page("Sun. Jun 23rd, 2024", "Headline", BODY)
    pub = extract_metadata(raw).published
    assert pub.basis != "explicit" and pub.date != "2024-06-23"


def test_metadata_explicit_widget_rejected_but_real_line_kept():
    raw = _page("17.8 C", "Thursday, February 22, 2024", "Headline", BODY, "January 11, 2024 at 07:58PM")
    pub = extract_metadata(raw).published
    assert (pub.date, pub.basis) == ("2024-01-11", "explicit")


def test_metadata_explicit_weekday_dateline_beside_byline_kept():
    raw = _page("Headline", "By Jane Doe", "Thursday, January 11, 2024", BODY)
    assert extract_metadata(raw).published.date == "2024-01-11"


def test_metadata_explicit_date_in_quote_is_not_a_publication_line():
    body = (
        "“Published on 12 March 2024, the report was ignored,” the minister said on Friday.\n\n"
        "The committee said the findings were first published on 12 March 2024 in a statement."
    )
    pub = extract_metadata(_page("Headline", body), body).published
    assert pub.basis != "explicit"


def test_metadata_explicit_sentence_starting_with_cue_is_body_text():
    body = "Published on 12 March 2024, the report found that the army had used the missiles against towns in the east."
    pub = extract_metadata(_page("Headline", body)).published
    assert pub.basis != "explicit"


def test_metadata_explicit_date_list_is_not_a_publication_line():
    # A column of bare dates after the article is a comment or archive list.
    raw = _page("Headline", BODY, "Comments", "18. Oktober 2019 um 15:05 Uhr", "18. Oktober 2019 um 17:18 Uhr", "19. Oktober 2019 um 21:04 Uhr")
    assert extract_metadata(raw, BODY).published.basis != "explicit"


def test_metadata_explicit_date_range_line_rejected():
    raw = _page("a", "b", "c", "d", "Headline", "14 Oct 2014 - 10 Aug 2017", BODY)
    assert extract_metadata(raw).published.basis != "explicit"


def test_metadata_explicit_post_date_cue():
    raw = _page("Headline", "• Post date March 5, 2014", BODY, "September 21, 2014 at 2:58 pm")
    assert extract_metadata(raw).published.date == "2014-03-05"


def test_metadata_explicit_data_line_is_not_a_date_line():
    raw = _page("a", "b", "c", "d", "Headline", '"Timestamp": "2030-08-14 17:43:12",', BODY)
    assert extract_metadata(raw).published.basis != "explicit"


def test_metadata_explicit_comment_date_rejected():
    raw = _page("Headline", BODY, "Comments (1)", "1. Mensah James says:", "November 1, 2020 at 3:32 am", "Reply")
    assert extract_metadata(raw).published.basis != "explicit"


def test_metadata_explicit_body_found_despite_rewrapping():
    # The cleaner joined wrapped lines and dropped bullets; the body's end is still found, so a
    # date line far below it (a related-links list) is not taken.
    raw = _page(
        "Headline",
        "Beginner\n• Amateur level for\nnew players of the game",
        BODY,
        "Related",
        "Other story one",
        "Other story two",
        "Other story three",
        "Other story four",
        "Other story five",
        "• 02.02.2022",
        "Another related story",
    )
    body = "Beginner • Amateur level for new players of the game\n\n" + BODY
    assert extract_metadata(raw, body).published.basis != "explicit"
    assert extract_metadata(raw).published.basis == "explicit"  # without the body, it is all we have


def test_metadata_explicit_weather_line_anywhere_rejected():
    raw = _page("a", "b", "c", "d", "Headline", BODY, "Thursday, Nov 5th 2020 7PM 6°C 10PM 7°C")
    assert extract_metadata(raw).published.basis != "explicit"


def test_metadata_explicit_wire_dateline_with_year():
    raw = _page("Headline", "KYIV, Jan 11, 2024 (Reuters) - Ukraine said on Monday it had shot down 20 drones.", BODY)
    md = extract_metadata(raw)
    assert (md.published.date, md.published.basis) == ("2024-01-11", "explicit")
    assert md.published.evidence.startswith("KYIV, Jan 11, 2024 (Reuters) -") and md.outlet == "Reuters"
    # A yearless dateline is not explicit; it anchors the inference instead.
    pub = extract_metadata(_page("Headline", "KYIV, Jan 11 (Reuters) - Ukraine said on Monday ...", BODY), year_hint=2024).published
    assert (pub.date, pub.basis) == ("2024-01-11", "inferred")


def test_metadata_explicit_byline_date_beats_updated_line():
    raw = _page("Headline", "By Jane Doe", "March 3, 2024", "Updated: March 5, 2024", BODY)
    assert extract_metadata(raw).published.date == "2024-03-03"
    # An "Updated" line alone still gives an explicit date.
    assert extract_metadata(_page("Headline", "Updated: March 5, 2024", BODY)).published.date == "2024-03-05"
