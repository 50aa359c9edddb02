"""Stream a JSONL file: one Record per good line, a Problem naming the line for each bad one."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterator

from . import codes
from .decode import CP1252_FALLBACK, binary_reason, normalize_newlines
from .paths import _os_reason
from .records import Problem, Record, ReadStats
from .text import human_size, truncation_warning

HINT_FIELDS = ("url", "title", "published", "outlet", "byline", "id")
#: field names other tools use for the body, named in the problem so the fix is obvious
LIKELY_ALIASES = ("maintext", "content", "body", "article", "article_text", "raw_html", "html_content")
MAX_LISTED_BAD_LINES = 20  # beyond this, one summary Problem per file
_DRAIN_CHUNK = 1 << 20


def line_cap(max_chars: int) -> int:
    """Largest JSONL line (bytes) loaded: room for `max_chars` characters of UTF-8 plus fields."""
    return max_chars * 4 + 65536


def iter_jsonl(
    path: str | os.PathLike, *, max_chars: int = 5_000_000, stats: ReadStats | None = None
) -> Iterator[Record | Problem]:
    """Yield a Record per JSONL line holding `text` or `html`, and Problems for bad lines.

    Lines are read one at a time with a size cap, so a huge line is skipped (with a Problem)
    without ever being held in memory whole. Blank lines are ignored. Sources are
    "<path>#L<n>" with n counted from 1.
    """
    stats = stats if stats is not None else ReadStats()
    source = os.fspath(path)
    cap = line_cap(max_chars)
    bad_lines = 0
    good_lines = 0
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Problem(source, codes.UNREADABLE, f"cannot read file ({_os_reason(exc)})")
        return
    with fh:
        try:
            head = fh.read(8192)
            if not head:
                yield Problem(source, codes.EMPTY, "empty file (0 bytes)")
                return
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
                b"\x00" in head and binary_reason(head) is None
            ):
                yield Problem(source, codes.UNDECODABLE,
                              "JSONL must be UTF-8 but this file is UTF-16/32; convert it, e.g. "
                              "`iconv -f UTF-16 -t UTF-8`")
                return
            reason = binary_reason(head)
            if reason:
                yield Problem(source, codes.BINARY, reason)
                return
            fh.seek(0)
            number = 0
            while True:
                line = fh.readline(cap + 1)
                if not line:
                    break
                number += 1
                if len(line) > cap and not line.endswith(b"\n"):
                    size = len(line) + _drain_line(fh)
                    item = Problem(
                        source, codes.JSONL_LINE_TOO_LONG,
                        f"line {number}: {human_size(size)} is larger than the {human_size(cap)} limit "
                        f"(max_chars={max_chars:,}); line skipped",
                    )
                elif not line.strip():
                    stats.jsonl_blank_lines += 1
                    continue
                else:
                    item = _parse_line(line, number, source, max_chars)
                if isinstance(item, Problem):
                    bad_lines += 1
                    if bad_lines <= MAX_LISTED_BAD_LINES:
                        yield item
                else:
                    good_lines += 1
                    yield item
        except OSError as exc:
            yield Problem(source, codes.UNREADABLE, f"read error after {good_lines:,} record(s) ({_os_reason(exc)})")
            return
    if bad_lines > MAX_LISTED_BAD_LINES:
        yield Problem(
            source, codes.JSONL_MORE_BAD_LINES,
            f"{bad_lines - MAX_LISTED_BAD_LINES:,} more bad line(s) not listed "
            f"({bad_lines:,} bad, {good_lines:,} good in total)",
        )
    if not good_lines and not bad_lines:
        yield Problem(source, codes.EMPTY, "no records (only blank lines)")


def _drain_line(fh) -> int:
    """Skip the rest of an over-long line chunk by chunk; return how many bytes were skipped."""
    skipped = 0
    while True:
        chunk = fh.readline(_DRAIN_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _parse_line(line: bytes, number: int, path: str, max_chars: int) -> Record | Problem:
    warnings: list[str] = []
    if number == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        # JSON is UTF-8 by definition (RFC 8259): stray bytes are legacy characters, most often
        # Windows smart quotes; keep the line and say so.
        text = line.decode("utf-8", CP1252_FALLBACK)
        warnings.append("not valid UTF-8 throughout: stray bytes read as cp1252")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        return Problem(path, codes.JSONL_BAD_JSON, f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})")
    except (RecursionError, ValueError) as exc:  # nesting or number too large for Python
        return Problem(path, codes.JSONL_BAD_JSON, f"line {number}: not valid JSON ({type(exc).__name__}: {str(exc)[:80]})")
    if not isinstance(obj, dict):
        return Problem(path, codes.JSONL_NOT_OBJECT, f"line {number}: expected a JSON object, got {_json_type(obj)}")

    fmt, content, why = _pick_content(obj)
    if content is None:
        return Problem(path, codes.JSONL_NO_TEXT, f"line {number}: {why}")
    if fmt == "text":
        content = normalize_newlines(content)
    if "\x00" in content:
        content = content.replace("\x00", "")
        warnings.append("removed NUL characters")
    if len(content) > max_chars:
        warnings.append(truncation_warning(max_chars, f"the '{fmt}' field has {len(content):,}"))
        content = content[:max_chars]
        if not content.strip():
            return Problem(path, codes.JSONL_NO_TEXT, f"line {number}: no text in the first {max_chars:,} characters of '{fmt}'")
    hints = {}
    for name in HINT_FIELDS:
        value = obj.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and name in ("id", "published"):
            value = str(value)  # numeric ids and epoch timestamps are common
        if isinstance(value, str) and value.strip():
            hints[name] = value.strip()
        elif value is not None:
            warnings.append(f"field '{name}' ignored ({_json_type(value)}, expected a string)")
    if why:
        warnings.append(why)
    return Record(f"{path}#L{number}", content, fmt, hints, warnings, path, None)


def _pick_content(obj: dict) -> tuple[str, str | None, str]:
    """Choose 'text' over 'html' when both are usable; explain why neither is."""
    usable = {}
    reasons = []
    for name in ("text", "html"):
        value = obj.get(name)
        if isinstance(value, str) and value.strip():
            usable[name] = value
        elif name in obj:
            what = "empty" if isinstance(value, str) or value is None else f"{_json_type(value)}, not a string"
            reasons.append(f"'{name}' is {what}")
    if "text" in usable:
        note = "both 'text' and 'html' given; used 'text'" if "html" in usable else ""
        return "text", usable["text"], note
    if "html" in usable:
        return "html", usable["html"], ""
    if reasons:
        return "", None, "; ".join(reasons) + " (need a non-empty 'text' or 'html' string)"
    alias = next((k for k in LIKELY_ALIASES if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if alias:
        target = "html" if "html" in alias else "text"
        return "", None, f"no 'text' or 'html' field (found '{alias}': rename it to '{target}')"
    return "", None, "no 'text' or 'html' field"


def _json_type(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)
