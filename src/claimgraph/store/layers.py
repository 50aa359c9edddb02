"""Writers for per-article span layers (sentences, mentions, quotes, timexes, events)."""

from __future__ import annotations

from ..model import Doc, content_id


def write_layers(con, doc: Doc) -> None:
    """Insert the doc's span layers; ids are content hashes of (article, layer, offsets)."""
    from .db import insert_rows

    insert_rows(con, "sentences", ("id", "article_id", "start", "end"),
                [(content_id(doc.id, "sentence", s.start, s.end), doc.id, s.start, s.end)
                 for s in doc.layers.get("sentences", [])])
    insert_rows(con, "timexes", ("id", "article_id", "start", "end", "text", "type", "value"),
                [(content_id(doc.id, "timex", t.start, t.end), doc.id, t.start, t.end,
                  doc.span_text(t), t.label, t.attrs.get("value"))
                 for t in doc.layers.get("timexes", [])])
