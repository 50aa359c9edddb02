"""Writers for per-article span layers (sentences, mentions, quotes, timexes, events)."""

from __future__ import annotations

from ..model import Doc, content_id


def write_layers(con, doc: Doc) -> None:
    """Insert the doc's span layers; ids are content hashes of (article, layer, offsets)."""
    sents = doc.layers.get("sentences", [])
    if sents:
        con.executemany(
            "INSERT INTO sentences VALUES (?, ?, ?, ?)",
            [(content_id(doc.id, "sentence", s.start, s.end), doc.id, s.start, s.end) for s in sents],
        )
    timexes = doc.layers.get("timexes", [])
    if timexes:
        con.executemany(
            "INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (content_id(doc.id, "timex", t.start, t.end), doc.id, t.start, t.end,
                 doc.span_text(t), t.label, t.attrs.get("value"))
                for t in timexes
            ],
        )
