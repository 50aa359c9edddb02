"""Read one .txt or .html file into a Record, reading at most ~4 bytes per allowed character."""

from __future__ import annotations

import os

from . import codes
from .decode import Decoded, decode_bytes, normalize_newlines
from .paths import _os_reason
from .records import Problem, Record


def human_size(n: int) -> str:
    """1234567 -> '1.2 MB' (decimal units, as file managers show)."""
    for unit in ("bytes", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"


def truncation_warning(max_chars: int, what: str) -> str:
    return f"truncated to {max_chars:,} characters ({what})"


def _read_upto(fh, limit: int, expected: int) -> bytes:
    """Read up to `limit` bytes, asking first for `expected` (the size stat gave, plus one)."""
    parts, got = [], 0
    want = min(limit, max(expected, 1))
    while got < limit:
        ask = min(want, limit - got)
        chunk = fh.read(ask)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
        if len(chunk) < ask and want == expected:
            break  # a short first read of a regular file is its end: spare a second syscall
        want = min(limit - got, 1 << 20)  # the file grew, or stat gave no size (pipes, /proc)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_file(path: str | os.PathLike, *, fmt: str = "text", max_chars: int = 5_000_000) -> Record | Problem:
    """Read a text (`fmt="text"`) or HTML (`fmt="html"`) file as one Record, or say why not.

    Reads `max_chars` bytes first, and only for multi-byte text more, never beyond
    `max_chars * 4` bytes (the most UTF-8 needs for `max_chars` characters); longer files are
    cut with a warning. Text gets CRLF/CR turned into LF.
    """
    source = os.fspath(path)
    byte_cap = max_chars * 4
    sniff_html = fmt == "html"
    try:
        with open(path, "rb", buffering=0) as fh:
            size = os.fstat(fh.fileno()).st_size
            # Ask for what the file holds (not the cap): a read() of 20 MB allocates 20 MB.
            data = _read_upto(fh, max_chars + 1, size + 1)
            if not data:
                return Problem(source, codes.EMPTY, "empty file (0 bytes)")
            cut = len(data) > max_chars
            decoded = decode_bytes(data[:max_chars] if cut else data, sniff_html=sniff_html, final=not cut)
            if cut and isinstance(decoded, Decoded) and len(decoded.text) < max_chars:
                # Multi-byte text: max_chars bytes held fewer characters. Read what the bytes per
                # character seen so far predict (plus 10%), then, if still short, up to 4 each.
                per_char = max_chars / max(len(decoded.text), 1)
                for limit in (min(byte_cap, int(max_chars * per_char * 1.1) + 4096), byte_cap):
                    if limit > len(data) - 1:
                        data += _read_upto(fh, limit + 1 - len(data), size + 1 - len(data))
                    cut = len(data) > limit
                    decoded = decode_bytes(data[:limit] if cut else data, sniff_html=sniff_html, final=not cut)
                    if not cut or not isinstance(decoded, Decoded) or len(decoded.text) >= max_chars:
                        break
            del data
    except OSError as exc:
        return Problem(source, codes.UNREADABLE, f"cannot read file ({_os_reason(exc)})")
    if isinstance(decoded, str):
        return Problem(source, codes.BINARY, decoded)
    return make_record(source, decoded, fmt=fmt, max_chars=max_chars, cut=cut, size=size, path=source)


def make_record(
    source: str, decoded: Decoded, *, fmt: str, max_chars: int, cut: bool, size: int, path: str,
    hints: dict | None = None,
) -> Record | Problem:
    """Build the Record for decoded content: newline normalisation, emptiness check, truncation."""
    text = decoded.text if fmt == "html" else normalize_newlines(decoded.text)
    if not text.strip():
        return Problem(source, codes.EMPTY, f"no text (only whitespace, {human_size(size)})")
    warnings = list(decoded.warnings)
    if len(text) > max_chars or cut:
        text = text[:max_chars]
        warnings.append(truncation_warning(max_chars, f"file is {human_size(size)}"))
        if not text.strip():
            return Problem(source, codes.EMPTY, f"no text in the first {max_chars:,} characters (only whitespace)")
    return Record(source, text, fmt, hints or {}, warnings, path, decoded.encoding)
