"""Enormous inputs are streamed: peak memory stays bounded whatever the file size.

Each check runs the reader in a fresh interpreter and compares its peak RSS (ru_maxrss) before
and after reading, so memory used by pytest or earlier tests does not hide a regression.
"""

import json
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent("""
    import json, resource, sys
    from claimgraph.readers import iter_inputs, Problem
    path, max_chars = sys.argv[1], int(sys.argv[2])
    import claimgraph.readers.jsonl, claimgraph.readers.decode  # imports before the baseline
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = []
    for item in iter_inputs([path], max_chars=max_chars):
        out.append([type(item).__name__, len(getattr(item, "content", "")), getattr(item, "code", None)])
        del item
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"growth_kb": peak - base, "items": out}))
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
