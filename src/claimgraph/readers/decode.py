"""Bytes -> text: binary detection and encoding choice that never raises.

Order of choice: byte-order mark; strict UTF-8; the charset the input declares (HTTP header or
HTML <meta>); mostly-UTF-8 with stray bytes read as cp1252; cp1252 for Western text; charset_normalizer's
best guess for the rest. The chosen encoding is returned so callers can report it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# Bytes that do not occur in text files: C0 controls except \t \n \v \f \r, and DEL.
_CONTROL_BYTES = bytes(list(range(0, 9)) + list(range(14, 32)) + [127])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_HIGH_BYTES = bytes(range(128, 256))
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

SNIFF_BYTES = 65536  # binary checks and charset guessing look at this much
NUL_WINDOW = 8192  # a NUL byte here means binary (as git and grep decide)
CONTROL_SHARE_MAX = 0.10

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"(\xb5/\xfd", "zstd-compressed data"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", None),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.\-]{1,40})""")

# What browsers do (WHATWG Encoding Standard): these labels mean a superset.
_BROWSER_ALIASES = {
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    "tis-620": "cp874",
    # A UTF-16/32 label on bytes without a BOM or NULs is wrong (browsers read such pages as UTF-8).
    "utf-16": "utf-8", "utf-16-le": "utf-8", "utf-16-be": "utf-8",
    "utf-32": "utf-8", "utf-32-le": "utf-8", "utf-32-be": "utf-8",
}


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("cp1252", "replace"), exc.end


#: codec error handler: invalid UTF-8 bytes are read as cp1252 (U+FFFD for its 5 holes)
CP1252_FALLBACK = "claimgraph-cp1252-fallback"
codecs.register_error(CP1252_FALLBACK, _cp1252_fallback)


@dataclass(slots=True)
class Decoded:
    """Decoded text, the Python codec name used, and warnings worth showing the user."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def binary_reason(head: bytes) -> str | None:
    """Say why `head` (the first bytes of a file) looks binary, or None when it looks like text.

    Byte-order marks are checked by the caller first: UTF-16/32 text is full of NUL bytes.
    """
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"binary content (looks like {what}), not text"
    sample = head[:SNIFF_BYTES]
    if not sample:
        return None
    if b"\x00" in sample[:NUL_WINDOW]:
        if _utf16_without_bom(sample) is None:
            return "binary content (contains NUL bytes), not text"
        return None  # UTF-16: the decoded text is checked for control characters instead
    controls = len(sample.translate(None, _NOT_CONTROL))
    if controls > CONTROL_SHARE_MAX * len(sample):
        return f"binary content ({controls * 100 // len(sample)}% control characters), not text"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """Recognise BOM-less UTF-16 of mostly-Latin text by its NUL bytes on one side of each pair."""
    if len(sample) < 16:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.7 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.7 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def normalize_encoding(label: str | None) -> str | None:
    """Map a declared charset label to a Python codec name (browser-style supersets), or None."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return _BROWSER_ALIASES.get(name, name)


def sniff_declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML/XML document declares in its first bytes (<meta> or <?xml>)."""
    head = data[:8192]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def _decode(data: bytes, encoding: str, errors: str, final: bool) -> str:
    # An incremental decoder drops a multi-byte character cut by truncation instead of failing.
    return codecs.getincrementaldecoder(encoding)(errors).decode(data, final)


def _pretty(encoding: str) -> str:
    return {"utf-8": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}.get(encoding, encoding)


def decode_bytes(
    data: bytes, *, declared: str | None = None, sniff_html: bool = False, final: bool = True
) -> Decoded | str:
    """Decode `data` to text, or return a reason string when it is binary.

    `declared` is a charset the container states (e.g. the HTTP Content-Type); with `sniff_html`
    a <meta charset> in the markup counts as declared too. `final=False` means the bytes were cut
    from a longer file, so an incomplete character at the end is dropped silently.
    """
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            text = _decode(data[len(bom):], encoding, "replace", final)
            warnings = [f"decoded as {label} (byte-order mark)"] if label else []
            return _finish(text, encoding, warnings)

    reason = binary_reason(data[:SNIFF_BYTES])
    if reason:
        return reason
    if b"\x00" in data[:NUL_WINDOW]:
        encoding = _utf16_without_bom(data[:SNIFF_BYTES]) or "utf-16-le"
        text = _decode(data, encoding, "replace", final)
        return _finish(text, encoding, ["decoded as UTF-16 without byte-order mark"])

    try:
        return _finish(_decode(data, "utf-8", "strict", final), "utf-8", [])
    except UnicodeDecodeError:
        pass

    label = declared or (sniff_declared_charset(data) if sniff_html else None)
    encoding = normalize_encoding(label)
    if encoding and encoding != "utf-8":
        try:
            return _finish(_decode(data, encoding, "strict", final), encoding, [
                f"decoded as {encoding} (declared; not valid UTF-8)"])
        except UnicodeDecodeError:
            pass  # a wrong declaration is common: fall through to guessing

    lenient = _decode(data, "utf-8", "replace", final)
    bad = lenient.count("\ufffd") - _count_fffd_encoded(data)
    good = len(lenient) - len(lenient.encode("ascii", "ignore")) - bad
    if encoding == "utf-8" or (good and (good >= bad or (good * 10 >= bad and _is_western(data)))):
        # Mostly UTF-8 with stray legacy bytes (smart quotes pasted from Windows are the usual
        # case): read the stray bytes as cp1252 instead of losing them.
        text = _decode(data, "utf-8", CP1252_FALLBACK, final)
        return _finish(text, "utf-8", [f"not valid UTF-8 throughout: {bad:,} stray byte sequence(s) read as cp1252"])

    encoding, how = _guess_single_or_multibyte(data)
    text = _decode(data, encoding, "replace", final)
    return _finish(text, encoding, [f"decoded as {encoding} ({how}; not valid UTF-8)"])


def _count_fffd_encoded(data: bytes) -> int:
    """U+FFFD characters genuinely present in the input (not produced by decoding errors)."""
    return data.count(b"\xef\xbf\xbd")


def _is_western(data: bytes) -> bool:
    """True when high bytes are under 30% of the letters: accented letters in Latin-script text.

    In Cyrillic, Greek or CJK legacy encodings nearly every letter is a high byte.
    """
    sample = data[:SNIFF_BYTES]
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    letters = high + len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    return bool(letters) and high / letters < 0.3


def _guess_single_or_multibyte(data: bytes) -> tuple[str, str]:
    """Pick cp1252 for Western text, else charset_normalizer's guess.

    charset_normalizer misreads short Western texts (cp1252 as cp1250, Latin-1 as Shift-JIS), so it
    is consulted only when high bytes make up a large share of the letters, as in Cyrillic, Greek
    or CJK text, where nearly every letter is a high byte.
    """
    if _is_western(data):
        return "cp1252", "Western text"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:SNIFF_BYTES]).best()
    except Exception:  # the guesser is best-effort; never let it stop a run
        best = None
    if best is None or not best.encoding:
        return "cp1252", "no better guess"
    return normalize_encoding(best.encoding) or "cp1252", "guessed"


def _finish(text: str, encoding: str, warnings: list[str]) -> Decoded | str:
    """Drop NUL characters and reject text that decoded into mostly control characters."""
    if "\x00" in text:
        count = text.count("\x00")
        text = text.replace("\x00", "")
        warnings.append(f"removed {count:,} NUL character(s)")
    sample = text[:SNIFF_BYTES]
    if sample and encoding != "utf-8":  # for UTF-8 the byte check already saw these characters
        controls = len(_CONTROL_CHARS.findall(sample))
        if controls > CONTROL_SHARE_MAX * len(sample):
            return f"binary content ({controls * 100 // len(sample)}% control characters after decoding as {_pretty(encoding)}), not text"
    if sample:
        if sample.count("\ufffd") > 0.3 * len(sample):
            return f"binary content (mostly undecodable bytes as {_pretty(encoding)}), not text"
    return Decoded(text, encoding, warnings)


def normalize_newlines(text: str) -> str:
    """Turn CRLF and lone CR into LF, so offsets do not depend on the platform that wrote the file."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
