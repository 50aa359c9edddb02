"""Inferred publication dates from the dates and weekdays a body mentions."""

from __future__ import annotations

from claimgraph.metadata import extract_metadata, infer_published


def test_metadata_infer_latest_full_date():
    body = "The deal was signed on March 3, 2024. Talks began on January 5, 2024 in Geneva."
    pub = infer_published(body)
    assert (pub.date, pub.basis) == ("2024-03-03", "inferred")
    assert '"March 3, 2024"' in pub.evidence


def test_metadata_infer_weekday_moves_anchor_forward():
    body = "Soldiers fired at the town on Monday, June 24, 2024. Officials spoke on Thursday in Seoul."
    pub = infer_published(body)
    assert pub.date == "2024-06-27"
    assert "on Thursday" in pub.evidence


def test_metadata_infer_latest_weekday_wins():
    # Anchor Saturday 2023-12-30: Tuesday → Jan 2, Thursday → Jan 4.
    body = "Kirby said on Thursday that a missile landed on December 30, 2023. More were fired on Tuesday."
    assert infer_published(body).date == "2024-01-04"


def test_metadata_infer_last_weekday_counts():
    body = "The strike came on December 13, 2023. Kirby described it in remarks last Thursday."
    assert infer_published(body).date == "2023-12-14"


def test_metadata_infer_future_phrases_ignored():
    body = (
        "The strikes began on June 24, 2024. Workers would be sent in as early as July 5, 2024, "
        "and the pact takes effect by August 1, 2024. Talks will resume on Friday."
    )
    pub = infer_published(body)
    assert pub.date == "2024-06-24"


def test_metadata_infer_yearless_date_needs_an_anchor():
    body = "A missile landed on December 30 in a field. More were fired on Tuesday."
    assert infer_published(body).basis == "unknown"
    pub = infer_published(body, year_hint=2024)
    # The nearest past December 30 for an article of 2024 is 2023-12-30; Tuesday after it is Jan 2.
    assert (pub.date, pub.basis) == ("2024-01-02", "inferred")
    assert "year_hint 2024" in pub.evidence


def test_metadata_infer_yearless_early_month_takes_hint_year():
    assert infer_published("The vote was held on June 5 in the capital.", year_hint=2024).date == "2024-06-05"


def test_metadata_infer_yearless_date_takes_year_from_text_before_it():
    body = "The offensive began on January 5, 2024 near the river. On January 8 the town fell."
    pub = infer_published(body, year_hint=2019)
    assert pub.date == "2024-01-08"
    assert "2019" not in pub.evidence


def test_metadata_infer_nothing_to_go_on():
    pub = infer_published("Officials said the talks had stalled. In October, the ministry said more.")
    assert (pub.date, pub.basis, pub.evidence) == (None, "unknown", None)


def test_metadata_infer_caption_dates_count():
    raw = (
        "Headline\n\n"
        "Soldiers fire towards positions at the frontline in Donetsk, Ukraine, Monday, June 24, 2024.\n\n"
        "By Jane Doe\n\n"
        "Officials made the comments on Thursday at a press conference in Seoul.\n\n"
        "The warning comes as ties between the two countries deteriorate further."
    )
    body = "Officials made the comments on Thursday at a press conference in Seoul.\n\nThe warning comes as ties between the two countries deteriorate further."
    pub = extract_metadata(raw, body).published
    assert (pub.date, pub.basis) == ("2024-06-27", "inferred")


def test_metadata_infer_chrome_widget_not_used():
    raw = "Sun. Jun 23rd, 2024\n\nHeadline\n\nThe city was shelled on Tuesday, officials said in a statement today."
    pub = extract_metadata(raw).published
    assert pub.date is None and pub.basis == "unknown"


def test_metadata_infer_chrome_widget_not_used_with_temperature():
    raw = "17.8 C\nThursday, February 22, 2024\n\nHeadline\n\nThe strike hit on January 2, 2024, officials said."
    assert extract_metadata(raw).published.date == "2024-01-02"


def test_metadata_infer_explicit_date_beats_inference():
    raw = "Headline\n\nPublished on 12 March 2024\n\nThe strike hit on March 20, 2024 and on Friday."
    pub = extract_metadata(raw).published
    assert (pub.date, pub.basis) == ("2024-03-12", "explicit")


def test_metadata_infer_published_with_raw_counts_captions():
    raw = (
        "Headline\n\n"
        "Soldiers fire towards positions at the frontline in Donetsk, Ukraine, Monday, June 24, 2024.\n\n"
        "Officials made the comments on Thursday at a press conference in Seoul."
    )
    body = "Officials made the comments on Thursday at a press conference in Seoul."
    assert infer_published(body).basis == "unknown"
    assert infer_published(body, raw=raw).date == "2024-06-27"


def test_metadata_infer_unplaced_yearless_dates_are_reported():
    body = "Troops crossed on February 24, 2022.\n\nThe city was struck on December 30, killing 20."
    pub = infer_published(body)
    assert pub.date == "2022-02-24" and 'not used, no year to anchor them: "December 30"' in pub.evidence
    assert "not used" not in infer_published(body, year_hint=2024).evidence


def test_metadata_infer_widget_kept_by_cleaner_still_ignored():
    raw = "17.8 C\nThursday, February 22, 2024\n\nHeadline\n\nThe strike hit on January 2, 2024, officials said."
    body = "Thursday, February 22, 2024\n\nThe strike hit on January 2, 2024, officials said."
    assert extract_metadata(raw, body).published.date == "2024-01-02"
    assert infer_published(body, raw=raw).date == "2024-01-02"


def test_metadata_infer_more_future_cues():
    body = (
        "Talks ended on March 3, 2024. The festival starts on June 5, 2024 in the park. "
        "Der neue Tarif gilt ab dem 01.07.2024. Am kommenden Samstag gibt es ein Treffen."
    )
    assert infer_published(body).date == "2024-03-03"


def test_metadata_infer_future_after_date_and_weather_widget():
    body = (
        "The trial opened on March 3, 2024 in the capital. On July 5, 2024 the court will rule. "
        "Am 5. November 2024 wird sie 100 Jahre alt. Thursday, Nov 5th 2024 7PM 6°C 10PM 7°C"
    )
    assert infer_published(body).date == "2024-03-03"


def test_metadata_infer_reported_future_keeps_the_date():
    # The date is when it was said; the future belongs to what was said.
    body = "On March 3, 2024 officials said they will reopen the border. Talks began on March 1, 2024."
    assert infer_published(body).date == "2024-03-03"


def test_metadata_infer_dateline_is_the_publication_day():
    body = "WASHINGTON, August 8 (Xinhua) --  President Bill Clinton Saturday condemned the bombings. He spoke on Friday too."
    pub = infer_published(body, year_hint=1998)
    assert pub.date == "1998-08-08" and "dateline" in pub.evidence
    assert infer_published("KYIV, Jan 11, 2024 (Reuters) - Ukraine said on Monday ...").date == "2024-01-11"
    # A place and a date without the dash after them are not a dateline.
    assert "dateline" not in infer_published("In Geneva, March 3, 2024 was a calm day.").evidence


def test_metadata_infer_financial_terms_are_future():
    body = (
        "The company said on Oct. 30, 1989 that holders of notes due March 15, 2007 may convert. "
        "The rights, which expire Nov. 21, can be exercised. The offer was extended until 5 p.m. EST Nov. 9. "
        "The dividend is payable Jan. 3 to stock of record Nov. 16."
    )
    assert infer_published(body, year_hint=1989).date == "1989-10-30"
