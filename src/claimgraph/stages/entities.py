"""entities: mentions of people, organisations, countries, places and weapons, resolved within the
article (partial names, metonyms, roles and affiliations). Corpus-wide canonical entities and
actors are made afterwards by ``claimgraph.corpus.canonicalise_entities``."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..model import Doc, Span
from ..pipeline import Stage


class EntityStage(Stage):
    name = "entities"
    version = "1"
    requires = ("parse",)
    provides = ("mentions",)

    def __init__(self, gazetteers: Sequence[Path] = ()) -> None:
        self.gazetteers = tuple(Path(g) for g in gazetteers)

    def setup(self) -> None:
        from ..entities import EntityTagger

        self.tagger = EntityTagger(self.gazetteers)
        self.tagger.setup()

    def process(self, doc: Doc) -> Doc | None:
        sd = doc.scratch["spacy"]
        spans = [
            Span(m.start, m.end, m.kind, {"text": m.text, "canonical": m.canonical, "actor": m.actor, "role": m.role,
                                          "affiliation": m.affiliation, "metonym": m.metonym, "found_by": m.source})
            for m in self.tagger.tag_doc(sd)
            if m.end <= len(doc.text or "")
        ]
        doc.add_spans("mentions", spans)
        return doc
