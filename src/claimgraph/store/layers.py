"""Writers for per-article span layers (sentences, mentions, quotes, timexes, events)."""

from __future__ import annotations

import json

from ..model import Doc, content_id


def write_layers(con, doc: Doc) -> None:
    """Insert the doc's span layers; ids are content hashes of (article, layer, offsets)."""
    from .db import insert_rows

    insert_rows(con, "sentences", ("id", "article_id", "start", "end"),
                [(content_id(doc.id, "sentence", s.start, s.end), doc.id, s.start, s.end)
                 for s in doc.layers.get("sentences", [])])
    write_timexes(con, doc.id, doc.text or "", doc.layers.get("timexes", []))
    insert_rows(con, "mentions",
                ("id", "article_id", "start", "end", "text", "kind", "role", "affiliation", "canonical",
                 "actor_name", "metonym"),
                [(content_id(doc.id, "mention", m.start, m.end), doc.id, m.start, m.end, doc.span_text(m), m.label,
                  m.attrs.get("role"), m.attrs.get("affiliation"), m.attrs.get("canonical"), m.attrs.get("actor"),
                  bool(m.attrs.get("metonym")))
                 for m in doc.layers.get("mentions", [])])
    quotes = doc.layers.get("quotes", [])
    ids = {q.attrs.get("index"): content_id(doc.id, "quote", q.start, q.end, q.attrs.get("index")) for q in quotes}

    def pair(v):
        return (v[0], v[1]) if v else (None, None)

    insert_rows(con, "quotes",
                ("id", "article_id", "speaker_text", "cue", "content", "direct", "start", "end", "parent_id",
                 "cue_lemma", "kind", "content_spans", "cue_start", "cue_end", "source_start", "source_end",
                 "antecedent_start", "antecedent_end", "source_kind"),
                [(ids[q.attrs.get("index")], doc.id, q.attrs.get("source_text"), q.attrs.get("cue_text"),
                  q.attrs.get("content_text") or doc.span_text(q), q.label == "direct", q.start, q.end,
                  ids.get(q.attrs.get("parent")), q.attrs.get("cue_lemma"), q.attrs.get("kind"),
                  json.dumps(q.attrs.get("content")), *pair(q.attrs.get("cue")), *pair(q.attrs.get("source")),
                  *pair(q.attrs.get("antecedent")), q.attrs.get("source_kind"))
                 for q in quotes])


def write_timexes(con, article_id: str, text: str, timexes) -> None:
    """Insert timex rows of one article."""
    from .db import insert_rows

    insert_rows(con, "timexes", ("id", "article_id", "start", "end", "text", "type", "value", "mod"),
                [(content_id(article_id, "timex", t.start, t.end), article_id, t.start, t.end,
                  text[t.start:t.end], t.label, t.attrs.get("value"), t.attrs.get("mod"))
                 for t in timexes])
