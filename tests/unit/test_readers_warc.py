"""WARC input (.warc and .warc.gz), built byte by byte here, including damaged files."""

import gzip
import zlib

from claimgraph.readers import Problem, ReadStats, Record, iter_inputs
from claimgraph.readers import codes

PAGE = "<html><head><title>T{n}</title></head><body><p>Article {n}: the minister said “yes”.</p></body></html>"


def warc_record(rtype: str, uri: str, block: bytes, rid: int, *, ctype: str | None = None,
                date: str = "2024-03-01T12:00:00Z") -> bytes:
    if ctype is None:
        ctype = "application/http; msgtype=response" if rtype == "response" else "application/octet-stream"
    head = (
        f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{rid:012d}>\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def http(body: bytes, *, status: str = "200 OK", ctype: str = "text/html; charset=utf-8", extra: str = "") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}"
    if "Transfer-Encoding" not in extra:
        head += f"Content-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


def chunked(data: bytes, size: int = 20) -> bytes:
    parts = [f"{len(data[i:i + size]):x}\r\n".encode() + data[i:i + size] + b"\r\n" for i in range(0, len(data), size)]
    return b"".join(parts) + b"0\r\n\r\n"


def sample_records() -> list[bytes]:
    """A small crawl: 4 HTML pages among records that must be skipped."""
    page = lambda n: PAGE.format(n=n).encode()  # noqa: E731
    return [
        warc_record("warcinfo", "", b"software: hand-made\r\n", 1, ctype="application/warc-fields"),
        warc_record("request", "https://ex.com/1", b"GET /1 HTTP/1.1\r\nHost: ex.com\r\n\r\n", 2,
                    ctype="application/http; msgtype=request"),
        warc_record("response", "https://ex.com/1", http(page(1)), 3),
        warc_record("response", "https://ex.com/logo.png", http(b"\x89PNG\r\n\x1a\n" + bytes(50), ctype="image/png"), 4),
        warc_record("response", "https://ex.com/old", http(b"<html>moved</html>", status="301 Moved Permanently",
                                                            extra="Location: https://ex.com/1\r\n"), 5),
        warc_record("response", "https://ex.com/missing", http(b"<html>not found</html>", status="404 Not Found"), 6),
        warc_record("response", "https://ex.com/2", http(page(2).decode().encode("cp1252"),
                                                         ctype="text/html; charset=windows-1252"), 7),
        warc_record("metadata", "https://ex.com/2", b"fetchTimeMs: 12\r\n", 8, ctype="application/warc-fields"),
        warc_record("response", "https://ex.com/3", http(chunked(gzip.compress(page(3))),
                                                         extra="Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n"), 9),
        warc_record("resource", "https://ex.com/4", page(4), 10, ctype="text/html"),
    ]


def _html_records(items):
    return [i for i in items if isinstance(i, Record)]


def test_readers_warc_plain_file(tmp_path):
    f = tmp_path / "crawl.warc"
    f.write_bytes(b"".join(sample_records()))
    stats = ReadStats()
    items = list(iter_inputs([f], stats=stats))
    assert all(isinstance(i, Record) for i in items)
    assert [r.hints["url"] for r in items] == [f"https://ex.com/{n}" for n in (1, 2, 3, 4)]
    for n, rec in zip((1, 2, 3, 4), items):
        assert rec.format == "html"
        assert rec.content == PAGE.format(n=n)
        assert rec.hints["warc_date"] == "2024-03-01T12:00:00Z"
        assert rec.path == str(f)
    assert items[0].source == f"{f}#urn:uuid:00000000-0000-0000-0000-000000000003"
    assert items[1].encoding == "cp1252"
    assert stats.warc_records_skipped == 6  # warcinfo, request, png, 301, 404, metadata


def test_readers_warc_gzip_per_record(tmp_path):
    f = tmp_path / "crawl.warc.gz"
    f.write_bytes(b"".join(gzip.compress(r) for r in sample_records()))
    items = list(iter_inputs([f]))
    assert [type(i) for i in items] == [Record] * 4
    assert items[2].content == PAGE.format(n=3)


def test_readers_warc_truncated_gzip_keeps_records_before_damage(tmp_path):
    members = [gzip.compress(r) for r in sample_records()]
    whole = b"".join(members)
    cut = len(b"".join(members[:7])) + len(members[7]) // 2  # inside the metadata record
    f = tmp_path / "cut.warc.gz"
    f.write_bytes(whole[:cut])
    items = list(iter_inputs([f]))
    records, problem = items[:-1], items[-1]
    assert [r.hints["url"] for r in records] == ["https://ex.com/1", "https://ex.com/2"]
    assert isinstance(problem, Problem) and problem.code == codes.WARC_TRUNCATED
    assert problem.reason.startswith("truncated or corrupt gzip after 7 records")


def test_readers_warc_truncated_inside_a_record(tmp_path):
    data = b"".join(sample_records())
    start = data.index(b"WARC/1.0", data.index(b"https://ex.com/2"))  # the metadata record
    f = tmp_path / "cut.warc"
    f.write_bytes(data[: start + 40])
    items = list(iter_inputs([f]))
    assert len(_html_records(items)) == 2
    assert items[-1].code == codes.WARC_TRUNCATED


def test_readers_warc_corrupt_gzip_member(tmp_path):
    members = [gzip.compress(r) for r in sample_records()]
    bad = bytearray(members[6])
    bad[len(bad) // 2] ^= 0xFF
    f = tmp_path / "bad.warc.gz"
    f.write_bytes(b"".join(members[:6]) + bytes(bad) + b"".join(members[7:]))
    items = list(iter_inputs([f]))
    assert [r.hints["url"] for r in _html_records(items)] == ["https://ex.com/1"]
    assert items[-1].code == codes.WARC_TRUNCATED


def test_readers_warc_without_html(tmp_path):
    f = tmp_path / "none.warc"
    f.write_bytes(b"".join(sample_records()[:2]))
    [problem] = list(iter_inputs([f]))
    assert problem.code == codes.WARC_NO_HTML and "2 other record(s)" in problem.reason


def test_readers_warc_not_a_warc(tmp_path):
    (tmp_path / "a.warc").write_bytes(b"this is just a text file\n" * 5)
    (tmp_path / "b.warc.gz").write_bytes(gzip.compress(b"<html>not a warc</html>"))
    (tmp_path / "c.warc").write_bytes(b"")
    a, b, c = list(iter_inputs([tmp_path]))
    assert (a.code, b.code, c.code) == (codes.WARC_NOT_WARC, codes.WARC_NOT_WARC, codes.EMPTY)
    assert "after gunzip" in b.reason


def test_readers_warc_record_truncated_to_max_chars(tmp_path):
    body = ("<html><body>" + "<p>words and more words</p>" * 200 + "</body></html>").encode()
    f = tmp_path / "big.warc"
    f.write_bytes(warc_record("response", "https://ex.com/big", http(body), 1))
    [rec] = list(iter_inputs([f], max_chars=500))
    assert len(rec.content) == 500
    assert rec.warnings[-1].startswith("truncated to 500 characters (record is")


def test_readers_warc_deflate_content_encoding(tmp_path):
    page = PAGE.format(n=9).encode()
    f = tmp_path / "d.warc"
    f.write_bytes(warc_record("response", "https://ex.com/9", http(zlib.compress(page), extra="Content-Encoding: deflate\r\n"), 1))
    [rec] = list(iter_inputs([f]))
    assert rec.content == page.decode()


def test_readers_warc_crawler_truncation_is_a_warning(tmp_path):
    rec_bytes = warc_record("response", "https://ex.com/5", http(PAGE.format(n=5).encode()), 1)
    rec_bytes = rec_bytes.replace(b"WARC-Date:", b"WARC-Truncated: length\r\nWARC-Date:", 1)
    f = tmp_path / "t.warc"
    f.write_bytes(rec_bytes)
    [rec] = list(iter_inputs([f]))
    assert rec.content == PAGE.format(n=5)
    assert rec.warnings == ["the crawler stored only part of this page (WARC-Truncated: length)"]


def test_readers_warc_record_cut_inside_its_body_is_not_yielded(tmp_path):
    records = sample_records()
    plain = b"".join(records[:3])
    (tmp_path / "a.warc").write_bytes(plain[: len(plain) - 60])  # inside page 1's HTML
    (tmp_path / "b.warc.gz").write_bytes(b"".join(gzip.compress(r) for r in records[:2]) + gzip.compress(records[2])[:-30])
    (tmp_path / "c.warc").write_bytes(b"".join(records[:4])[:-30])  # inside the PNG record
    for name in ("a.warc", "b.warc.gz", "c.warc"):
        items = list(iter_inputs([tmp_path / name]))
        kept = _html_records(items)
        assert all(r.content == PAGE.format(n=1) for r in kept), name
        assert len(kept) == (1 if name == "c.warc" else 0), name
        assert items[-1].code == codes.WARC_TRUNCATED, name
