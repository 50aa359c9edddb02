"""Property: any bytes at all, under any supported extension, give Records or Problems, never an exception."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.readers import Problem, Record, iter_inputs

# Bytes that mix text, multi-byte sequences, BOMs, NULs and JSON/WARC/HTML fragments.
FRAGMENTS = st.sampled_from([
    b"", b"\x00", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\r\n", b"\n", b"{", b"}", b'"text": ',
    b'{"text": "a"}\n', b"WARC/1.0\r\n", b"Content-Length: 5\r\n\r\n", b"\x1f\x8b", b"<meta charset=\"koi8-r\">",
    b"\xe2\x80\x9c", b"\xc3", b"\x92", b"caf\xe9 ", "Привет".encode("utf-8"), "Привет".encode("cp1251"),
    b"Some words of text. ", b"<html><body><p>x</p></body></html>",
])
DATA = st.one_of(st.binary(max_size=2000), st.lists(st.one_of(FRAGMENTS, st.binary(max_size=8)), max_size=40).map(b"".join))


def _check(data: bytes, name: str, max_chars: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        items = list(iter_inputs([path], max_chars=max_chars))
    assert items, "every file yields at least one Record or Problem"
    for item in items:
        assert isinstance(item, (Record, Problem))
        if isinstance(item, Record):
            assert item.content.strip() and len(item.content) <= max_chars
            assert item.format in ("text", "html")
        else:
            assert item.code.startswith("CG-W2") and item.reason


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=DATA, max_chars=st.integers(min_value=1, max_value=3000))
def test_readers_property_any_bytes_in_txt_file(data, max_chars):
    _check(data, "x.txt", max_chars)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=DATA, name=st.sampled_from(["x.jsonl", "x.warc", "x.warc.gz", "x.html"]))
def test_readers_property_any_bytes_in_other_formats(data, name):
    _check(data, name, 1000)
