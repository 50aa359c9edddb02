"""Enormous inputs are streamed: peak memory stays bounded whatever the file size.

Each check runs the reader in a fresh interpreter and compares its peak RSS (VmHWM, Linux) before
and after reading, so memory used by pytest or earlier tests does not hide a regression.
"""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc for peak RSS")

CHILD = textwrap.dedent("""
    import json, sys
    from claimgraph.readers import iter_inputs, Problem
    import claimgraph.readers.jsonl, claimgraph.readers.decode, fastwarc.warc  # imported before the baseline

    def peak_kb():
        # VmHWM is this process's own peak RSS; ru_maxrss would carry the forking parent's peak.
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))

    path, max_chars = sys.argv[1], int(sys.argv[2])
    base = peak_kb()
    out = []
    for item in iter_inputs([path], max_chars=max_chars):
        out.append([type(item).__name__, len(getattr(item, "content", "")), getattr(item, "code", None)])
        del item
    print(json.dumps({"growth_kb": peak_kb() - base, "items": out}))
""")


def _measure(path, max_chars):
    proc = subprocess.run([sys.executable, "-c", CHILD, str(path), str(max_chars)],
                          capture_output=True, text=True, timeout=300, check=True)
    result = json.loads(proc.stdout)
    return result["growth_kb"] / 1024, result["items"]


def _write_text(path, megabytes):
    line = ("The quick brown fox said the ceasefire would hold, officials reported. " * 14)[:1023] + "\n"
    block = line * 1024  # 1 MiB
    with path.open("w", encoding="ascii") as fh:
        for _ in range(megabytes):
            fh.write(block)


def _write_jsonl(path, megabytes):
    with path.open("w", encoding="ascii") as fh:
        fh.write(json.dumps({"text": "small first article"}) + "\n")
        fh.write('{"text": "')
        chunk = "x" * (1 << 20)
        for _ in range(megabytes):
            fh.write(chunk)
        fh.write('"}\n')
        fh.write(json.dumps({"text": "small last article"}) + "\n")


def test_readers_memory_20mb_text_file_small_cap(tmp_path):
    f = tmp_path / "big.txt"
    _write_text(f, 20)
    growth_mb, items = _measure(f, 100_000)
    assert items == [["Record", 100_000, None]]
    assert growth_mb < 12, f"peak RSS grew by {growth_mb:.1f} MB reading a 20 MB file with max_chars=100,000"


def test_readers_memory_20mb_jsonl_line_small_cap(tmp_path):
    f = tmp_path / "big.jsonl"
    _write_jsonl(f, 20)
    growth_mb, items = _measure(f, 100_000)
    assert items == [["Record", 19, None], ["Problem", 0, "CG-W213"], ["Record", 18, None]]
    assert growth_mb < 12, f"peak RSS grew by {growth_mb:.1f} MB skipping a 20 MB JSONL line"


@pytest.mark.slow
def test_readers_memory_200mb_text_file_default_cap(tmp_path):
    f = tmp_path / "huge.txt"
    _write_text(f, 200)
    growth_mb, items = _measure(f, 5_000_000)
    assert items == [["Record", 5_000_000, None]]
    assert growth_mb < 100, f"peak RSS grew by {growth_mb:.1f} MB reading a 200 MB file"


@pytest.mark.slow
def test_readers_memory_200mb_jsonl_line_default_cap(tmp_path):
    f = tmp_path / "huge.jsonl"
    _write_jsonl(f, 200)
    growth_mb, items = _measure(f, 5_000_000)
    assert [i[0] for i in items] == ["Record", "Problem", "Record"] and items[1][2] == "CG-W213"
    assert growth_mb < 100, f"peak RSS grew by {growth_mb:.1f} MB skipping a 200 MB JSONL line"


def _write_warc(path, megabytes, *, gz):
    import gzip

    body = b"<html><body><p>" + b"word " * ((megabytes << 20) // 5) + b"</p></body></html>"
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            b"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: https://ex.com/huge\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http))
    record = head + http + b"\r\n\r\n"
    path.write_bytes(gzip.compress(record, compresslevel=1) if gz else record)


def test_readers_memory_20mb_warc_record_small_cap(tmp_path):
    for name, gz in (("big.warc", False), ("big.warc.gz", True)):
        f = tmp_path / name
        _write_warc(f, 20, gz=gz)
        growth_mb, items = _measure(f, 100_000)
        assert items == [["Record", 100_000, None]], name
        assert growth_mb < 12, f"peak RSS grew by {growth_mb:.1f} MB reading a 20 MB WARC record ({name})"
