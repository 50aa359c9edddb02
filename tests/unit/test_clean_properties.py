"""Properties of the page cleaner: never crashes, never invents text, deterministic."""

from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.clean import CleanResult, clean_page, line_key
import re

from claimgraph.clean.lines import normalise_ws

# The cleaner turns control and zero-width characters (binary junk) into spaces; apart from
# that, every paragraph it returns must be a piece of the page.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")

LINES = st.sampled_from(
    [
        "Read more",
        "Share this articleComments",
        "17.8 C",
        "Thursday, February 22, 2024",
        "By Jane Doe",
        "[Al Jazeera]",
        "Crimean attacks",
        "The minister said on Tuesday that the new rules would apply to all companies from next year.",
        "Critics argued that it would raise prices for consumers and that the timetable was too short.",
        "Die Regierung hat am Dienstag beschlossen, dass die neuen Regeln ab dem nächsten Jahr gelten.",
        "Related Articles",
        "",
        "   ",
        "x" * 190,
        "習近平在會議上發表講話，強調要加強合作。",
    ]
)
PAGES = st.one_of(
    st.text(max_size=3000),
    st.lists(st.one_of(LINES, st.text(max_size=120)), max_size=60).map("\n".join),
    st.binary(max_size=2000).map(lambda b: b.decode("latin-1")),
)


@settings(max_examples=300, deadline=None)
@given(PAGES)
def test_clean_properties_never_crashes_and_never_invents(raw):
    res = clean_page(raw)
    assert isinstance(res, CleanResult)
    flat = normalise_ws(CONTROL.sub(" ", raw))
    for para in res.body.split("\n\n") if res.body else []:
        assert para == normalise_ws(para) and para
        assert para in flat
    if res.title is not None:
        assert res.title in flat
    for text, reason in res.dropped:
        assert reason and isinstance(text, str)


@settings(max_examples=100, deadline=None)
@given(PAGES)
def test_clean_properties_deterministic(raw):
    assert clean_page(raw) == clean_page(raw)


def test_clean_properties_edge_inputs():
    for raw in ["", "\n\n\n", "a", "x" * 200_000, "\x00\x01\x02" * 1000, "\ud800", "€" * 5000]:
        res = clean_page(raw)
        assert isinstance(res.body, str)


@given(st.text(max_size=200))
def test_clean_properties_line_key_idempotent(s):
    assert line_key(line_key(s)) == line_key(s)
