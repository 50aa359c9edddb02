"""Input readers: turn the user's paths into a stream of Records and clear Problems.

    from claimgraph.readers import iter_inputs, Record, Problem
    for item in iter_inputs(["examples/seeds"]):
        ...

Importing this package is cheap: fastwarc, trafilatura and charset_normalizer load on first use.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from . import codes
from .codes import CODES
from .html import HtmlExtract, extract_html
from .jsonl import iter_jsonl
from .paths import SUFFIXES, discover, kind_of
from .records import Problem, Record, ReadStats
from .text import read_file

DEFAULT_MAX_CHARS = 5_000_000

__all__ = [
    "CODES", "DEFAULT_MAX_CHARS", "HtmlExtract", "Problem", "ReadStats", "Record", "SUFFIXES",
    "codes", "discover", "extract_html", "iter_file", "iter_inputs", "kind_of", "run",
]


def iter_file(
    path: str | os.PathLike, *, max_chars: int = DEFAULT_MAX_CHARS, stats: ReadStats | None = None
) -> Iterator[Record | Problem]:
    """Read one supported file (its kind chosen by extension) into Records and Problems."""
    stats = stats if stats is not None else ReadStats()
    kind = kind_of(path)
    if kind == "jsonl":
        yield from iter_jsonl(path, max_chars=max_chars, stats=stats)
    elif kind == "warc":
        from .warc import iter_warc

        yield from iter_warc(path, max_chars=max_chars, stats=stats)
    elif kind in ("text", "html"):
        yield read_file(path, fmt=kind, max_chars=max_chars)
    else:
        yield Problem(os.fspath(path), codes.UNSUPPORTED, f"unsupported file type; claimgraph reads {', '.join(SUFFIXES)}")


def iter_inputs(
    paths: Sequence[str | Path], *, max_chars: int = DEFAULT_MAX_CHARS, stats: ReadStats | None = None
) -> Iterator[Record | Problem]:
    """Stream every article in `paths` (files and folders, recursively) as Records, in a fixed order.

    Files come in `discover` order; JSONL lines and WARC records in file order. Anything that
    cannot be read becomes a Problem and the stream goes on. No single article holds more than
    `max_chars` characters (longer ones are cut, with a warning on the Record). Pass a
    `ReadStats` to learn what was skipped silently.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    stats = stats if stats is not None else ReadStats()
    for found in discover(paths, stats=stats):
        items = [found] if isinstance(found, Problem) else iter_file(found, max_chars=max_chars, stats=stats)
        for item in items:
            if isinstance(item, Problem):
                stats.count_problem(item)
            else:
                stats.records += 1
                if any(w.startswith("truncated") for w in item.warnings):
                    stats.truncated += 1
            yield item


def run(
    paths: Sequence[str | Path], *, max_chars: int = DEFAULT_MAX_CHARS,
    on_problem: Callable[[Problem], None] | None = None,
    on_record: Callable[[Record], None] | None = None,
) -> ReadStats:
    """Read everything (e.g. for a `check` command): call the hooks per item, return the counts."""
    stats = ReadStats()
    for item in iter_inputs(paths, max_chars=max_chars, stats=stats):
        if isinstance(item, Problem):
            if on_problem:
                on_problem(item)
        elif on_record:
            on_record(item)
    return stats
