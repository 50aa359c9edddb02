"""Reading is cheap: import cost and small-file throughput."""

import subprocess
import sys
import time

import pytest

from claimgraph.readers import Record, iter_inputs


def test_readers_speed_import_is_light():
    code = ("import sys, claimgraph.readers; heavy = [m for m in ('trafilatura', 'fastwarc', 'charset_normalizer', "
            "'lxml', 'spacy') if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


@pytest.mark.slow
def test_readers_speed_small_text_files(tmp_path):
    body = "Officials said the talks would resume on Monday in Geneva. " * 40  # ~2.4 kB, a short article
    n = 5000
    for i in range(n):
        (tmp_path / f"{i // 500:02d}" ).mkdir(exist_ok=True)
        (tmp_path / f"{i // 500:02d}" / f"{i:05d}.txt").write_text(body, encoding="utf-8")
    # CPU time of this process, best of three: wall time on a shared 2-core machine mostly
    # measures the other processes.
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        records = [r for r in iter_inputs([tmp_path]) if isinstance(r, Record)]
        best = min(best, time.process_time() - start)
        assert len(records) == n
    rate = n / best
    print(f"readers small .txt files per CPU-second: {rate:,.0f}")
    assert rate > 5000, f"only {rate:,.0f} small .txt files per CPU-second"
