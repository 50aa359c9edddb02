"""quotes: direct quotes and reported speech with cue and speaker (resolved to a mention of the
article where the speaker is a pronoun or a description such as "the Russian diplomat")."""

from __future__ import annotations

from ..model import Doc, Span
from ..pipeline import Stage


class QuoteStage(Stage):
    name = "quotes"
    version = "1"
    requires = ("parse", "mentions")
    provides = ("quotes",)

    def setup(self) -> None:
        from ..attribution import Attributor

        self.attributor = Attributor()
        self.attributor.setup()

    def process(self, doc: Doc) -> Doc | None:
        text = doc.text or ""
        out = []
        for i, a in enumerate(self.attributor.extract_doc(doc.scratch["spacy"])):
            if not a.content:
                continue
            start = min(s for s, _ in a.content)
            end = max(e for _, e in a.content)
            if end > len(text):
                continue
            out.append(Span(start, end, "direct" if a.direct else "reported", {
                "index": i, "content": [list(c) for c in a.content],
                "content_text": " … ".join(text[s:e] for s, e in a.content),
                "cue": list(a.cue) if a.cue else None, "cue_text": text[a.cue[0]:a.cue[1]] if a.cue else None,
                "cue_lemma": a.cue_lemma,
                "source": list(a.source) if a.source else None,
                "source_text": text[a.source[0]:a.source[1]] if a.source else None,
                "antecedent": list(a.antecedent) if a.antecedent else None,
                "parent": a.parent, "kind": a.kind, "source_kind": a.source_kind,
            }))
        doc.add_spans("quotes", out)
        return doc
