"""Property tests: the tagger never crashes and its spans always point into the text."""
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.timex import tag

WORDS = st.sampled_from(
    ["last", "next", "Friday", "May", "March", "the", "3", "1991", "-", "30-07-2023", "years", "ago", "quarter",
     "third", "early", "a", "day", "after", "p.m.", "5", ":", "the 1990s", "every", "week", ",", ".", "İ", "\n",
     "Sept.", "24", "of", "year", "will", "said", "noon", "two", "half", "'80s", "fiscal", "Christmas"]
)


def _check(text, anchor):
    out = tag(text, anchor)
    for t in out:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.value
    spans = sorted((t.start, t.end) for t in out)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))  # no overlaps


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))))
def test_timex_properties_any_text_any_anchor(text, anchor):
    _check(text, anchor)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join), st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))))
def test_timex_properties_temporal_word_soup(text, anchor):
    _check(text, anchor)


def test_timex_properties_deterministic():
    text = "He said on Friday that talks would resume next week, two years after the 1990s boom."
    a = dt.date(2024, 1, 11)
    assert tag(text, a) == tag(text, a)


def test_timex_properties_long_text_stays_linear():
    # expressions in one run-on "sentence": selection and tense lookup must not go quadratic
    import time

    unit = "the past few weeks and 2 1/2 years ago last Friday at 5 p.m. "

    def cost(n):
        t0 = time.perf_counter()
        out = tag(unit * n, dt.date(2024, 1, 1))
        assert len(out) == 4 * n
        return time.perf_counter() - t0

    small, big = cost(500), cost(2000)
    assert big < 9 * small  # linear: ~4x; quadratic: ~16x


@settings(max_examples=100, deadline=None)
@given(
    st.lists(WORDS, max_size=30).map(" ".join),
    st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=5),
)
def test_timex_properties_any_sentence_spans(text, spans):
    # sentence spans from a caller may be odd (empty, reversed, out of range): never a crash
    out = tag(text, dt.date(2024, 1, 11), sentences=spans)
    for t in out:
        assert text[t.start : t.end] == t.text
