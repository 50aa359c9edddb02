"""Golden checks of the metadata extractor on the five seed articles (examples/seeds)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimgraph.metadata import extract_metadata

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")


def _body(raw: str, first: str, last: str) -> str:
    """The article body cut from the raw page by hand-chosen first and last words."""
    start = raw.index(first)
    end = raw.index(last, start) + len(last)
    return raw[start:end]


@pytest.mark.parametrize("with_body", [False, True])
def test_seeds_metadata_000_explicit_first_published(with_body):
    raw = _seed("000")
    body = _body(raw, "Ukrainian soldiers were seen", "with their plan.") if with_body else None
    md = extract_metadata(raw, body, year_hint=2024)
    assert (md.published.date, md.published.basis) == ("2023-07-30", "explicit")
    assert md.published.evidence == "First published on: 30-07-2023 at 09:51 IST"
    assert (md.byline, md.outlet) == ("FE Online", "Reuters")


@pytest.mark.parametrize("with_body", [False, True])
def test_seeds_metadata_001_bare_line_not_chrome_widget(with_body):
    raw = _seed("001")
    body = _body(raw, "The US is peddling", "all sorts of things”.") if with_body else None
    md = extract_metadata(raw, body, year_hint=2024)
    assert (md.published.date, md.published.basis) == ("2024-01-11", "explicit")
    assert md.published.evidence == "January 11, 2024 at 07:58PM"
    assert md.published.date != "2024-02-22"
    assert md.byline is None


def test_seeds_metadata_002_inferred_with_year_hint():
    raw = _seed("002")
    md = extract_metadata(raw)
    assert md.published.basis != "explicit"
    assert md.outlet == "Al Jazeera"
    pub = extract_metadata(raw, year_hint=2024).published
    assert (pub.date, pub.basis) == ("2024-01-04", "inferred")
    assert '"December 30"' in pub.evidence and "Thursday" in pub.evidence


def test_seeds_metadata_003_not_the_chrome_date():
    raw = _seed("003")
    pub = extract_metadata(raw, year_hint=2024).published
    assert pub.basis == "inferred"
    assert pub.date != "2024-06-23" and "Jun 23rd" not in pub.evidence
    assert date(2024, 1, 1) <= date.fromisoformat(pub.date) <= date(2024, 1, 15)


@pytest.mark.parametrize("with_body", [False, True])
def test_seeds_metadata_004_inferred_from_caption_and_weekday(with_body):
    raw = _seed("004")
    body = _body(raw, "The warning came at a time", "east and northeast areas.") if with_body else None
    md = extract_metadata(raw, body, year_hint=2024)
    assert (md.published.date, md.published.basis) == ("2024-06-27", "inferred")
    assert "June 24, 2024" in md.published.evidence and "on Thursday" in md.published.evidence
    assert "July 2024" not in md.published.evidence
    assert (md.byline, md.outlet) == ("Angela Skujins", "AP")
