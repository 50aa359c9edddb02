"""Text helpers for the stance model: a fast sentence splitter and tokeniser (no spaCy)."""

from __future__ import annotations

import re

_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]*[A-Z0-9])|\n+")
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
MAX_SENTENCES = 40
MIN_SENT_CHARS = 15


def split_sentences(text: str, limit: int = MAX_SENTENCES) -> list[str]:
    """Split a body into at most `limit` sentences (short fragments are merged away)."""
    out: list[str] = []
    for piece in _SENT_SPLIT.split(text or ""):
        piece = piece.strip()
        if len(piece) < MIN_SENT_CHARS:
            continue
        out.append(piece)
        if len(out) >= limit:
            break
    if not out and text and text.strip():
        out.append(text.strip()[:1000])
    return out


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return _TOKEN.findall((text or "").lower().replace("\u2019", "'"))
