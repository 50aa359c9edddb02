"""Known outlets and news agencies (``resources/metadata/outlets.tsv``), loaded once."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def outlet_table() -> dict[str, tuple[str, str]]:
    """alias → (canonical name, kind) for every alias in the resource file."""
    table: dict[str, tuple[str, str]] = {}
    text = resources.files("claimgraph").joinpath("resources/metadata/outlets.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        canonical, kind = parts[0].strip(), parts[1].strip()
        aliases = {canonical}
        if len(parts) > 2:
            aliases.update(a.strip() for a in parts[2].split("|") if a.strip())
        for alias in aliases:
            table[alias] = (canonical, kind)
    return table


@lru_cache(maxsize=1)
def _alias_re() -> re.Pattern:
    names = sorted(outlet_table(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def canonical_outlet(name: str | None) -> str | None:
    """The canonical name when ``name`` is a known outlet alias, else None."""
    if not name:
        return None
    hit = outlet_table().get(name.strip().strip(".,;:()[]"))
    return hit[0] if hit else None


def find_known_outlet(text: str) -> str | None:
    """The first known outlet named anywhere in a short credit string, canonical, or None."""
    m = _alias_re().search(text)
    return outlet_table()[m.group(0)][0] if m else None
