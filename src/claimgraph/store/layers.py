"""Writers for per-article span layers (sentences, mentions, quotes, timexes). Rows of a whole batch
of articles go in one insert per table."""

from __future__ import annotations

import json
from typing import Sequence

from ..model import Doc, Span, content_id

TIMEX_COLUMNS = ("id", "article_id", "start", "end", "text", "type", "value", "mod")
MENTION_COLUMNS = ("id", "article_id", "start", "end", "text", "kind", "role", "affiliation", "canonical",
                   "actor_name", "metonym")
QUOTE_COLUMNS = ("id", "article_id", "speaker_text", "cue", "content", "direct", "start", "end", "parent_id",
                 "cue_lemma", "kind", "content_spans", "cue_start", "cue_end", "source_start", "source_end",
                 "antecedent_start", "antecedent_end", "source_kind")


def timex_rows(article_id: str, text: str, timexes: Sequence[Span]) -> list[tuple]:
    return [(content_id(article_id, "timex", t.start, t.end), article_id, t.start, t.end, text[t.start:t.end],
             t.label, t.attrs.get("value"), t.attrs.get("mod")) for t in timexes]


def _pair(v) -> tuple:
    return (v[0], v[1]) if v else (None, None)


def _quote_rows(doc: Doc) -> list[tuple]:
    quotes = doc.layers.get("quotes", [])
    ids = {q.attrs.get("index"): content_id(doc.id, "quote", q.start, q.end, q.attrs.get("index")) for q in quotes}
    return [(ids[q.attrs.get("index")], doc.id, q.attrs.get("source_text"), q.attrs.get("cue_text"),
             q.attrs.get("content_text") or doc.span_text(q), q.label == "direct", q.start, q.end,
             ids.get(q.attrs.get("parent")), q.attrs.get("cue_lemma"), q.attrs.get("kind"),
             json.dumps(q.attrs.get("content")), *_pair(q.attrs.get("cue")), *_pair(q.attrs.get("source")),
             *_pair(q.attrs.get("antecedent")), q.attrs.get("source_kind"))
            for q in quotes]


def write_layers(con, docs: Sequence[Doc]) -> None:
    """Insert the span layers of a batch of docs; ids are content hashes of (article, layer, offsets)."""
    from .db import insert_rows

    insert_rows(con, "sentences", ("id", "article_id", "start", "end"),
                [(content_id(d.id, "sentence", s.start, s.end), d.id, s.start, s.end)
                 for d in docs for s in d.layers.get("sentences", [])])
    insert_rows(con, "timexes", TIMEX_COLUMNS,
                [r for d in docs for r in timex_rows(d.id, d.text or "", d.layers.get("timexes", []))])
    insert_rows(con, "mentions", MENTION_COLUMNS,
                [(content_id(d.id, "mention", m.start, m.end), d.id, m.start, m.end, d.span_text(m), m.label,
                  m.attrs.get("role"), m.attrs.get("affiliation"), m.attrs.get("canonical"), m.attrs.get("actor"),
                  bool(m.attrs.get("metonym")))
                 for d in docs for m in d.layers.get("mentions", [])])
    insert_rows(con, "quotes", QUOTE_COLUMNS, [r for d in docs for r in _quote_rows(d)])


def write_timexes(con, article_id: str, text: str, timexes: Sequence[Span]) -> None:
    """Insert timex rows of one article."""
    from .db import insert_rows

    insert_rows(con, "timexes", TIMEX_COLUMNS, timex_rows(article_id, text, timexes))
