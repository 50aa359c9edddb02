"""`claimgraph bench ingest`: articles/s and peak RSS of read + clean + metadata + dedup, against
trafilatura's `extract` on the same pages, in the same run.

Each measurement runs in a fresh subprocess so that its peak RSS is its own.
"""

from __future__ import annotations

import html
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .corpus import write_corpus


def _peak_rss_mb() -> float:
    import resource

    # ru_maxrss is in KiB on Linux; children included where the run used worker processes.
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, child_kb) / 1024


def _cpu_seconds() -> float:
    import resource

    me, ch = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + ch.ru_utime + ch.ru_stime


def _child_claimgraph(corpus: str, db: str, workers: int) -> dict:
    from ..analyze import analyze
    from ..stages import ingest_pipeline

    t0, c0 = time.perf_counter(), _cpu_seconds()
    s = analyze([corpus], db, workers=workers, factory=ingest_pipeline)
    dt, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    return {"articles": s.read, "stored": s.stored, "seconds": dt, "cpu_seconds": cpu, "peak_rss_mb": _peak_rss_mb(),
            "duplicates": s.duplicates, "dropped": len(s.dropped)}


def _child_trafilatura(corpus: str) -> dict:
    import trafilatura

    files = sorted(Path(corpus).rglob("*.txt"))
    t0, c0 = time.perf_counter(), _cpu_seconds()
    n = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        # trafilatura reads HTML: give it the page's lines as paragraphs, as a browser would show them.
        page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()) + "</body></html>"
        trafilatura.extract(page)
        n += 1
    dt, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    return {"articles": n, "seconds": dt, "cpu_seconds": cpu, "peak_rss_mb": _peak_rss_mb()}


def _run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "claimgraph.bench.ingest", *args], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(articles: int = 10_000, workers: int = 1, sizes: tuple[float, ...] = (0.25, 0.5, 1.0), echo=print) -> dict:
    """Benchmark ingest at several corpus sizes; returns the figures and prints a table and the ratio."""
    results: dict = {"claimgraph": [], "trafilatura": None, "workers": workers}
    with tempfile.TemporaryDirectory(prefix="cg-bench-") as tmp:
        tmp_path = Path(tmp)
        for frac in sizes:
            n = max(10, int(articles * frac))
            corpus = write_corpus(tmp_path / f"corpus-{n}", n)
            r = _run_child("claimgraph", str(corpus), str(tmp_path / f"bench-{n}.duckdb"), str(workers))
            r["n"] = n
            results["claimgraph"].append(r)
            echo(f"claimgraph ingest  n={n:>7}  {r['articles'] / r['seconds']:8.1f} articles/s wall  "
                 f"{r['articles'] / r['cpu_seconds']:8.1f} per CPU-second  "
                 f"peak RSS {r['peak_rss_mb']:7.1f} MB  ({r['duplicates']} near-duplicates, {r['dropped']} dropped)")
        r = _run_child("trafilatura", str(corpus))
        results["trafilatura"] = r
        echo(f"trafilatura extract n={r['articles']:>7}  {r['articles'] / r['seconds']:8.1f} articles/s wall  "
             f"{r['articles'] / r['cpu_seconds']:8.1f} per CPU-second  "
             f"peak RSS {r['peak_rss_mb']:7.1f} MB")
    full = results["claimgraph"][-1]
    # Rates per CPU-second: on a shared machine wall time measures the neighbours too.
    cg_rate = full["articles"] / full["cpu_seconds"]
    tf_rate = results["trafilatura"]["articles"] / results["trafilatura"]["cpu_seconds"]
    results["ratio"] = cg_rate / tf_rate
    results["per_core"] = cg_rate
    rss = [r["peak_rss_mb"] for r in results["claimgraph"]]
    echo(f"per core: {cg_rate:.1f} articles per CPU-second (target ≥ 200), start-up included; peak RSS from "
         f"n={results['claimgraph'][0]['n']} to n={full['n']}: {rss[0]:.0f} → {rss[-1]:.0f} MB")
    echo(f"ingest/trafilatura ratio={results['ratio']:.2f}")
    return results


if __name__ == "__main__":
    kind = sys.argv[1]
    if kind == "claimgraph":
        res = _child_claimgraph(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        res = _child_trafilatura(sys.argv[2])
    print(json.dumps(res))
