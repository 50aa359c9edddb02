"""Properties of the metadata extractor on arbitrary input (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.metadata import extract_metadata, infer_published

# Fragments that reach the date, byline and credit rules, mixed with arbitrary text.
FRAGMENTS = [
    "First published on: ", "Published ", "Updated: ", "Posted on ", "Stand: ", "By ", "Von ", "Written by ",
    "January ", "Dec. ", "Monday, ", "Sun. ", "Jun ", "30", "31", "02", "12", "2024", "1999", "23rd", ", ", " ",
    "-", "/", ".", "\n", "\n\n", "\u00a0", "17.8 C", " at 09:51 IST", " EST", "on Thursday", "last Tuesday",
    "(With Reuters inputs)", "[Al Jazeera]", " and news agencies", "Copyright AP", " with AP", "“", "”",
    "as early as ", "Angela Skujins", "FE Online", "2024-01-11T19:58", "5. November 2023", "Dezember",
]
pageish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
any_text = st.one_of(st.text(max_size=400), pageish)


def _check(md, raw):
    pub = md.published
    assert pub.basis in ("explicit", "inferred", "unknown")
    if pub.date is None:
        assert pub.basis == "unknown"
    else:
        assert date.fromisoformat(pub.date).isoformat() == pub.date
        assert pub.basis != "unknown" and pub.evidence
    if pub.basis == "explicit":
        line = pub.evidence.split(" [ambiguous", 1)[0] if pub.ambiguous else pub.evidence
        assert line in raw
    for value in (md.byline, md.outlet):
        assert value is None or (isinstance(value, str) and value.strip())


@settings(max_examples=300, deadline=None)
@given(raw=any_text, body=st.one_of(st.none(), any_text), year_hint=st.one_of(st.none(), st.integers(-10, 10**6)))
def test_metadata_properties_never_crash_and_valid(raw, body, year_hint):
    _check(extract_metadata(raw, body, year_hint=year_hint), raw)


@settings(max_examples=150, deadline=None)
@given(body=any_text, year_hint=st.one_of(st.none(), st.integers(1, 9999)))
def test_metadata_properties_infer_valid(body, year_hint):
    pub = infer_published(body, year_hint=year_hint)
    assert pub.basis in ("inferred", "unknown")
    if pub.date is not None:
        assert date.fromisoformat(pub.date).isoformat() == pub.date


@settings(max_examples=100, deadline=None)
@given(raw=any_text)
def test_metadata_properties_deterministic(raw):
    assert extract_metadata(raw) == extract_metadata(raw)


@settings(max_examples=150, deadline=None)
@given(raw=pageish, cut=st.tuples(st.integers(0, 400), st.integers(0, 400)), year_hint=st.sampled_from([None, 2024]))
def test_metadata_properties_body_cut_from_page(raw, cut, year_hint):
    # The pipeline passes a body that is (roughly) a piece of the page.
    a, b = sorted(cut)
    md = extract_metadata(raw, raw[a:b], year_hint=year_hint)
    _check(md, raw)
    pub = infer_published(raw[a:b], year_hint=year_hint, raw=raw)
    assert pub.basis in ("inferred", "unknown")
