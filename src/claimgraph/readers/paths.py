"""Expand the user's paths into the files to read: sorted, deterministic, with clear problems."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from . import codes
from .records import Problem, ReadStats

#: lower-case file-name suffix -> reader kind
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}
SUPPORTED = ", ".join(SUFFIXES)


def kind_of(path: str | os.PathLike) -> str | None:
    """Return the reader kind for a file name ("text", "html", "jsonl", "warc") or None."""
    name = (path if isinstance(path, str) else os.fspath(path)).lower()
    if name.endswith(".gz"):
        return "warc" if name.endswith(".warc.gz") else None
    dot = name.rfind(".")
    return SUFFIXES.get(name[dot:]) if dot > name.rfind("/") else None


def discover(
    paths: Iterable[str | os.PathLike], *, stats: ReadStats | None = None
) -> Iterator[Path | Problem]:
    """Expand files and folders (recursively) into supported files, in a deterministic order.

    Paths are taken in the order given; folder entries are sorted by name (folders and files
    together) and walked depth-first. Hidden entries (name starting with ".") and files with
    other extensions inside folders are skipped silently but counted in `stats`. A file named
    explicitly with another extension, a missing path, a dangling link or a folder holding no
    supported file gives a Problem. The same file reached twice is read once.
    """
    stats = stats if stats is not None else ReadStats()
    seen: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        source = os.fspath(given)
        if not os.path.lexists(path):
            yield Problem(source, codes.NOT_FOUND, "no such file or folder; check the path")
            continue
        if not path.exists():
            target = _link_target(path)
            yield Problem(source, codes.DANGLING_LINK, f"symbolic link to a missing target ({target})")
            continue
        if path.is_dir():
            found = [0]
            before_unsupported = stats.unsupported_skipped
            before_hidden = stats.hidden_skipped
            for item in _walk(path, stats, seen, {_dir_key(path)}, found):
                yield item
            if not found[0]:
                other = stats.unsupported_skipped - before_unsupported
                hidden = stats.hidden_skipped - before_hidden
                detail = f"{other:,} file(s) of other types" + (f" and {hidden:,} hidden" if hidden else "")
                yield Problem(
                    source, codes.NO_INPUT_FILES,
                    f"folder holds no {SUPPORTED} file ({detail} ignored)",
                )
            continue
        if not path.is_file():
            yield Problem(source, codes.UNSUPPORTED, "not a regular file (device, pipe or socket); give a file or folder")
            continue
        if kind_of(path) is None:
            suffix = path.suffix or "(no extension)"
            yield Problem(source, codes.UNSUPPORTED, f"unsupported file type {suffix}; claimgraph reads {SUPPORTED}")
            continue
        if _first_time(path, seen, stats):
            stats.files += 1
            yield path


def _walk(
    folder: Path, stats: ReadStats, seen: set, ancestors: set, found: list[int]
) -> Iterator[Path | Problem]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        found[0] += 1  # reported here: no second "no supported files" problem for this folder
        yield Problem(os.fspath(folder), codes.UNREADABLE, f"cannot list folder ({_os_reason(exc)})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            stats.hidden_skipped += 1
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            key = _dir_key(path)
            if key is None or key in ancestors:  # a link back up the tree: do not loop forever
                continue
            yield from _walk(path, stats, seen, ancestors | {key}, found)
        elif kind_of(entry.name) is None:
            stats.unsupported_skipped += 1
        elif is_file:
            found[0] += 1
            if _first_time(path, seen, stats):
                stats.files += 1
                yield path
        elif entry.is_symlink():
            found[0] += 1
            yield Problem(os.fspath(path), codes.DANGLING_LINK, f"symbolic link to a missing target ({_link_target(path)})")
        else:
            stats.unsupported_skipped += 1


def _dir_key(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _first_time(path: Path, seen: set, stats: ReadStats) -> bool:
    try:
        st = path.stat()
    except OSError:
        return True  # let the reader report why it cannot be read
    key = (st.st_dev, st.st_ino)
    if key in seen:
        stats.duplicate_paths += 1
        return False
    seen.add(key)
    return True


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "unknown"


def _os_reason(exc: OSError) -> str:
    """A short human reason for an OSError ("permission denied", "is a directory"...)."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "it disappeared while reading"
    return (exc.strerror or type(exc).__name__).lower()
