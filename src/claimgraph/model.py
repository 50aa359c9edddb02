"""The data model: one Doc per article; every layer is a list of spans pointing into its text.

The cleaned ``text`` of a Doc is set once and never changes afterwards, so that every offset stored
anywhere (sentences, mentions, quotes, claims, events) stays valid.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


def content_id(*parts: object, n: int = 16) -> str:
    """A stable id: the hex SHA-256 of the parts joined by a unit separator, cut to ``n`` characters."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:n]


@dataclass(slots=True)
class Span:
    """A labelled character range ``[start, end)`` in a Doc's text, with attributes."""

    start: int
    end: int
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")


class ImmutableTextError(AttributeError):
    """Raised when code tries to change a Doc's text once it is set."""


@dataclass(slots=True)
class Doc:
    """One article as it moves through the pipeline.

    ``content`` is the input as read (page text or HTML); ``text`` is the cleaned article body that
    all layers point into; ``meta`` holds article-level fields (title, byline, published, ...).
    """

    id: str
    source: str
    content: str
    format: str = "text"
    hints: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)
    layers: dict[str, list[Span]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    dropped: str | None = None
    seq: int = 0
    #: Per-process working objects (a spaCy parse, ...): never stored, never sent between processes.
    scratch: dict[str, Any] = field(default_factory=dict)
    _text: str | None = None

    @property
    def text(self) -> str | None:
        """The cleaned article body (None until the clean stage has run)."""
        return self._text

    def set_text(self, text: str) -> None:
        """Set the cleaned text once; a second call raises ImmutableTextError."""
        if self._text is not None:
            raise ImmutableTextError(f"text of {self.id} is already set and never changes")
        self._text = text

    def add_spans(self, layer: str, spans: list[Span]) -> None:
        """Add spans to a layer, checking that each lies inside the text."""
        n = len(self._text or "")
        for s in spans:
            if s.end > n:
                raise ValueError(f"span {s.start}..{s.end} of layer {layer!r} is outside the text ({n} chars)")
        self.layers.setdefault(layer, []).extend(spans)

    def span_text(self, span: Span) -> str:
        """The text a span covers."""
        return (self._text or "")[span.start : span.end]

    @classmethod
    def from_content(cls, source: str, content: str, fmt: str = "text", hints: dict | None = None, seq: int = 0) -> "Doc":
        """A new Doc whose id is the content hash of the input (same input, same id, whatever its path)."""
        return cls(id=content_id(fmt, content), source=source, content=content, format=fmt,
                   hints=dict(hints or {}), seq=seq)
