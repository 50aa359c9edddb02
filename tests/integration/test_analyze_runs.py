"""End-to-end runs of `claimgraph analyze` / `export` on the seeds and on generated corpora."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import jsonschema
import pytest

from claimgraph.analyze import analyze
from claimgraph.export import build_document
from claimgraph.store import Store

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "examples" / "seeds"
SCHEMA = json.loads((REPO / "tests" / "data" / "export.schema.json").read_text())
CLI = [sys.executable, "-m", "claimgraph.cli"]

WORDS = ("missile strike ministry official said report forces border region minister talks sanctions troops "
         "attack statement drone village city council election budget river winter harvest court judge").split()


def synthetic_page(i: int) -> str:
    rng = random.Random(i)
    title = f"Report {i}: " + " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
    paras = [" ".join(rng.choice(WORDS) for _ in range(28)).capitalize() + f" on day {i}, officials said." for _ in range(4)]
    return f"{title}\n\n" + "\n\n".join(paras) + f"\n\nFirst published on: {1 + i % 28:02d}-03-2024 at 10:00 IST\n"


def export_doc(db: Path) -> dict:
    with Store(db, read_only=True) as s:
        return build_document(s)


def test_analyze_seeds_export_matches_schema_and_rerun_changes_nothing(tmp_path):
    db = tmp_path / "seeds.duckdb"
    s1 = analyze([str(SEEDS)], db, workers=1)
    assert s1.stored == 5 and s1.ok and not s1.problems
    first = export_doc(db)
    jsonschema.validate(first, SCHEMA)
    s2 = analyze([str(SEEDS)], db, workers=1)
    assert s2.stored == 0 and s2.already == 5 and s2.ok
    assert export_doc(db) == first
    ids = [a["id"] for a in first["articles"]]
    assert len(ids) == len(set(ids)) == 5


def test_analyze_two_workers_give_the_same_export(tmp_path):
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    analyze([str(SEEDS)], one, workers=1)
    analyze([str(SEEDS)], two, workers=2)
    assert export_doc(one) == export_doc(two)


def test_analyze_new_files_are_added_and_copies_marked(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(SEEDS / "002_e9ce24fbcb22848d.txt", corpus / "a.txt")
    db = tmp_path / "x.duckdb"
    analyze([str(corpus)], db, workers=1)
    # A syndicated copy: the same story with other page chrome, found in a later run.
    page = (SEEDS / "002_e9ce24fbcb22848d.txt").read_text(encoding="utf-8")
    (corpus / "b.txt").write_text("Home | World | Business\n\n" + page + "\n\nShare this article\n", encoding="utf-8")
    s = analyze([str(corpus)], db, workers=1)
    assert s.stored == 1 and s.already == 1
    arts = {Path(a["source"]).name: a for a in export_doc(db)["articles"]}
    assert arts["b.txt"]["duplicate_of"] == arts["a.txt"]["id"]
    assert arts["a.txt"]["duplicate_of"] is None


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_analyze_bad_inputs_reported_with_file_and_reason_and_run_goes_on(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    shutil.copy(SEEDS / "000_60a81fe54e54c51a.txt", corpus / "good.txt")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (corpus / "latin1.txt").write_bytes(synthetic_page(3).replace("officials", "café officials").encode("cp1252"))
    lines = [json.dumps({"text": synthetic_page(1), "url": "https://example.org/1"}), "{not json",
             json.dumps({"text": synthetic_page(2)})]
    (corpus / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = run_cli("analyze", str(corpus), "--db", str(tmp_path / "bad.duckdb"), "-q", "--stages", "ingest")
    assert r.returncode == 0, r.stderr
    err = r.stderr
    for name in ("empty.txt", "binary.txt", "feed.jsonl"):
        assert name in err, err
    assert "line 2" in err
    with duckdb.connect(str(tmp_path / "bad.duckdb"), read_only=True) as con:
        sources = {r[0] for r in con.execute("SELECT source FROM articles").fetchall()}
    assert any(s.endswith("good.txt") for s in sources)
    assert any(s.endswith("latin1.txt") for s in sources)
    assert sum("feed.jsonl" in s for s in sources) == 2


def test_analyze_nothing_stored_exits_nonzero_with_message(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run_cli("analyze", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "e.duckdb"), "-q", "--stages", "ingest")
    assert r.returncode != 0
    assert "CG-E102" in r.stderr and "empty.txt" in r.stderr


def test_analyze_interrupted_run_resumes_without_duplicates(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    n = 1500
    for i in range(n):
        (corpus / f"p{i:05d}.txt").write_text(synthetic_page(i), encoding="utf-8")
    db = tmp_path / "k.duckdb"
    proc = subprocess.Popen([*CLI, "analyze", str(corpus), "--db", str(db), "-q", "--workers", "1", "--stages", "ingest"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wal = Path(str(db) + ".wal")
    deadline = time.time() + 120
    # Kill -9 once the first article batches are committed (the write-ahead log has grown).
    while time.time() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 200_000:
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with duckdb.connect(str(db)) as con:
        partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < partial < n, f"the kill came too late or too early to test resuming ({partial} stored)"
    r = run_cli("analyze", str(corpus), "--db", str(db), "-q", "--workers", "1", "--stages", "ingest")
    assert r.returncode == 0, r.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        total, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone()
        bands = con.execute("SELECT count(*) FROM minhash_bands").fetchone()[0]
    assert total == distinct == n
    assert bands == 16 * n


def test_export_csv_and_parquet_write_tables(tmp_path):
    db = tmp_path / "s.duckdb"
    analyze([str(SEEDS)], db, workers=1)
    for fmt in ("csv", "parquet"):
        r = run_cli("export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / fmt))
        assert r.returncode == 0, r.stderr
        assert (tmp_path / fmt / f"articles.{fmt}").exists()
    with duckdb.connect() as con:
        n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path / 'parquet' / 'articles.parquet'}')").fetchone()[0]
    assert n == 5
    r = run_cli("export", "--db", str(db), "--format", "xml", "--out", str(tmp_path / "x"))
    assert r.returncode != 0 and "CG-E106" in r.stderr
