"""Stream HTML pages out of a WARC file (.warc or .warc.gz) with fastwarc.

Gzip is decompressed by Python's zlib through a guard that turns a truncated or corrupt stream
into a clean end of input, so fastwarc hands over every record before the damage and the reader
then reports the damage as one Problem.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from collections.abc import Iterator

from . import codes
from .decode import decode_bytes
from .paths import _os_reason
from .records import Problem, Record, ReadStats
from .text import make_record

HTML_TYPES = ("text/html", "application/xhtml+xml")
_FATAL = (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError)


class _GuardedStream(io.RawIOBase):
    """A read-only stream that records a decompression/read error and then reports end of input."""

    def __init__(self, inner) -> None:
        super().__init__()
        self._inner = inner
        self._read1 = getattr(inner, "read1", inner.read)
        self.error: BaseException | None = None
        self.head = b""
        self.pos = 0

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = 1 << 20
        parts, got = [], 0
        # Small reads keep the data decompressed before an error: a single big read would lose it.
        while got < size and self.error is None:
            try:
                chunk = self._read1(min(size - got, 65536))
            except (EOFError, OSError, zlib.error) as exc:
                self.error = exc
                break
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
        data = b"".join(parts)
        if self.pos < 8:
            self.head = (self.head + data)[:8]
        self.pos += got
        return data


def iter_warc(
    path: str | os.PathLike, *, max_chars: int = 5_000_000, stats: ReadStats | None = None
) -> Iterator[Record | Problem]:
    """Yield a Record (format "html") for each 2xx HTML response or resource record.

    Other records (requests, metadata, redirects, images...) are skipped and counted in
    `stats.warc_records_skipped`. Sources are "<path>#<WARC-Record-ID>"; hints carry the target
    URI as "url", the WARC-Date as "warc_date" (the crawl time, not the publication date) and
    "warc_record_id".
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    stats = stats if stats is not None else ReadStats()
    source = os.fspath(path)
    byte_cap = max_chars * 4
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Problem(source, codes.UNREADABLE, f"cannot read file ({_os_reason(exc)})")
        return
    with fh:
        magic = fh.read(2)
        if not magic:
            yield Problem(source, codes.EMPTY, "empty file (0 bytes)")
            return
        fh.seek(0)
        gzipped = magic == b"\x1f\x8b"
        stream = _GuardedStream(gzip.GzipFile(fileobj=fh, mode="rb") if gzipped else fh)
        good = html = 0
        damaged = ""
        try:
            # auto_decode is off: fastwarc 2.0 loses the next record after a chunked+gzip body.
            records = iter(ArchiveIterator(
                stream, record_types=WarcRecordType.any_type, parse_http=True, auto_decode="none",
            ))
        except _FATAL:
            raise
        except BaseException as exc:  # fastwarc can raise a pyo3 PanicException (a BaseException)
            records = iter(())
            damaged = f"cannot parse ({type(exc).__name__})"
        while True:
            try:
                record = next(records, None)
                if record is None:
                    break
                if not record.headers.get("WARC-Type") or record.headers.get("Content-Length") is None:
                    damaged = "incomplete record"
                    break
                item = _to_record(record, source, byte_cap, max_chars, WarcRecordType)
                record.reader.consume()
                if record.reader.tell() < record.content_length:
                    # the payload ended before its declared length: a cut file, not a short page
                    damaged = f"record {good + 1:,} is cut short"
                    break
                good += 1
            except _FATAL:
                raise
            except BaseException as exc:
                damaged = f"{type(exc).__name__}: {str(exc)[:100]}"
                break
            if item is None:
                stats.warc_records_skipped += 1
                continue
            if isinstance(item, Record):
                html += 1
            yield item

    if stream.error is not None or damaged:
        what = "gzip" if gzipped else "WARC"
        detail = str(stream.error) if stream.error is not None else damaged
        if good == 0 and stream.error is None and not stream.head.startswith(b"WARC/"):
            yield Problem(source, codes.WARC_NOT_WARC,
                          "not a WARC file (it does not start with 'WARC/'" + (" after gunzip)" if gzipped else ")"))
            return
        yield Problem(source, codes.WARC_TRUNCATED,
                      f"truncated or corrupt {what} after {good:,} records ({detail}); "
                      f"the {html:,} HTML page(s) before the damage were kept")
        return
    if good == 0 and not stream.head.startswith(b"WARC/"):
        yield Problem(source, codes.WARC_NOT_WARC,
                      "not a WARC file (it does not start with 'WARC/'" + (" after gunzip)" if gzipped else ")"))
    elif html == 0:
        yield Problem(source, codes.WARC_NO_HTML,
                      f"no HTML response records ({good:,} other record(s) skipped)")


def _dechunk(data: bytes) -> bytes:
    """Undo HTTP chunked transfer coding; give the data back unchanged if it is not chunked."""
    out, pos = [], 0
    while True:
        end = data.find(b"\r\n", pos)
        if end < 0:
            break
        size_text = data[pos:end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return data if not out else b"".join(out)
        if size == 0:
            break
        out.append(data[end + 2:end + 2 + size])
        pos = end + 2 + size + 2
    return b"".join(out) if out else data


def _decompress(data: bytes, encoding: str, limit: int) -> bytes | None:
    """Undo HTTP Content-Encoding (gzip, deflate, br), producing at most `limit` bytes."""
    try:
        if "br" == encoding.strip():
            import brotli

            return brotli.Decompressor().process(data, output_buffer_limit=limit)[:limit]
        if encoding.strip() in ("gzip", "x-gzip", "deflate"):
            try:
                return zlib.decompressobj(47).decompress(data, limit)  # gzip or zlib header
            except zlib.error:
                return zlib.decompressobj(-15).decompress(data, limit)  # raw deflate
    except Exception:
        # Crawlers often store the payload already decoded but keep the header: use it as is.
        return data if data.lstrip()[:1] == b"<" else None
    return data


def _to_record(record, source: str, byte_cap: int, max_chars: int, types) -> Record | Problem | None:
    """Turn a WARC record into a Record, or None when it is not a 2xx HTML page."""
    rtype = record.record_type
    if rtype == types.response:
        if not record.is_http_parsed or record.http_headers is None:
            return None
        status = record.http_headers.status_code or 0
        if not 200 <= status < 300:
            return None
        ctype = (record.http_content_type or "").lower()
        declared = record.http_charset
        transfer = (record.http_headers.get("Transfer-Encoding") or "").lower()
        encoding = (record.http_headers.get("Content-Encoding") or "").lower()
    elif rtype == types.resource:
        ctype = (record.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        declared = None
        transfer = encoding = ""
    else:
        return None
    if ctype and ctype not in HTML_TYPES:
        return None
    body = record.reader.read(byte_cap + 1)
    if "chunked" in transfer:
        body = _dechunk(body)
    if encoding and encoding not in ("identity", "none"):
        body = _decompress(body, encoding, byte_cap + 1)
        if body is None:
            return None  # undecodable payload: skipped like a non-HTML record
    if not ctype and not body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return None
    cut = len(body) > byte_cap
    if cut:
        body = body[:byte_cap]
    record_id = (record.record_id or "").strip("<>")
    uri = record.headers.get("WARC-Target-URI") or ""
    sub_source = f"{source}#{record_id or uri}"
    if not body.strip():
        return None
    decoded = decode_bytes(body, declared=declared, sniff_html=True, final=not cut)
    if isinstance(decoded, str):
        return None  # an HTML-labelled binary body: skipped like any non-HTML record
    hints = {"warc_record_id": record_id}
    if uri:
        hints["url"] = uri
    date = record.headers.get("WARC-Date")
    if date:
        hints["warc_date"] = date
    size = record.content_length or len(body)
    result = make_record(sub_source, decoded, fmt="html", max_chars=max_chars, cut=cut, size=size,
                         path=source, hints=hints)
    if isinstance(result, Record) and cut:
        result.warnings[-1] = result.warnings[-1].replace("file is", "record is")
    crawler_cut = record.headers.get("WARC-Truncated")
    if isinstance(result, Record) and crawler_cut:
        result.warnings.append(f"the crawler stored only part of this page (WARC-Truncated: {crawler_cut})")
    return result if isinstance(result, Record) else None

