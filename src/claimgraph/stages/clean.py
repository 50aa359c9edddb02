"""clean: page text or HTML → the article's cleaned body (the Doc's immutable text), title and dek."""

from __future__ import annotations

from ..model import Doc
from ..pipeline import Stage

#: Bodies shorter than this many characters are not articles (a page of chrome, an error page).
MIN_BODY_CHARS = 200


class CleanStage(Stage):
    name = "clean"
    version = "1"
    requires = ("content",)
    provides = ("text", "title", "dek")

    def __init__(self, min_chars: int = MIN_BODY_CHARS) -> None:
        self.min_chars = min_chars

    def process(self, doc: Doc) -> Doc | None:
        if doc.format == "html":
            from ..readers import extract_html

            ex = extract_html(doc.content, url=doc.hints.get("url"))
            body, title, dek = ex.body, ex.title, None
            for key, value in (("byline", ex.byline), ("date", ex.date), ("sitename", ex.sitename), ("url", ex.url)):
                if value and not doc.hints.get(key):
                    doc.hints[key] = value
            doc.meta["dropped_lines"] = []
        else:
            from ..clean import clean_page

            res = clean_page(doc.content)
            body, title, dek = res.body, res.title, res.dek
            doc.meta["dropped_lines"] = [list(d) for d in res.dropped]
        title = doc.hints.get("title") or title
        doc.meta["title"] = title.strip() if title else None
        doc.meta["dek"] = dek
        body = body.strip()
        if not body:
            doc.dropped = "CG-W301: no article text left after cleaning (the page holds only chrome)"
            return None
        if len(body) < self.min_chars:
            doc.dropped = f"CG-W302: article text too short ({len(body)} characters < {self.min_chars})"
            return None
        doc.set_text(body)
        return doc
