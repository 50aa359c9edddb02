"""timex: date, time, duration and set expressions normalised against the publication date."""

from __future__ import annotations

import datetime as dt

from ..model import Doc, Span
from ..pipeline import Stage


def anchor_of(doc_published: dict | None) -> dt.date | None:
    """The anchor for relative expressions: the publication date, explicit or inferred."""
    date = (doc_published or {}).get("date")
    return dt.date.fromisoformat(date) if date else None


def timex_spans(text: str, anchor: dt.date | None, sentences: list[tuple[int, int]] | None = None) -> list[Span]:
    """TIMEX3 spans of a text (label = type; attrs value, mod, text)."""
    from ..timex import tag

    return [Span(t.start, t.end, t.type, {"value": t.value, "mod": t.mod, "text": t.text})
            for t in tag(text, anchor, sentences=sentences)]


class TimexStage(Stage):
    name = "timex"
    version = "1"
    requires = ("text", "published")
    provides = ("timexes",)

    def process(self, doc: Doc) -> Doc | None:
        sents = [(s.start, s.end) for s in doc.layers.get("sentences", [])] or None
        doc.add_spans("timexes", timex_spans(doc.text or "", anchor_of(doc.meta.get("published")), sents))
        return doc
