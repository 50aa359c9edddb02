"""HTML page -> article body and metadata, with trafilatura (the reference extractor here).

The body is rebuilt from trafilatura's element tree rather than its plain-text output, so that
paragraphs, headings, list items and tables become blocks separated by a blank line ("\\n\\n")
while a <br> inside a paragraph stays a single "\\n".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n{2,}")
_BLOCK_CHILDREN = {"p", "head", "list", "table", "quote", "code", "div"}


@dataclass(slots=True)
class HtmlExtract:
    """What `extract_html` found: the cleaned body plus page metadata (None when absent).

    `method` says which path produced the body: "trafilatura", "trafilatura-recall" (second
    try favouring recall), "html2txt" (all visible text, page chrome included), "plain" (the
    input had no markup and was kept as text) or "none"
    (nothing usable: `body` is ""; report it with code CG-W230).
    """

    body: str
    title: str | None
    byline: str | None
    date: str | None
    sitename: str | None
    url: str | None
    description: str | None = None
    language: str | None = None
    method: str = "trafilatura"
    warnings: list[str] = field(default_factory=list)


def extract_html(html: str, url: str | None = None) -> HtmlExtract:
    """Extract the article body and metadata of an HTML page; never raises.

    Uses `trafilatura.bare_extraction` (comments off, tables on, precision not favoured,
    metadata on). When it finds nothing, retries favouring recall, then falls back to
    `trafilatura.html2txt`. Dates come out as "YYYY-MM-DD".
    """
    import trafilatura

    warnings: list[str] = []
    doc = None
    method = "none"
    for label, kwargs in (("trafilatura", {}), ("trafilatura-recall", {"favor_recall": True})):
        try:
            doc = trafilatura.bare_extraction(
                html, url=url, include_comments=False, include_tables=True, favor_precision=False,
                with_metadata=True, deduplicate=False, **kwargs,
            )
        except Exception as exc:  # malformed markup must not stop a run
            warnings.append(f"trafilatura failed ({type(exc).__name__}: {str(exc)[:80]})")
            doc = None
        if doc is not None and _has_text(doc):
            method = label
            break

    meta = doc
    body = ""
    if method != "none":
        body = _body_from_tree(doc.body) if getattr(doc, "body", None) is not None else ""
        if not body.strip():
            body = _paragraphs_from_text(doc.text or "")
        body = _drop_repeated_title(body, doc.title)
    else:
        if meta is None:
            try:
                meta = trafilatura.extract_metadata(html, default_url=url)
            except Exception:
                meta = None
        try:
            body = _paragraphs_from_text(trafilatura.html2txt(html) or "")
        except Exception:
            body = ""
        if body.strip():
            method = "html2txt"
            warnings.append("no article found; body is all visible text of the page (html2txt)")
        elif "<" not in html and html.strip():
            # Plain text given as HTML (e.g. a JSONL "html" field holding text): keep it as text.
            body = "\n\n".join(_clean(p) for p in _BLANK_LINES.split(html.replace("\r\n", "\n")) if _clean(p))
            method = "plain"
            warnings.append("no HTML markup found; the input was used as plain text")
        else:
            body = ""
            warnings.append("no text found in the page")

    def attr(name: str) -> str | None:
        value = getattr(meta, name, None) if meta is not None else None
        return (value.strip() or None) if isinstance(value, str) else None

    return HtmlExtract(
        body=body, title=attr("title"), byline=attr("author"), date=attr("date"),
        sitename=attr("sitename"), url=attr("url") or url, description=attr("description"),
        language=attr("language"), method=method, warnings=warnings,
    )


def _has_text(doc) -> bool:
    return bool((getattr(doc, "text", None) or "").strip())


def _inline_text(el) -> str:
    """Text of an element with <lb/> as a newline (tails included for children, not for `el`)."""
    parts = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in ("list", "table"):
            parts.append("\n" + _block_text(child) + "\n")
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _block_text(el) -> str:
    """One block's text; lists give one line per item, tables one line per row."""
    if el.tag == "list":
        return "\n".join(t for t in (_clean(_inline_text(item)) for item in el if item.tag == "item") if t)
    if el.tag == "table":
        rows = []
        for row in el.iter("row"):
            cells = [_clean(_inline_text(cell)).replace("\n", " ") for cell in row if cell.tag == "cell"]
            if any(cells):
                rows.append(" | ".join(cells))
        return "\n".join(rows)
    return _clean(_inline_text(el))


def _blocks(el):
    for child in el:
        if child.tag == "list":
            # each list item is a paragraph of its own: items are often whole sentences
            for item in child:
                if item.tag == "item":
                    if any(sub.tag in _BLOCK_CHILDREN for sub in item):
                        yield from _blocks_mixed(item)
                    else:
                        yield _clean(_inline_text(item))
        elif child.tag in ("quote", "div") and any(sub.tag in _BLOCK_CHILDREN for sub in child):
            yield from _blocks_mixed(child)
        elif child.tag == "graphic":
            continue
        else:
            yield _block_text(child)


def _blocks_mixed(el):
    """A container holding both loose text and block children (e.g. a quote with paragraphs)."""
    if el.text and el.text.strip():
        yield _clean(el.text)
    for child in el:
        if child.tag in _BLOCK_CHILDREN:
            yield from _blocks(_wrap(child))
        elif child.tag != "lb":
            yield _clean(_inline_text(child))
        if child.tail and child.tail.strip():
            yield _clean(child.tail)


def _wrap(child):
    """A one-child stand-in so `_blocks` can treat a single element like a body."""
    return [child]


def _body_from_tree(body) -> str:
    return "\n\n".join(block for block in _blocks(body) if block)


def _paragraphs_from_text(text: str) -> str:
    """trafilatura's plain text has one block per line: make them blank-line separated."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _drop_repeated_title(body: str, title: str | None) -> str:
    """Remove a first block that only repeats the title (the contract: no title in the body)."""
    if not title or not body:
        return body
    first, sep, rest = body.partition("\n\n")
    if _norm(first) == _norm(title) and rest.strip():
        return rest
    return body
