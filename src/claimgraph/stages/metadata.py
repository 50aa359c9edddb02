"""metadata: byline, outlet or credit, and publication date with its basis and evidence."""

from __future__ import annotations

from ..model import Doc
from ..pipeline import Stage


class MetadataStage(Stage):
    name = "metadata"
    version = "1"
    requires = ("content", "text")
    provides = ("byline", "outlet", "published")

    def process(self, doc: Doc) -> Doc | None:
        from ..metadata import extract_metadata

        hints = dict(doc.hints)
        if doc.format == "html":
            # The page markup is no use to a text-line extractor; the extracted body and the
            # metadata trafilatura found (in hints) are.
            raw = "\n\n".join(x for x in (doc.meta.get("title"), doc.text) if x)
        else:
            raw = doc.content
        md = extract_metadata(raw, doc.text, hints=hints)
        doc.meta["byline"] = md.byline
        doc.meta["outlet"] = md.outlet
        p = md.published
        doc.meta["published"] = {"date": p.date, "basis": p.basis, "evidence": p.evidence}
        return doc
