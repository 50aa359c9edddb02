"""Phrase lists and stopwords for the cleaner, read once from `claimgraph/resources/clean/`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["notice_words", "chrome_lines", "chrome_prefixes", "section_enders", "stopwords", "teaser_triggers"]

_DIR = Path(__file__).resolve().parent.parent / "resources" / "clean"


def _read(name: str) -> list[str]:
    out = []
    for raw in (_DIR / name).read_text(encoding="utf-8").splitlines():
        s = raw.strip()
        if s and not s.startswith("#"):
            out.append(s)
    return out


@lru_cache(maxsize=None)
def stopwords() -> frozenset[str]:
    """Function words of the main languages (lower case); used for stopword density."""
    return frozenset(_read("stopwords.txt"))


@lru_cache(maxsize=None)
def chrome_lines() -> frozenset[str]:
    """Line keys that are chrome wherever they appear."""
    from claimgraph.clean.lines import line_key

    return frozenset(line_key(s) for s in _read("chrome_lines.txt"))


@lru_cache(maxsize=None)
def chrome_prefixes() -> tuple[str, ...]:
    """Key prefixes (word-aligned) that mark a short line as chrome."""
    from claimgraph.clean.lines import line_key

    return tuple(sorted({line_key(s) for s in _read("chrome_prefixes.txt")}))


@lru_cache(maxsize=None)
def section_enders() -> frozenset[str]:
    """Line keys of headings that open a trailing chrome section."""
    from claimgraph.clean.lines import line_key

    return frozenset(line_key(s) for s in _read("section_enders.txt"))


@lru_cache(maxsize=None)
def teaser_triggers() -> frozenset[str]:
    """Line keys of bare teaser labels ("Read more") whose next lines are a linked headline."""
    from claimgraph.clean.lines import line_key

    return frozenset(line_key(s) for s in _read("teaser_triggers.txt"))


@lru_cache(maxsize=None)
def notice_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Notice words (cookie banners, consent, newsletter, paywall): (exact words, word beginnings)."""
    exact, prefixes = set(), []
    for w in _read("notice_words.txt"):
        w = w.lower()
        if w.endswith("*"):
            prefixes.append(w[:-1])
        else:
            exact.add(w)
    return frozenset(exact), tuple(prefixes)
