from __future__ import annotations

import pytest

from claimgraph.errors import ClaimgraphError
from claimgraph.model import Doc, ImmutableTextError, Span
from claimgraph.pipeline import Pipeline, Stage


class Upper(Stage):
    name, version, requires, provides = "upper", "1", ("content",), ("text",)

    def process(self, doc):
        doc.set_text(doc.content.upper())
        return doc


class NeedsText(Stage):
    name, version, requires, provides = "needs", "2", ("text",), ("sentences",)

    def process(self, doc):
        if "DROP" in doc.text:
            doc.dropped = "CG-W302: asked to drop"
            return None
        if "BOOM" in doc.text:
            raise RuntimeError("exploded")
        doc.add_spans("sentences", [Span(0, len(doc.text))])
        return doc


def test_pipeline_refuses_chain_with_unmet_needs():
    with pytest.raises(ClaimgraphError) as exc:
        Pipeline([NeedsText(), Upper()])
    assert exc.value.code == "CG-E107"
    assert "text" in exc.value.message


def test_pipeline_counts_in_out_and_dropped_with_reason():
    pipe = Pipeline([Upper(), NeedsText()])
    docs = [Doc.from_content(f"s{i}", c) for i, c in enumerate(["keep me", "drop me", "boom", "fine"])]
    counts = {}
    out = list(pipe.run(docs, counts))
    assert [d.dropped is None for d in out] == [True, False, False, True]
    assert counts["upper"].n_in == 4 and counts["upper"].n_out == 4
    assert counts["needs"].n_in == 4 and counts["needs"].n_out == 2
    assert counts["needs"].dropped == {"CG-W302": 1, "CG-W303 stage needs@2 failed": 1}
    assert out[2].dropped.startswith("CG-W303 stage needs@2 failed: RuntimeError")
    assert pipe.versions == {"upper": "1", "needs": "2"}


def test_model_text_is_set_once():
    d = Doc.from_content("x", "abc")
    d.set_text("abc")
    with pytest.raises(ImmutableTextError):
        d.set_text("other")


def test_model_spans_must_lie_inside_text():
    d = Doc.from_content("x", "abc")
    d.set_text("abc")
    d.add_spans("s", [Span(0, 3)])
    with pytest.raises(ValueError):
        d.add_spans("s", [Span(1, 4)])
    with pytest.raises(ValueError):
        Span(3, 1)


def test_model_id_is_content_hash_not_path():
    a = Doc.from_content("a/x.txt", "same text")
    b = Doc.from_content("b/y.txt", "same text")
    c = Doc.from_content("a/x.txt", "other text")
    assert a.id == b.id != c.id
