"""nlp: one spaCy parse per article (sentences, tokens, dependencies, named entities), shared by
the entity and attribution stages so that the text is parsed once."""

from __future__ import annotations

from ..model import Doc, Span
from ..pipeline import Stage

#: Articles longer than this are parsed on their first MAX_PARSE_CHARS characters only (with a warning):
#: parse time grows with length and nothing in news needs more.
MAX_PARSE_CHARS = 200_000


class NlpStage(Stage):
    name = "nlp"
    version = "1"
    requires = ("text",)
    provides = ("sentences", "parse")

    def setup(self) -> None:
        from ..attribution.attributor import load_nlp

        self.nlp = load_nlp()

    def process(self, doc: Doc) -> Doc | None:
        self.process_batch([doc])
        return doc if doc.dropped is None else None

    def process_batch(self, docs: list[Doc]) -> None:
        texts = []
        for d in docs:
            t = d.text or ""
            if len(t) > MAX_PARSE_CHARS:
                d.warnings.append(f"only the first {MAX_PARSE_CHARS:,} of {len(t):,} characters were parsed")
                t = t[:MAX_PARSE_CHARS]
            texts.append(t)
        for d, sd in zip(docs, self.nlp.pipe(texts, batch_size=16)):
            d.scratch["spacy"] = sd
            d.add_spans("sentences", [Span(s.start_char, s.end_char) for s in sd.sents])
