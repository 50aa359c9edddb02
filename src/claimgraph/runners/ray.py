"""The Ray Data runner: the same stages, on a local Ray instance or an existing cluster.

Flow: the driver reads the inputs (readers) and stages them as Parquet shards of documents →
``ray.data.read_parquet`` → ``map_batches`` over a pool of actors, each of which builds the
pipeline and runs every stage's ``setup()`` once → results stream back to the driver, which is the
only writer of the DuckDB file (as with the local runner). This is the only module that imports Ray.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import missing_extra
from ..model import Doc
from ..pipeline import Pipeline, StageCount

#: Documents per staged Parquet shard (bounds the driver's memory while staging).
SHARD_SIZE = 1000


def _doc_row(d: Doc) -> dict:
    return {"id": d.id, "source": d.source, "content": d.content, "format": d.format,
            "hints": json.dumps(d.hints, default=str), "warnings": json.dumps(d.warnings), "seq": d.seq}


def _stage_shards(docs: Iterable[Doc], out_dir: Path) -> int:
    """Write docs as Parquet shards; returns how many were written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    n, rows, shard = 0, [], 0
    for d in docs:
        rows.append(_doc_row(d))
        n += 1
        if len(rows) >= SHARD_SIZE:
            pq.write_table(pa.Table.from_pylist(rows), out_dir / f"shard-{shard:06d}.parquet")
            rows, shard = [], shard + 1
    if rows:
        pq.write_table(pa.Table.from_pylist(rows), out_dir / f"shard-{shard:06d}.parquet")
    return n


class PipelineActor:
    """A Ray actor holding one set-up pipeline; called on batches of staged documents."""

    def __init__(self, factory: Callable[[], Pipeline]) -> None:
        self.pipeline = factory()
        self.pipeline.setup()

    def __call__(self, batch: dict) -> dict:
        import numpy as np

        docs = [
            Doc(id=i, source=s, content=c, format=f, hints=json.loads(h), warnings=json.loads(w), seq=int(q))
            for i, s, c, f, h, w, q in zip(batch["id"], batch["source"], batch["content"], batch["format"],
                                           batch["hints"], batch["warnings"], batch["seq"])
        ]
        counts: dict[str, StageCount] = {}
        out = self.pipeline.run_batch(docs, counts)
        for d in out:
            d.content = ""
        blobs = [pickle.dumps(d) for d in out]
        count_col = [pickle.dumps(counts)] + [b""] * (len(blobs) - 1)
        return {"doc": np.array(blobs, dtype=object), "counts": np.array(count_col, dtype=object)}


def run_ray(
    docs: Iterable[Doc],
    factory: Callable[[], Pipeline],
    workers: int,
    counts: dict[str, StageCount],
    address: str | None = None,
    batch_size: int = 16,
) -> Iterator[Doc]:
    """Run the pipeline over docs with Ray Data, yielding processed docs (dropped ones flagged)."""
    try:
        import ray
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise missing_extra("ray", "ray") from exc
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    started_here = not ray.is_initialized()
    if started_here:
        kwargs = {"address": address} if address else {"num_cpus": workers, "include_dashboard": False}
        ray.init(ignore_reinit_error=True, log_to_driver=False, configure_logging=False, **kwargs)
    stage_dir = Path(tempfile.mkdtemp(prefix="claimgraph-ray-"))
    try:
        if _stage_shards(docs, stage_dir) == 0:
            return
        ds = ray.data.read_parquet(str(stage_dir))
        # Fractional CPUs: on 2 cores a pool of whole-CPU actors starves the read step (STACK.md).
        ds = ds.map_batches(
            PipelineActor,
            fn_constructor_args=(factory,),
            batch_size=batch_size,
            batch_format="numpy",
            compute=ray.data.ActorPoolStrategy(min_size=1, max_size=max(1, workers)),
            num_cpus=0.5,
        )
        for batch in ds.iter_batches(batch_size=None, batch_format="numpy"):
            for blob in batch["counts"]:
                if blob:
                    for name, sc in pickle.loads(blob).items():
                        counts.setdefault(name, StageCount()).merge(sc)
            for blob in batch["doc"]:
                yield pickle.loads(blob)
    finally:
        shutil.rmtree(stage_dir, ignore_errors=True)
        if started_here:
            ray.shutdown()
